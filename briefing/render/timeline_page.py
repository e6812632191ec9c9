"""The Timeline: each dated event once, oldest first; what came before the story apart; unresolved dates.

A timeline that fits on one page (``paging.TIMELINE_ENTRIES`` entries) is
that page. A longer one is paged by year: timeline.md lists the years with
their counts, and each year, the background and the unresolved dates have
pages of their own under timeline/, cut into pages of a bounded size.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby

from ..model import Briefing, Event, TimelineEntry
from .events import sentence
from .markup import inert, link, relative
from .paging import BACKGROUND, UNDATED, Page, layout, unresolved_events
from .section_page import pager
from .widgets import NEW, TIMELINE, Lines, cite, item_anchor, lead, page_start, source_words

LEAD = ("Each dated event once, oldest first, with every article that reports it. The date is resolved from the "
        "article's own words, shown in brackets, against the article's date. Events from before the story began "
        "are listed apart, after it.")
BACKGROUND_HEAD = "Background: before the story began"
BACKGROUND_LEAD = ("Earlier events the articles recall, oldest first. They are not part of the story's own course "
                   "and are never key points.")
UNDATED_HEAD = "Dates that cannot be resolved"
UNDATED_LEAD = "These events give a date relative to an article that carries none."


def render_timeline(b: Briefing) -> Lines:
    lines = page_start("timeline", "Timeline", f"Timeline: {b.title}", LEAD)
    if not b.timeline:
        lines += ["No article gives a date that can be resolved.", ""]
    pages = layout(b).timeline
    if pages:
        return lines + year_index(b, pages)
    story = [e for e in b.timeline if not e.event.background]
    background = [e for e in b.timeline if e.event.background]
    if story:
        lines += ['<div class="timeline" markdown>', ""]
        for year, entries in groupby(story, key=lambda e: e.start.year):
            lines += [f"## {year}", "", *(entry_line(b, e, TIMELINE) for e in entries), ""]
        lines += ["</div>", ""]
    if background:
        lines += [f"## {BACKGROUND_HEAD}", "", BACKGROUND_LEAD, "", '<div class="timeline background" markdown>', "",
                  *(entry_line(b, e, TIMELINE) for e in background), "", "</div>", ""]
    undated = unresolved_events(b)
    if undated:
        lines += [f"## {UNDATED_HEAD}", "", UNDATED_LEAD, "", *(undated_line(b, e, TIMELINE) for e in undated), ""]
    return lines


def year_index(b: Briefing, pages: dict[str, tuple[Page, ...]]) -> list[str]:
    """The years, each with its number of events and a link to its page (and to its further pages)."""
    lines = ["## By year", ""]
    for name, run in pages.items():
        count = sum(len(p.items) for p in run)
        label = {BACKGROUND: BACKGROUND_HEAD, UNDATED: UNDATED_HEAD}.get(name, name)
        more = (" — pages " + ", ".join(link(str(p.number), relative(p.doc, TIMELINE)) for p in run)
                if len(run) > 1 else "")
        noun = "date" if name == UNDATED else "dated event"
        lines.append(f"- {link(label, relative(run[0].doc, TIMELINE))}: {count:,} {noun}{'s' if count != 1 else ''}"
                     f"{more}")
    return [*lines, ""]


def timeline_pages(b: Briefing) -> Iterator[tuple[str, Lines]]:
    """The pages of a timeline paged by year; none when timeline.md holds it all."""
    for name, run in layout(b).timeline.items():
        for page in run:
            yield page.doc, year_page(b, name, page, run)


def year_page(b: Briefing, name: str, page: Page, run: tuple[Page, ...]) -> Lines:
    doc = page.doc
    head = {BACKGROUND: BACKGROUND_HEAD, UNDATED: UNDATED_HEAD}.get(name, f"Timeline: {name}")
    title = head + (f" (page {page.number} of {page.of})" if page.of > 1 else "")
    intro = {BACKGROUND: BACKGROUND_LEAD, UNDATED: UNDATED_LEAD}.get(name, LEAD)
    lines = [*page_start("timeline", title, f"{head}: {b.title}", intro),
             f"All years are listed on the {link('Timeline', relative(TIMELINE, doc))}.", "", *pager(run, page)]
    if name == UNDATED:
        lines += [*(undated_line(b, e, doc) for e in page.items), ""]
    else:
        cls = "timeline background" if name == BACKGROUND else "timeline"
        lines += [f'<div class="{cls}" markdown>', "", *(entry_line(b, e, doc) for e in page.items), "", "</div>", ""]
    return lines + pager(run, page)


def entry_line(b: Briefing, e: TimelineEntry, doc: str) -> str:
    where = link("in the briefing", item_anchor(b, e.event, doc), "The event in its section")
    words = source_words(e.citation.date) if e.citation.date else f"‘{inert(e.phrase)}’"
    new = f"{NEW} " if e.event.id in b.new else ""
    return (f'- <time datetime="{e.start.isoformat()}">{inert(e.label)}</time> '
            f'<span class="phrase">({words})</span> — {new}{sentence(b, e.event, doc)}'
            f"{timeline_cite(b, e.event, doc, e)} {where}")


def undated_line(b: Briefing, e: Event, doc: str) -> str:
    """An event whose only date is a phrase no calendar day can be given for, with the phrase."""
    return f"- ‘{inert(e.date.date.phrase)}’ — {sentence(b, e, doc)}{timeline_cite(b, e, doc)}"  # type: ignore[union-attr]


def timeline_cite(b: Briefing, e: Event, doc: str, dated: TimelineEntry | None = None) -> str:
    """An event's first citations (the dating sentence's among them), the rest counted with a link to it."""
    first = (dated.citation,) if dated else ()
    return cite(b, e.citations, doc, item_anchor(b, e, doc), lead(e, *first))
