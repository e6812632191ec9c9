"""Background: what the articles recall from before the story began (an old treaty, the year a bridge opened).

The story's span is read off its own events: going back from the latest
dated event, it runs on while one event follows another within ``SILENCE``;
the first longer silence is where the story begins. Coverage of a 2024
trade dispute reaches back to a 2013 dispute and its settlement; each lies
across a gap of years, so each is background. Background
events stay in their sections and on the timeline, apart, and are never key
points.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence

from ..model import STORY_SILENCE as SILENCE
from ..model import Event, Section

WIDEST = dt.timedelta(days=92)  # dates vaguer than a season ("in 2022", "in the 1990s") place nothing
NEWS = dt.timedelta(days=10)  # what an article reports this soon before its own date is its news


def story_start(sections: Sequence[Section], as_of: dt.date | None = None,
                published: Mapping[str, dt.date | None] | None = None) -> dt.date | None:
    """The first day of the story: the start of the last run of events without a half-year silence, or the
    first event an article reports as news, if earlier.

    Only what has happened counts: an event dated after ``as_of`` (the newest
    article's date) is a plan ("the new span should open in 2028"), and a
    plan far ahead would otherwise make every event so far background. A story
    may fall silent for a year and come back (a disaster, then the lawsuits and
    the hearings): what an article of ``published`` (article id -> its date)
    reports within ``NEWS`` of its own date is the story, however long ago.
    """
    ends = sorted({d.end_date for s in sections for e in s.items if (d := _date(e)) is not None
                   and (as_of is None or d.start_date <= as_of)})
    if not ends:
        return None
    start = ends[-1]
    for day in reversed(ends[:-1]):
        if start - day > SILENCE:
            break
        start = day
    news = [d.end_date for s in sections for e in s.items if (d := _date(e)) is not None
            and _told_as_news(e, d.end_date, published or {})]
    return min([start, *news])


def _told_as_news(e: Event, day: dt.date, published: Mapping[str, dt.date | None]) -> bool:
    """Some article citing the event is dated at most ``NEWS`` after it (and not before it)."""
    return any((p := published.get(c.source)) is not None and dt.timedelta(0) <= p - day <= NEWS
               for c in e.citations)


def with_background(sections: Sequence[Section], start: dt.date | None) -> list[Section]:
    """The sections with every event that ended before ``start`` marked as background."""
    if start is None:
        return list(sections)
    return [dataclasses.replace(s, items=tuple(_marked(e, start) for e in s.items)) for s in sections]


def _marked(e: Event, start: dt.date) -> Event:
    d = e.date.date if e.date else None
    before = d is not None and d.resolved and d.end_date < start  # type: ignore[operator]
    return dataclasses.replace(e, background=True) if before else e


def _date(e: Event):  # noqa: ANN202 - a resolved DateMention or None
    d = e.date.date if e.date else None
    if d is None or not d.resolved or d.end_date - d.start_date > WIDEST:  # type: ignore[operator]
        return None
    return d
