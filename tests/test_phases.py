"""Sections that are phases of the story (curate/phases.py): a report dated far outside its section's time goes
to the phase its date falls in, when its words are as much evidence for that one."""

from __future__ import annotations

import datetime as dt

import pytest
from support import statement

from briefing.curate import phases
from briefing.curate.phases import by_phase
from briefing.model import SectionRule, Statement

RULES = (SectionRule("first", "The first round", ("first round", "vote", "runoff")),
         SectionRule("rerun", "The rerun", ("rerun", "runoff", "Dan")))


def round_reports(section: str, month: int, year: int, count: int = 6) -> list[Statement]:
    """``count`` reports of a vote, each dated in its own words to a day of ``month``."""
    month_name = f"{dt.date(year, month, 1):%B}"
    return [statement(f"Officials counted the vote on {day} {month_name} {year}.", source=f"{section}{day}",
                      order=day, section=section) for day in range(2, 2 + count)]


def test_a_report_of_the_later_phase_moves_there() -> None:
    runoff = statement("The runoff was won by the mayor on 9 May 2025.", source="x", section="first")
    moved = by_phase(round_reports("first", 11, 2024) + round_reports("rerun", 5, 2025) + [runoff], RULES)
    assert moved[-1].section == "rerun"


def test_a_report_with_more_evidence_for_its_own_section_stays() -> None:
    """"first round" and "vote" name the first phase; the runoff's date alone does not outweigh them."""
    recalled = statement("The first round vote was recounted on 9 May 2025.", source="x", section="first")
    moved = by_phase(round_reports("first", 11, 2024) + round_reports("rerun", 5, 2025) + [recalled], RULES)
    assert moved[-1].section == "first"


def test_a_section_spread_over_years_is_no_phase() -> None:
    """Reports of many years in one section: it has no time of its own, and gives no report away."""
    spread = [statement(f"Officials counted the vote on 3 May {year}.", source=f"s{year}", order=year - 2000,
                        section="first") for year in range(2010, 2022)]
    runoff = statement("The runoff was won by the mayor on 9 May 2025.", source="x", section="first")
    assert by_phase(spread + round_reports("rerun", 5, 2025) + [runoff], RULES)[-1].section == "first"


@pytest.mark.parametrize("count", [phases.ENOUGH - 1])
def test_too_few_dated_reports_make_no_phase(count: int) -> None:
    runoff = statement("The runoff was won by the mayor on 9 May 2025.", source="x", section="first")
    few = round_reports("first", 11, 2024) + round_reports("rerun", 5, 2025, count)
    assert by_phase(few + [runoff], RULES)[-1].section == "first"


def test_the_densest_half_is_the_phases_time() -> None:
    days = [dt.date(2024, 11, d) for d in (24, 25, 26, 27)] + [dt.date(2025, 5, 4), dt.date(2025, 5, 18)]
    assert phases._densest_half(days) == (dt.date(2024, 11, 24), dt.date(2024, 11, 26))
