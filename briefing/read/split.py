"""Split a paragraph into sentences: a small, linear-time scanner, no NLP library.

``split_sentences(text)`` returns ``(start, end)`` spans.  Each span starts and
ends on a non-space character, spans are in order and do not overlap, and only
whitespace lies between (and around) them, so every non-space character of the
input is in exactly one sentence and nothing is ever dropped.

The rules, in the order they are applied:

1. A sentence can end only after a run of terminators (``.``, ``!``, ``?``,
   ``…``, or an ellipsis written ``...``), optionally followed by closing
   quotes or brackets (``” ’ " ' ) ] } » ›``), and then whitespace: the closers
   belong to the sentence they close (``… said “victory.” Next`` and
   ``(See above.) Next`` end after the ``”`` and the ``)``).  A terminator
   directly followed by a letter (``3.5``, ``$1.2bn``, ``U.S``, ``2.0``) is
   never an end.  CJK full-width terminators (``。！？``) end a sentence with or
   without following whitespace.
2. If the next word starts with a lowercase letter, it is not an end: the text
   goes on (``“Why?” he asked``, ``etc. and``, ``... and then``,
   ``approx. five``).
3. Reported speech stays whole: a quotation whose closing mark is followed by a
   lowercase word (the attribution, ``he said``, ``according to``) is one
   sentence with that attribution, even if it has full stops inside it.  So
   ``“We will win. And soon,” he said.`` is ONE sentence: splitting it would
   leave two fragments, neither of which can be quoted on its own.  A
   quotation followed by a capitalised word or by the end of the paragraph is
   split at its inner sentence ends like any other text.
4. A single full stop is not an end after a known abbreviation that stands
   before a name or number (Mr., Dr., Gen., Lt., St., Jan., Sept., e.g., i.e.,
   vs., No. 5, p. 12 ...; titles only when capitalised, so "said no. Then"
   still ends).  After an initial (one capital letter: ``J. R. R. Tolkien``,
   ``Ana J. Ruiz``) or an upper-case dotted acronym (``U.S.``, ``U.N.``) it is
   not an end either, unless the next word is one that typically opens a
   sentence (The, It, He, But, ...): in news ``U.S. officials`` is far more
   common than a sentence ending in ``U.S.``, and ``Plan B. The`` does end.
   Known misses: ``...in the U.S. Officials said`` stays one sentence.
   Place abbreviations (``Md.``, ``Calif.``, ``Ont.``) follow the same rule as
   ``U.S.``.  Abbreviations that often do end a sentence (etc., Inc., Ltd.,
   Co., Corp., Jr., a.m., p.m.) end one when a capitalised word follows
   (except a weekday, month or time zone after a.m./p.m., and a company
   title after Co./Inc.: ``Acme Co. Chief Executive``), and never before a
   lowercase word (rule 2).  After a.m./p.m. the same time told another way
   goes on (``10 a.m. (0300 GMT)``, ``2:19 p.m. Moscow time``), as does a live
   entry's text after its time and a dash (``6:40 p.m. — Crews reach``), and so
   does a figure after a company's abbreviation (``Acme Ltd. 18.8%``), not a year.
   The word lists are the tables of ``data/abbreviations.txt``.
5. Everything else ending as in rule 1 is a sentence end: ``?``, ``!``,
   ellipses and full stops before a capital letter, a digit, an opening quote
   or bracket, or a non-Latin letter.

Whitespace of any kind (several spaces, tabs, line breaks of hard-wrapped
text) counts the same.  Candidates are found with ``str.find`` and each is
judged from a bounded window around it, so the split is linear in the text
length (no regex that can backtrack): megabytes of dots, quotes or
abbreviations take a fraction of a second to a few seconds, never longer.
"""

from __future__ import annotations

import re

from .wordlists import data_lines

__all__ = ["split_sentences"]

_CLOSERS = "”’\"')]}»›"
_OPENERS = "“‘\"'([{«‹¿¡—–-"

_CJK_TERMINATORS = "。！？"
_ALL_TERMINATORS = ".!?…" + _CJK_TERMINATORS
_CJK_CLOSERS = "」』”’）)"
_NONSPACE = re.compile(r"\S")
_WORD_AFTER = re.compile(r"[“‘\"'(\[{«‹¿¡]*(\w+)")

# How far back we look for the word before a full stop: abbreviations are
# short, and a bound keeps long runs without spaces linear.
_WORD_BACK = 40
# A quotation longer than this is never treated as one piece of reported
# speech: it protects against a stray quote mark swallowing a paragraph.
_MAX_QUOTE = 1500


def _tables() -> dict[str, frozenset[str]]:
    """The word tables of ``data/abbreviations.txt``: ``[name]`` headers, words split on white space."""
    tables: dict[str, set[str]] = {}
    current: set[str] = set()
    for line in data_lines("abbreviations.txt"):
        if line.startswith("[") and line.endswith("]"):
            current = tables.setdefault(line[1:-1], set())
        else:
            current.update(line.split())
    return {name: frozenset(words) for name, words in tables.items()}


