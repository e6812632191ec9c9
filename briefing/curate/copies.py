"""Near-duplicate articles: copies with small edits are one source, not two.

Each article is a set of hashed word 5-grams (shingles, ``analyse.shingles``).
Its few smallest hashes form a sketch; articles sharing a sketch hash are
candidates (an inverted index, so no all-pairs comparison), and a candidate
pair is a near-duplicate when the exact Jaccard similarity of the shingle sets
is high.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from array import array
from collections import defaultdict
from collections.abc import Callable, Sequence

from ..analyse.shingles import packed_shingles
from ..model import Article, ArticleFacts, DateMention

SKETCH = 8
# Share of shingles in common. An outlet re-running a wire report rewrites a sentence or two of a dozen, which
# leaves 0.65 to 0.8; articles written apart, even on one event with the same names, share under a fifth.
NEAR = 0.60
# ... or a later, shorter article whose shingles nearly all come from an earlier one, however much of it is left
# out: a spam mirror drops a paragraph and the dateline and adds a link or two, but writes nothing of its own
CONTAINED = 0.85
SHORTEST = 40  # a copy this short (in shingles) could be a stock paragraph; only Jaccard decides for it
MAX_BUCKET = 100
SETS_KEPT = 2 * MAX_BUCKET  # shingle sets kept at once (see find_copies)


def find_copies(articles: Sequence[Article], packed: Sequence[bytes] | None = None) -> dict[str, tuple[str, float]]:
    """Map each near-duplicate article id to (the earlier article it copies, similarity).

    "Earlier" is corpus order (file name), so the choice is deterministic; a
    copy of a copy points at the first article of the chain. ``packed`` are the
    articles' :func:`packed_shingles` of their body text, when already made.
    """
    if packed is None:
        packed = [packed_shingles(" ".join(s.text for s in a.body_sentences)) for a in articles]
    values = [array("I", p) for p in packed]
    index: dict[int, list[int]] = defaultdict(list)
    for i, v in enumerate(values):
        for h in v[:SKETCH]:
            index[h].append(i)
    # Sets are made only for articles that share a sketch value, and only a few are kept: a
    # frozenset of an article's shingles is about 50 KB (each 32-bit value is an int object),
    # so keeping them all took 360 MiB at 10,000 articles. Buckets are visited in corpus order,
    # so the sets a bucket needs were mostly made for the bucket before.
    shingle_set = functools.lru_cache(maxsize=SETS_KEPT)(lambda i: frozenset(values[i]))

    best: dict[int, tuple[float, int]] = {}
    compared: set[int] = set()  # i * n + j: a copy shares most of its sketch, so most buckets, with its original
    n = len(values)
    for members in index.values():
        if len(members) > MAX_BUCKET:  # a stock phrase everyone uses, not evidence of copying
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                small, large = sorted((len(values[i]), len(values[j])))
                if i * n + j in compared or (small < NEAR * large and not _may_hold(len(values[i]), len(values[j]))):
                    continue  # Jaccard is at most small / large
                compared.add(i * n + j)
                original, copy = shingle_set(i), shingle_set(j)
                common = len(original & copy)  # once, for both tests
                score = _jaccard(len(original), len(copy), common)
                if (score >= NEAR or _holds(len(original), len(copy), common)) \
                        and (j not in best or (score, -i) > (best[j][0], -best[j][1])):
                    best[j] = (score, i)
    copies: dict[str, tuple[str, float]] = {}
    for j in sorted(best):
        score, i = best[j]
        root = articles[i].id
        while root in copies:
            root = copies[root][0]
        copies[articles[j].id] = (root, score)
    return copies


def _may_hold(original: int, copy: int) -> bool:
    """Sizes of a mirror that left parts out: the later article at least half as long as the earlier one and
    shorter by a tenth or more (one of the same length that differs is an edit, which Jaccard judges)."""
    return copy >= SHORTEST and 10 * copy <= 9 * original and 2 * copy >= original


def _holds(original: int, copy: int, common: int) -> bool:
    """The later article's shingles (``copy`` of them, ``common`` shared) nearly all come from the earlier one
    (``CONTAINED``)."""
    return _may_hold(original, copy) and common >= CONTAINED * copy


def _jaccard(a: int, b: int, common: int) -> float:
    """Jaccard similarity of two sets of ``a`` and ``b`` shingles, ``common`` of them shared."""
    if not a or not b:
        return 0.0
    return common / (a + b - common)  # the union's size, without building the union


# A sentence of a copy that shares this much of its words with one of the original's is the original's, edited.
EDITED = 0.5
_WORD = re.compile(r"\w+")


def edited_from(copy: Article, original: Article) -> list[int | None]:
    """For each of the copy's statement sentences (by index), the original's sentence it edits (the one sharing
    most of its words), or None when it is the copy's own. An outlet re-running a report a day later adds a line
    of that day's news ("The Kremlin said on Monday ..."), which is read against the copy's own date, not the
    original's."""
    theirs = [frozenset(_WORD.findall(s.text.lower())) for s in original.statement_sentences]
    out: list[int | None] = []
    for s in copy.statement_sentences:
        words = frozenset(_WORD.findall(s.text.lower()))
        best, edited = 0.0, None
        for j, w in enumerate(theirs):
            share = len(words & w) / len(words | w) if words else 0.0
            if share > best:  # the first of equals
                best, edited = share, j
        out.append(edited if best >= EDITED else None)
    return out


