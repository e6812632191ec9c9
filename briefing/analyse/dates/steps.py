"""Narrative phrases counted from a date the narrative set: "the following day", "three days later", "a week
earlier", "on the 14th", "the same day" (the table is ``data/narrative.yml``).

A phrase counts from the anchor its caller gives: the date of the last dated
event, the last day named (for "the same day"), or the last event date no
wider than the step's unit (a step of months or years). A phrase followed by
what it is after ("a month after Putin and Kim signed a treaty") counts from
that other event and is left unresolved.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from ...model import DateMention
from .attach import attached
from .attach_lists import irregular_pasts
from .intervals import add_months
from .resolve import NOTE_EVENT
from .words import FULL_MONTHS, MONTHS, NUMBER_WORDS, STEP_WORDS, WEEKDAY_NUM

DATA = Path(__file__).resolve().parent / "data" / "narrative.yml"
YEAR = dt.timedelta(days=366)  # a date at most this wide anchors a step of months or years ("the following year")
UNIT_WIDTH = {"months": dt.timedelta(days=31), "years": YEAR, "named_month": YEAR}


@dataclass(frozen=True)
class Step:
    """A narrative phrase of the table, compiled."""

    pattern: re.Pattern[str]
    spec: dict


@functools.cache
def steps() -> tuple[Step, ...]:
    table = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return tuple(Step(re.compile(rf"(?<!\w)(?:{row['pattern']})(?!\w)", re.IGNORECASE), row) for row in table)


@functools.cache
def any_step() -> re.Pattern[str]:
    """Every row's pattern in one, its named groups made anonymous: whether a sentence holds any at all."""
    bodies = [re.sub(r"\(\?P<\w+>", "(?:", row.pattern.pattern) for row in steps()]
    # every row opens where no word character stands before it: said once, before the alternatives, the engine
    # tries them only at the start of a word, and the scan takes half the time
    return re.compile(r"(?<!\w)(?:" + "|".join(bodies) + ")", re.IGNORECASE)


# What the words of every narrative phrase include (``STEP_WORDS``), besides a weekday or a month named after
# "the", "that", "following" or "next": a sentence naming none of them is not run through the table.
_STEP_WORD = re.compile(r"[a-z]+|\d{1,2}(?:st|nd|rd|th)\b")
_NAMED_STEP = re.compile(rf"\b(?:the|that)\s+(?:(?:last|first|following|next)\s+)?(?:{'|'.join(WEEKDAY_NUM)})\b"
                         rf"|\b(?:following|next|that)\s+(?:{'|'.join(FULL_MONTHS)})\b|\bsame\s+date\b")


def holds_step(text: str) -> bool:
    """Whether the text holds a narrative phrase of the table: the table's one expression, run only on text
    naming the words one of its phrases would."""
    low = text.lower()
    if not any(w in STEP_WORDS or w[0].isdigit() for w in _STEP_WORD.findall(low)) and not _NAMED_STEP.search(low):
        return False
    return any_step().search(text) is not None


def long_past(d: DateMention | None, article_date: dt.date | None) -> bool:
    """The date ends more than a year before the article's: the time of a past the article recalls, not of its
    news. Under a subheading after a part on it ("Cathedrals have burned before"), "That night" is no night of that
    past; nor is it lent to a sentence naming a day of its own."""
    return d is not None and d.resolved and article_date is not None \
        and d.end_date < article_date - YEAR  # type: ignore[operator]


def told_on(article_date: dt.date | None) -> DateMention | None:
    """The article's date as a narrative anchor: its phrase is empty."""
    if article_date is None:
        return None
    return DateMention("", 0, 0, "day", article_date, article_date, True, "", "article")


