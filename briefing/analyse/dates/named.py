"""Rule handlers for phrases that name the calendar: a day, a month, a season, a part of one, a decade, a range.

Each handler gets a rule's match and the sentence, checks that the words
around it make it a date, and resolves it: with its own year when it has one,
otherwise by the year rules of ``resolve.py``.  It returns None when the match
is not a date after all.
"""

from __future__ import annotations

import re
from datetime import date

from ...model import DateMention, Interval, Precision
from .context import (
    Ctx,
    Hit,
    after_name,
    has_context,
    month_at,
    names_event,
    norm,
    part_key,
    range_words_fit,
)
from .intervals import day_iv, month_iv, nth_weekday, part_of_month, part_of_season, part_of_year, season_iv, year_iv
from .patterns import SHARED_YEAR
from .resolve import NOTE_AMBIGUOUS, NOTE_NO_YEAR, make, occurrence, periodic, programme, safe, since
from .tense import is_future
from .words import DECADE_PARTS, HOLIDAYS, ORDINAL_DAYS, SEASON_PARTS, WEEKDAY_NUM, WEEKDAY_ORDINALS


def iso(m: Hit, ctx: Ctx) -> DateMention | None:
    iv = safe(lambda y: day_iv(y, int(m["m"]), int(m["d"])), int(m["y"]))
    return make(ctx, m.start(), m.end(), "day", iv, False)


def numeric(m: Hit, ctx: Ctx) -> DateMention | None:
    # 13.09.2024 is day-first (European and Russian usage); with slashes the order
    # is only known when one number cannot be a month.
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if m["s"] == "." or a > 12 >= b:
        d, mo = a, b
    elif b > 12 >= a:
        d, mo = b, a
    elif a == b:
        d, mo = a, b
    else:
        return make(ctx, m.start(), m.end(), "day", None, False, NOTE_AMBIGUOUS)
    if not 1 <= mo <= 12:
        return None
    iv = safe(lambda yy: day_iv(yy, mo, d), y)
    return make(ctx, m.start(), m.end(), "day", iv, False) if iv else None


