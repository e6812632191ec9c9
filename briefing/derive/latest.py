"""What is new: when each event was first reported, and the events of the last days (the *Latest* block).

An event is first reported on the earliest date of the articles citing it
(undated articles tell nothing of when). The window is the ``days`` before
the briefing's as-of date, the newest article's, and that date itself: it is
read off the article dates, never the clock, so the same articles give the
same block on any day.
"""

from __future__ import annotations

import datetime as dt

from ..model import Corpus, Latest, Section


def first_reported(sections: list[Section], corpus: Corpus) -> dict[str, dt.date]:
    """Event id -> the date of the earliest dated article that cites it (events no dated article cites: none)."""
    dated = {a.id: a.date for a in corpus.articles if a.date}
    out = {}
    for s in sections:
        for e in s.items:
            dates = [dated[src] for src in e.sources if src in dated]
            if dates:
                out[e.id] = min(dates)
    return out


def latest(sections: list[Section], first: dict[str, dt.date], corpus: Corpus, as_of: dt.date | None,
           days: int) -> Latest | None:
    """The events first reported within ``days`` days before ``as_of`` or on it, newest first; background
    (what the articles recall from before the story) is never news. None when no article carries a date; no
    events when no article is older than the window, as on a briefing's first day: then all would be new."""
    if as_of is None:
        return None
    start = as_of - dt.timedelta(days=days)
    older = any(a.date < start for a in corpus.articles if a.date)
    ordered = [e for s in sections for e in s.items if not e.background and first.get(e.id, dt.date.min) >= start]
    events = sorted(ordered, key=lambda e: first[e.id], reverse=True) if older else []  # stable: page order in a day
    return Latest(days, start, tuple(events), older)
