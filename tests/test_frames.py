"""The event a sentence reports (analyse/events/frames.py): its main action, where its roles stand, its tense.

Three tables: ``tests/data/frames.tsv`` (which action is the main one, by which words, verb or noun, passive),
``tests/data/regions.tsv`` (subject, object, role prepositions and place) and ``tests/data/tense.tsv``
(``done`` and ``planned``). Each sentence is read with the real action table.
"""

from __future__ import annotations

import pytest
from case_tables import Row, load_rows, params, passing

from briefing.analyse.events.frames import done, oblique, planned, read_frame
from briefing.analyse.events.lexicon import lexicon
from briefing.model import Frame, Region

FRAMES = load_rows("frames.tsv", ["sentence", "action", "trigger", "kind", "passive", "others", "gap"])
REGIONS = load_rows("regions.tsv", ["sentence", "subject", "object", "prepositions", "place", "gap"])
TENSE = load_rows("tense.tsv", ["sentence", "done", "planned", "gap"])


def words(text: str, r: Region | None) -> str:
    return (text[r.start:r.end].strip() or "-") if r is not None else "-"


def kind(f: Frame) -> str:
    return "verb" if f.verbal else "oblique" if f.oblique else "noun"


def main_of(text: str) -> dict[str, str]:
    f = read_frame(text)
    if f is None:
        return dict.fromkeys(("action", "trigger", "kind", "passive", "others"), "-")
    return {"action": f.action, "trigger": words(text, f.trigger), "kind": kind(f),
            "passive": "yes" if f.passive else "no", "others": ",".join(f.others) or "-"}


def regions_of(text: str) -> dict[str, str]:
    f = read_frame(text)
    assert f is not None, "a regions.tsv sentence must have a frame"
    preps = "; ".join(f"{w}={words(text, r)}" for w, r in f.prepositions) or "-"
    return {"subject": words(text, f.subject), "object": words(text, f.object), "prepositions": preps,
            "place": words(text, f.place)}


@pytest.mark.parametrize("row", params(FRAMES))
def test_main_action(row: Row) -> None:
    assert main_of(row["sentence"]) == {k: row[k] for k in ("action", "trigger", "kind", "passive", "others")}


@pytest.mark.parametrize("row", params(REGIONS))
def test_regions(row: Row) -> None:
    assert regions_of(row["sentence"]) == {k: row[k] for k in ("subject", "object", "prepositions", "place")}


@pytest.mark.parametrize("row", params(TENSE))
def test_done_and_planned(row: Row) -> None:
    text = row["sentence"]
    f = read_frame(text)
    assert ("yes" if done(text, f) else "no", "yes" if planned(text, f) else "no") == (row["done"], row["planned"])


# --------------------------------------------------------------------------- the tables can fail


def test_frames_table_has_every_kind_of_main_action() -> None:
    rows = passing(FRAMES)
    assert {r["kind"] for r in rows} == {"verb", "noun", "oblique", "-"}
    assert any(r["passive"] == "yes" for r in rows)
    assert sum(1 for r in rows if r["others"] != "-") >= 10  # a main action chosen over another


def test_frames_table_has_speech_quoted_and_subordinate_cases() -> None:
    """Sentences whose first action word is not the main one: speech, a quotation, a subordinate clause."""
    table = lexicon()
    chosen_later = 0
    for row in passing(FRAMES):
        text = row["sentence"]
        f = read_frame(text)
        first = table.triggers(text)[:1]
        if f is not None and first and first[0].start != f.trigger.start:
            chosen_later += 1
    assert chosen_later >= 12
    assert any('"' in r["sentence"] or "“" in r["sentence"] for r in passing(FRAMES))


def test_regions_table_has_passives_prepositions_and_places() -> None:
    rows = passing(REGIONS)
    preps = {p.split("=")[0] for r in rows for p in r["prepositions"].split("; ") if p != "-"}
    assert {"to", "with", "from", "by", "on", "into"} <= preps
    assert sum(1 for r in rows if r["place"] != "-") >= 8
    assert sum(1 for r in rows if r["place"] == "-") >= 8


def test_tense_table_has_every_combination() -> None:
    combos = {(r["done"], r["planned"]) for r in passing(TENSE)}
    assert combos == {("yes", "no"), ("no", "yes"), ("no", "no")}


# --------------------------------------------------------------------------- invariants


def test_regions_lie_in_order_inside_the_sentence() -> None:
    for row in FRAMES + REGIONS:
        text = row["sentence"]
        f = read_frame(text)
        if f is None:
            continue
        assert 0 <= f.subject.start <= f.subject.end <= f.trigger.start < f.trigger.end <= f.object.start
        assert f.object.end <= len(text)
        for _, r in f.prepositions:
            assert f.object.start <= r.start <= r.end <= f.object.end
        assert f.action not in ("speech",)
        assert not (f.oblique and f.verbal)
        assert read_frame(text) == f  # deterministic


def test_no_frame_means_no_action_word_outside_speech_and_quotes() -> None:
    for text in ["Turnout was 64 percent.", "“We will rebuild the bridge,” the governor said.",
                 "The minister said nothing."]:
        assert read_frame(text) is None
        assert not planned(text, None)


OBLIQUE = [
    # (sentence, the word, whether it is named in passing)
    ("The probe into the collapse continues.", "collapse", True),
    ("The probe into the collapse continues.", "probe", False),
    ("Shares fell after the vote.", "vote", True),
    ("The vote was held on Sunday.", "vote", False),
    ("Talks resumed despite the attack.", "attack", True),
    ("Ministers gathered for the signing.", "signing", True),
    ("The visit ended on Friday.", "visit", False),
]


@pytest.mark.parametrize(("text", "word", "expected"), OBLIQUE)
def test_oblique(text: str, word: str, expected: bool) -> None:
    assert oblique(text, text.index(word)) is expected