_TABLES = _tables()
# Abbreviations that stand before a name, a number or more of the sentence, and
# so almost never end one.  Compared lowercased, without the final full stop.
_NEVER_END = _TABLES["never_end"]
# Abbreviations that stand before a number: "No. 5", "p. 12", "Fig. 3".
_BEFORE_NUMBER = _TABLES["before_number"]
# Place abbreviations ("Md.", "Calif."): an end only before a typical sentence opener.
_AMBIGUOUS = _TABLES["ambiguous"]
# Abbreviations that often end a sentence ("Inc.", "Jr."), and the titles that keep
# the sentence going after a company's name ("Acme Co. Chief Executive ...").
_MAY_END = _TABLES["may_end"]
_AFTER_COMPANY = _TABLES["after_company"]
# Lowercase dotted abbreviations that are followed by a capitalised word which
# is part of the same sentence: "10 a.m. Monday", "5 p.m. GMT".
_TIME_WORDS = _TABLES["time_words"]
_LONGEST_ABBREVIATION = max(len(w) for w in _NEVER_END | _BEFORE_NUMBER | _AMBIGUOUS | _MAY_END)
# Words that typically open a sentence: after "U.S." one of these means the
# acronym ended the sentence.
_SENTENCE_OPENERS = _TABLES["sentence_openers"]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the sentences of ``text``, whitespace excluded.

    ``text[start:end]`` is one sentence; together the spans cover every
    non-space character of ``text``.  An all-whitespace text has no sentence.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for end in _sentence_ends(text):
        start = _NONSPACE.search(text, pos, end)
        if start is not None:
            spans.append((start.start(), end))
        pos = end
    last = len(text.rstrip())
    start = _NONSPACE.search(text, pos, last)
    if start is not None:
        spans.append((start.start(), last))
    return spans


def _sentence_ends(text: str) -> list[int]:
    """Offsets just past each sentence end, in order (the text's own end excluded).

    This loop runs once per terminator, so it is written flat: function calls
    are most of the cost of splitting in CPython.
    """
    ends: list[int] = []
    protected = _ProtectedQuotes(text)
    length = len(text)
    run_end = -1
    for start in _positions(text, _ALL_TERMINATORS, runs=True):
        if start < run_end:
            continue  # inside a run (an ellipsis "...", "?!") already looked at
        end = start + 1
        if end < length and text[end] in _ALL_TERMINATORS:
            end = _TERMINATOR_RUN.match(text, start).end()
        run_end = end
        if text[start] in _CJK_TERMINATORS:
            while end < length and text[end] in _CJK_CLOSERS:
                end += 1
            ends.append(end)  # rule 1, CJK: always an end, space or not
            continue
        while end < length and text[end] in _CLOSERS:
            end += 1
        if end == length or not text[end].isspace():
            continue  # rule 1: a terminator inside a token (3.5, U.S) or the text's end
        after = _NONSPACE.search(text, end)
        if after is None:
            break  # only whitespace follows: the final sentence ends at the text's end
        next_at = after.start()
        first = text[next_at]
        if first.islower():
            continue  # rule 2
        next_word = _next_word(text, next_at) if first in _OPENERS or first.isalnum() else ""
        if next_word[:1].islower() or protected.covers(start):
            continue  # rule 2 after an opening quote, rule 3
        if (end - start == 1 and text[start] == "."
                # Seven letters before the stop: a longer word than any abbreviation (fast path).
                and not (start > _LONGEST_ABBREVIATION and text[start - _LONGEST_ABBREVIATION - 1:start].isalpha())
                and _is_abbreviation(_word_before(text, start), next_word, text[next_at:next_at + _REST])):
            continue  # rule 4
        ends.append(end)  # rule 5
    return ends


_QUOTE_MARKS = "“”«»\""
_RUN = re.compile(r"(.)\1*", re.S)
_TERMINATOR_RUN = re.compile(f"[{_ALL_TERMINATORS}]+")
_ASCII_ONLY = {chars: "".join(ch for ch in chars if ch.isascii()) for chars in (_ALL_TERMINATORS, _QUOTE_MARKS)}


def _positions(text: str, chars: str, *, runs: bool = False) -> list[int]:
    """Sorted offsets of ``chars`` in ``text`` (with ``runs``, only the first of a run).

    ``str.find`` runs at C speed; a regex character class scanning every
    position costs about ten times more on typical articles.
    """
    found: list[int] = []
    if text.isascii():  # O(1) in CPython: skip looking for characters that cannot be there
        chars = _ASCII_ONLY.get(chars) or chars
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            found.append(i)
            if runs and text.startswith(ch, i + 1):  # a run ("...", "!!!!"): skip it at C speed
                i = _RUN.match(text, i).end() - 1
            i = text.find(ch, i + 1)
    found.sort()
    return found


def _next_word(text: str, at: int) -> str:
    """The word starting at ``at``, after any opening quotes or brackets."""
    match = _WORD_AFTER.match(text, at, at + 24)
    return match.group(1) if match else ""


