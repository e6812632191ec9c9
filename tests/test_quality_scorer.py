"""The evaluation-set scorer (benchmarks/quality/evalsets.py) on a tiny hand-labelled set.

``tests/fixtures/evalset_tiny/`` is an invented story (a warehouse fire in
Kessvik) in four short articles: a wire story whose dateline ("March 5") is not
the fire's date, a local follow-up, an undated blog whose first line is its lead,
and an off-story article about another fire. ``labels.yml`` says, event by
event, what the tool does with it today; the end-to-end tests below check that
the scorer counts exactly that. They describe the tool's output at the time of
writing: when a change to the tool alters it on purpose, update the comments in
``labels.yml`` and the numbers here. The set is built once, as a user builds it.
"""

from __future__ import annotations

import copy
import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from support import FIXTURES

from benchmarks.quality import evalsets
from benchmarks.quality.evalsets import BuildError, build_set, judge, locate, needs_context, score_set
from benchmarks.quality.labels import LabelError, check_labels, fold, load_labels, truth_span
from benchmarks.quality.view import Seen, read_view

TINY = FIXTURES / "evalset_tiny"
D = date.fromisoformat


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    data, warnings = build_set(TINY, tmp_path_factory.mktemp("evalset_tiny"))
    assert warnings == []
    return data


@pytest.fixture(scope="module")
def result(built: dict[str, Any]) -> evalsets.SetResult:
    return score_set(TINY, load_labels(TINY / "labels.yml"), built)


def record(result: evalsets.SetResult, event: str, start: str) -> evalsets.DateRecord:
    return next(r for r in result.dates if r.event == event and r.text.startswith(start))


# --- truth spans, outcomes, text matching -------------------------------------------

def test_truth_span_of_each_form() -> None:
    assert truth_span(D("2024-06-19")) == (D("2024-06-19"), D("2024-06-19"))
    assert truth_span("2024-06-19") == (D("2024-06-19"), D("2024-06-19"))
    assert truth_span("2024-06") == (D("2024-06-01"), D("2024-06-30"))
    assert truth_span("2024-02") == (D("2024-02-01"), D("2024-02-29"))
    assert truth_span(2024) == truth_span("2024") == (D("2024-01-01"), D("2024-12-31"))
    assert truth_span("2024-07-11/2024-07-20") == (D("2024-07-11"), D("2024-07-20"))
    assert truth_span("2022-09/2022-11", "season") == (D("2022-09-01"), D("2022-11-30"))
    assert truth_span(None) is None and truth_span("") is None


def test_truth_span_widens_to_a_coarser_precision() -> None:
    assert truth_span(D("2024-06-19"), "week") == (D("2024-06-17"), D("2024-06-23"))  # Monday to Sunday
    assert truth_span(D("2024-12-31"), "week") == (D("2024-12-30"), D("2025-01-05"))  # across the year
    assert truth_span(D("2024-06-19"), "month") == (D("2024-06-01"), D("2024-06-30"))
    assert truth_span("2024-06", "year") == (D("2024-01-01"), D("2024-12-31"))
    assert truth_span(D("2024-06-19"), "day") == (D("2024-06-19"), D("2024-06-19"))
    assert truth_span("2024-06-10/2024-06-20", "week") == (D("2024-06-10"), D("2024-06-20"))  # wider than a week


@pytest.mark.parametrize("bad", ["June 2024", "2024-13", "2024-02-30", "2024-06-20/2024-06-10", "24-06-19"])
def test_truth_span_rejects_what_it_cannot_read(bad: str) -> None:
    with pytest.raises(LabelError):
        truth_span(bad)


def test_judge() -> None:
    june, day = truth_span("2024-06"), truth_span("2024-06-19")

    def seen(a: str, b: str) -> Seen:
        return Seen(D(a), D(b))

    assert judge(seen("2024-06-19", "2024-06-19"), day, "dated") == ("right", False)
    assert judge(seen("2024-06-01", "2024-06-30"), june, "dated") == ("right", False)
    assert judge(seen("2024-06-19", "2024-06-19"), june, "dated") == ("wrong", False)  # false precision
    assert judge(seen("2024-06-01", "2024-06-30"), day, "dated") == ("imprecise", False)
    assert judge(seen("2024-06-20", "2024-06-20"), day, "dated") == ("wrong", False)
    assert judge(None, day, "dated") == ("undated", False)
    assert judge(Seen(None, None, "weekday"), day, "dated") == ("undated", False)  # unresolved
    assert judge(None, day, "unresolved") == ("right", False)
    assert judge(seen("2024-06-19", "2024-06-19"), day, "unresolved") == ("right", True)  # dated anyway
    assert judge(seen("2024-06-20", "2024-06-20"), day, "unresolved") == ("wrong", False)
    assert judge(seen("2024-06-20", "2024-06-20"), None, "unresolved") == ("wrong", False)  # a guess
    assert judge(Seen(D("2024-06-19"), None), day, "dated") == ("right", False)  # one side given


