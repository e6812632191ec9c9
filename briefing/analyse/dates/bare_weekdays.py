"""Bare weekdays: a weekday written without "on", as US wire copy does ("recovered Wednesday morning", "a Monday
morning statement", "a public meeting Tuesday"), read as "on <weekday>" would be."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ...model import DateMention
from .attach import THE_BEFORE
from .find import find_dates
from .intervals import weekday_near
from .words import DAY_NAME_WORDS, WEEKDAYS
from .years import WEEK

# A weekday written without "on", as US wire copy does: "recovered Wednesday morning", "a Monday morning
# statement", "a public meeting Tuesday". Not after a capitalised word ("Super Tuesday", "Black Friday").
BARE_WEEKDAY = re.compile(r"(?<![\w’'])(?:(?:early|late) )?(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + ")"
                          r"(?:’s|'s)?(?:\s+(?:morning|afternoon|evening|night))?(?!\w)")
NAMED_DAY = re.compile(r"[A-Z][\w’'\-]*\s+$")
NARRATIVE_DAY = re.compile(r"\b(?:that|the|the (?:following|next))\s+$", re.IGNORECASE)
# What stands between a day and a weekday that only names its day of the week: "On November 26, a Wednesday,",
# "on 3 May (a Saturday)", "on March 9, which was a Sunday".
APPOSED = re.compile(r"(?:,\s+(?:which\s+was\s+)?a|\s+\((?:a\s+)?)\s*", re.IGNORECASE)


def _names_its_event(text: str, w: re.Match[str]) -> bool:
    """ "the Friday attack", "The Monday statement": the weekday, after "the" alone, names the day of the event the
    noun after it tells, as "Friday's attack" does; "the Friday before" and "that Sunday" count from the narrative."""
    after = EVENT_NOUN_AFTER.match(text, w.end())
    return after is not None and THE_BEFORE.search(text, 0, w.start()) is not None \
        and after.group(1).lower() not in NOT_AN_EVENT_NOUN


EVENT_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")
# Words after "the <weekday>" that make it a day counted from another ("the Friday before the vote", "the Monday
# after", "the Sunday of the funeral", "the Sunday when ...") or a clause of its own ("the Friday he left").
NOT_AN_EVENT_NOUN = frozenset("""before after of prior following preceding that when which in on at to by from
    for with we he she they it i you his her their its there""".split())


def _named_day(text: str, at: int) -> bool:
    """A capitalised word right before the weekday makes it a name ("Super Tuesday", "Black Friday") when it is one
    that names days, or opens the sentence and is no time word ("Later Wednesday the two leaders were to hold
    talks"); after a place or a name ("out of Bangkok Wednesday") the weekday times the sentence."""
    before = NAMED_DAY.search(text, 0, at)
    if before is None:
        return False
    word = before.group().split()[0]
    return word in DAY_NAME_WORDS or (before.start() == 0 and word.lower() not in TIME_OPENERS
                                      and PARTICIPLE.fullmatch(word) is None)


# Words that may open a sentence right before a weekday, which they time rather than name ("Also Wednesday, the
# minister said", as wire copy adds a second item of the day).
TIME_OPENERS = frozenset("later earlier early late since until by on from before after through the also separately"
                         .split())
# ... nor is a participle opening a phrase the weekday times ("Asked Thursday about the plan, Biden said").
PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}(?:ed|ing)")


def _apposed(text: str, at: int, mentions: list[DateMention]) -> bool:
    """The weekday only tells which day of the week the day before it was ("On November 26, a Wednesday, flames
    appeared"): it is no date of its own, least of all one read against the article's date."""
    return any(m.precision == "day" and APPOSED.fullmatch(text, m.end, at) is not None for m in mentions)


# "on a Tuesday morning", "in the middle of a Wednesday afternoon": some Tuesday, not the one nearest the article's
# date ("a Monday statement" names its day)
INDEFINITE = re.compile(r"\b(?:on|of|during)\s+a\s+$", re.IGNORECASE)


def _within_a_span(text: str, start: int, w: re.Match[str], weekday: int, mentions: list[DateMention],
                   article_date: dt.date | None) -> list[DateMention]:
    """An indefinite weekday ("on a Tuesday morning") picks its day out of the span another phrase of the
    sentence dates, when that span holds just one such day up to the article's date ("Two weeks ago, around 7
    o'clock on a Tuesday morning"; "convicted him on a Thursday night in November" in a paper of 5 November),
    and dates nothing when it holds several ("on a Friday night in February 2009") or when no phrase dates a span
    ("the meetings were always on a Tuesday"). The phrase runs from ``start``, its "on a" included."""
    for m in mentions:
        if m.start_date is None or m.end_date is None:
            continue
        last = min(m.end_date, article_date) if article_date is not None else m.end_date
        first = weekday_near(m.start_date, weekday, "future")  # the span's first such day; the next is a week on
        if first <= last < first + WEEK:
            return [dataclasses.replace(m, phrase=text[start:w.end()], start=start, end=w.end(), precision="day",
                                        start_date=first, end_date=first)]
    return []


def with_bare_weekdays(text: str, mentions: list[DateMention], article_date: dt.date | None) -> list[DateMention]:
    """The sentence's date phrases, and its bare weekdays read as "on <weekday>" would be (same rules:
    the last such day up to the article's date, the next one in a sentence about the future)."""
    taken = [(m.start, m.end) for m in mentions]
    added = []
    for w in BARE_WEEKDAY.finditer(text):
        if any(s < w.end() and w.start() < e for s, e in taken) or _named_day(text, w.start()) \
                or _apposed(text, w.start(), mentions) \
                or (NARRATIVE_DAY.search(text, 0, w.start()) and not _names_its_event(text, w)):
            continue  # "that Sunday", "the following Friday": a day of the narrative's week, counted from it
        day = w.group().removeprefix("early ").removeprefix("late ").split()[0].removesuffix("’s").removesuffix("'s")
        if (some := INDEFINITE.search(text, 0, w.start())) is not None:
            added.extend(_within_a_span(text, some.start(), w, WEEKDAYS.index(day.lower()), mentions, article_date))
            continue
        at = w.start() + w.group().index(day)
        read = next((m for m in find_dates(f"{text[:at]}on {text[at:]}", article_date) if m.start == at), None)
        if read is not None:
            added.append(dataclasses.replace(read, phrase=w.group(), start=w.start(), end=w.end()))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions
