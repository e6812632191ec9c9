"""Misspelt names: a rare spelling one slip of the keyboard from a well-attested name joins it.

Step 4b, after the merges of ``clusters.py``.  "Vladmir Putin" in one article,
beside "Vladimir Putin" in many, is the same person misspelt, and so are
"Pete Buttigeig" and "Valdis Dombrovkis".  Precision first, since two people
can differ by one letter:

- the same shape: as many parts, all equal (by key) but one, no initials, and
  not family-name-first: East Asian given names are one or two syllables a
  part and one letter makes another person (Kim Jong Il, Kim Jong Un);
- the two differing parts are one edit apart (a letter added, dropped or
  changed, or two neighbours swapped), start with the same letter, differ
  before their last letter (Ivanov and Ivanova are two people), and the
  longer has six letters or more (five for a letter dropped: "Kurz" for
  "Kurtz"; a changed letter in five, "Smyth" and "Smith", may be another
  family);
- a differing given name is not a known given name on both sides ("Mark
  Henry" and "Mary Henry" are two people);
- the rare spelling's cluster is named in one article only and is not
  curated; the other is curated, or named in two articles or more, and named
  at least twice as often;
- it is the only such well-attested name (otherwise it stays apart), and
  curation allows the merge (``not_same_as``, two curated people).

Blocking keeps it linear: each spelling is filed under every part's
one-letter deletions with the other parts, so only spellings sharing such a
key are compared.
"""

from __future__ import annotations

from collections import defaultdict

from .clusters import Clusters
from .keys import GIVEN_KEYS, NameShape

MIN_LENGTH = 6
MIN_LENGTH_DROPPED = 5


def merge_typos(uf: Clusters, shapes: list[NameShape | None], mentions: dict[int, int],
                sources: dict[int, int]) -> None:
    """Join each rare misspelling to the one well-attested name it fits; ``mentions`` and
    ``sources`` count each cluster's full-name occurrences and articles, by root."""
    parts: dict[int, tuple[str, ...]] = {}
    for idx, shape in enumerate(shapes):
        if shape is not None and not shape.initials and not shape.family_first:
            parts[idx] = (*shape.given, shape.surname)
    attested = {n for n in parts if uf.hint[uf.find(n)] >= 0 or sources.get(uf.find(n), 0) >= 2}
    index: dict[tuple[int, tuple[str, ...], str], list[int]] = defaultdict(list)
    for n in sorted(attested):
        for key in _keys(parts[n]):
            index[key].append(n)
    fits: dict[int, set[int]] = defaultdict(set)  # rare cluster -> the well-attested clusters it fits
    for n, own in parts.items():
        root = uf.find(n)
        if n in attested or uf.hint[root] >= 0 or sources.get(root, 0) != 1:
            continue
        for key in _keys(own):
            p = key[0]
            for other in index.get(key, ()):
                o_root = uf.find(other)
                if (o_root != root and (uf.hint[o_root] >= 0 or mentions.get(o_root, 0) >= 2 * mentions.get(root, 0))
                        and _slip(own[p], parts[other][p], p < len(own) - 1)):
                    fits[root].add(o_root)
    for rare_root, roots in sorted(fits.items()):
        if len(roots) == 1:  # a slip from two names is ambiguous: left alone
            uf.union(roots.pop(), rare_root)


def _keys(parts: tuple[str, ...]) -> set[tuple[int, tuple[str, ...], str]]:
    """Blocking keys: for each long enough part, its one-letter deletions with the other parts."""
    keys = set()
    for p, part in enumerate(parts):
        if len(part) >= MIN_LENGTH_DROPPED - 1:
            rest = parts[:p] + parts[p + 1:]
            keys.add((p, rest, part))
            keys.update((p, rest, part[:k] + part[k + 1:]) for k in range(len(part)))
    return keys


def _slip(a: str, b: str, given: bool) -> bool:
    """Are two parts of names one typing slip apart (see the module docstring)?"""
    shortest = MIN_LENGTH if len(a) == len(b) else MIN_LENGTH_DROPPED
    if a == b or a[:1] != b[:1] or max(len(a), len(b)) < shortest:
        return False
    if given and a in GIVEN_KEYS and b in GIVEN_KEYS:
        return False
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if i >= len(b) - 1:
        return False  # only the last letter differs: Ivanov, Ivanova
    if len(a) < len(b):
        return a[i:] == b[i + 1:]  # a letter dropped
    if a[i + 1:] == b[i + 1:]:
        return True  # a letter changed
    return a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]  # two letters swapped
