"""Reports placing left unplaced that other articles report in a section, worded much the same way.

Placing reads one sentence at a time, and a sentence naming no term of any
section and no action a section's definition names goes to other reporting:
"one pilot is heard asking the other why he cut off the fuel" says nothing of
an investigation, though the report quoting that exchange is the
investigation's. Another article often tells the same fact in nearly the
same words, in a sentence placing did put somewhere ("the report says one
pilot asked the other why he had cut off the fuel"). An unplaced report then
goes where the reports worded most like it went, when they agree on one
section; nothing contradicts between them (the people, the figures, the
dates); and their words overlap at the bar merging takes for one fact.
Reports of articles on other stories stay where they are.

The pairs come from the same rare-word blocking the merging uses: each
report is compared with a bounded number of others, never with all.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Collection, Sequence

from ..model import Statement
from .cluster import SAME_FACT, joined_dates
from .signature import signatures
from .similarity import Scorer, candidate_pairs

ALIKE = SAME_FACT  # words overlapping this much state one fact


def place_unplaced(statements: list[Statement], sets: Sequence[frozenset[str]], idf: dict[str, float],
                   off_story: Collection[str] = ()) -> list[Statement]:
    """The statements, each unplaced report moved to the one section the reports worded most like it are in."""
    scorer = Scorer(idf)
    open_ = [s.section is None and not s.label and s.source not in off_story for s in statements]
    if not any(open_):
        return statements
    placed = [s.section is not None and not s.label and s.source not in off_story for s in statements]
    pairs = [(i, j) for a, b in candidate_pairs(sets, [s.article for s in statements], idf)
             for i, j in ((a, b), (b, a)) if open_[i] and placed[j]]
    wanted = sorted({k for pair in pairs for k in pair})
    signs = dict(zip(wanted, signatures([statements[k] for k in wanted])))
    votes: dict[int, Counter[str]] = {}
    for i, j in pairs:
        if signs[i].agrees(signs[j]) and joined_dates(statements[i], statements[j]) \
                and scorer.similarity(sets[i], sets[j]) >= ALIKE:
            votes.setdefault(i, Counter())[statements[j].section] += 1  # type: ignore[index]
    moved = list(statements)
    for i, counted in votes.items():
        (best, n), *rest = counted.most_common(2) + [("", 0)]
        if n > rest[0][1]:
            moved[i] = dataclasses.replace(statements[i], section=best)
    return moved