def counted(text: str, anchor: DateMention | None, named: DateMention | None = None,
             broad: DateMention | None = None, *, first: bool = False,
             event: DateMention | None = None, phrases: Sequence[DateMention] = ()) -> DateMention | None:
    """The first narrative phrase of ``text``, counted from ``anchor`` ("the same day": from ``named``, the
    last day named; a step of months or years from ``broad``, the last event date no wider than its unit, so
    that "the following year" after "in 2013" is 2014); unresolved without one.

    "A month after" followed by what it is after ("a month after Putin and Kim
    signed a treaty", "on the eve of the vote") counts from that event, not
    from the narrative: from ``event``, the date of that event as the article
    told it ("Two days after the grounding" after a dated grounding), or the
    day the phrase's own words give it (of ``phrases``, the sentence's date
    phrases: "a month after the declaration of December 3"), else left
    unresolved. A stretch the event came within ("within a week") leaves it unresolved, unless what comes
    within it is still to come ("could sign accords within days").
    """
    if not holds_step(text):
        return None  # most sentences hold no narrative phrase: one scan instead of one per row
    for step, m in _leftmost(text):
        phrase = DateMention(m.group(), m.start(), m.end(), step.spec["precision"], None, None, True, "")
        if not attached(text, phrase) or _clock_of_a_day_named(text, m.end(), phrases):
            continue  # "two were rescued; two bodies were found the next day": the next day is not the rescue's
        if "n" in m.groupdict() and _count(m) is None:
            return _within(step.spec, m)  # "several days later", "in the days after the update": no count, no day
        if _names_its_event(text, m, step.spec):
            event = event or (_dated_object(text, m.end(), phrases) if not HEDGED.search(text, 0, m.start()) else None)
            span = _step(step.spec, m, _edge(event, step.spec)) if event is not None and not step.spec.get("same") \
                else None
            if span is None:
                return DateMention(m.group(), m.start(), m.end(), step.spec["precision"], None, None, True, NOTE_EVENT)
            return DateMention(m.group(), m.start(), m.end(), step.spec["precision"], span[0], span[1], True,
                               f"counted from ‘{event.phrase}’, the event it names", "narrative")
        if BOUND.search(text, 0, m.start()) and not (step.spec.get("same") and UNDER.search(text, 0, m.start())):
            # "More than two weeks later": past that day, on none the words give; "less than an hour later" is on it
            return _within(step.spec, m)
        if step.spec.get("bound"):  # "back in the job within a week": some day of that stretch, not the one before
            if TO_COME.search(text, 0, m.start()):
                continue  # "could sign accords within days": what may come, which the narrative does not date
            return _within(step.spec, m)
        start = (named or anchor) if "nth_day" in step.spec else anchor
        if step.spec.get("same"):
            start = (PART_OF_DAY.search(m.group()) and _named_before(phrases, m.start())) or named or anchor
        unit = next((u for u in UNIT_WIDTH if u in step.spec), None)
        if unit is not None and broad is not None and broad.end_date - broad.start_date <= UNIT_WIDTH[unit]:  # type: ignore[operator]
            start = broad
        start = _coordinated_after(text, phrases, m.start(), "years" in step.spec) or start
        if first and start is anchor and not _backward(step.spec):
            start = None  # "the next day" before any date: after the article's day is a forecast, not a report
        if start is None:
            return DateMention(m.group(), m.start(), m.end(), step.spec["precision"], None, None, True, NOTE_EVENT)
        span = _step(step.spec, m, start) if not _day_from_a_stretch(step.spec, start) else None
        if span is None and ("nth_day" in step.spec or step.spec["precision"] == "day"):  # no day to count from
            return DateMention(m.group(), m.start(), m.end(), step.spec["precision"], None, None, True, NOTE_EVENT)
        if span is None:
            return None
        source = f"‘{start.phrase}’" if start.phrase else "the article's date"
        return DateMention(m.group(), m.start(), m.end(), step.spec["precision"], span[0], span[1], True,
                           f"counted from {source}", "narrative")
    return None


def _day_from_a_stretch(spec: dict, start: DateMention) -> bool:
    """A count of days, or "the same day", from a time wider than a day ("Last week ... the following day"): no
    day of that time is the one counted from."""
    return ("days" in spec or bool(spec.get("same"))) and start.end_date != start.start_date


# "claimed the April 22 attack in a message posted the same afternoon": a part of the day the sentence named
# before it, whoever's; "ceases to apply from the same date" may mean the day the narrative set
PART_OF_DAY = re.compile(r"\b(?:morning|afternoon|evening|night)\b", re.IGNORECASE)


