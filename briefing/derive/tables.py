"""Section tables (a section's `register:`): one row per event, each cell one of its fields.

Each row is one event already built, each cell one of its fields: a place, an
object or an amount is a slice of one of its sentences (or, for a place, a
party its sentences give as the place), a name the one the People page or the
curation file gives, the date the event's resolved date. A field the sentences
do not fill leaves its cell blank, never guessed from the wording.

The columns are the section's own (``when``, ``who``, ``where``, ``what``,
``amount`` and the roles its events carry), or a ready-made table's
(``config.schema.REGISTERS``: gifts, visits).
"""

from __future__ import annotations

from collections.abc import Callable

from ..analyse.amounts import amounts
from ..analyse.dates import format_date
from ..analyse.events.lexicon import lexicon
from ..config.schema import FIELDS, REGISTERS
from ..model import SPEAKER, Column, Event, Participant, Register, RegisterRow, Section, SectionRule
from .who import involved, names, place, with_role

Cell = Callable[[Event, list[Participant]], str]  # an event and those the row's role columns name -> the cell


def build_registers(sections: list[Section], rules: tuple[SectionRule, ...]) -> list[Register]:
    tables = {r.id: columns(r) for r in rules if r.register}
    return [Register(s.id, s.title, tuple(c.heading for c in tables[s.id]), tuple(_row(tables[s.id], e)
                                                                                  for e in s.items),
                     tuple(c.field for c in tables[s.id]))
            for s in sections if s.id in tables]


def columns(rule: SectionRule) -> tuple[Column, ...]:
    """The section's columns, a ready-made table's by its name."""
    return REGISTERS[rule.register] if isinstance(rule.register, str) else rule.register


def _row(cols: tuple[Column, ...], e: Event) -> RegisterRow:
    roles = {c.field for c in cols if c.field not in CELLS}
    shown = [p for p in e.participants if p.role in roles]
    return RegisterRow(e, tuple(CELLS.get(c.field, _role(c.field))(e, shown) for c in cols))


def when(e: Event, _: list[Participant] | None = None) -> str:
    return format_date(e.date.date) if e.date and e.date.date else ""


def _who(e: Event, shown: list[Participant]) -> str:
    """Everyone the event involves, less those a role column of the row already names."""
    return names(p for p in involved(e) if p not in shown)


def _visitors(e: Event, _: list[Participant]) -> str:
    """The visitors and guests; without one, those taking part who are not the host, but only when the row says
    where or by whom (talks with nobody received and nowhere said put nobody in a visits table)."""
    hosts, where = with_role(e.participants, "host"), place(e)
    # whoever only told of the visit (a spokesman who "said" it) did not make it
    others = [p for p in involved(e) if p not in hosts and p.role != SPEAKER] if where or hosts else []
    return names(with_role(e.participants, "guest", "visitor") or others)


def _amount(e: Event, _: list[Participant]) -> str:
    """The one sum or share the shown sentence states; blank when it states none, or several (which is which
    the table could not say)."""
    found = amounts(e.text)
    return found[0] if len(found) == 1 else ""


def _role(role: str) -> Cell:
    return lambda e, _: names(with_role(e.participants, role))


CELLS: dict[str, Cell] = {
    "when": when,
    "who": _who,
    "where": lambda e, _: place(e),
    "what": lambda e, _: e.object,
    "amount": _amount,
    "visitors": _visitors,
}
assert set(FIELDS) <= set(CELLS)


def known_roles() -> frozenset[str]:
    """Every role an action of the table gives (``analyse/events/data/actions.yml``)."""
    return frozenset(role for action in lexicon().actions.values() for _, role in action.roles)


def table_warnings(rules: tuple[SectionRule, ...]) -> list[str]:
    """One line per column that no event can fill: neither a field nor a role any action gives."""
    roles = known_roles()
    lines = []
    for n, rule in enumerate(rules):
        if isinstance(rule.register, str):
            continue
        for c in rule.register:
            if c.field not in CELLS and c.field not in roles:
                lines.append(f"sections[{n}].register: {c.field!r} is no field ({', '.join(FIELDS)}) and "
                             f"no role an event is given, so its column stays empty (roles: "
                             f"{', '.join(sorted(roles))})")
    return lines
