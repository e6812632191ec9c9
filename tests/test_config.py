from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from support import ROOT

from briefing.config import load_config, parse_config
from briefing.config.options import (
    Choice,
    Date,
    FilesOf,
    ListOf,
    Option,
    Report,
    Schema,
    Slug,
    Text,
    Texts,
    Url,
    Whole,
)
from briefing.config.schema import TOP, table
from briefing.errors import ConfigError
from briefing.model import Column, EntityRule

MINIMAL = {"title": "T", "sections": [{"id": "a", "title": "A", "terms": ["x"]}]}
NAMED = Schema(EntityRule, name=Text("a name", required=True, unique=True), aliases=Texts("other names"))


def test_repo_curation_file_loads() -> None:
    config = load_config(ROOT / "briefing.yml")
    assert [s.id for s in config.sections] == ["treaty", "visits", "gifts"]
    assert any(p.name == "Kim Jong-un" for p in config.people)
    assert config.warnings == ()


def test_minimal_config_gets_defaults() -> None:
    config = parse_config(MINIMAL)
    assert config.key_points == 5 and config.latest_days == 3 and config.people == () and config.sources == {}
    assert config.events_per_section == 8
    assert config.description == "" and config.sections[0].register == "" and config.warnings == ()
    assert parse_config(MINIMAL).sources is not config.sources  # a default is never shared


# A section's table: a ready-made one by name, or its columns, each a field or a role, headed by itself or as given.
REGISTERS = [
    ("gifts", "gifts"),
    (["when", "funder", "amount"], (Column("when", "When"), Column("funder", "Funder"), Column("amount", "Amount"))),
    (["when", {"target": "On"}, {"imposer": " By "}], (Column("when", "When"), Column("target", "On"),
                                                       Column("imposer", "By"))),
    (["place-of_origin"], (Column("place-of_origin", "Place of origin"),)),
]


@pytest.mark.parametrize(("value", "read"), REGISTERS)
def test_a_register_is_a_ready_made_table_or_a_list_of_columns(value: Any, read: Any) -> None:
    section = {"id": "a", "title": "A", "terms": ["x"], "register": value}
    assert parse_config(dict(MINIMAL, sections=[section])).sections[0].register == read


def test_source_metadata_is_parsed() -> None:
    data = dict(MINIMAL, sources={"a.txt": {"outlet": "Wire", "url": "https://example.org/a", "date": "2024-01-02"}})
    meta = parse_config(data).sources["a.txt"]
    assert (meta.outlet, meta.url, meta.date) == ("Wire", "https://example.org/a", dt.date(2024, 1, 2))


