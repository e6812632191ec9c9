"""Section tables (a section's `register:`): who gave what to whom, who went where, read off its items.

Each row is computed from an item already built, so a table can only show
what the section already cites.
"""

from __future__ import annotations

import dataclasses

from ..analyse.dates import format_date
from ..model import Event, Register, RegisterRow, Section, SectionRule
from .table_rows import gift_row, visit_row

COLUMNS = {"gifts": ("When", "From", "To", "What"), "visits": ("When", "Who", "Where", "Host")}


def build_registers(sections: list[Section], rules: tuple[SectionRule, ...]) -> list[Register]:
    kinds = {r.id: r.register for r in rules if r.register}
    return [Register(s.id, s.title, COLUMNS[kinds[s.id]], tuple(_row(kinds[s.id], i) for i in s.items))
            for s in sections if s.id in kinds]


def _row(kind: str, item: Event) -> RegisterRow:
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


def when(item: Event) -> str:
    return format_date(item.date.date) if item.date and item.date.date else ""
