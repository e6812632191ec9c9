"""A time of day told without a date ("At 2:52 p.m., the fire rekindled"): the narrative's day, or the next.

A narrative told hour by hour gives its day once ("just before 10:30 p.m. on
December 3") and then only times ("Just after 1 a.m., the deputies voted"):
each is the narrative's day, or the day after once the clock has gone round
past midnight. A day on which something was said ("in a statement issued
late Sunday") lends no time of day: the times after it are of what was said.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...model import DateMention
from .attach import attached, names_a_report
from .clock import CLOCK as TIME_OF_DAY
from .clock import clock_minutes
from .live import CLOCK
from .pick import is_reporting_date

HALF_DAY = 12 * 60  # minutes: a time of day this much before the last one told is the next day's


def time_told(text: str) -> int | None:
    """The time of day a sentence tells of its own event ("At 2:52 p.m., ..."), in minutes after midnight; not a
    live entry's stamp, nor one of another event's clause."""
    if CLOCK.match(text):
        return None
    for m in TIME_OF_DAY.finditer(text):
        if attached(text, DateMention(m.group(), m.start(), m.end(), "day", None, None, True, "")):
            return clock_minutes(m, text)
    return None


def a_telling(date: DateMention | None, text: str) -> bool:
    """The sentence's date is the day something was said or issued ("the railroad said Saturday", "in a
    statement issued late Sunday"), in its own words."""
    return date is not None and bool(date.phrase) and date.origin == "" \
        and (is_reporting_date(date, text) or names_a_report(text, date))


def at_time_of_day(text: str, anchor: DateMention, clock: int | None) -> DateMention | None:
    """A sentence telling only a time of day ("Just after 1 a.m., the deputies voted") goes on in the narrative's
    day, or the next one when the time is half a day or more before the last one told (past midnight: "at 10:27
    p.m." then "just after 1 a.m.")."""
    if anchor.start_date is None or anchor.start_date != anchor.end_date:
        return None
    when = time_told(text)
    if when is None:
        return None
    day, past = anchor.start_date, clock is not None and clock - when >= HALF_DAY
    if past:
        day += dt.timedelta(days=1)
    words = f"‘{anchor.phrase}’" if anchor.phrase else "the article's date"
    return DateMention(anchor.phrase, 0, 0, "day", day, day, True,
                       f"the narrative's day, {words}{', past midnight' if past else ''}", "narrative")


@dataclass(frozen=True)
class Clock:
    """Where the narrative's clock stands: the time of day it last told on its day, in minutes after midnight,
    and whether that day is one on which something was said ("the utility said on Sunday"), not done."""

    time: int | None = None
    telling: bool = False

    def date_for(self, text: str, anchor: DateMention | None) -> DateMention | None:
        """The date of a sentence telling a past action with only a time of day, on the narrative's day."""
        return None if anchor is None or self.telling else at_time_of_day(text, anchor, self.time)

    def moved(self, text: str, date: DateMention, anchor: DateMention | None) -> Clock:
        """The clock once a sentence has set the narrative's day to ``date``: its time of day, or the last one
        told while the narrative stays on its day ("Minutes later, ...")."""
        time = time_told(text) if date.start_date == date.end_date else None
        if time is None and anchor is not None and anchor.span == date.span:
            time = self.time
        return Clock(time, a_telling(date, text))
