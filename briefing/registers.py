"""Derived views of the curated model: registers, the timeline and the quotes list.

Each is computed from items and statements already built, so it can only
show what the sections already cite.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .config import SectionRule
from .dates import format_date
from .facts import gift_row, visit_row
from .model import Citation, Item, QuoteRecord, Register, RegisterRow, Section, TimelineEntry

if TYPE_CHECKING:
    from .curate import Statement

COLUMNS = {"gifts": ("When", "From", "To", "What"), "visits": ("When", "Who", "Where", "Host")}


def build_registers(sections: list[Section], rules: tuple[SectionRule, ...]) -> list[Register]:
    kinds = {r.id: r.register for r in rules if r.register}
    return [Register(s.id, s.title, COLUMNS[kinds[s.id]], tuple(_row(kinds[s.id], i) for i in s.items))
            for s in sections if s.id in kinds]


def _row(kind: str, item: Item) -> RegisterRow:
    """Cells from the shown sentence first, gaps filled from the other citations of the same fact."""
    extract = gift_row if kind == "gifts" else visit_row
    cells = ["", "", ""]
    for c in sorted(item.citations, key=lambda c: c != item.shown):
        row = extract(c.text)
        if row:
            cells = [old or new for old, new in zip(cells, dataclasses.astuple(row))]
    if not any(cells) and kind == "gifts":
        cells[2] = item.text  # no shape recognised: the statement itself says what
    return RegisterRow(item, (when(item), *cells))


def when(item: Item) -> str:
    return format_date(item.date.date) if item.date and item.date.date else ""


def build_timeline(sections: list[Section], unplaced: list[Statement]) -> list[TimelineEntry]:
    """Every resolved dated statement in order: section items, then dated other reporting."""
    entries = []
    for s in sections:
        for item in s.items:
            if item.date and _resolved(item.date):
                entries.append(_entry(item.date, item))
    for st in unplaced:
        c = st.citation()
        if _resolved(c):
            entries.append(_entry(c, None))
    return sorted(entries, key=lambda e: (e.start, e.end, e.citation.source, e.citation.sentence))


def _resolved(c: Citation) -> bool:
    return bool(c.date and c.date.start_date and c.date.end_date)


def _entry(c: Citation, item: Item | None) -> TimelineEntry:
    d = c.date
    assert d is not None and d.start_date is not None and d.end_date is not None
    return TimelineEntry(d.start_date, d.end_date, d.precision, format_date(d), d.phrase, item, c)


def collect_quotes(statements: list[Statement]) -> list[QuoteRecord]:
    out = []
    for st in statements:
        for q in st.quotes:
            person = next((m.person for m in st.mentions if q.speaker and m.text in q.speaker), "")
            out.append(QuoteRecord(q.text, q.speaker, person, st.citation()))
    return out
