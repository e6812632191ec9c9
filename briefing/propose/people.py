"""The people ``briefing init`` proposes: the ones the articles name most, with the spellings merged for them.

The people are the build's own (``curate.people``, with nothing curated):
each found person, named in the most articles first, with the other spellings
the reconciliation merged as aliases and the roles the articles give them.
A proposal is *unsure* when it rests on little (one article, two mentions)
or when its name mostly stands where places stand ("in", "from", "to").
"""

from __future__ import annotations

from dataclasses import dataclass

from ..analyse.names.things import is_locative
from ..model import Person
from .findings import Findings
from .words import place_words

MOST = 12  # people proposed at most
ROLES = 2  # roles proposed per person at most
FEW = 3  # fewer mentions than this make a proposal unsure


@dataclass(frozen=True)
class PersonProposal:
    name: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    mentions: int
    articles: int
    unsure: tuple[str, ...]  # why the proposal may be wrong, in words; () when it is not in doubt


def propose_people(findings: Findings) -> list[PersonProposal]:
    """The people named more than once, in the most articles first, at most ``MOST``."""
    texts = {(a.id, s.id): s.text for a in findings.corpus.articles for s in a.sentences}
    ranked = sorted((p for p in findings.people if len(p.mentions) > 1),
                    key=lambda p: (-len({m.source for m in p.mentions}), -len(p.mentions), p.name))
    return [_proposal(p, texts) for p in ranked[:MOST]]


def _proposal(p: Person, texts: dict[tuple[str, str], str]) -> PersonProposal:
    articles = len({m.source for m in p.mentions})
    aliases = tuple(v.text for v in sorted(p.variants, key=lambda v: (-len(v.sources), v.text)) if v.text != p.name)
    unsure = []
    if articles == 1:
        unsure.append("named in one article only")
    if len(p.mentions) < FEW:
        unsure.append(f"{len(p.mentions)} mentions")
    if _placelike(p, texts):
        unsure.append("possibly a place: move it to not_people if so")
    return PersonProposal(p.name, aliases, p.roles[:ROLES], len(p.mentions), articles, tuple(unsure))


def _placelike(p: Person, texts: dict[tuple[str, str], str]) -> bool:
    """Most of its full-name mentions stand where places stand, or its name is made of place words."""
    if all(w.lower() in place_words() for w in p.name.replace("-", " ").split()):
        return True
    named = [m for m in p.mentions if m.via in ("name", "alias")]
    where = sum(1 for m in named if is_locative(texts[(m.source, m.sentence)], m.start, m.end))
    return bool(named) and 2 * where >= len(named)
