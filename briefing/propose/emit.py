"""The proposal as a curation file: YAML a person edits, each proposal with a comment saying where it comes from.

Written by hand rather than by a YAML library, for the comments; every text
is a plain scalar where YAML would read it back as the same text, else a
double-quoted one (JSON's quoting, which YAML reads). The result is parsed
and checked like any curation file before it is written (``propose.init``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .entities import EntityProposal
from .people import PersonProposal
from .sections import SectionProposal
from .title import Title

PLAIN = re.compile(r"[A-Za-z][\w’'\-]*(?: [\w’'\-]+)*")
# Plain words YAML 1.1 reads as something other than text.
NOT_TEXT = frozenset("y yes n no true false on off null".split())


@dataclass(frozen=True)
class Proposal:
    title: Title
    description: str
    span: str  # the articles' dates, in words
    sections: list[SectionProposal]
    entities: list[EntityProposal]
    people: list[PersonProposal]
    articles: int  # counted: near-copies of another article count once
    copies: int = 0  # articles left out of the counts as near-copies


def scalar(text: str) -> str:
    """A text as a YAML scalar that reads back as the same text."""
    if PLAIN.fullmatch(text) and text.lower() not in NOT_TEXT:
        return text
    return json.dumps(text, ensure_ascii=False)


def flow(texts: Iterable[str]) -> str:
    return "[" + ", ".join(scalar(t) for t in texts) + "]"


def curation_text(p: Proposal, folder: str) -> str:
    copies = f" ({p.copies:,} more are near-copies and count once)" if p.copies else ""
    lines = [
        f"# The curation file of this briefing, proposed by `briefing init` from the {_n(p.articles, 'article')} "
        f"in {folder}{copies}.",
        "# Every key is explained in the README (\"The curation file\"). Check the proposals marked \"unsure\",",
        "# give each section the words of its own story, then build.",
        "",
        "# A proposal, from the names and words most headlines use: write the story's own.",
        f"# (Headlines using each: {_counts(p.title.counts)}.)",
        f"title: {scalar(p.title.text)}",
        f"# {p.span}",
        f"description: {scalar(p.description)}",
        "key_points: 5",
        "latest_days: 3  # the Latest block: events first reported in the days up to the newest article",
        "events_per_section: 8  # on the briefing page, the most important; each section's page lists them all",
        "",
        "# Sections proposed from the kinds of event the articles report, most reported first. Their terms are the",
        "# words the articles use for those events: add the story's own (what is signed, given, imposed, where).",
        "sections:",
    ]
    for s in p.sections:
        lines += _section(s)
    if p.entities:
        lines += ["", "# The places and bodies named in the most articles, with their other names as aliases.",
                  "entities:"]
        for e in p.entities:
            lines += [f"  - name: {scalar(e.name)}  # {_said(e.mentions, e.articles, e.unsure)}"]
            lines += [f"    aliases: {flow(e.aliases)}"] if e.aliases else []
    if p.people:
        lines += ["", "# The people named in the most articles, with the other spellings merged for them as aliases.",
                  "people:"]
        for person in p.people:
            lines += _person(person)
    return "\n".join(lines) + "\n"


def _section(s: SectionProposal) -> list[str]:
    why = (f"{_n(s.sentences, 'sentence')} in {_n(s.articles, 'article')} report {_or(s.reports)}" if s.sentences
           else "no sentence reports an action the briefing knows: the words the headlines use most")
    lines = [f"  # {why}.", f"  - id: {s.id}", f"    title: {scalar(s.title)}", f"    intro: {scalar(s.intro)}",
             f"    terms: {flow(s.terms)}"]
    if isinstance(s.register, tuple):
        lines.append(f"    register: {flow(s.register)}  # a table of its events: remove it if it shows little")
    elif s.register:
        lines.append(f"    register: {s.register}  # a table of its events: remove it if it shows little")
    return lines


def _person(p: PersonProposal) -> list[str]:
    lines = [f"  - name: {scalar(p.name)}  # {_said(p.mentions, p.articles, p.unsure)}"]
    lines += [f"    aliases: {flow(p.aliases)}"] if p.aliases else []
    lines += [f"    roles: {flow(p.roles)}"] if p.roles else []
    return lines


def _said(mentions: int, articles: int, unsure: tuple[str, ...]) -> str:
    said = f"{_n(mentions, 'mention')} in {_n(articles, 'article')}"
    return f"unsure: {'; '.join(unsure)} ({said})" if unsure else said


def _counts(counts: tuple[tuple[str, int], ...]) -> str:
    return ", ".join(f"{shown} {n}" for shown, n in counts) or "none found"


def _or(items: tuple[str, ...]) -> str:
    """"a", "a or b", "a, b, or c": at most three."""
    items = items[:3]
    return " or ".join(items) if len(items) < 3 else f"{items[0]}, {items[1]}, or {items[2]}"


def _n(n: int, thing: str) -> str:
    return f"{n:,} {thing}{'s' if n != 1 else ''}"
