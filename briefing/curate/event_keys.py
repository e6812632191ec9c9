"""Two reports of one event, however they are worded: the same kind of action, on the same dates.

"Hart and Quiroga signed a pact on Wednesday" and "The two ministers put their
signatures to the document" share hardly a word, and word overlap alone
leaves them apart. What they share is the event: the action the sentence
reports (``analyse.events``) and its date. Two statements of one section
whose main actions are of one family ("received the secretary", "met
with", "arrived in Pyongyang") and whose dates, resolved to at most a
month, agree are scored as one fact (``EVENT_DAY`` or ``EVENT_MONTH``)
whatever their words, unless each names parties and none of the other's
("Turkey said it was sending a drone" and "The Red Crescent's teams reached
the wreck", the same day); everything else that keeps two facts apart (people,
figures, quotations, dates further apart, a plan against a thing done)
still applies, here or in ``cluster``.

A report with no date of its own ("Putin and Kim signed a pact pledging
mutual aid") is still news of its article's days: it is scored as the dated
report of the same action within the days before its article's date
(``EVENT_NEAR``), but only when the two name a party in common.

Candidate pairs for this come from blocks of one family and one month,
sorted by date, each statement paired with a few neighbours: linear in the
number of statements, never all pairs.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..analyse.dates.pick import is_reporting_date
from ..analyse.dates.steps import shifts_time
from ..analyse.dates.words import MONTH_STEMS, WEEKDAYS
from ..analyse.events.frames import WORD, planned
from ..analyse.events.lexicon import lexicon
from ..analyse.specifics import day_of_year, month_of
from ..analyse.tokens import CALENDAR, STOPWORDS, stem
from ..model import Statement

EVENT_DAY = 0.45  # same family, both dated to a day (within EVENT_SLACK): enough even within one article
EVENT_MONTH = 0.32  # same action, dates agreeing at the precision of a month at most
EVENT_NEAR = 0.32  # same action and a party in common, one dated within the days before the other's article
STRETCHES = frozenset({"range"})  # the precision of a date naming a span of days on purpose ("18-19 June")
EVENT_SLACK = 1  # days two reports dated to the day may differ by and still be one event on their action alone
NEWS_DAYS = dt.timedelta(days=10)  # how far back an article's undated report of an action may reach
# A date wider than this ("in 2024", "last year") tells events of one action apart too little.
FINEST = dt.timedelta(days=31)
WINDOW = 12  # neighbours a statement is paired with in its block
# Words of the small hours or a late evening: one moment, reported across time zones, is dated a day apart.
NIGHT = re.compile(rf"\b(?:late|early)\s+(?:on\s+)?(?:(?:{'|'.join(WEEKDAYS)})\b"
                   rf"|(?:{'|'.join(MONTH_STEMS)})[a-z]*\.?\s+\d)|\blate (?:in the )?evening\b"
                   r"|\bovernight\b|\bmidnight\b|\bnight\b|\bearly hours\b|(?<=\w )(?:[1-4]|12)(?::\d\d)?\s*a\.m\.",
                   re.IGNORECASE)
WEAK_ORIGIN = "live"  # a date taken from a live page's day: it dates a report, but tells no two events apart


@dataclass(frozen=True, slots=True)
class EventKey:
    """What event resolution reads of a statement."""

    family: str  # the family of the main action ("" when the sentence states none the table knows): "arrived",
    # "was received" and "held talks" are one family, and may state one event
    start: dt.date | None  # the resolved date's span, when it is at most FINEST wide
    end: dt.date | None
    label: bool  # a headline or a subheading: too short to stand for an event on its own
    published: dt.date | None = None  # the article's date, for a report with no date of its own
    parties: frozenset[str] = frozenset()  # the people and parties it names
    planned: bool = False  # stated as to come ("will visit"): never the same event as one done
    things: frozenset[str] = frozenset()  # for an action whose object tells events apart: its object's words
    stretch: bool = False  # dated by an explicit span of days ("from Friday through Wednesday", "18-19 June")
    yearless: tuple[int, int] | None = None  # days of the year its date names, when it names no year ("This June")
    weekday: int | None = None  # the weekday its date names, when that is all it gives ("on Friday", undated)
    shifted: bool = False  # it opens by moving to another time ("Later, ..."): it takes no date from its company
    night: bool = False  # it speaks of the small hours or a late evening ("at 2:20 a.m.", "late on Monday"), when
    # reports filed across time zones date one moment a day apart
    ambiguous: bool = False  # dated wider than a day (or undated: its article's news days), and that span holds
    # reports of its family on days further apart than a day: "sued in March" cannot tell which suit it is

    @property
    def dated(self) -> bool:
        return self.start is not None

    @property
    def near(self) -> tuple[dt.date, dt.date] | None:
        """The days an undated report in a dated article can be about: up to its article's date."""
        if self.dated or self.published is None or self.shifted:
            return None
        return self.published - NEWS_DAYS, self.published + dt.timedelta(days=1)


