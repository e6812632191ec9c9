"""Variant merging: a union-find over distinct spellings of full names.

Step 4.  Spellings are compared by the keys of ``keys.py``.  A union-find over
*distinct spellings* (never all pairs of names) merges:
(a) equal whole-name keys ("Kim Jong-un" = "Kim Jong Un");
(b) within a block of equal surname keys, equal joined given-name keys;
(c) within the block, a spelling with initials ("V. Putin") into the one
full spelling its initials fit; when several fit ("A. Hassan" with Ahmed
and Ali Hassan) it stays apart.
Curation aliases force merges; ``not_same_as`` vetoes a merge with any
spelling whose whole-name key equals a vetoed name's, checked on whole
clusters so that a third spelling cannot bridge it; two curated people are
never merged with each other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from ...model import PersonHint
from .candidates import norm_phrase
from .keys import NameShape, whole_name_key


class Clusters:
    """Union-find whose roots carry what a merge must respect: the curated
    person (at most one per cluster) and the vetoed name keys."""

    def __init__(self) -> None:
        self.parent: list[int] = []
        self.hint: list[int] = []
        self.keys: list[set[str]] = []
        self.vetoes: list[set[str]] = []

    def add(self, full_key: str) -> int:
        self.parent.append(len(self.parent))
        self.hint.append(-1)
        self.keys.append({full_key})
        self.vetoes.append(set())
        return len(self.parent) - 1

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def can_union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.hint[ra] >= 0 and self.hint[rb] >= 0 and self.hint[ra] != self.hint[rb]:
            return False  # two curated people stay two people
        return not (self.vetoes[ra] & self.keys[rb] or self.vetoes[rb] & self.keys[ra])

    def union(self, a: int, b: int, force: bool = False) -> bool:
        if not force and not self.can_union(a, b):
            return False
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if len(self.keys[ra]) < len(self.keys[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.keys[ra] |= self.keys[rb]
        self.vetoes[ra] |= self.vetoes[rb]
        if self.hint[ra] < 0:
            self.hint[ra] = self.hint[rb]
        self.keys[rb], self.vetoes[rb] = set(), set()
        return True


def merge_blocks(uf: Clusters, shapes: list[NameShape | None]) -> None:
    """Merge spellings: equal whole keys, then within each surname block
    equal given names, then initials that fit exactly one given name."""
    by_full: dict[str, int] = {}
    blocks: dict[str, list[int]] = defaultdict(list)
    for idx, shape in enumerate(shapes):
        if shape is None:
            continue
        first = by_full.setdefault(shape.full_key, idx)
        if first != idx:
            uf.union(first, idx)
        blocks[shape.surname].append(idx)
    for members in blocks.values():
        by_given: dict[tuple[str, ...], int] = {}
        with_initials: list[int] = []
        for idx in members:
            shape = shapes[idx]
            assert shape is not None
            if shape.initials:
                with_initials.append(idx)
                continue
            joined = ("".join(shape.given),)  # "Jong-un" = "Jong Un"
            first = by_given.setdefault(joined, idx)
            if first != idx:
                uf.union(first, idx)
        full_forms = sorted(by_given.items())
        for idx in with_initials:
            _merge_initials(uf, shapes, idx, [n for _, n in full_forms])


def _merge_initials(uf: Clusters, shapes: list[NameShape | None], idx: int, full_forms: list[int]) -> None:
    """"V. Putin" joins the one full spelling in its block whose given names
    fit the initials; with several candidates ("A. Hassan") it stays apart."""
    shape = shapes[idx]
    assert shape is not None
    roots = set()
    for other in full_forms:
        o = shapes[other]
        assert o is not None
        if len(o.given) == len(shape.given) and all(
            a == b or (len(a) == 1 and b.startswith(a)) for a, b in zip(shape.given, o.given)
        ):
            roots.add(uf.find(other))
    if len(roots) == 1:  # ambiguous initials are left alone
        uf.union(roots.pop(), idx)


def curated_nodes(uf: Clusters, node: Callable[[str], int], hints: Sequence[PersonHint]) -> list[int]:
    """Each curated person's spellings forced into one cluster, vetoes attached."""
    heads = []
    for h_idx, hint in enumerate(hints):
        head = node(norm_phrase(hint.name))
        root = uf.find(head)
        if uf.hint[root] < 0:
            uf.hint[root] = h_idx
        for alias in hint.aliases:
            other = node(norm_phrase(alias))
            if uf.hint[uf.find(other)] in (-1, h_idx):
                uf.union(head, other, force=True)  # an alias is a curator's decision
        uf.vetoes[uf.find(head)] |= {whole_name_key(norm_phrase(v)) for v in hint.not_same_as}
        heads.append(head)
    return heads
