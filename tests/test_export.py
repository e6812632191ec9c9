"""briefing.json on a tiny hand-built briefing: its schema, its citation table, its bytes and its layout."""

from __future__ import annotations

import dataclasses
import json

import pytest
from support import tiny_briefing

from briefing.model import Briefing
from briefing.render.export import FIELDS, briefing_data, briefing_json, dumps, iter_briefing_json


@pytest.fixture(scope="module")
def tiny() -> Briefing:
    return tiny_briefing()


def test_schema_version_comes_first(tiny: Briefing) -> None:
    text = briefing_json(tiny)
    assert text.startswith('{"schema_version":4,\n')  # a new version is a contract change: update README too
    assert list(json.loads(text)) == list(FIELDS)


def test_the_text_is_the_data(tiny: Briefing) -> None:
    assert json.loads(briefing_json(tiny)) == briefing_data(tiny)
    assert briefing_json(tiny) == dumps(briefing_data(tiny))  # written field by field or whole: the same bytes


def test_each_cited_sentence_is_in_the_table_once_in_reading_order(tiny: Briefing) -> None:
    data = briefing_data(tiny)
    # Reading order: article by article as the corpus has them, sentence by sentence, whichever is cited first
    # (the first section cites the second article first).
    reading = [f"{a.id}#{s.id}" for a in tiny.corpus.articles for s in a.sentences]
    assert list(data["citations"]) == [k for k in reading if k in data["citations"]]
    assert data["events"][0]["citations"][0].startswith("beta#")
    # Every reference resolves, and every cited sentence is referred to.
    assert set(references(data)) == set(data["citations"])
    assert len(data["citations"]) == sum(len(a.body_sentences) for a in tiny.corpus.articles)
    assert not any("~" in key for key in data["citations"])  # cited from several fields, listed once


def test_a_citation_row_holds_the_verbatim_sentence_and_its_url(tiny: Briefing) -> None:
    a = tiny.corpus.articles[0]
    s = a.body_sentences[1]
    row = briefing_data(tiny)["citations"][f"{a.id}#{s.id}"]
    assert row == {"source": a.id, "sentence": s.id, "text": s.text, "url": f"sources/{a.id}/#{s.id}",
                   "via": None, "date": None}
    assert "*frank*" in row["text"]  # data, not Markdown: nothing escaped
    plain = briefing_data(tiny, directory_urls=False)["citations"][f"{a.id}#{s.id}"]
    assert plain["url"] == f"sources/{a.id}.html#{s.id}"


def references(data: dict) -> list[str]:
    """Every citation id the file uses outside the citation table."""
    refs = [c for e in data["events"] for c in e["citations"]]
    refs += [x["citation"] for e in data["events"] for x in e["context_inserts"]]
    refs += data["unplaced"] + [e["citation"] for e in data["timeline"]] + [q["citation"] for q in data["quotes"]]
    return refs + [v["citation"] for d in data["discrepancies"] for v in d["versions"]]


def test_a_date_carries_its_span_phrase_and_label(tiny: Briefing) -> None:
    visit = event_data(briefing_data(tiny), "visits-")
    assert visit["date"] == {"start": "2024-09-13", "end": "2024-09-13", "precision": "weekday",
                             "phrase": "on Friday", "label": "Friday 13 September 2024", "note": None}
    assert (visit["source_count"], visit["independent_sources"]) == (2, 2)


def test_the_bytes_are_deterministic() -> None:
    first, second = tiny_briefing(), tiny_briefing()  # built twice, from scratch
    assert b"".join(iter_briefing_json(first)) == b"".join(iter_briefing_json(second))
    assert briefing_json(first) == briefing_json(first)
    assert b"".join(iter_briefing_json(first)) == briefing_json(first).encode("utf-8")


def _value_at_start(line: str) -> tuple[object, str]:
    """The JSON value a line starts with, and what follows it on the line."""
    try:
        value, end = json.JSONDecoder().raw_decode(line)
    except json.JSONDecodeError:
        return None, line
    return value, line[end:]


