"""The Timeline page: each dated event once, oldest first; what came before the story apart; unresolved dates."""

from __future__ import annotations

from itertools import groupby

from ..model import Briefing, Event, TimelineEntry
from .events import sentence
from .markup import inert, link
from .widgets import NEW, TIMELINE, Lines, cite, item_anchor, lead, page_start, source_words


def render_timeline(b: Briefing) -> Lines:
    lines = page_start("timeline", "Timeline", f"Timeline: {b.title}",
                       "Each dated event once, oldest first, with every article that reports it. The date is "
                       "resolved from the article's own words, shown in brackets, against the article's date. "
                       "Events from before the story began are listed apart, after it.")
    story = [e for e in b.timeline if not e.event.background]
    background = [e for e in b.timeline if e.event.background]
    if not b.timeline:
        lines += ["No article gives a date that can be resolved.", ""]
    if story:
        lines += ['<div class="timeline" markdown>', ""]
        for year, entries in groupby(story, key=lambda e: e.start.year):
            lines += [f"## {year}", "", *(entry_line(b, e) for e in entries), ""]
        lines += ["</div>", ""]
    if background:
        lines += ["## Background: before the story began", "",
                  "Earlier events the articles recall, oldest first. They are not part of the story's own "
                  "course and are never key points.", "",
                  '<div class="timeline background" markdown>', "", *(entry_line(b, e) for e in background), "",
                  "</div>", ""]
    return lines + unresolved(b)


def entry_line(b: Briefing, e: TimelineEntry) -> str:
    where = link("in the briefing", item_anchor(e.event, TIMELINE), "The event in its section")
    words = source_words(e.citation.date) if e.citation.date else f"‘{inert(e.phrase)}’"
    new = f"{NEW} " if e.event.id in b.new else ""
    return (f'- <time datetime="{e.start.isoformat()}">{inert(e.label)}</time> '
            f'<span class="phrase">({words})</span> — {new}{sentence(b, e.event, TIMELINE)}'
            f"{timeline_cite(b, e.event, e)} {where}")


def unresolved(b: Briefing) -> list[str]:
    """Events whose only date is a phrase that cannot be placed on the calendar (no article date to read it by)."""
    undated = [e for s in b.sections for e in s.items if e.date and e.date.date and e.date.date.start_date is None]
    if not undated:
        return []
    return ["## Dates that cannot be resolved", "",
            "These events give a date relative to an article that carries none.", "",
            *(f"- ‘{inert(e.date.date.phrase)}’ — {sentence(b, e, TIMELINE)}{timeline_cite(b, e)}"  # type: ignore[union-attr]
              for e in undated), ""]


def timeline_cite(b: Briefing, e: Event, dated: TimelineEntry | None = None) -> str:
    """An event's first citations (the dating sentence's among them), the rest counted with a link to it."""
    first = (dated.citation,) if dated else ()
    return cite(b, e.citations, TIMELINE, item_anchor(e, TIMELINE), lead(e, *first))
