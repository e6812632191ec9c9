"""A sentence with both a narrative step ("two days later") and a day of its own ("on Friday"): whether the step
is counted at all, and which of the two dates the sentence.

The writer's own day usually wins where it sits inside the span the step counts, or near its day; a weekday alone,
read against the article's date, is corrected by the step instead ("two days later, on Friday" is the Friday the
count reaches).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ...model import DateMention
from .intervals import nearest_weekday
from .patterns import WEEKDAY_RE
from .steps import any_step, counted
from .years import MONTH_NAME


def counts_instead(text: str, date: DateMention) -> bool:
    """The sentence's step is counted although it has a day of its own: the step opens the sentence or its first
    clause, or stands right before a weekday that names its day."""
    return _opens_before(text, date) or _step_names_weekday(text, date)


def finer(step: DateMention | None, own: DateMention | None) -> DateMention | None:
    """The date a narrative phrase counts, unless the sentence's own words name a day inside it ("Five months later
    ...: the car was handed over on 18 February"), or a day of its month near the one counted ("Two days later, on
    Sunday, March 19"), or the phrase counts none and a day of the sentence's own stands right after it ("On the
    Monday after the attack, January 6") or is a weekday anywhere ("Six days after the attack, Ardern said on
    Thursday"): the writer's own date, where the count may start from a wrong day. A weekday alone after a count
    that names a day is read the other way round: the count, on that weekday ("two days later, on Friday")."""
    if step is None:
        return own
    if own is None or not own.resolved:
        return step
    if _weekday_only(own) and step.resolved and step.start_date == step.end_date:
        return _on_weekday(step, own)
    if not step.resolved:
        # "On the Monday after the attack, January 6, ...", "Two days before his death, on Monday, ...": a count from
        # an event the article does not date, the writer's own day right after it; an own date further on is as
        # often another event's, but not a weekday ("Six days after the attack, Ardern said on Thursday that ..."):
        # wire copy names the day of its own news so
        return own if own.precision == "weekday" or own.precision == "day" and 0 < own.start - step.end <= APPOSED \
            else step
    inside = step.start_date <= own.start_date and own.end_date <= step.end_date  # type: ignore[operator]
    near = own.precision == "day" and step.start_date == step.end_date \
        and abs(own.start_date - step.start_date) <= NEAR_DAY  # type: ignore[operator]
    return own if inside or near else step


NEAR_DAY = dt.timedelta(days=7)  # a day of a named month this near the day a step counts is the step's day
APPOSED = 25  # characters: an own day this soon after a step's phrase ("after the attack, January 6") is its day


def _on_weekday(step: DateMention, own: DateMention) -> DateMention:
    """The day a step counts to, moved to the weekday the sentence names, the nearest one within three days ("Four
    days after the decree, on Saturday": the Saturday of the narrative's week, not the one before the article's
    date; a count from a decree told past midnight lands a day late, and the writer's weekday corrects it)."""
    day = nearest_weekday(step.start_date, own.start_date.weekday())  # type: ignore[arg-type,union-attr]
    if day == step.start_date:
        return step
    return dataclasses.replace(step, start_date=day, end_date=day, note=f"{step.note}, on the weekday ‘{own.phrase}’")


def _weekday_only(date: DateMention) -> bool:
    """A day named by its weekday alone ("on Friday morning", "Tuesday"), read against the article's date."""
    return date.precision == "weekday" and not date.origin and WEEKDAY.search(date.phrase) is not None \
        and MONTH_NAME.search(date.phrase) is None and not re.search(r"\d", date.phrase)


WEEKDAY = re.compile(rf"\b(?:{WEEKDAY_RE})\b", re.IGNORECASE)


def _step_names_weekday(text: str, date: DateMention) -> bool:
    """A narrative step stands right before a weekday that names its day ("was put out two days later, on Friday
    morning"): the step is counted, and the weekday tells which Friday."""
    if not date.resolved or not _weekday_only(date):
        return False
    # only the few words before the weekday: this runs for every sentence dated by a weekday alone
    return any(STEP_GAP.fullmatch(text, step.end(), date.start) is not None
               for step in any_step().finditer(text, max(0, date.start - STEP_REACH), date.start))


STEP_GAP = re.compile(r",?\s*")
STEP_REACH = 40  # characters before the weekday a step ending right there may start at ("in the following days, ")


def _opens_before(text: str, date: DateMention) -> bool:
    """A narrative phrase opens the sentence (within its first four characters), before the date phrase read as
    its own; or stands in the first of two clauses when the date is the second's ("Microsoft invested $1 billion
    that July, and a further $10 billion in January this year"). Tried only where it may start or where a second
    clause begins, not searched for in every sentence: this runs for every dated sentence."""
    step = any_step()
    if any(step.match(text, at, date.start) for at in range(min(4, date.start))):
        return True
    second = SECOND_CLAUSE.search(text, 0, date.start)
    return second is not None and step.search(text, 0, second.start()) is not None


SECOND_CLAUSE = re.compile(r"[,;]\s+(?:and|but)\s")


# "The attack on Aug. 23, 2024, was claimed ... the following day": a day naming the subject's event, right
# after its noun, and the predicate's verb right after the phrase
_SUBJECT_BEFORE = re.compile(r"\W*(?:the|a|an|this|that|its|his|her|their)\s+(?:[\w'’\-]+\s+){1,3}", re.IGNORECASE)
_PREDICATE_AFTER = re.compile(r",?\s+(?:was|were|is|are|has\s+been|had\s+been)\s+[a-z]+(?:ed|en)\b")


def from_the_subject(text: str, date: DateMention | None) -> DateMention | None:
    """The sentence's date, counted from its own day where that day names the event that is its subject ("The
    attack on Aug. 23, 2024, was claimed by the group the following day"): a step in the predicate counts from
    that day, and is the sentence's date."""
    if date is None or not date.resolved or not date.phrase.lower().startswith(("on ", "of ")) \
            or _SUBJECT_BEFORE.fullmatch(text, 0, date.start) is None or _PREDICATE_AFTER.match(text, date.end) is None:
        return date
    step = counted(text, date)
    return step if step is not None and step.resolved else date
