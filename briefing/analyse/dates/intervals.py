"""Calendar arithmetic: the inclusive interval a month, a part, a season or a week names.

Pure functions of dates, with no sentence in sight; the handlers decide which
year or reference date to feed them.

* **Parts of a month**: early = days 1-10, mid = 11-20, late = 21-end; "the
  beginning/start", "middle" and "end of" map to early, mid and late; first
  half = 1-15, second half = 16-end.  **Parts of a year**: early = Jan-Apr,
  mid = May-Aug, late = Sep-Dec, halves and quarters as usual.  (The tables
  are ``data/parts.yml``.)
* **Seasons** are northern-hemisphere meteorological: spring Mar-May, summer
  Jun-Aug, fall/autumn Sep-Nov, winter Dec-Feb; "winter 2022" is Dec 2022 -
  Feb 2023.
* **Weeks** run Monday to Sunday ("last week" is the whole previous week);
  "the past week/month/year" is the rolling span ending on the article date.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from ...model import Interval
from .words import MONTH_PARTS, SEASON_FIRST_MONTH, YEAR_PARTS

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def last_day(y: int, m: int) -> int:
    return 29 if m == 2 and calendar.isleap(y) else _DAYS_IN_MONTH[m]


def month_iv(y: int, m: int) -> Interval:
    return date(y, m, 1), date(y, m, last_day(y, m))


def day_iv(y: int, m: int, d: int) -> Interval | None:
    if d > last_day(y, m):
        return None
    return date(y, m, d), date(y, m, d)


def nth_weekday(y: int, m: int, weekday: int, n: int) -> Interval | None:
    """The ``n``-th day of one weekday (0 is Monday) in a month, counted from its end when ``n`` is negative:
    "the last Monday of April 2024" is 29 April. None when the month has no such day (a fifth Monday)."""
    days = [d for d in range(1, last_day(y, m) + 1) if date(y, m, d).weekday() == weekday]
    if not -len(days) <= n <= len(days) or n == 0:
        return None
    day = days[n - 1] if n > 0 else days[n]
    return date(y, m, day), date(y, m, day)


def year_iv(y: int) -> Interval:
    return date(y, 1, 1), date(y, 12, 31)


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    y, m = divmod(k, 12)
    return date(y, m + 1, min(d.day, last_day(y, m + 1)))


def season_iv(season: str, y: int) -> Interval:
    first = SEASON_FIRST_MONTH[season]
    end = add_months(date(y, first, 1), 2)
    return date(y, first, 1), date(end.year, end.month, last_day(end.year, end.month))


def part_of_month(y: int, m: int, part: str) -> Interval:
    last = last_day(y, m)
    if part == "last week":
        return date(y, m, last - 6), date(y, m, last)
    if part in ("first day", "last day"):
        day = 1 if part == "first day" else last
        return date(y, m, day), date(y, m, day)
    lo, hi = MONTH_PARTS[part]
    return date(y, m, lo), date(y, m, min(hi, last))


def part_of_year(y: int, part: str) -> Interval:
    lo, hi = YEAR_PARTS[part]
    return date(y, lo, 1), date(y, hi, last_day(y, hi))


def part_of_season(season: str, y: int, offset: int) -> Interval:
    """The month ``offset`` months into the season starting in year y (early autumn: September)."""
    first = add_months(season_iv(season, y)[0], offset)
    return month_iv(first.year, first.month)


def week_of(d: date) -> Interval:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def unit_iv(a: date, unit: str, offset: int) -> Interval:
    """The calendar week/month/year containing a, shifted by offset units."""
    if unit == "week":
        mon, sun = week_of(a + timedelta(weeks=offset))
        return mon, sun
    if unit == "month":
        first = add_months(a.replace(day=1), offset)
        return month_iv(first.year, first.month)
    return year_iv(a.year + offset)


def units_ago(a: date, unit: str, n: int) -> Interval:
    """The day, week, month, year or decade's year n units before a ("two years ago" is that whole year)."""
    if unit == "day":
        d = a - timedelta(days=n)
        return d, d
    if unit == "week":
        return week_of(a - timedelta(weeks=n))
    if unit == "month":
        first = add_months(a.replace(day=1), -n)
        return month_iv(first.year, first.month)
    return year_iv(a.year - n * (10 if unit == "decade" else 1))


def rolling(a: date, unit: str, n: int, forward: bool) -> Interval:
    """The span of n units ending (or starting) on the reference date a."""
    sign = 1 if forward else -1
    if unit == "day":
        other = a + timedelta(days=sign * n)
    elif unit == "week":
        other = a + timedelta(weeks=sign * n)
    elif unit == "month":
        other = add_months(a, sign * n)
    elif unit == "year":
        other = add_months(a, sign * 12 * n)
    else:  # decade
        other = add_months(a, sign * 120 * n)
    return (a, other) if forward else (other, a)


def weekend(a: date, offset: int) -> Interval:
    """The Saturday-Sunday meant relative to a.

    offset 0 is a's own week's weekend; -1 the latest one over before a; 1 the
    first one starting after a.
    """
    sat = week_of(a)[0] + timedelta(days=5)
    if offset < 0:
        while sat + timedelta(days=1) >= a:
            sat -= timedelta(weeks=1)
    elif offset > 0:
        while sat <= a:
            sat += timedelta(weeks=1)
    return sat, sat + timedelta(days=1)


def weekday_near(a: date, wd: int, mode: str) -> date:
    """The weekday wd (0 = Monday) meant relative to a.

    mode "last": the most recent one strictly before a; "next": the first one
    strictly after a; "this": the one in a's Monday-to-Sunday week; "future":
    the first one on or after a; "past": the most recent one on or before a.
    """
    if mode == "last":
        return a - timedelta(days=(a.weekday() - wd) % 7 or 7)
    if mode == "next":
        return a + timedelta(days=(wd - a.weekday()) % 7 or 7)
    if mode == "this":
        return week_of(a)[0] + timedelta(days=wd)
    if mode == "future":
        return a + timedelta(days=(wd - a.weekday()) % 7)
    return a - timedelta(days=(a.weekday() - wd) % 7)


def nearest_weekday(a: date, wd: int) -> date:
    """The weekday wd (0 = Monday) nearest to a, before or after it: a itself, or within three days either side
    (a week has seven days, so there is never a tie)."""
    ahead = (wd - a.weekday()) % 7
    return a + timedelta(days=ahead if ahead <= 3 else ahead - 7)
