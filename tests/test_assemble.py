"""Making an event of its reports (curate/assemble.py): which citation dates it, the date an undated report
borrows from a corroborating one, and the words a sentence leaning on the one before needs.

The dating rules are a table, ``tests/data/dating.yml``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import yaml
from case_tables import DATA, params
from support import sentence, statement

from briefing.curate.assemble import DIRECTNESS, _dating_citation, borrowed_dates, context_insert
from briefing.model import Citation, ContextInsert, DateMention, Statement

DATING = [{**case, "id": case["name"]} for case in yaml.safe_load((DATA / "dating.yml").read_text("utf-8"))]


def dated(cell: str, origin: str) -> DateMention | None:
    if cell == "-":
        return None
    if "/" in cell:  # a stretch named by its ends, or (after "~") a rolling span with no named ends
        start, end = (dt.date.fromisoformat(day) for day in cell.lstrip("~").split("/"))
        phrase = "over the past week" if cell.startswith("~") else f"{start} to {end}"
        return DateMention(phrase, 0, len(phrase), "range", start, end, cell.startswith("~"), "", origin)
    if cell == "unresolved":
        return DateMention("on Friday", 0, 9, "weekday", None, None, True, "the article is undated", origin)
    parts = [int(p) for p in cell.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return DateMention(cell, 0, len(cell), "day", day, day, False, "", origin)
    start = dt.date(parts[0], parts[1], 1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return DateMention(cell, 0, len(cell), "month", start, end, False, "", origin)


def citations_of(case: dict) -> tuple[Citation, ...]:
    return tuple(Citation(source, f"s-{n}", f"Report {n} of the event.", "", dated(str(cell), origin))
                 for n, (source, cell, origin) in enumerate(case["citations"]))


@pytest.mark.parametrize("case", params(DATING))
def test_dating_citation(case: dict) -> None:
    cited = citations_of(case)
    found = _dating_citation(cited[case["shown"]], cited, case.get("copies", {}))
    if "covering" not in case:
        assert (cited.index(found) if found is not None else "-") == case["dating"]
        return
    start, end = (dt.date.fromisoformat(day) for day in case["covering"].split("/"))
    assert found is not None and found.date is not None
    assert found.sentence == cited[case["dating"]].sentence
    assert (found.date.span, found.date.precision, found.date.origin) == ((start, end), "range", "reports")
    assert found.date.note.startswith("the reports differ: ")


def test_the_dating_table_tries_every_origin_and_rule() -> None:
    origins = {origin for case in DATING for _, _, origin in case["citations"]}
    assert origins >= set(DIRECTNESS) - {"article", "reports", "live"}  # "reports" is made here, never given
    assert any("covering" in case for case in DATING)
    assert any(case.get("copies") for case in DATING)
    # The shown citation decides some cases and not others.
    assert {case["dating"] == case["shown"] for case in DATING} == {True, False}


# --------------------------------------------------------------------------- borrowed dates

SEP14 = dt.date(2024, 9, 14)


def _borrowed(*reports: tuple[str, dt.date | None]) -> list[DateMention | None]:
    return borrowed_dates([statement(text, published=day, article=n) for n, (text, day) in enumerate(reports)])


def test_an_undated_report_takes_its_year_from_a_corroborating_one() -> None:
    anchor, borrowed = _borrowed(("In July of this year, Kim received a Russian military delegation.", SEP14),
                                 ("In mid-July, Kim received a Russian military delegation.", None))
    assert anchor is not None and anchor.phrase == "In July of this year"
    assert borrowed is not None
    assert (borrowed.phrase, borrowed.start_date, borrowed.end_date) == (
        "In mid-July", dt.date(2024, 7, 11), dt.date(2024, 7, 20))
    assert borrowed.note == "year from the corroborating report ‘In July of this year’"


def test_a_borrowed_date_that_disagrees_is_not_taken() -> None:
    _, kept = _borrowed(("In July of this year, Kim received a Russian military delegation.", SEP14),
                        ("In mid-August, Kim received a Russian military delegation.", None))
    assert kept is not None and not kept.resolved and kept.phrase == "In mid-August"


def test_the_narrowest_anchor_lends_and_other_stories_dates_stay() -> None:
    month, day, weekday = _borrowed(("In June, Putin and Kim signed a pact.", SEP14),
                                    ("On June 19, Putin and Kim signed a pact.", dt.date(2024, 6, 21)),
                                    ("On Wednesday, Putin and Kim signed a pact.", None))
    assert month is not None and month.start_date == dt.date(2024, 6, 1)  # resolved dates are left as they are
    assert day is not None and weekday is not None and weekday.span == day.span
    assert weekday.note.endswith("‘On June 19’")


def test_a_weekday_borrows_only_from_an_anchor_under_a_week_wide() -> None:
    month, weekday = _borrowed(("Last December, he pleaded not guilty to fraud.", dt.date(2023, 2, 10)),
                               ("He pleaded not guilty on Tuesday to fraud.", None))
    assert month is not None and month.span == (dt.date(2022, 12, 1), dt.date(2022, 12, 31))
    assert weekday is not None and not weekday.resolved  # any of four Tuesdays: none is taken


def test_reports_of_a_storm_in_undated_articles_borrow_from_a_full_date() -> None:
    full, no_year, before = _borrowed(("The storm struck on October 9, 2024.", None),
                                      ("The storm struck on October 9.", None),
                                      ("The storm struck on October 2.", None))
    assert full is not None and full.span == (dt.date(2024, 10, 9),) * 2
    assert no_year is not None and no_year.span == full.span
    assert before is not None and not before.resolved  # a week off: not the same date, so not taken


def test_without_a_resolved_date_nothing_is_borrowed() -> None:
    reports = [statement("In mid-July, Kim received a Russian military delegation."),
               statement("Kim received a delegation.", article=1)]
    assert borrowed_dates(reports) == [reports[0].date, None]


# --------------------------------------------------------------------------- context inserts

BEFORE = sentence("Putin and Kim met at the Kumsusan guesthouse.")
NAMING_KIM = sentence("Kim Jong-un thanked Russia for its support.")
KIM = (("@kim", "Kim Jong-un"),)
BOTH = (("@putin", "Putin"), ("@kim", "Kim"))

INSERTS = [
    # (sentence, people of the sentence it continues, expected: (replaces, insert) or "before" or None)
    ("He pledged full support for Moscow.", KIM, ("He", "Kim Jong-un")),
    ("She thanked the hosts.", (("@lind", "Anna Lind"),), ("She", "Anna Lind")),
    ("They signed a treaty on mutual aid.", BOTH, ("They", "Putin and Kim")),
    ("The two leaders signed a treaty on mutual aid.", BOTH, ("The two leaders", "Putin and Kim")),
    ("Both leaders laid wreaths.", BOTH, ("Both leaders", "Putin and Kim")),
    # Anything less sure shows the sentence before instead.
    ("He pledged full support.", BOTH, "before"),
    ("They signed a treaty.", KIM, "before"),
    ("Their talks lasted four hours.", BOTH, "before"),
    ("The meeting lasted an hour.", (), "before"),
    ("It was his first visit in five years.", KIM, "before"),
    ("Later, the two men drove to the airport.", BOTH, "before"),
    # A sentence that reads alone needs nothing.
    ("Putin and Kim signed a treaty on mutual aid.", (), None),
    ("The storm struck on Wednesday.", (), None),
]


def leaning(text: str, people: tuple[tuple[str, str], ...], before: bool = True) -> Statement:
    st = statement(text)
    return dataclasses.replace(st, context=people, context_from=NAMING_KIM if people else None,
                               before=BEFORE if before else None)


@pytest.mark.parametrize(("text", "people", "expected"), INSERTS)
def test_context_insert(text: str, people: tuple[tuple[str, str], ...], expected: object) -> None:
    found = context_insert(leaning(text, people))
    if expected is None:
        assert found is None
    elif expected == "before":
        assert found == ContextInsert(Citation("a", BEFORE.id, BEFORE.text))
    else:
        replaces, insert = expected  # type: ignore[misc]
        assert found == ContextInsert(Citation("a", NAMING_KIM.id, NAMING_KIM.text), replaces, insert)
        assert text.startswith(replaces)


def test_a_leaning_sentence_with_nothing_before_it_gets_nothing() -> None:
    assert context_insert(leaning("Their talks lasted four hours.", BOTH, before=False)) is None
    assert context_insert(leaning("He pledged full support.", (), before=False)) is None
