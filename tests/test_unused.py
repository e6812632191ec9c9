"""Curated entries no article uses are warnings: roles, aliases, descriptions, not_people; and table columns no event
can fill. One line each, in the build's warnings and in briefing.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import article

from briefing.config import parse_config
from briefing.curate.unused import unused_entries
from briefing.model import Corpus
from briefing.pipeline import build

CORPUS = Corpus([
    article("a", "Minister visits the port", "Trade Minister Ana Ruiz visited the Port of Valdo on Monday."),
    article("b", "Talks", ("The minister’s delegation met officials.", "The Valdorian government welcomed her.")),
])
BASE = {"title": "T", "sections": [{"id": "a", "title": "A", "terms": ["x"]}]}

# (curation entries) -> the warnings, one per entry no article contains
CASES = [
    # In any case, with spaces and apostrophes as they come: all found.
    ({"people": [{"name": "Ana Ruiz", "roles": ["trade minister"], "descriptions": ["the minister's delegation"]}]},
     []),
    # Inside a longer entry found at the same place ("Trade Minister" inside "Minister"... both are found).
    ({"people": [{"name": "Ana Ruiz", "roles": ["Minister", "Trade Minister"]}]}, []),
    ({"people": [{"name": "Ana Ruiz", "roles": ["Foreign Minister"], "aliases": ["Anna Ruiz"]}]},
     ["people[0].aliases: ‘Anna Ruiz’", "people[0].roles: ‘Foreign Minister’"]),
    ({"entities": [{"name": "Valdoria", "aliases": ["Valdorian", "Valdorian Republic"]}]},
     ["entities[0].aliases: ‘Valdorian Republic’"]),
    ({"not_people": ["Port of Valdo", "Ruiz Shipping"]}, ["not_people: ‘Ruiz Shipping’"]),
    # A part of a word is no occurrence.
    ({"not_people": ["Valdo"], "entities": [{"name": "V", "aliases": ["Valdori"]}]},
     ["entities[0].aliases: ‘Valdori’"]),
]


@pytest.mark.parametrize(("entries", "warned"), CASES)
def test_an_entry_no_article_uses_is_named_with_its_key(entries: dict, warned: list[str]) -> None:
    lines = unused_entries(CORPUS, parse_config({**BASE, **entries}))
    assert [line.split(" occurs")[0] for line in lines] == warned
    assert all(line.endswith("occurs in no article, so it does nothing: check its spelling against the articles, "
                             "or remove it") for line in lines)


def test_the_build_shows_them_and_briefing_json_lists_them(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Minister visits\n\nTrade Minister Ana Ruiz visited the port on Monday.\n",
                                 encoding="utf-8")
    config = parse_config({"title": "T", "people": [{"name": "Ana Ruiz", "roles": ["Foreign Minister"]}],
                           "sections": [{"id": "visits", "title": "Visits", "terms": ["visit*"],
                                         "register": ["when", "guest", "sponsor"]}]})
    result = build(seeds, config, None)
    expected = ["briefing.yml: people[0].roles: ‘Foreign Minister’ occurs in no article, so it does nothing: check "
                "its spelling against the articles, or remove it",
                "briefing.yml: sections[0].register: 'sponsor' is no field (when, who, where, what, amount) and no "
                "role an event is given, so its column stays empty"]
    assert [w.split(" (roles:")[0] for w in result.warnings] == expected
    listed = json.loads(result.files["briefing.json"])["warnings"]
    assert [f"{w['file']}: {w['reason']}".split(" (roles:")[0] for w in listed] == expected
