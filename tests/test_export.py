"""briefing.json on a tiny hand-built briefing: its schema, its citation table, its bytes and its layout."""

from __future__ import annotations

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
    assert text.startswith('{"schema_version":3,\n')  # a new version is a contract change: update README too
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
    assert data["sections"][0]["items"][0]["citations"][0].startswith("beta#")
    # Every reference resolves, and every cited sentence is referred to.
    refs = [c for s in data["sections"] for i in s["items"] for c in i["citations"]]
    refs += data["unplaced"] + [e["citation"] for e in data["timeline"]] + [q["citation"] for q in data["quotes"]]
    refs += [v["citation"] for d in data["discrepancies"] for v in d["versions"]]
    assert set(refs) == set(data["citations"])
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


def test_a_date_carries_its_span_phrase_and_label(tiny: Briefing) -> None:
    visit = briefing_data(tiny)["sections"][1]["items"][0]
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
    # Each source and each item of a section is one line.
    values = [_value_at_start(line)[0] for line in lines]
    assert all(source in values for source in data["sources"])
    assert all(entry in values for section in data["sections"] for entry in section["items"])
    assert not any(line.startswith(" ") for line in lines)  # no indentation
    assert len(lines) < 50  # compact: not a line per field


def test_text_is_utf8_as_is(tiny: Briefing) -> None:
    text = briefing_json(tiny)
    assert "“We found common ground,”" in text  # not \u201c escapes
    assert "\\u" not in text
