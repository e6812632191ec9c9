"""The shortcuts taken for speed at scale give exactly what the plain way gives."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.curate.cluster import _Groups
from briefing.curate.signature import Signature
from briefing.model import (
    NONE,
    DateMention,
    Frame,
    NameCandidate,
    Quote,
    Region,
    Sentence,
    SentenceFacts,
    Specifics,
    Statement,
    pickled_by_fields,
)
from briefing.render.markup import attr, inert

MARKDOWN_SYNTAX = "\\`*_{}[]<>&#|~^=$"


def per_character(text: str, extra: str = "") -> str:
    """The plain way: every syntax character becomes its numeric reference, quotes named."""
    table = {c: f"&#{ord(c)};" for c in MARKDOWN_SYNTAX + extra}
    table['"'] = "&quot;" if '"' in extra else table.get('"', '"')
    return " ".join(text.split()).translate(str.maketrans(table))


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]) | st.sampled_from(MARKDOWN_SYNTAX + "\"'()")))
def test_escaping_matches_a_per_character_table(text: str) -> None:
    assert inert(text) == per_character(text)
    assert attr(text) == per_character(text, "\"'()")


def test_moved_candidate_is_the_candidate_with_another_sentence_index() -> None:
    c = NameCandidate(3, 10, 24, "Anna Lind", False, True, ("minister",), locative=True, hint=2)
    assert c.moved(40) == dataclasses.replace(c, sent=43)


def test_pickled_by_fields_round_trips_the_extraction_classes() -> None:
    when = DateMention("on May 3", 10, 18, "day", dt.date(2024, 5, 3), dt.date(2024, 5, 3), False, "")
    frame = Frame("sign", Region(3, 9), True, False, False, Region(0, 2), Region(10, 30),
                  (("with", Region(20, 30)),), Region(24, 30), ("meet",))
    facts = [SentenceFacts(when, (Quote("We agree", 1, 9, "Lind"),), "Reuters",
                           Specifics(frozenset({"12"}), (124, 124), 4, frozenset({"agree"})), frame),
             SentenceFacts(None, (), "")]
    back = pickle.loads(pickle.dumps(facts))
    assert back == facts
    assert back[1].specifics is NONE


def test_pickled_by_fields_refuses_a_field_the_constructor_does_not_take() -> None:
    with pytest.raises(AssertionError, match="constructor"):
        @pickled_by_fields
        @dataclasses.dataclass(frozen=True, slots=True)
        class Derived:
            a: int
            b: int = dataclasses.field(init=False, default=0)


def statement(n: int, source: str) -> Statement:
    return Statement(n, 0, source, Sentence(f"s-{n}", f"Sentence {n}.", 0, 12, 0), frozenset({f"w{n}"}))


def test_merge_keeps_members_in_order_whichever_group_is_larger() -> None:
    statements = [statement(n, f"article-{n}") for n in range(5)]
    named = Signature(frozenset({"@lind"}), NONE)
    free = Signature(frozenset(), NONE)
    groups = _Groups(statements, [named, free, free, free, free], [()] * 5)  # no dates
    groups.merge(1, 2, ())
    groups.merge(groups.owner[1], 3, ())  # the larger group first
    groups.merge(0, groups.owner[1], ())  # then a lone statement before a larger group
    whole = groups.owner[0]
    assert groups.members(whole) == [0, 1, 2, 3]  # the order _sample reads, as if a's list grew by b's
    assert groups.sources(whole) == {f"article-{n}" for n in range(4)}
    assert groups.kinds(whole) == {named}  # the free signature agrees with any: not kept
    assert {groups.owner[n] for n in range(4)} == {whole} and groups.owner[4] == 4
    assert groups.clusters() == [[0, 1, 2, 3], [4]]
