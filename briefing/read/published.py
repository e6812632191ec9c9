"""An undated article's date from its own lines: the dateline's date with its year, a "Published:" line, a
line that is a date alone under the headline, or a live page's "Updated:" line.

Many files carry no date line at the top, yet say when they were written
further down: wire copy in its dateline ("WASHINGTON, July 24, 2024 (Reuters)
-"), newsletters and blogs in a line under the headline ("Published: 21 August
2024 09:30 CET"). A careful reader dates the article by either; the line itself
stays in the text like any other. A dateline without a year is left to the
corpus (``curate.sources.date_from_datelines``): only the other articles can
say which year it means.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..model import Article, Problem
from .datelines import date_parts
from .layout import (
    BYLINE_BEFORE_DATE,
    CLOCK_AFTER_DATE,
    DATE_LINE_MAX,
    MONTHS,
    PUBLISHED_WORDS,
    WORDS_LINE,
    WRITTEN_DATE,
    not_after_today,
    written_date,
)

# How far into the body a publication line may stand: under the headline, a byline or two at most.
PUBLISHED_LINE_BLOCKS = 3
PUBLISHED_LINE_LINES = 3  # the lines of a byline paragraph it may stand among

# "Published: 21 August 2024 09:30 CET", "Posted on July 24, 2024 at 5:02 pm", "First published Tuesday 6 May 2025",
# "By The Associated Press | Published: September 14, 2023 at 6:52 a.m. EDT", "By Dana Whitcombe | September 24,
# 2024", "By Marina Keller | Eurasia Review | March 5, 2024". "Updated" is not here: an update's date is not
# when the report was written.
# ... the time of day first, as some wire pages write it: "Published 9:37 PM GMT+3, March 21, 2023"
CLOCK_BEFORE_DATE = r"(?:\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?(?:\s*(?:GMT|UTC)(?:[+\-]\d{1,2})?|\s*[A-Z]{2,5})?\s*,?\s+)?"
_PUBLISHED = re.compile(rf"\s*(?:{BYLINE_BEFORE_DATE}|{PUBLISHED_WORDS}){CLOCK_BEFORE_DATE}{WRITTEN_DATE}"
                        rf"{CLOCK_AFTER_DATE}\s*$", re.I)


def dated_by_its_lines(a: Article, today: dt.date, warnings: list[Problem], shown: str) -> Article:
    """``a`` with the date its dateline or a publication line gives, when it has none of its own."""
    if a.date is not None:
        return a
    found = _dateline_date(a) or _published_line(a) or _live_update_line(a) or _foot_line(a)
    if found is None:
        return a
    date, note = not_after_today(found[0], found[1], "date", shown, today, warnings)
    return dataclasses.replace(a, date=date, date_note=note) if date else a


def _dateline_date(a: Article) -> tuple[dt.date, str] | None:
    parts = dateline_day(a)
    date = real_date(parts[2], parts[0], parts[1]) if parts and parts[2] else None
    return (date, "the dateline's date") if date else None


def dateline_day(a: Article) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) of the article's dateline, when it gives a month and a day."""
    parts = date_parts(a.dateline.date) if a.dateline and a.dateline.date else None
    if parts is None:
        return None
    month, day, year = parts
    return MONTHS[month.lower().rstrip(".")], day, year


def _published_line(a: Article) -> tuple[dt.date, str] | None:
    for block in a.body_blocks[:PUBLISHED_LINE_BLOCKS]:
        # a line of its own, or a short line of a paragraph it shares with the byline, under it or on it ("By
        # Global Times" then "Published: Nov 29, 2024 10:12 PM")
        lines = block.sentences[0].text.split("\n")[:PUBLISHED_LINE_LINES] if block.sentences else []
        for line in lines:
            if len(line) > DATE_LINE_MAX:
                if line.rstrip().endswith(_SENTENCE_ENDS):
                    break  # a lead's line: what stands under it is text, not when the report was written
                continue  # a long headline above the release's date ("Publication date: 2 July 2025")
            date = _date(_PUBLISHED.fullmatch(line))
            if date:
                return date, "the publication line in the file"
            # a line that is a date and nothing else, under the headline: a readout's "April 22, 2025" above the
            # office that issued it
            date = _date(WORDS_LINE.fullmatch(line))
            if date:
                return date, "the date line under the headline"
    return None


_SENTENCE_ENDS = (".", "!", "?", "\"", "”", "’", "'")


def _foot_line(a: Article) -> tuple[dt.date, str] | None:
    """A release stamp on the file's last line ("Released 25 March 2014, 18:05 Beijing time", "Published: May 29,
    2024"), as agencies and press offices sign their copy at the foot: when the report was written. Only a line
    that is the stamp and nothing else, so a sentence telling of a publication is no date of the article."""
    last = next((b for b in reversed(a.body_blocks) if b.sentences), None)
    line = last.sentences[-1].text.split("\n")[-1] if last is not None else ""
    date = _date(_FOOT.fullmatch(line)) if len(line) <= DATE_LINE_MAX else None
    return (date, "the release line at the foot of the file") if date else None


_FOOT = re.compile(rf"\s*(?:first\s+)?(?:published|posted|released|issued)\b\s*:?\s*(?:on\s+)?{CLOCK_BEFORE_DATE}"
                   rf"{WRITTEN_DATE}{CLOCK_AFTER_DATE}(?:\s*\(?(?-i:[A-Z][a-z]+)\s+time\)?)?\s*\.?\s*$", re.I)


def _live_update_line(a: Article) -> tuple[dt.date, str] | None:
    """A live page's "Updated:" line: its entries, stamped with times of day and no date, are of that day (the
    page is updated as they come). An ordinary article's update may come long after it was written, so only a
    page of stamped entries is dated by one."""
    if sum(1 for b in a.body_blocks if b.sentences and _ENTRY_STAMP.match(b.sentences[0].text)) < LIVE_ENTRIES_MIN:
        return None
    for block in a.body_blocks[:PUBLISHED_LINE_BLOCKS]:
        # the desk's name may end a sentence of its own before it ("Lima Expreso live desk. Last updated ...")
        lines = [line for s in block.sentences[:2] for line in s.text.split("\n")][:PUBLISHED_LINE_LINES]
        for line in lines:
            date = _date(_UPDATED.fullmatch(line)) if len(line) <= DATE_LINE_MAX else None
            if date:
                return date, "the live page's last update in the file"
    return None


LIVE_ENTRIES_MIN = 2
# A live entry's stamp: "8:05 a.m.: The hostel ...", "21:40 - Police ..."
_ENTRY_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?\s*[:\-\u2013\u2014|]\s", re.I)
# "By Gujarat Desk staff | Updated: June 13, 2025, 8:10 p.m. IST", "Lima Expreso live desk. Last updated December 7,
# 2022, 9:15 p.m. (Lima time)", "Last updated: August 2, 2024, 1:52 a.m. ET"
_UPDATED = re.compile(rf"\s*(?:[^|.\n]{{1,60}}?\s*[|.]\s*)?(?:last\s+)?updated\b\s*:?\s*(?:on\s+)?{CLOCK_BEFORE_DATE}"
                      rf"{WRITTEN_DATE}{CLOCK_AFTER_DATE}(?:\s*\([^()\n]{{1,20}}\))?\s*$", re.I)


def _date(m: re.Match[str] | None) -> dt.date | None:
    if m is None:
        return None
    year, month, day = written_date(m)
    return real_date(int(year), int(month), int(day))


def real_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None for one the calendar does not have ("Feb 30")."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
