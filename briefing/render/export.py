"""The machine-readable export, ``briefing.json`` (its contract is in the README)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..analyse.dates import format_date
from ..model import Article, Briefing, Citation, DateMention, Event
from .markup import site_url, source_doc

SCHEMA_VERSION = 4


def date_data(d: DateMention | None) -> dict[str, Any] | None:
    """A date as the contract has it; unresolved phrases keep start/end null."""
    if d is None:
        return None
    return {"start": d.start_date.isoformat() if d.start_date else None,
            "end": d.end_date.isoformat() if d.end_date else None,
            "precision": d.precision, "phrase": d.phrase,
            "label": format_date(d), "note": d.note or None}


def briefing_json(b: Briefing, directory_urls: bool = True) -> str:
    """Deterministic JSON text: fixed key order, no timestamps, UTF-8 as is."""
    return b"".join(iter_briefing_json(b, directory_urls)).decode("utf-8")


def iter_briefing_json(b: Briefing, directory_urls: bool = True) -> Iterator[bytes]:
    """:func:`briefing_json` as UTF-8 pieces, for writing to a file without ever holding it whole.

    Each top-level field is turned into bytes as soon as it is made, so the
    dicts of one field are gone before the next is built (at 10,000 articles
    the whole data as dicts is several times the size of the text). The
    citation table comes second in the file but is complete only once every
    other field has referred to it, so the other fields wait as bytes.
    """
    cited = CitationTable(_url(directory_urls))
    parts = {key: _lines(value).encode() for key, value in _fields(b, cited)}

    def value(key: str) -> Iterable[bytes]:
        if key != "citations":
            return (parts.pop(key),)
        rows = ((ref, (row,)) for ref, row in cited.dumped(b.corpus.articles))
        return itertools.chain((b"{\n",), _member_pieces(rows, b",\n"), (b"}",))

    yield b"{"
    yield from _member_pieces(((key, value(key)) for key in FIELDS), b",\n")
    yield b"}\n"


def dumps(data: dict[str, Any]) -> str:
    """Compact JSON with a line break between entries, so a diff shows which entries changed.

    The format of briefing.json, for data already in one dict; briefing_json
    writes the same bytes field by field.

    ``indent`` would force json's pure-Python encoder and add a line per field;
    each entry is written by the C encoder instead.
    """
    return "{" + _members(((k, _lines(v)) for k, v in data.items()), ",\n") + "}\n"


def _lines(value: Any) -> str:
    """A top-level field's JSON: one line per element of a list (source, event, timeline entry ...) and per
    member of an object (the citation table)."""
    if isinstance(value, list) and value:
        return "[\n" + ",\n".join(_dump(v) for v in value) + "]"
    if isinstance(value, dict) and any(isinstance(v, (list, dict)) and v for v in value.values()):
        return "{\n" + _members(((k, _dump(v)) for k, v in value.items()), ",\n") + "}"
    return _dump(value)


def _members(pairs: Iterable[tuple[str, str]], separator: str) -> str:
    """An object's members from keys and their values' JSON text: the one place keys are written."""
    return separator.join(f"{_dump(k)}:{text}" for k, text in pairs)


def _member_pieces(pairs: Iterable[tuple[str, Iterable[bytes]]], separator: bytes) -> Iterator[bytes]:
    """:func:`_members` as UTF-8 pieces, for an object too large to hold as one string."""
    for n, (key, value) in enumerate(pairs):
        yield (separator if n else b"") + _dump(key).encode() + b":"
        yield from value


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def citation_key(c: Citation) -> str:
    """A citation's id in the table: its article and sentence, as in its URL's fragment."""
    return f"{c.source}#{c.sentence}"


class CitationTable:
    """Every cited sentence once; the rest of the file refers to it by id.

    A sentence has one citation in the model (one statement per sentence), so
    the id is its article and anchor; a different value under an id already
    taken would be a model change, and gets its own id rather than being lost.
    """

    def __init__(self, url: Callable[[str, str], str]) -> None:
        self.url = url
        self.ids: dict[Citation, str] = {}
        self.cited: dict[str, Citation] = {}

    def ref(self, c: Citation) -> str:
        known = self.ids.get(c)
        if known is not None:
            return known
        key = base = citation_key(c)
        n = 1
        while key in self.cited:
            n += 1
            key = f"{base}~{n}"
        self.ids[c] = key
        self.cited[key] = c
        return key

    def row(self, c: Citation) -> bytes:
        return _dump({"source": c.source, "sentence": c.sentence, "text": c.text,
                      "url": self.url(c.source, c.sentence), "via": c.via or None,
                      "date": date_data(c.date)}).encode()

    def dumped(self, articles: list[Article]) -> Iterator[tuple[str, bytes]]:
        """(id, row as JSON) in reading order: article by article, sentence by sentence.

        Each row is made as it is written. The citations are in the model
        anyway, while their rows held all at once were the largest part of the
        export's memory (83 MiB at 10,000 articles).
        """
        position = {(a.id, s.id): (n, i) for n, a in enumerate(articles) for i, s in enumerate(a.sentences)}
        cited = self.cited
        for k in sorted(cited, key=lambda k: position[cited[k].source, cited[k].sentence]):
            yield k, self.row(cited[k])

    def table(self, articles: list[Article]) -> dict[str, dict[str, Any]]:
        return {k: json.loads(row) for k, row in self.dumped(articles)}


def briefing_data(b: Briefing, directory_urls: bool = True) -> dict[str, Any]:
    """The same content as :func:`briefing_json`, as one dict (for code that reads it in Python)."""
    cited = CitationTable(_url(directory_urls))
    data = dict(_fields(b, cited))
    data["citations"] = cited.table(b.corpus.articles)
    return {k: data[k] for k in FIELDS}


FIELDS = ("schema_version", "title", "as_of", "sources", "citations", "key_points", "latest", "sections", "events",
          "unplaced",
          "timeline", "people", "quotes", "discrepancies", "registers", "copies", "off_story", "rejected", "warnings")


def _url(directory_urls: bool) -> Callable[[str, str], str]:
    def url(source: str, anchor: str = "") -> str:
        return site_url(source_doc(source), directory_urls) + (f"#{anchor}" if anchor else "")
    return url


def _fields(b: Briefing, cited: CitationTable) -> Iterator[tuple[str, Any]]:
    """Every top-level field but the citation table, in order, each made only when asked for."""
    url, ref = cited.url, cited.ref
    events = {e.id for s in b.sections for e in s.items}
    yield "schema_version", SCHEMA_VERSION
    yield "title", b.title
    yield "as_of", b.as_of.isoformat() if b.as_of else None
    yield "sources", [{"id": a.id, "file": a.file, "title": a.title, "date": a.date.isoformat() if a.date else None,
                       "date_note": a.date_note, "sha256": a.sha256, "url": url(a.id),
                       "outlet": b.outlets.get(a.id) or None, "original_url": b.urls.get(a.id) or None,
                       "sentences": len(a.sentences)}
                      for a in b.corpus.articles]
    yield "key_points", [e.id for e in b.key_points]
    new = b.latest
    yield "latest", ({"days": new.days, "from": new.start.isoformat(), "events": [e.id for e in new.events],
                      "older_articles": new.older} if new else None)
    yield "sections", [{"id": s.id, "title": s.title, "events": [e.id for e in s.items]} for s in b.sections]
    canonical = _canonical(b)
    yield "events", [event_data(e, ref, canonical, b.first_reported.get(e.id)) for s in b.sections for e in s.items]
    yield "unplaced", [ref(c) for c in b.unplaced]
    # An entry's date may be its event's, not its sentence's own (the span differing reports cover): the
    # entry gives that date, and cites the sentence by its one row.
    yield "timeline", [{"date": date_data(t.citation.date), "event": t.event.id,
                        "citation": ref(canonical.get((t.citation.source, t.citation.sentence), t.citation))}
                       for t in b.timeline]
    yield "people", [{"key": p.key, "name": p.name, "roles": list(p.roles),
                      "variants": [{"text": v.text, "sources": list(v.sources)} for v in p.variants],
                      "mentions": len(p.mentions)}
                     for p in sorted(b.people, key=lambda p: (p.name.casefold(), p.key))]
    yield "quotes", [{"text": q.text, "speaker": q.speaker or None, "person": q.person or None,
                      "citation": ref(q.citation)} for q in b.quotes]
    yield "discrepancies", [{"event": d.event if d.event in events else None, "kind": d.kind,
                             "versions": [{"value": v.value, "citation": ref(v.citation)} for v in d.versions]}
                            for d in b.discrepancies]
    yield "registers", [{"section": r.section, "columns": list(r.columns),
                         "rows": [{"event": row.event.id, "cells": list(row.cells)} for row in r.rows]}
                        for r in b.registers]
    yield "copies", [{"source": copy, "copy_of": original} for copy, original in sorted(b.copies.items())]
    yield "off_story", [{"source": a.id, "reason": b.off_story[a.id]} for a in b.corpus.articles
                        if a.id in b.off_story]
    yield "rejected", [{"file": p.file, "reason": p.reason} for p in b.corpus.rejected]
    yield "warnings", [*({"file": p.file, "reason": p.reason} for p in b.corpus.warnings),
                       *({"file": file, "reason": problem} for file, problem in b.curation_notes)]


def event_data(e: Event, ref: Callable[[Citation], str], canonical: dict[tuple[str, str], Citation],
               first_reported: dt.date | None = None) -> dict[str, Any]:
    """One event as the contract has it; ``canonical`` gives the citation a context sentence is cited by elsewhere,
    ``first_reported`` the date of the earliest dated article citing it."""
    inserts = []
    if e.context is not None:
        c = e.context.source
        inserts.append({"citation": ref(canonical.get((c.source, c.sentence), c)),
                        "replaces": e.context.replaces, "insert": e.context.insert})
    return {"id": e.id, "kind": e.section, "text": e.text, "date": date_data(e.date.date) if e.date else None,
            "first_reported": first_reported.isoformat() if first_reported else None, "place": e.place or None,
            "participants": [{"key": p.key, "name": p.name, "role": p.role or None} for p in e.participants],
            "object": e.object or None, "action": e.action or None, "citations": [ref(c) for c in e.citations],
            "source_count": len(e.sources), "independent_sources": e.independent, "background": e.background,
            "context_inserts": inserts}


def _canonical(b: Briefing) -> dict[tuple[str, str], Citation]:
    """Each cited sentence's citation, by (article id, sentence id): one table row per sentence."""
    out = {(c.source, c.sentence): c for c in b.unplaced}
    out.update(((c.source, c.sentence), c) for s in b.sections for e in s.items for c in e.citations)
    return out
