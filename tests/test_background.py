"""The story's span and its background (derive/background.py), as a table: ``tests/data/background.tsv``."""

from __future__ import annotations

import datetime as dt

import pytest
from case_tables import Row, load_rows, params, passing
from support import citation, item

from briefing.derive.background import SILENCE, WIDEST, story_start, with_background
from briefing.model import Citation, DateMention, Event, Section

ROWS = load_rows("background.tsv", ["events", "as_of", "news", "start", "background", "gap"])


def mention(cell: str) -> DateMention | None:
    """The date of a cell: a day, a month, a year, a span, 'unresolved' or 'undated'."""
    if cell == "undated":
        return None
    if cell == "unresolved":
        return DateMention("on Friday", 0, 9, "weekday", None, None, True, "the article is undated")
    if ".." in cell:
        first, last = (dt.date.fromisoformat(d) for d in cell.split(".."))
        return DateMention(cell, 0, len(cell), "range", first, last, False, "")
    parts = [int(p) for p in cell.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return DateMention(cell, 0, len(cell), "day", day, day, False, "")
    if len(parts) == 2:
        start = dt.date(parts[0], parts[1], 1)
        end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return DateMention(cell, 0, len(cell), "month", start, end, False, "")
    return DateMention(cell, 0, len(cell), "year", dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31), False, "")


def events(row: Row) -> list[tuple[str, Event]]:
    out = []
    for n, cell in enumerate(row["events"].split("; ")):
        c = citation(f"Event number {n} happened.")
        dated = Citation(f"article-{n}", c.sentence, c.text, "", mention(cell))
        out.append((cell, item(dated, date=dated if dated.date else None)))
    return out


def published(row: Row) -> dict[str, dt.date]:
    """Each event's article: dated the day after the event when the row tells it as news, else long after."""
    news = set() if row["news"] == "-" else set(row["news"].split("; "))
    out = {}
    for n, cell in enumerate(row["events"].split("; ")):
        end = end_of(cell) if cell not in ("undated", "unresolved") else None
        if end is not None:
            out[f"article-{n}"] = end + dt.timedelta(days=1 if cell in news else 3650)
    return out


def end_of(cell: str) -> dt.date | None:
    if cell == "-":
        return None
    d = mention(cell)
    return None if d is None else d.end_date


@pytest.mark.parametrize("row", params(ROWS))
def test_story_start_and_background(row: Row) -> None:
    cells = events(row)
    # Spread over two sections: the story is the whole briefing's, not one section's.
    sections = [Section("a", "A", "", (), tuple(e for _, e in cells[::2])),
                Section("b", "B", "", (), tuple(e for _, e in cells[1::2]))]
    as_of = None if row["as_of"] == "-" else dt.date.fromisoformat(row["as_of"])
    start = story_start(sections, as_of, published(row))
    assert start == end_of(row["start"])
    marked = {e.text for s in with_background(sections, start) for e in s.items if e.background}
    expected = set() if row["background"] == "-" else set(row["background"].split("; "))
    assert {cell for cell, e in cells if e.text in marked} == expected


def test_without_a_start_nothing_changes() -> None:
    sections = [Section("a", "A", "", (), tuple(e for _, e in events(ROWS[0])))]
    assert with_background(sections, None) == sections


def test_the_table_tries_both_limits() -> None:
    """A case at each side of SILENCE, and a date at each side of WIDEST."""
    gaps, widths = set(), set()
    for row in passing(ROWS):
        ends = sorted(d for c in row["events"].split("; ") if (d := end_of(c)) is not None)
        gaps.update(b - a for a, b in zip(ends, ends[1:]))
        for c in row["events"].split("; "):
            d = mention(c)
            if d is not None and d.resolved:
                widths.add(d.end_date - d.start_date)  # type: ignore[operator]
    assert SILENCE in gaps and SILENCE + dt.timedelta(days=1) in gaps
    assert any(w <= WIDEST and w > dt.timedelta(days=31) for w in widths) and any(w > WIDEST for w in widths)
