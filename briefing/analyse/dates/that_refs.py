"""What a narrative phrase with "that" points back to: "That September" to the year the sentence before named, "That
Saturday" to the day the narrative told, unless a wider time was named since.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ...model import DateMention
from .resolve import NOTE_EVENT
from .words import FULL_MONTHS, WEEKDAYS
from .years import WEEK

FINE = dt.timedelta(days=7)  # a date at most this wide can anchor the narrative
THAT_WEEKDAY = re.compile(rf"\bthat\s+(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)


def year_named(text: str, found: list[list[DateMention]], i: int, broad: DateMention | None) -> DateMention | None:
    """What "That September" counts from: the last year the sentence before named, whoever's ("the strongest on
    the island since 1999. That September, ..."), else the narrative's last date at most a year wide."""
    if i == 0 or THAT_MONTH.search(text) is None:
        return broad
    years = [m for m in found[i - 1] if m.resolved and m.precision == "year"
             and m.start_date.year == m.end_date.year]  # type: ignore[union-attr]
    return years[-1] if years else broad


THAT_MONTH = re.compile(rf"\bthat\s+(?-i:{'|'.join(m.capitalize() for m in FULL_MONTHS)})\b", re.IGNORECASE)


def vague(date: DateMention | None, found: list[list[DateMention]], dates: list[DateMention | None],
          anchor: DateMention | None) -> DateMention | None:
    """ "That Saturday afternoon", counted from the narrative's day, after a sentence with no date of its own that
    named a wider time without that day ("what happened at the centre in April"): a Saturday of that time, which
    the words do not pin down."""
    if date is None or date.origin != "narrative" or anchor is None or not THAT_WEEKDAY.match(date.phrase):
        return date
    for k in range(len(dates) - 1, -1, -1):
        if dates[k] is not None:
            break
        if any(m.resolved and m.end_date - m.start_date > FINE  # type: ignore[operator]
               and not m.start_date <= anchor.start_date <= m.end_date for m in found[k]):  # type: ignore[operator]
            return dataclasses.replace(date, start_date=None, end_date=None, note=NOTE_EVENT, origin="")
    return date


def looked_back(date: DateMention | None, plans: bool, article_date: dt.date | None) -> DateMention | None:
    """ "At that Wednesday news conference", in a Thursday's article whose narrative last told the Thursday: the
    Wednesday after it is still to come, and the sentence plans nothing, so "that Wednesday" is the one before,
    the Wednesday the article told of already."""
    if date is None or date.origin != "narrative" or not date.resolved or article_date is None or plans \
            or not THAT_WEEKDAY.search(date.phrase) or date.start_date <= article_date:  # type: ignore[operator]
        return date
    back = date.start_date - WEEK  # type: ignore[operator]
    if back > article_date:
        return date
    return dataclasses.replace(date, start_date=back, end_date=back,
                               note=f"{date.note}: the {WEEKDAYS[back.weekday()].capitalize()} before it, as the one "
                                    "after is still to come")
