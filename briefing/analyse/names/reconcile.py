"""The whole pass: candidates merged into clusters, clusters judged, mentions attached, people assembled.

5. **Person-likeness.**  A merged cluster of full-name candidates is a person
   when it is a curated name or alias, or a role, title or honorific ("Mr")
   precedes one of its mentions; or, with at least one occurrence that does
   not stand where places stand (after "in", "from", "to", "the town of", or
   in a list beside a known country: ``things.py``), when its given name is
   a known given name, it has the East Asian shape, or it occurs in 2+
   sentences ("flights to Kiryat Shmona" twice, or "from El Salvador" and
   "Honduras and El Salvador", make no person).  Candidates had to pass the
   stop-word, vocabulary and thing filters first, so "North Korea", "Security
   Council", "Wall Street", "Vostochny Cosmodrome" or "Treaty on
   Comprehensive Strategic Partnership" never get here.

6. **Surname mentions.**  A lone token ("Shoigu", "Putin", "Kim") attaches to
   a person when exactly one person in the corpus (found or curated) has that
   surname; when several do, to the one of them named in full in the same
   article if there is exactly one; otherwise it stays unattached.  Stop
   words (countries, months...) are never surname candidates.

7. **Descriptions** from the curation ("the North Korean leader") resolve to
   their person, case-insensitively; a description listed for several people
   is ambiguous and ignored; one that directly precedes a name ("the DPRK
   leader Kim Jong-un") is not counted a second time.

Output: a curated person is named by the curation; otherwise by its most used
spelling, a spelling without initials first, ties alphabetical.  The key is
the slug of that name, numbered ("-2") on a collision.  Variants are the
spellings of name/alias mentions with the sorted sources that used them.
Roles: curated roles first, then found ones by frequency, one per
case-insensitive spelling.  Curated people with no mention at all are left out.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ...model import Mention, NameCandidate, Person, PersonHint, Variant
from .candidates import NameFinder, Vocabulary, article_words, norm_phrase, phrase_regex
from .clusters import Clusters, curated_nodes, merge_blocks
from .keys import NameShape, name_shape, surname_key, whole_name_key
from .typos import merge_typos

_Sentence = tuple[str, str, str]  # (source id, sentence id, text)


@dataclass(slots=True)
class _Found:
    """A mention before person keys are known."""

    sent: int
    start: int
    end: int
    root: int
    via: str
    roles: tuple[str, ...] = ()


def find_people(sentences: Iterable[_Sentence], hints: Sequence[PersonHint] = (),
                candidates: Sequence[NameCandidate] | None = None) -> list[Person]:
    """People named in ``(source_id, sentence_id, text)`` sentences.

    See the package docstring for the heuristics.  Curated people without any
    mention are left out.  ``candidates`` (indexed into ``sentences``) may come
    from :meth:`NameFinder.candidates`, article by article; by default they are
    found here with the whole corpus as vocabulary.
    """
    sents = list(sentences)
    if candidates is None:
        vocab = Vocabulary(article_words(text for _, _, text in sents))
        candidates = NameFinder.for_hints(hints).candidates([text for _, _, text in sents], vocab)
    cands = list(candidates)
    fulls = [c for c in cands if not c.single]

    # One union-find node per distinct spelling (and per curated spelling).
    node_of: dict[str, int] = {}
    shapes: list[NameShape | None] = []
    uf = Clusters()

    def node(surface: str) -> int:
        if surface not in node_of:
            node_of[surface] = uf.add(whole_name_key(surface))
            shapes.append(name_shape(surface))
        return node_of[surface]

    hint_nodes = curated_nodes(uf, node, hints)
    for surface in sorted({c.surface for c in fulls}):
        node(surface)
    merge_blocks(uf, shapes)
    merge_typos(uf, shapes, *_attestation(uf, fulls, node_of, sents))
    hint_roots = [uf.find(n) for n in hint_nodes]

    accepted = _accepted_roots(uf, fulls, node_of, shapes)
    accepted.update(hint_roots)

    found: list[_Found] = []
    for c in fulls:
        root = uf.find(node_of[c.surface])
        if root in accepted:
            found.append(_Found(c.sent, c.start, c.end, root, _via(c.surface, root, uf, hints), c.roles))
    found += _surname_mentions(sents, cands, found, uf, node_of, shapes, accepted)
    found += _description_mentions(sents, hints, hint_roots, found)
    return _assemble(sents, found, uf, hints)


def _attestation(uf: Clusters, fulls: list[NameCandidate], node_of: dict[str, int],
                 sents: list[_Sentence]) -> tuple[dict[int, int], dict[int, int]]:
    """Each cluster's full-name occurrences and the number of articles they are in, by root."""
    mentions: Counter[int] = Counter()
    sources: dict[int, set[str]] = defaultdict(set)
    for c in fulls:
        root = uf.find(node_of[c.surface])
        mentions[root] += 1
        sources[root].add(sents[c.sent][0])
    return dict(mentions), {r: len(s) for r, s in sources.items()}


