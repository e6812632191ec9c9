"""The year of a day told without one: an undated article's own full dates, the day the narrative last told
with its year, a line that is a year alone heading a timeline.

``narrative.narrate`` reads each sentence's days through these; every date
read so says where its year came from (``DateMention.origin`` and ``note``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ...model import DateMention
from .find import find_dates
from .resolve import NOTE_NO_YEAR
from .words import ANCHOR_WORDS, MONTHS

WEEK = dt.timedelta(days=7)  # a span of days without a year at most this wide is read like a day ("June 22-23")
ANCHORS = tuple(sorted(ANCHOR_WORDS))  # a day led by one is a point of reference ("since 2000")


def with_own_year(text: str, mentions: list[DateMention], found: list[list[DateMention]], own: list[DateMention],
                  here: int) -> list[DateMention]:
    """An undated article: each date without a year takes the year of the article's own full date before it,
    or the year after when the narrative has moved on past the new year. A full date only further on is no
    anchor: a later paragraph's full date is as often background ("the probe opened on Oct. 4, 2023"), and one
    later in the sentence as often a day to come ("signed a decree on September 28 saying the republic would
    cease to exist on 1 January 2024")."""
    if not own or not any(m.note == NOTE_NO_YEAR for m in mentions):
        return mentions
    before = [m for m in own if m.start_date and found_before(found, m, here - 1)]
    in_sentence = [m for m in own if m.start_date and m in found[here]]
    out = []
    for m in mentions:
        anchors = before + [x for x in in_sentence if x.start < m.start]
        read = _read_from(text, m, _latest([x for x in anchors if x.origin != "article"]))
        # a day read into a later year before it ("on February 8" after "October 29, 2022") gives its year when the
        # article's own dates would give an earlier one; read again only when such a day is the latest anchor
        latest = _latest(anchors)
        if latest is not None and latest.origin == "article":
            later = _read_from(text, m, latest)
            if later is not None and (read is None or later.start_date > read.start_date):  # type: ignore[operator]
                read = later
        out.append(read or m)
    return out


def _latest(anchors: list[DateMention]) -> DateMention | None:
    return max(anchors, default=None, key=lambda x: x.start_date)  # type: ignore[arg-type,return-value]


def _read_from(text: str, m: DateMention, anchor: DateMention | None) -> DateMention | None:
    """``m``, a date without a year, read in the year of ``anchor``."""
    return in_article_year(text, m, anchor) if anchor is not None and m.note == NOTE_NO_YEAR else None


def found_before(found: list[list[DateMention]], m: DateMention, here: int) -> bool:
    return any(m in ms for ms in found[:here + 1])


def in_article_year(text: str, m: DateMention, anchor: DateMention) -> DateMention | None:
    """``m`` read in the anchor's year, or the next one when that would put it months before the anchor."""
    assert anchor.start_date is not None
    for year in (anchor.start_date.year, anchor.start_date.year + 1):
        again = read_in_year(text, m, year)
        if again is None:
            return None
        if (anchor.start_date - again.start_date).days <= 120:  # type: ignore[operator]
            whose = "the article's own date" if anchor.origin != "article" else "the day the article told before it,"
            return dataclasses.replace(again, origin="article", note=f"year from {whose} ‘{anchor.phrase}’")
    return None


def read_in_year(text: str, m: DateMention, year: int) -> DateMention | None:
    """The phrase ``m`` read again as if the article were of ``year``, if it still reads as a date in that year.
    Read at the year's end, a day told as past falls in it; a day told as to come ("plan to vote on March 17")
    would fall in the next, so it is read from the year's start."""
    for when in (dt.date(year, 12, 31), dt.date(year, 1, 1)):
        again = next((x for x in find_dates(text, when) if x.start == m.start), None)
        if again is None or not again.resolved or again.phrase != m.phrase:
            return None
        if year in (again.start_date.year, again.end_date.year):  # type: ignore[union-attr]
            return again
    return None


def yearless_day(m: DateMention) -> bool:
    """A day named by its month and day without a year ("on Oct. 24", "June 22-23"), which the article's date gave
    a year."""
    if not m.resolved:
        return False
    days = m.precision == "day" or (m.precision == "range" and m.end_date - m.start_date <= WEEK)  # type: ignore[operator]
    return m.relative and days and m.origin == "" and MONTH_NAME.search(m.phrase) is not None \
        and not YEAR_DIGITS.search(m.phrase) and not YEAR_SAID.search(m.phrase)


MONTH_NAME = re.compile(rf"\b(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b", re.IGNORECASE)
YEAR_DIGITS = re.compile(r"\b\d{4}\b")
YEAR_SAID = re.compile(r"\b(?:this|last|next) year\b", re.IGNORECASE)  # "On May 20 this year": its year is given
NARRATIVE_YEAR_DAYS = 31  # a day without a year this soon after the full date just told goes on in its year
# ... or this soon, when the article's date would put it two or more years later: an article looking back
# ("flew to Libya on April 15, 2017" then "came back alone on May 18", in a report of 2020)
LOOKING_BACK_DAYS = 62


def year_of(text: str, m: DateMention, last: DateMention, full: DateMention) -> DateMention | None:
    """``m`` read in the year of the narrative's last day (``last``, whose year ``full`` told), when that puts it
    within a month after it, or two in an article years later ("on Oct. 8, 2023, the pipeline began to leak" then
    "investigators lifted an anchor on Oct. 24"; a timeline's "June 18, 2023: ...", "June 19: ...", "June 22: ..."):
    the narrative went on in that year, or into the next, which the article's own date (years later) would not give
    it."""
    assert last.start_date is not None
    for year in (last.start_date.year, last.start_date.year + 1):  # "Dec. 30, 2023: ...", then "Jan. 2: ..."
        again = read_in_year(text, m, year)
        reach = LOOKING_BACK_DAYS if m.start_date.year - year >= 2 else NARRATIVE_YEAR_DAYS  # type: ignore[union-attr]
        if again is not None and 0 <= (again.start_date - last.start_date).days <= reach:  # type: ignore[operator]
            if again.span == m.span:
                return None
            return dataclasses.replace(again, origin=CARRIED, note=f"the year of ‘{full.phrase}’ told before it")
    return None


CARRIED = "narrative"  # the origin of a date read in the year the narrative told
HEADING_YEAR = re.compile(r"\s*(?:1[89]|20)\d\d:?\s*")  # a line that is a year alone: "2023", "2024:"


def in_heading_year(text: str, m: DateMention, heading: str) -> DateMention | None:
    """``m`` read in the year of the line above it that is a year alone (``heading``): a timeline's "2023",
    then "Feb. 3: ...", "Feb. 5: ...", in an article of 2024."""
    again = read_in_year(text, m, int(heading))
    if again is None or again.span == m.span:
        return None
    return dataclasses.replace(again, origin=CARRIED, note=f"the year of the heading ‘{heading}’ above it")


def in_sentence_year(text: str, m: DateMention) -> DateMention | None:
    """``m`` read in the year its own sentence named before it, when "of that year" or "that same year" follows it
    ("lost the 2017 presidential election on May 19 of that year")."""
    named = THAT_YEAR.match(text, m.end)
    year = YEAR_BEFORE.findall(text, 0, m.start) if named is not None else []
    again = read_in_year(text, m, int(year[-1])) if year else None
    if again is None:
        return None
    return dataclasses.replace(again, note=f"‘{named.group().strip(' ,')}’: {year[-1]}, named before it")  # type: ignore[union-attr]


def in_year_told(text: str, m: DateMention, last: DateMention) -> DateMention | None:
    """``m``, a month or day read against the article's date, read in the year of the narrative's last date
    (``last``, within one year) when "of that year" or "that same year" follows it and its sentence names no year
    ("The decline began in earnest in 2021. In March of that year, ...")."""
    named = THAT_YEAR.match(text, m.end)
    # a year an undated article's own dates lent it gives way: "that year" names the narrative's
    if named is None or not m.resolved or not m.relative or m.origin not in ("", "article") \
            or YEAR_BEFORE.search(text, 0, m.start) \
            or not last.resolved or last.start_date.year != last.end_date.year:  # type: ignore[union-attr]
        return None
    year = last.start_date.year  # type: ignore[union-attr]
    again = read_in_year(text, m, year)
    if again is None:
        return None
    return dataclasses.replace(again, origin=CARRIED, note=f"‘{named.group().strip(' ,')}’: {year}, told before it")


THAT_YEAR = re.compile(r",?\s+(?:of\s+)?that\s+(?:same\s+)?year\b", re.IGNORECASE)
YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d\b")


def full_day(m: DateMention) -> bool:
    """A day given with its year ("on 18 October 2023", "on Feb. 28 last year"): not a year alone, and not a
    point of reference ("since 2000")."""
    return m.resolved and (not m.relative or YEAR_SAID.search(m.phrase) is not None) and m.precision == "day" \
        and not m.phrase.lower().startswith(ANCHORS)
