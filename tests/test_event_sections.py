"""One event, one section (curate/event_sections.py): reports of one event that placing split between sections
go where most of their articles put it; anything less sure stays where it was."""

from __future__ import annotations

import datetime as dt

from support import statement

from briefing.curate.event_sections import settle_sections

FRI = dt.date(2024, 7, 19)
PEOPLE = {"George Kurtz": "george-kurtz", "Kurtz": "george-kurtz", "Ed Bastian": "ed-bastian"}


def _sections(*rows: tuple[str, str, str | None], off_story: tuple[str, ...] = ()) -> list[str | None]:
    """(source, sentence, section) rows, all in articles of Friday 19 July 2024: the sections after settling."""
    statements = [statement(text, source=source, article=n, published=FRI, people=PEOPLE, section=section)
                  for n, (source, text, section) in enumerate(rows)]
    return [s.section for s in settle_sections(statements, off_story)]


def test_the_articles_majority_takes_the_event_and_the_unplaced_report_joins_it() -> None:
    assert _sections(
        ("a", "George Kurtz apologized on Friday for the outage.", "response"),
        ("b", "Kurtz apologized to customers on Friday.", "response"),
        ("c", "Chief Executive George Kurtz apologized in a television interview on Friday.", "outage"),
        ("d", "George Kurtz apologized on Friday in a post.", None),
    ) == ["response", "response", "response", "response"]


def test_a_tie_leaves_each_report_where_it_was() -> None:
    rows = (("a", "George Kurtz apologized on Friday for the outage.", "response"),
            ("c", "Chief Executive George Kurtz apologized in a television interview on Friday.", "outage"))
    assert _sections(*rows) == ["response", "outage"]


def test_another_day_another_action_or_other_people_stay_apart() -> None:
    assert _sections(
        ("a", "George Kurtz apologized on Friday for the outage.", "response"),
        ("b", "Kurtz apologized to customers on Friday.", "response"),
        ("c", "George Kurtz apologized on Thursday in a memo.", "outage"),  # another day
        ("d", "Ed Bastian apologized on Friday to passengers.", "travel"),  # nobody in common
    ) == ["response", "response", "outage", "travel"]


def test_one_articles_reports_are_no_majority_and_another_story_has_no_vote() -> None:
    rows = (("a", "George Kurtz apologized on Friday for the outage.", "response"),
            ("a", "Kurtz apologized again on Friday evening.", "response"),
            ("c", "Chief Executive George Kurtz apologized in a television interview on Friday.", "outage"))
    assert _sections(*rows) == ["response", "response", "outage"]  # one article against one: a tie
    rows = (("a", "George Kurtz apologized on Friday for the outage.", "response"),
            ("b", "Kurtz apologized to customers on Friday.", "response"),
            ("c", "Chief Executive George Kurtz apologized in a television interview on Friday.", "outage"))
    assert _sections(*rows, off_story=("a", "b")) == ["response", "response", "outage"]


def test_a_plan_or_an_undated_report_is_not_moved() -> None:
    assert _sections(
        ("a", "George Kurtz apologized on Friday for the outage.", "response"),
        ("b", "Kurtz apologized to customers on Friday.", "response"),
        ("c", "George Kurtz will apologize to lawmakers on Friday.", "legal"),  # a plan
        ("d", "George Kurtz apologized for the outage.", "outage"),  # no date of its own
    ) == ["response", "response", "legal", "outage"]