def _accepted_roots(
    uf: Clusters, fulls: list[NameCandidate], node_of: dict[str, int], shapes: list[NameShape | None]
) -> set[int]:
    """Clusters that look like people: titled or curated; name-like, or in 2+
    sentences, where at least one occurrence does not stand where places
    stand ("flights to Tel Aviv" twice, "from El Salvador" make no person),
    and none is called a place ("the village of Imi N'Tala")."""
    sentences: dict[int, set[int]] = defaultdict(set)
    not_place: set[int] = set()
    placed: set[int] = set()
    strong: set[int] = set()
    namelike: set[int] = set()
    for c in fulls:
        n = node_of[c.surface]
        root = uf.find(n)
        sentences[root].add(c.sent)
        if not c.locative:
            not_place.add(root)
        if c.placed:
            placed.add(root)
        shape = shapes[n]
        if c.titled or c.hint >= 0:
            strong.add(root)
        elif shape is not None and shape.namelike:
            namelike.add(root)
    return strong | ((namelike & not_place) | {r for r, s in sentences.items() if len(s) >= 2 and r in not_place}) \
        - placed


def _via(surface: str, root: int, uf: Clusters, hints: Sequence[PersonHint]) -> str:
    h_idx = uf.hint[root]
    if h_idx < 0:
        return "name"
    hint = hints[h_idx]
    norm = norm_phrase(surface)
    if norm == norm_phrase(hint.name):
        return "name"
    if norm in {norm_phrase(a) for a in hint.aliases}:
        return "alias"
    key = whole_name_key(norm)
    if key == whole_name_key(norm_phrase(hint.name)):
        return "name"
    return "alias" if key in {whole_name_key(norm_phrase(a)) for a in hint.aliases} else "name"


def _surname_mentions(
    sents: list[_Sentence],
    cands: list[NameCandidate],
    found: list[_Found],
    uf: Clusters,
    node_of: dict[str, int],
    shapes: list[NameShape | None],
    accepted: set[int],
) -> list[_Found]:
    """Lone surnames: unique in the corpus, else unique in the same article."""
    by_surname: dict[str, set[int]] = defaultdict(set)
    for n in node_of.values():
        shape, root = shapes[n], uf.find(n)
        if root in accepted and shape is not None:
            by_surname[shape.surname].add(root)
    in_source: dict[tuple[str, str], set[int]] = defaultdict(set)
    surname_of_root: dict[int, set[str]] = defaultdict(set)
    for sur, roots in by_surname.items():
        for r in roots:
            surname_of_root[r].add(sur)
    for f in found:
        for sur in surname_of_root[f.root]:
            in_source[(sents[f.sent][0], sur)].add(f.root)
    out: list[_Found] = []
    for c in cands:
        if not c.single:
            continue
        sur = surname_key(c.surface)
        roots = by_surname.get(sur)
        if not roots:
            continue
        if len(roots) > 1:
            roots = in_source.get((sents[c.sent][0], sur), set())
        if len(roots) == 1:
            out.append(_Found(c.sent, c.start, c.end, next(iter(roots)), "surname", c.roles))
    return out


def _skip_space_comma(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos].isspace() or text[pos] == ","):
        pos += 1
    return pos


