"""The curation file's content, once validated (``briefing.config`` reads and checks it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Column:
    """A column of a section's table: the event field it shows, and its heading."""

    field: str  # "when", "who", "where", "what", "amount", or a role the events carry ("giver", "host")
    heading: str


@dataclass(frozen=True)
class SectionRule:
    id: str
    title: str
    terms: tuple[str, ...]  # words/phrases; "word*" matches a prefix, "..." a short gap
    intro: str = ""
    # Also show the section as a table: its columns, or the name of a ready-made table ("gifts", "visits").
    register: str | tuple[Column, ...] = ""


@dataclass(frozen=True)
class EntityRule:
    """Names that mean one thing when statements are compared across articles."""

    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonRule:
    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()
    not_same_as: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceMeta:
    outlet: str = ""
    url: str = ""
    date: dt.date | None = None
    date_note: str = ""  # how the date is known, shown beside it


@dataclass(frozen=True)
class Config:
    title: str
    sections: tuple[SectionRule, ...]
    description: str = ""
    key_points: int = 5
    latest_days: int = 3  # the Latest block: events first reported this many days before the newest article
    events_per_section: int = 8  # shown on the briefing page; each section's own page lists every event
    entities: tuple[EntityRule, ...] = ()
    people: tuple[PersonRule, ...] = ()
    not_people: tuple[str, ...] = ()  # names never taken for a person
    sources: dict[str, SourceMeta] = field(default_factory=dict)
    path: str = "briefing.yml"
    warnings: tuple[str, ...] = ()  # problems that do not stop the build (an unknown key, ...)
