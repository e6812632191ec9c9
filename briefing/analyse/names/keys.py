"""Transliteration keys and name shapes: what makes two spellings of a name the same.

Each token gets a transliteration key (:func:`token_key`: NFKD without
diacritics, lower case, hyphens and apostrophes dropped, then the rewrites of
``data/key_rules.txt``: sch/sh, tch/ch, ph/f, w/v, x/ks, kh/h, tz/ts, ck/k,
q/k, hard c/k, Russian yo/e after a consonant, initial ye/e, j/i after a
letter, y/i, double letters collapsed).  Given names also pass a small table
of equivalent forms (:func:`given_key`, ``data/given_equivalents.txt``:
Volodymyr = Vladimir, Muhammad = Mohammed, Aleksandr = Alexander, ...).

A written full name decomposes into a :class:`NameShape`: its whole-name key,
its surname key (the blocking key of the merge, see ``clusters.py``) and its
given-name keys.  East Asian names are read family-name-first when the first
token is a common Korean/Chinese family name and the rest is 1-2 romanised
syllables per part ("Kim Jong-un", "Kim Il Sung", "Xi Jinping"); their surname
is the first token, so the Kims share a block but never merge.  An Arabic
article is ignored in surnames (al-Assad = Assad), and a suffix is never one
("Roland Butler Jr." has the surname Butler).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from .words import (
    ARABIC_ARTICLES,
    EAST_ASIAN_SURNAMES,
    GIVEN_EQUIVALENTS,
    GIVEN_NAMES,
    KEY_RULES,
    NAME_SUFFIXES,
    PARTICLES,
)

_KEY_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), r) for p, r in KEY_RULES)
_NON_LETTER = re.compile(r"[^a-z]")


def fold(text: str) -> str:
    """Lower case ASCII letters only: diacritics stripped (NFKD), hyphens,
    apostrophes and spaces dropped, so "Jong-un" = "Jong Un" = "Jongun"."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_LETTER.sub("", plain.lower())


@functools.lru_cache(maxsize=1 << 18)
def token_key(token: str) -> str:
    """The transliteration key of one name token (or a run of them)."""
    s = fold(token)
    for pattern, replacement in _KEY_RULES:
        s = pattern.sub(replacement, s)
    return s


def _canonical_forms(groups: tuple[tuple[str, ...], ...]) -> dict[str, str]:
    """Key of each spelling -> key of its group's first spelling (the first group wins)."""
    out: dict[str, str] = {}
    for group in groups:
        keys = [token_key(w) for w in group]
        for k in keys:
            out.setdefault(k, keys[0])
    return out


_GIVEN_CANON = _canonical_forms(GIVEN_EQUIVALENTS)
GIVEN_KEYS = frozenset(token_key(w) for w in GIVEN_NAMES) | frozenset(_GIVEN_CANON)
EA_SURNAME_KEYS = frozenset(token_key(w) for w in EAST_ASIAN_SURNAMES)
# One romanised Korean / Chinese syllable, on a key (after the rules above).
_SYLLABLE = r"[bcdfghjklmnpqrstvz]{0,3}[aeiou]{1,3}(?:ng|n|m|l|k|p|t|r)?"
_SYLLABLES_1_2 = re.compile(rf"(?:{_SYLLABLE}){{1,2}}")
_SURNAME_PREFIX = re.compile(rf"^(?:{'|'.join(ARABIC_ARTICLES)})[-'’](?=\w)", re.IGNORECASE)


def given_key(token: str) -> str:
    """Key of a given name: transliteration key, then the equivalence table."""
    k = token_key(token)
    return _GIVEN_CANON.get(k, k)


def surname_key(token: str) -> str:
    """Key of a surname; an Arabic article is dropped: al-Assad = Assad."""
    return token_key(_SURNAME_PREFIX.sub("", token))


def is_given_name(token: str) -> bool:
    """Is this a known given name, in any of its spellings?"""
    return given_key(token) in GIVEN_KEYS


# --------------------------------------------------------------------------
# Name shapes
# --------------------------------------------------------------------------

_NAME_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


@dataclass(frozen=True)
class NameShape:
    """How one written full name decomposes, computed once per spelling."""

    full_key: str  # whole name, every token: "kimjongun"
    surname: str  # blocking key
    given: tuple[str, ...]  # given-name keys, canonical, in order
    initials: bool  # some given token is a bare initial
    family_first: bool
    namelike: bool  # known given name, or East Asian shape


def hyphenated_syllables(token: str) -> bool:
    """"Geun-hye", "Jae-in": a romanised East Asian given name written with a hyphen."""
    pieces = re.split(r"[-'’]", token)
    return len(pieces) == 2 and all(_SYLLABLES_1_2.fullmatch(token_key(p)) for p in pieces if p)


def _is_family_first(core: list[str]) -> bool:
    """Kim Jong-un, Kim Il Sung, Xi Jinping; not Lee Anderson or Kim Darroch."""
    if not 2 <= len(core) <= 3 or token_key(core[0]) not in EA_SURNAME_KEYS:
        return False
    if is_given_name(core[1]):
        return False
    pieces = [p for t in core[1:] for p in re.split(r"[-'’]", t) if p]
    return 1 <= len(pieces) <= 2 and all(_SYLLABLES_1_2.fullmatch(token_key(p)) for p in pieces)


# Russian patronymics, which come between a given name and the surname.
PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna)$", re.IGNORECASE)


@functools.lru_cache(maxsize=65536)
def name_shape(surface: str) -> NameShape | None:
    """The shape of a written name; None for fewer than two tokens besides particles."""
    tokens = _NAME_TOKEN.findall(surface)
    core = [t for t in tokens if t.lower() not in PARTICLES and t.lower() not in NAME_SUFFIXES]
    if len(core) < 2:
        return None
    full_key = "".join(token_key(t) for t in tokens)
    if _is_family_first(core):
        sur, given_tokens, family_first = core[0], tokens[1:], True
    else:
        last = len(tokens) - 1 - tokens[::-1].index(core[-1])
        sur, given_tokens, family_first = core[-1], tokens[:last], False
    # "Vladimir Vladimirovich Putin" is Vladimir Putin: a patronymic after a given name names no one else
    given_tokens = [t for k, t in enumerate(given_tokens) if k == 0 or not PATRONYMIC.search(t)]
    given = tuple(given_key(t) for t in given_tokens)
    initials = any(len(t) == 1 for t in given_tokens)
    namelike = family_first or is_given_name(core[0])
    return NameShape(full_key, surname_key(sur), given, initials, family_first, namelike)


def whole_name_key(surface: str) -> str:
    """Whole-name key, also for one-word curated aliases."""
    shape = name_shape(surface)
    return shape.full_key if shape is not None else token_key(surface)
