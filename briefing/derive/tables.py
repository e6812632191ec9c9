"""Section tables (a section's `register:`): who gave what to whom, who went where, read off the event fields.

Each row is one event already built, each cell one of its fields: a place or
an object is a slice of one of its sentences (or, for a place, a party its
sentences give as the place), a name the one the People page or the curation
file gives, the date the event's resolved date. A field the sentences do not
fill leaves its cell blank, never guessed from the wording.
"""

from __future__ import annotations

from ..analyse.dates import format_date
from ..model import Event, Register, RegisterRow, Section, SectionRule
from .who import involved, names, place, with_role

COLUMNS = {"gifts": ("When", "From", "To", "What"), "visits": ("When", "Who", "Where", "Host")}


def build_registers(sections: list[Section], rules: tuple[SectionRule, ...]) -> list[Register]:
    kinds = {r.id: r.register for r in rules if r.register}
    return [Register(s.id, s.title, COLUMNS[kinds[s.id]], tuple(_row(kinds[s.id], e) for e in s.items))
            for s in sections if s.id in kinds]


def _row(kind: str, e: Event) -> RegisterRow:
    ps = e.participants
    if kind == "gifts":
        cells = (names(with_role(ps, "giver")), names(with_role(ps, "receiver")), e.object)
    else:
        hosts, where = with_role(ps, "host"), place(e)
        # Without a guest, those taking part went there, or were received, only when the row says where or by whom.
        others = [p for p in involved(e) if p not in hosts] if where or hosts else []
        cells = (names(with_role(ps, "guest") or others), where, names(hosts))
    return RegisterRow(e, (when(e), *cells))


def when(e: Event) -> str:
    return format_date(e.date.date) if e.date and e.date.date else ""
