"""Section tables: who gave what to whom, who went where, read off the event fields; blank where no field says."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from support import citation, item

from briefing.derive.tables import build_registers
from briefing.model import Event, Participant, Section, SectionRule

PUBLISHED = dt.date(2024, 9, 14)
RULES = (SectionRule("gifts", "Gifts", ("gift*",), register="gifts"),
         SectionRule("talks", "Talks", ("talks",)),
         SectionRule("visits", "Visits", ("visit*",), register="visits"))

PUTIN = Participant("@vladimir-putin", "Vladimir Putin", "")
KIM = Participant("@kim-jong-un", "Kim Jong-un", "")
SHOIGU = Participant("@sergei-shoigu", "Sergei Shoigu", "")
RUSSIA = Participant("@entity:russia", "Russia", "")
DPRK = Participant("@entity:north korea", "North Korea", "")


def as_(p: Participant, role: str) -> Participant:
    return dataclasses.replace(p, role=role)


def section(rule: SectionRule, *events: Event) -> Section:
    return Section(rule.id, rule.title, "", rule.terms, events)


def event(text: str, section: str, *participants: Participant, place: str = "", object: str = "") -> Event:
    """An event of one sentence of an article of 14 September 2024, with the fields curation gave it."""
    c = citation(text, "a", published=PUBLISHED)
    return dataclasses.replace(item(c, section=section, date=c if c.date else None), participants=participants,
                               place=place, object=object)


def row(kind: str, e: Event) -> tuple[str, ...]:
    rule = RULES[0] if kind == "gifts" else RULES[2]
    (register,) = build_registers([section(rule, e)], RULES)
    return register.rows[0].cells


# (participants with roles, object) -> (From, To, What)
GIFTS = [
    # Names as the People page gives them, people before parties, whatever the sentence called them.
    ((as_(PUTIN, "giver"), as_(KIM, "receiver")), "a herd of horses",
     ("Vladimir Putin", "Kim Jong-un", "a herd of horses")),
    ((as_(RUSSIA, "giver"), as_(PUTIN, "giver"), as_(KIM, "receiver")), "a limousine",
     ("Vladimir Putin, Russia", "Kim Jong-un", "a limousine")),
    # A participant without a role is neither the giver nor the receiver: blank, not a guess.
    ((PUTIN, as_(KIM, "receiver")), "", ("", "Kim Jong-un", "")),
    ((PUTIN, KIM), "two rifles", ("", "", "two rifles")),
    ((), "", ("", "", "")),
]


@pytest.mark.parametrize(("participants", "what", "cells"), GIFTS)
def test_gift_cells_come_from_roles_and_the_object(participants: tuple[Participant, ...], what: str,
                                                   cells: tuple[str, str, str]) -> None:
    e = event("Putin presented Kim with a gift on Friday.", "gifts", *participants, object=what)
    assert row("gifts", e) == ("Friday 13 September 2024", *cells)


# (participants with roles, place) -> (Who, Where, Host)
VISITS = [
    ((as_(SHOIGU, "guest"), as_(KIM, "host")), "Pyongyang", ("Sergei Shoigu", "Pyongyang", "Kim Jong-un")),
    # No guest named: those taking part, but not the host, when the row says where or by whom.
    ((as_(SHOIGU, "participant"), as_(KIM, "host")), "", ("Sergei Shoigu", "", "Kim Jong-un")),
    ((SHOIGU, DPRK), "Pyongyang", ("Sergei Shoigu, North Korea", "Pyongyang", "")),
    # A party given as the place a visit went to is where, not who.
    ((as_(PUTIN, "guest"), as_(RUSSIA, "guest"), as_(DPRK, "place")), "",
     ("Vladimir Putin, Russia", "North Korea", "")),
    ((as_(PUTIN, "guest"), as_(DPRK, "place")), "Pyongyang", ("Vladimir Putin", "Pyongyang", "")),
    # A person is never a place, whatever role curation gave them.
    ((as_(PUTIN, "guest"), as_(KIM, "place")), "", ("Vladimir Putin", "", "")),
    # Talks with nobody received and nowhere said: nothing to put in the table.
    ((as_(RUSSIA, "participant"), as_(DPRK, "participant")), "", ("", "", "")),
]


@pytest.mark.parametrize(("participants", "where", "cells"), VISITS)
def test_visit_cells_come_from_roles_and_the_place(participants: tuple[Participant, ...], where: str,
                                                   cells: tuple[str, str, str]) -> None:
    e = event("The delegation arrived on Friday.", "visits", *participants, place=where)
    assert row("visits", e) == ("Friday 13 September 2024", *cells)


def test_when_is_the_resolved_date_or_the_unresolved_phrase_or_blank() -> None:
    undated = Event("visits-x", "visits", "It happened.", (citation("It happened.", "a"),),
                    participants=(as_(SHOIGU, "guest"),))
    assert row("visits", undated)[0] == ""
    unresolved = event("The envoy arrived on Friday.", "visits", as_(SHOIGU, "guest"))
    unresolved = dataclasses.replace(unresolved, date=citation("The envoy arrived on Friday.", "a"))
    assert row("visits", unresolved)[0] == "undated (‘on Friday’)"


def test_a_register_per_section_that_asks_for_one_in_section_order() -> None:
    gift = event("On Friday, Putin presented Kim with a limousine.", "gifts", as_(PUTIN, "giver"),
                 as_(KIM, "receiver"), object="a limousine")
    visit = event("Shoigu visited Pyongyang on Friday.", "visits", as_(SHOIGU, "guest"), place="Pyongyang")
    talk = event("The talks ended without a statement.", "talks")
    registers = build_registers([section(RULES[0], gift), section(RULES[1], talk), section(RULES[2], visit)], RULES)
    assert [(r.section, r.title, r.columns) for r in registers] == [
        ("gifts", "Gifts", ("When", "From", "To", "What")), ("visits", "Visits", ("When", "Who", "Where", "Host"))]
    assert [(row.event, row.cells) for r in registers for row in r.rows] == [
        (gift, ("Friday 13 September 2024", "Vladimir Putin", "Kim Jong-un", "a limousine")),
        (visit, ("Friday 13 September 2024", "Sergei Shoigu", "Pyongyang", ""))]


def test_the_wording_alone_fills_no_cell() -> None:
    """An event whose fields are empty has an empty row, however plainly its sentence reads: no regex guesses."""
    gift = event("Putin presented Kim with a limousine on Friday.", "gifts")
    visit = event("Shoigu visited Pyongyang on Friday.", "visits")
    registers = build_registers([section(RULES[0], gift), section(RULES[2], visit)], RULES)
    assert [r.rows[0].cells[1:] for r in registers] == [("", "", ""), ("", "", "")]


def test_an_empty_section_has_an_empty_register() -> None:
    registers = build_registers([section(RULES[0])], RULES)
    assert [(r.section, r.rows) for r in registers] == [("gifts", ())]
