"""Counts from an event the coverage names (``curate.named_days``): "The day after the shooting" is dated when the
other articles agree on the shooting's day, and left undated when they do not, or when the count is bounded or of
hours."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefing.analyse.extract import Extractor, extract_article, lower_case_words
from briefing.curate.named_days import dated_by_named_events
from briefing.curate.people import name_finder
from briefing.model import Article, ArticleFacts
from briefing.propose.findings import NOTHING
from briefing.read import read_article

NAMING = {
    "01-wire.txt": ("2024-05-16", "Police said on Thursday that the May 15 shooting had been planned for weeks."),
    "02-wire.txt": ("2024-05-17", "The shooting happened on Wednesday outside the cultural centre."),
    "03-wire.txt": ("2024-05-20", "Investigators said on Monday that the report of May 18 was incomplete."),
    "04-wire.txt": ("2024-05-25", "The report of May 24 named no one."),
}
COUNTS = (
    "The day after the shooting, the suspect was charged with attempted murder.\n\n"
    "Two days after the report, the minister resigned.\n\n"
    "More than a month after the shooting, the trial opened.\n\n"
    "In the first hours after the shooting, the square was sealed off.\n"
)


def _read(tmp_path: Path, files: dict[str, str]) -> tuple[list[Article], list[ArticleFacts]]:
    articles, facts = [], []
    for name, text in sorted(files.items()):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        a = read_article(p, tmp_path)
        articles.append(a)
        facts.append(extract_article(a, Extractor(name_finder(NOTHING)), lower_case_words(a)))
    return articles, facts


def _dates(tmp_path: Path, files: dict[str, str], copies: dict[str, tuple[str, float]] | None = None) -> dict:
    articles, facts = _read(tmp_path, files)
    out = dated_by_named_events(articles, facts, copies or {})
    feature = next(k for k, a in enumerate(articles) if a.file.startswith("09"))
    return {s.text.split(",")[0]: f.date for s, f in zip(articles[feature].statement_sentences,
                                                         out[feature].sentences)}


def _corpus(naming: dict[str, tuple[str, str]]) -> dict[str, str]:
    files = {name: f"Date: {day}\nHeadline\n\n{text}\n" for name, (day, text) in naming.items()}
    files["09-feature.txt"] = "Date: 2024-07-01\nA feature\n\n" + COUNTS
    return files


def test_a_count_from_an_event_the_coverage_dates_alike_is_made(tmp_path: Path) -> None:
    dates = _dates(tmp_path, _corpus(NAMING))
    day_after = dates["The day after the shooting"]
    assert (day_after.start_date, day_after.end_date) == (dt.date(2024, 5, 16), dt.date(2024, 5, 16))
    assert day_after.note == "counted from the shooting, which 2 articles date 15 May 2024"


def test_an_event_dated_two_ways_a_bounded_count_and_one_of_hours_stay_undated(tmp_path: Path) -> None:
    dates = _dates(tmp_path, _corpus(NAMING))
    assert not dates["Two days after the report"].resolved  # the report of May 18, or of May 24
    assert not dates["More than a month after the shooting"].resolved
    assert not dates["In the first hours after the shooting"].resolved


def test_one_article_or_its_copy_is_not_enough(tmp_path: Path) -> None:
    naming = {"01-wire.txt": NAMING["01-wire.txt"], "02-copy.txt": NAMING["01-wire.txt"]}
    dates = _dates(tmp_path, _corpus(naming), copies={"02-copy": ("01-wire", 1.0)})
    assert not dates["The day after the shooting"].resolved


def test_a_bare_weekday_naming_the_event_with_a_name_between_votes(tmp_path: Path) -> None:
    # "Wednesday's Harbour Street shooting": a weekday without "on", and a name between it and the noun
    naming = {
        "01-wire.txt": ("2024-05-16", "Police said Wednesday's Harbour Street shooting left two people dead."),
        "02-wire.txt": ("2024-05-17", "Officials said Wednesday's Harbour Street shooting had left no one hurt."),
    }
    day_after = _dates(tmp_path, _corpus(naming))["The day after the shooting"]
    assert (day_after.start_date, day_after.end_date) == (dt.date(2024, 5, 16), dt.date(2024, 5, 16))
