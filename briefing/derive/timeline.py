"""The timeline: every resolved dated statement, in calendar order."""

from __future__ import annotations

from ..analyse.dates import format_date
from ..model import Citation, Event, Section, TimelineEntry, is_resolved


def build_timeline(sections: list[Section], unplaced: list[Citation]) -> list[TimelineEntry]:
    """Every resolved dated statement in order: section items, then dated other reporting."""
    entries = [_entry(item.date, item) for s in sections for item in s.items
               if item.date and is_resolved(item.date.date)]
    entries += [_entry(c, None) for c in unplaced if is_resolved(c.date)]
    return sorted(entries, key=lambda e: (e.start, e.end, e.citation.source, e.citation.sentence))


def _entry(c: Citation, item: Event | None) -> TimelineEntry:
    d = c.date
    assert d is not None and d.start_date is not None and d.end_date is not None
    return TimelineEntry(d.start_date, d.end_date, d.precision, format_date(d), d.phrase, item, c)