def test_fold_and_locate_ignore_line_breaks_and_match_by_file() -> None:
    assert fold("  Police  closed\nthe\u00a0bridge ") == "Police closed the bridge"
    data = {"schema_version": 3, "title": "t", "as_of": None,
            "sources": [{"id": "a", "file": "sub/01-a.txt", "title": "A"},
                        {"id": "b", "file": "02-b.txt", "title": "The bridge was closed by police on Tuesday."}],
            "citations": {"a#1": {"source": "a", "sentence": "1", "text": "Police closed the\nbridge to traffic.",
                                  "date": None},
                          "a#2": {"source": "a", "sentence": "2", "text": "Nobody was hurt.", "date": None},
                          "b#1": {"source": "b", "sentence": "1", "text": "Police closed the bridge.", "date": None}},
            "key_points": [], "sections": [], "unplaced": ["a#1", "a#2", "b#1"], "timeline": [], "people": []}
    labels = _labels([
        {"file": "sub/01-a.txt", "text": "Police closed the bridge to traffic"},  # by path
        {"file": "01-a.txt", "text": "Police  closed the bridge"},  # by file name alone, spaces folded
        {"file": "02-b.txt", "text": "Police closed the bridge to traffic"},  # another file's sentence
        {"file": "02-b.txt", "text": "was closed by police on Tuesday"},  # in the title
        {"file": "sub/01-a.txt", "text": "to traffic. Nobody was hurt."},  # across two sentences
        {"file": "03-c.txt", "text": "Police closed the bridge"},  # no such source
    ])
    found = locate(labels, read_view(data))
    assert [x.ref for x in found] == ["a#1", "a#1", None, None, None, None]
    assert [x.why for x in found][2:] == [
        "the briefing cites no sentence holding it", "read as the article's title; cited nowhere",
        "the sentence is cut differently (the text spans citations)", "no source has this file"]


def _labels(mentions: list[dict[str, str]]) -> Any:
    from benchmarks.quality.labels import Event, Labels, Mention

    ms = [Mention("e", m["file"], m["text"], "none", "dated") for m in mentions]
    event = Event("e", "", "other", False, False, None, None, None, [], ms)
    return Labels("t", None, {}, [event], [], [])


def test_needs_context() -> None:
    for text in ["He said so.", "“They arrived on Friday.”", "It's over.", "The talks lasted an hour.",
                 "Later, a delegation went to Russia.", "In return, he received his portrait.", "— This was new."]:
        assert needs_context(text), text
    for text in ["Heavy rain fell.", "Theresa May visited.", "Thessaloniki hosted the talks.", "Police closed it.",
                 "The treaty was signed.", "Hers was the best.", "Itself a rarity, the bridge stood."]:
        assert not needs_context(text), text


def test_the_fixture_labels_fit_the_fixture() -> None:
    labels = load_labels(TINY / "labels.yml")
    assert labels.problems == []
    assert check_labels(labels, TINY, evalsets.section_ids(TINY)) == []
    assert {e.id for e in labels.events if e.off_story} == {"x-dortmund-fire", "x-dortmund-evacuation"}


EVALSETS = evalsets.default_sets()  # the sets `python -m benchmarks.quality all` scores


@pytest.mark.parametrize("set_dir", EVALSETS, ids=[d.name for d in EVALSETS])
def test_every_evaluation_set_reads_without_problems(set_dir: Path) -> None:
    # A label the scorer cannot read is silently left out of the figures, so a slip must fail here.
    labels = load_labels(set_dir / "labels.yml")
    assert labels.problems + check_labels(labels, set_dir, evalsets.section_ids(set_dir)) == []


