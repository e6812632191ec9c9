"""The layout of a text article: an optional date line, the title, paragraphs and subheadings, sentences."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from typing import Any

from ..model import Article, Block, BlockKind, Dateline, Problem, Sentence
from .chrome import is_chrome
from .datelines import find_dateline
from .files import Rejected, display, slugify
from .split import split_sentences

MAX_SENTENCE_CHARS = 20_000
# Subheading: at most this long, this many words, and no final punctuation.
_HEADING_MAX_CHARS = 80
_HEADING_MAX_WORDS = 12
_TITLE_MAX_CHARS = 2_000
# A first line ending as a sentence does is the lead, not a headline, from this long (with a
# full stop; with "?" or "!" from the second length), or from the third when it holds several
# sentences ("Minister lands. Talks wait." is a headline).
_LEAD_MIN_CHARS = 80
_LEAD_MIN_CHARS_QUESTION = 120
_LEAD_SEVERAL_MIN_CHARS = 60


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

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_PATTERN = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# a weekday before a written date, in full or cut short ("Wed 12 Mar 2025")
WEEKDAY_PATTERN = (r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
                   r"\.?,?\s+)?")
# "date 2024-09-14" at the start of the first line; the title may follow on it.
_ISO_LINE = re.compile(r"\s*(?:date\b\s*:?\s*)?(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?=\s|$)", re.I)
# A date written out, with its year: "Tuesday 14 September 2024", "12th July 2024", "September 14, 2024" (read by
# written_date).
WRITTEN_DATE = (rf"{WEEKDAY_PATTERN}(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{MONTH_PATTERN}),?\s+"
                rf"(?P<y1>\d{{4}})|(?P<m2>{MONTH_PATTERN})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
                # in figures, day first, as European government offices date a release ("Bern, 09.06.2023")
                rf"|(?P<d3>\d{{1,2}})\.(?P<m3>\d{{1,2}})\.(?P<y3>\d{{4}}))")
# "Published: 21 August 2024 09:30 CET", "Posted on July 24, 2024 at 5:02 pm", "First published ...": when a report
# was written ("Updated" is not here: an update's date is not that).
PUBLISHED_WORDS = r"(?:first\s+)?(?:published|posted)\b\s*:?\s*(?:on\s+)?"
CLOCK_AFTER_DATE = (r"(?:\s*(?:,|at|-|\u2013|\u2014)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
                    r"(?:\s*\(?[A-Z]{2,5}(?:[+\-]\d{1,2}(?::?\d{2})?)?\)?)?)?")  # "10:12 p.m. (GMT+5)"
# Where an official text was issued, beside its date: "Tehran", "La Moncloa, Madrid", "Palacio de la Zarzuela".
# Capitals are required whatever the line's case flag, so a headline's words ("a vote, 5 May 2024") are no place.
_ISSUED_AT = r"(?-i:[A-Z][\w'’.\-]*(?:\s+(?:(?:de|del|la|of|the)\s+){0,2}[A-Z][\w'’.\-]*){0,2})"
# A byline sharing the line with the date, set off by a bar, a dot or a dash, the outlet perhaps between bars, or
# followed by "Published": what follows a byline is when it was written ("By The Associated Press | Published: ...",
# "By Ann Lee | Harbour Review | May 2, 2024", "By Ann Lee, Staff Reporter — 12 March 2025", "By ANN LEE Published
# March 12, 2025"); a name alone before a dot ("Ann Lee · Wed 12 Mar 2025") is a byline too.
_BYLINE_BAR = "|·•—–"  # what sets a byline's parts and its date apart
BYLINE_BEFORE_DATE = (rf"(?:(?:posted\s+)?by\s[^{_BYLINE_BAR}\n]{{1,60}}?"
                      rf"(?:\s*(?:[{_BYLINE_BAR}]\s*[^{_BYLINE_BAR}\n]{{1,40}}?\s*){{0,2}}[{_BYLINE_BAR}]\s*(?:{PUBLISHED_WORDS})?"
                      rf"|\s+{PUBLISHED_WORDS})"
                      rf"|(?-i:[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){{1,3}})\s*[·•]\s*)")
# A press office's words before a release's date: "FOR IMMEDIATE RELEASE: January 29, 2025", "Issued at 0144 hours
# on 7 May 2025", "Press release, Berlin, 29 August 2024".
_RELEASE_WORDS = (r"(?:for\s+immediate\s+release\s*:?\s*|issued\s+(?:at\s+[^,\n]{1,20}?\s+)?on\s+"
                  rf"|press\s+(?:release|statement)\s*[,:]\s*(?:{_ISSUED_AT},\s+)?)")
# An outlet's desk before a bar ("Costa News live desk | Tuesday, January 9, 2024", "Meridian News | Published:
# November 21, 2024"), as live pages and wires sign themselves.
_DESK_BAR = r"(?-i:[A-Z])[\w'’.\-]*(?:\s+[\w'’.\-]+){0,5}\s*\|\s*"
# A line that is only a written-out date, or a publication line: "Date: 14 September 2024", "September 14, 2024",
# "Published: March 28, 2024 at 6:14 p.m. ET", "Release Date: July 23, 2024"; a readout's "Tehran, 23 May 2024",
# "June 19, 2024, Pyongyang" or "July 5, 2025 | Kerrville, Texas | Press Release"; a byline before the date
# ("By the Weekly's correspondent in Valencia | 24 November 2024").
WORDS_LINE = re.compile(rf"\s*(?:(?:(?:release|publication)\s+)?date\b\s*:?\s*|{PUBLISHED_WORDS}|{_RELEASE_WORDS}"
                        rf"|(?:{_ISSUED_AT},\s+){{1,2}}|{BYLINE_BEFORE_DATE}|{_DESK_BAR}(?:{PUBLISHED_WORDS})?)?"
                        rf"(?P<when>{WRITTEN_DATE})(?:,\s+{_ISSUED_AT}(?:,\s+{_ISSUED_AT})?)?{CLOCK_AFTER_DATE}"
                        rf"(?:\s*\((?-i:[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){{0,2}})\))?"  # "..., 17 October 2025 (TNA)"
                        rf"(?:\s*[|·•]\s*[^|·•\n]{{1,40}}){{0,3}}\s*$", re.I)  # "March 12, 2025 · 4 min read"

# A line this long at most may be a date line: the file's first (with a byline, or where it was issued), or a
# publication line under the headline (read.published).
DATE_LINE_MAX = 80


def written_date(m: re.Match[str]) -> tuple[str, str, str]:
    """(year, month number, day) of a match of ``WRITTEN_DATE``, as written."""
    g = m.groupdict()
    if g["d3"]:
        return g["y3"], str(int(g["m3"])), g["d3"]
    day, month, year = (g["d1"], g["m1"], g["y1"]) if g["d1"] else (g["d2"], g["m2"], g["y2"])
    return year, str(MONTHS[month.lower().rstrip(".")]), day
# Sentence-final (or continuing) punctuation, optionally closed by quotes or brackets.
_FINAL_PUNCT = re.compile(r"[.!?…:;,。！？：；，][”’\"')\]}»›」』）]*$")
_SENTENCE_END = re.compile(r"[.!?…。！？][”’\"')\]}»›」』）]*$")


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
    """A text file: an optional date line, the title (or a lead that reads as a paragraph), the body."""
    if not text.strip():
        raise Rejected("empty file")
    lines = _lines(text)
    filled = [i for i, (s, e) in enumerate(lines) if e > s]
    shown = display(name)
    date, title_at, title_span = _date_and_title(text, lines, filled, shown, today, warnings)
    if title_span is None:
        raise Rejected("date line but no title or body text")
    if reads_as_lead(text, title_span):
        spans = _body_blocks(text, lines, [i for i in filled if i >= title_at])
    else:
        _check_title_length(text, title_span)
        body = [i for i in filled if i > title_at]
        if not body:
            raise Rejected("title but no body text")
        spans = [("title", title_span)] + _body_blocks(text, lines, body)
    return make_article(text, spans, name, digest, date=date,
                        date_note="date line in the file" if date else "undated")


def make_article(text: str, spans: list[tuple[BlockKind, tuple[int, int]]], name: str, digest: str,
                 **fields: Any) -> Article:
    """The article of ``text`` laid out in ``spans``, whatever format it came in.

    Without a title block the title is the first sentence, which stays in the
    body (``title_from_lead``). A dateline opening the first paragraph is
    metadata, outside every sentence.
    """
    spans, dateline = _cut_dateline(text, spans)
    spans = [(kind, span) for kind, span in spans if kind != "paragraph" or not is_chrome(text[span[0]:span[1]])]
    blocks = _blocks(text, spans)
    if not any(b.kind == "paragraph" for b in blocks):
        raise Rejected("title but no body text")
    if blocks[0].kind == "title":
        title, from_lead = " ".join(text[spans[0][1][0]:spans[0][1][1]].split()), False
    else:
        first = next(b for b in blocks if b.kind == "paragraph").sentences[0]
        title, from_lead = " ".join(first.text.split()), True
    return Article(id=slugify(os.path.splitext(name)[0]), file=name, title=title, sha256=digest, text=text,
                   blocks=blocks, title_from_lead=from_lead, dateline=dateline, **fields)


def join_blocks(parts: list[tuple[BlockKind, str]]) -> tuple[str, list[tuple[BlockKind, tuple[int, int]]]]:
    """Blocks found by a format's own reader, as one text (blank lines between) and their spans."""
    pieces: list[str] = []
    spans: list[tuple[BlockKind, tuple[int, int]]] = []
    at = 0
    for kind, piece in parts:
        if pieces:
            pieces.append("\n\n")
            at += 2
        pieces.append(piece)
        spans.append((kind, (at, at + len(piece))))
        at += len(piece)
    return "".join(pieces), spans