def test_one_line_per_entry(tiny: Briefing) -> None:
    data = briefing_data(tiny)
    lines = briefing_json(tiny).splitlines()
    # Each top-level field starts a line.
    fields = [key for key, rest in map(_value_at_start, (line.removeprefix("{") for line in lines))
              if key in FIELDS and rest.startswith(":")]
    assert fields == list(FIELDS)
    # Each citation is one line: its id, then its row.
    rows = {}
    for line in lines:
        key, rest = _value_at_start(line)
        if isinstance(key, str) and key in data["citations"] and rest.startswith(":"):
            rows[key] = _value_at_start(rest.removeprefix(":"))[0]
    assert rows == data["citations"]
    # Each source, section, event and timeline entry is one line.
    values = [_value_at_start(line)[0] for line in lines]
    for field in ("sources", "sections", "events", "timeline", "off_story"):
        assert data[field] and all(entry in values for entry in data[field]), field
    assert not any(line.startswith(" ") for line in lines)  # no indentation
    assert len(lines) < 60  # compact: not a line per field


def test_text_is_utf8_as_is(tiny: Briefing) -> None:
    text = briefing_json(tiny)
    assert "“We found common ground,”" in text  # not \u201c escapes
    assert "\\u" not in text


def event_data(data: dict, prefix: str, n: int = 0) -> dict:
    return [e for e in data["events"] if e["id"].startswith(prefix)][n]


def test_sections_list_their_events_by_id_in_order(tiny: Briefing) -> None:
    data = briefing_data(tiny)
    assert data["sections"] == [{"id": s.id, "title": s.title, "events": [e.id for e in s.items]}
                                for s in tiny.sections]
    assert [e["id"] for e in data["events"]] == [i for s in data["sections"] for i in s["events"]]
    assert [e["kind"] for e in data["events"]] == [s.id for s in tiny.sections for _ in s.items]
    assert data["key_points"] == [e.id for e in tiny.key_points]


def test_an_event_carries_its_fields(tiny: Briefing) -> None:
    visit = event_data(briefing_data(tiny), "visits-")
    assert list(visit) == ["id", "kind", "text", "date", "first_reported", "place", "participants", "object", "action",
                           "citations", "source_count", "independent_sources", "background", "context_inserts"]
    assert (visit["place"], visit["object"], visit["action"], visit["background"]) == ("Valdoria", None, "visit", False)
    assert visit["participants"] == [{"key": "@entity:valdoria", "name": "Valdoria", "role": "place"},
                                     {"key": "@anna-lind", "name": "Anna <Lind>", "role": "guest"}]
    assert visit["context_inserts"] == []
    background = event_data(briefing_data(tiny), "visits-", 2)
    assert background["background"] is True and background["date"]["start"] == "2019-01-01"


def test_context_inserts_refer_to_the_sentence_as_the_table_has_it(tiny: Briefing) -> None:
    data = briefing_data(tiny)
    met, first = event_data(data, "talks-", 1), event_data(data, "visits-", 1)
    (insert,) = met["context_inserts"]
    assert (insert["replaces"], insert["insert"]) == ("He", "the envoy")
    assert data["citations"][insert["citation"]]["text"].startswith("“We found common ground,”")
    (beside,) = first["context_inserts"]
    assert (beside["replaces"], beside["insert"]) == ("", "")  # no words to insert: the sentence is shown beside
    assert beside["citation"] == met["citations"][0]  # the same row as the event citing it, not a second one


def test_timeline_registers_and_differences_refer_to_events(tiny: Briefing) -> None:
    data = briefing_data(tiny)
    ids = {e["id"] for e in data["events"]}
    assert [list(t) for t in data["timeline"]] == [["date", "event", "citation"]] * 2
    assert {t["event"] for t in data["timeline"]} <= ids
    assert [row["event"] for r in data["registers"] for row in r["rows"]] == ["visits-f2adf458"]
    assert [d["event"] for d in data["discrepancies"]] == ["visits-f2adf458"]
    # A difference within other reporting belongs to no event of the briefing.
    other = dataclasses.replace(tiny.discrepancies[0], event="other-81a350b3")
    elsewhere = briefing_data(dataclasses.replace(tiny, discrepancies=[other]))
    assert elsewhere["discrepancies"][0]["event"] is None


def test_off_story_articles_are_listed_with_their_reason(tiny: Briefing) -> None:
    data = briefing_data(tiny)
    assert data["off_story"] == [{"source": "gamma", "reason": "names none of the story's <parties>"}]
    cited = {c for e in data["events"] for c in e["citations"]}
    assert not any(c.startswith("gamma#") for c in cited)
