"""Text matching: section terms, entity-aware tokens and statement similarity.

Two sentences from different articles state the same fact when they share
enough *informative* vocabulary: names are first folded to one token per
entity or person (so "DPRK" and "North Korea" agree), words are stemmed
("signed"/"signing"), and each shared token weighs by how rare it is in the
corpus (IDF), so "Russia" in every sentence counts for little and
"Krivoruchko" or "aggression" for a lot.
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import repeat

import snowballstemmer

_STEM = snowballstemmer.stemmer("english")
_STEMS: dict[str, str] = {}  # news reuses its words: stem each once (pure-Python Snowball is slow)
_STEMS_MAX = 500_000

# Function words carry no fact; listed once here so similarity ignores them.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself one two said says say according also already among time well per
    year years month months week day days later earlier ago since first last""".split()
)

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
# Leading words that make a sentence lean on the one before it; such a
# sentence is a poorer stand-alone statement when choosing what to show.
ANAPHORA = re.compile(r"^\W*(?:he|she|it|they|this|that|these|those|his|her|its|their|also|later|then|"
                      r"before that|after that|in return|however|but|and)\b", re.IGNORECASE)


def terms_pattern(terms: Sequence[str]) -> re.Pattern[str]:
    """All of a section's terms in one pattern, each its own group, so one scan counts them.

    The word-start check and a lookahead on the terms' first letters stand in
    front of the alternation, so at most positions of a sentence the scan
    fails after one test instead of one per term (about 8 times faster).
    """
    alternatives = "|".join(f"(?P<t{n}>{_term_body(t)})" for n, t in enumerate(terms))
    firsts = {t.split()[0][0] for t in terms if t.split()}
    ahead = f"(?=[{re.escape(''.join(sorted(firsts)))}])" if firsts and "." not in firsts else ""
    return re.compile(f"(?<!\\w){ahead}(?:{alternatives})", re.IGNORECASE)


def distinct_hits(pattern: re.Pattern[str], text: str) -> int:
    return len({m.lastgroup for m in pattern.finditer(text)})


def _term_body(term: str) -> str:
    """A section term as regex: 'visit*' is a prefix, '...' a gap of up to five words."""
    out: list[str] = []
    for word in term.split():
        if word == "...":
            out.append(r"(?:\W+\w+){0,5}?")
            continue
        piece = re.escape(word.rstrip("*")) + (r"\w*" if word.endswith("*") else r"\b")
        out.append((r"\W+" if out else "") + piece)
    return "".join(out)


@dataclass(frozen=True)
class Alias:
    text: str
    key: str  # canonical token, e.g. "@north-korea"


class Lexicon:
    """Folds every alias of an entity or person to one token before comparison."""

    def __init__(self, aliases: Iterable[Alias]) -> None:
        by_text = {}
        for a in aliases:
            by_text.setdefault(a.text.casefold(), a.key)
        self._keys = by_text
        # Longest first, so "Russian Security Council" wins over "Russian".
        ordered = sorted(by_text, key=lambda t: (-len(t), t))
        body = "|".join(re.escape(t) for t in ordered)
        self._pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE) if ordered else None

    def entities(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, key) of every alias occurrence in the text."""
        if self._pattern is None:
            return []
        return [(m.start(), m.end(), self._keys[m.group(0).casefold()]) for m in self._pattern.finditer(text)]

    def tokens(self, text: str, spans: Sequence[tuple[int, int, str]] = ()) -> frozenset[str]:
        """Entity and person keys, plus stemmed content words of what is left.

        ``spans`` are (start, end, key) found by other means (the people
        finder); where they overlap an alias match, the earlier, longer wins.
        """
        found = _non_overlapping([*spans, *self.entities(text)])
        keys = {k for _, _, k in found}
        rest, last = [], 0
        for start, end, _ in found:
            rest.append(text[last:start])
            last = end
        rest.append(text[last:])
        words = [w.casefold().replace("’", "'") for w in WORD.findall(" ".join(rest))]
        words = [w[:-2] if w.endswith("'s") else w for w in words]
        content = [w for w in words if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]
        return frozenset(keys | {stem(w) for w in content})


def stem(word: str) -> str:
    found = _STEMS.get(word)
    if found is None:
        if len(_STEMS) >= _STEMS_MAX:
            _STEMS.clear()
        found = _STEMS[word] = _STEM.stemWord(word)
    return found


def _non_overlapping(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1], s[2])):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


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


def leans_on_context(text: str) -> bool:
    return bool(ANAPHORA.match(text))
