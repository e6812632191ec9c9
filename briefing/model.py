"""The briefing's data model: what the reader produces and the curator consumes.

Everything here is plain, typed and immutable where it can be, so that the
whole model is built first and only then rendered (the Pelican way), and so
that the same input always yields the same model.
"""

from __future__ import annotations

import datetime as dt
import operator
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import TYPE_CHECKING, Literal, TypeVar

if TYPE_CHECKING:
    from .dates import DateMention
    from .names import Person

BlockKind = Literal["title", "heading", "paragraph"]
T = TypeVar("T", bound=type)


def pickled_by_fields(cls: T) -> T:
    """Class decorator: pickle a frozen slots dataclass as a call to its constructor.

    Python restores such objects field by field through ``fields()``, in
    Python code; that was most of the time spent reading the extraction cache
    back, which holds about a hundred of them per article. Apply it above ``@dataclass``.
    """
    names = [f.name for f in fields(cls)]
    assert all(f.init for f in fields(cls)), f"{cls.__name__}: every field must be a constructor argument"
    values = operator.attrgetter(*names)
    if len(names) == 1:
        cls.__reduce__ = lambda self: (cls, (values(self),))  # type: ignore[method-assign]
    else:
        cls.__reduce__ = lambda self: (cls, values(self))  # type: ignore[method-assign]
    return cls


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence, exactly as it stands in the decoded article text.

    ``text == article.text[start:end]`` always holds; ``id`` is a stable,
    HTML-safe anchor that depends on the sentence's own words (not on its
    position), so links survive edits elsewhere in the article.
    """

    id: str
    text: str
    start: int
    end: int
    block: int  # index into Article.blocks


@dataclass(frozen=True, slots=True)
class Block:
    """A title, a subheading or a paragraph, with its sentences in order."""

    kind: BlockKind
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Article:
    id: str  # slug of the file name: [a-z0-9-], unique in the corpus
    file: str  # file name relative to the seeds folder
    title: str
    date: dt.date | None
    date_note: str  # how the date is known, in words ("date line in the file", ...)
    sha256: str  # of the file's bytes
    text: str  # the decoded text the sentence offsets refer to
    blocks: tuple[Block, ...]

    @property
    def sentences(self) -> list[Sentence]:
        return [s for b in self.blocks for s in b.sentences]

    @property
    def body_sentences(self) -> list[Sentence]:
        """Sentences of paragraphs: the statements an article makes."""
        return [s for b in self.blocks if b.kind == "paragraph" for s in b.sentences]


@dataclass(frozen=True)
class Problem:
    """A file that was skipped (rejected) or read with a repair (warning)."""

    file: str
    reason: str


@dataclass
class Corpus:
    articles: list[Article] = field(default_factory=list)
    rejected: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Citation:
    """One article's sentence backing a statement; ``text`` is verbatim."""

    source: str
    sentence: str
    text: str
    via: str = ""  # whom the sentence itself credits ("KCNA"), verbatim
    date: DateMention | None = None  # the event date this sentence gives, if any


@dataclass(frozen=True, slots=True)
class Item:
    """A statement in a section: shown text plus every article that reports it."""

    id: str
    section: str
    text: str  # the representative sentence, whitespace folded for display
    citations: tuple[Citation, ...]
    date: Citation | None = None  # the citation whose date dates the item (most precise)
    independent: int = 1  # sources that are not copies of one another

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(c.source for c in self.citations))

    @property
    def shown(self) -> Citation:
        return next(c for c in self.citations if " ".join(c.text.split()) == self.text)


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    intro: str
    terms: tuple[str, ...]
    items: tuple[Item, ...]


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

    item: str
    kind: str
    versions: tuple[Version, ...]


@dataclass(frozen=True)
class RegisterRow:
    """A row of a gifts or visits table: cells are verbatim slices, "" where unsaid."""

    item: Item
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Register:
    section: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[RegisterRow, ...]


@dataclass(frozen=True)
class TimelineEntry:
    start: dt.date
    end: dt.date
    precision: str
    label: str  # reader-friendly date
    phrase: str  # the article's own words for it
    item: Item | None  # the statement, or None for a dated sentence of other reporting
    citation: Citation  # the sentence the date comes from


@dataclass
class Briefing:
    """The whole curated model, complete before anything is rendered."""

    title: str
    description: str
    as_of: dt.date | None
    corpus: Corpus
    sections: list[Section]
    key_points: list[Item]
    unplaced: list[Citation]
    outlets: dict[str, str] = field(default_factory=dict)  # article id -> outlet
    urls: dict[str, str] = field(default_factory=dict)  # article id -> original URL
    people: list[Person] = field(default_factory=list)
    quotes: list[QuoteRecord] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    registers: list[Register] = field(default_factory=list)
    copies: dict[str, str] = field(default_factory=dict)  # article id -> the article it copies

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
    def placements(self) -> dict[tuple[str, str], Item]:
        """(article id, sentence id) -> the item that cites it."""
        return {(c.source, c.sentence): item for s in self.sections for item in s.items for c in item.citations}
