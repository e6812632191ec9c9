"""Rule handlers for phrases that count from the article date: today, last week, two years ago, on Friday.

* **Bare weekday** ("on Friday"): the most recent such day on or before the
  article date (the same day when the article is dated on a Friday); in a
  future-tense clause, the first such day on or after the article date.
  "last Friday" is the most recent one strictly before the article date,
  "next Friday" the first one strictly after it, "this Friday" the one in the
  article's Monday-to-Sunday week.  A weekday name alone ("Friday's vote") is
  not taken: it needs a preposition or last/this/next.
* **Weekday range** ("from Friday through Wednesday", "between Monday and
  Thursday"): at most a week, each day the first after the one before.  In
  the past, it ends on the most recent such end day on or before the article
  date; in a future-tense clause, it starts on the first such start day on or
  after it.
* Phrases that count from another event ("a day earlier", "the following
  year", "two weeks later") are reported but left unresolved.
"""

from __future__ import annotations

import functools
import re
from datetime import timedelta

from ...model import DateMention, Precision
from .attach_lists import irregular_pasts
from .context import Ctx, Hit, next_word, norm, part_key, prev_word, range_words_fit
from .intervals import (
    add_months,
    month_iv,
    nearest_weekday,
    part_of_month,
    part_of_year,
    rolling,
    unit_iv,
    units_ago,
    weekday_near,
    weekend,
)
from .resolve import NOTE_EVENT, NOTE_UNDATED, make, since
from .tense import is_future
from .words import (
    DET_MODE,
    DIRECTION_OFFSETS,
    LEAD_WORDS,
    MONTH_PARTS,
    NUMBER_WORDS,
    REL_DAY_OFFSETS,
    WEEKDAY_NUM,
    YEAR_PARTS,
)

_UNIT_PRECISION: dict[str, Precision] = {"day": "day", "week": "week", "month": "month", "year": "year"}
# Determiners that count from another event ("the previous week", "the same day").
_EVENT_DETERMINERS = ("previous", "following", "same", "preceding")


def _count(word: str) -> int:
    w = norm(word)
    return int(w) if w.isdigit() else NUMBER_WORDS[w]


def part_rel(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "early this year", "the end of last month", "since the beginning of the year"."""
    unit = m["unit"].lower()
    part = part_key(m)
    precision: Precision = "part-of-year" if unit == "year" else "part-of-month"
    if part is None or (unit == "month" and part not in MONTH_PARTS and part != "last week"):
        return None
    if unit == "year" and part not in YEAR_PARTS:
        return None
    det = norm(m["det"])
    if det.startswith("the "):  # "the end of the previous year"
        return make(ctx, m.start(), m.end(), precision, None, True, NOTE_EVENT)
    if ctx.article is None:
        return since(m, ctx, make(ctx, m.start(), m.end(), precision, None, True, NOTE_UNDATED))
    offset = 0 if det == "the" else DIRECTION_OFFSETS[DET_MODE[det]]  # "the end of the year": this one
    a = ctx.article
    if unit == "year":
        iv = part_of_year(a.year + offset, part)
    else:
        first = add_months(a.replace(day=1), offset)
        iv = part_of_month(first.year, first.month, part)
    return since(m, ctx, make(ctx, m.start(), m.end(), precision, iv, True))


def earlier_later(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "earlier this month", "later this year": the article's month or year, as "earlier in the month" is the
    narrative's month; the words place the event no more finely than that."""
    unit = m["unit"].lower()
    if ctx.article is None:
        return make(ctx, m.start(), m.end(), "range", None, True, NOTE_UNDATED)
    return make(ctx, m.start(), m.end(), _UNIT_PRECISION[unit], unit_iv(ctx.article, unit, 0), True)


def _told_done(text: str) -> bool:
    """A verb in the past stands in the sentence (an irregular one as the attachment file lists them)."""
    return _done_pattern().search(text) is not None


@functools.cache
def _done_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:[a-z]{{3,}}ed|{'|'.join(irregular_pasts())})\b")