def read(option: Option, value: Any) -> tuple[Any, list[str]]:
    report = Report("f.yml")
    return option.read(value, ("k",), report), [i.line() for i in report.errors]


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [
        (Text("t"), "  Title ", "Title"),
        (Slug("s"), "treaty-2", "treaty-2"),
        (Url("u"), "http://example.org/a?b=1", "http://example.org/a?b=1"),
        (Choice("c", ("gifts", "visits")), "visits", "visits"),
        (Whole("w", 0, 20, default=5), 0, 0),
        (Whole("w", 0, 20, default=5), 20, 20),
        (Texts("l"), [" a ", "b"], ("a", "b")),
        (Texts("l"), [], ()),
        (Texts("l"), ["737 Max", 737, 2024], ("737 Max", "737", "2024")),  # YAML reads bare digits as a number
        (Date("d"), "2024-02-29", dt.date(2024, 2, 29)),
        (Date("d"), dt.date(2024, 1, 2), dt.date(2024, 1, 2)),  # YAML's own reading of an unquoted date
        (ListOf("l", NAMED), [{"name": "A"}, {"name": "B", "aliases": ["b"]}],
         (EntityRule("A"), EntityRule("B", ("b",)))),
        (FilesOf("f", NAMED), {"b.txt": {"name": "B"}, "a.txt": {"name": "A"}},
         {"a.txt": EntityRule("A"), "b.txt": EntityRule("B")}),
    ],
)
def test_each_option_type_reads_good_values(option: Option, value: Any, expected: Any) -> None:
    result, errors = read(option, value)
    assert errors == [] and result == expected
    if isinstance(expected, dict):
        assert list(result) == sorted(expected)  # file-name order, whatever the file's order


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [
        (Text("t"), "   ", "f.yml: k: expected non-empty text, got text '   '"),
        (Text("t"), 3, "f.yml: k: expected non-empty text, got 3"),
        (Url("u"), "x" * 50, "got text '" + "x" * 40 + "'…"),  # a long value is cut, to keep one line
        (Slug("s", fix="use a slug"), "A B", "f.yml: k: expected a short lowercase slug (a letter, then letters, "
                                              "digits or '-'), got text 'A B' — use a slug"),
        (Slug("s"), "a" * 41, "expected a short lowercase slug"),
        (Url("u"), "javascript:alert(1)", "f.yml: k: expected an http(s) address, got text 'javascript:alert(1)'"),
        (Url("u"), "https://a b", "expected an http(s) address"),
        (Choice("c", ("gifts", "visits")), "gift", "f.yml: k: expected one of gifts, visits, got text 'gift'"),
        (Whole("w", 0, 20, default=5), 21, "f.yml: k: expected a whole number from 0 to 20, got 21"),
        (Whole("w", 0, 20, default=5), -1, "got -1"),
        (Whole("w", 0, 20, default=5), True, "got true"),  # YAML true is no number, though Python's 1
        (Whole("w", 0, 20, default=5), 2.5, "got 2.5"),
        (Texts("l"), "treaty", "f.yml: k: expected a list of non-empty texts, got text 'treaty'"),
        (Texts("l"), ["a", ""], "f.yml: k: item 2: expected a non-empty text, got text ''"),
        (Texts("l"), ["a", True], "item 2: expected a non-empty text, got true (YAML reads it so): put it in quotes"),
        (Texts("l"), [1.5], "item 1: expected a non-empty text, got 1.5 (YAML reads it so): put it in quotes"),
        (Texts("l", min_items=1, fix="list some"), [], "f.yml: k: is empty — list some"),
        (Date("d"), "2024-02-30", "f.yml: k: expected a date as YYYY-MM-DD, got text '2024-02-30'"),
        (Date("d"), "20240102", "expected a date as YYYY-MM-DD"),  # ISO, but not the documented shape
        (Date("d"), dt.datetime(2024, 1, 2, 3, 4), "expected a date as YYYY-MM-DD, got date 2024-01-02T03:04:00"),
        (ListOf("l", NAMED), {"name": "A"}, "f.yml: k: expected a list of mappings, got a mapping"),
        (ListOf("l", NAMED, min_items=1, fix="add one"), [], "f.yml: k: is empty — add one"),
        (ListOf("l", NAMED), ["A"], "f.yml: k[0]: expected a mapping with keys name, aliases, got text 'A'"),
        (ListOf("l", NAMED), [{"aliases": ["b"]}], "f.yml: k[0]: missing key 'name' — add 'name:' with non-empty text"),
        (ListOf("l", NAMED), [{"name": "A"}, {"name": "A"}],
         "f.yml: k[1].name: 'A' is used twice (first at k[0].name) — give each entry its own name"),
        (FilesOf("f", NAMED), ["a.txt"], "f.yml: k: expected a mapping of file name to details, got a list"),
        (FilesOf("f", NAMED), {"../a.txt": {"name": "A"}},
         "f.yml: k: expected a file's path in seeds/ as key, got text '../a.txt' — use the file's name in seeds/, "
         "with its folder if it is in one (2024/article.txt)"),
        (FilesOf("f", NAMED), {"dir\\a.txt": {"name": "A"}}, "expected a file's path in seeds/ as key"),
        (FilesOf("f", NAMED), {"a.txt": {"name": 1}}, "f.yml: k.a.txt.name: expected non-empty text, got 1"),
    ],
)
def test_each_option_type_reports_bad_values(option: Option, value: Any, expected: str) -> None:
    result, errors = read(option, value)
    assert result is None and len(errors) == 1
    assert expected in errors[0]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"sections": MINIMAL["sections"]}, "briefing.yml: missing key 'title' — add 'title:' with non-empty text"),
        (dict(MINIMAL, title=""), "briefing.yml: title: expected non-empty text, got text ''"),
        (dict(MINIMAL, sections=[]), "briefing.yml: sections: is empty — list at least one section"),
        ({"title": "T"}, "briefing.yml: missing key 'sections' — add 'sections:' with a list of mappings"),
        (dict(MINIMAL, sections=[{"id": "A B", "title": "x", "terms": ["y"]}]),
         "briefing.yml: sections[0].id: expected a short lowercase slug (a letter, then letters, digits or '-'), "
         "got text 'A B' — use letters, digits and '-', e.g. 'treaty'"),
        (dict(MINIMAL, sections=[{"id": "a", "title": "x", "terms": "treaty"}]),
         "briefing.yml: sections[0].terms: expected a list of non-empty texts, got text 'treaty'"),
        (dict(MINIMAL, sections=[{"id": "a", "title": "x", "terms": []}]),
         "briefing.yml: sections[0].terms: is empty — list the words or phrases"),
        (dict(MINIMAL, sections=[{"id": "a", "title": "x", "terms": ["y"], "register": "gift"}]),
         "briefing.yml: sections[0].register: expected one of gifts, visits, or a list of columns: when, who, where, "
         "what, amount or a role, got text 'gift' — leave it out"),
        (dict(MINIMAL, sections=[{"id": "a", "title": "x", "terms": ["y"], "register": ["when", {"giver": 3}]}]),
         "briefing.yml: sections[0].register: column 2: expected a field name in lower case, or one mapped to its "
         "heading ({giver: From}), got a mapping"),
        (dict(MINIMAL, sections=[{"id": "a", "title": "x", "terms": ["y"], "register": [{"target": True}]}]),
         "briefing.yml: sections[0].register: column 1: YAML reads the heading of 'target' as true (On, Off, Yes, No "
         "are read so): put it in quotes"),
        (dict(MINIMAL, sections=[{"id": "a", "title": "x", "terms": ["y"], "register": []}]),
         "briefing.yml: sections[0].register: expected one of gifts, visits, or a list of columns"),
        (dict(MINIMAL, latest_days=-1), "briefing.yml: latest_days: expected a whole number from 0 to 365, got -1"),
        (dict(MINIMAL, events_per_section=0),
         "briefing.yml: events_per_section: expected a whole number from 1 to 50, got 0"),
        (dict(MINIMAL, events_per_section="all"),
         "briefing.yml: events_per_section: expected a whole number from 1 to 50, got text 'all'"),
        (dict(MINIMAL, sections=MINIMAL["sections"] * 2),
         "briefing.yml: sections[1].id: 'a' is used twice (first at sections[0].id)"),
        (dict(MINIMAL, people=[{"name": "Kim"}, {"name": "Kim"}]),
         "briefing.yml: people[1].name: 'Kim' is used twice (first at people[0].name) — give each entry its own name"),
        (dict(MINIMAL, entities=[{"aliases": ["DPRK"]}]), "briefing.yml: entities[0]: missing key 'name'"),
        (dict(MINIMAL, key_points=99), "briefing.yml: key_points: expected a whole number from 0 to 20, got 99"),
        (dict(MINIMAL, sources={"a.txt": {"date": "2024-02-30"}}),
         "briefing.yml: sources.a.txt.date: expected a date as YYYY-MM-DD, got text '2024-02-30'"),
        (dict(MINIMAL, sources={"a.txt": {"url": "javascript:alert(1)"}}),
         "briefing.yml: sources.a.txt.url: expected an http(s) address, got text 'javascript:alert(1)' — write it"),
        (dict(MINIMAL, sources={"../a.txt": {}}), "briefing.yml: sources: expected a file's path in seeds/ as key"),
        (dict(MINIMAL, sources=["a.txt"]), "briefing.yml: sources: expected a mapping of file name to details"),
        (["a", "list"], "briefing.yml: expected a mapping with keys title, description, key_points, latest_days, "
                        "events_per_section, sections"),
        (None, "briefing.yml: expected a mapping with keys title"),  # an empty file
    ],
)
def test_errors_name_key_value_and_expectation(data: object, expected: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(data)
    assert info.value.lines() == [info.value.line()]  # exactly one problem here
    assert expected in info.value.line()
    assert "\n" not in info.value.line()


def test_every_problem_is_reported_at_once() -> None:
    data = {"key_points": True,
            "sections": [{"id": "A", "title": "x", "terms": []}, {"id": "b", "title": "y", "terms": ["z"]}, "oops"],
            "people": [{"name": "Kim"}, {"name": "Kim", "roles": "leader"}],
            "sources": {"a.txt": {"url": "ftp://x", "date": "soon"}}}
    with pytest.raises(ConfigError) as info:
        parse_config(data)
    assert info.value.lines() == [
        "briefing.yml: missing key 'title' — add 'title:' with non-empty text",
        "briefing.yml: key_points: expected a whole number from 0 to 20, got true",
        "briefing.yml: sections[0].id: expected a short lowercase slug (a letter, then letters, digits or '-'), "
        "got text 'A' — use letters, digits and '-', e.g. 'treaty'",
        "briefing.yml: sections[0].terms: is empty — list the words or phrases that mark this section's statements",
        "briefing.yml: sections[2]: expected a mapping with keys id, title, terms, intro, register, got text 'oops'",
        "briefing.yml: people[1].roles: expected a list of non-empty texts, got text 'leader'",
        "briefing.yml: people[1].name: 'Kim' is used twice (first at people[0].name) — give each entry its own name",
        "briefing.yml: sources.a.txt.url: expected an http(s) address, got text 'ftp://x' — write it as https://…",
        "briefing.yml: sources.a.txt.date: expected a date as YYYY-MM-DD, got text 'soon'",
    ]
    line = info.value.line()  # still one line for whoever shows only that
    assert "\n" not in line and line == "; ".join(info.value.lines()) and str(info.value) == line


@pytest.mark.parametrize(
    ("data", "warning"),
    [
        (dict(MINIMAL, sections=[{"id": "a", "title": "A", "terms": ["x"], "term": ["y"]}]),
         "briefing.yml: sections[0]: unknown key 'term' (did you mean 'terms'?); ignored"),
        (dict(MINIMAL, keypoints=3), "briefing.yml: unknown key 'keypoints' (did you mean 'key_points'?); ignored"),
        (dict(MINIMAL, sources={"a.txt": {"outlets": "Wire"}}),
         "briefing.yml: sources.a.txt: unknown key 'outlets' (did you mean 'outlet'?); ignored"),
        (dict(MINIMAL, colour="red"),
         "briefing.yml: unknown key 'colour' (known keys: title, description, key_points, latest_days, "
         "events_per_section, sections, entities, people, not_people, sources); ignored"),
        (dict(MINIMAL, not_person=["Dali"]),
         "briefing.yml: unknown key 'not_person' (did you mean 'not_people'?); ignored"),
    ],
)
def test_unknown_key_is_a_warning_naming_the_closest_key(data: dict[str, Any], warning: str) -> None:
    config = parse_config(data)
    assert config.warnings == (warning,)
    assert dataclasses.replace(config, warnings=(), sources={}) == parse_config(MINIMAL)  # the rest read as usual


def test_warnings_travel_with_the_errors() -> None:
    """A misspelt required key is both: the warning says which key was meant."""
    with pytest.raises(ConfigError) as info:
        parse_config({"title": "T", "sections": [{"id": "a", "title": "A", "term": ["x"]}]})
    assert info.value.lines() == ["briefing.yml: sections[0]: missing key 'terms' — add 'terms:' with a list of "
                                  "non-empty texts"]
    assert info.value.warnings == ("briefing.yml: sections[0]: unknown key 'term' (did you mean 'terms'?); ignored",)


def test_bad_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "briefing.yml"
    path.write_text("title: x\nsections:\n  - id: a\n   title: b\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"not valid YAML at line 4"):
        load_config(path)


def test_missing_file_says_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found.*create it"):
        load_config(tmp_path / "nope.yml")


def test_every_declared_key_is_in_the_readme_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    body = readme.split("## The curation file", 1)[1].split("\n## ", 1)[0]
    documented = re.findall(r"^\| `([^`]+)` \|", body, re.MULTILINE)
    declared = [key for key, _ in TOP.rows()]
    assert sorted(set(declared) - set(documented)) == [], "declared in briefing/config/schema.py, not in the README"
    assert sorted(set(documented) - set(declared)) == [], "in the README, but no longer declared"
    rows = [line for line in body.splitlines() if line.startswith("|")]
    assert rows == table(), "the README table differs from briefing.config.schema.table(): paste that in"


def test_section_terms_match_words_prefixes_and_gaps() -> None:
    from briefing.analyse.terms import distinct_hits, terms_pattern

    pattern = terms_pattern(["visit*", "presented ... with", "cars", "treaty"])
    assert distinct_hits(pattern, "He visited Oslo and presented the minister with a gift.") == 2
    assert distinct_hits(pattern, "The Oscars were not about a treaty treaty.") == 1  # 'cars' is a whole word
    assert distinct_hits(pattern, "Nothing here.") == 0


@pytest.mark.parametrize(("term", "text", "hits"), [
    ("sailed", "The ship sails for Rotterdam.", 1),  # a verb written in one form finds its others
    ("sailed", "The ship was sailing again.", 1),
    ("seized", "A court moved to seize the ship.", 1),
    ("refloating", "Tugs refloated the ship.", 1),
    ("closed", "The closing was delayed.", 1),
    ("tug", "Two tugs arrived.", 0),  # other words keep their form: a plural is not guessed
    ("red", "The reds won.", 0),  # too short a stem to be a verb's
    ("Rotterdam", "Rotterdams", 0),
])
def test_a_one_word_term_finds_the_other_forms_of_a_verb(term: str, text: str, hits: int) -> None:
    from briefing.analyse.terms import distinct_hits, terms_pattern

    assert distinct_hits(terms_pattern([term]), text) == hits


def test_entities_named_in_other_scripts_keep_distinct_keys() -> None:
    from briefing.curate.statements import build_lexicon

    config = parse_config(dict(MINIMAL, entities=[{"name": "КНДР"}, {"name": "Россия"}]))
    keys = {key for _, _, key in build_lexicon(config).entities("КНДР и Россия")}
    assert len(keys) == 2  # an ASCII slug would have made both "@entity"
