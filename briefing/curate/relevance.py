"""Which articles are about the story, and which only share some of its words.

A folder of coverage holds articles on other stories: the same leaders
meeting someone else, the same kind of gift in another capital, another
country's bridge collapse. The story is known by its parties, the entities
and people of the curation file:

- The two sides named by the most articles are its anchors ("the EU" and
  "China"; "the Key Bridge" and "the Dali"). A person or a body stands
  on the side of the entity their roles name ("the Chinese commerce minister"). An
  article naming both anchors is on the story.
- An article naming no party at all is not ("names none of the story's
  parties").
- Any other article is on the story when its vocabulary is close to the
  rest of the corpus: the rarity-weighted overlap (cosine) of its words and
  names with the other articles' is at least ``CLOSE`` of the median
  article's. A report of US tariffs on Chinese cars names China, but little else
  the EU–China coverage uses; a report of the third victim found names only the
  bridge, and everything else the other bridge reports use.

Off-story articles stay readable (their sentences are listed under other
reporting) but confirm nothing: they are kept out of the sections, the
timeline and the key points, and the Sources page says why.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence

CLOSE = 0.8


def off_story(articles: Sequence[str], words: Sequence[frozenset[str]], parties: Mapping[str, str],
              sides: Mapping[str, str]) -> dict[str, str]:
    """Article id -> why it is off the story, for the articles that are.

    ``words`` are each article's tokens (names folded to their party keys), in
    the order of ``articles``; ``parties`` maps a party's key to its name and
    ``sides`` to the side it stands on (a person on their country's).
    """
    named = [frozenset(sides.get(p, p) for p in w & parties.keys()) for w in words]
    anchors = _anchors(named)
    closeness = _closeness(words)
    typical = _median(closeness)
    out: dict[str, str] = {}
    for article, found, close in zip(articles, named, closeness):
        if not found and parties:
            out[article] = "names none of the story's parties"
        elif anchors and not anchors <= found and close < CLOSE * typical:
            both = " and ".join(sorted(parties[a] for a in anchors))
            out[article] = (f"does not name both {both}, and shares little of the other articles' vocabulary "
                            f"({close / typical:.0%} of the typical article's)")
    return out


def _anchors(named: Sequence[frozenset[str]]) -> frozenset[str]:
    """The (at most) two parties named by the most articles; ties go to the key first in order."""
    df = Counter(p for found in named for p in found)
    return frozenset(p for p, _ in sorted(df.items(), key=lambda kv: (-kv[1], kv[0]))[:2])


def _closeness(words: Sequence[frozenset[str]]) -> list[float]:
    """Each article's cosine with the centroid of all the others (rarity-weighted, leave-one-out).

    The centroid of the others is the corpus's document frequencies less the
    article's own, so the whole list costs one pass over the words, not one
    comparison per pair of articles.
    """
    n = len(words)
    if n < 2:
        return [1.0] * n
    df = Counter(t for w in words for t in w)
    idf = {t: math.log(1 + n / c) for t, c in df.items()}
    full = math.fsum((df[t] * idf[t]) ** 2 for t in df)
    out = []
    for w in words:
        # The article is idf(t) on each of its words; the others' centroid is (df(t) - own) * idf(t).
        dot = math.fsum((df[t] - 1) * idf[t] ** 2 for t in w)
        own = math.sqrt(math.fsum(idf[t] ** 2 for t in w))
        rest = math.sqrt(max(full - math.fsum((2 * df[t] - 1) * idf[t] ** 2 for t in w), 0.0))
        out.append(dot / (own * rest) if own and rest else 0.0)
    return out


def _median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0.0
