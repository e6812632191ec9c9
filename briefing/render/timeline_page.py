"""The Timeline page: every dated statement, oldest first, and the dates that cannot be resolved."""

from __future__ import annotations

from itertools import groupby

from ..model import Briefing, Citation, Event
from .markup import inert, link
from .widgets import TIMELINE, Lines, cite, item_anchor, lead, page_start


def render_timeline(b: Briefing) -> Lines:
    lines = page_start("timeline", "Timeline", f"Timeline: {b.title}",
                       "Every dated statement, oldest first. The date is resolved from the article's "
                       "own words, shown in brackets, against the article's date.")
    if not b.timeline:
        return [*lines, "No article gives a date that can be resolved.", ""]
    lines += ['<div class="timeline" markdown>', ""]
    for year, entries in groupby(b.timeline, key=lambda e: e.start.year):
        lines += [f"## {year}", ""]
        for e in entries:
            text = e.item.text if e.item else " ".join(e.citation.text.split())
            where = (f" {link('in the briefing', item_anchor(e.item, TIMELINE), 'The statement in its section')}"
                     if e.item else " *(other reporting)*")
            note = f"; {inert(e.citation.date.note)}" if e.citation.date and e.citation.date.note else ""
            lines.append(f'- <time datetime="{e.start.isoformat()}">{inert(e.label)}</time> '
                         f'<span class="phrase">(‘{inert(e.phrase)}’{note})</span> — {inert(text)}'
                         f"{timeline_cite(b, e.item, e.citation)}{where}")
        lines.append("")
    lines += ["</div>", ""]
    undated = [i for s in b.sections for i in s.items if i.date and i.date.date and i.date.date.start_date is None]
    if undated:
        lines += ["## Dates that cannot be resolved", "",
                  "These statements give a date relative to an article that carries none.", ""]
        lines += [f"- ‘{inert(i.date.date.phrase)}’ — {inert(i.text)}{timeline_cite(b, i, None)}"  # type: ignore[union-attr]
                  for i in undated]
        lines.append("")
    return lines


def timeline_cite(b: Briefing, item: Event | None, dated_by: Citation | None) -> str:
    """A statement's first citations (the dating sentence's among them), the rest counted with a link to it.

    A dated sentence of other reporting cites itself.
    """
    if item is None:
        assert dated_by is not None
        return cite(b, [dated_by], TIMELINE)
    first = (dated_by,) if dated_by else ()
    return cite(b, item.citations, TIMELINE, item_anchor(item, TIMELINE), lead(item, *first))
