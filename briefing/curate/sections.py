"""Sections of items: the story's statements clustered into facts, each placed where most of its articles put it.

Placing reads one sentence at a time, so the reports of one fact may land in
two sections ("Rockfalls killed three hikers" under the toll, "Boulders
crushed three hikers" under the rescue) or in none. The story's statements
are therefore clustered once, across sections. A fact that more of its
articles place in one section than anywhere else (other reporting counts as
a place) goes there whole, as one item. Otherwise no place is agreed, and
its reports from each section stay one item there, as if clustered section
by section: a section's boundary is then evidence that they tell two
things. One pass over every statement costs what a pass per section did.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from ..model import Event, Section, SectionRule, Statement
from .assemble import Setting, make_event
from .cluster import cluster_statements
from .event_sections import agreed_section
from .similarity import Scorer
from .statements import TokenSets

OTHER = "other"  # the id of statements no section claims
OTHER_RULE = SectionRule(OTHER, "Other reporting", ("",))
OFF_STORY_RULE = SectionRule("off-story", "Other stories", ("",))  # articles on other stories, never merged with ours


def build_sections(statements: list[Statement], tokens: TokenSets, rules: tuple[SectionRule, ...],
                   setting: Setting, off_story: Mapping[str, str]) -> tuple[list[Section], Section]:
    """The configured sections in order, and other reporting: what no section claims, compared like a
    section so that a disagreement there is shown too. The statements of ``off_story`` articles go to other
    reporting whatever they say, clustered apart so they never join a statement of the story.

    Token sets weigh by their rarity in the whole corpus (a section alone says little).
    """
    scorer = Scorer(tokens.idf())
    on = [i for i, s in enumerate(statements) if s.source not in off_story]
    off = [i for i, s in enumerate(statements) if s.source in off_story]
    sets = dict(zip(on, tokens.take(on)))
    placed = _placed_facts(statements, cluster_statements([statements[i] for i in on], list(sets.values()), scorer),
                           on)
    scorer.forget()
    built = []
    for rule in (*rules, OTHER_RULE):
        items = [make_event(rule.id, [statements[i] for i in fact], [sets[i] for i in fact], setting)
                 for fact in placed.get(None if rule is OTHER_RULE else rule.id, [])]
        built.append(Section(rule.id, rule.title, rule.intro, rule.terms, unique_ids(items)))
    elsewhere = build_section(OFF_STORY_RULE, [statements[i] for i in off], tokens.take(off), scorer, setting)
    *sections, other = built
    position = {(s.source, s.sentence.id): i for i, s in enumerate(statements)}

    def first(item: Event) -> int:
        return position[(item.citations[0].source, item.citations[0].sentence)]

    return sections, dataclasses.replace(other, items=tuple(sorted(other.items + elsewhere.items, key=first)))


def _placed_facts(statements: list[Statement], clusters: list[list[int]],
                  on: list[int]) -> dict[str | None, list[list[int]]]:
    """Section (None: other reporting) -> its facts, each a list of statement indexes, in reading order."""
    placed: dict[str | None, list[list[int]]] = {}
    for cluster in clusters:
        members = [on[k] for k in cluster]
        agreed = agreed_section(statements, members, unplaced_vote=True)
        if agreed is not None:
            placed.setdefault(agreed, []).append(members)
            continue
        parts: dict[str | None, list[int]] = {}
        for i in members:
            parts.setdefault(statements[i].section, []).append(i)
        for section, fact in parts.items():
            placed.setdefault(section, []).append(fact)
    for facts in placed.values():
        facts.sort(key=lambda fact: min((statements[i].article, statements[i].order) for i in fact))
    return placed


def build_section(rule: SectionRule, statements: list[Statement], tokens: list[frozenset[str]], scorer: Scorer,
                  setting: Setting) -> Section:
    clusters = cluster_statements(statements, tokens, scorer)
    items = [make_event(rule.id, [statements[k] for k in c], [tokens[k] for k in c], setting) for c in clusters]
    return Section(rule.id, rule.title, rule.intro, rule.terms, unique_ids(items))


def unique_ids(events: list[Event]) -> tuple[Event, ...]:
    """The events with distinct ids: an event's id comes from the words it shows, and two articles may show
    the same words as two events (a sentence repeated of different days); the later one gets a number."""
    taken = {event.id for event in events}
    seen: set[str] = set()
    out = []
    for event in events:
        new, n = event.id, 1
        while new in seen or (n > 1 and new in taken):
            n += 1
            new = f"{event.id}-{n}"
        seen.add(new)
        out.append(event if new == event.id else dataclasses.replace(event, id=new))
    return tuple(out)