def test_label_problems_are_reported(tmp_path: Path) -> None:
    shutil.copytree(TINY, tmp_path / "set")
    path = tmp_path / "set" / "labels.yml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("section: investigation", "section: inquiry", 1)
    text = text.replace('text: "Police closed the Ellen Marsh Bridge', 'text: "Police shut the Ellen Marsh Bridge')
    text = text.replace("when: 2025-03-11", "when: March 2025")
    path.write_text(text, encoding="utf-8")
    labels = load_labels(path)
    problems = labels.problems + check_labels(labels, tmp_path / "set", evalsets.section_ids(tmp_path / "set"))
    assert any("event report: when:" in p for p in problems)
    assert any("'inquiry' is not in briefing.yml" in p for p in problems)
    assert any("found 0 times" in p and "Police shut" in p for p in problems)


# --- the tiny set, built once -----------------------------------------------------

def test_right_imprecise_and_undated_dates(result: evalsets.SetResult) -> None:
    right = record(result, "bridge-closed", "Police closed")  # "on Tuesday evening" in an article of 5 March
    assert (right.outcome, right.seen, right.truth) == ("right", "2025-03-04", "2025-03-04")
    # The dateline "KESSVIK, March 5 (Nordwire) -" is metadata, so its "March 5" does not date the fire
    # of Tuesday 4th; "on Tuesday" does.
    fire = record(result, "fire", "A fire destroyed")
    assert (fire.outcome, fire.seen, fire.truth) == ("right", "2025-03-04", "2025-03-04")
    # "the March 4 fire, released on Tuesday": the date inside the name of the fire is not the report's
    embedded = record(result, "report", "The fire service's report")
    assert (embedded.outcome, embedded.seen) == ("right", "2025-03-11")
    undated = record(result, "evacuation", "About 200 people")  # no date, and not after the fire's sentence
    assert (undated.outcome, undated.seen) == ("undated", "none")


def test_unresolved_imprecise_and_not_found(result: evalsets.SetResult) -> None:
    assert record(result, "cause-statement", "On Friday").outcome == "right"  # left unresolved: undated blog
    anyway = record(result, "bridge-closed", "The Ellen Marsh")  # undated blog, merged with a dated report
    assert (anyway.outcome, anyway.anyway) == ("right", True)
    wide = record(result, "road-reopened", "The harbour road")  # "earlier this month": March
    assert (wide.outcome, wide.seen) == ("imprecise", "2025-03-01/2025-03-31")
    # The blog's first line reads as its lead, not a headline: the sentence is analysed and cited like any
    # other (the not-found reasons are checked in test_fold_and_locate_ignore_line_breaks_and_match_by_file).
    lead = record(result, "fire", "The blaze that gutted")
    assert lead.outcome != "not found"
    assert result.not_found == []


def test_date_figures(result: evalsets.SetResult) -> None:
    f = evalsets.date_figures([result])
    a = f["all"]
    assert (a["n"], a["right"], a["dated anyway"], a["imprecise"], a["wrong"], a["undated"], a["not found"]) == \
        (12, 10, 2, 1, 0, 1, 0)  # off-story mentions and date_kind none are left out
    assert f["by date_kind"]["context"]["undated"] == 1
    assert f["by expect"]["unresolved"]["n"] == 4
    keys = {r.event: r.outcome for r in result.key_dates}
    assert keys == {"fire": "right", "bridge-closed": "right", "report": "right"}


def test_placement_and_merging(result: evalsets.SetResult) -> None:
    f = evalsets.event_figures([result])
    assert f["facts placed right"] == {"n": 15, "right": 12, "not found": 0, "share": pytest.approx(12 / 15)}
    assert f["key facts in the right section"]["right"] == 5
    assert f["placement by section"]["investigation"]["elsewhere"] == {"fire": 1}
    merges = {m["event"]: (m["held"], m["sources"]) for m in result.merges}
    assert merges == {"evacuation": (1, 2), "bridge-closed": (2, 2), "fire": (2, 2)}  # the blog's lead joins the fire
    assert f["merge completeness"]["mean"] == pytest.approx(2.5 / 3)
    # the two tours name different places (Arnby, Brenholt): two events, though worded alike
    assert result.wrong_merges == []
    assert f["wrong merges"] == {"count": 0, "entries with 2+ labelled sentences": 2}


def test_off_story_background_people_and_context(result: evalsets.SetResult) -> None:
    f = evalsets.event_figures([result])
    assert f["off-story leakage"] == {"count": 0, "sections": 0, "timeline": 0, "key points": 0}
    assert f["off-story articles flagged"] == {"labelled": 1, "caught": 1, "false": 0}
    assert f["background"]["key points"] == 0 and result.background_hits == []
    assert f["not_people listed"]["names"] == []  # not even the bridge's namesake, Ellen Marsh
    assert f["real people found"]["share"] == 1.0
    assert [x["text"][:26] for x in result.context] == ["The report was presented t"]


