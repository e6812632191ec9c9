"""Capitalised tokens, the runs they form, and what each token is.

The first half of step 2 (see ``candidates.py``): a sentence becomes runs of
touching capitalised tokens, and each token of a run is classified as a
name part, a particle, an initial, a title, an honorific or a stop word, by
the word lists of ``words.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .keys import hyphenated_syllables
from .words import (
    ADJECTIVE_TAILS,
    COUNTRIES_AND_PLACES,
    DEMONYMS,
    EAST_ASIAN_SURNAMES,
    GIVEN_NAMES,
    HONORIFICS,
    NAME_SUFFIXES,
    PARTICLES,
    PREFIX_PARTICLES,
    SOFT_STOP,
    STOP_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
)

_CLASSIFY_WORDS = STOP_WORDS | HONORIFICS | TITLE_WORDS
_DOTTED = TITLE_ABBREVIATIONS | HONORIFICS  # "Gov.", "Mr.": their dot does not end the run
_PLACE_PARTS = COUNTRIES_AND_PLACES | DEMONYMS
# "He", "Park", "Hong": a pronoun or a place word, and a family name right after a title ("spokesperson He
# Yadong", "Mr. Park") or before a hyphenated given name ("Park Geun-hye").
STOP_SURNAMES = STOP_WORDS & frozenset(EAST_ASIAN_SURNAMES)
_TITLES = ("title", "honor")
# "Bill", "Christian": stop words that are also given names, which start a name before a surname ("Rep. Bill Johnson")
GIVEN_STOPS = STOP_WORDS & frozenset(GIVEN_NAMES)


def _upper_class() -> str:
    """A regex character class of the upper-case letters of Latin, Greek and
    Cyrillic (the re module has no \\p{Lu})."""
    codes = [c for c in range(0x41, 0x530) if chr(c).isupper()]
    spans: list[list[int]] = []
    for c in codes:
        if spans and spans[-1][1] == c - 1:
            spans[-1][1] = c
        else:
            spans.append([c, c])
    parts = (re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in spans)
    return "[" + "".join(parts) + "]"


# Pattern pieces shared with the role patterns: an upper-case letter, any
# letter, and the hyphenated or apostrophe-joined tail of a word ("Jong-un").
UP = _upper_class()
LET = r"[^\W\d_]"
TAIL = rf"(?:['’\-]{LET}+)*"
_TOKEN_RE = re.compile(
    rf"(?<![\w'’\-])(?:"
    rf"(?P<cap>(?:(?:{'|'.join(PREFIX_PARTICLES)})['’\-])?{UP}{LET}*{TAIL})"
    rf"|(?P<part>{'|'.join(sorted(PARTICLES))})(?![\w'’\-])"
    rf")"
)
LOWER_WORD = re.compile(rf"(?<![\w'’\-])[a-z]{LET}*{TAIL}")
_POSSESSIVE_ENDINGS = ("’s", "'s", "’S", "'S")
_SPACE_GAP = re.compile(r"[^\S\n]+")
_INITIAL_GAP = re.compile(r"\.[^\S\n]*")
_TITLE_GAP = re.compile(r"\.[^\S\n]*|[^\S\n]+")  # "Gov. Wes Moore" and "Gov Wes Moore"


@dataclass(slots=True)
class Tok:
    text: str
    start: int
    end: int
    kind: str = "name"  # name | part | initial | title | honor | stop
    possessive: bool = False


def name_tokens(text: str) -> list[Tok]:
    """Capitalised words and lower-case particles, possessives cut off, initials marked."""
    out: list[Tok] = []
    for m in _TOKEN_RE.finditer(text):
        if m.group("part"):
            out.append(Tok(m.group("part"), m.start(), m.end(), "part"))
            continue
        word, end = m.group("cap"), m.end()
        tok = Tok(word, m.start(), end)
        head, hyphen, tail = word.rpartition("-")
        if hyphen and tail in ADJECTIVE_TAILS:
            # "a Taylor Swift-themed class": the name ends at the hyphen and, like a possessive, ends its run
            tok.text, tok.end, tok.possessive = head, m.start() + len(head), True
        elif word.endswith(_POSSESSIVE_ENDINGS):
            tok.text, tok.end, tok.possessive = word[:-2], end - 2, True
        if text.startswith(".", tok.end):
            low = tok.text.lower()
            if len(tok.text) == 1:
                tok.kind = "initial"
            elif low in NAME_SUFFIXES and not tok.possessive:
                tok.end += 1  # "Roland Butler Jr.": the dot is part of the written name
        out.append(tok)
    return out


def token_runs(text: str, toks: list[Tok]) -> list[list[Tok]]:
    """Group tokens that touch: a possessive ends a run, a dot may only
    follow an initial or a short title ("Gov.", "Mr."), and a line break always separates."""
    out: list[list[Tok]] = []
    current: list[Tok] = []
    for tok in toks:
        if current:
            prev = current[-1]
            if prev.kind == "initial":
                gap_re = _INITIAL_GAP
            else:
                gap_re = _TITLE_GAP if prev.text.lower() in _DOTTED else _SPACE_GAP
            if prev.possessive or not gap_re.fullmatch(text, prev.end, tok.start):
                out.append(current)
                current = []
        current.append(tok)
    if current:
        out.append(current)
    return out


def classify(run: list[Tok], after_title: bool = False) -> None:
    """Set the kind of each name token of a run: acronym, title, honorific or other stop word.
    ``after_title``: a title written in lower case stands right before the run."""
    last = len(run) - 1
    for i, tok in enumerate(run):
        if tok.kind != "name":  # particles and initials are settled by name_tokens()
            continue
        text = tok.text
        low = text.lower()
        if low in NAME_SUFFIXES and i > 0 and run[i - 1].kind == "name":
            continue  # "Jr.", "III" after a name: part of it
        if len(text) > 1 and text.isupper():
            if len(text) == 2 and i < last and i > 0 and run[i - 1].kind in _TITLES and run[i + 1].kind == "name":
                continue  # "Sen. JD Vance": after a title, two capitals before a name are initials
            tok.kind = "stop"  # acronym: DPRK, KCNA, NATO
        elif low in _CLASSIFY_WORDS or "-" in low:
            followed = i < last and run[i + 1].kind != "part"
            if low in HONORIFICS and followed:
                tok.kind = "honor"
            elif low in TITLE_WORDS and followed:
                tok.kind = "title"  # a title only when a name follows: "John Major" keeps Major
            elif low in SOFT_STOP and i > 0 and run[i - 1].kind in ("name", "initial"):
                pass  # "Theresa May", "Michael Jordan"
            elif low in GIVEN_STOPS and followed and (i == 0 or run[i - 1].kind in _TITLES) \
                    and run[i + 1].text.lower() not in STOP_WORDS:
                pass  # "Rep. Bill Johnson": a given name that is also a stop word, starting a name
            elif low in STOP_SURNAMES and followed and _surname_first(run, i, after_title):
                pass  # "Vice Premier He Lifeng", "spokesperson He Yadong", "Park Geun-hye"
            elif low in STOP_WORDS or any(len(p) > 2 and p in _PLACE_PARTS for p in low.split("-")):
                tok.kind = "stop"  # includes "Russian-Korean", "Sino-Russian"


def _surname_first(run: list[Tok], i: int, after_title: bool) -> bool:
    """Does a family name that is also a stop word start a name at run[i] (a name token follows)?"""
    titled = run[i - 1].kind in _TITLES if i else after_title
    return titled or hyphenated_syllables(run[i + 1].text)


def segments(run: list[Tok]) -> list[tuple[int, int]]:
    """Maximal [i, j) spans of name tokens, particles only inside."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(run):
        if run[i].kind not in ("name", "initial"):
            i += 1
            continue
        j = i
        while j < len(run) and run[j].kind in ("name", "initial", "part"):
            j += 1
        while run[j - 1].kind == "part":
            j -= 1
        spans.append((i, j))
        i = j
    return spans
