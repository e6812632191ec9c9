"""The timeline: each event with a resolved date once, by the sentence that dates it, in calendar order.

Only the events of the sections: other reporting (and with it every article
on another story) has no place on it. Background events are entries like
any other, marked as such by their event, for the page to show apart.
"""

from __future__ import annotations

from ..analyse.dates import format_date
from ..model import Citation, Event, Section, TimelineEntry, is_resolved


def build_timeline(sections: list[Section]) -> list[TimelineEntry]:
    entries = [_entry(e.date, e) for s in sections for e in s.items if e.date and is_resolved(e.date.date)]
    return sorted(entries, key=lambda t: (t.start, t.end, t.citation.source, t.citation.sentence))


def _entry(c: Citation, event: Event) -> TimelineEntry:
    d = c.date
    assert d is not None and d.start_date is not None and d.end_date is not None
    return TimelineEntry(d.start_date, d.end_date, d.precision, format_date(d), d.phrase, event, c)
