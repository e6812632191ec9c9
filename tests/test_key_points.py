"""Key points: the best-corroborated, then most recent statements, spread over the sections, as many as asked."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from support import citation, item

from briefing.derive.key_points import pick_key_points
from briefing.model import Event, Section

PUBLISHED = dt.date(2024, 9, 30)


def fact(name: str, independent: int, day: int | None = None, section: str = "s") -> Event:
    """An item reported by ``independent`` articles, dated ``day`` September 2024 (or undated)."""
    text = f"The {name} happened on September {day}." if day else f"The {name} happened."
    cs = tuple(citation(text, f"{name}-{n}", published=PUBLISHED) for n in range(independent))
    assert day is None or cs[0].date is not None and cs[0].date.end_date == dt.date(2024, 9, day)
    return item(*cs, section=section, date=cs[0] if day else None)


def sections(*groups: list[Event]) -> list[Section]:
    return [Section(f"s{n}", f"Section {n}", "", (), tuple(g)) for n, g in enumerate(groups)]


def names(key_points: list[Event]) -> list[str]:
    return [i.citations[0].source.rsplit("-", 1)[0] for i in key_points]


def test_corroboration_comes_first_then_recency() -> None:
    items = [fact("old-single", 1, 2), fact("new-single", 1, 20), fact("old-triple", 3, 1), fact("new-double", 2, 12),
             fact("old-double", 2, 5), fact("undated-double", 2)]
    picked = pick_key_points(sections(items), 6)
    assert names(picked) == ["old-triple", "new-double", "old-double", "undated-double", "new-single", "old-single"]


def test_ties_keep_the_briefing_order() -> None:
    first, second = [fact("first", 2, 10, "s0")], [fact("second", 2, 10, "s1"), fact("third", 2, 10, "s1")]
    assert names(pick_key_points(sections(first, second), 3)) == ["first", "second", "third"]


def test_key_points_are_spread_over_the_sections() -> None:
    # The first section's statements are all better corroborated, but each section gets its share first.
    strong = [fact("strong-a", 4, 10, "s0"), fact("strong-b", 4, 9, "s0"), fact("strong-c", 3, 8, "s0")]
    weak = [fact("weak-a", 2, 1, "s1"), fact("weak-b", 2, 2, "s1")]
    assert names(pick_key_points(sections(strong, weak), 2)) == ["strong-a", "weak-b"]
    assert names(pick_key_points(sections(strong, weak), 4)) == ["strong-a", "strong-b", "weak-b", "weak-a"]


def test_single_sources_only_fill_what_corroborated_events_leave_open() -> None:
    strong = [fact("strong-a", 4, 10, "s0"), fact("strong-b", 4, 9, "s0"), fact("strong-c", 3, 8, "s0")]
    single = [fact("single-a", 1, 20, "s1"), fact("single-b", 1, 21, "s1")]
    assert names(pick_key_points(sections(strong, single), 2)) == ["strong-a", "strong-b"]
    assert names(pick_key_points(sections(strong, single), 4)) == ["strong-a", "strong-b", "strong-c", "single-b"]
    # With no corroborated event at all, single-source ones are spread over the sections as well.
    more = [fact("more-a", 1, 22, "s0"), fact("more-b", 1, 23, "s0")]
    assert names(pick_key_points(sections(more, single), 2)) == ["more-b", "single-b"]


@pytest.mark.parametrize("count", [0, 1, 3, 5])
def test_the_count_is_respected(count: int) -> None:
    many = sections([fact(f"a{n}", 1 + n % 3, 1 + n) for n in range(6)], [fact(f"b{n}", 2, 10 + n, "s1")
                                                                          for n in range(6)])
    picked = pick_key_points(many, count)
    assert len(picked) == count
    assert len({i.id for i in picked}) == count  # no statement twice


def test_fewer_statements_than_asked_gives_them_all() -> None:
    few = sections([fact("only", 1, 3)], [])
    assert names(pick_key_points(few, 5)) == ["only"]
    assert pick_key_points(sections([], []), 5) == []
    assert pick_key_points([], 5) == []


def test_background_and_headline_only_events_are_never_key_points() -> None:
    old = dataclasses.replace(fact("old", 5, 1), background=True)  # best corroborated, but before the story
    headline = fact("headline", 4, 20)
    told = fact("told", 1, 2)
    labels = {(c.source, c.sentence) for c in headline.citations}
    assert names(pick_key_points(sections([old, headline, told]), 3, labels)) == ["told"]
    # A headline that running text also reports is a key point like any other event.
    both = dataclasses.replace(headline, citations=(*headline.citations, *told.citations))
    assert names(pick_key_points(sections([both]), 1, labels)) == ["headline"]


def test_places_a_section_cannot_fill_go_to_the_best_left_elsewhere() -> None:
    many = [fact("a", 3, 10, "s0"), fact("b", 3, 9, "s0"), fact("c", 2, 8, "s0")]
    few = [dataclasses.replace(fact("bg", 4, 1, "s1"), background=True)]
    assert names(pick_key_points(sections(many, few), 3)) == ["a", "b", "c"]
