"""Sections of items (curate/sections.py): the story's statements are clustered once across sections; a fact goes
whole where most of its articles place it, and with no place agreed its reports from each section stay apart."""

from __future__ import annotations

import datetime as dt

from support import statement, token_sets

from briefing.curate.assemble import Setting
from briefing.curate.sections import build_sections
from briefing.curate.statements import TokenSets
from briefing.model import SectionRule

WED = dt.date(2024, 4, 3)
RULES = (SectionRule("toll", "Deaths", ("killed",)), SectionRule("rescue", "Rescue", ("rescue",)))
KILLED = "Rockfalls on the Dekalun trail in Taroko gorge killed three hikers on Wednesday morning."
OTHERS = ("Power returned to most homes in the city by the evening.",
          "The railway operator suspended trains on the east coast line.",
          "Schools across the county stayed shut for the day.")


def _items(rows: list[tuple[str, str, str | None]], off_story: tuple[str, ...] = ()) -> dict[str, list[list[str]]]:
    """(source, sentence, section) rows, each its own article of Wednesday: each section's items as the sources
    they cite."""
    rows = rows + [(f"z{n}", text, "rescue") for n, text in enumerate(OTHERS)]
    statements = [statement(text, source=source, article=n, published=WED, section=section)
                  for n, (source, text, section) in enumerate(rows)]
    sections, other = build_sections(statements, TokenSets(token_sets(statements)), RULES, Setting({}, {}),
                                     dict.fromkeys(off_story, "another story"))
    return {s.id: [[c.source for c in e.citations] for e in s.items if not e.citations[0].source.startswith("z")]
            for s in (*sections, other)}


def test_a_fact_goes_whole_where_most_of_its_articles_place_it() -> None:
    rows = [("a", KILLED, "toll"), ("b", KILLED, "toll"), ("c", KILLED, "rescue"), ("d", KILLED, None)]
    assert _items(rows) == {"toll": [["a", "b", "c", "d"]], "rescue": [], "other": []}
    # other reporting is a place too: two articles that place it nowhere outvote one that does, which moves
    # nothing (the placed report stays, apart)
    rows = [("a", KILLED, "toll"), ("b", KILLED, None), ("c", KILLED, None)]
    assert _items(rows) == {"toll": [["a"]], "rescue": [], "other": [["b", "c"]]}


def test_a_tie_or_one_articles_word_leaves_each_report_where_it_was() -> None:
    assert _items([("a", KILLED, "toll"), ("c", KILLED, "rescue")]) == \
        {"toll": [["a"]], "rescue": [["c"]], "other": []}
    assert _items([("a", KILLED, "toll"), ("b", KILLED, "toll"), ("c", KILLED, "rescue")], off_story=("a", "b")) \
        == {"toll": [], "rescue": [["c"]], "other": [["a", "b"]]}  # another story has no vote
