"""Resolving a phrase against the article date, and the mention a handler hands back.

Rules, chosen because news reports the past and must not guess:

* **Month or day without a year** ("in June", "on September 13") takes the
  article's year; if that would put its start more than 7 days after the
  article date it is the previous year instead.  When the clause is in the
  future tense ("will meet in October", "is due to vote on Friday") the next
  occurrence on or after the article date is taken instead.
* **this / last / next + month or season**: "this June" is June of the
  article's year (for winter, the winter the article date falls in, else the
  one starting in December of the article's year); "last June" is the most
  recent June that ended before the article date; "next June" is the first
  one that starts after it.
* "since the beginning/start of the year" (or of a month, or of 2024) is the
  range from that start to the article date.  Any other "since X" names X
  itself ("since 2000" is the year 2000); ``best_date`` knows that such an
  anchor does not date the sentence's event.
* **Undated article** (``article_date is None``): anything with an explicit
  year still resolves; everything else comes back with ``start_date`` and
  ``end_date`` None and a short note.  Nothing is guessed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from ...model import DateMention, Interval, Precision
from .context import Ctx, Hit, lead_start, norm, prev_word
from .tense import day_set, is_future
from .words import DET_MODE, DIRECTION_OFFSETS

# Short plain-word reasons for an unresolved mention.
NOTE_UNDATED = "relative date in an undated article"
NOTE_NO_YEAR = "no year given in an undated article"
NOTE_EVENT = "counted from another event, not from the article date"
NOTE_INVALID = "no such calendar date"
NOTE_OPEN = "runs up to the article date, which is unknown"
NOTE_AMBIGUOUS = "day and month order is ambiguous"

# A month or day more than this far after the article date is taken to be last
# year's: news reports what happened, and a few days' slack keeps announcements
# of the coming days in the current year.
FEW_DAYS = timedelta(days=7)

# A day told in a programme's present is the coming one only this soon after the article date.
PROGRAMME_AHEAD = timedelta(days=92)

YearFn = Callable[[int], "Interval | None"]


def make(
    ctx: Ctx,
    start: int,
    end: int,
    precision: Precision,
    iv: Interval | None,
    relative: bool,
    note: str = "",
    *,
    lead: bool = True,
) -> DateMention:
    """The mention of ctx.text[start:end] (taking in a leading preposition unless lead is False).

    With no interval it is unresolved, and note says why (by default: no such calendar date).
    """
    if lead:
        start = lead_start(ctx.text, start)
    if iv is None:
        return DateMention(ctx.text[start:end], start, end, precision, None, None, relative, note or NOTE_INVALID)
    return DateMention(ctx.text[start:end], start, end, precision, iv[0], iv[1], relative, "")


def safe(fn: YearFn, y: int) -> Interval | None:
    try:
        return fn(y)
    except ValueError:  # e.g. 29 February in a common year
        return None


def occurrence(fn: YearFn, article: date, mode: str) -> Interval | None:
    """The occurrence of a yearly interval (a month, a season, a day) meant relative to the article date.

    mode: "this", "last", "next", "past" (no year given, past tense),
    "future" (no year given, future tense) or "nearest" (a day set for
    something); see the module docstring.
    """
    y = article.year
    if mode == "this":
        for k in (y - 1, y):
            iv = safe(fn, k)
            if iv and iv[0] <= article <= iv[1]:
                return iv
        return safe(fn, y)
    if mode == "last":
        for k in range(y, y - 6, -1):
            iv = safe(fn, k)
            if iv and iv[1] < article:
                return iv
        return None
    if mode == "next":
        for k in range(y - 1, y + 6):
            iv = safe(fn, k)
            if iv and iv[0] > article:
                return iv
        return None
    if mode == "nearest":
        near = [iv for k in (y - 1, y, y + 1) if (iv := safe(fn, k))]
        return min(near, key=lambda iv: abs((iv[0] - article).days), default=None)
    if mode == "future":
        for k in range(y, y + 6):
            iv = safe(fn, k)
            if iv and iv[1] >= article:
                return iv
        return None
    for k in range(y, y - 6, -1):  # "past"
        iv = safe(fn, k)
        if iv and iv[0] <= article + FEW_DAYS:
            return iv
    return None


def periodic(
    m: Hit,
    ctx: Ctx,
    precision: Precision,
    fn: YearFn,
    *,
    year: str | None = None,
    rel: str | None = None,
    det: str | None = None,
    lead: bool = True,
) -> DateMention:
    """Resolve a yearly interval given an explicit year, "of this/last year", last/this/next, or nothing."""
    start, end = m.start(), m.end()
    if year:
        return make(ctx, start, end, precision, safe(fn, int(year)), False, lead=lead)
    if rel:
        r = norm(rel)
        if r.startswith("the"):  # "the same year", "the previous year"
            return make(ctx, start, end, precision, None, True, NOTE_EVENT, lead=lead)
        if ctx.article is None:
            return make(ctx, start, end, precision, None, True, NOTE_UNDATED, lead=lead)
        offset = DIRECTION_OFFSETS[r]
        return make(ctx, start, end, precision, safe(fn, ctx.article.year + offset), True, lead=lead)
    if ctx.article is None:
        return make(ctx, start, end, precision, None, True, NOTE_UNDATED if det else NOTE_NO_YEAR, lead=lead)
    if det:
        mode = DET_MODE[norm(det)]
    elif day_set(ctx.low, start, end):
        mode = "nearest"
    else:
        mode = "future" if is_future(ctx, start, end) or programme(fn, ctx, start, end) else "past"
    return make(ctx, start, end, precision, occurrence(fn, ctx.article, mode), True, lead=lead)


def programme(fn: YearFn, ctx: Ctx, start: int, end: int) -> bool:
    """A day told in the simple present of a programme ("Iran holds an election on June 28") is the coming one
    when that comes within a season of the article's date; the same words of a day long past are a headline's
    present ("Kim meets Putin on 13 September" the next day), and a year ahead is too far for that reading."""
    assert ctx.article is not None
    coming = occurrence(fn, ctx.article, "future")
    return coming is not None and coming[0] - ctx.article <= PROGRAMME_AHEAD \
        and is_future(ctx, start, end, programme=True)


def since(m: Hit, ctx: Ctx, mention: DateMention) -> DateMention:
    """Turn "since the beginning/start of X" into the span from X's start to the article date.

    Any other mention is returned unchanged.  The span's end is the article
    date, so it stays unresolved in an undated article even when X has a year.
    """
    pp = m.groupdict().get("pp")
    if not pp or norm(pp) not in ("beginning", "start"):
        return mention
    if prev_word(ctx.text, m.start())[0].lower() != "since":
        return mention
    if ctx.article is None:
        note = mention.note if mention.start_date is None else NOTE_OPEN
        return replace(mention, precision="range", start_date=None, end_date=None, relative=True, note=note)
    if mention.start_date is None or mention.start_date > ctx.article:
        return mention
    return replace(mention, precision="range", end_date=ctx.article, relative=True)
