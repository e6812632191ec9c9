"""Who takes part in the event a sentence reports, in what role (curate/participants.py).

The cases are a table, ``tests/data/participants.tsv``: a sentence, the names it holds (each its own key),
the role each gets from its place in the main action, and whether an action that needs an agent has one.
"""

from __future__ import annotations

import re

import pytest
from case_tables import Row, load_rows, params, passing

from briefing.analyse.events.frames import read_frame
from briefing.analyse.events.lexicon import lexicon
from briefing.curate.participants import acted, participants
from briefing.model import Frame, Region

ROWS = load_rows("participants.tsv", ["sentence", "names", "roles", "acted", "gap"])


def spans(row: Row) -> list[tuple[int, int, str]]:
    names = [] if row["names"] == "-" else row["names"].split(", ")
    keys = {n.rstrip("*"): ("@entity:" if n.endswith("*") else "@") + n.rstrip("*") for n in names}
    found = [(m.start(), m.end(), key) for n, key in keys.items() for m in re.finditer(re.escape(n), row["sentence"])]
    assert len({key for _, _, key in found}) == len(names), f"{row.id}: a name is not in the sentence"
    return found


def roles_of(row: Row) -> str:
    text = row["sentence"]
    found = participants(text, read_frame(text), spans(row))
    return "; ".join(f"{key.removeprefix('@entity:').removeprefix('@')}={role or '-'}" for key, role in found) or "-"


@pytest.mark.parametrize("row", params(ROWS))
def test_roles_and_agent(row: Row) -> None:
    text = row["sentence"]
    got = (roles_of(row), "yes" if acted(text, read_frame(text), spans(row)) else "no")
    assert got == (row["roles"], row["acted"])


def _expected_roles(rows: list[Row]) -> set[str]:
    return {item.split("=")[1] for r in rows if r["roles"] != "-" for item in r["roles"].split("; ")}


def test_every_role_an_action_gives_has_a_case() -> None:
    """Every role of actions.yml is given in some row (a row of a known gap counts: it says what is due)."""
    given = {role for a in lexicon().actions.values() for place, role in a.roles if isinstance(place, str)}
    missing = given - _expected_roles(ROWS)
    assert not missing, f"no participants.tsv case gives {sorted(missing)}"


def test_the_table_has_passives_no_roles_and_both_agent_answers() -> None:
    rows = passing(ROWS)
    assert sum(1 for r in rows if (f := read_frame(r["sentence"])) is not None and f.passive) >= 5
    assert any(read_frame(r["sentence"]) is None for r in rows)
    assert {r["acted"] for r in rows} == {"yes", "no"}
    assert sum(1 for r in rows if "=-" in r["roles"]) >= 2


def test_a_name_given_twice_keeps_its_first_role_and_a_role_beats_none() -> None:
    text = "Kim met Putin, and Putin hugged Kim."
    frame = Frame("meet", Region(4, 7), True, False, False, Region(0, 4), Region(7, 13), (), None)
    named = [(0, 3, "@kim"), (8, 13, "@putin"), (19, 24, "@putin"), (32, 35, "@kim")]
    assert participants(text, frame, named) == (("@kim", "participant"), ("@putin", "participant"))
    later = [(19, 24, "@putin"), (8, 13, "@putin")]  # sorted by place: the one with a role comes first anyway
    assert participants(text, frame, later) == (("@putin", "participant"),)
    unplaced = Frame("meet", Region(4, 7), True, False, False, Region(0, 0), Region(7, 7), (), None)
    assert participants(text, unplaced, named) == (("@kim", ""), ("@putin", ""))


def test_no_frame_gives_everyone_no_role_and_counts_as_acted() -> None:
    named = [(0, 6, "@merkel")]
    assert participants("Merkel spoke at length.", None, named) == (("@merkel", ""),)
    assert acted("Merkel spoke at length.", None, named)
