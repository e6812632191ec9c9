"""What the curation file adds to the corpus, and what curation notes about it: dates, near-copies."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter

from ..analyse.dates import find_dates
from ..analyse.dates.tense import to_come_before, told_as_past
from ..analyse.dates.words import WEEKDAYS
from ..model import Article, Config, Corpus, Problem
from ..read.published import dateline_day, real_date

# A year the story's coverage is dated in holds at least this many articles: one stray background piece
# from another year does not make its year a candidate.
COVERAGE_YEAR_MIN = 2
_WEEKDAY = re.compile(r"\b(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b")


def apply_metadata(corpus: Corpus, config: Config) -> Corpus:
    """Fill a missing article date from the curation file, saying so."""
    articles = []
    for a in corpus.articles:
        meta = config.sources.get(a.file)
        if a.date is None and meta and meta.date:
            how = f": {meta.date_note}" if meta.date_note else " (the file has no date)"
            a = dataclasses.replace(a, date=meta.date, date_note=f"from {config.path}{how}")
        articles.append(a)
    return dataclasses.replace(corpus, articles=articles)


def note_copies(corpus: Corpus, copies: dict[str, tuple[str, float]]) -> Corpus:
    """Report each near-duplicate once; it stays readable but confirms nothing."""
    files = {a.id: a.file for a in corpus.articles}
    notes = [Problem(files[copy], f"near-duplicate of {files[original]} ({score:.0%} the same text); "
                     "not counted as independent confirmation")
             for copy, (original, score) in sorted(copies.items())]
    return dataclasses.replace(corpus, warnings=sorted(corpus.warnings + notes, key=lambda p: (p.file, p.reason)))


def date_copies(corpus: Corpus, copies: dict[str, tuple[str, float]]) -> Corpus:
    """Give each near-copy the date of the article it copies, and say so.

    A spam mirror re-posts a report months later under its own date: its
    "on Wednesday" is the original's Wednesday, never the mirror's. The
    original never takes the copy's date, but for the year of a dateline
    that gives the copy's month and day.
    """
    by_id = {a.id: a for a in corpus.articles}
    for copy_id, (original_id, _) in sorted(copies.items()):
        dated = _dated_by_a_copy(by_id[original_id], by_id[copy_id])
        if dated is not None:
            by_id[original_id] = dated
    articles = []
    for a in (by_id[a.id] for a in corpus.articles):
        original = by_id[copies[a.id][0]] if a.id in copies else None
        if original is not None and original.date != a.date:
            own = a.date.isoformat() if a.date else "none"
            note = f"the date of {original.file}, which this article copies (its own date: {own})"
            a = dataclasses.replace(a, date=original.date, date_note=note)
        articles.append(a)
    return dataclasses.replace(corpus, articles=articles)


def _dated_by_a_copy(original: Article, copy: Article) -> Article | None:
    """An undated original whose dateline gives a month and a day without a year ("KYIV, Aug 15 (Meridian) -"),
    dated in the year of a copy dated on that very month and day: the copy ran the same day. A mirror re-posted
    months later, under a day of its own, dates nothing."""
    parts = dateline_day(original)
    if original.date is not None or copy.date is None or parts is None or parts[2] is not None:
        return None
    if (copy.date.month, copy.date.day) != parts[:2]:
        return None
    note = (f"the dateline's {original.dateline.date.strip()} in {copy.date.year}: the year of "  # type: ignore[union-attr]
            f"{copy.file}, a copy of this article dated on that day")
    return dataclasses.replace(original, date=copy.date, date_note=note)


def date_by_datelines(corpus: Corpus) -> Corpus:
    """Date an undated article whose dateline gives a month and a day without a year ("SEOUL, Oct 19 (Reuters)
    -"), when the other articles leave one year for it.

    The candidates are the years the coverage is dated in. When the lead
    names a weekday ("met ... on Thursday"), wire style makes it the
    dateline's day: the year must put the day on that weekday, or, when no
    year does, on the day after (the lead telling yesterday's news).
    Anything less than one year left stays undated.
    """
    years = _coverage_years(corpus)
    # the coverage's first day: a stray background piece from another year does not open it
    earliest = min((a.date for a in corpus.articles if a.date and a.date.year in years), default=None)
    articles = []
    for a in corpus.articles:
        found = _dateline_year(a, years, earliest) if a.date is None else None
        if found is not None:
            a = dataclasses.replace(a, date=found[0], date_note=found[1])
        articles.append(a)
    return dataclasses.replace(corpus, articles=articles)


def _coverage_years(corpus: Corpus) -> list[int]:
    """The years the coverage is dated in: those of ``COVERAGE_YEAR_MIN`` dated articles or more (else any)."""
    counts = Counter(a.date.year for a in corpus.articles if a.date)
    return sorted(y for y, n in counts.items() if n >= COVERAGE_YEAR_MIN) or sorted(counts)


def dated_elsewhen(corpus: Corpus) -> dict[str, str]:
    """Article id -> why it is off the story, for an undated article whose dateline gives a month and a day
    ("PARIS, Nov 14 (Reuters) -") that, in every year the coverage is dated in, falls on no weekday its lead
    names, nor on the day after one: wire style puts the lead's weekday on the dateline's day, so the report is
    of another year (another concert hall's attack, nine years before). Run before ``date_by_datelines``, which
    may then find the article's year from its own dates."""
    years = _coverage_years(corpus)
    out: dict[str, str] = {}
    for a in corpus.articles:
        found = _dateline_weekdays(a, years) if a.date is None and years else None
        if found is None or not found[1]:
            continue
        days, named = found
        if not any(day.weekday() in named or (day.weekday() - 1) % 7 in named for day in days.values()):
            line = a.dateline.date.strip()  # type: ignore[union-attr]
            out[a.id] = (f"is undated, and its dateline's {line} falls on none of the weekdays its lead names in "
                         f"{_listed(years)}, the years the coverage is dated in, so it reports another year's events")
    return out


def _listed(years: list[int]) -> str:
    return ", ".join(map(str, years[:-1])) + (" or " if len(years) > 1 else "") + str(years[-1])


def _dateline_weekdays(a: Article, years: list[int]) -> tuple[dict[int, dt.date], set[int]] | None:
    """The day a dateline without a year names in each of ``years``, and the weekdays the lead names; None when
    the article has no such dateline."""
    parts = dateline_day(a)
    if parts is None or parts[2] is not None:
        return None  # no month and day, or a year of its own (the reader dated the article by it)
    month, day_of_month, _ = parts
    days = {y: day for y in years if (day := real_date(y, month, day_of_month)) is not None}
    lead = next((b for b in a.body_blocks if b.kind == "paragraph"), None)  # the dateline opens the first paragraph
    text = " ".join(s.text for s in lead.sentences) if lead else ""
    # a day to come ("will vote on Monday") is no day the report tells of, so it says nothing of the dateline's
    named = {WEEKDAYS.index(w.group().lower()) for w in _WEEKDAY.finditer(text) if not to_come_before(text, w.start())}
    return days, named


def _dateline_year(a: Article, years: list[int], earliest: dt.date | None) -> tuple[dt.date, str] | None:
    found = _dateline_weekdays(a, years)
    if found is None:
        return None
    days, floor = _not_before(a, found[0], earliest)
    named = found[1]
    if not days:
        return None
    latest = "" if floor is None else f"after {floor.day} {floor:%B %Y}, the latest day the article tells of"
    year_of = f"the first year {latest}, in which" if floor else "the year the other articles are dated in where"
    if not named:
        fits, note = list(days), f"the first {latest}" if floor else "the only year the other articles are dated in"
    else:
        fits = [y for y, day in days.items() if day.weekday() in named]
        after = [y for y, day in days.items() if y not in fits and (day.weekday() - 1) % 7 in named]
        note = f"{year_of} it falls on a weekday the lead names"
        if not fits:
            fits, note = after, (f"{year_of} it falls the day after a weekday the lead names (the lead tells the "
                                 "day before's news)")
    if len(fits) != 1:
        return None
    return days[fits[0]], f"the dateline's {a.dateline.date.strip()} in {fits[0]}: {note}"  # type: ignore[union-attr]


def _not_before(a: Article, days: dict[int, dt.date], earliest: dt.date | None
                ) -> tuple[dict[int, dt.date], dt.date | None]:
    """The candidate days that could date the report. A day before every dated article of the coverage and
    before the latest full date the article tells of as past ("made landfall on Oct. 28, 2025") cannot: the
    report would precede what it tells. When no candidate is left, the first such day after that date (a January
    dateline on an October storm is the next year's), with that date; else the days as given, and None."""
    if not days or earliest is None or all(day >= earliest for day in days.values()):
        return days, None  # no candidate before the coverage: its own dates are not read (most articles)
    told = [m.start_date for b in a.body_blocks for s in b.sentences for m in find_dates(s.text, None)
            if m.start_date is not None and not m.relative and m.precision == "day" and told_as_past(s.text, m.start)]
    if not told:
        return days, None
    floor = max(told)
    kept = {y: day for y, day in days.items() if day >= floor or day >= earliest}
    if len(kept) == len(days):
        return days, None
    if kept:
        return kept, floor
    named = next(iter(days.values()))  # every candidate is the dateline's month and day, in some year
    for year in (floor.year, floor.year + 1):
        day = real_date(year, named.month, named.day)
        if day is not None and day >= floor:
            return {year: day}, floor
    return {}, floor
