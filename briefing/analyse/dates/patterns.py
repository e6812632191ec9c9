"""Regex pieces built from the word lists, shared by the rules and their handlers.

The rule patterns run, case-sensitively, on the lower-cased sentence (much
faster than IGNORECASE); handlers read capitalisation from the original.
``PRECHECK`` finds the trigger words that decide which rules run (see ``find.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..trie import trie_regex as shared_trie
from .words import (
    ABBREVIATIONS,
    FULL_MONTHS,
    HOLIDAYS,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_DAYS,
    SEASON_FIRST_MONTH,
    TRIGGER_WORDS,
    WEEKDAY_ORDINALS,
    WEEKDAYS,
)

_I = re.IGNORECASE


def phrase_piece(ch: str) -> str:
    """The regex for one character of a listed phrase: a space is any run of spaces, "'" either apostrophe."""
    if ch == " ":
        return r"\s+"
    if ch == "'":
        return "['’]"
    return re.escape(ch)


def phrase_regex(phrase: str) -> str:
    return "".join(phrase_piece(ch) for ch in phrase)


def trie_regex(words: Iterable[str]) -> str:
    """An alternation factored by common prefixes, so the regex engine rejects a word after one character."""
    return shared_trie(words, phrase_piece)


MONTH_FULL_RE = "|".join(FULL_MONTHS)
WEEKDAY_RE = "|".join(WEEKDAYS)
SEASON_RE = "|".join(SEASON_FIRST_MONTH)
NUM_RE = rf"(?:{trie_regex(NUMBER_WORDS)}|\d{{1,3}})"
# "fifth", "twenty-first": a day of the month in words (not "first-round")
ORDINAL_RE = rf"(?:{trie_regex(ORDINAL_DAYS)})(?![\w-])"
WEEKDAY_ORDINAL_RE = trie_regex(WEEKDAY_ORDINALS)

_MONTH_TRIE = trie_regex(MONTHS)
# An abbreviation's full stop belongs to it ("Sept."); a lookbehind needs one width per alternation.
_ABBREVIATION_STOP = "|".join(
    rf"(?<={'|'.join(w for w in ABBREVIATIONS if len(w) == n)})\." for n in sorted({len(w) for w in ABBREVIATIONS})
)


def mon(name: str) -> str:
    # A prefix-factored alternation starting with plain letters lets the regex
    # engine skip non-candidate positions in C.  The abbreviation's full stop
    # belongs to it ("Sept."); a full name's does not, so "in June." keeps the
    # sentence's own full stop out of the phrase.
    return rf"(?P<{name}>{_MONTH_TRIE})\b(?:{_ABBREVIATION_STOP})?"


def day(name: str) -> str:
    # Any one or two digits (a plain first token keeps the scan fast); handlers
    # reject days outside 1-31.
    return rf"(?P<{name}>\d\d?)(?:st|nd|rd|th)?\b(?![.,:]\d)"


def year(name: str) -> str:
    # Not "2000-strong", "2024%", "2024.5" or "2,024".
    return rf"(?P<{name}>1[5-9]\d\d|20\d\d)(?![\d%]|[.,]\d|-[^\W\d_]|\s*(?:per\s*cent|percent)\b)"


REL_YEAR = r"(?P<rel>this|last|next|the\s+same|the\s+previous|the\s+following)\s+year\b"
YEAR_TAIL = rf"(?:,?\s+(?:of\s+)?{year('y')}|\s+(?:of\s+)?{REL_YEAR})?"
SEP = r"(?P<sep>\s*[-–—]\s*|\s+(?:to|into|until|till|through|and|or)\s+)"
DET = r"(?P<det>this\s+past|last|this|next|past|coming)"
MONTH_PART_RE = (
    r"(?:(?P<part>early|mid|late)(?:-|\s+)|(?P<endh>end)-|the\s+(?P<pp>beginning|start|middle|end"
    r"|first\s+half|second\s+half|first\s+week|last\s+week|first\s+day|last\s+day)\s+of\s+)"
)
YEAR_PART_RE = (
    r"(?:(?P<part>early|mid|late)(?:-|\s+)|(?P<endh>end)-|the\s+(?P<pp>beginning|start|middle|end"
    r"|first\s+half|second\s+half|(?:first|second|third|fourth|last|final)\s+quarter)\s+of\s+)"
)
# "in June and July 2026": the first month shares the second one's year.
SHARED_YEAR = re.compile(rf"\s+(?:and|or|to)\s+(?:(?:early|mid|late)[\s-]+)?{mon('m')},?\s+{year('y')}")

# The cheap pre-check: trigger words and their kinds.  Only the rules needing a
# kind that is present run; a sentence without any trigger costs one scan.
TRIGGERS: dict[str, str] = dict.fromkeys(MONTHS, "month")
TRIGGERS.update(dict.fromkeys(SEASON_FIRST_MONTH, "season"))
# a holiday's first word, unless it is a trigger already ("july" in "July Fourth" is a month's)
TRIGGERS.update({w: "holiday" for w in (re.split(r"\W", name)[0] for name in HOLIDAYS) if w not in TRIGGERS})
HOLIDAY_RE = trie_regex(HOLIDAYS)
TRIGGERS.update(dict.fromkeys(WEEKDAYS, "weekday"))
TRIGGERS.update({word: kind for kind, words in TRIGGER_WORDS.items() for word in words})
PRECHECK = re.compile(rf"\b(?:{trie_regex(TRIGGERS)}\b|(?:1[5-9]|20)\d\d(?!\d))")
MONTH_ANY = re.compile(rf"(?:{MONTH_FULL_RE})$", _I)
