"""The week of a weekday told without a date, in a narrative that names its days.

Wire copy reads "on Friday" against the article's date: the last Friday up to
it. A feature written days later that walks through a week, naming its first
day in full ("after the market closed on Wednesday, March 8"), then says "By
Thursday evening" and "on Friday": those are the days after the one it named,
not the Thursday and Friday before it was published. ``narrative.narrate``
keeps the last such day as the narrative's week and reads the bare weekdays
after it here; every day read so says so (``origin`` "narrative", ``note``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ...model import DateMention
from .words import FULL_MONTHS, WEEKDAYS

WEEK_DAYS = 6  # the days after the named one that are still its week's
# A day named with its weekday and its date: "Wednesday, March 8", "on Sunday, 12 March", "Tuesday 14 May".
_NAMED = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)}),?\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                    rf"(?:{'|'.join(FULL_MONTHS)})|(?:{'|'.join(FULL_MONTHS)})\.?\s+\d{{1,2}})\b", re.IGNORECASE)


# "last Tuesday", "this Friday", "next Monday": a weekday told from the writer's day, not the narrative's week
TOLD_FROM_NOW = re.compile(r"(?:on\s+)?(?:last|this|next|this\s+past|past|coming)\s", re.IGNORECASE)


def names_its_weekday(m: DateMention | None) -> bool:
    """A day told with both its weekday and its date: the narrative goes day by day from it."""
    return m is not None and m.resolved and m.start_date == m.end_date and _NAMED.search(m.phrase) is not None


def week_after(week: DateMention | None, date: DateMention | None) -> DateMention | None:
    """The narrative's week once ``date`` is told: a day named in full opens one; a later day inside it moves it
    on to that day ("The following Tuesday", then "Thursday" is the Thursday after that Tuesday); a wider date
    inside it keeps it; any other fine date ends it."""
    if names_its_weekday(date):
        return date
    if week is None or date is None or not date.resolved:
        return week
    first = week.start_date
    assert first is not None and date.start_date is not None and date.end_date is not None
    if not (first <= date.start_date and date.end_date <= first + dt.timedelta(days=WEEK_DAYS)):
        return None
    return date if first < date.start_date == date.end_date else week


def in_week(m: DateMention, week: DateMention | None, article_date: dt.date | None) -> DateMention:
    """A bare weekday read against the article's date, read again in the narrative's week when the article
    was written more than a week after the day that opened it."""
    if week is None or article_date is None or m.precision != "weekday" or not m.relative or m.origin \
            or not m.resolved or m.start_date != m.end_date or TOLD_FROM_NOW.match(m.phrase):
        return m
    first = week.start_date
    assert first is not None and m.start_date is not None
    if (article_date - first).days <= WEEK_DAYS + 1:
        return m  # written within the week: the article's date and the narrative read the day alike
    for ahead in range(1, WEEK_DAYS + 1):
        day = first + dt.timedelta(days=ahead)
        if day.weekday() == m.start_date.weekday():
            return dataclasses.replace(m, start_date=day, end_date=day, origin="narrative",
                                       note=f"the {WEEKDAYS[day.weekday()].capitalize()} after ‘{week.phrase}’ "
                                            f"({first.day} {first:%B})")
    return m
