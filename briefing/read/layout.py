"""The layout of a text article: an optional date line, the title, paragraphs and subheadings, sentences."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re

from ..model import Article, Block, BlockKind, Problem, Sentence
from .files import Rejected, display, slugify
from .split import split_sentences

MAX_SENTENCE_CHARS = 20_000
# Subheading: at most this long, this many words, and no final punctuation.
_HEADING_MAX_CHARS = 80
_HEADING_MAX_WORDS = 12
_TITLE_MAX_CHARS = 2_000


def sentence_id(text: str) -> str:
    """Stable anchor from the sentence's own words (whitespace-insensitive)."""
    # Folding whitespace is most of the cost; skip it when it would change
    # nothing: printable text has no whitespace but " " (no tabs, newlines or
    # no-break spaces), so then only doubled or outer spaces need folding.
    if not text.isprintable() or "  " in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    return "s-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


# Layout: date line, title, paragraphs, subheadings
# --------------------------------------------------------------------------

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
# "date 2024-09-14" at the start of the first line; the title may follow on it.
_ISO_LINE = re.compile(r"\s*(?:date\b\s*:?\s*)?(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?=\s|$)", re.I)
# A line that is only a written-out date: "Date: 14 September 2024", "September 14, 2024".
_WORDS_LINE = re.compile(
    rf"\s*(?:date\b\s*:?\s*)?{_WEEKDAY}(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}}))\s*$",
    re.I,
)
# Sentence-final (or continuing) punctuation, optionally closed by quotes or brackets.
_FINAL_PUNCT = re.compile(r"[.!?…:;,。！？：；，][”’\"')\]}»›」』）]*$")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line with its surrounding whitespace excluded.

    A blank line gives an empty span (start == end).
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        lead = len(line) - len(line.lstrip())
        if lead == len(line):
            spans.append((start, start))
        else:
            spans.append((start + lead, start + len(line.rstrip())))
        start += len(line) + 1
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span to exclude surrounding whitespace."""
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + len(piece.rstrip())


def parse(text: str, name: str, digest: str, today: dt.date, warnings: list[Problem]) -> Article:
    if not text.strip():
        raise Rejected("empty file")
    lines = _lines(text)
    filled = [i for i, (s, e) in enumerate(lines) if e > s]
    shown = display(name)
    date, title_at, title_span = _date_and_title(text, lines, filled, shown, today, warnings)
    body = [i for i in filled if i > title_at]
    if title_span is None:
        raise Rejected("date line but no title or body text")
    _check_title_length(text, title_span)
    if not body:
        raise Rejected("title but no body text")
    spans = [("title", title_span)] + _body_blocks(text, lines, body)
    blocks = _blocks(text, spans)
    title = " ".join(text[title_span[0]:title_span[1]].split())
    return Article(
        id=slugify(os.path.splitext(name)[0]),
        file=name,
        title=title,
        date=date,
        date_note="date line in the file" if date else "undated",
        sha256=digest,
        text=text,
        blocks=blocks,
    )


def _check_title_length(text: str, span: tuple[int, int]) -> None:
    """A first line of thousands of characters is no title: say what it is instead."""
    length = span[1] - span[0]
    if length <= _TITLE_MAX_CHARS:
        return
    longest = max(e - s for s, e in split_sentences(text[span[0]:span[1]]))
    if longest > MAX_SENTENCE_CHARS:
        raise Rejected(f"no sentence structure: {longest:,} characters without a sentence break")
    raise Rejected(f"no title: the first line is {length:,} characters long")


def _date_and_title(text: str, lines: list[tuple[int, int]], filled: list[int], shown: str,
                    today: dt.date, warnings: list[Problem]
                    ) -> tuple[dt.date | None, int, tuple[int, int] | None]:
    """(date, index of the title line, title span) from the first non-empty lines."""
    first = filled[0]
    start, end = lines[first]
    line = text[start:end]
    iso = _ISO_LINE.match(line)
    if iso:
        date = _checked_date(iso.group("y"), iso.group("m"), iso.group("d"),
                             line[iso.start("y"):iso.end("d")], shown, today, warnings)
        rest = _trim(text, start + iso.end(), end)
        if rest[1] > rest[0]:
            return date, first, rest  # " date 2024-09-14 Title here"
        return date, *_next_title(lines, filled, first)
    words = _WORDS_LINE.match(line) if len(line) <= 60 else None
    if words:
        g = words.groupdict()
        day, month, year = (g["d1"], g["m1"], g["y1"]) if g["d1"] else (g["d2"], g["m2"], g["y2"])
        month_no = str(_MONTHS[month.lower().rstrip(".")])
        shown_date = line.strip()
        if shown_date.lower().startswith("date"):
            shown_date = shown_date[4:].lstrip(" :\t")
        date = _checked_date(year, month_no, day, shown_date, shown, today, warnings)
        return date, *_next_title(lines, filled, first)
    return None, first, lines[first]


def _next_title(lines: list[tuple[int, int]], filled: list[int], date_at: int
                ) -> tuple[int, tuple[int, int] | None]:
    later = [i for i in filled if i > date_at]
    if not later:
        return date_at, None
    return later[0], lines[later[0]]


def _checked_date(year: str, month: str, day: str, written: str, shown: str, today: dt.date,
                  warnings: list[Problem]) -> dt.date | None:
    """A real date not after today, else None with a warning (the article is undated)."""
    try:
        date = dt.date(int(year), int(month), int(day))
    except ValueError:
        warnings.append(Problem(shown, f"impossible date {written} (treated as undated)"))
        return None
    if date > today:
        warnings.append(Problem(shown, f"date {written} is in the future (treated as undated)"))
        return None
    return date


def _body_blocks(text: str, lines: list[tuple[int, int]], body: list[int]
                 ) -> list[tuple[BlockKind, tuple[int, int]]]:
    """(kind, span) of each paragraph or subheading of the body."""
    first, last = body[0], body[-1]
    blank_separated = len(body) < last - first + 1  # some blank line inside the body
    if blank_separated:
        chunks: list[list[int]] = []
        previous = -2
        for i in body:
            if i == previous + 1:
                chunks[-1].append(i)
            else:
                chunks.append([i])
            previous = i
        spans = [(lines[c[0]][0], lines[c[-1]][1]) for c in chunks]
        single = [len(c) == 1 for c in chunks]
    else:
        spans = [lines[i] for i in body]
        single = [True] * len(spans)
    blocks: list[tuple[BlockKind, tuple[int, int]]] = []
    for n, span in enumerate(spans):
        more_follows = n + 1 < len(spans)
        heading = single[n] and more_follows and _looks_like_heading(text[span[0]:span[1]])
        blocks.append(("heading" if heading else "paragraph", span))
    return blocks


def _looks_like_heading(line: str) -> bool:
    """Short, no final punctuation, starts with a capital or digit: a subheading."""
    if len(line) > _HEADING_MAX_CHARS or len(line.split()) > _HEADING_MAX_WORDS:
        return False
    if _FINAL_PUNCT.search(line):
        return False
    letters = [ch for ch in line if ch.isalpha()]
    return bool(letters) and not letters[0].islower()


def _blocks(text: str, spans: list[tuple[BlockKind, tuple[int, int]]]) -> tuple[Block, ...]:
    seen: dict[str, int] = {}
    blocks: list[Block] = []
    for index, (kind, (start, end)) in enumerate(spans):
        sentences = []
        for s, e in split_sentences(text[start:end]):
            if e - s > MAX_SENTENCE_CHARS:
                raise Rejected(f"no sentence structure: {e - s:,} characters without a sentence break")
            piece = text[start + s:start + e]
            sentences.append(Sentence(_numbered(sentence_id(piece), seen), piece, start + s, start + e, index))
        blocks.append(Block(kind, tuple(sentences)))
    return tuple(blocks)


def _numbered(base: str, seen: dict[str, int]) -> str:
    """``base``, or ``base-2``, ``base-3``... for repeats within one article."""
    n = seen.get(base, 0) + 1
    seen[base] = n
    return base if n == 1 else f"{base}-{n}"