# --- the same build, tampered with: what the scorer says of a worse briefing --------------

@pytest.fixture(scope="module")
def tampered(built: dict[str, Any]) -> evalsets.SetResult:
    """The tiny set's briefing.json with three faults put in by hand: the fire report dated to the fire, the two
    tours merged into one event, and a sentence of the off-story article cited by the fire's event and shown
    on the timeline."""
    d = copy.deepcopy(built)
    events = {e["id"]: e for e in d["events"]}
    report = next(e for e in d["events"] if e["text"].startswith("The fire service's report"))
    report["date"] = dict(report["date"], start="2025-03-04", end="2025-03-04")
    arnby, brenholt = (e for e in d["events"] if e["text"].startswith("Mayor Tomas Ruhl toured"))
    arnby["citations"] += brenholt["citations"]
    d["events"].remove(brenholt)
    for section in d["sections"]:
        section["events"] = [x for x in section["events"] if x != brenholt["id"]]
    leak = next(ref for ref in d["citations"] if ref.startswith("04-rheinpost"))
    fire = events[d["sections"][0]["events"][0]]
    fire["citations"].append(leak)
    d["timeline"].append({"date": fire["date"], "event": None, "citation": leak})
    d["off_story"] = []
    return score_set(TINY, load_labels(TINY / "labels.yml"), d)


def test_a_wrong_date_a_wrong_merge_and_a_leak_are_counted(tampered: evalsets.SetResult) -> None:
    embedded = record(tampered, "report", "The fire service's report")
    assert (embedded.outcome, embedded.seen) == ("wrong", "2025-03-04")
    assert evalsets.date_figures([tampered])["all"]["wrong"] == 1
    assert {r.event: r.outcome for r in tampered.key_dates}["report"] == "wrong"
    f = evalsets.event_figures([tampered])
    assert [w["events"] for w in tampered.wrong_merges] == [["tour-arnby", "tour-brenholt"]]
    assert f["wrong merges"]["count"] == 1
    # the fire's event is a key point too
    assert f["off-story leakage"] == {"count": 3, "sections": 1, "timeline": 1, "key points": 1}
    assert {x["file"] for x in tampered.leaks} == {"04-rheinpost-distractor-dortmund-fire.txt"}
    assert f["off-story articles flagged"] == {"labelled": 1, "caught": 0, "false": 0}


