"""The People page: everyone the articles name, with every spelling used and the statements naming them.

Past ``PEOPLE_PAGE`` people, people.md lists their names, each linking to
their entry on one of the pages under people/, that many to a page, in the
same order.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Briefing, Event, Person
from .markup import inert, link, relative
from .paging import Page, numbered_pages, split
from .section_page import pager
from .widgets import PEOPLE, Lines, cite, item_anchor, lead, page_start

PER_PERSON = 10  # statements listed under a person: the best corroborated
PEOPLE_PAGE = 100  # people on one page; no more and people.md holds them all
PEOPLE_DIR = "people"
LEAD = "Everyone the articles name, with every spelling used and which article used it."


def render_people(b: Briefing) -> Lines:
    lines = page_start("people", "People", f"People in: {b.title}", LEAD)
    if not b.people:
        return [*lines, "No article names a person.", ""]
    pages = people_pages_of(b)
    if pages:
        return lines + name_index(pages)
    for person in in_order(b):
        lines += person_entry(b, person, PEOPLE)
    return lines


def in_order(b: Briefing) -> list[Person]:
    return sorted(b.people, key=lambda p: (p.name.casefold(), p.key))


def people_pages_of(b: Briefing) -> tuple[Page, ...]:
    """The pages of people, by name; () when people.md holds them all."""
    if len(b.people) <= PEOPLE_PAGE:
        return ()
    return numbered_pages(PEOPLE_DIR, split(in_order(b), PEOPLE_PAGE))


def name_index(pages: tuple[Page, ...]) -> list[str]:
    """Every name, linking to its entry, with how many times the articles name them."""
    lines = [f"{sum(len(p.items) for p in pages):,} people, on {len(pages)} pages by name.", ""]
    for page in pages:
        lines += [f"- {link(inert(p.name), relative(page.doc, PEOPLE) + f'#person-{p.key}')} "
                  f"({_times(len(p.mentions))})" for p in page.items]
    return [*lines, ""]


def people_pages(b: Briefing) -> Iterator[tuple[str, Lines]]:
    pages = people_pages_of(b)
    for page in pages:
        doc = page.doc
        lines = [*page_start("people", f"People (page {page.number} of {page.of})", f"People in: {b.title}", LEAD),
                 f"All the names are listed on {link('People', relative(PEOPLE, doc))}.", "", *pager(pages, page)]
        for person in page.items:
            lines += person_entry(b, person, doc)
        yield doc, lines + pager(pages, page)


def person_entry(b: Briefing, p: Person, doc: str) -> list[str]:
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
        lines += [person_statement(b, i, doc) for i in shown]
        if len(items) > len(shown):
            lines.append(f"- … and {len(items) - len(shown)} more statements in the briefing (search for the name).")
        lines.append("")
    return lines


def person_statement(b: Briefing, e: Event, doc: str) -> str:
    at = item_anchor(b, e, doc)
    return (f"- {inert(e.text)}{cite(b, e.citations, doc, at, lead(e))} "
            f"{link('↑', at, 'In the briefing', 'up', 'Go to the statement in the briefing')}")


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"
