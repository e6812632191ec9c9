"""Which articles are about the story, and which only share some of its words.

A folder of coverage holds articles on other stories: the same leaders
meeting someone else, the same kind of gift in another capital, another
country's bridge collapse. The story is known by its parties, the entities
and people of the curation file:

- The two sides named by the most articles are its anchors ("the EU" and
  "China"; "the Key Bridge" and "the Dali"). A person or a body stands
  on the side of the entity their roles name ("the Chinese commerce minister"). An
  article naming both anchors is on the story, but for the case below.
- An article naming no party at all is not ("names none of the story's
  parties").
- An article naming both anchors is off the story all the same when it
  shares less than ``FAR`` of the median article's vocabulary, in a corpus of
  ``STEADY`` articles or more: a report of a game's record sales names the two
  companies of a takeover fight in passing, and little else the coverage uses.
- Any other article is on the story when its vocabulary is close to the
  rest of the corpus: the rarity-weighted overlap (cosine) of its words and
  names with the other articles' is at least ``CLOSE`` of the median
  article's. A report of US tariffs on Chinese cars names China, but little else
  the EU–China coverage uses; a report of the third victim found names only the
  bridge, and everything else the other bridge reports use.
- ... or when it reports one of the story's people on a day an article on the
  story reports them too, each sentence dating its event to that day in its own
  words. A state agency's readout of a spokesman's briefing shares few words
  with the wire copy, but the wire copy reports the same briefing.

Off-story articles stay readable (their sentences are listed under other
reporting) but confirm nothing: they are kept out of the sections, the
timeline and the key points, and the Sources page says why.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Mapping, Sequence

from ..model import PARTY_KEY, Statement
from .event_keys import parties_of

CLOSE = 0.8
FAR = 0.5  # ... and an article this far from the rest is on another story whoever it names,
STEADY = 10  # ... in a corpus of this many articles or more: in fewer, the typical article is too noisy a measure


def off_story(articles: Sequence[str], words: Sequence[frozenset[str]], parties: Mapping[str, str],
              sides: Mapping[str, str], seen: Sequence[frozenset[Sighting]] = ()) -> dict[str, str]:
    """Article id -> why it is off the story, for the articles that are.

    ``words`` are each article's tokens (names folded to their party keys), in
    the order of ``articles``; ``parties`` maps a party's key to its name and
    ``sides`` to the side it stands on (a person on their country's);
    ``seen``, when given, each article's sightings of the story's people
    (:func:`sightings`).
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
        elif anchors and close < FAR * typical and len(words) >= STEADY:
            out[article] = (f"shares less than half of the other articles' vocabulary "
                            f"({close / typical:.0%} of the typical article's), though it names the story's parties")
    on_story = frozenset().union(*(s for a, s in zip(articles, seen) if a not in out))
    for article, own in zip(articles, seen):
        if article in out and own & on_story and not out[article].startswith("names none"):
            del out[article]  # a far vocabulary, but a person of the story on a day the story's articles report
    return out


Sighting = tuple[str, dt.date]  # (a person's key, a day a sentence dates what it reports of them to)


def sightings(statements: Sequence[Statement], count: int) -> list[frozenset[Sighting]]:
    """For each of ``count`` articles: the story's people its sentences name, each with the one day the
    sentence's own words date its event to (not a day lent by the sentence before, nor a span)."""
    out: list[set[Sighting]] = [set() for _ in range(count)]
    for s in statements:
        d = s.date
        if d is None or d.start_date is None or d.start_date != d.end_date or d.origin == "context":
            continue
        out[s.article].update((key, d.start_date) for key in parties_of(s) if not key.startswith(PARTY_KEY))
    return [frozenset(found) for found in out]


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