def test_report_and_json(result: evalsets.SetResult, built: dict[str, Any], tmp_path: Path,
                         monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(evalsets, "build_set", lambda set_dir, out: (built, []))  # no second build
    assert evalsets.main(["all", str(TINY), str(TINY), "--json", str(tmp_path / "q.json"), "--verbose"]) == 0
    text = capsys.readouterr().out
    assert "role accuracy                     n/a (schema 3)" not in text and "role accuracy" in text
    assert "## overall: 8 articles" in text and "events split over entries:" in text and "evacuation" in text
    numbers = json.loads((tmp_path / "q.json").read_text(encoding="utf-8"))
    assert numbers["overall"]["dates"]["all"]["n"] == 24
    assert numbers["sets"]["evalset_tiny (1)"]["events"]["wrong merges"]["count"] == 0
    assert evalsets.main(["dates", str(TINY)]) == 0
    assert "Events" not in capsys.readouterr().out


def _held_out_copy(tmp_path: Path, story: str) -> Path:
    copy_dir = tmp_path / story
    shutil.copytree(TINY, copy_dir)
    labels = copy_dir / "labels.yml"
    text = labels.read_text(encoding="utf-8").replace("story: evalset_tiny", f"story: {story}\nheld_out: true", 1)
    assert "held_out: true" in text
    labels.write_text(text, encoding="utf-8")
    return copy_dir


def test_held_out_sets_are_shown_only_pooled(built: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """A set marked ``held_out: true`` shows no figure, miss or sentence of its own: two or more are pooled in a
    block of their own, and a lone one is left out of the overall figures too (less the other sets' blocks, they
    would be its own)."""
    monkeypatch.setattr(evalsets, "build_set", lambda set_dir, out: (built, []))
    a, b = _held_out_copy(tmp_path, "held-a"), _held_out_copy(tmp_path, "held-b")
    for held_dir in (a, b):  # a person the tool lists, labelled a not-person: a miss of the held-out set's own
        labels = held_dir / "labels.yml"
        text = labels.read_text(encoding="utf-8").replace("not_people: [", "not_people: [Tomas Ruhl, ", 1)
        labels.write_text(text.replace("real: [Tomas Ruhl, ", "real: [", 1), encoding="utf-8")
    assert load_labels(a / "labels.yml").held_out and not load_labels(TINY / "labels.yml").held_out
    assert evalsets.main(["all", str(TINY), str(a), str(b), "--json", str(tmp_path / "q.json"), "--verbose"]) == 0
    text = capsys.readouterr().out
    assert "## held-a" not in text and "## held-b" not in text
    assert "## held out: 8 articles" in text and ", 2 sets" in text and "## overall: 12 articles" in text
    assert text.count("events split over entries:") == 1  # the development set's misses alone
    numbers = json.loads((tmp_path / "q.json").read_text(encoding="utf-8"))
    assert set(numbers["sets"]) == {"evalset_tiny"}
    assert numbers["held out"]["names"] == ["held-a", "held-b"] and numbers["held out"]["dates"]["all"]["n"] == 24
    listed = {k: numbers[k]["events"]["not_people listed"] for k in ("held out", "overall")}
    tiny_listed = numbers["sets"]["evalset_tiny"]["events"]["not_people listed"]
    assert listed["held out"]["count"] == 2  # one each, counted, but no name of theirs shown
    assert listed["held out"]["names"] == [] and listed["overall"]["names"] == tiny_listed["names"]
    assert "Tomas Ruhl" not in text
    assert evalsets.main(["all", str(TINY), str(a), "--json", str(tmp_path / "one.json")]) == 0
    text = capsys.readouterr().out
    assert "## held-a: held out; its figures are shown only pooled" in text and "## overall" not in text
    one = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    assert one["held out"] == {"names": ["held-a"]} and one["overall"]["dates"]["all"]["n"] == 12


def test_held_out_must_be_true_or_false(tmp_path: Path) -> None:
    copy_dir = _held_out_copy(tmp_path, "held-c")
    labels = copy_dir / "labels.yml"
    labels.write_text(labels.read_text(encoding="utf-8").replace("held_out: true", "held_out: maybe"),
                      encoding="utf-8")
    loaded = load_labels(labels)
    assert not loaded.held_out and any("held_out 'maybe'" in p for p in loaded.problems)


def test_a_failed_build_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    shutil.copy(TINY / "seeds" / "01-nordwire-wire-warehouse-fire.txt", tmp_path / "seeds")
    (tmp_path / "briefing.yml").write_text("title: x\nkey_points: 99\n", encoding="utf-8")
    with pytest.raises(BuildError, match="(?s)exited with 2.*error: briefing.yml"):
        build_set(tmp_path, tmp_path / "out")


# --- schema 4, read through the same view -------------------------------------------

def as_schema4(data: dict[str, Any]) -> dict[str, Any]:
    """The tiny set's briefing.json (schema 4) with hand-set fields: the touring events' visitor, an insert for
    the statement that needs context, a reason for the off-story article."""
    d = copy.deepcopy(data)
    assert d["schema_version"] == 4
    for e in d["events"]:
        e["participants"] = [{"key": "@tomas-ruhl", "name": "Tomas Ruhl", "role": "visitor"}] \
            if "toured" in e["text"] else []
        e["context_inserts"] = [{"citation": e["citations"][0], "replaces": "", "insert": ""}] \
            if e["text"].startswith("The report") else []
    d["off_story"] = [{"source": "04-rheinpost-distractor-dortmund-fire", "reason": "another fire"}]
    return d


def test_schema4_events_participants_and_context_inserts(built: dict[str, Any]) -> None:
    data = as_schema4(built)
    view = read_view(data)
    assert view.schema == 4 and view.has_participants
    tours = view.entry("response-5096f3b8")
    assert tours is not None and tours.section == "response" and tours.participants == (("Tomas Ruhl", "visitor"),)
    res = score_set(TINY, load_labels(TINY / "labels.yml"), data)
    f = evalsets.event_figures([res])
    # the same placements and merges as read off the events of the untouched build
    assert f["facts placed right"]["right"] == 12 and f["wrong merges"]["count"] == 0
    # Tomas Ruhl as visitor: tour-arnby and tour-brenholt (each in its touring event); not the rebuild pledge
    assert f["role accuracy"] == {"n": 4, "matched": 2, "share": 0.5}
    assert f["off-story articles flagged"] == {"labelled": 1, "caught": 1, "false": 0}
    assert f["needs context"]["count"] == 0  # the one statement that needs it now carries an insert
    assert f["background flag"]["n"] > 0
