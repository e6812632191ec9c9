"""Where sources differ: one fact, reported with different numbers, dates, names or quotes.

Every version shown is a verbatim slice of its citation, side by side, so a
reader sees the disagreement instead of a smoothed-over summary.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .model import Discrepancy, Section, Version

if TYPE_CHECKING:
    from .curate import Statement

NUMBER = re.compile(r"(?<![\w.,])\d[\d,.]*\d|(?<![\w.,])\d(?![\w])")
WORDS = re.compile(r"\w+")


def find_discrepancies(sections: list[Section], by_ref: dict[tuple[str, str], Statement]) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    for section in sections:
        for item in section.items:
            if len(item.sources) < 2:
                continue
            statements = [by_ref[(c.source, c.sentence)] for c in item.citations]
            for kind, finder in (("number", _numbers), ("date", _dates), ("quote", _quotes)):
                versions = finder(statements)
                if versions:
                    out.append(Discrepancy(item.id, kind, tuple(versions)))
            out += [Discrepancy(item.id, "name", tuple(v)) for v in _names(statements)]
    return out


def _numbers(statements: list[Statement]) -> list[Version]:
    """Figures outside date phrases: different sets of figures for one fact."""
    found = []
    for st in statements:
        text = st.sentence.text
        skip = (st.date.start, st.date.end) if st.date else (0, 0)
        nums = [m.group(0) for m in NUMBER.finditer(text) if not skip[0] <= m.start() < skip[1]]
        if nums:
            found.append((tuple(nums), st))
    if len({n for n, _ in found}) < 2:
        return []
    return [Version(", ".join(n), st.citation()) for n, st in found]


def _dates(statements: list[Statement]) -> list[Version]:
    dated = [st for st in statements if st.date and st.date.start_date and st.date.end_date]
    intervals = {(st.date.start_date, st.date.end_date) for st in dated}  # type: ignore[union-attr]
    if len(intervals) < 2 or _all_overlap(intervals):
        return []
    return [Version(st.date.phrase, st.citation()) for st in dated]  # type: ignore[union-attr]


def _all_overlap(intervals: set) -> bool:
    return max(s for s, _ in intervals) <= min(e for _, e in intervals)


def _names(statements: list[Statement]) -> list[list[Version]]:
    """The same person spelled differently by different articles: one list per person."""
    spellings: dict[str, dict[str, Statement]] = {}
    for st in statements:
        for m in st.mentions:
            if m.via in ("name", "alias"):
                spellings.setdefault(m.person, {}).setdefault(" ".join(m.text.split()), st)
    out = []
    for person in sorted(spellings):
        forms = spellings[person]
        if len({st.source for st in forms.values()}) > 1 and len(forms) > 1:
            out.append([Version(text, st.citation()) for text, st in forms.items()])
    return out


def _quotes(statements: list[Statement]) -> list[Version]:
    """Quotations of one remark that do not match character for character."""
    quotes = [(q.text, st) for st in statements for q in st.quotes]
    for i, (a, sa) in enumerate(quotes):
        for b, sb in quotes[i + 1:]:
            if sa.source != sb.source and a != b and _overlap(a, b) >= 0.5:
                return [Version(a, sa.citation()), Version(b, sb.citation())]
    return []


def _overlap(a: str, b: str) -> float:
    wa, wb = set(WORDS.findall(a.casefold())), set(WORDS.findall(b.casefold()))
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0

