"""A time of day told without a date ("At 2:52 p.m., the fire rekindled"): the narrative's day, or the next; and
the days an occasion lasts ("arrived on Sunday for a two-day visit").

A narrative told hour by hour gives its day once ("just before 10:30 p.m. on
December 3") and then only times ("Just after 1 a.m., the deputies voted"):
each is the narrative's day, or the day after once the clock has gone round
past midnight. A day on which something was said ("in a statement issued
late Sunday") lends no time of day: the times after it are of what was said.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ...model import DateMention
from .attach import attached
from .attach_lists import names_a_report
from .clock import CLOCK as TIME_OF_DAY
from .clock import WORD_TIME, clock_minutes, word_minutes
from .live import CLOCK
from .pick import is_reporting_date

HALF_DAY = 12 * 60  # minutes: a time of day this much before the last one told is the next day's


def time_told(text: str) -> int | None:
    """The time of day a sentence tells of its own event ("At 2:52 p.m., ..."), in minutes after midnight; not a
    live entry's stamp, nor one of another event's clause."""
    if CLOCK.match(text):
        return None
    for m in TIME_OF_DAY.finditer(text):
        if AS_A_VALUE.search(text, 0, m.start()):
            continue  # "listed the time of death as 7:35 a.m.": a time stated, not the time the sentence tells at
        if attached(text, DateMention(m.group(), m.start(), m.end(), "day", None, None, True, "")):
            return clock_minutes(m, text)
    for m in WORD_TIME.finditer(text):  # "shortly after midnight", "at noon"
        if attached(text, DateMention(m.group(), m.start(), m.end(), "day", None, None, True, "")):
            return word_minutes(m, text)
    return None


# Right before a time of day: what the time is of, given as a value ("listed the time of death as 7:35 a.m.", "the
# time of the blast was 9:10 a.m.")
AS_A_VALUE = re.compile(r"\b(?:as|was|is)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+)?$", re.IGNORECASE)


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
        if time is None:
            time = evening_of(date)  # "On New Year's Eve", "late Tuesday night": "Shortly after 3 a.m." is the next day
        return Clock(time, a_telling(date, text))


NIGHT = re.compile(r"\b(?:evening|night|eve)\b", re.IGNORECASE)  # a day told by its evening or night
EVENING = 20 * 60  # ... the time of day the clock takes from it


def evening_of(date: DateMention) -> int | None:
    """The clock of a day its words tell by its evening or night ("On New Year's Eve", "that night"): the
    evening's, so a small-hours time told after it is the next day; None for any other date."""
    return EVENING if date.start_date == date.end_date and NIGHT.search(date.phrase) else None


_COUNT = r"(two|three|four|five|six|seven|[2-7])"
# an occasion of so many days that starts on the day the sentence gives: "arrived on Sunday for a two-day visit",
# "is due in Beijing on Sunday for two days of talks", "opens a two-day hearing on Tuesday"; not "at the end of a
# three-day visit" or "the first day of a two-day visit"
LASTING = re.compile(rf"\bfor\s+(?:a|an)\s+{_COUNT}[- ]day\b|\bfor\s+{_COUNT}\s+days\s+of\b"
                     rf"|\b(?:opens?|holds?|begins?|starts?)\s+(?:a|an)\s+{_COUNT}[- ]day\b", re.IGNORECASE)
NOT_LASTING = re.compile(r"\b(?:end|close|first|last|second|final)\s+(?:day\s+)?of\b|\bafter\s+(?:a|an)\s+\w+[- ]day\b",
                         re.IGNORECASE)
LASTING_NOTE = "the first of the"
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def lasting(text: str, date: DateMention | None) -> DateMention | None:
    """``date``, a day, widened to the days the occasion the sentence starts on it lasts, as its words give
    them ("arrived on Sunday for a two-day visit": Sunday and Monday)."""
    if date is None or not date.resolved or date.start_date != date.end_date or date.origin:
        return date
    m = LASTING.search(text)
    if m is None or NOT_LASTING.search(text):
        return date
    count = next(g for g in m.groups() if g)
    days = _COUNTS.get(count.lower()) or int(count)
    end = date.start_date + dt.timedelta(days=days - 1)  # type: ignore[operator]
    return DateMention(date.phrase, date.start, date.end, "range", date.start_date, end, date.relative,
                       f"{LASTING_NOTE} {days} days the sentence says it lasts", date.origin)


