"""Sections of items: each section's statements clustered into facts, and the same for other reporting."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from ..model import Event, Section, SectionRule, Statement
from .assemble import Setting, make_event
from .cluster import cluster_statements
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

    Token sets weigh by their rarity in the whole corpus (a section alone says
    little), and each section's sets are let go once it is clustered.
    """
    scorer = Scorer(tokens.idf())
    members: dict[str | None, list[int]] = {}
    for i, s in enumerate(statements):
        members.setdefault(OFF_STORY_RULE.id if s.source in off_story else s.section, []).append(i)
    built = []
    for rule in (*rules, OTHER_RULE, OFF_STORY_RULE):
        chosen = members.get(None if rule is OTHER_RULE else rule.id, [])
        built.append(build_section(rule, [statements[i] for i in chosen], tokens.take(chosen), scorer, setting))
        scorer.forget()
    *sections, other, elsewhere = built
    position = {(s.source, s.sentence.id): i for i, s in enumerate(statements)}

    def first(item: Event) -> int:
        return position[(item.citations[0].source, item.citations[0].sentence)]

    return sections, dataclasses.replace(other, items=tuple(sorted(other.items + elsewhere.items, key=first)))


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