def _description_mentions(
    sents: list[_Sentence], hints: Sequence[PersonHint], hint_roots: list[int], found: list[_Found]
) -> list[_Found]:
    owners: dict[str, set[int]] = defaultdict(set)
    for h_idx, hint in enumerate(hints):
        for d in hint.descriptions:
            owners[norm_phrase(d).casefold()].add(h_idx)
    usable = {d: next(iter(o)) for d, o in owners.items() if len(o) == 1}  # shared descriptions are ambiguous
    desc_re = phrase_regex(usable, re.IGNORECASE)
    if desc_re is None:
        return []
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for f in found:
        spans[f.sent].append((f.start, f.end))
    out: list[_Found] = []
    for s_idx, (_, _, text) in enumerate(sents):
        for m in desc_re.finditer(text):
            taken = spans.get(s_idx, [])
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            after = _skip_space_comma(text, m.end())
            if any(s == after for s, _ in taken):
                continue  # "the DPRK leader Kim Jong-un": the name already counts
            h_idx = usable[norm_phrase(m.group(0)).casefold()]
            out.append(_Found(s_idx, m.start(), m.end(), hint_roots[h_idx], "description"))
    return out


# --------------------------------------------------------------------------
# Person records
# --------------------------------------------------------------------------


def _slug(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "person"


def _assemble(sents: list[_Sentence], found: list[_Found], uf: Clusters, hints: Sequence[PersonHint]) -> list[Person]:
    by_root: dict[int, list[_Found]] = defaultdict(list)
    for f in found:
        by_root[uf.find(f.root)].append(f)
    named: list[tuple[str, int]] = []
    for root, fs in by_root.items():
        h_idx = uf.hint[root]
        if h_idx >= 0:
            named.append((hints[h_idx].name, root))
            continue
        counts = Counter(" ".join(sents[f.sent][2][f.start : f.end].split()) for f in fs if f.via in ("name", "alias"))
        if counts:  # only a curated person can be known by surname alone
            # The most used spelling, but a full one before "V. Putin".
            named.append((min(counts, key=lambda t: (_has_initial(t), -counts[t], t)), root))
    keys = _person_keys(sents, named, by_root)
    people = []
    for name, root in named:
        hint = hints[uf.hint[root]] if uf.hint[root] >= 0 else None
        people.append(_person(sents, keys[root], name, by_root[root], hint))
    return sorted(people, key=lambda p: p.key)


def _person_keys(
    sents: list[_Sentence], named: list[tuple[str, int]], by_root: dict[int, list[_Found]]
) -> dict[int, str]:
    """Stable keys: slug of the display name, numbered on collision in an
    order that does not depend on the order of the input."""

    def first_place(root: int) -> tuple[str, str, int]:
        return min((sents[f.sent][0], sents[f.sent][1], f.start) for f in by_root[root])

    keys: dict[int, str] = {}
    used: Counter[str] = Counter()
    for name, root in sorted(named, key=lambda nr: (nr[0], first_place(nr[1]))):
        base = _slug(name)
        used[base] += 1
        keys[root] = base if used[base] == 1 else f"{base}-{used[base]}"
    return keys


def _has_initial(name: str) -> bool:
    shape = name_shape(norm_phrase(name))
    return shape is not None and shape.initials


def _person(sents: list[_Sentence], key: str, name: str, fs: list[_Found], hint: PersonHint | None) -> Person:
    fs = sorted(fs, key=lambda f: (f.sent, f.start))
    mentions = tuple(
        Mention(sents[f.sent][0], sents[f.sent][1], f.start, f.end, sents[f.sent][2][f.start : f.end], key, f.via)
        for f in fs
    )
    spellings: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.via in ("name", "alias"):
            spellings[" ".join(m.text.split())].add(m.source)
    variants = tuple(Variant(t, tuple(sorted(s))) for t, s in sorted(spellings.items()))
    roles = _merge_roles(hint.roles if hint else (), [r for f in fs for r in f.roles])
    return Person(key, name, roles, variants, mentions)


def _merge_roles(curated: Sequence[str], found: list[str]) -> tuple[str, ...]:
    """Curated roles first, then found roles by frequency; one per casefold."""
    out = list(dict.fromkeys(curated))
    seen = {r.casefold() for r in out}
    counts = Counter(found)
    per_fold = Counter(r.casefold() for r in found)
    for role in sorted(counts, key=lambda r: (-per_fold[r.casefold()], -counts[r], r)):
        if role.casefold() not in seen:
            seen.add(role.casefold())
            out.append(role)
    return tuple(out)
