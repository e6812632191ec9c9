"""Section tables: who gave what to whom, who went where, any section's own columns, read off the event fields;
blank where no field says."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from support import citation, item

from briefing.analyse.amounts import amounts
from briefing.derive.tables import build_registers, known_roles, table_warnings
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


# --- Any section's own columns: fields and the roles its events carry ----------------------------------------------

EU = Participant("@entity:european union", "European Union", "")
CHINA = Participant("@entity:china", "China", "")
SEFCOVIC = Participant("@maros-sefcovic", "Maroš Šefčovič", "")


def own_row(register: object, e: Event) -> tuple[str, ...]:
    rule = SectionRule("tariffs", "Tariffs", ("tariff*",), register=parse_register(register))
    (table,) = build_registers([section(rule, e)], (rule,))
    return table.rows[0].cells


def parse_register(value: object) -> object:
    from briefing.config import parse_config
    data = {"title": "T", "sections": [{"id": "tariffs", "title": "Tariffs", "terms": ["x"], "register": value}]}
    return parse_config(data).sections[0].register


DUTIES = "On Friday the EU imposed duties of up to 35.3% on electric cars made in China."
# (columns, sentence, participants, place, object) -> cells
OWN = [
    (["when", "imposer", "target", "amount"], DUTIES, (as_(EU, "imposer"), as_(CHINA, "target")), "", "",
     ("Friday 13 September 2024", "European Union", "China", "35.3%")),
    # who: everyone involved, less those a role column names; a role no participant has is blank.
    (["who", "imposer", "payer"], DUTIES, (as_(EU, "imposer"), SEFCOVIC, as_(CHINA, "target")), "", "",
     ("Maroš Šefčovič, China", "European Union", "")),
    (["who"], DUTIES, (as_(EU, "imposer"), as_(CHINA, "place")), "", "", ("European Union",)),
    (["where", "what"], DUTIES, (), "Brussels", "duties of up to 35.3%", ("Brussels", "duties of up to 35.3%")),
    # Two amounts: which is which the table cannot say, so blank; none: blank.
    (["amount"], "The rate rose from 17% to 35.3% on Friday.", (), "", "", ("",)),
    (["amount"], "Talks resumed on Friday.", (), "", "", ("",)),
    (["amount"], "Beijing pledged $1.5 billion on Friday.", (), "", "", ("$1.5 billion",)),
    # The ready-made tables are shorthands for columns.
    ("gifts", DUTIES, (as_(EU, "giver"), as_(CHINA, "receiver")), "", "cars",
     ("Friday 13 September 2024", "European Union", "China", "cars")),
]


@pytest.mark.parametrize(("register", "text", "participants", "where", "what", "cells"), OWN)
def test_a_section_table_shows_the_fields_and_roles_it_names(register: object, text: str,
                                                             participants: tuple[Participant, ...], where: str,
                                                             what: str, cells: tuple[str, ...]) -> None:
    e = event(text, "tariffs", *participants, place=where, object=what)
    assert own_row(register, e) == cells


def test_headings_are_the_fields_or_as_given() -> None:
    rule = SectionRule("t", "Tariffs", ("x",), register=parse_register(["when", {"imposer": "By"}, "amount"]))
    (table,) = build_registers([section(rule)], (rule,))
    assert (table.columns, table.fields) == (("When", "By", "Amount"), ("when", "imposer", "amount"))
    (gifts,) = build_registers([section(RULES[0])], RULES)
    assert (gifts.columns, gifts.fields) == (("When", "From", "To", "What"), ("when", "giver", "receiver", "what"))


def test_a_row_of_a_date_alone_is_not_filled() -> None:
    rule = SectionRule("t", "Tariffs", ("x",), register=parse_register(["amount", "when", "target"]))
    e = event(DUTIES, "t")
    (table,) = build_registers([section(rule, e)], (rule,))
    assert table.rows[0].cells == ("35.3%", "Friday 13 September 2024", "")
    assert table.filled(table.rows[0])
    empty = event("Talks resumed on Friday.", "t")
    (table,) = build_registers([section(rule, empty)], (rule,))
    assert not table.filled(table.rows[0])


def test_a_column_no_event_can_fill_is_a_warning() -> None:
    rules = (SectionRule("t", "T", ("x",), register=parse_register(["when", "imposer", "fundr"])), RULES[0])
    assert table_warnings(rules) == [
        "sections[0].register: 'fundr' is no field (when, who, where, what, amount) and no role an "
        "event is given, so its column stays empty (roles: " + ", ".join(sorted(known_roles())) + ")"]
    assert {"giver", "imposer", "funder", "host"} <= known_roles()


AMOUNTS = [
    ("duties of up to 35.3% on cars", ["35.3%"]),
    ("a 10 percent rise, 2.5 percentage points more", ["10 percent", "2.5 percentage points"]),
    ("it paid $1.5 million, then US$ 3bn", ["$1.5 million", "US$ 3bn"]),
    ("45 billion yuan and 10 million EUR", ["45 billion yuan", "10 million EUR"]),
    ("€35bn in aid", ["€35bn"]),
    ("221 votes to 14 in 2024", []),
    ("a 12 m long ship and 24 horses", []),
]


@pytest.mark.parametrize(("text", "found"), AMOUNTS)
def test_amounts_are_sums_and_shares_verbatim(text: str, found: list[str]) -> None:
    assert amounts(text) == found
