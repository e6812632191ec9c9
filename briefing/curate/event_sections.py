"""One event, one section: reports of one event that placing put in different sections go where most of
their articles put it.

Placing reads one sentence at a time, so three articles reporting one
apology may file it under three sections ("apologized in a television
interview", "deeply sorry and the outage was not a cyberattack", "apologized
and said a fix was deployed"), and clustering, which works section by
section, can then never make them one event. Here reports that surely state
one event, the same kind of action on the same day with a party in common
and nothing that contradicts, are gathered across sections; where the
articles among them that placed it in a section mostly agree on one, every
report of the event goes there, those placing left out too. A tie leaves
each where it was: there is nothing to choose by.

Blocks of one family and one day, and within them of one party, keep this
linear: no pair of reports of different actions, days or parties is ever
looked at, and each report is paired with a few neighbours only.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Collection, Iterator, Sequence

from ..model import Statement
from .event_keys import WINDOW, EventKey, event_keys, event_score
from .signature import Signature, signatures

SAME_DAY = 1  # a report dated to a span at most this many days wide counts as dated to a day


def settle_sections(statements: list[Statement], off_story: Collection[str] = ()) -> list[Statement]:
    """The statements, each report of an event the articles mostly place in one section moved there."""
    groups = _one_event_groups(statements, event_keys(statements), off_story)
    moved = list(statements)
    for members in groups:
        section = agreed_section(statements, members)
        if section is None:
            continue
        for k in members:
            if statements[k].section != section:
                moved[k] = dataclasses.replace(statements[k], section=section)
    return moved


def _one_event_groups(statements: Sequence[Statement], keys: Sequence[EventKey],
                      off_story: Collection[str]) -> list[list[int]]:
    """Groups of reports of one event in at least two articles, found within blocks of one family and day."""
    blocks: dict[tuple[str, object, object], list[int]] = {}
    for i, (s, k) in enumerate(zip(statements, keys)):
        if _surely_dated(k) and s.source not in off_story:
            blocks.setdefault((k.family, k.start, k.end), []).append(i)
    shared = [members for members in blocks.values() if len({statements[i].source for i in members}) >= 2]
    # signatures only for the few reports that may be moved, not for every statement of the corpus
    wanted = [i for members in shared for i in members]
    signs = dict(zip(wanted, signatures([statements[i] for i in wanted])))
    out = []
    for members in shared:
        owner = {i: i for i in members}
        for i, j in _pairs(members, keys):
            if statements[i].source != statements[j].source and _one_event(keys[i], keys[j], signs[i], signs[j]):
                owner[_root(owner, i)] = _root(owner, j)
        parts: dict[int, list[int]] = {}
        for i in members:
            parts.setdefault(_root(owner, i), []).append(i)
        out.extend(p for p in parts.values() if len({statements[i].source for i in p}) >= 2)
    return out


def _root(owner: dict[int, int], i: int) -> int:
    """The group ``i`` is in, halving the path on the way (union-find)."""
    while owner[i] != i:
        owner[i] = owner[owner[i]]
        i = owner[i]
    return i


def _pairs(members: list[int], keys: Sequence[EventKey]) -> Iterator[tuple[int, int]]:
    """Pairs of a block's reports naming a party in common, each with the next few of that party: a day of
    one kind of action can hold thousands of reports at scale, and all their pairs would cost their square."""
    by_party: dict[str, list[int]] = {}
    for i in members:
        for party in sorted(keys[i].parties):
            by_party.setdefault(party, []).append(i)
    for bucket in by_party.values():
        for x, i in enumerate(bucket):
            for j in bucket[x + 1:x + 1 + WINDOW]:
                yield i, j


def _surely_dated(k: EventKey) -> bool:
    """A report of a known action, done, dated by its own words to a day, that stands for an event."""
    return bool(k.family) and not k.label and not k.planned and k.start is not None and k.end is not None \
        and (k.end - k.start).days <= SAME_DAY and not k.stretch


def _one_event(a: EventKey, b: EventKey, x: Signature, y: Signature) -> bool:
    """A party in common, one event by what the two state (``event_score``: objects that do not differ, ...),
    and signatures that agree (people, roles, figures, places)."""
    return not a.parties.isdisjoint(b.parties) and event_score(a, b) > 0 and x.agrees(y)


def agreed_section(statements: Sequence[Statement], members: list[int], *, unplaced_vote: bool = False) -> str | None:
    """The section most of the event's articles place it in, by more articles than any other place gets (an
    article votes once for each place it gives); None on a tie, or when all already agree. With
    ``unplaced_vote``, other reporting is a place too, whose win moves nothing: a report placed by its words
    stays, though other articles found nothing to place theirs by."""
    votes = Counter(section for _, section in {(statements[i].source, statements[i].section) for i in members}
                    if section is not None or unplaced_vote)
    ranked = votes.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    section = ranked[0][0]
    return None if section is None or all(statements[i].section == section for i in members) else section
