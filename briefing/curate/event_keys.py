"""Two reports of one event, however they are worded: the same action, on the same dates.

"Putin and Kim signed a pact on Wednesday" and "The two leaders put their
signatures to the document" share hardly a word, and word overlap alone
leaves them apart. What they share is the event: the action the sentence
reports (``analyse.events``) and its date. Two statements of one section
whose main actions are the same and whose dates, resolved to at most a month,
agree are scored as one fact (``EVENT_DAY`` or ``EVENT_MONTH``) whatever
their words; everything else that keeps two facts apart (people, figures,
quotations, dates further apart) still applies, in ``cluster``.

A report with no date of its own ("Putin and Kim signed a pact pledging
mutual aid") is still news of its article's days: it is scored as the dated
report of the same action within the days before its article's date
(``EVENT_NEAR``), but only when the two name a party in common.

Candidate pairs for this come from blocks of one action and one month,
sorted by date, each statement paired with a few neighbours: linear in the
number of statements, never all pairs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..analyse.events.frames import WORD, planned
from ..analyse.events.lexicon import lexicon
from ..analyse.specifics import DAY_SLACK
from ..analyse.tokens import STOPWORDS, stem
from ..model import Statement

EVENT_DAY = 0.45  # same action, both dated to a day (within DAY_SLACK): enough even within one article
EVENT_MONTH = 0.32  # same action, dates agreeing at the precision of a month at most
EVENT_NEAR = 0.32  # same action and a party in common, one dated within the days before the other's article
STRETCHES = frozenset({"range", "week"})  # precisions of a date naming a span of days on purpose
EVENT_SLACK = 1  # days two reports dated to the day may differ by and still be one event on their action alone
NEWS_DAYS = dt.timedelta(days=10)  # how far back an article's undated report of an action may reach
# A date wider than this ("in 2024", "last year") tells events of one action apart too little.
FINEST = dt.timedelta(days=31)
WINDOW = 12  # neighbours a statement is paired with in its block


@dataclass(frozen=True, slots=True)
class EventKey:
    """What event resolution reads of a statement."""

    action: str  # the main action ("" when the sentence states none the table knows)
    start: dt.date | None  # the resolved date's span, when it is at most FINEST wide
    end: dt.date | None
    label: bool  # a headline or a subheading: too short to stand for an event on its own
    published: dt.date | None = None  # the article's date, for a report with no date of its own
    parties: frozenset[str] = frozenset()  # the people and parties it names
    planned: bool = False  # stated as to come ("will visit"): never the same event as one done
    things: frozenset[str] = frozenset()  # for an action whose object tells events apart: its object's words
    stretch: bool = False  # dated by an explicit span of days ("from Friday through Wednesday", "18-19 June")

    @property
    def dated(self) -> bool:
        return self.start is not None

    @property
    def near(self) -> tuple[dt.date, dt.date] | None:
        """The days an undated report in a dated article can be about: up to its article's date."""
        if self.dated or self.published is None:
            return None
        return self.published - NEWS_DAYS, self.published + dt.timedelta(days=1)


def event_keys(statements: Sequence[Statement]) -> list[EventKey]:
    out = []
    for s in statements:
        d = s.date
        fine = d is not None and d.resolved and d.end_date - d.start_date <= FINEST  # type: ignore[operator]
        undated = d is None or not d.resolved
        out.append(EventKey(s.frame.action if s.frame and not s.frame.oblique else "",
                            d.start_date if fine else None, d.end_date if fine else None, s.label,  # type: ignore[union-attr]
                            s.published if undated else None, _parties(s), planned(s.sentence.text, s.frame),
                            _things(s), fine and d.precision in STRETCHES))  # type: ignore[union-attr]
    return out


def _things(s: Statement) -> frozenset[str]:
    """The words of what the action acts on, for actions whose object tells their events apart."""
    frame = s.frame
    if frame is None or frame.oblique or not lexicon().actions[frame.action].distinct:
        return frozenset()
    words = WORD.findall(s.sentence.text[frame.object.start:frame.object.end])
    return frozenset(stem(w.lower()) for w in words[:8] if w.lower() not in STOPWORDS and len(w) > 2)


def _parties(s: Statement) -> frozenset[str]:
    return frozenset(key for key, _ in s.participants) | frozenset("@" + m.person for m in s.mentions)


def event_score(a: EventKey, b: EventKey) -> float:
    """How surely two statements report one event by what they state, 0 when nothing says so."""
    if a.label or b.label or not a.action or a.action != b.action or a.planned != b.planned:
        return 0.0
    if a.dated != b.dated:
        return _near_score(a, b) if a.dated else _near_score(b, a)
    if not a.dated:
        return 0.0
    assert a.start and a.end and b.start and b.end
    if a.things and b.things and a.things.isdisjoint(b.things):
        return 0.0  # "gave him a rifle" and "handed him his portrait": two gifts
    days = (a.end - a.start).days <= 1 and (b.end - b.start).days <= 1
    if a.stretch != b.stretch and ((a.end - a.start).days <= 1 or (b.end - b.start).days <= 1):
        return 0.0  # one day of a stretch ("grounded flights that morning") is not the whole stretch's tally
    if (max(a.start, b.start) - min(a.end, b.end)).days > (EVENT_SLACK if days else DAY_SLACK):
        return 0.0
    return EVENT_DAY if days else EVENT_MONTH


def _near_score(dated: EventKey, undated: EventKey) -> float:
    window = undated.near
    if window is None or dated.parties.isdisjoint(undated.parties):
        return 0.0
    assert dated.start and dated.end
    if dated.things and undated.things and dated.things.isdisjoint(undated.things):
        return 0.0
    return EVENT_NEAR if window[0] <= dated.start and dated.end <= window[1] else 0.0


def event_pairs(keys: Sequence[EventKey], articles: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Pairs (i < j) of statements of different articles in one block of action and month, near in date."""
    blocks: dict[tuple[str, int, int], list[int]] = {}
    for i, k in enumerate(keys):
        if not k.action or k.label:
            continue
        span = (k.start, k.end) if k.dated else k.near
        if span is None:
            continue
        months = {(span[0].year, span[0].month), (span[1].year, span[1].month)}  # type: ignore[union-attr]
        for year, month in sorted(months):
            blocks.setdefault((k.action, year, month), []).append(i)
    for members in blocks.values():
        members.sort(key=lambda i: (keys[i].start or keys[i].published, articles[i], i))  # type: ignore[union-attr]
        for x, i in enumerate(members):
            for j in members[x + 1:x + 1 + WINDOW]:
                if articles[i] != articles[j]:
                    yield (i, j) if i < j else (j, i)
