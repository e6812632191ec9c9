"""An undated wire report's dateline ("SEOUL, Oct 19 (Reuters) -") dated in the year the coverage leaves it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.curate.sources import date_by_datelines, date_copies, dated_elsewhen
from briefing.read import read_corpus

TODAY = dt.date(2026, 1, 1)
DATED = "{d}\nPort reopens\n\nThe port reopened to ships after the storm, officials said.\n"
WIRE = "Port talks\n\nOBAN, {line} (Harbour Wire) - {lead}\n\nThe talks went on for hours.\n"

CASES = [
    # (case, dates of the other articles, dateline, lead, the date it gets or None)
    ("one year, no weekday", ["2024-03-02", "2024-05-09"], "June 19", "Ministers met to discuss the port.",
     dt.date(2024, 6, 19)),
    ("one year, the weekday agrees", ["2024-03-02", "2024-05-09"], "June 19", "Ministers met on Wednesday.",
     dt.date(2024, 6, 19)),
    ("one year, the weekday is another day's", ["2024-03-02", "2024-05-09"], "June 19", "Ministers met on Monday.",
     None),
    ("one year, the lead tells the day before", ["2024-03-02", "2024-05-09"], "June 20", "Ministers met on Wednesday.",
     dt.date(2024, 6, 20)),
    ("one year, a weekday to come says nothing of the dateline's day", ["2024-03-02", "2024-05-09"], "Nov 1",
     "Machinists will vote on Monday on a new offer.", dt.date(2024, 11, 1)),
    ("one year, the weekday told as past decides", ["2024-03-02", "2024-05-09"], "June 19",
     "Ministers met on Wednesday and will meet again on Monday.", dt.date(2024, 6, 19)),
    ("two years, the weekday picks one", ["2023-03-02", "2023-05-09", "2024-03-02", "2024-05-09"], "June 19",
     "Ministers met on Wednesday.", dt.date(2024, 6, 19)),
    ("two years, a saying's weekday after a verb to come picks one", ["2023-03-02", "2023-05-09", "2024-03-02",
     "2024-05-09"], "June 19", "Ferries will sail again, the harbour master said on Wednesday.", dt.date(2024, 6, 19)),
    ("two years, no weekday to choose by", ["2023-03-02", "2023-05-09", "2024-03-02", "2024-05-09"], "June 19",
     "Ministers met to discuss the port.", None),
    ("the year the day falls on the lead's weekday wins over one where it falls the day after",
     ["2018-03-02", "2018-05-09", "2023-03-02", "2023-05-09"], "Oct 19", "Ministers met on Thursday.",
     dt.date(2023, 10, 19)),
    ("no year puts it on the weekday, one puts it the day after: yesterday's news", ["2018-03-02", "2018-05-09",
     "2023-03-02", "2023-05-09"], "Oct 19", "Ministers met on Wednesday.", dt.date(2023, 10, 19)),
    ("a single stray article's year is no candidate", ["2021-03-02", "2024-03-02", "2024-05-09"], "June 19",
     "Ministers met on Saturday.", None),
    ("no dated article", [], "June 19", "Ministers met on Wednesday.", None),
    ("a day the month does not have", ["2024-03-02", "2024-05-09"], "Feb 30", "Ministers met.", None),
    ("a day before the coverage and the storm it tells of is the next year's", ["2024-10-25", "2024-11-02"],
     "Jan 26", "Power was back for most homes on Sunday, three months after the storm struck on Oct. 28, 2024.",
     dt.date(2025, 1, 26)),
    ("the next year's day must still fit the lead's weekday", ["2024-10-25", "2024-11-02"], "Jan 26",
     "Power was back for most homes on Tuesday, three months after the storm struck on Oct. 28, 2024.", None),
    ("a date still to come is no day the report follows", ["2024-10-25", "2024-11-02"], "Jan 26",
     "Officials said the storm season will end on Nov. 30, 2024.", dt.date(2024, 1, 26)),
    ("a day after the date told keeps its year, though before the coverage", ["2024-10-25", "2024-11-02"],
     "Oct 20", "Forecasters warned of a storm like the one that struck on Oct. 2, 2023.", dt.date(2024, 10, 20)),
]


@pytest.mark.parametrize("case, others, line, lead, expected", CASES, ids=[c[0] for c in CASES])
def test_dateline_year(tmp_path: Path, case: str, others: list[str], line: str, lead: str,
                       expected: dt.date | None) -> None:
    for n, d in enumerate(others):
        (tmp_path / f"dated-{n}.txt").write_text(DATED.format(d=d), encoding="utf-8")
    (tmp_path / "wire.txt").write_text(WIRE.format(line=line, lead=lead), encoding="utf-8")
    corpus = date_by_datelines(read_corpus(tmp_path, today=TODAY))
    wire = next(a for a in corpus.articles if a.file == "wire.txt")
    assert wire.date == expected
    if expected:
        assert wire.date_note.startswith(f"the dateline's {line} in {expected.year}: ")
    assert all(a.date == dt.date.fromisoformat(others[int(a.file[6])]) for a in corpus.articles if a is not wire)


ELSEWHEN = [
    # (case, dates of the other articles, dateline, lead, off the story)
    ("the weekday fits no year of the coverage: another year's report", ["2024-03-02", "2024-05-09"], "Nov 14",
     "Gunmen struck a concert hall on Friday night, and a group claimed the attack on Saturday.", True),
    ("the weekday fits the coverage's year", ["2024-03-02", "2024-05-09"], "June 19", "Ministers met on Wednesday.",
     False),
    ("the day after the weekday: yesterday's news, still this year", ["2024-03-02", "2024-05-09"], "June 20",
     "Ministers met on Wednesday.", False),
    ("no weekday in the lead: nothing to judge by", ["2024-03-02", "2024-05-09"], "Nov 14", "Ministers met.", False),
    ("only a weekday to come: nothing to judge by", ["2024-03-02", "2024-05-09"], "Nov 14",
     "Machinists will vote on Monday on a new offer.", False),
    ("one of two years fits", ["2023-03-02", "2023-05-09", "2024-03-02", "2024-05-09"], "June 19",
     "Ministers met on Monday.", False),
    ("no dated article: no years to judge by", [], "Nov 14", "Ministers met on Friday.", False),
    ("another year's report, though its own dates then give its year", ["2024-03-02", "2024-05-09"], "Aug 4",
     "Workers went on strike on Monday, a week after they rejected an offer on July 27, 2025.", True),
]


@pytest.mark.parametrize("case, others, line, lead, off", ELSEWHEN, ids=[c[0] for c in ELSEWHEN])
def test_a_dateline_of_another_year_is_off_the_story(tmp_path: Path, case: str, others: list[str], line: str,
                                                     lead: str, off: bool) -> None:
    for n, d in enumerate(others):
        (tmp_path / f"dated-{n}.txt").write_text(DATED.format(d=d), encoding="utf-8")
    (tmp_path / "wire.txt").write_text(WIRE.format(line=line, lead=lead), encoding="utf-8")
    corpus = read_corpus(tmp_path, today=TODAY)
    wire = next(a for a in corpus.articles if a.file == "wire.txt")
    found = dated_elsewhen(corpus)  # as the pipeline does: on the dateline as written, before its year is found
    assert (wire.id in found) is off
    assert set(found) <= {wire.id}
    if off:
        assert found[wire.id].startswith(f"is undated, and its dateline's {line} falls on none of the weekdays")


COPIED = [
    # (case, the copy's date, the original's dateline, the date both get)
    ("the copy ran on the dateline's day", "2024-08-15", "Aug 15", dt.date(2024, 8, 15)),
    ("a mirror re-posted months later dates nothing", "2025-02-03", "Aug 15", None),
    ("the copy is undated too", None, "Aug 15", None),
    ("a dateline with its year keeps it", "2024-08-15", "Aug 15, 2023", dt.date(2023, 8, 15)),
]


@pytest.mark.parametrize("case, copy_date, line, expected", COPIED, ids=[c[0] for c in COPIED])
def test_an_undated_original_takes_the_year_of_a_copy_run_on_its_dateline_day(
        tmp_path: Path, case: str, copy_date: str | None, line: str, expected: dt.date | None) -> None:
    lead = "Ministers met to discuss the port."
    (tmp_path / "a-wire.txt").write_text(WIRE.format(line=line, lead=lead), encoding="utf-8")
    copy = WIRE.format(line=line, lead=lead).replace("Port talks", "Talks on the port", 1)  # not the same bytes
    (tmp_path / "b-copy.txt").write_text(f"{copy_date}\n{copy}" if copy_date else copy, encoding="utf-8")
    corpus = read_corpus(tmp_path, today=TODAY)
    ids = {a.file: a.id for a in corpus.articles}
    dated = date_copies(corpus, {ids["b-copy.txt"]: (ids["a-wire.txt"], 0.95)})
    assert [a.date for a in dated.articles] == [expected, expected]
    if expected and "," not in line:
        assert dated.articles[0].date_note == (f"the dateline's {line} in {expected.year}: the year of b-copy.txt, "
                                               "a copy of this article dated on that day")
