"""Generalisation: another story, other file shapes, no code changes."""

from __future__ import annotations

import json

from support import PACIFIC, items_citing, one_item

from briefing.pipeline import Result


def test_all_shapes_are_read(pacific_build: Result) -> None:
    articles = {a.file: a for a in pacific_build.briefing.corpus.articles}
    assert set(articles) == {"001_wellington.txt", "002_wire.txt", "003_herald.txt", "004_storm.txt"}
    assert str(articles["001_wellington.txt"].date) == "2025-03-08"  # ' date ' prefix
    assert articles["002_wire.txt"].date is None  # no date at all
    assert str(articles["003_herald.txt"].date) == "2025-03-09"  # a 'Date:' line
    assert articles["003_herald.txt"].title == "New Zealand and Chile deepen ties with patrol-sharing pact"
    assert pacific_build.briefing.corpus.rejected == []


def test_same_fact_merged_across_three_shapes(pacific_build: Result) -> None:
    signed = one_item(pacific_build, "treaty", "sign", sources=3)
    assert {c.source for c in signed.citations} == {"001-wellington", "002-wire", "003-herald"}
    one_item(pacific_build, "treaty", "patrol data", sources=3)


def test_gifts_and_visits_are_placed(pacific_build: Result) -> None:
    assert items_citing(pacific_build, "gifts", "copper bowl")
    assert items_citing(pacific_build, "gifts", "pounamu pendant")
    assert items_citing(pacific_build, "visits", "arrived in Wellington")
    assert items_citing(pacific_build, "visits", "Santiago in November")


def test_hard_wrapped_sentence_is_cited_exactly(pacific_build: Result) -> None:
    item = one_item(pacific_build, "treaty", "patrol data", sources=3)
    herald = next(c for c in item.citations if c.source == "003-herald")
    raw = (PACIFIC / "seeds" / "003_herald.txt").read_text(encoding="utf-8")
    assert herald.text in raw and "\n" in herald.text  # exact, line break and all


def test_unrelated_story_is_kept_as_other_reporting(pacific_build: Result) -> None:
    storm = [c for c in pacific_build.briefing.unplaced if c.source == "004-storm"]
    assert len(storm) == 3  # its headline and its two sentences
    assert pacific_build.briefing.off_story == {"004-storm": "names none of the story's parties"}
    cited = {c.source for s in pacific_build.briefing.sections for i in s.items for c in i.citations}
    assert "004-storm" not in cited


def test_curation_metadata_reaches_the_page_and_json(pacific_build: Result) -> None:
    page = pacific_build.files["sources/002-wire.md"].decode()
    assert "Pacific Wire (fixture)" in page and "<https://example.org/wire/fisheries>" in page
    data = json.loads(pacific_build.files["briefing.json"])
    wire = next(s for s in data["sources"] if s["id"] == "002-wire")
    assert wire["outlet"] == "Pacific Wire (fixture)"
