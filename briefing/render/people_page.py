"""The People page: everyone the articles name, with every spelling used and the statements naming them."""

from __future__ import annotations

from ..model import Briefing, Event, Person
from .markup import inert, link
from .widgets import PEOPLE, Lines, cite, item_anchor, lead, page_start

PER_PERSON = 10  # statements listed under a person: the best corroborated

def render_people(b: Briefing) -> Lines:
    lines = page_start("people", "People", f"People in: {b.title}",
                       "Everyone the articles name, with every spelling used and which article used it.")
    if not b.people:
        return [*lines, "No article names a person.", ""]
    for person in sorted(b.people, key=lambda p: (p.name.casefold(), p.key)):
        lines += person_entry(b, person)
    return lines


def person_entry(b: Briefing, p: Person) -> list[str]:
    numbers = b.numbers
    lines = [f"## {inert(p.name)} {{#person-{p.key}}}", ""]
    if p.roles:
        lines += [f"**Roles:** {'; '.join(inert(r) for r in p.roles)}", ""]
    spellings = [f"‘{inert(v.text)}’ ({', '.join(str(numbers[s]) for s in v.sources)})" for v in p.variants]
    if spellings:
        lines += [f"**Spellings:** {'; '.join(spellings)}", ""]
    placed = b.placements
    by_id = {}  # keyed by id: hashing whole items would hash every citation they carry
    for m in p.mentions:
        item = placed.get((m.source, m.sentence))
        if item is not None:
            by_id.setdefault(item.id, item)
    items = list(by_id.values())
    sources = sorted({m.source for m in p.mentions}, key=lambda s: numbers[s])
    lines += [f"Named {_times(len(p.mentions))} in {len(sources)} article{'s' if len(sources) != 1 else ''}.", ""]
    if items:
        shown = sorted(items, key=lambda i: -i.independent)[:PER_PERSON]  # stable: ties keep briefing order
        lines += [person_statement(b, i) for i in shown]
        if len(items) > len(shown):
            lines.append(f"- … and {len(items) - len(shown)} more statements in the briefing (search for the name).")
        lines.append("")
    return lines


def person_statement(b: Briefing, e: Event) -> str:
    at = item_anchor(b, e, PEOPLE)
    return (f"- {inert(e.text)}{cite(b, e.citations, PEOPLE, at, lead(e))} "
            f"{link('↑', at, 'In the briefing', 'up', 'Go to the statement in the briefing')}")


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"