def _named_before(phrases: Sequence[DateMention], at: int, year: bool = False) -> DateMention | None:
    """The last day (or, with ``year``, the last time no wider than a year) the sentence names before ``at``,
    whoever's."""
    days = [d for d in phrases if d.end <= at and d.resolved
            and (d.precision == "day" or year and d.end_date - d.start_date <= YEAR)]  # type: ignore[operator]
    return days[-1] if days else None


def _coordinated_after(text: str, phrases: Sequence[DateMention], at: int, year: bool = False) -> DateMention | None:
    """The day the sentence names in a clause the step's clause is joined to ("refused his orders on Dec. 7, 2022,
    and Congress removed him within hours", "was arrested on Monday and charged two days later"): the step goes on
    from that day, not from the narrative's; a step of years from the time so named ("has carried out no execution
    since January 2021, and the minister imposed a moratorium later that year")."""
    day = _named_before(phrases, at, year)
    return day if day is not None and COORDINATED.search(text, day.end, at) is not None else None


COORDINATED = re.compile(r",?\s+(?:and|but|then)\s")


def _leftmost(text: str) -> list[tuple[Step, re.Match[str]]]:
    """Each row's first match in ``text``, the earliest first (a row listed before another on ties): "on the same
    day, and it expects ... into next year" counts from the first clause's phrase."""
    found = [(step, m) for step in steps() if (m := step.pattern.search(text)) is not None]
    return sorted(found, key=lambda sm: sm[1].start())


# What may come within a stretch ("could sign accords within days") is no event the narrative has reached.
TO_COME = re.compile(r"\b(?:could|would|will|may|might|should|can|expects?|expected|plans?|hopes?|aims?)\b",
                     re.IGNORECASE)
OBJECT_REACH = 60  # characters from "after" to the date of what it is after: "after Yoon's declaration of December 3"
# "more than a month after", "for two weeks after": a bound or a stretch of time, which dates no day of its own
_UPPER = r"less\s+than|under|at\s+most|up\s+to"  # an upper bound: "less than an hour later" may be that day
_BOUNDS = rf"more\s+than|over|at\s+least|{_UPPER}"
HEDGED = re.compile(rf"\b(?:for|nearly|almost|about|around|some|within|roughly|{_BOUNDS})\s*$", re.IGNORECASE)
# "more than two weeks later", "less than a week earlier": a bound on the count, which then dates no day
BOUND = re.compile(rf"\b(?:fewer\s+than|{_BOUNDS})\s*$", re.IGNORECASE)
UNDER = re.compile(rf"\b(?:fewer\s+than|{_UPPER})\s*$", re.IGNORECASE)


def _dated_object(text: str, after: int, phrases: Sequence[DateMention]) -> DateMention | None:
    """The day the words after "a month after" give the event it names, in the same clause: "the declaration of
    December 3", "the March 26 collapse". Not one past a comma ("two days after the vote, on Friday, ...")."""
    for d in phrases:
        # the phrase may have taken the step's own last word as its lead: "two days after the Feb. 17 crash"
        start = after if d.start < after < d.end and text[d.start:after].lower() in STEP_ENDS else d.start
        if start >= after and d.resolved and d.precision == "day" \
                and start - after <= OBJECT_REACH and not re.search(r"[,;:()]", text[after:start]):
            return d
    return None


STEP_ENDS = frozenset({"after", "before", "of"})


# A time of day after "shortly after": "tied up shortly after 5 a.m." is that day's, not after another event.
CLOCK_NEXT = re.compile(r"\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b|GMT|UTC|local\b)|\s+\d{1,2}:\d{2}\b"
                        r"|\s+(?:midnight|noon|midday)\b", re.IGNORECASE)


def _clock_of_a_day_named(text: str, end: int, phrases: Sequence[DateMention]) -> bool:
    """A time of day follows the step, and a date phrase of the sentence right after it ("after 11:30 a.m. on July
    8, 2022"): the step is hours within that day, not a count from the narrative's."""
    clock = CLOCK_NEXT.match(text, end)
    return clock is not None and any(clock.end() <= p.start <= clock.end() + 4 and p.resolved for p in phrases)


