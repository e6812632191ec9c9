"""Reports placing left unplaced that other articles report in a section, worded much the same way.

Placing reads one sentence at a time, and a sentence naming no term of any
section and no action a section's definition names goes to other reporting:
"Four days later, Beijing announced the deposits" names no duty and no
retaliation, though another article's report of that day ("Four days later,
China announced provisional measures on brandy") went to the section on
China's responses. An unplaced report then goes where the reports worded
most like it went, when they agree on one section; both are dated, to one
time of a month at most; nothing contradicts between them (whom they name,
where it happened); and their words overlap at the bar merging takes for
one fact. Undated remarks and figures stay where they were: the same mould
of words ("the currency rose 9.2 percent after the announcement",
"opposition lawmakers criticised the plans") tells many facts, and only a
day says two such reports tell one. Reports of articles on other stories
stay where they are.

The pairs come from the same rare-word blocking the merging uses: each
report is compared with a bounded number of others, never with all.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Collection, Sequence

from ..model import Statement
from .cluster import SAME_FACT, both_dated
from .signature import signatures
from .similarity import Scorer, candidate_pairs

ALIKE = SAME_FACT  # words overlapping this much state one fact


def place_unplaced(statements: list[Statement], sets: Sequence[frozenset[str]], idf: dict[str, float],
                   off_story: Collection[str] = ()) -> list[Statement]:
    """The statements, each unplaced report moved to the one section the reports worded most like it are in."""
    scorer = Scorer(idf)
    # only dated reports can move or be moved to (``both_dated``): a cheap test first, before any pair is scored
    able = [s.date is not None and s.date.resolved and not s.label and s.source not in off_story for s in statements]
    open_ = [ok and s.section is None for ok, s in zip(able, statements)]
    if not any(open_):
        return statements
    placed = [ok and s.section is not None for ok, s in zip(able, statements)]
    # the blocking over the dated reports alone: a fraction of the corpus, the rest can pair with none of them
    kept = [k for k, ok in enumerate(able) if ok]
    pairs = [(i, j) for a, b in candidate_pairs([sets[k] for k in kept], [statements[k].article for k in kept], idf)
             for i, j in ((kept[a], kept[b]), (kept[b], kept[a])) if open_[i] and placed[j]]
    wanted = sorted({k for pair in pairs for k in pair})
    signs = dict(zip(wanted, signatures([statements[k] for k in wanted])))
    votes: dict[int, Counter[str]] = {}
    for i, j in pairs:
        if signs[i].agrees(signs[j]) and both_dated(statements[i], statements[j]) \
                and scorer.similarity(sets[i], sets[j]) >= ALIKE:
            votes.setdefault(i, Counter())[statements[j].section] += 1  # type: ignore[index]
    moved = list(statements)
    for i, counted in votes.items():
        (best, n), *rest = counted.most_common(2) + [("", 0)]
        if n > rest[0][1]:
            moved[i] = dataclasses.replace(statements[i], section=best)
    return moved
