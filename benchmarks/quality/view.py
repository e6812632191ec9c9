"""What a reader of ``briefing.json`` sees, in a form that does not change with the schema.

The scorer reads the tool's output only through ``read_view``; each schema has
one small adapter (``_schema3``, ``_schema4``) that fills in a ``View``:

- ``entries``: the statements of the briefing in reading order (schema 3: the
  items of every section; schema 4: its events), each with its section, date,
  citations and, where the schema has them, participants, a background flag
  and context inserts; then one pseudo-entry in the section ``other`` for each
  citation that no entry cites (*Other reporting*: schema 3's ``unplaced``);
- ``key_points`` (entry ids), ``timeline`` (date and the citations shown with
  it), ``people`` (names and the spellings found), ``off_story`` (source ids the
  tool set aside as off the story; schema 4 only);
- ``citations``: the citation table (ref -> source id, file, sentence text and
  the sentence's own date).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from .labels import OTHER


@dataclass(frozen=True)
class Seen:
    """A date as the briefing gives it; ``start`` and ``end`` are both None when it left the date unresolved."""

    start: date | None
    end: date | None
    precision: str | None = None
    label: str | None = None

    @property
    def resolved(self) -> bool:
        return self.start is not None or self.end is not None

    @property
    def span(self) -> tuple[date, date] | None:
        if not self.resolved:
            return None
        start, end = self.start or self.end, self.end or self.start
        return start, end  # type: ignore[return-value]

    def __str__(self) -> str:
        span = self.span
        if span is None:
            return f"unresolved ({self.label})" if self.label else "unresolved"
        return span[0].isoformat() if span[0] == span[1] else f"{span[0].isoformat()}/{span[1].isoformat()}"


@dataclass(frozen=True)
class Cite:
    ref: str
    source: str
    file: str | None
    text: str
    date: Seen | None


@dataclass(frozen=True)
class Entry:
    id: str
    section: str  # OTHER for a citation no entry cites
    date: Seen | None
    refs: tuple[str, ...]
    text: str  # the shown statement
    participants: tuple[tuple[str, str | None], ...] | None = None  # None: the schema has none
    background: bool | None = None  # None: the schema has no such flag
    context_inserts: tuple[Any, ...] | None = None  # None: the schema has none
    placed: bool = True  # in a section (False: a pseudo-entry of other reporting)


@dataclass(frozen=True)
class TimelineEntry:
    date: Seen | None
    refs: tuple[str, ...]  # the citations shown with it
    dating_ref: str | None  # the sentence the date comes from
    entry: str | None  # the entry it belongs to


@dataclass(frozen=True)
class Person:
    name: str
    variants: tuple[str, ...]


@dataclass
class View:
    schema: int
    entries: list[Entry]
    key_points: list[str]
    timeline: list[TimelineEntry]
    people: list[Person]
    off_story: list[str] | None  # source ids; None: the schema cannot say
    citations: dict[str, Cite]
    sources: dict[str, str]  # source id -> file
    titles: dict[str, str]  # source id -> the title the tool read
    rejected: dict[str, str]  # file -> reason

    @property
    def has_participants(self) -> bool:
        return any(e.participants is not None for e in self.entries)

    @property
    def has_background(self) -> bool:
        return any(e.background is not None for e in self.entries)

    def entry(self, entry_id: str) -> Entry | None:
        return next((e for e in self.entries if e.id == entry_id), None)


def read_view(data: dict[str, Any]) -> View:
    """The neutral view of a parsed ``briefing.json``."""
    schema = data.get("schema_version")
    if schema == 3:
        return _schema3(data)
    if isinstance(schema, int) and schema >= 4:
        return _schema4(data)
    raise ValueError(f"briefing.json schema_version {schema!r}: this scorer reads 3 and 4")


# --- shared pieces ---------------------------------------------------------------

def _date(raw: dict[str, Any] | None) -> Seen | None:
    if not raw:
        return None
    start, end = raw.get("start"), raw.get("end")
    return Seen(date.fromisoformat(start[:10]) if start else None, date.fromisoformat(end[:10]) if end else None,
                raw.get("precision"), raw.get("label"))


def _sources(data: dict[str, Any]) -> dict[str, str]:
    return {s["id"]: s.get("file") or s["id"] for s in data.get("sources", [])}


def _citations(data: dict[str, Any], sources: dict[str, str]) -> dict[str, Cite]:
    table = data.get("citations") or {}
    return {ref: Cite(ref, c["source"], sources.get(c["source"]), c.get("text") or "", _date(c.get("date")))
            for ref, c in table.items()}


def _people(data: dict[str, Any]) -> list[Person]:
    return [Person(p.get("name") or "", tuple(v.get("text") or "" for v in p.get("variants") or []))
            for p in data.get("people") or []]


def _titles(data: dict[str, Any]) -> dict[str, str]:
    return {s["id"]: s.get("title") or "" for s in data.get("sources", [])}


def _rejected(data: dict[str, Any]) -> dict[str, str]:
    return {r.get("file"): r.get("reason") or "" for r in data.get("rejected") or []}


def _other_reporting(cites: dict[str, Cite], entries: list[Entry], first: Iterable[str]) -> list[Entry]:
    """One pseudo-entry per citation no entry cites: those listed as other reporting first, then the rest."""
    cited = {r for e in entries for r in e.refs}
    order = list(dict.fromkeys([*first, *cites]))
    return [Entry(id=f"{OTHER}:{ref}", section=OTHER, date=cites[ref].date, refs=(ref,), text=cites[ref].text,
                  placed=False)
            for ref in order if ref in cites and ref not in cited]


def _timeline(data: dict[str, Any], entries: list[Entry]) -> list[TimelineEntry]:
    """A timeline entry shows its entry's citations (or its own, when it belongs to none)."""
    by_id = {e.id: e for e in entries}
    out = []
    for t in data.get("timeline") or []:
        entry_id = t.get("item") or t.get("event")
        dating = t.get("citation")
        if entry_id in by_id:
            refs = by_id[entry_id].refs
        elif t.get("citations"):
            refs = tuple(t["citations"])
        else:
            refs = (dating,) if dating else ()
        out.append(TimelineEntry(_date(t.get("date")), tuple(refs), dating, entry_id))
    return out