# A statement that reports no action the table knows is never one event with another by what it states
# (``event_score``): it is given one of these two, not a key of its own (hundreds of thousands at 10,000 articles).
NO_EVENT = EventKey("", None, None, False)
NO_EVENT_LABEL = EventKey("", None, None, True)


def event_keys(statements: Sequence[Statement]) -> list[EventKey]:
    table = lexicon()
    out = []
    for s in statements:
        if s.frame is None or s.frame.oblique:
            out.append(NO_EVENT_LABEL if s.label else NO_EVENT)
            continue
        d = s.date if s.date is None or s.date.origin != WEAK_ORIGIN else None  # a live entry's day is its page's
        fine = d is not None and d.resolved and d.end_date - d.start_date <= FINEST  # type: ignore[operator]
        undated = d is None or not d.resolved
        out.append(EventKey(table.actions[s.frame.action].family,
                            d.start_date if fine else None, d.end_date if fine else None, s.label,  # type: ignore[union-attr]
                            s.published if undated else None, parties_of(s), _planned(s),
                            _things(s), fine and d.precision in STRETCHES,  # type: ignore[union-attr]
                            s.specifics.days if undated and d is not None else None,
                            weekday_alone(s),
                            shifts_time(s.sentence.text), NIGHT.search(s.sentence.text) is not None))
    return _with_ambiguity(out)


def weekday_alone(s: Statement) -> int | None:
    """The weekday a statement's unresolved date names, when it names no calendar day ("on Friday", undated)."""
    unresolved = s.date is not None and not s.date.resolved
    return s.specifics.weekday if unresolved and s.specifics.days is None else None


def _with_ambiguity(keys: list[EventKey]) -> list[EventKey]:
    """The keys, those dated wider than a day (or undated, by the days their article may report as news) marked
    ``ambiguous`` when that span holds reports of their family dated to days more than ``EVENT_SLACK`` apart:
    two suits, two hearings, two rulings of one month, two signings of one week."""
    days: dict[str, list[dt.date]] = {}
    for k in keys:
        if k.dated and k.family and not k.label and (k.end - k.start).days <= 1:  # type: ignore[operator]
            days.setdefault(k.family, []).append(k.start)  # type: ignore[arg-type]
    for found in days.values():
        found.sort()
    out = []
    for k in keys:
        span = (k.start, k.end) if k.dated and (k.end - k.start).days > 1 else k.near  # type: ignore[operator]
        inside = days.get(k.family, []) if span else []
        if inside:
            first, last = bisect.bisect_left(inside, span[0]), bisect.bisect_right(inside, span[1])  # type: ignore[index]
            if first < last and (inside[last - 1] - inside[first]).days > EVENT_SLACK:
                k = dataclasses.replace(k, ambiguous=True)
        out.append(k)
    return out


def _planned(s: Statement) -> bool:
    """The sentence states its action as to come, unless the day it gives is the day the plan was told ("the
    Commission said on Wednesday it would impose duties"): that is news of what was announced that day, as
    "the Commission announced duties on Wednesday" is."""
    if not planned(s.sentence.text, s.frame):
        return False
    d = s.date
    return d is None or not d.resolved or d.origin != "" or not is_reporting_date(d, s.sentence.text)


def _things(s: Statement) -> frozenset[str]:
    """The words of what the action acts on, for actions whose object tells their events apart."""
    frame = s.frame
    if frame is None or frame.oblique or not lexicon().actions[frame.action].distinct:
        return frozenset()
    text = s.sentence.text
    named = [(m.start, m.end) for m in s.mentions]
    words = [w for w in WORD.finditer(text, frame.object.start, frame.object.end)
             if not any(a <= w.start() < b for a, b in named)]  # the receiver is no part of the gift
    return frozenset(stem(w.group().lower()) for w in words[:8] if len(w.group()) > 2
                     and w.group().lower() not in STOPWORDS and w.group().lower() not in CALENDAR
                     and not w.group()[:1].isupper())


def parties_of(s: Statement) -> frozenset[str]:
    """The keys of the people and parties a statement names (its participants and its people's mentions)."""
    return frozenset(key for key, _ in s.participants) | frozenset("@" + m.person for m in s.mentions)


