"""The action table (analyse/events/data/actions.yml) and the words that trigger its actions.

The cases are a table, ``tests/data/triggers.tsv``: a sentence and every trigger ``lexicon().triggers`` should
find in it. The table is checked against the action table too: every action has a case stating it (by a verb,
and by a noun when it has nouns), and every ``not`` list and every ``objects`` list decides at least one case,
which a lexicon without that list gets wrong.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
import yaml
from case_tables import Row, load_rows, params, passing

from briefing.analyse.events import lexicon as lexicon_module
from briefing.analyse.events.lexicon import Lexicon, agent_words, lexicon, opposed_roles

ROWS = load_rows("triggers.tsv", ["sentence", "triggers", "gap"])
RAW = yaml.safe_load(lexicon_module.DATA.read_text(encoding="utf-8"))
# The places frames.read_frame gives a name: the subject, the object, and the words after a role preposition.
PLACES = {"subject", "object", "to", "with", "from", "by", "on", "against", "into"}


def shown(sentence: str, table: Lexicon | None = None) -> str:
    found = (table or lexicon()).triggers(sentence)
    return "; ".join(f"{t.action}{'=' if t.verbal else '~'}{sentence[t.start:t.end]}" for t in found) or "-"


def expected(row: Row) -> list[tuple[str, str, str]]:
    """(action, '=' or '~', words) of each trigger the row lists."""
    if row["triggers"] == "-":
        return []
    out = []
    for item in row["triggers"].split("; "):
        m = re.fullmatch(r"([a-z_]+)([=~])(.+)", item)
        assert m, f"{row.id}: cannot read trigger {item!r}"
        out.append((m.group(1), m.group(2), m.group(3)))
    return out


# --------------------------------------------------------------------------- the table


@pytest.mark.parametrize("row", params(ROWS))
def test_triggers(row: Row) -> None:
    assert shown(row["sentence"]) == row["triggers"]


def test_rows_name_known_actions_and_words_of_their_sentence() -> None:
    for row in ROWS:
        for action, _, words in expected(row):
            assert action in RAW, f"{row.id}: no action {action!r}"
            assert words in row["sentence"], f"{row.id}: {words!r} is not in the sentence"


@pytest.mark.parametrize("action", sorted(RAW))
def test_every_action_has_a_case_by_verb_and_by_noun(action: str) -> None:
    spec = RAW[action]
    kinds = {kind for row in passing(ROWS) for a, kind, _ in expected(row) if a == action}
    if spec.get("verbs") or spec.get("phrases"):
        assert "=" in kinds, f"no case states {action} by a verb or a phrase"
    if spec.get("nouns"):
        assert "~" in kinds, f"no case names {action} by a noun"


def _without(action: str, key: str) -> Lexicon:
    """The lexicon as it would be without one action's ``not`` or ``objects`` list."""
    table = lexicon()
    if key == "not":
        raw = {name: spec if name != action else {k: v for k, v in spec.items() if k != "not"}
               for name, spec in RAW.items()}
        return dataclasses.replace(table, exceptions=lexicon_module._exceptions(raw))
    changed = dataclasses.replace(table.actions[action], objects=frozenset())
    return dataclasses.replace(table, actions={**table.actions, action: changed})


@pytest.mark.parametrize(("action", "key"), sorted((a, k) for a, spec in RAW.items() for k in ("not", "objects")
                                                    if spec.get(k)))
def test_every_not_list_and_object_list_decides_a_case(action: str, key: str) -> None:
    """Without the list, some case the code gets right comes out differently: the list is exercised (a case
    the code gets wrong anyway decides nothing)."""
    table = _without(action, key)
    decided = [row.id for row in passing(ROWS)
               if shown(row["sentence"]) == row["triggers"] != shown(row["sentence"], table)]
    assert decided, f"no case of triggers.tsv depends on {action}'s {key!r} list"


# --------------------------------------------------------------------------- the data files


# YAML 1.1 reads on/off/yes/no as booleans: unquoted, the word is lost from the table (the loader refuses it).
@pytest.mark.parametrize("action", params([{"id": a, "action": a, "gap": ""} for a in sorted(RAW)]))
def test_every_listed_word_and_place_is_a_string(action: dict[str, str]) -> None:
    spec = RAW[action["action"]]
    words = [w for key in ("verbs", "nouns", "phrases", "not", "objects") for w in spec.get(key, ())]
    assert all(isinstance(w, str) for w in words), [w for w in words if not isinstance(w, str)]
    assert all(isinstance(place, str) for place in (spec.get("roles") or {}))


def test_every_listed_word_is_lower_case_and_matchable() -> None:
    """Sentences are matched lower-cased: a capital in a listed word would never match."""
    for name, spec in RAW.items():
        for key in ("verbs", "nouns", "phrases", "not", "objects"):
            for word in spec.get(key, ()):
                if isinstance(word, str):
                    assert word == word.lower(), f"{name}.{key}: {word!r}"
                    assert word == word.strip() and "  " not in word, f"{name}.{key}: {word!r}"


