"""How alike two statements are: IDF-weighted overlap of their tokens, and the pairs worth scoring.

Each shared token weighs by how rare it is in the corpus (IDF), so "China"
in every sentence counts for little and "Dombrovskis" or "countervailing" for
a lot.
"""

from __future__ import annotations

import math
import operator
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Iterator, Sequence
from itertools import repeat


def idf_weights(token_sets: Sequence[frozenset[str]]) -> dict[str, float]:
    df = Counter(t for ts in token_sets for t in ts)
    n = max(len(token_sets), 1)
    return {t: math.log(1 + n / c) for t, c in df.items()}


class Scorer:
    """IDF-weighted Jaccard similarity, with each token set's total weight computed once."""

    def __init__(self, idf: dict[str, float]) -> None:
        self.idf = idf
        self._weights: dict[frozenset[str], float] = {}

    def weight(self, tokens: frozenset[str]) -> float:
        w = self._weights.get(tokens)
        if w is None:
            # fsum: exact whatever the order, and a frozenset's order changes with PYTHONHASHSEED
            w = self._weights[tokens] = math.fsum(map(self.idf.get, tokens, repeat(0.0)))
        return w

    def forget(self) -> None:
        """Drop the cached set weights (and with them the sets), e.g. once a section is clustered."""
        self._weights.clear()

    def similarity(self, a: frozenset[str], b: frozenset[str]) -> float:
        """Shared weight over the weight of the union."""
        common = a & b  # in C; then one map over the few shared tokens
        if not common:
            return 0.0
        shared = math.fsum(map(self.idf.get, common, repeat(0.0)))
        if not shared:
            return 0.0
        union = self.weight(a) + self.weight(b) - shared
        return shared / union if union else 0.0


def candidate_pairs(token_sets: Sequence[frozenset[str]], groups: Sequence[Hashable], idf: dict[str, float],
                    probe: int = 6, window: int = 12, partners: int = 12) -> Iterator[tuple[int, int]]:
    """Pairs (i < j) from different groups that share some of their rarest tokens, each once.

    Each sentence is indexed under its ``probe`` rarest tokens. In each
    posting list a sentence looks only at its ``window`` neighbours on either
    side (sorted-neighbourhood blocking), and keeps its ``partners`` best
    candidates by the weight of rare tokens they share (ties: the earlier
    sentence). The work per sentence is bounded whatever the posting lengths,
    so a fact reported by thousands of articles costs linear work; their
    sentences still join one cluster through chains of strong pairs.
    """
    probes = _rarest(token_sets, idf, probe)
    index: dict[str, list[int]] = defaultdict(list)
    for i, tokens in enumerate(probes):
        for t in tokens:
            index[t].append(i)
    # Posting lists hold sentences in order, so visiting them in the same order, a sentence's
    # place in a list is how many sentences before it had the token: a counter per token
    # instead of a stored place per sentence and token (about 100 MiB at 10,000 articles).
    seen = dict.fromkeys(index, 0)
    n = len(probes)
    pairs: set[int] = set()  # i * n + j: an int per pair is about half the memory of a tuple
    for i, tokens in enumerate(probes):
        shared: dict[int, float] = defaultdict(float)
        group = groups[i]
        for t in tokens:
            members, at, w = index[t], seen[t], idf.get(t, 0.0)
            seen[t] = at + 1
            for j in members[max(0, at - window):at + window + 1]:
                if groups[j] != group:
                    shared[j] += w
        chosen: Iterable[int] = shared
        if len(shared) > partners:
            # The best by (-weight, j), built and sorted in C: heapq.nsmallest loops in Python.
            chosen = [j for _, j in sorted(zip(map(operator.neg, shared.values()), shared))[:partners]]
        pairs.update(i * n + j if i < j else j * n + i for j in chosen)
    return (divmod(k, n) for k in pairs)


def _rarest(token_sets: Sequence[frozenset[str]], idf: dict[str, float], probe: int) -> list[list[str]]:
    """Each set's ``probe`` rarest tokens, rarest first (ties by the token), from one ranking of all tokens."""
    vocabulary = set().union(*token_sets) if token_sets else set()
    rank = {t: r for r, t in enumerate(sorted(vocabulary, key=lambda t: (-idf.get(t, 0.0), t)))}
    return [sorted(ts, key=rank.__getitem__)[:probe] for ts in token_sets]
