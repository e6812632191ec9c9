"""The sections ``briefing init`` proposes: the kinds of event the articles report most.

Each sentence's main action (``analyse.events.frames``, as a build reads it)
is counted under the proposed section that gathers its kind (``data/sections.yml``).
A kind reported by enough sentences, in more than one article, becomes a section,
headed by what most of its sentences report ("Talks and visits"). Its terms are
the words the articles themselves use for those actions ("met", "talks",
"visited"), so that a build places its sentences with no further editing; a
word used for two sections' actions goes to the one that uses it most.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .findings import Findings
from .title import headline_words
from .words import section_kinds

MOST = 6  # sections proposed at most
ENOUGH = 2  # sentences a kind needs to be proposed
TERMS = 15  # terms proposed per section at most
SECOND = 0.25  # a second heading joins the title when its actions report this share of the section's sentences


@dataclass(frozen=True)
class SectionProposal:
    id: str
    title: str
    intro: str
    terms: tuple[str, ...]
    register: str | tuple[str, ...]  # "" for none
    sentences: int
    articles: int
    reports: tuple[str, ...]  # what its sentences report, most first ("a meeting or talks")


@dataclass
class Kind:
    """One proposable section, as counted: sentences per action, the words they use, the articles."""

    name: str
    actions: Counter[str] = field(default_factory=Counter)
    words: Counter[str] = field(default_factory=Counter)
    articles: set[str] = field(default_factory=set)

    @property
    def sentences(self) -> int:
        return sum(self.actions.values())


def propose_sections(findings: Findings) -> list[SectionProposal]:
    """The kinds most reported, most first; without any, one section of the headlines' words."""
    kinds = _count(findings)
    several = len(findings.counted) > 1
    chosen = [k for k in kinds.values() if k.sentences >= ENOUGH and (len(k.articles) > 1 or not several)]
    chosen = sorted(chosen or _best(kinds), key=lambda k: (-k.sentences, k.name))[:MOST]
    if not chosen:
        return [_story_section(findings)]
    owner = _word_owners(chosen)
    out: list[SectionProposal] = []
    for k in chosen:
        out.append(_proposal(k, [w for w, _ in k.words.most_common() if owner[w] == k.name][:TERMS],
                             {p.id for p in out}))
    return out


def _count(findings: Findings) -> dict[str, Kind]:
    group = {action: name for name, spec in section_kinds().items() for action in spec["actions"]}
    kinds: dict[str, Kind] = {}
    for a, s, frame in findings.frames():
        if frame is None or frame.oblique or frame.action not in group:
            continue  # no action, an action named in passing, or an act of saying
        kind = kinds.setdefault(group[frame.action], Kind(group[frame.action]))
        kind.actions[frame.action] += 1
        kind.words[" ".join(s.text[frame.trigger.start:frame.trigger.end].lower().split())] += 1
        kind.articles.add(a.id)
    return kinds


def _best(kinds: dict[str, Kind]) -> list[Kind]:
    """The most reported kind alone, when none is reported enough: a section, however thin, beats none."""
    return sorted(kinds.values(), key=lambda k: (-k.sentences, k.name))[:1]


def _word_owners(kinds: list[Kind]) -> dict[str, str]:
    """Each word the kinds use -> the kind that uses it most (the earlier, more reported kind on a tie)."""
    owner: dict[str, tuple[int, str]] = {}
    for k in kinds:
        for word, n in k.words.items():
            if word not in owner or n > owner[word][0]:
                owner[word] = (n, k.name)
    return {w: name for w, (_, name) in owner.items()}


def _proposal(k: Kind, terms: list[str], taken: set[str]) -> SectionProposal:
    spec = section_kinds()[k.name]
    ranked = [a for a, _ in sorted(k.actions.items(), key=lambda kv: (-kv[1], kv[0]))]
    headings: list[str] = []
    for action in ranked:
        heading = spec["actions"][action]["heading"]
        share = sum(n for a, n in k.actions.items() if spec["actions"][a]["heading"] == heading) / k.sentences
        if heading not in headings and (not headings or share >= SECOND) and len(headings) < 2:
            headings.append(heading)
    reports = tuple(dict.fromkeys(spec["actions"][a]["reports"] for a in ranked))
    register = spec.get("register") or ""
    title = " and ".join([headings[0], *(h[:1].lower() + h[1:] for h in headings[1:])])
    return SectionProposal(_unique(_slug(headings[0]), taken), title, spec["intro"],
                           tuple(terms), tuple(register) if isinstance(register, list) else register,
                           k.sentences, len(k.articles), reports)


def _story_section(findings: Findings) -> SectionProposal:
    """No sentence reports an action of the table: one section of the words the headlines use most."""
    words = headline_words(findings, TERMS) or ["the"]
    return SectionProposal("story", "The story", "What the articles report.", tuple(words), "", 0,
                           len(findings.counted), ())


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "section"


def _unique(slug: str, taken: set[str]) -> str:
    n, out = 1, slug
    while out in taken:
        n += 1
        out = f"{slug}-{n}"
    return out