def first_day(date: DateMention) -> tuple[dt.date, dt.date]:
    """The span of ``date``, or of the day an occasion it dates starts on: reports of one day of a visit (its
    talks, its banquet) are told apart from the visit by that day, not merged into it."""
    if date.note.startswith(LASTING_NOTE):
        return date.start_date, date.start_date  # type: ignore[return-value]
    return date.span


# Between two dates of one list ("on Dec. 7, Jan. 3 and Jan. 4", "In December and early January"), or of a
# stretch told with the parts of its days ("from the evening of June 23 to the night of June 24").
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:again\s+|also\s+)?(?:on\s+|in\s+)?", re.IGNORECASE)
_STRETCH = re.compile(r"\s+(?:to|until|till|through)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?",
                      re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$", re.IGNORECASE)
_FROM_WORD = re.compile(r"from\s", re.IGNORECASE)
# "opens in Marrakech tomorrow and runs until Oct. 15", "began on Monday and ended Friday": a stretch told by the
# days its occasion starts and ends
_RUNS_ON = re.compile(r"\s+and\s+(?:will\s+)?(?:runs?|ran|lasts?|lasted|continues?|continued|ends?|ended"
                      r"|closes?|closed)\s+(?:(?:to|until|till|through|on)\s+)?", re.IGNORECASE)


def joined(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The phrases, those of one list or one stretch joined into the span they cover together: an event told
    on several days ("the warning light came on during three flights, on Dec. 7, Jan. 3 and Jan. 4") is of
    all of them, not of the first."""
    out: list[DateMention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        last = out[-1] if out else None
        if last is not None and last.resolved and m.resolved and not last.origin and not m.origin \
                and _together(text, last, m):
            out[-1] = DateMention(text[last.start:m.end], last.start, m.end, "range",
                                  min(last.start_date, m.start_date), max(last.end_date, m.end_date),  # type: ignore[type-var]
                                  last.relative or m.relative, "", last.origin)
        else:
            out.append(m)
    return out


def with_stretch_ends(text: str, kept: list[DateMention], found: list[DateMention]) -> list[DateMention]:
    """``kept``, the phrases dating the sentence's event, with the end of each stretch one of them opens ("will run
    from Monday 30 September to Wednesday 2 October"): a stretch's end dates what its start dates."""
    out = list(kept)
    for a, b in zip(found, found[1:]):
        if a in out and b not in out and a.resolved and b.resolved and not a.origin and not b.origin \
                and a.end_date < b.start_date and _stretch(text, a, b):  # type: ignore[operator]
            out.insert(out.index(a) + 1, b)
    return out


def _together(text: str, a: DateMention, b: DateMention) -> bool:
    if not (a.end_date < b.start_date or b.end_date < a.start_date):  # type: ignore[operator]
        return False  # one day told twice ("Monday morning, March 13"), or one inside the other
    between = text[a.end:b.start]
    if "weekday" in (a.precision, b.precision) and "and" not in between.lower():
        return False  # "Monday morning, March 11": a weekday and its date, however the two were read
    return bool(_LISTED.fullmatch(between)) or _stretch(text, a, b)


def _stretch(text: str, a: DateMention, b: DateMention) -> bool:
    """``a`` and ``b`` are the first and last days of one stretch: "from ... to ...", or "opens ... and runs
    until ..."."""
    between = text[a.end:b.start]
    return (_STRETCH.fullmatch(between) is not None and _from(text, a)) or _RUNS_ON.fullmatch(between) is not None


def _from(text: str, a: DateMention) -> bool:
    """The stretch opens with "from", before the first date's words or as their first word ("from Monday 30
    September to Wednesday 2 October")."""
    return _FROM.search(text, 0, a.start) is not None or _FROM_WORD.match(a.phrase) is not None