def rolling_n(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "the past two years", "over the last 3 months", "in the next two weeks"."""
    if next_word(ctx.text, m.end()).lower() == "of":  # "the last two years of his term"
        return None
    n = _count(m["n"])
    unit = m["unit"].lower().rstrip("s")
    if ctx.article is None:
        return make(ctx, m.start(), m.end(), "range", None, True, NOTE_UNDATED)
    forward = m["det"].lower() in ("next", "coming")
    if forward and not is_future(ctx, m.start(), m.end()) and _told_done(ctx.text):
        # "For the next fifteen days, volunteers combed the ravine": told as done, the days after another event
        return make(ctx, m.start(), m.end(), "range", None, True, NOTE_EVENT)
    return make(ctx, m.start(), m.end(), "range", rolling(ctx.article, unit, n, forward), True)


def ago(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "two years ago" (from the article date); "a day earlier" (from another event: unresolved)."""
    n = _count(m["n"])
    unit = m["unit"].lower().rstrip("s")
    if unit == "fortnight":  # "a fortnight ago": two weeks
        unit, n = "week", 2 * n
    if m["dir"].lower() != "ago":
        return make(ctx, m.start(), m.end(), _UNIT_PRECISION.get(unit, "year"), None, True, NOTE_EVENT)
    if ctx.article is None:
        return _units_back(m, ctx, unit, n)
    same = SAME_TIME_OF_DAY.match(ctx.text, m.end()) or SAME_WEEKDAY.match(ctx.text, m.end())
    if same is not None and unit in ("day", "week", "month", "year"):
        # "two weeks ago tonight", "a year ago today": that very day, not the week or the year; "a year ago
        # Saturday", the anniversary idiom, counts back from the Saturday nearest the article's date (an
        # anniversary piece runs the day before the anniversary, on it or the day after)
        wd = same.groupdict().get("wd")
        on = ctx.article if wd is None else nearest_weekday(ctx.article, WEEKDAY_NUM[wd.lower()])
        day = add_months(on, -n * (12 if unit == "year" else 1)) if unit in ("month", "year") \
            else on - timedelta(days=n * (7 if unit == "week" else 1))
        return make(ctx, m.start(), same.end(), "day", (day, day), True)
    period = SAME_PERIOD.match(ctx.text, m.end())
    if period is not None and unit in ("month", "year") and (unit == "year" or period["unit"].lower() == "week"):
        # "a year ago this week", "five years ago this month": that week or that month, so many years before; the
        # week is the days either side of that day (an anniversary piece runs the day before or after it, and
        # the calendar week holding that day may end the day before the event)
        day = add_months(ctx.article, -n * (12 if unit == "year" else 1))
        if period["unit"].lower() == "week":
            return make(ctx, m.start(), period.end(), "week", (day - WEEK_SIDE, day + WEEK_SIDE), True)
        return make(ctx, m.start(), period.end(), "month", month_iv(day.year, day.month), True)
    return _units_back(m, ctx, unit, n)


def units_since(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "It is six days since gunmen stopped the train": what the clause tells happened so many days before the
    article's date, as "six days ago" would say; the count is the time since, so it is told of now."""
    return _units_back(m, ctx, m["unit"].lower().rstrip("s"), _count(m["n"]))


def _units_back(m: Hit, ctx: Ctx, unit: str, n: int) -> DateMention:
    """The ``n`` units before the article's date that phrase ``m`` counts back; unresolved in an undated
    article."""
    precision = _UNIT_PRECISION.get(unit, "year")
    if ctx.article is None:
        return make(ctx, m.start(), m.end(), precision, None, True, NOTE_UNDATED)
    return make(ctx, m.start(), m.end(), precision, units_ago(ctx.article, unit, n), True)


WEEK_SIDE = timedelta(days=3)  # "this week", so many years ago: that day and three days either side
SAME_PERIOD = re.compile(r"\s+this\s+(?P<unit>week|month)\b", re.IGNORECASE)
SAME_TIME_OF_DAY = re.compile(r"\s+(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.IGNORECASE)
SAME_WEEKDAY = re.compile(rf"\s+(?:on\s+)?(?P<wd>{'|'.join(WEEKDAY_NUM)})\b", re.IGNORECASE)


def rel_period(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "last week", "this month", "next year", "the past week", "this weekend", "the previous day"."""
    det = norm(m["det"])
    unit = m["unit"].lower()
    the = m["the"] is not None
    if next_word(ctx.text, m.end()).lower() == "of":  # "the last week of August" is handled elsewhere
        return None
    precision = _UNIT_PRECISION.get(unit, "range")
    event_relative = det in _EVENT_DETERMINERS or (det == "next" and the)
    if det == "next" and the and prev_word(ctx.text, m.start())[0].lower() in ("over", "in", "within", "during"):
        event_relative = False  # "over the next year": forward from the article date
    if unit == "day" and not event_relative:
        return None
    if event_relative:
        return make(ctx, m.start(), m.end(), precision, None, True, NOTE_EVENT)
    is_rolling = (the and det in ("past", "last", "next", "coming")) or (det == "this past" and unit != "weekend")
    if unit == "decade" and not is_rolling:
        return None
    if ctx.article is None:
        return make(ctx, m.start(), m.end(), "range" if is_rolling else precision, None, True, NOTE_UNDATED)
    a = ctx.article
    if is_rolling:
        forward = det in ("next", "coming")
        return make(ctx, m.start(), m.end(), "range", rolling(a, unit, 1, forward), True)
    offset = DIRECTION_OFFSETS[DET_MODE[det]]
    if unit == "weekend":
        # "this weekend" is the article week's Saturday-Sunday; "last weekend" the latest
        # one over before the article date; "next weekend" the first one starting after it.
        return make(ctx, m.start(), m.end(), "range", weekend(a, offset), True)
    return make(ctx, m.start(), m.end(), precision, unit_iv(a, unit, offset), True)


def day_of_rel_month(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "on the 13th of last month", "the 2nd of this month": a day of the month before, of, or after the article's."""
    n = int(m["d"])
    if ctx.article is None:
        return make(ctx, m.start(), m.end(), "day", None, True, NOTE_UNDATED)
    first = add_months(ctx.article.replace(day=1), DIRECTION_OFFSETS[DET_MODE[norm(m["det"])]])
    if not 1 <= n <= month_iv(first.year, first.month)[1].day:
        return None
    d = first.replace(day=n)
    return make(ctx, m.start(), m.end(), "day", (d, d), True)


def the_weekend(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "over the weekend", "at the weekend": the one just gone (or under way) when told as done, the coming one
    (or this one) when told as to come."""
    if next_word(ctx.text, m.end()).lower() == "of":  # "the weekend of 12-13 March" names its days itself
        return None
    if ctx.article is None:
        return make(ctx, m.start(), m.end(), "range", None, True, NOTE_UNDATED)
    a = ctx.article
    if is_future(ctx, m.start(), m.end()):
        return make(ctx, m.start(), m.end(), "range", weekend(a, 0 if a.weekday() < 6 else 1), True)
    return make(ctx, m.start(), m.end(), "range", weekend(a, 0 if a.weekday() >= 5 else -1), True)


_ANNIVERSARY = re.compile(r",?\s+(?:in|of)\s+(?:19|20)\d\d\b")


def rel_day(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "today", "yesterday", "last night", "the day after tomorrow" (``data/relative.yml``)."""
    word = m.group()
    if ctx.text[m.start()] == "T" and m.start() > 0 and word == "today":
        prev, _ = prev_word(ctx.text, m.start())
        if prev and prev[0].isupper():  # "USA Today", "Russia Today": a name
            return None
    if word.lower().endswith("date") and _ANNIVERSARY.match(ctx.text, m.end()):
        return None  # "on this date in 1945": the same day of another year
    if ctx.article is None:
        return make(ctx, m.start(), m.end(), "day", None, True, NOTE_UNDATED)
    d = ctx.article + timedelta(days=REL_DAY_OFFSETS[norm(word)])
    return make(ctx, m.start(), m.end(), "day", (d, d), True)


def event_day(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "the day before", "the day after": counted from another event."""
    return make(ctx, m.start(), m.end(), "day", None, True, NOTE_EVENT)


def weekday(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "on Friday", "last Friday", "next Friday", "this Friday", "on Wednesday night"."""
    det = norm(m["det"])
    if not det:
        word, at = prev_word(ctx.text, m.start())
        if word.lower() not in LEAD_WORDS | {"early", "late"} \
                and not (word.lower() == "of" and prev_word(ctx.text, at)[0].lower() == "as"):
            return None  # "Friday's vote", "Black Friday": no date without a preposition ("as of Friday" is one)
    if ctx.article is None:
        return make(ctx, m.start(), m.end(), "weekday", None, True, NOTE_UNDATED)
    if det:
        mode = DET_MODE[det]
    else:
        mode = "future" if is_future(ctx, m.start(), m.end(), programme=True) else "past"
    d = weekday_near(ctx.article, WEEKDAY_NUM[m["w"].lower()], mode)
    return make(ctx, m.start(), m.end(), "weekday", (d, d), True)


def weekday_of_week(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "Wednesday last week", "on Tuesday of next week", "Monday this week": that weekday of that week."""
    if ctx.article is None:
        return make(ctx, m.start(), m.end(), "weekday", None, True, NOTE_UNDATED)
    monday, _ = unit_iv(ctx.article, "week", DIRECTION_OFFSETS[DET_MODE[norm(m["det"])]])
    d = monday + timedelta(days=WEEKDAY_NUM[m["w"].lower()])
    return make(ctx, m.start(), m.end(), "weekday", (d, d), True)


def weekday_range(m: Hit, ctx: Ctx) -> DateMention | None:
    """ "from Friday through Wednesday", "between Monday and Thursday": the days from one to the other."""
    if not range_words_fit(norm(m["pre"]), norm(m["sep"])):
        return None
    if ctx.article is None:
        return make(ctx, m.start(), m.end(), "range", None, True, NOTE_UNDATED)
    first, last = WEEKDAY_NUM[m["w1"].lower()], WEEKDAY_NUM[m["w2"].lower()]
    length = timedelta(days=(last - first) % 7 or 7)
    if is_future(ctx, m.start(), m.end()):
        start = weekday_near(ctx.article, first, "future")
        return make(ctx, m.start(), m.end(), "range", (start, start + length), True)
    end = weekday_near(ctx.article, last, "past")
    return make(ctx, m.start(), m.end(), "range", (end - length, end), True)
