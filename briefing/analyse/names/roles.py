"""Roles stated next to a name: titles before it and appositions around it.

Step 3, precision first (better to miss a role than invent one).  Three
patterns, each ending in a title head word (``data/title_heads.txt``:
president, minister, secretary, leader, spokesman, chief executive...):
a title chain right before the name ("Russian President Vladimir Putin",
"Deputy Defense Minister ...", "Secretary of the Russian Security Council
Sergei Shoigu", "Chairman of the DPRK Kim Jong-un"); an appositive before
it, which needs "the" ("the secretary of Russia's Security Council, Sergey
Shoigu,"); and one after it ("Dmitriy Peskov, the Kremlin spokesman,",
"Jerome Powell, chairman of the Federal Reserve,").  Words after "of" must
be capitalised or organisation/place words.  Roles are kept as written,
first letter capitalised; merging them per person is done in ``reconcile.py``.
"""

from __future__ import annotations

import re

from .runs import LET, TAIL, UP
from .words import COUNTRIES_AND_PLACES, DEMONYMS, FUNCTION_WORDS, ORG_AND_THING_WORDS, TITLE_HEADS, TITLE_MODIFIERS


def _longest_first(words: frozenset[str]) -> list[str]:
    return sorted(words, key=lambda w: (-len(w), w))


_CAPW = rf"(?:(?:[A-Z]\.){{2,}}|{UP}{LET}*{TAIL})"
_FUNC_ALT = "|".join(_longest_first(FUNCTION_WORDS - TITLE_MODIFIERS))
_MODW = rf"(?:(?!(?i:{_FUNC_ALT})\b){_CAPW}|(?:{'|'.join(sorted(TITLE_MODIFIERS))}))"
_HEAD = rf"(?i:{'|'.join(sorted((re.escape(h) for h in TITLE_HEADS), key=lambda w: (-len(w), w)))})"
# Words allowed after "of" in a role: capitalised, or organisation words
# written in lower case ("the secretary of Russia's security council").
_LOWER_OF_WORDS = "|".join(_longest_first(ORG_AND_THING_WORDS | DEMONYMS | COUNTRIES_AND_PLACES))
_OF_WORD = rf"(?:{_CAPW}|(?:{_LOWER_OF_WORDS})\b)"
_OF_PHRASE = rf"(?:\s+of\s+(?:the\s+)?(?:{_OF_WORD}\s+){{0,4}}{_OF_WORD})?"
# "Deputy Defense Minister " / "Secretary of the Russian Security Council " right before the name.
_ROLE_BEFORE = re.compile(
    rf"(?<![\w'’\-.])(?:{_MODW}\s+){{0,4}}{_HEAD}\b"
    rf"{_OF_PHRASE}[^\S\n]+$"
)
# "the secretary of Russia's Security Council, " right before the name.
_APPOS_BEFORE = re.compile(rf"(?<![\w'’\-])[Tt]he\s+((?:{_MODW}\s+){{0,3}}{_HEAD}\b{_OF_PHRASE}),[^\S\n]*$")
# ", the Russian president," right after the name.
_APPOS_AFTER = re.compile(rf",\s+(?:the\s+)?((?:{_MODW}\s+){{0,3}}{_HEAD}\b{_OF_PHRASE})\s*(?:[,;.)]|$)")
_APPOS_END = re.compile(r"\s*(?:[,;.)]|$)")
_ROLE_WINDOW = 160


def _tidy_role(text: str) -> str:
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]


_EDGE_PUNCT = ",;:.!?()“”\"'’"


def _head_near_end(words: list[str]) -> bool:
    """Could a role phrase end at the last of these words?  True when the
    last word is a title head, or a head stands before an "of" among the last
    seven words.  The role regexes are costly (tried at every position of a
    window), so this word test decides whether to run them at all."""
    low = [w.strip(_EDGE_PUNCT).lower() for w in words[-8:]]
    if low and low[-1] in TITLE_HEADS:
        return True
    return any(low[k] == "of" and low[k - 1] in TITLE_HEADS for k in range(max(1, len(low) - 7), len(low)))


def stated_roles(text: str, start: int, end: int) -> tuple[str, ...]:
    """Roles stated next to a name at [start, end), by three precise patterns."""
    found: list[str] = []
    lo = max(0, start - _ROLE_WINDOW)
    before = text[lo:start]
    stripped = before.rstrip()
    if stripped.endswith(","):  # appositive: "the secretary of ..., Sergey Shoigu"
        if _head_near_end(stripped[:-1].split()):
            m = _APPOS_BEFORE.search(text, lo, start)
            if m and _APPOS_END.match(text, end):
                found.append(m.group(1))
    elif stripped and _head_near_end(before.split()):
        m = _ROLE_BEFORE.search(text, lo, start)
        if m:
            found.append(m.group(0))
    if text.startswith(",", end):  # an anchored match: cheap enough to always try
        m = _APPOS_AFTER.match(text, end)
        if m:
            found.append(m.group(1))
    return tuple(_tidy_role(r) for r in found)
