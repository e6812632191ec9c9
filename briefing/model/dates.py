"""A date phrase of a sentence and the calendar span it names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from .pickling import pickled_by_fields

Precision = Literal[
    "day",
    "weekday",
    "week",
    "part-of-month",
    "month",
    "part-of-season",
    "season",
    "part-of-year",
    "year",
    "decade",
    "range",
]

Interval = tuple[date, date]


# Coverage of one story does not fall silent for half a year: a longer silence parts the story's own run of
# dates from what came before it (where its span starts; which run of articles its coverage is).
STORY_SILENCE = timedelta(days=183)

@pickled_by_fields
@dataclass(frozen=True, slots=True)
class DateMention:
    """One date phrase of a sentence and the interval it names.

    ``sentence[start:end] == phrase`` holds, except for a date taken from
    the context (``origin`` "context"), whose phrase is the other sentence's.
    ``start_date`` and ``end_date`` are both set or both None; ``note`` says
    why in plain words when they are None, and where the date comes from
    when it is not the phrase read against the article's date.
    """

    phrase: str
    start: int
    end: int
    precision: Precision
    start_date: date | None
    end_date: date | None
    relative: bool  # resolution needed (or would need) the article date
    note: str
    # Where the date comes from, when not from the sentence's own words read against the article's date:
    # "narrative" (counted from the last date the article set: "the following day"), "context" (the
    # sentence before dates the event it continues; ``phrase`` is that sentence's and start == end == 0),
    # "article" (the year comes from the article's own full dates), "copy" (the original article's date),
    # "corroboration" (the year comes from another article reporting the same event), "live" (a live page's
    # entry told as happening: the page's day, too weak to tell events apart by), "reports" (an
    # event's date: the span its reports' differing dates cover; ``phrase`` is empty, ``note`` names them).
    origin: str = ""

    @property
    def resolved(self) -> bool:
        """The phrase names a known span of the calendar."""
        return self.start_date is not None and self.end_date is not None

    @property
    def span(self) -> Interval:
        """(start, end) of a resolved mention."""
        assert self.start_date is not None and self.end_date is not None, "an unresolved date has no span"
        return (self.start_date, self.end_date)


def is_resolved(d: DateMention | None) -> bool:
    """There is a date, and it is resolved: the one question every stage asks of a date."""
    return d is not None and d.resolved