def _names_its_event(text: str, m: re.Match[str], spec: dict) -> bool:
    """The phrase is followed by what it counts from ("a month after Putin and Kim signed a treaty", "on the eve of
    the vote", "On the same day the file came out, ..."), not by a time ("two hours after 3 p.m.") nor by a
    pronoun of the narrative's time ("the day after that")."""
    low = m.group().lower()
    return (low.endswith(("after", "before", " of")) and re.match(r"\s+[\w“\"]", text[m.end():]) is not None
            and not CLOCK_NEXT.match(text, m.end()) and not THAT_TIME.match(text, m.end())) \
        or (low.endswith("eve") and re.match(r"\s+of\b", text[m.end():]) is not None) \
        or (bool(spec.get("same")) and "same" in low and not text[:m.start()].strip(" \"“")
            and _same_as_a_clause().match(text, m.end()) is not None)


@functools.cache
def _same_as_a_clause() -> re.Pattern[str]:
    """ "On the same day the file came out, Scott ...", "The same day the earthquake struck, Rubio ...": a sentence
    opening on the day of the event its clause tells, closed by a comma before the main clause, not the narrative's
    day ("That same day the task force heard from ..." is the main clause itself)."""
    pasts = "|".join(irregular_pasts())
    return re.compile(rf"\s+(?:that\s+|when\s+)?(?:the|a|an|his|her|its|their|[A-Z][\w'’\-]*)\s+"
                      rf"(?:[\w'’\-]+\s+){{0,3}}?(?:[a-z]{{2,}}ed|{pasts})\b[^,;.]*,\s+"
                      r"(?=[A-Z]|(?:the|a|an|his|her|its|their|he|she|they|it|we)\b)(?!(?:And|But|Or|While|As|Which|Who"
                      r"|Where|When|After|Before|With|Then)\b)"
                      # a main clause with its verb a few words after the comma, not a name set off ("..., Abdou
                      # Abarry, who ...")
                      rf"(?=(?:[\w'’\-]+\s+){{0,5}}(?:[a-z]{{2,}}ed|{pasts})\b)")


# "Three days after that, ...": after what the narrative told last, not after an event named here
THAT_TIME = re.compile(r"\s+(?:that|this)\s*(?:[,;.]|$)", re.IGNORECASE)


def _within(spec: dict, m: re.Match[str]) -> DateMention:
    """A stretch the event came within ("within a week"), or a bound on a count ("more than two weeks later"):
    unresolved, as a day counted from another event is."""
    return DateMention(m.group(), m.start(), m.end(), spec["precision"], None, None, True, NOTE_EVENT)


def _edge(event: DateMention, spec: dict) -> DateMention:
    """The day of an event a step counts from: the last of its days for a step after it ("five days after the
    mutiny" of June 23 to 24 is June 29), the first for a step before it."""
    if _backward(spec) or event.start_date == event.end_date:
        return event
    return dataclasses.replace(event, start_date=event.end_date)


def _backward(spec: dict) -> bool:
    """The step goes back in time ("the day before", "a week earlier"), or to a day of the month ("on the
    19th", which the caller keeps to the month's days so far)."""
    if "month_day" in spec:
        return True
    step = next((spec[k] for k in ("days", "weeks", "months", "years") if k in spec), 0)
    return step < 0 if isinstance(step, int) else str(step).startswith("-")


def _step(spec: dict, m: re.Match[str], anchor: DateMention) -> tuple[dt.date, dt.date] | None:
    """The span a narrative phrase names, taken from the anchor's day."""
    day: dt.date = anchor.start_date  # type: ignore[assignment]
    count = _count(m)
    if "named_month" in spec:
        return _named_month(MONTHS[m.group("month").lower()], anchor, bool(spec.get("after")))
    if "named_weekday" in spec:
        return _named_weekday(WEEKDAY_NUM[m.group("weekday").lower()], anchor, bool(spec.get("after")),
                              spec.get("before"))
    if spec.get("same"):
        return day, day
    if "days" in spec:
        moved = day + dt.timedelta(days=_signed(spec["days"], count))
        return moved, moved
    if "weeks" in spec:
        monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=_signed(spec["weeks"], count))
        return monday, monday + dt.timedelta(days=6)
    if spec.get("to_the_day"):
        months = _signed(spec["months"], count) if "months" in spec else 12 * _signed(spec["years"], count)
        return _to_the_day(anchor, months)
    if "months" in spec:
        return _month(day, _signed(spec["months"], count))
    if "years" in spec:
        year = day.year + _signed(spec["years"], count)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if "month_day" in spec:
        return _month_day(day, int(m.group("d")))
    if "nth_day" in spec:
        return _nth_day(anchor, ORDINALS[m.group("nth").lower()])
    return None