def event_score(a: EventKey, b: EventKey) -> float:
    """How surely two statements report one event by what they state, 0 when nothing says so."""
    if a.label or b.label or not a.family or a.family != b.family or a.planned != b.planned:
        return 0.0
    if a.dated != b.dated:
        dated, other = (a, b) if a.dated else (b, a)
        return max(_near_score(dated, other), _yearless_score(dated, other))
    if not a.dated:
        return 0.0
    assert a.start and a.end and b.start and b.end
    if a.things and b.things and a.things.isdisjoint(b.things):
        return 0.0  # "gave him a rifle" and "handed him his portrait": two gifts
    if a.parties and b.parties and a.parties.isdisjoint(b.parties):
        return 0.0  # two parties' actions of a kind on one day: two events, as "Kurtz signed a pact" is not Putin's
    days = (a.end - a.start).days <= 1 and (b.end - b.start).days <= 1
    if a.stretch != b.stretch and ((a.end - a.start).days <= 1 or (b.end - b.start).days <= 1):
        return 0.0  # one day of a stretch ("grounded flights that morning") is not the whole stretch's tally
    if not days and (a.ambiguous or b.ambiguous) and ((a.end - a.start).days <= 1 or (b.end - b.start).days <= 1):
        return 0.0  # "sued in March", with two suits of March on the table: which one the words do not say
    if days and a.start != b.start and not (a.night or b.night):
        return 0.0  # a day apart by day-time words: Monday's briefing and Tuesday's, not one told twice
    # two days may be a day apart (time zones, "late Tuesday" and "early Wednesday"); wider spans must meet
    if (max(a.start, b.start) - min(a.end, b.end)).days > (EVENT_SLACK if days else 0):
        return 0.0
    return EVENT_DAY if days else EVENT_MONTH


def _near_score(dated: EventKey, undated: EventKey) -> float:
    window = undated.near
    if window is None or dated.parties.isdisjoint(undated.parties) or undated.ambiguous:
        return 0.0
    assert dated.start and dated.end
    if dated.things and undated.things and dated.things.isdisjoint(undated.things):
        return 0.0
    return EVENT_NEAR if window[0] <= dated.start and dated.end <= window[1] else 0.0


def _yearless_score(dated: EventKey, undated: EventKey) -> float:
    """A date without a year ("This June", in an undated article) against a dated report: their days of the
    year must meet, and the objects must not differ; never more than a month's agreement. A weekday alone
    ("on Friday") must name the dated report's day, and the two must name a party in common."""
    assert dated.start and dated.end
    if dated.things and undated.things and dated.things.isdisjoint(undated.things):
        return 0.0
    if undated.weekday is not None:  # "on Friday" in an undated article: the day of the week, and a party in common
        same_day = dated.start == dated.end and dated.start.weekday() == undated.weekday
        return EVENT_NEAR if same_day and not dated.parties.isdisjoint(undated.parties) else 0.0
    if undated.yearless is None:
        return 0.0
    first, last = day_of_year(dated.start), day_of_year(dated.end)
    if last < first:
        return 0.0  # across the new year: left to the words
    meets = max(first, undated.yearless[0]) - min(last, undated.yearless[1]) <= EVENT_SLACK
    return EVENT_MONTH if meets else 0.0


def event_pairs(keys: Sequence[EventKey], articles: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Pairs (i < j) of statements in one block of family and month, near in date. Two of one article are
    paired too: an article may tell one event twice ("Shoigu met with Kim", then "The meeting took place in
    Pyongyang, where Shoigu arrived on September 13"), and clustering holds such a pair to a higher bar."""
    blocks: dict[tuple[str, int, int], list[int]] = {}
    yearless: list[int] = []
    for i, k in enumerate(keys):
        if not k.family or k.label:
            continue
        if not k.dated and (k.yearless is not None or k.weekday is not None):
            yearless.append(i)
        span = (k.start, k.end) if k.dated else k.near
        if span is None:
            continue
        months = {(span[0].year, span[0].month), (span[1].year, span[1].month)}  # type: ignore[union-attr]
        for year, month in sorted(months):
            blocks.setdefault((k.family, year, month), []).append(i)
    _add_yearless(blocks, keys, yearless)
    for members in blocks.values():
        members.sort(key=lambda i: (keys[i].start or keys[i].published or dt.date.min, articles[i], i))
        for x, i in enumerate(members):
            for j in members[x + 1:x + 1 + WINDOW]:
                yield (i, j) if i < j else (j, i)


def _add_yearless(blocks: dict[tuple[str, int, int], list[int]], keys: Sequence[EventKey], yearless: list[int]) -> None:
    """Each report dated without a year joins the blocks of its family and months, whatever their year (a
    weekday alone, every month's)."""
    years: dict[tuple[str, int], list[int]] = {}
    for family, year, month in blocks:
        years.setdefault((family, month), []).append(year)
    for i in yearless:
        k = keys[i]
        months = {month_of(k.yearless[0]), month_of(k.yearless[1])} if k.yearless else set(range(1, 13))
        for month in sorted(months):
            for year in years.get((k.family, month), ()):
                blocks[(k.family, year, month)].append(i)
