"""Which section a sentence belongs in, by the section terms it uses."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ..model import Article, SectionRule
from .terms import distinct_hits, terms_pattern

HEADING_BONUS = 0.5  # a sentence sits under a subheading that names the section
FOLLOW_BONUS = 0.25  # the sentence before it, in the same paragraph, went there


def place_sentences(a: Article, rules: Sequence[SectionRule]) -> list[str | None]:
    """Each body sentence's section: the one whose terms it matches best, or none.

    A sentence must match at least one term of its own; the subheading above
    it and the sentence before it only break ties, so context never places a
    sentence that says nothing about the section.
    """
    patterns = [(r.id, _pattern(r.terms)) for r in rules]
    out: list[str | None] = []
    previous_block, previous_section = -1, None
    headings: dict[int, dict[str, bool]] = {}
    for s in a.body_sentences:
        best, best_score = None, 0.0
        for rule_id, pattern in patterns:
            hits = distinct_hits(pattern, s.text)
            if not hits:
                continue
            score = hits + (HEADING_BONUS if _heading_matches(a, s.block, rule_id, patterns, headings) else 0.0)
            score += FOLLOW_BONUS if previous_block == s.block and previous_section == rule_id else 0.0
            if score > best_score:
                best, best_score = rule_id, score
        out.append(best)
        previous_block, previous_section = s.block, best
    return out


@functools.lru_cache(maxsize=64)
def _pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    return terms_pattern(terms)


def _heading_matches(a: Article, block: int, rule_id: str, patterns: list, memo: dict[int, dict[str, bool]]) -> bool:
    if block not in memo:
        heading = _heading_above(a, block)
        memo[block] = {rid: bool(heading and p.search(heading)) for rid, p in patterns}
    return memo[block][rule_id]


def _heading_above(a: Article, block: int) -> str | None:
    for b in reversed(a.blocks[:block]):
        if b.kind == "heading":
            return " ".join(s.text for s in b.sentences)
    return None