ORDINALS = {w: i for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split(), 1)}


def _nth_day(anchor: DateMention, n: int) -> tuple[dt.date, dt.date] | None:
    """ "On the second day of the visit": day ``n`` of the anchor, when the narrative's time is a stretch of days
    (a visit "from March 20 to 22"); from a single day the visit's first day is not known."""
    start, end = anchor.start_date, anchor.end_date
    if start is None or end is None or not start < end or (end - start).days + 1 < n:
        return None
    day = start + dt.timedelta(days=n - 1)
    return day, day


def _named_month(month: int, anchor: DateMention, after: bool) -> tuple[dt.date, dt.date]:
    """"that March": the month in the anchor's year; "the following March": the first March after the anchor."""
    end: dt.date = anchor.end_date  # type: ignore[assignment]
    year = anchor.start_date.year  # type: ignore[union-attr]
    if after:
        year = end.year if month > end.month else end.year + 1
    return _month(dt.date(year, month, 1), 0)


def _named_weekday(weekday: int, anchor: DateMention, after: bool, before: str | None = None
                   ) -> tuple[dt.date, dt.date]:
    """"that Sunday", "on the Sunday": the anchor's day if it is a Sunday, else the first Sunday after it (a
    narrative goes forward through its week); "the following Sunday": the first Sunday after the anchor;
    "earlier that Sunday" (``before`` "same"): the anchor's day or the last Sunday before it; "the Sunday before
    the vote" (``before`` "strict"): the last Sunday before it."""
    if before:
        start: dt.date = anchor.start_date  # type: ignore[assignment]
        back = (start.weekday() - weekday) % 7 or (7 if before == "strict" else 0)
        return start - dt.timedelta(days=back), start - dt.timedelta(days=back)
    if after:
        end: dt.date = anchor.end_date  # type: ignore[assignment]
        day = end + dt.timedelta(days=(weekday - end.weekday() - 1) % 7 + 1)
        return day, day
    start: dt.date = anchor.start_date  # type: ignore[assignment]
    day = start + dt.timedelta(days=(weekday - start.weekday()) % 7)
    return day, day


def _count(m: re.Match[str]) -> int | None:
    n = m.groupdict().get("n")
    if n is None:
        return None
    return int(n) if n.isdigit() else NUMBER_WORDS.get(n.lower())


def _signed(value: int | str, count: int | None) -> int:
    if isinstance(value, int):
        return value
    sign = -1 if value.startswith("-") else 1
    return sign * (count if count is not None else 0)


def _month(day: dt.date, offset: int) -> tuple[dt.date, dt.date]:
    index = day.year * 12 + day.month - 1 + offset
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, 1), dt.date(year, month + 1, calendar.monthrange(year, month + 1)[1])


def _to_the_day(anchor: DateMention, months: int) -> tuple[dt.date, dt.date] | None:
    """ "three years to the day after": the anchor's day, ``months`` on; none from a wider time, whose day is not
    known."""
    day = anchor.start_date
    if day is None or day != anchor.end_date:
        return None
    moved = add_months(day, months)
    return moved, moved


def _month_day(day: dt.date, d: int) -> tuple[dt.date, dt.date] | None:
    """Day ``d`` of the anchor's month, or of the next when that would fall well before the anchor."""
    for month_start, _ in (_month(day, 0), _month(day, 1)):
        if d <= calendar.monthrange(month_start.year, month_start.month)[1]:
            found = month_start.replace(day=d)
            if (day - found).days <= 10:
                return found, found
    return None


# Openers moving the narrative to another time than the sentence before's ("Before that, Putin visited").
SHIFTS_TIME = re.compile(r"^\W*(?:before that|before then|prior to that|earlier|previously|until then|after that|"
                         r"afterwards|later|subsequently|since then|the (?:year|month|week|day) (?:before|after))\b",
                         re.IGNORECASE)


def shifts_time(text: str) -> bool:
    """The sentence opens by moving to another time: it does not share the date of the one before."""
    return SHIFTS_TIME.match(text) is not None
