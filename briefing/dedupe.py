"""Near-duplicate articles: copies with small edits are one source, not two.

Each article becomes a set of hashed word 5-grams (shingles). Its few
smallest hashes form a sketch; articles sharing a sketch hash are candidates
(an inverted index, so no all-pairs comparison), and a candidate pair is a
near-duplicate when the exact Jaccard similarity of the shingle sets is high.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Sequence

from .model import Article

SHINGLE = 5
SKETCH = 8
NEAR = 0.80  # share of shingles in common
MAX_BUCKET = 100
WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str) -> frozenset[int]:
    words = WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return frozenset({_hash(" ".join(words))}) if words else frozenset()
    return frozenset(_hash(" ".join(words[i:i + SHINGLE])) for i in range(len(words) - SHINGLE + 1))


def _hash(text: str) -> int:
    """CRC-32: deterministic across runs (unlike hash()) and fast; rare collisions only blur Jaccard."""
    return zlib.crc32(text.encode())


def find_copies(articles: Sequence[Article],
                sets: Sequence[frozenset[int]] | None = None) -> dict[str, tuple[str, float]]:
    """Map each near-duplicate article id to (the earlier article it copies, similarity).

    "Earlier" is corpus order (file name), so the choice is deterministic; a
    copy of a copy points at the first article of the chain. ``sets`` are the
    articles' :func:`shingles` of their body text, when already made.
    """
    if sets is None:
        sets = [shingles(" ".join(s.text for s in a.body_sentences)) for a in articles]
    index: dict[int, list[int]] = defaultdict(list)
    for i, sh in enumerate(sets):
        for h in sorted(sh)[:SKETCH]:
            index[h].append(i)
    best: dict[int, tuple[float, int]] = {}
    for members in index.values():
        if len(members) > MAX_BUCKET:  # a stock phrase everyone uses, not evidence of copying
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                small, large = sorted((len(sets[i]), len(sets[j])))
                if small < NEAR * large:  # Jaccard is at most small / large: cannot be a copy
                    continue
                score = _jaccard(sets[i], sets[j])
                if score >= NEAR and (j not in best or (score, -i) > (best[j][0], -best[j][1])):
                    best[j] = (score, i)
    copies: dict[str, tuple[str, float]] = {}
    for j in sorted(best):
        score, i = best[j]
        root = articles[i].id
        while root in copies:
            root = copies[root][0]
        copies[articles[j].id] = (root, score)
    return copies


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
