"""The curated briefing: sections of events, and what is derived from them, complete before rendering."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from .article import Article, Corpus
from .people import Person
from .statements import Citation
from .text import fold

PARTY_KEY = "@entity:"  # the key prefix of a party of the curation file; a person's key is "@" and their key
SPEAKER = "speaker"  # the role of whoever says the news, when the action gives them no role of its own


@dataclass(frozen=True, slots=True)
class Participant:
    """Someone an event involves: a person or a party of the story, with the role the sentences give them."""

    key: str  # "@person-key" or PARTY_KEY + "name"
    name: str  # as the curation file or the People page names them
    role: str  # "giver", "host", "signatory"... or "" when no sentence says


@dataclass(frozen=True, slots=True)
class ContextInsert:
    """What a shown sentence that leans on the one before it needs to read on its own.

    Either words of the article's own earlier text put in square brackets in
    place of the words they explain ("[Anna Lind] pledged"), or, where no
    such words can be picked safely, the sentence before it, shown beside it.
    """

    source: Citation  # the earlier sentence the words come from, or the sentence shown as context
    replaces: str = ""  # the shown sentence's own leading words that the insertion stands for ("He")
    insert: str = ""  # the referent, from ``source``'s words ("Anna Lind"); "" to show ``source`` whole


@dataclass(frozen=True, slots=True)
class Event:
    """One thing that happened, as every article that reports it has it: its clearest sentence, every
    citation, and the fields the sentences give (when, where, who, what)."""

    id: str
    section: str  # the kind of event: the section it belongs to
    text: str  # the clearest sentence, whitespace folded for display
    citations: tuple[Citation, ...]
    date: Citation | None = None  # the citation whose date dates the event (most precise)
    independent: int = 1  # sources that are not copies of one another
    action: str = ""  # what happened, from the action table ("sign", "visit", "gift"...); "" when unknown
    place: str = ""  # where, in the words of one of its sentences
    participants: tuple[Participant, ...] = ()
    object: str = ""  # what (the gift, the document), in the words of its shown sentence
    background: bool = False  # before the story's span: shown apart, never a key point
    context: ContextInsert | None = None  # for a shown sentence that leans on the one before it

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(c.source for c in self.citations))

    @property
    def shown(self) -> Citation:
        return next(c for c in self.citations if fold(c.text) == self.text)


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    intro: str
    terms: tuple[str, ...]
    items: tuple[Event, ...]


@dataclass(frozen=True)
class QuoteRecord:
    """A quoted passage, verbatim, with who said it where the sentence says so."""

    text: str
    speaker: str  # verbatim phrase, or "" when the sentence does not say
    person: str  # Person.key when the speaker is a known person, else ""
    citation: Citation


@dataclass(frozen=True)
class Version:
    value: str  # the differing part, verbatim from the citation
    citation: Citation


@dataclass(frozen=True)
class Discrepancy:
    """One fact reported with different values: kind is number, date, name or quote."""

    event: str  # the id of the event whose reports differ
    kind: str
    versions: tuple[Version, ...]


@dataclass(frozen=True)
class RegisterRow:
    """A row of a section's table, read off its event's fields: places, objects and amounts are slices of a
    cited sentence, names as the People page gives them, "" where no sentence says."""

    event: Event
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Register:
    section: str
    title: str
    columns: tuple[str, ...]  # the headings
    rows: tuple[RegisterRow, ...]
    fields: tuple[str, ...] = ()  # what each column shows ("when", "giver"...); () reads as a date, then others

    def filled(self, row: RegisterRow) -> bool:
        """Whether the row says anything besides when: a row of dates alone is left off the page."""
        fields = self.fields or ("when",)
        return any(cell for n, cell in enumerate(row.cells) if (fields[n] if n < len(fields) else "") != "when")


@dataclass(frozen=True)
class TimelineEntry:
    start: dt.date
    end: dt.date
    precision: str
    label: str  # reader-friendly date
    phrase: str  # the article's own words for it
    event: Event
    citation: Citation  # the sentence the date comes from


@dataclass(frozen=True)
class Latest:
    """What is new: the events first reported by articles dated in the last days up to the newest one."""

    days: int  # how many days before the newest article's date the window opens (briefing.yml latest_days)
    start: dt.date  # the window's first day; its last is the briefing's as-of date
    events: tuple[Event, ...]  # newest first reported first, then in page order; never background
    older: bool  # some article is dated before the window: without one, nothing is told apart as new (no events)


@dataclass
class Briefing:
    """The whole curated model, complete before anything is rendered."""

    title: str
    description: str
    as_of: dt.date | None
    corpus: Corpus
    sections: list[Section]
    key_points: list[Event]
    unplaced: list[Citation]
    outlets: dict[str, str] = field(default_factory=dict)  # article id -> outlet
    urls: dict[str, str] = field(default_factory=dict)  # article id -> original URL
    people: list[Person] = field(default_factory=list)
    quotes: list[QuoteRecord] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    registers: list[Register] = field(default_factory=list)
    copies: dict[str, str] = field(default_factory=dict)  # article id -> the article it copies
    off_story: dict[str, str] = field(default_factory=dict)  # article id -> why it is about another story
    # (file, problem) of the curation file that does not stop the build: an entry no article uses, a column no
    # event can fill; listed with the files' warnings in briefing.json
    curation_notes: list[tuple[str, str]] = field(default_factory=list)
    first_reported: dict[str, dt.date] = field(default_factory=dict)  # event id -> its earliest citing article's date
    latest: Latest | None = None  # None when no article carries a date
    # section id -> the events the briefing page shows of it, the most important, in the section's order;
    # a section left out shows its first events (briefing.yml events_per_section)
    highlights: dict[str, tuple[Event, ...]] = field(default_factory=dict)

    @cached_property
    def new(self) -> frozenset[str]:
        """The ids of the events marked new: the Latest block's."""
        return frozenset(e.id for e in self.latest.events) if self.latest else frozenset()

    def article(self, source_id: str) -> Article:
        return self.articles_by_id[source_id]

    # The model is final once built, so these lookups are computed once.
    @cached_property
    def articles_by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.corpus.articles}

    @cached_property
    def numbers(self) -> dict[str, int]:
        """Article id -> its citation number, in corpus order."""
        return {a.id: n for n, a in enumerate(self.corpus.articles, 1)}

    @cached_property
    def placements(self) -> dict[tuple[str, str], Event]:
        """(article id, sentence id) -> the item that cites it."""
        return {(c.source, c.sentence): item for s in self.sections for item in s.items for c in item.citations}
