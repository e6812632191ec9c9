"""Reports placing left unplaced (curate/unplaced.py): each goes where the reports of other articles worded much
like it went, when they agree on one section and nothing contradicts; anything less sure stays unplaced."""

from __future__ import annotations

import datetime as dt

from support import statement, token_sets

from briefing.curate.similarity import idf_weights
from briefing.curate.unplaced import place_unplaced

FRI = dt.date(2025, 7, 11)
# other reporting of the corpus, so that the words the rows share are not the corpus's commonest
BACKGROUND = (
    "Officials in the capital said flights would resume next week.",
    "The airline said families would receive support from Monday.",
    "The minister met reporters at the airport on Thursday.",
    "Analysts said the crash would weigh on the carrier's orders.",
)


def _sections(*rows: tuple[str, str, str | None], off_story: tuple[str, ...] = ()) -> list[str | None]:
    """(source, sentence, section) rows, all in articles of Friday 11 July 2025: the sections after placing the
    unplaced ones (the background sentences are left out of the answer)."""
    rows = (*rows, *(("bg", text, None) for text in BACKGROUND))
    statements = [statement(text, source=source, article=n, published=FRI, section=section)
                  for n, (source, text, section) in enumerate(rows)]
    sets = token_sets(statements)
    out = place_unplaced(statements, sets, idf_weights(sets), off_story)
    return [s.section for s in out[:len(rows) - len(BACKGROUND)]]


QUOTE = "On Thursday the board said one pilot had asked the other why he cut off the fuel to both engines."
ECHO = "One pilot is heard asking the other why he cut off the fuel to both engines, the board said on Thursday."


def test_an_unplaced_report_goes_where_the_reports_worded_like_it_went() -> None:
    assert _sections(("a", QUOTE, "investigation"), ("b", QUOTE.replace("The report", "Its report"), "investigation"),
                     ("c", ECHO, None)) == ["investigation", "investigation", "investigation"]


def test_reports_worded_apart_or_split_between_sections_leave_it_unplaced() -> None:
    # nothing worded like it
    assert _sections(("a", QUOTE, "investigation"),
                     ("c", "Relatives of the passengers gathered outside the hospital on Thursday.", None)) \
        == ["investigation", None]
    # worded alike, but undated: one mould of words tells many facts, and only a day says two reports tell one
    assert _sections(("a", QUOTE.replace("On Thursday the", "The"), "investigation"),
                     ("c", ECHO.replace(" on Thursday", ""), None)) == ["investigation", None]
    # one report in each of two sections: a tie
    assert _sections(("a", QUOTE, "investigation"), ("b", QUOTE.replace("The report", "Its report"), "crash"),
                     ("c", ECHO, None)) == ["investigation", "crash", None]


def test_another_day_or_another_story_keeps_it_unplaced() -> None:
    # another day
    assert _sections(("a", "On July 4 the report said both fuel switches were moved to cutoff.", "investigation"),
                     ("c", "On July 9 the report said both fuel switches were moved to cutoff.", None)) \
        == ["investigation", None]
    # the placed report is of an article on another story: it has no vote
    assert _sections(("a", QUOTE, "investigation"), ("c", ECHO, None), off_story=("a",)) == ["investigation", None]
