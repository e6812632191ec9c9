"""Two reports of one event, however they are worded: the same action, on the same dates.

"Hart and Quiroga signed a pact on Wednesday" and "The two ministers put their
signatures to the document" share hardly a word, and word overlap alone
leaves them apart. What they share is the event: the action the sentence
reports (``analyse.events``) and its date. Two statements of one section
whose main actions are the same and whose dates, resolved to at most a month,
agree are scored as one fact (``EVENT_DAY`` or ``EVENT_MONTH``) whatever
their words; everything else that keeps two facts apart (people, figures,
quotations, dates further apart) still applies, in ``cluster``.

Candidate pairs for this come from blocks of one action and one month,
sorted by date, each statement paired with a few neighbours: linear in the
number of statements, never all pairs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..analyse.specifics import DAY_SLACK
from ..model import Statement

EVENT_DAY = 0.45  # same action, both dated to a day (within DAY_SLACK): enough even within one article
EVENT_MONTH = 0.32  # same action, dates agreeing at the precision of a month at most
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

    @property
    def dated(self) -> bool:
        return self.start is not None


def event_keys(statements: Sequence[Statement]) -> list[EventKey]:
    out = []
    for s in statements:
        d = s.date
        fine = d is not None and d.resolved and d.end_date - d.start_date <= FINEST  # type: ignore[operator]
        out.append(EventKey(s.frame.action if s.frame and not s.frame.oblique else "",
                            d.start_date if fine else None, d.end_date if fine else None, s.label))  # type: ignore[union-attr]
    return out


def event_score(a: EventKey, b: EventKey) -> float:
    """How surely two statements report one event by what they state, 0 when nothing says so."""
    if a.label or b.label or not a.action or a.action != b.action or not a.dated or not b.dated:
        return 0.0
    assert a.start and a.end and b.start and b.end
    if (max(a.start, b.start) - min(a.end, b.end)).days > DAY_SLACK:
        return 0.0
    days = (a.end - a.start).days <= 1 and (b.end - b.start).days <= 1
    return EVENT_DAY if days else EVENT_MONTH


def event_pairs(keys: Sequence[EventKey], articles: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Pairs (i < j) of statements of different articles in one block of action and month, near in date."""
    blocks: dict[tuple[str, int, int], list[int]] = {}
    for i, k in enumerate(keys):
        if k.action and k.dated and not k.label:
            assert k.start is not None
            blocks.setdefault((k.action, k.start.year, k.start.month), []).append(i)
    for members in blocks.values():
        members.sort(key=lambda i: (keys[i].start, articles[i], i))
        for x, i in enumerate(members):
            for j in members[x + 1:x + 1 + WINDOW]:
                if articles[i] != articles[j]:
                    yield (i, j) if i < j else (j, i)