def _word_before(text: str, dot: int) -> str:
    """The word ending just before the full stop at ``dot``, without opening punctuation."""
    limit = max(0, dot - _WORD_BACK)
    window = text[limit:dot].split()
    if not window or (limit > 0 and len(window[-1]) == dot - limit):
        return ""  # nothing, or a long run without spaces: not an abbreviation
    return window[-1].lstrip(_OPENERS)


def _is_abbreviation(word: str, next_word: str, rest: str = "") -> bool:
    """Rule 4: is this full stop part of an abbreviation rather than a sentence end? ``rest`` is the text from the
    next word on (a few words of it)."""
    if not word or len(word) > _LONGEST_ABBREVIATION and "." not in word:
        return False  # the common case: an ordinary word
    lower = word.lower()
    if lower in _NEVER_END and (word[0].isupper() or "." in word or lower in {"vs", "cf", "viz"}):
        return True
    if lower in _BEFORE_NUMBER and next_word[:1].isdigit():
        return True
    if lower in _AMBIGUOUS and word[0].isupper():
        return next_word.lower() not in _SENTENCE_OPENERS
    if lower in _MAY_END and (next_word.lower() in _AFTER_COMPANY or _figure_after_company(lower, rest)):
        return True
    if len(word) == 1 and word.isalpha() and word.isupper():
        # An initial (J. R. R. Tolkien, Ana J. Ruiz), unless a typical sentence
        # opener follows: "Plan B. The next step".
        return next_word.lower() not in _SENTENCE_OPENERS
    if _is_dotted_acronym(word):
        if word[0].isupper():
            return next_word.lower() not in _SENTENCE_OPENERS
        # a.m. / p.m., before a weekday, a month or a zone, or the same time told another way
        return next_word.lower() in _TIME_WORDS or (lower in ("a.m", "p.m") and _TIME_GOES_ON.match(rest) is not None)
    return False


_REST = 40  # characters after a full stop that the abbreviation rules may read
# After "a.m." or "p.m.": the same time in another zone, in brackets ("10 a.m. (0300 GMT)"), a place's time
# ("2:19 p.m. Moscow time"), or a live entry's text after its time and a dash ("6:40 p.m. — Crews reach ...").
_TIME_GOES_ON = re.compile(r"\(|[—–-]\s|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+time\b")
_YEAR = re.compile(r"(?:1[89]|20)\d\d\b")


def _figure_after_company(lower: str, rest: str) -> bool:
    """A company's abbreviation followed by a figure goes on ("Geely Automobile Holdings Ltd. 18.8%"); one followed
    by a year does end ("Acme Ltd. 2024 was a hard year"), and so do "etc.", "Jr." and "Sr." before a figure."""
    return lower not in ("etc", "jr", "sr") and rest[:1].isdigit() and _YEAR.match(rest) is None


def _is_dotted_acronym(word: str) -> bool:
    """``U.S``, ``U.N``, ``a.m``: single letters joined by full stops."""
    parts = word.split(".")
    return len(parts) >= 2 and all(len(p) == 1 and p.isalpha() for p in parts)


class _ProtectedQuotes:
    """Spans of quotations followed by a lowercase attribution (rule 3).

    Curly quotes and guillemets are paired with a stack, so a missing mark
    only loses its own pair.  Straight double quotes cannot tell opening from
    closing, so they are paired in order, and only when their count is even.
    ``covers`` is asked about increasing positions, so it walks the merged
    spans with a cursor: linear overall.
    """

    def __init__(self, text: str) -> None:
        self._spans = _merge(_quote_spans(text))
        self._i = 0

    def covers(self, pos: int) -> bool:
        spans = self._spans
        while self._i < len(spans) and spans[self._i][1] <= pos:
            self._i += 1
        return self._i < len(spans) and spans[self._i][0] < pos


def _quote_spans(text: str) -> list[tuple[int, int]]:
    if "“" not in text and '"' not in text and "«" not in text:
        return []  # the common fast path
    pairs: list[tuple[int, int]] = []
    stack: list[int] = []
    straight: list[int] = []
    for i in _positions(text, _QUOTE_MARKS):
        ch = text[i]
        if ch in "“«":
            stack.append(i)
        elif ch in "”»":
            if stack:
                pairs.append((stack.pop(), i))
        else:
            straight.append(i)
    if len(straight) % 2 == 0:
        pairs.extend(zip(straight[::2], straight[1::2]))
    return [(o, c) for o, c in pairs if c - o <= _MAX_QUOTE and _attribution_follows(text, c + 1)]


def _attribution_follows(text: str, pos: int) -> bool:
    """Is the word after a closing quote lowercase (``,” he said``)?"""
    while pos < len(text) and text[pos] in _CLOSERS:
        pos += 1  # nested closers: ’” or ”)
    after = _NONSPACE.search(text, pos, pos + 200)
    return after is not None and text[after.start()].islower()


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