def test_opposites_and_families_name_actions() -> None:
    for name, spec in RAW.items():
        for other in spec.get("opposite", ()):
            assert other in RAW, f"{name}: opposite {other!r} is no action"
            assert name in RAW[other].get("opposite", ()), f"{name} -> {other} is not mutual"


@pytest.mark.parametrize("action", params([{"id": a, "action": a, "gap": ""}
                                            for a in sorted(RAW) if RAW[a].get("roles")]))
def test_role_places_are_places_a_frame_gives(action: dict[str, str]) -> None:
    places = {place for place, _ in lexicon().actions[action["action"]].roles}
    assert places <= PLACES, f"{action}: places {places - PLACES} are never given"


def _given_roles() -> set[str]:
    return {role for a in lexicon().actions.values() for place, role in a.roles if place in PLACES}


@pytest.mark.parametrize("role", params([
    {"id": role, "role": role, "gap": ""}
    for role in sorted({r for pair in opposed_roles() for r in pair})]))
def test_each_opposed_role_is_one_some_action_gives(role: dict[str, str]) -> None:
    assert role["role"] in _given_roles()


def test_agent_words_are_single_lower_case_words() -> None:
    words = agent_words()
    assert {"he", "she", "they", "delegation", "officials", "president"} <= words
    assert all(re.fullmatch(r"[a-z]+", w) for w in words), sorted(w for w in words if not w.isalpha())
    lines = [line.split("#", 1)[0].strip() for line in
             lexicon_module.AGENTS.read_text(encoding="utf-8").splitlines()]
    listed = [line for line in lines if line]
    assert len(listed) == len(set(listed)), "a word is listed twice"


def test_opposed_roles_are_pairs() -> None:
    pairs = opposed_roles()
    assert frozenset({"giver", "receiver"}) in pairs and frozenset({"host", "guest"}) in pairs
    assert all(len(p) == 2 for p in pairs)


# --------------------------------------------------------------------------- actions_named

NAMED = [
    # (a section term, the actions it names)
    ("signed", {"sign"}),
    ("sign*", {"sign"}),
    ("ratif*", {"ratify"}),
    ("visit*", {"visit"}),
    ("arriv*", {"visit"}),
    ("met with", {"meet"}),
    ("talks", {"meet"}),
    ("summit", {"meet"}),
    ("gift*", {"gift"}),
    ("present*", {"gift"}),
    ("tariff*", {"impose"}),
    ("duties", {"impose"}),
    ("collapse*", {"collapse"}),
    ("evacuat*", {"rescue"}),
    ("lawsuit", {"sue"}),
    ("referendum", {"vote"}),
    ("voted", {"vote"}),
    ("death toll", {"die"}),
    ("entered into force", {"in_force"}),
    ("said", set()),  # speech names no kind of event
    ("statement", set()),
    ("treaty", set()),  # a thing, not an action
    ("flood*", set()),
    ("si*", set()),  # a prefix shorter than four letters names nothing
]


@pytest.mark.parametrize(("term", "actions"), NAMED)
def test_actions_named(term: str, actions: set[str]) -> None:
    assert lexicon().actions_named(term) == actions


def test_actions_named_reads_the_words_of_a_phrase_in_turn() -> None:
    """A phrase no form matches names what its first word with a match names."""
    assert lexicon().actions_named("agreed to sign") == {"sign"}
    assert lexicon().actions_named("flood relief") == set()


@pytest.mark.parametrize(("term", "remarks"), [
    ("statement", True), ("statements", True), ("remarks", True), ("announcement*", True),
    ("said", False),  # a verb of saying is in every section's sentences
    ("claim*", False),  # and often means something else ("insurance claims")
    ("treaty", False),
])
def test_a_term_names_remarks_when_it_is_a_noun_for_what_was_said(term: str, remarks: bool) -> None:
    assert lexicon().names_remarks(term) is remarks


# --------------------------------------------------------------------------- invariants


def test_triggers_are_ordered_and_are_the_words_of_the_sentence() -> None:
    table = lexicon()
    for row in ROWS:
        text = row["sentence"]
        found = table.triggers(text)
        assert found == sorted(found, key=lambda t: (t.start, t.action))
        assert len({(t.action, t.start) for t in found}) == len(found)
        for t in found:
            assert text[t.start:t.end].lower() in table.forms
        assert table.triggers(text) == found  # deterministic


def test_the_table_has_cases_of_every_kind() -> None:
    """Verbs and nouns, sentences with no action, and sentences with two actions."""
    counts = [len(expected(row)) for row in passing(ROWS)]
    assert counts.count(0) >= 20 and sum(1 for c in counts if c >= 2) >= 20
    assert len(ROWS) >= 200


def test_the_loader_refuses_a_word_yaml_reads_as_a_boolean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing.analyse.events.lexicon as module

    table = tmp_path / "actions.yml"
    table.write_text("sign:\n  verbs: [sign]\n  objects: [treaty, off]\n", encoding="utf-8")
    monkeypatch.setattr(module, "DATA", table)
    module.lexicon.cache_clear()
    try:
        with pytest.raises(ValueError, match="sign: objects: a word read as False; quote it"):
            module.lexicon()
    finally:
        module.lexicon.cache_clear()