def reads_as_lead(text: str, span: tuple[int, int]) -> bool:
    """A first line that reads as a paragraph, not a headline: it ends as a sentence does and opens
    with a dateline, is long, or holds several sentences. Headlines hardly ever end with a full
    stop, sometimes with a question or exclamation mark: those must be longer to count."""
    line = text[span[0]:span[1]]
    end = _SENTENCE_END.search(line)
    if end is None:
        return False
    if find_dateline(text, *span) is not None:
        return True
    stop = line[end.start()] in ".…。"
    if len(line) >= (_LEAD_MIN_CHARS if stop else _LEAD_MIN_CHARS_QUESTION):
        return True
    return len(line) >= _LEAD_SEVERAL_MIN_CHARS and len(split_sentences(line)) >= 2


# A paragraph above the lead that says who wrote the report or when: "By Dana Whitfield, Capitol Wire Service",
# "Published: July 11, 2023", "Updated 6:14 PM EDT".
_BYLINE = re.compile(r"\s*(?:by\s+[A-Z]|(?:first\s+)?(?:published|posted|updated)\b)", re.I)
# ... or a photo's caption, which a saved page keeps above the lead ("Photo caption: Firefighters at ...")
_ABOVE_LEAD = re.compile(rf"{_BYLINE.pattern}|\s*(?:(?:photo|image|picture)(?:\s+caption)?|caption)\s*:", re.I)
BYLINE_MAX = 160
BYLINES_ABOVE = 2