def _key_points(data: dict[str, Any]) -> list[str]:
    return [k if isinstance(k, str) else k.get("id") or k.get("event") or k.get("item")
            for k in data.get("key_points") or []]


# --- schema 3 --------------------------------------------------------------------

def _schema3(data: dict[str, Any]) -> View:
    sources = _sources(data)
    cites = _citations(data, sources)
    entries = [Entry(id=item["id"], section=section["id"], date=_date(item.get("date")),
                     refs=tuple(item.get("citations") or ()), text=item.get("text") or "")
               for section in data.get("sections") or [] for item in section.get("items") or []]
    entries += _other_reporting(cites, entries, data.get("unplaced") or [])
    return View(schema=3, entries=entries, key_points=_key_points(data), timeline=_timeline(data, entries),
                people=_people(data), off_story=None, citations=cites, sources=sources, titles=_titles(data),
                rejected=_rejected(data))


# --- schema 4 --------------------------------------------------------------------

def _schema4(data: dict[str, Any]) -> View:
    """Schema 4 adds ``events`` (with participants, background, context inserts) and ``off_story``.

    Its exact shape is not settled, so this reads it loosely: an event's section is its own ``section``,
    or the section whose ``events``/``items`` list names it, or its ``kind`` when that is a section id;
    an event in none of these is other reporting. Without ``events`` the sections' items are read as in
    schema 3."""
    events = data.get("events")
    if events is None:
        view = _schema3(data)
        view.schema = data["schema_version"]
        view.off_story = _off_story(data, view.sources)
        return view
    sources = _sources(data)
    cites = _citations(data, sources)
    section_ids = [s["id"] for s in data.get("sections") or []]
    listed: dict[str, str] = {}
    for s in data.get("sections") or []:
        for x in [*(s.get("events") or []), *(s.get("items") or [])]:
            listed.setdefault(x if isinstance(x, str) else x.get("id"), s["id"])
    entries = []
    for e in events:
        section = e.get("section") or listed.get(e["id"]) or (e.get("kind") if e.get("kind") in section_ids else None)
        refs = tuple(e.get("citations") or ())
        text = e.get("text") or e.get("shown") or (cites[refs[0]].text if refs and refs[0] in cites else "")
        participants = tuple((p.get("name") or "", p.get("role") or None) for p in e.get("participants") or [])
        entries.append(Entry(
            id=e["id"], section=section or OTHER, date=_date(e.get("date")), refs=refs, text=text,
            participants=participants, background=bool(e.get("background")),
            context_inserts=tuple(e.get("context_inserts") or ()), placed=section is not None))
    entries += _other_reporting(cites, entries, data.get("unplaced") or [])
    return View(schema=data["schema_version"], entries=entries, key_points=_key_points(data),
                timeline=_timeline(data, entries), people=_people(data), off_story=_off_story(data, sources),
                citations=cites, sources=sources, titles=_titles(data), rejected=_rejected(data))


def _off_story(data: dict[str, Any], sources: dict[str, str]) -> list[str] | None:
    if "off_story" not in data:
        return None
    by_file = {f: s for s, f in sources.items()}
    out = []
    for x in data["off_story"] or []:
        name = x if isinstance(x, str) else x.get("source") or x.get("file")
        out.append(name if name in sources else by_file.get(name, name))
    return out
