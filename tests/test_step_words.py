"""The cheap test of whether a sentence may hold a narrative phrase never turns one away: on every sentence of
the seeds and of every labelled evaluation set, it answers as the table's full expression does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing.analyse.dates.steps import any_step, holds_step

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted([*ROOT.glob("seeds/*"), *ROOT.glob("benchmarks/evalsets/*/seeds/*.txt")])


def _sentences(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8", errors="replace")
    return [s for s in re.split(r"(?<=[.!?:])\s+|\n+", text) if s.strip()]


def test_every_evaluation_sentence_is_judged_as_the_table_judges_it() -> None:
    assert len(FILES) > 1000
    differ = [s for path in FILES for s in _sentences(path) if holds_step(s) != (any_step().search(s) is not None)]
    assert differ == []


@pytest.mark.parametrize(
    "text",
    [
        "The talks resumed the following day.",
        "He was charged on the same date.",
        "They met again that Tuesday.",
        "Four more were sworn in the following Monday.",
        "The fair reopened the next April.",
        "Shortly afterwards, the ministry issued a statement.",
        "By nightfall the fire was out.",
        "It was closed on the 14th.",
        "Within a week the ship had sailed.",
    ],
)
def test_narrative_phrases_pass_the_cheap_test(text: str) -> None:
    assert holds_step(text)


@pytest.mark.parametrize("text", ["The minister resigned in March.", "Police said the holidays were quiet."])
def test_sentences_naming_no_step_word_skip_the_table(text: str) -> None:
    assert not holds_step(text)