def day_month(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "13 September 2024", "on September 13", "Friday, the 13th of September"."""
    month = month_at(ctx, m, "m")
    if month is None:
        return None
    if m.start() == m.start("m") and after_name(ctx, m.start()):
        return None
    told = m["d"] or "0"
    day = ORDINAL_DAYS[told] if told in ORDINAL_DAYS else int(told)  # "the fifth of August"
    if not 1 <= day <= 31:
        return None
    return periodic(m, ctx, "day", lambda y: day_iv(y, month, day), year=m["y"], rel=m["rel"], det=m["det"])


def weekday_of_month(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "the last Monday of April", "the first Sunday in May 2024": one day, found in the month's calendar."""
    month = month_at(ctx, m, "m")
    if month is None:
        return None
    n, weekday = WEEKDAY_ORDINALS[norm(m["n"])], WEEKDAY_NUM[norm(m["w"])]
    return periodic(m, ctx, "day", lambda y: nth_weekday(y, month, weekday, n), year=m["y"], rel=m["rel"])


def holiday(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "New Year's Day", "the Fourth of July 2025": a holiday on one day of the year, its name capitalised (the
    new year's day is no holiday)."""
    start = m.start("h")
    name = ctx.text[start:start + len(m["h"] or "")]
    if not all(w[0].isupper() for w in name.split() if w.lower() != "of"):
        return None
    month, day = HOLIDAYS[norm(name).replace("’", "'")]
    return periodic(m, ctx, "day", lambda y: day_iv(y, month, day), year=m["y"], rel=m["rel"])


def month_year(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "June 2022", "March of 2022", "July of this year"."""
    month = month_at(ctx, m, "m")
    if month is None or after_name(ctx, m.start()):
        return None
    return periodic(m, ctx, "month", lambda y: month_iv(y, month), year=m["y"], rel=m["rel"])


def bare_month(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "in June", "last June", "the June summit"."""
    month = month_at(ctx, m, "m", full_only=True)
    if month is None or (m["det"] and THE_BEFORE.search(ctx.low, 0, m.start())):
        return None  # "the next March": the first March after the narrative's time, not after the article's
    lead = True
    if not m["det"] and not has_context(ctx, m.start()):
        if not names_event(ctx, m.start(), m.end()):
            return None
        lead = False  # "the June summit": the phrase is the month itself
    # "in June and July 2026": the first month shares the second one's year.
    shared = None if m["det"] else SHARED_YEAR.match(ctx.low, m.end())
    year = shared["y"] if shared and month_at(ctx, shared, "m") else None
    return periodic(m, ctx, "month", lambda y: month_iv(y, month), year=year, det=m["det"], lead=lead)


def part_month(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "in mid-July", "the end of August", "since the beginning of March 2023"."""
    month = month_at(ctx, m, "m")
    part = part_key(m)
    if month is None or part is None:
        return None
    precision = "day" if part in ONE_DAY else "part-of-month"  # "the last day of January" is a day
    mention = periodic(
        m, ctx, precision, lambda y: part_of_month(y, month, part), year=m["y"], rel=m["rel"], det=m["det"]
    )
    return since(m, ctx, mention)


ONE_DAY = frozenset({"first day", "last day"})


def part_year(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "in mid-2023", "the first half of 2023", "since the start of 2024"."""
    part = part_key(m)
    if part is None:
        return None
    mention = make(ctx, m.start(), m.end(), "part-of-year", part_of_year(int(m["y"]), part), False)
    return since(m, ctx, mention)


def quarter(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "Q3 2023", "H1 2024"."""
    y = int(m["y"])
    if m["q"]:
        part = ("first", "second", "third", "fourth")[int(m["q"]) - 1] + " quarter"
    else:
        part = ("first", "second")[int(m["h"]) - 1] + " half"
    return make(ctx, m.start(), m.end(), "part-of-year", part_of_year(y, part), False)


def season(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "in the fall of 2022", "last winter", "winter 2022/23", "in early autumn"."""
    name = m["s"].lower()
    if ctx.text[m.start("s")].isupper() and after_name(ctx, m.start("s")):
        return None  # "the Arab Spring", "Prague Spring of 1968": a name, not a season
    det = m["det"] if m["det"] and norm(m["det"]) != "the" else None
    if not (m["y"] or m["rel"] or det):
        # A bare season word needs a preposition and must not be "the fall of Kabul".
        if m["of"] or not has_context(ctx, m.start()):
            return None
    elif m["of"]:
        return None
    y2 = m["y2"]
    if m["y"] and y2:
        # "winter 2022/23": the second year must follow the first.
        second = int(y2) if len(y2) == 4 else int(m["y"][:2] + y2)
        if second != int(m["y"]) + 1:
            return None
    part = part_key(m)
    if part is None:
        return periodic(m, ctx, "season", lambda y: season_iv(name, y), year=m["y"], rel=m["rel"], det=det)
    offset = SEASON_PARTS[part]
    return periodic(
        m, ctx, "part-of-season", lambda y: part_of_season(name, y, offset), year=m["y"], rel=m["rel"], det=det
    )


def decade(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "the 1990s", "the early 2000s"."""
    start = int(m["dec"])
    lo, hi = DECADE_PARTS[m["part"].lower()] if m["part"] else (0, 9)
    return make(ctx, m.start(), m.end(), "decade", (date(start + lo, 1, 1), date(start + hi, 12, 31)), False)


def bare_year(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "in 2000", "since 2000", "the 2022 election"."""
    iv = year_iv(int(m["y"]))
    if has_context(ctx, m.start()):
        return make(ctx, m.start(), m.end(), "year", iv, False)
    if names_event(ctx, m.start(), m.end()):
        return make(ctx, m.start(), m.end(), "year", iv, False, lead=False)
    if ENTRY_HEAD.match(ctx.text, m.end()) and not ctx.text[:m.start()].strip(" \t*-•"):
        return make(ctx, m.start(), m.end(), "year", iv, False)  # "2021: OceanGate takes its first passengers"
    return None


THE_BEFORE = re.compile(r"\bthe\s+$")


# After a year that opens a sentence: the colon or dash of a timeline's entry.
ENTRY_HEAD = re.compile(r"\s*(?::|\s[\u2013\u2014-])\s")


# --------------------------------------------------------------------------- ranges


def date_range(m: Hit, ctx: Ctx) -> DateMention | None:
    """Ranges: "from 10 to 12 June", "June 10-12, 2024", "between March and May 2023", "2019-2022"."""
    groups = m.groupdict()
    pre = (groups.get("pre") or "").lower()
    if "y1" in groups and "m1" not in groups and "m2" not in groups:
        return _year_range(m, ctx, pre)
    if not range_words_fit(pre, groups["sep"].strip().lower()) and not _next_days(groups):
        return None
    if not pre and after_name(ctx, m.start()):
        return None
    months = {g: month_at(ctx, m, g) for g in ("m1", "m2") if groups.get(g)}
    if not months or None in months.values():
        return None
    m1 = months.get("m1") or months["m2"]
    m2 = months.get("m2") or months["m1"]
    d1 = int(groups["d1"]) if groups.get("d1") else None
    d2 = int(groups["d2"]) if groups.get("d2") else None
    if any(d is not None and not 1 <= d <= 31 for d in (d1, d2)):
        return None
    y1 = int(groups["y1"]) if groups.get("y1") else None
    y2 = int(groups["y2"]) if groups.get("y2") else None
    return _month_range(m, ctx, (m1, d1, y1), (m2, d2, y2))


def _next_days(groups: dict[str, str | None]) -> bool:
    """Two days of one month, one after the other, joined by "and": "set for Aug. 6 and 7" is those two days,
    where "Votes on March 3 and 10" or "in 2019 and 2022" are two times, not one span."""
    d1, d2 = groups.get("d1"), groups.get("d2")
    one_month = not (groups.get("m1") and groups.get("m2"))
    return (groups.get("sep") or "").strip().lower() == "and" and one_month and d1 is not None and d2 is not None \
        and int(d2) == int(d1) + 1


def _month_range(
    m: Hit, ctx: Ctx, first: tuple[int, int | None, int | None], last: tuple[int, int | None, int | None]
) -> DateMention | None:
    """Resolve a range from (month, day, year) to (month, day, year), days and years optional.

    A missing year is taken from the other end (a range running backwards
    crosses New Year), and with none given the range's end follows the year
    rules of a month or day without a year.
    """
    m1, d1, y1 = first
    m2, d2, y2 = last
    precision: Precision = "range"
    ascending = (m1, d1 or 1) <= (m2, d2 or 31)

    def end_iv(y: int) -> Interval | None:
        return day_iv(y, m2, d2) if d2 else month_iv(y, m2)

    relative = False
    if y2 is None and y1 is not None:
        y2 = y1 if ascending else y1 + 1
    if y2 is None:
        relative = True
        if ctx.article is None:
            return make(ctx, m.start(), m.end(), precision, None, True, NOTE_NO_YEAR)
        coming = is_future(ctx, m.start(), m.end()) or programme(end_iv, ctx, m.start(), m.end())
        found = occurrence(end_iv, ctx.article, "future" if coming else "past")
        if found is None:
            return None
        y2 = found[1].year
    if y1 is None:
        y1 = y2 if ascending else y2 - 1
    start = safe(lambda y: day_iv(y, m1, d1) if d1 else month_iv(y, m1), y1)
    end = safe(end_iv, y2)
    if start is None or end is None or start[0] > end[1]:
        return None
    return make(ctx, m.start(), m.end(), precision, (start[0], end[1]), relative)


def _year_range(m: Hit, ctx: Ctx, pre: str) -> DateMention | None:
    sep = m["sep"].strip().lower()
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if m["y2"] else int(m["y1"][:2] + m["yy"])
    if y2 <= y1:
        return None
    if pre in ("in", "for"):
        # "in 2020 and 2021", "budgets for 2012 and 2013": what went on through both; "in 2019 and 2022" are two
        # events of their own
        if sep not in ("-", "–", "—", "/") and (sep != "and" or y2 != y1 + 1):
            return None
    elif not range_words_fit(pre, sep) or (not pre and sep not in ("-", "–", "—", "/")):
        return None
    return make(ctx, m.start(), m.end(), "range", (date(y1, 1, 1), date(y2, 12, 31)), False)
