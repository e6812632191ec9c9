"""A dated page's own day: a lead that reports its event as just done, and a live page's entries.

News leads with what has just happened ("the plane has landed"), and a live
page posts each entry at a clock time on the day it runs ("2:22 a.m.: Kim
greets Putin at the airport"), so both tell of the article's day when they
give none of their own. A live page runs on past midnight, and stamps an
entry of the next day with its weekday ("Tuesday 03:35:").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...model import DateMention
from .attach import names_a_noun
from .attach_lists import irregular_pasts
from .clock import minutes
from .intervals import nearest_weekday
from .steps import shifts_time
from .tense import future_after
from .words import PRESENT_REPORTING_VERBS, REL_DAY_OFFSETS, WEEKDAYS

if TYPE_CHECKING:
    from .told import Told


def just_done(told: Sequence[Told], found: list[list[DateMention]], dates: list[DateMention | None],
              article_date: dt.date | None, dateline: bool = False) -> list[DateMention | None]:
    """A dated article's lead that reports its event as just done ("Shoigu ... has been received by Kim", "the
    plane has landed"), with no date of its own, happened on the article's day: news leads with it. So did the
    first sentence after a dateline naming that day ("MINSK, 24 June (BelTA) - Putin telephoned Lukashenko in
    the morning"), when it tells a thing done and no day: the wire filed it the day it happened."""
    if article_date is None:
        return dates
    lead = next((t.block for t in told if not t.label), None)
    first = next((i for i, t in enumerate(told) if t.block == lead), None)
    out = list(dates)
    for i, t in enumerate(told):
        if t.block == lead and t.recent and out[i] is None and not found[i]:
            out[i] = _page_day(article_date, "its lead reports this as just done", "article")
        elif dateline and i == first and out[i] is None and (t.reports or t.recent) and not t.plans \
                and not t.earlier and all(not m.resolved or names_a_noun(t.text, m) for m in found[i]):
            out[i] = _page_day(article_date, "the day its dateline names, and its lead no other", "article")
    return out


def _page_day(article_date: dt.date, why: str, origin: str) -> DateMention:
    """The article's own day, with no phrase of the sentence's: why it dates the sentence, and its origin."""
    return DateMention("", 0, 0, "day", article_date, article_date, True, f"the article's date: {why}", origin)


# A live page's entry opens with the clock time it was posted: "2:22 a.m.: The plane has landed", "14:05 -".
CLOCK = re.compile(r"^\W*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|BST|CET|CEST|ET|EDT|EST|PT|PDT|CT|CDT)?"
                   r"\s*[:\-\u2013\u2014]\s")


MAYBE = re.compile(r"\b(?:could|may|might)\b")  # "the ship could be refloated within days": not yet
SAYING_NOW = re.compile(rf"\b(?:{'|'.join(PRESENT_REPORTING_VERBS)})\b", re.IGNORECASE)
CAN = re.compile(r"\bcan(?:not|'t|’t)?\b", re.IGNORECASE)  # "flames can be seen": what is seen now


def _now(t: Told, body: int) -> bool:
    """The entry tells what is happening: a statement made now ("Gallet says the walls will hold", "Bohlin says
    the coast guard picked up ship movements"), or an action in the present that is no plan ("Putin will land
    at noon"), told as something done or not ("Fux votes to acquit Bolsonaro"); what can be seen is seen now. An
    action in the past tense may be an earlier one."""
    if SAYING_NOW.search(t.text, body):
        return True
    past = t.reports and _told_in_past(t.text[body:])  # "Fux votes to acquit Bolsonaro": done, and now
    return not past and not future_after(CAN.sub(lambda m: " " * len(m.group()), t.text), body)


def _told_in_past(text: str) -> bool:
    """The entry's first clause (up to a comma, a semicolon or a quote) has a verb in the past: "Police arrested
    three men overnight" may tell an earlier event; "The plane carrying him touches down" tells one now. After a
    label and its colon, so does the clause the label introduces, read past the commas of a date with its year ("A
    reminder of the stakes: the Aug. 26, 2021, bombing killed 13")."""
    clause = _CLAUSE_STOP.split(text, maxsplit=1)[0]
    if text.startswith(":", len(clause)):
        clause += " " + _CLAUSE_STOP.split(_YEAR_COMMAS.sub(r"\1 \2", text[len(clause) + 1:]), maxsplit=1)[0]
    return _past_words().search(clause) is not None


_CLAUSE_STOP = re.compile(r"[,;\"“:]")
_YEAR_COMMAS = re.compile(r"(\d{1,2}),\s+(\d{4}),?")


@functools.cache
def _past_words() -> re.Pattern[str]:
    irregular = "|".join(irregular_pasts())
    return re.compile(rf"\b(?:[a-z]{{2,}}ed|was|were|had|{irregular})\b", re.IGNORECASE)


# The page speaking of itself ("We are closing this blog", "for readers just joining us"): no event.
# "Police sources tell us ..." and "Our correspondents report marches in ..." are sourcing, not the page speaking
# of itself.
OWN_VOICE = re.compile(r"\b(?:we|our(?!\s+(?:correspondents?|reporters?|journalists?|photographers?)\b)|readers"
                       r"|this (?:blog|page))\b|(?<!tell )(?<!tells )(?<!told )\bus\b", re.IGNORECASE)


def live_entries(told: Sequence[Told], found: list[list[DateMention]], dates: list[DateMention | None],
                  article_date: dt.date | None) -> list[DateMention | None]:
    """On a dated live page, an action an entry tells as now ("a ceremony is under way", "talks have begun",
    "CrowdStrike confirms"), with no date of its own, happened on the page's day. The page speaking of
    itself ("We are closing this blog") tells no event."""
    if article_date is None:
        return dates
    out = list(dates)
    clocks = [CLOCK.match(t.text) for t in told]
    live = {t.block for t, clock in zip(told, clocks) if clock and not t.label}
    if not live:
        return out  # no live page: nothing here for the entries' days to date
    posted = [_minutes(c.group()) if c else None for c in clocks]  # each entry's clock, in minutes after midnight
    days = _entry_days(told, posted, dates, article_date)
    for i, (t, clock) in enumerate(zip(told, clocks)):
        if t.block not in live:
            continue
        body = clock.end() if clock else 0
        small_hours = posted[i] is not None and posted[i] < SMALL_HOURS  # type: ignore[operator]
        out[i] = _today_of_entry(_weekday_of_entry(out[i], days[i], article_date), days[i], article_date,
                                 small_hours)
        if out[i] is not None or found[i]:
            if _says_what_is_to_come(t.text, body, out[i], days[i]):
                out[i] = _entry_day(days[i], article_date, "a live entry reports a statement made now")
        elif _as_happening(t, body):
            out[i] = _entry_day(days[i], article_date, "a live entry tells it as happening")
    return out


def _weekday_of_entry(date: DateMention | None, day: dt.date, article_date: dt.date) -> DateMention | None:
    """A weekday an entry names ("3:50 a.m.: Early on Monday, the drone picks up a heat source") is the day the
    page has run on to, past midnight, when that day is the weekday named: read against the page's date it
    would be the week before's."""
    if date is None or not date.resolved or date.origin != "" or date.precision != "weekday" or day <= article_date:
        return date
    if date.start_date >= day or date.start_date.weekday() != day.weekday():  # type: ignore[operator,union-attr]
        return date
    return dataclasses.replace(date, start_date=day, end_date=day, origin="live",
                               note=f"the {WEEKDAYS[day.weekday()].capitalize()} the live page has run on to")


# "today", "this morning", "yesterday": the day they name counts from the day the entry was posted on
_DAY_WORD = re.compile(rf"(?:{'|'.join(sorted(REL_DAY_OFFSETS, key=len, reverse=True))})$", re.IGNORECASE)


_THE_NIGHT = re.compile(r"\b(?:tonight|this\s+evening)$", re.IGNORECASE)


def _today_of_entry(date: DateMention | None, day: dt.date, article_date: dt.date,
                    small_hours: bool = False) -> DateMention | None:
    """An entry's "this morning" or "yesterday", once the page has run on past its date ("Tuesday, 19 September",
    then "7:30 a.m.: Lines to Derna are down this morning"), counts from the day the page has run on to; but an
    entry of the small hours still speaks of the night that began the evening before ("12:25 a.m.: 22 officers
    were injured tonight")."""
    if date is None or not date.resolved or date.origin != "" or day == article_date:
        return date
    word = _DAY_WORD.search(" ".join(date.phrase.split()))
    if word is None or date.start_date != article_date + dt.timedelta(days=REL_DAY_OFFSETS[word.group().lower()]):
        return date
    if small_hours and _THE_NIGHT.search(word.group()):
        return date
    shift = day - article_date
    return dataclasses.replace(date, start_date=date.start_date + shift, end_date=date.end_date + shift,
                               origin="live", note=f"counted from the day the live page has run on to ({day:%d %B})")


def _as_happening(t: Told, body: int) -> bool:
    """The entry tells an event as happening at its posting, in the page's own now."""
    return not OWN_VOICE.search(t.text) and _now(t, body) and not shifts_time(t.text[body:]) \
        and not MAYBE.search(t.text)


def posted_now(t: Told) -> bool:
    """A live entry stamped only with its time that tells its event as happening: the page's day is its day, and
    the narrative's time after it ("Minutes later")."""
    clock = CLOCK.match(t.text)
    return clock is not None and not t.label and _as_happening(t, clock.end())


def _entry_day(day: dt.date, article_date: dt.date, why: str) -> DateMention:
    """The day an entry was posted on: the article's, or a later one the page moved on to, or the day an entry
    above stamped ("Dec. 29, 8:57 a.m.:")."""
    if day == article_date:
        return _page_day(day, why, "live")
    return DateMention("", 0, 0, "day", day, day, True, f"the page's day at this entry: {why}", "live")


def _entry_days(told: Sequence[Told], minutes: list[int | None], dates: list[DateMention | None],
                article_date: dt.date) -> list[dt.date]:
    """The day each sentence of the page was posted on: the page's date, until an entry stamped with a later day
    ("12:01 a.m. Saturday: Touchdown") or the clock passing midnight (an evening entry, then one of the small
    hours) moves the page on. Only on a page whose entries run forward in time: one whose newest entry comes
    first runs backwards, and is left at its date. A timeline's entry opening with its own day ("Dec. 29, 8:57
    a.m.: ...", "Dec. 30: ...") sets the day of the clock-only entries after it, whichever way the page runs.
    ``minutes`` are each sentence's clock time, None where it has none."""
    timed = [m for m in minutes if m is not None]
    steps = [_forward(a, b) for a, b in zip(timed, timed[1:])]
    forward = steps.count(True) > steps.count(False)
    day, last, out = article_date, None, []
    for t, minute, d in zip(told, minutes, dates):
        if minute is None and d is not None and d.resolved and d.origin == "" and d.start_date == d.end_date \
                and (ENTRY.match(t.text) or _DATED_CLOCK.match(t.text) or (t.label and _names_only(t.text, d))):
            # "Dec. 29, 8:57 a.m.: ...", or a heading "Tuesday, 19 September": the clock-only entries after it are
            # of that day
            day, last = d.start_date, None  # type: ignore[assignment]
        if forward and minute is not None:
            if _STAMP.match(t.text) and d is not None and d.resolved and d.start_date == d.end_date \
                    and d.start_date > day:  # type: ignore[operator]
                day = d.start_date  # type: ignore[assignment]
            elif last is not None and last >= EVENING and minute < SMALL_HOURS:
                day += dt.timedelta(days=1)
            last = minute
        out.append(day)
    return out


def _names_only(text: str, d: DateMention) -> bool:
    """The line is a day's name and nothing else ("Tuesday, 19 September", "Sept. 19:")."""
    return not text[:d.start].strip(" \t,:-") and not text[d.end:].strip(" \t.,:-")


# An entry stamped with its day and clock time, the day first: "Dec. 29, 8:57 a.m.: The tower warns the crew".
_DATED_CLOCK = re.compile(r"\W*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?,?\s+\d{1,2}[:.]\d{2}\b")
EVENING, SMALL_HOURS = 18 * 60, 6 * 60  # an entry after the first, then one before the second: past midnight


def _forward(a: int, b: int) -> bool | None:
    """Whether going from an entry posted at minute ``a`` to one at ``b`` runs forward in time: a later time, or
    the evening then the small hours (past midnight); the small hours then the evening runs back."""
    if a >= EVENING and b < SMALL_HOURS:
        return True
    if a < SMALL_HOURS and b >= EVENING:
        return False
    return None if a == b else b > a


_CLOCK_PARTS = re.compile(r"(\d{1,2})[:.](\d{2})\s*(?:([ap])\.?m\.?)?", re.IGNORECASE)


def _minutes(clock: str) -> int | None:
    """Minutes after midnight of a live entry's clock time ("9:42 a.m.", "12:01 a.m.", "21:38")."""
    m = _CLOCK_PARTS.search(clock)
    return None if m is None else minutes(int(m[1]), int(m[2]), m[3] or "")


def _says_what_is_to_come(text: str, body: int, date: DateMention | None, article_date: dt.date) -> bool:
    """The entry reports a statement, named as such, made now about a day to come ("6:15 p.m.: The Treasury, the
    Fed and the FDIC say in a joint statement that depositors can reach their money from Monday"): the day is
    what was said, the statement is of the page's day. So is a decision told as made now about a time to come."""
    said = SAYING_NOW.search(text, body)
    if date is None or not date.resolved or date.end_date < article_date:  # type: ignore[operator]
        return False
    decided = DECIDES_NOW.search(text, body, date.start)
    if decided is not None and decided.start() < date.start:
        return True  # "Mayor Sobyanin cancels all public events this weekend": the decision is the entry's news
    return said is not None and said.start() < date.start \
        and date.start_date > article_date and STATEMENT.search(text, body, date.start) is not None  # type: ignore[operator]


# A decision an entry tells as made now, in the present, about a time to come ("cancels all public events this
# weekend", "orders schools shut on Monday")
DECIDES_NOW = re.compile(r"\b(?:cancels|postpones|suspends|orders|bans|closes|declares|calls off|shuts|puts off)\b",
                         re.IGNORECASE)


# A statement named as such: the entry reports it as news, not only someone's forecast ("Rabie says 113 ships
# will cross by 8 a.m. tomorrow": the crossing).
STATEMENT = re.compile(r"\b(?:statement|announcement|news release|press release|communiqu[eé])\b", re.IGNORECASE)


# A live page's entry stamped with its weekday and clock time, either way round: "Tuesday 03:35: The fire is
# under control", "12:01 a.m. Saturday: Touchdown", "1:05 a.m. (Friday): ...".
_DAY_NAME = "|".join(w.capitalize() for w in WEEKDAYS)
_STAMP = re.compile(rf"^\W*(?:(?P<first>{_DAY_NAME}),?\s+\d{{1,2}}[:.]\d{{2}}\b"
                    rf"|\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?,?\s+\(?(?P<after>{_DAY_NAME})\b)")


def is_stamp(text: str, m: DateMention) -> bool:
    """The phrase is the weekday stamping a live page's entry ("1:05 a.m. (Friday): ..."): the entry's own day,
    however it is set off."""
    return _stamp_name(text, m) is not None


def _stamp_name(text: str, m: DateMention) -> str | None:
    """The weekday's name, when the phrase ``m`` is the one stamping a live page's entry."""
    stamp = _STAMP.match(text)
    group = "first" if stamp is not None and stamp.group("first") else "after"
    return stamp.group(group) if stamp is not None and m.start == stamp.start(group) else None


def stamped(text: str, m: DateMention, article_date: dt.date | None) -> DateMention:
    """The weekday stamping a live page's entry is the one nearest the page's date, before or after it: a live
    page runs on past midnight from the day it opened ("Tuesday 03:35" on a page of Monday 15 April is the
    16th, not the Tuesday before), and is dated by that day or by its last."""
    name = _stamp_name(text, m)
    if name is None or article_date is None or m.precision != "weekday" or not m.resolved \
            or m.start_date != m.end_date:
        return m
    day = nearest_weekday(article_date, WEEKDAYS.index(name.lower()))
    if day == m.start_date:
        return m
    return dataclasses.replace(m, start_date=day, end_date=day,
                               note=f"a live entry's stamp: the {name} nearest the page's date")


# A timeline's entry: a paragraph opening with its day and a colon ("Feb. 13: ...", "Monday, Nov. 20: ...").
ENTRY = re.compile(r"\W*(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*:\s")
ENTRIES = 3  # an article with this many is a timeline


def is_timeline(told: Sequence[Told]) -> bool:
    return sum(1 for t in told if ENTRY.match(t.text)) >= ENTRIES


def entry_above(told: Sequence[Told], dates: Sequence[DateMention | None], i: int, reach: int) -> int | None:
    """In a timeline, the entry a paragraph without a day of its own goes on from: the nearest one above it,
    at most ``reach`` sentences and two paragraphs back, with no other dated sentence between ("Feb. 13:
    China says ...", then "Its commerce ministry blacklists two arms makers.")."""
    for k in range(i - 1, max(-1, i - reach - 1), -1):
        p = told[k]
        if p.label or told[i].block - p.block > 2:
            return None
        if ENTRY.match(p.text):
            return k
        if dates[k] is not None and dates[k].origin != "context":  # type: ignore[union-attr]
            return None  # a day of its own in between; one lent by context goes on with the entry
    return None

