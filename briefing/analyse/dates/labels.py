"""Reader-facing labels of resolved mentions: "13 September 2024", "mid-July 2024", "autumn 2022"."""

from __future__ import annotations

from datetime import date

from ...model import DateMention
from .intervals import last_day
from .words import (
    DECADE_PARTS,
    MONTH_LABELS,
    MONTH_PARTS,
    PART_PREFIXES,
    SEASON_BY_MONTH,
    SEASON_FIRST_MONTH,
    SEASON_PARTS,
    WEEKDAYS,
    YEAR_PART_LABELS,
)

# The early/mid/late parts of a month, a season and a decade have short labels; the other parts of a
# month (halves, weeks) are labelled as plain day ranges.
_LABELLED_PARTS = tuple(PART_PREFIXES)
_SEASON_PART_PREFIXES = {offset: PART_PREFIXES[part] for part, offset in SEASON_PARTS.items()}
_DECADE_PART_PREFIXES = {(0, 9): ""} | {DECADE_PARTS[part]: PART_PREFIXES[part] for part in _LABELLED_PARTS}


def format_date(m: DateMention) -> str:
    """A reader-friendly label: "13 September 2024", "mid-July 2024", "autumn 2022", "undated (‘in June’)"."""
    s, e = m.start_date, m.end_date
    if s is None or e is None:
        return f"undated (‘{m.phrase}’)"
    if m.precision == "weekday":
        return f"{WEEKDAYS[s.weekday()].capitalize()} {_day_label(s)}"
    return _part_label(m.precision, s, e) or _span_label(s, e)


def _part_label(precision: str, s: date, e: date) -> str | None:
    """The label of a named part ("mid-July 2024", "Q3 2023", "the early 1990s"), None for other spans."""
    if precision == "part-of-month" and s.month == e.month:
        part = _month_part_prefix(s.day, e.day, last_day(e.year, e.month))
        if part:
            return f"{part}{MONTH_LABELS[s.month - 1]} {s.year}"
    if precision == "season":
        return _season_label(s)
    if precision == "part-of-season":
        offset = (s.month - SEASON_FIRST_MONTH[_season_label(s).split()[0]]) % 12
        return f"{_SEASON_PART_PREFIXES[offset]}{_season_label(s)}"
    if precision == "part-of-year" and s.year == e.year:
        named = YEAR_PART_LABELS.get((s.month, e.month))
        if named:
            return named.format(year=s.year)
    if precision == "decade":
        decade = s.year - s.year % 10
        part = _DECADE_PART_PREFIXES.get((s.year - decade, e.year - decade))
        if part is not None:
            return f"the {part}{decade}s"
    return None


def _month_part_prefix(first: int, last: int, month_end: int) -> str | None:
    """ "early ", "mid-" or "late " for the days first-last of a month ending on month_end, else None."""
    for part in _LABELLED_PARTS:
        lo, hi = MONTH_PARTS[part]
        if (first, last) == (lo, min(hi, month_end)):
            return PART_PREFIXES[part]
    return None


def _day_label(d: date) -> str:
    return f"{d.day} {MONTH_LABELS[d.month - 1]} {d.year}"


def _span_label(s: date, e: date) -> str:
    """A compact label for any interval: "10–12 June 2024", "March–May 2023", "2019–2022"."""
    if s == e:
        return _day_label(s)
    whole_months = s.day == 1 and e.day == last_day(e.year, e.month)
    if whole_months:
        if s.month == 1 and e.month == 12:
            return str(s.year) if s.year == e.year else f"{s.year}–{e.year}"
        sm, em = MONTH_LABELS[s.month - 1], MONTH_LABELS[e.month - 1]
        if (s.year, s.month) == (e.year, e.month):
            return f"{sm} {s.year}"
        if s.year == e.year:
            return f"{sm}–{em} {s.year}"
        return f"{sm} {s.year} – {em} {e.year}"
    if (s.year, s.month) == (e.year, e.month):
        return f"{s.day}–{e.day} {MONTH_LABELS[s.month - 1]} {s.year}"
    if s.year == e.year:
        return f"{s.day} {MONTH_LABELS[s.month - 1]} – {_day_label(e)}"
    return f"{_day_label(s)} – {_day_label(e)}"


def _season_label(s: date) -> str:
    """ "autumn 2022", "winter 2022–23" for the season starting in s's season."""
    first = s.month - (s.month % 3)  # 3, 6, 9 or 12 (0 for Jan/Feb: last year's winter)
    year = s.year
    if first == 0:
        first, year = 12, year - 1
    name = SEASON_BY_MONTH[first]
    return f"{name} {year}–{str(year + 1)[2:]}" if name == "winter" else f"{name} {year}"
