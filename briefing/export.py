"""The machine-readable export, ``briefing.json`` (its contract is in the README)."""

from __future__ import annotations

import json
from typing import Any

from .dates import DateMention, format_date
from .markup import site_url, source_doc
from .model import Briefing, Citation, Item

SCHEMA_VERSION = 2


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
    return json.dumps(briefing_data(b, directory_urls), ensure_ascii=False, indent=2) + "\n"


def briefing_data(b: Briefing, directory_urls: bool = True) -> dict[str, Any]:
    def url(source: str, anchor: str = "") -> str:
        return site_url(source_doc(source), directory_urls) + (f"#{anchor}" if anchor else "")

    def citation(c: Citation) -> dict[str, Any]:
        return {"source": c.source, "sentence": c.sentence, "text": c.text, "url": url(c.source, c.sentence),
                "via": c.via or None, "date": date_data(c.date)}

    def item(i: Item) -> dict[str, Any]:
        return {"id": i.id, "text": i.text, "date": date_data(i.date.date) if i.date else None,
                "source_count": len(i.sources), "independent_sources": i.independent,
                "citations": [citation(c) for c in i.citations]}

    return {
        "schema_version": SCHEMA_VERSION,
        "title": b.title,
        "as_of": b.as_of.isoformat() if b.as_of else None,
        "sources": [
            {"id": a.id, "file": a.file, "title": a.title, "date": a.date.isoformat() if a.date else None,
             "date_note": a.date_note, "sha256": a.sha256, "url": url(a.id),
             "outlet": b.outlets.get(a.id) or None, "original_url": b.urls.get(a.id) or None,
             "sentences": len(a.sentences)}
            for a in b.corpus.articles
        ],
        "key_points": [i.id for i in b.key_points],
        "sections": [
            {"id": s.id, "title": s.title, "items": [item(i) for i in s.items]} for s in b.sections
        ],
        "unplaced": [{"source": c.source, "sentence": c.sentence, "text": c.text} for c in b.unplaced],
        "timeline": [{"date": date_data(e.citation.date), "item": e.item.id if e.item else None,
                      "text": e.item.text if e.item else e.citation.text,
                      "citations": [citation(c) for c in (e.item.citations if e.item else (e.citation,))]}
                     for e in b.timeline],
        "people": [{"key": p.key, "name": p.name, "roles": list(p.roles),
                    "variants": [{"text": v.text, "sources": list(v.sources)} for v in p.variants],
                    "mentions": len(p.mentions)}
                   for p in sorted(b.people, key=lambda p: (p.name.casefold(), p.key))],
        "quotes": [{"text": q.text, "speaker": q.speaker or None, "person": q.person or None,
                    "citation": citation(q.citation)} for q in b.quotes],
        "discrepancies": [{"item": d.item, "kind": d.kind,
                           "versions": [{"value": v.value, "citation": citation(v.citation)} for v in d.versions]}
                          for d in b.discrepancies],
        "registers": [{"section": r.section, "columns": list(r.columns),
                       "rows": [{"item": row.item.id, "cells": list(row.cells)} for row in r.rows]}
                      for r in b.registers],
        "copies": [{"source": copy, "copy_of": original} for copy, original in sorted(b.copies.items())],
        "rejected": [{"file": p.file, "reason": p.reason} for p in b.corpus.rejected],
        "warnings": [{"file": p.file, "reason": p.reason} for p in b.corpus.warnings],
    }
