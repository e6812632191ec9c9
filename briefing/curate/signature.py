"""A sentence's signature: who it names, its specifics, its action, roles and place, which two reports of one
fact must not contradict."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..analyse.events.frames import place_regions
from ..analyse.events.lexicon import Lexicon, lexicon, opposed_roles
from ..analyse.specifics import contradict
from ..model import NONE, PARTY_KEY, SPEAKER, Specifics, Statement, is_resolved


@dataclass(frozen=True, slots=True)
class Signature:
    """Who a sentence names and its specifics: what two sentences of one fact must not contradict."""

    people: frozenset[str]
    specifics: Specifics
    family: str = ""  # the family of the action it reports ("" when none is known, or only named in passing)
    roles: frozenset[tuple[str, str]] = frozenset()  # (person or party, role) where the sentence gives the role
    place: str = ""  # where its event happened, when the sentence names it by a bare name ("in Brussels")
    places: frozenset[str] = frozenset()  # every place it names, in lower case
    action: str = ""  # the kind of action it reports, when it has a family ("visit" and "meet" share one)

    @property
    def free(self) -> bool:
        """Naming no one, giving nothing specific and stating no known action, the sentence agrees with any other."""
        return not self.people and self.specifics is NONE and not self.family

    def agrees(self, other: Signature) -> bool:
        if self is other:  # signatures are shared per value (see signatures), and a value agrees with itself
            return True
        if self.family and other.family and self.family != other.family:
            return False  # "agreed to pay" and "approved the settlement" are two events, however alike
        if self.family == other.family and _roles_differ(self.roles, other.roles):
            return False  # "Kim invited Putin" is not "Putin invited Kim"
        if self.place and other.place and self.place not in other.places and other.place not in self.places:
            return False  # talks in Brussels are not talks in Beijing
        return _people_agree(self.people, other.people) and not contradict(self.specifics, other.specifics)


def signatures(statements: list[Statement]) -> list[Signature]:
    """Each statement's signature, one object per distinct value: most share a few (no one named, nothing specific)."""
    seen: dict[Signature, Signature] = {}
    table = lexicon()
    return [seen.setdefault(sign, sign)
            for sign in (Signature(_main_people(s) | _context_people(s), s.specifics,
                                   action_family(s, table), frozenset(p for p in s.participants if p[1]), *_places(s),
                                   _action(s, table))
                         for s in statements)]


def _places(s: Statement) -> tuple[str, frozenset[str]]:
    """Where the sentence's event happened ("in Brussels", "the streets of Arnby"; not "to Brussels"), when a
    bare name that is not one of the story's parties (a country can hold the city another report names), and
    all the places it names."""
    if s.frame is None or s.frame.place is None:
        return "", frozenset()
    text = s.sentence.text
    places = frozenset(text[r.start:r.end].removeprefix("the ").lower() for r in place_regions(text))
    main = text[s.frame.place.start:s.frame.place.end]
    at = text[:s.frame.place.start].rstrip().rsplit(" ", 1)[-1].lower()
    party = any(role == "place" for _, role in s.participants)
    bare = at in ("in", "at", "of") and not main.startswith("the ") and not party
    return (main.lower() if bare else ""), places


def _main_people(s: Statement) -> frozenset[str]:
    """The people a sentence names outside a relative clause: "the talks took place in a friendly atmosphere,
    which reflected the course set by Putin" is not about Putin."""
    relative = RELATIVE_CLAUSE.search(s.sentence.text)
    cut = relative.start() if relative else len(s.sentence.text)
    # whoever tells of a dated event ("Kremlin aide Yuri Ushakov says the talks ran two hours") is not in it; a
    # remark with no event or day of its own, or a quotation, is told apart by who made it
    told = s.frame is not None and not s.frame.oblique and not s.quotes and is_resolved(s.date)
    speakers = {key[1:] for key, role in s.participants
                if told and role == SPEAKER and not key.startswith(PARTY_KEY)}
    return frozenset(m.person for m in s.mentions if m.start < cut and m.person not in speakers)


RELATIVE_CLAUSE = re.compile(r",\s*(?:which|whose)\b")


def _context_people(s: Statement) -> frozenset[str]:
    """The people a sentence that names no one continues with, when they are two or more: "their talks" after
    a sentence naming two leaders are those leaders' talks; one name before "the talks" says less."""
    people = frozenset(key[1:] for key, _ in s.context)
    return people if len(people) >= 2 else frozenset()


def _roles_differ(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> bool:
    """Someone holds one role in one sentence and its opposite in the other (giver and receiver)."""
    mine = dict(a)
    opposed = opposed_roles()
    return any(key in mine and frozenset((mine[key], role)) in opposed for key, role in b)


def _action(s: Statement, table: Lexicon) -> str:
    return s.frame.action if action_family(s, table) else ""  # type: ignore[union-attr]


def action_family(s: Statement, table: Lexicon) -> str:
    """The family of the action the sentence reports, or "" (none known, only named in passing, a headline)."""
    if s.frame is None or s.frame.oblique or s.label:
        return ""
    return table.actions[s.frame.action].family


def _people_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sentences that each name someone the other does not are about different encounters.

    "A gave B a dog" and "C received a dog from A" share their rare words but
    not their people; one sentence naming a subset of the other's people (or
    nobody) can still state the same fact.
    """
    return not a or not b or a <= b or b <= a
