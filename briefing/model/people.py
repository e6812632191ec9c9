"""People: the curated hints, the name candidates found per sentence, and the people reconciled from them."""

from __future__ import annotations

from dataclasses import dataclass

from .pickling import pickled_by_fields


@dataclass(frozen=True)
class PersonHint:
    """A curated person, from the ``people:`` list of briefing.yml."""

    name: str  # canonical display name, e.g. "Marisol Quiroga"
    aliases: tuple[str, ...] = ()  # extra spellings to merge
    roles: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()  # phrases that refer to this person
    not_same_as: tuple[str, ...] = ()  # names never to merge with this person


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class NameCandidate:
    """One full-name or surname candidate occurrence in one sentence."""

    sent: int  # index into the sentence list
    start: int
    end: int
    surface: str  # whitespace-normalised text
    single: bool  # surname candidate
    titled: bool  # a title, role or honorific stands before it
    roles: tuple[str, ...]
    locative: bool = False  # right after "in", "from", "to"...: likely a place
    hint: int = -1  # literal match of a curated name or alias
    placed: bool = False  # called a place by its own sentence ("the village of ...", "..., the square")

    def moved(self, offset: int) -> NameCandidate:
        """The same candidate, its sentence index ``offset`` further (dataclasses.replace is about
        five times slower, and a large corpus has hundreds of thousands of candidates)."""
        return NameCandidate(self.sent + offset, self.start, self.end, self.surface, self.single, self.titled,
                             self.roles, self.locative, self.hint, self.placed)


@dataclass(frozen=True, slots=True)
class Mention:
    source: str
    sentence: str
    start: int
    end: int
    text: str  # exact surface text: sentence[start:end]
    person: str  # Person.key
    via: str  # "name" | "alias" | "description" | "surname"


@dataclass(frozen=True)
class Variant:
    text: str
    sources: tuple[str, ...]  # sorted source ids that used this spelling


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    roles: tuple[str, ...]
    variants: tuple[Variant, ...]
    mentions: tuple[Mention, ...]
