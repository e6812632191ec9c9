from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support import ROOT

from briefing.config import load_config, parse_config
from briefing.errors import ConfigError

MINIMAL = {"title": "T", "sections": [{"id": "a", "title": "A", "terms": ["x"]}]}


def test_repo_curation_file_loads() -> None:
    config = load_config(ROOT / "briefing.yml")
    assert [s.id for s in config.sections] == ["treaty", "visits", "gifts"]
    assert any(p.name == "Kim Jong-un" for p in config.people)


def test_minimal_config_gets_defaults() -> None:
    config = parse_config(MINIMAL)
    assert config.key_points == 5 and config.people == () and config.sources == {}


def test_source_metadata_is_parsed() -> None:
    data = dict(MINIMAL, sources={"a.txt": {"outlet": "Wire", "url": "https://example.org/a", "date": "2024-01-02"}})
    meta = parse_config(data).sources["a.txt"]
    assert (meta.outlet, meta.url, meta.date) == ("Wire", "https://example.org/a", dt.date(2024, 1, 2))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"sections": MINIMAL["sections"]}, "missing key 'title'"),
        (dict(MINIMAL, colour="red"), "unknown key 'colour'"),
        (dict(MINIMAL, sections=[]), "sections: is empty"),
        (dict(MINIMAL, sections=[{"id": "A B", "title": "x", "terms": ["y"]}]), "id 'A B' is not a short lowercase slug"),
        (dict(MINIMAL, sections=[{"id": "a", "title": "x", "terms": "treaty"}]), "terms: expected a list of non-empty texts, got text 'treaty'"),
        (dict(MINIMAL, sections=MINIMAL["sections"] * 2), "id 'a' is used twice"),
        (dict(MINIMAL, key_points=99), "key_points: expected a whole number from 0 to 20, got 99"),
        (dict(MINIMAL, sources={"a.txt": {"date": "2024-02-30"}}), "expected a date as YYYY-MM-DD, got '2024-02-30'"),
        (dict(MINIMAL, sources={"a.txt": {"url": "javascript:alert(1)"}}), "is not an http(s) address"),
        (dict(MINIMAL, sources={"../a.txt": {}}), "is not a plain file name"),
        (["a", "list"], "expected a mapping"),
    ],
)
def test_errors_name_key_value_and_expectation(data: object, expected: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(data)
    assert expected in info.value.line()
    assert "\n" not in info.value.line()


def test_bad_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "briefing.yml"
    path.write_text("title: x\nsections:\n  - id: a\n   title: b\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"not valid YAML at line 4"):
        load_config(path)


def test_missing_file_says_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found.*create it"):
        load_config(tmp_path / "nope.yml")


def test_section_terms_match_words_prefixes_and_gaps() -> None:
    from briefing.analyse.terms import distinct_hits, terms_pattern

    pattern = terms_pattern(["visit*", "presented ... with", "cars", "treaty"])
    assert distinct_hits(pattern, "He visited Oslo and presented the minister with a gift.") == 2
    assert distinct_hits(pattern, "The Oscars were not about a treaty treaty.") == 1  # 'cars' is a whole word
    assert distinct_hits(pattern, "Nothing here.") == 0


def test_entities_named_in_other_scripts_keep_distinct_keys() -> None:
    from briefing.curate.statements import build_lexicon

    config = parse_config(dict(MINIMAL, entities=[{"name": "КНДР"}, {"name": "Россия"}]))
    keys = {key for _, _, key in build_lexicon(config).entities("КНДР и Россия")}
    assert len(keys) == 2  # an ASCII slug would have made both "@entity"
