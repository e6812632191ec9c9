"""A section's own pages: every event of the section in full, with its table, a bounded number to a page.

The briefing page shows a few of each section's events and links here; every
other page (timeline, people, quotes, the articles) links an event to the
section page that lists it, at its anchor ``item-<id>``.
"""

from __future__ import annotations

import html
from collections.abc import Iterator

from ..model import Briefing, Event, Register, Section
from .events import context, heading, sentence, wordings
from .markup import inert, link, relative
from .paging import Page, layout
from .widgets import INDEX, NEW, Lines, attributions, cite, cite_parts, corroboration, front_matter, lead


def section_pages(b: Briefing) -> Iterator[tuple[str, Lines]]:
    """Every page of every section, in section order."""
    registers = {r.section: r for r in b.registers}
    pages = layout(b).sections
    for s in b.sections:
        for page in pages[s.id]:
            yield page.doc, render_section_page(b, s, page, pages[s.id], registers.get(s.id))


def render_section_page(b: Briefing, s: Section, page: Page, pages: tuple[Page, ...],
                        register: Register | None) -> Lines:
    doc = page.doc
    events: tuple[Event, ...] = page.items
    title = inert(s.title) + (f" (page {page.number} of {page.of})" if page.of > 1 else "")
    lines = [*front_matter(title=html.escape(s.title + (f", page {page.number}" if page.of > 1 else "")),
                           description=html.escape(f"{s.title}: every event the articles report"), kind="section"),
             f"# {title}", ""]
    if s.intro and page.number == 1:
        lines += [f"*{inert(s.intro)}*", ""]
    total = len(s.items)
    lines += [f"Every event of this section, {total:,} in all, in date order, with every article that reports it. "
              f"The {link('briefing', relative(INDEX, doc))} shows the most important.", ""]
    lines += pager(pages, page)
    if not events:
        return [*lines, "No article in this briefing reports anything for this section.", ""]
    current = [event_line(b, e, doc) for e in events if not e.background]
    if current:
        lines += [*current, ""]
    background = [event_line(b, e, doc) for e in events if e.background]
    if background:
        lines += ['<p class="background-label">Background: before the story began</p>', "", *background, ""]
    if register:
        lines += register_table(b, register, {e.id for e in events}, doc)
    return lines + (pager(pages, page) if page.of > 1 else [])


def new_mark(b: Briefing, e: Event) -> str:
    """The "new" mark of an event the Latest block lists."""
    return f"{NEW} " if e.id in b.new else ""


def pager(pages: tuple[Page, ...], page: Page) -> list[str]:
    """"Page 2 of 5" with links to the first, previous, next and last pages; nothing for a list of one page."""
    if page.of <= 1:
        return []
    n = page.number

    def to(k: int, label: str) -> str:
        return link(label, relative(pages[k - 1].doc, page.doc))

    links = [to(1, "first") if n > 2 else "", to(n - 1, "← previous") if n > 1 else "",
             to(n + 1, "next →") if n < page.of else "", to(page.of, "last") if n < page.of - 1 else ""]
    return [f'<p class="pager" markdown>Page {n} of {page.of} · ' + " · ".join(x for x in links if x) + "</p>", ""]


def event_line(b: Briefing, e: Event, doc: str) -> str:
    """One list item: heading, sentence, its first citations and badge, then folded below it the other
    citing articles, the context the sentence leans on and the other wordings."""
    inline, folded = cite_parts(b, e.citations, doc, lead=lead(e))
    return (f'- <span class="item" id="item-{e.id}"></span>{heading(e)}{new_mark(b, e)}{sentence(b, e, doc)}'
            f'{attributions(e)}'
            f'{inline} {corroboration(e)}{folded}{context(b, e, doc)}{wordings(b, e, doc)}')


def register_table(b: Briefing, register: Register, shown: set[str], doc: str) -> list[str]:
    """The section's table, one row for each event on this page that says more than when."""
    rows = [r for r in register.rows if r.event.id in shown and register.filled(r)]
    if not rows:
        return []
    head = [*register.columns, "Sources"]
    lines = [f"## {inert(register.title)} at a glance", "",
             "Places and things are the articles' own words, names as the People page gives them; "
             "an empty cell means no article says.", "",
             "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        cells = [inert(c) if c else "—" for c in row.cells]
        e = row.event
        up = link("↑", "#item-" + e.id, "The statement", "up", "Go to the statement")
        lines.append("| " + " | ".join(cells) + f" | {up}{cite(b, e.citations, doc, '#item-' + e.id, lead(e))} |")
    return lines + [""]