def own_lines_dated(articles: Sequence[Article], facts: list[ArticleFacts], copies: dict[str, tuple[str, float]],
                    own_dates: dict[str, dt.date | None],
                    extract: Callable[[Article], ArticleFacts]) -> list[ArticleFacts]:
    """``facts`` with the sentences a near-copy adds to its original dated against the copy's own date.

    A copy is read against its original's date (``date_copies``), which its shared text needs: a mirror's "on
    Wednesday" is the original's Wednesday. Its own lines are another matter, and so is a shared line whose date
    phrase the copy changed (``_redated``): those left undated or dated against the article's date (a weekday,
    "yesterday") take what a reading against the copy's own date gives them; a copy with none costs no second
    reading. Its shared lines keep the original's dates where the copy dated them by context or counting, which an
    added line ("... on the list of dead Saturday") would lead astray: the shared text tells what the original
    told, on the original's days."""
    at = {a.id: k for k, a in enumerate(articles)}
    out = list(facts)
    for k, a in enumerate(articles):
        own = own_dates.get(a.id)
        if a.id not in copies or own is None or own == a.date:
            continue
        original = copies[a.id][0]
        edits = edited_from(a, articles[at[original]])
        theirs = out[at[original]].sentences
        lines = {i for i, j in enumerate(edits) if _read_against_article(out[k].sentences[i].date)
                 and (j is None or _redated(out[k].sentences[i].date, theirs[j].date))}
        if not lines and None not in edits:
            continue
        again = extract(dataclasses.replace(a, date=own)) if lines else None
        out[k] = dataclasses.replace(out[k], sentences=tuple(
            again.sentences[i] if again is not None and i in lines
            else dataclasses.replace(f, date=theirs[j].date) if j is not None and _borrowed(f.date)
            else f for i, (f, j) in enumerate(zip(out[k].sentences, edits))))
    return out


def _read_against_article(date: DateMention | None) -> bool:
    return date is None or date.relative or not date.resolved


def _redated(mine: DateMention | None, theirs: DateMention | None) -> bool:
    """An edited line whose date phrase is not the original's ("By Sunday" made "By Monday", with the toll of
    that day): the editor brought it up to the copy's own day."""
    return mine is not None and mine.relative and not _borrowed(mine) \
        and (theirs is None or mine.phrase.lower() != theirs.phrase.lower())


def _borrowed(date: DateMention | None) -> bool:
    """Dated from another sentence of the article: by context, or counted from a date the narrative set."""
    return date is not None and date.origin in ("context", "narrative")