def _cut_dateline(text: str, spans: list[tuple[BlockKind, tuple[int, int]]]
                  ) -> tuple[list[tuple[BlockKind, tuple[int, int]]], Dateline | None]:
    """The first body paragraph without the dateline it opens with, and the dateline. A byline, a publication
    line, a photo's caption or a press office's heading may stand above that paragraph ("By Dana Whitfield" /
    "Published: July 11, 2023", "Press release of the Federal Chancellery"): it opens the one under them."""
    at = 1 if spans and spans[0][0] == "title" else 0
    while at + 1 < len(spans) and at < BYLINES_ABOVE + 1 and spans[at][0] != "title" \
            and (_ABOVE_LEAD.match(text, *spans[at][1]) or spans[at][0] == "heading") \
            and spans[at][1][1] - spans[at][1][0] <= BYLINE_MAX:
        at += 1
    if at >= len(spans) or spans[at][0] != "paragraph":
        return spans, None
    spans = [("byline", span) if k < at and kind == "paragraph" and _BYLINE.match(text, *span) else (kind, span)
             for k, (kind, span) in enumerate(spans)]
    start, end = spans[at][1]
    dateline = find_dateline(text, start, end)
    if dateline is None:
        return spans, None
    rest = _trim(text, dateline.end, end)
    return [*spans[:at], ("paragraph", rest), *spans[at + 1:]], dateline


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
    words = WORDS_LINE.match(line) if len(line) <= DATE_LINE_MAX else None
    if words:
        year, month_no, day = written_date(words)
        shown_date = words["when"].strip()
        date = _checked_date(year, month_no, day, shown_date, shown, today, warnings)
        return date, *_next_title(lines, filled, first)
    return None, first, lines[first]


def _next_title(lines: list[tuple[int, int]], filled: list[int], date_at: int
                ) -> tuple[int, tuple[int, int] | None]:
    later = [i for i in filled if i > date_at]
    if not later:
        return date_at, None
    return later[0], lines[later[0]]


def not_after_today(date: dt.date | None, note: str, what: str, shown: str, today: dt.date,
                    warnings: list[Problem]) -> tuple[dt.date | None, str]:
    """A publication date and how it was found; one after today is a warning and no date at all."""
    if date is not None and date > today:
        warnings.append(Problem(shown, f"{what} {date.isoformat()} is in the future (treated as undated)"))
        return None, "undated"
    return date, note


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


