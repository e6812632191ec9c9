"""Where sources differ: one fact with different numbers, dates, names or quoted words, on hand-made items."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from support import item, statement

from briefing.derive.differences import find_discrepancies
from briefing.model import Discrepancy, Section, Statement

PUBLISHED = dt.date(2024, 9, 14)


def report(source: str, text: str, **options: Any) -> Statement:
    return statement(text, source=source, published=PUBLISHED, **options)


def differences(*reports: Statement) -> list[Discrepancy]:
    """The differences found in one item citing these reports."""
    section = Section("s", "Section", "", (), (item(*(r.citation() for r in reports)),))
    return find_discrepancies([section], {(r.source, r.sentence.id): r for r in reports})


def found(*reports: Statement) -> list[tuple[str, list[tuple[str, str]]]]:
    """(kind, [(value, article)...]) of each difference."""
    return [(d.kind, [(v.value, v.citation.source) for v in d.versions]) for d in differences(*reports)]


def figures_differ(a: str, b: str) -> bool:
    """Whether two articles' sentences, in one item, are listed as differing in their figures."""
    return "number" in [kind for kind, _ in found(report("a", a), report("b", b))]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param("Coast guards seized 12 grain ships.", "Coast guards seized 15 grain ships.",
                     [("number", [("12", "a"), ("15", "b")])], id="a figure"),
        pytest.param("The treaty passed by 221 votes to 14.", "The treaty passed by 221 votes to 12.",
                     [("number", [("221, 14", "a"), ("221, 12", "b")])], id="a set of figures"),
        pytest.param("Exports rose to 1,200 tonnes.", "Exports rose to 1,200 tonnes, officials said.", [],
                     id="the same figure"),
        pytest.param("The envoy arrived on September 13 with aides.", "The envoy arrived on September 12 with aides.",
                     [("date", [("on September 13", "a"), ("on September 12", "b")])], id="a date, not its day"),
        pytest.param("The envoy arrived on Friday with aides.", "The envoy arrived on September 13 with aides.", [],
                     id="one day in two phrasings"),
        pytest.param("The envoy arrived in September with aides.", "The envoy arrived on September 13 with aides.", [],
                     id="a month and a day in it"),
        pytest.param("Kim called the talks “cordial and very detailed”.",
                     "Kim called the talks “cordial and detailed”.",
                     [("quote", [("cordial and very detailed", "a"), ("cordial and detailed", "b")])],
                     id="a quotation"),
        pytest.param("Kim called the talks “cordial and detailed”.", "Kim called the talks “cordial and detailed”.", [],
                     id="the same quotation"),
        pytest.param("Kim called the talks “cordial”.", "Kim praised the “friendly atmosphere”.", [],
                     id="two remarks"),
    ],
)
def test_differences_between_two_articles(a: str, b: str, expected: list[tuple[str, list[tuple[str, str]]]]) -> None:
    assert found(report("a", a), report("b", b)) == expected


def test_a_name_spelled_two_ways() -> None:
    a = report("a", "Shoigu met Kim in Pyongyang.", people={"Shoigu": "shoigu", "Kim": "kim"})
    b = report("b", "Shoygu met Kim in Pyongyang.", people={"Shoygu": "shoigu", "Kim": "kim"})
    c = report("c", "Shoigu met Kim in Pyongyang.", people={"Shoigu": "shoigu", "Kim": "kim"})
    assert found(a, b, c) == [("name", [("Shoigu", "a"), ("Shoygu", "b")])]  # each spelling once, Kim alike


def test_a_name_found_only_as_a_surname_or_description_is_no_spelling() -> None:
    a = report("a", "Shoigu met Kim in Pyongyang.", people={"Shoigu": "shoigu"})
    b = report("b", "The minister met Kim in Pyongyang.", people={"The minister": "shoigu"})
    b = dataclasses.replace(b, mentions=tuple(dataclasses.replace(m, via="description") for m in b.mentions))
    assert found(a, b) == []


def test_each_kind_is_its_own_difference_in_a_fixed_order() -> None:
    a = report("a", "On Friday Shoigu said the 12 ships were “seized lawfully”.", people={"Shoigu": "shoigu"})
    b = report("b", "On Tuesday Shoygu said the 15 ships were “seized lawfully today”.", people={"Shoygu": "shoigu"})
    assert [d.kind for d in differences(a, b)] == ["number", "date", "quote", "name"]


def test_no_difference_within_a_single_source() -> None:
    # Two sentences of one article in one item: whatever they say, there is no second source to differ from.
    a1 = report("a", "Coast guards seized 12 grain ships on Friday.")
    a2 = dataclasses.replace(report("a", "Coast guards seized 15 grain ships on Tuesday."), order=1)
    assert found(a1, a2) == []
    assert found(report("a", "Coast guards seized 12 grain ships.")) == []


def test_every_version_is_a_verbatim_slice_of_its_citation() -> None:
    a = report("a", "On Friday Shoigu said the 12 ships were “seized lawfully”.", people={"Shoigu": "shoigu"})
    b = report("b", "On Tuesday Shoygu said the 1,500 ships were “seized lawfully today”.", people={"Shoygu": "shoigu"})
    for d in differences(a, b):
        for v in d.versions:
            assert all(part in v.citation.text for part in v.value.split(", "))


def test_the_day_of_a_second_date_is_no_figure() -> None:
    assert not figures_differ("On September 12 the envoy signed the accord, after talks that began on September 10.",
                              "On September 12 the envoy signed the accord, after talks that began on September 11.")


def test_the_same_figures_in_another_order_are_no_difference() -> None:
    a = report("a", "Duties reach 35.3%, while Tesla gets 7.8%.")
    b = report("b", "Tesla gets 7.8%, and the top rate is 35.3%.")
    assert found(a, b) == []


def test_a_year_is_no_figure_to_set_beside_another() -> None:
    assert not figures_differ("The case is the largest since a 2013 fight over solar panels.",
                              "The case is the largest since the solar panel fight, which lasted until 2018.")


def test_figures_of_different_kinds_are_no_versions_of_one() -> None:
    """An age beside a share in one report, the share alone in the other: the same share, no difference."""
    assert not figures_differ("Georgescu, 62, won 22.94% of the vote.",
                              "Georgescu won 22.94% of the vote.")


def test_a_share_that_differs_is_still_a_difference() -> None:
    a = report("a", "Georgescu, 62, won 22.94% of the vote.")
    b = report("b", "Georgescu won 23% of the vote.")
    assert found(a, b) == [("number", [("62, 22.94", "a"), ("23", "b")])]


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        pytest.param("Alaska pulled its 65 jets.", "The FAA grounded 171 planes, and Alaska its 65 jets.", False,
                     id="two fleets, one count each report shares"),
        pytest.param("The crash killed 260 people.", "The crash left 241 dead.", True, id="people counted two ways"),
        pytest.param("The plane climbed through 16,000 feet.", "At 16,000 feet the plug by row 26 tore away.", False,
                     id="a row number is no altitude"),
        pytest.param("Officials counted 44 dead and 279 missing.", "Officials counted 55 dead and 279 missing.", True,
                     id="one of two counts differs"),
    ],
)
def test_counts_are_compared_noun_by_noun(a: str, b: str, differ: bool) -> None:
    assert figures_differ(a, b) is differ


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("Hasina, 76, left by helicopter.", "Hasina left by helicopter, which carried 10.", id="an age"),
        pytest.param("The bloc agreed its 13th package.", "The bloc agreed the package by 27 to 0.", id="a rank"),
    ],
)
def test_ages_and_ranks_are_no_counts(a: str, b: str) -> None:
    assert not figures_differ(a, b)
