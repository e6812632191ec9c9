"""The Method page's examples come from the build's own data, and it says plainly when the build has none of a kind."""

from __future__ import annotations

import dataclasses
import subprocess

import pytest
from support import ROOT, tiny_briefing

from briefing.model import Briefing, Mention, Person, Variant
from briefing.render.method_page import render_method


def examples(b: Briefing) -> list[str]:
    page = "\n".join(render_method(b))
    return page.split("## Examples from this build\n\n", 1)[1].split("\n\n", 1)[0].splitlines()


def person(name: str, *spellings: str, mentions: int = 1) -> Person:
    return Person(name.lower().replace(" ", "-"), name, (), tuple(Variant(s, ("a",)) for s in spellings),
                  tuple(Mention("a", "s-1", 0, 1, name, name, "name") for _ in range(mentions)))


TINY = tiny_briefing()
NOTHING = dataclasses.replace(TINY, sections=[dataclasses.replace(s, items=tuple(
    dataclasses.replace(e, context=None) for e in s.items)) for s in TINY.sections], discrepancies=[], off_story={},
    people=[person("Anna Lind", "Anna Lind")])
VARIED = dataclasses.replace(TINY, people=[person("Anna Lind", "Anna Lind", "Ana Lind", mentions=3),
                                           person("Olaf Berg", "Olaf Berg", "Olav Berg", "Olaf Bergh", "O. Berg",
                                                  mentions=2)])

# (briefing, the start of each example line)
CASES = [
    (TINY, ["- **Spellings.** No name is spelt more than one way in these articles",
            "- **Differences.** One fact, reported as ‘on Friday’ and ‘on September 12’ (a date): listed under "
            "[Where sources differ](index.md#where-sources-differ), with 0 others.",
            "- **Insertions.** ‘He met the prime minister in the afternoon.’ is shown with *He* as "
            "[&#91;the envoy&#93;](sources/beta.md#s-",
            "- **Other stories.** [Storm hits the coast](sources/gamma.md) was read and set aside: names none of "
            "the story's &#60;parties&#62;."]),
    (NOTHING, ["- **Spellings.** No name is spelt more than one way in these articles: no spellings were merged.",
               "- **Differences.** No two articles give one fact different figures, dates, names or quoted words",
               "- **Insertions.** No sentence shown needed words from an earlier one in square brackets",
               "- **Other stories.** Every article is on the story: none was set aside."]),
    (VARIED, ["- **Spellings.** *Anna Lind* and *Ana Lind* are one person, Anna Lind, for the People page and for "
              "merging; 2 people are spelt more than one way."]),
]


@pytest.mark.parametrize(("b", "starts"), CASES, ids=["tiny", "nothing", "varied"])
def test_examples_are_the_builds_own_or_say_there_are_none(b: Briefing, starts: list[str]) -> None:
    lines = examples(b)
    assert len(lines) == 4
    for line, start in zip(lines, starts):
        assert line.startswith(start), line


def test_more_than_three_spellings_are_counted() -> None:
    b = dataclasses.replace(TINY, people=[person("Olaf Berg", "Olaf Berg", "Olav Berg", "Olaf Bergh", "O. Berg")])
    assert examples(b)[0].startswith("- **Spellings.** *Olaf Berg* and *Olav Berg* and *Olaf Bergh* (and 1 more)")


STORY = ["DPRK", "North Korea", "Sergey", "Sergei", "61 votes", "Pyongyang", "Putin", "Kim"]


@pytest.mark.parametrize("word", STORY)
def test_no_code_or_text_the_pages_show_names_the_seeds_story(word: str) -> None:
    """Rendering and the curation file's documented keys (which the README shows) assume no story."""
    found = subprocess.run(["grep", "-rlw", "--include=*.py", word, "briefing/render", "briefing/config"], cwd=ROOT,
                           capture_output=True, text=True).stdout.split()
    assert found == []
