"""A trade dispute end to end, with sections of its own (Tariffs, Talks, Retaliation), tables read off its events'
fields and a Latest block over articles six months apart: no code knows the story."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from support import TRADE

from briefing.pipeline import Result, build

SECTIONS = ["tariffs", "talks", "retaliation"]


@pytest.fixture(scope="module")
def trade() -> Result:
    return build(TRADE / "seeds", TRADE / "briefing.yml", None)


def test_its_own_sections_are_filled_and_nothing_is_warned(trade: Result) -> None:
    assert [(s.id, bool(s.items)) for s in trade.briefing.sections] == [(s, True) for s in SECTIONS]
    assert trade.warnings == []  # every curated word occurs in an article; every table column can be filled


def test_the_distractors_are_other_stories(trade: Result) -> None:
    assert sorted(trade.briefing.off_story) == ["01-apnews-distractor-us-ev-tariffs", "06-cbc-distractor-canada-canola"]


def test_a_copy_confirms_nothing(trade: Result) -> None:
    copied = [e for s in trade.briefing.sections for e in s.items
              if {"09-reuters-wire-member-states-vote", "18-newsmirror-mirror-member-states-vote"} <= set(e.sources)]
    assert copied and all(e.independent < len(e.sources) for e in copied)


def test_tables_of_its_own_columns(trade: Result) -> None:
    tables = {r.section: r for r in trade.briefing.registers}
    assert tables["tariffs"].columns == ("When", "Imposed by", "Amount")
    assert tables["talks"].columns == ("When", "Who", "Where")
    amounts = [r.cells[2] for r in tables["tariffs"].rows if r.cells[2]]
    assert "35.3%" in amounts and all(any(ch.isdigit() for ch in a) for a in amounts)
    shown = trade.files["sections/tariffs.md"].decode()
    assert "## Tariffs at a glance" in shown and "| When | Imposed by | Amount | Sources |" in shown


def test_latest_is_what_the_newest_days_first_reported(trade: Result) -> None:
    b = trade.briefing
    assert b.as_of == dt.date(2024, 11, 8) and b.latest is not None and b.latest.start == dt.date(2024, 11, 5)
    first = {e.id: b.first_reported.get(e.id) for s in b.sections for e in s.items if not e.background}
    assert [e.id for e in b.latest.events] == [i for i, d in first.items() if d and d >= dt.date(2024, 11, 5)]
    assert b.latest.events and b.latest.older  # articles from May on: there is something to be new against
    data = json.loads(trade.files["briefing.json"])
    assert data["latest"]["events"] == [e.id for e in b.latest.events]
    assert {e["id"] for e in data["events"] if e["first_reported"] and e["first_reported"] >= "2024-11-05"} >= set(
        data["latest"]["events"])
    listed = "\n".join(data.decode() for path, data in trade.files.items() if path.startswith("sections/"))
    marked = [line for line in listed.splitlines() if line.startswith('- <span class="item"') and "badge new" in line]
    assert len(marked) == len(b.latest.events)
