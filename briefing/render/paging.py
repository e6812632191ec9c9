"""Which page holds what: a section's events over its pages, the timeline by year, other reporting by article.

The briefing page stays short whatever the number of articles: it shows each
section's most important events and links to the section's own pages, which
list every event. Long lists are cut into pages of a bounded size; the first
page of a list keeps the list's own name (``sections/treaty.md``) and the
next ones go in a folder of that name (``sections/treaty/2.md``), which no
section id can collide with.

A page is bounded by its entries and, for events, by their citations too:
an event every article reports folds thousands of citation numbers under it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import TypeVar

from ..model import Briefing, Citation, Event, TimelineEntry

T = TypeVar("T")

SECTIONS_DIR = "sections"
SECTION_EVENTS = 200  # events on one section page
SECTION_CITATIONS = 4000  # citations of the events on one section page (an event with more has a page to itself)
TIMELINE_ENTRIES = 200  # timeline entries on one page; a timeline of no more stays a single page
OTHER_STATEMENTS = 1000  # statements on one page of other reporting; no more and it stays a single page
DIFFERENCES_SHOWN = 10  # disagreements the briefing page lists before linking to the rest
DIFFERENCES_PAGE = 200  # disagreements on one page of the rest

TIMELINE_DIR = "timeline"
OTHER_DIR = "other-reporting"
DIFFERENCES_DIR = "differences"
BACKGROUND = "background"  # the timeline's page of what came before the story
UNDATED = "undated"  # the timeline's page of dates no calendar day can be given for


def page_doc(first: str, n: int) -> str:
    """The ``n``-th page (from 1) of the list whose first page is ``first``: sections/a.md, sections/a/2.md."""
    return first if n == 1 else f"{first[:-len('.md')]}/{n}.md"


def section_doc(section_id: str) -> str:
    return f"{SECTIONS_DIR}/{section_id}.md"


def split(items: Sequence[T], size: int, weight: Callable[[T], int] = lambda _: 0, budget: int = 0) -> list[list[T]]:
    """``items`` in order, cut into pages of at most ``size`` items and (when ``budget``) at most ``budget`` of
    their weight; an item heavier than the budget has a page to itself. Never an empty page."""
    pages: list[list[T]] = []
    page: list[T] = []
    load = 0
    for item in items:
        w = weight(item)
        if page and (len(page) == size or (budget and load + w > budget)):
            pages.append(page)
            page, load = [], 0
        page.append(item)
        load += w
    return [*pages, page] if page else pages


@dataclass(frozen=True)
class Page:
    """One page of a list: its path, its place among the list's pages, and what it shows."""

    doc: str
    number: int  # from 1
    of: int  # how many pages the list has
    items: tuple


@dataclass(frozen=True)
class Layout:
    sections: dict[str, tuple[Page, ...]]  # section id -> its pages, each holding events
    event_doc: dict[str, str]  # event id -> the section page listing it (its anchor is item-<id>)
    timeline: dict[str, tuple[Page, ...]]  # year, "background" or "undated" -> its pages; {} for a single page
    other: tuple[Page, ...]  # pages of other reporting, each holding (article id, citations) pairs; () for one page
    other_doc: dict[str, str]  # article id -> the page of other reporting listing its statements
    differences: tuple[Page, ...]  # pages of every disagreement; () when the briefing page lists them all


# Each briefing's layout while the briefing lives: made once for all its pages, and let go with it (under
# `mkdocs serve` a layout kept past its briefing would keep that briefing's events alive into the next build).
_layouts: dict[int, Layout] = {}


def layout(b: Briefing) -> Layout:
    """Where everything goes; made once per briefing (every page links into the others)."""
    found = _layouts.get(id(b))
    if found is None:
        found = _layouts[id(b)] = _make(b)
        weakref.finalize(b, _layouts.pop, id(b), None)
    return found


def _make(b: Briefing) -> Layout:
    sections = {s.id: _pages(section_doc(s.id), split(_section_order(s.items), SECTION_EVENTS,
                                                       lambda e: len(e.citations), SECTION_CITATIONS))
                for s in b.sections}
    event_doc = {e.id: page.doc for pages in sections.values() for page in pages for e in page.items}
    other = _other_pages(b)
    other_doc = {source: page.doc for page in other for source, _ in page.items}
    differences = (_pages(f"{DIFFERENCES_DIR}/1.md", split(b.discrepancies, DIFFERENCES_PAGE), numbered=True)
                   if len(b.discrepancies) > DIFFERENCES_SHOWN else ())
    return Layout(sections, event_doc, timeline_pages(b), other, other_doc, differences)


def _section_order(items: Sequence[Event]) -> list[Event]:
    """The order a section page lists its events in: the story, then what came before it."""
    return [e for e in items if not e.background] + [e for e in items if e.background]


def _pages(first: str, chunks: list[list[T]], numbered: bool = False) -> tuple[Page, ...]:
    """Pages for chunks; ``numbered`` lists are named 1.md, 2.md ... in their folder from the first page on."""
    folder = first.rsplit("/", 1)[0]
    return tuple(Page(f"{folder}/{n}.md" if numbered else page_doc(first, n), n, len(chunks), tuple(chunk))
                 for n, chunk in enumerate(chunks, 1))


def numbered_pages(folder: str, chunks: list[list[T]]) -> tuple[Page, ...]:
    """Pages named 1.md, 2.md ... in ``folder``, for a list whose top page only indexes them."""
    return _pages(f"{folder}/1.md", chunks, numbered=True)


def unresolved_events(b: Briefing) -> list[Event]:
    """Events whose only date is a phrase that cannot be placed on the calendar (no article date to read it by)."""
    return [e for s in b.sections for e in s.items if e.date and e.date.date and e.date.date.start_date is None]


def timeline_pages(b: Briefing) -> dict[str, tuple[Page, ...]]:
    """The timeline's pages by year, then background and undated; {} when it all fits on timeline.md."""
    undated = unresolved_events(b)
    if len(b.timeline) + len(undated) <= TIMELINE_ENTRIES:
        return {}
    story = [t for t in b.timeline if not t.event.background]
    groups: list[tuple[str, Sequence[TimelineEntry] | Sequence[Event]]] = [
        (str(year), list(entries)) for year, entries in groupby(story, key=lambda t: t.start.year)]
    groups += [(BACKGROUND, [t for t in b.timeline if t.event.background]), (UNDATED, undated)]
    return {name: _pages(f"{TIMELINE_DIR}/{name}.md", split(list(entries), TIMELINE_ENTRIES))
            for name, entries in groups if entries}


def _other_pages(b: Briefing) -> tuple[Page, ...]:
    """Other reporting's articles, on-story ones first, packed into pages of whole articles; () for one page."""
    if len(b.unplaced) <= OTHER_STATEMENTS:
        return ()
    by_source: dict[str, list[Citation]] = {}
    for c in b.unplaced:
        by_source.setdefault(c.source, []).append(c)
    ordered = [(a.id, tuple(by_source[a.id])) for a in b.corpus.articles
               if a.id in by_source and a.id not in b.off_story]
    ordered += [(a.id, tuple(by_source[a.id])) for a in b.corpus.articles
                if a.id in by_source and a.id in b.off_story]
    return _pages(f"{OTHER_DIR}/1.md", split(ordered, len(ordered), lambda p: len(p[1]), OTHER_STATEMENTS),
                  numbered=True)
