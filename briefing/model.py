"""The briefing's data model: what the reader produces and the curator consumes.

Everything here is plain, typed and immutable where it can be, so that the
whole model is built first and only then rendered (the Pelican way), and so
that the same input always yields the same model.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["title", "heading", "paragraph"]


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Citation:
    """One article's sentence backing a statement; ``text`` is verbatim."""

    source: str
    sentence: str
    text: str


@dataclass(frozen=True)
class Item:
    """A statement in a section: shown text plus every article that reports it."""

    id: str
    section: str
    text: str  # the representative sentence, whitespace folded for display
    citations: tuple[Citation, ...]

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(c.source for c in self.citations))


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    intro: str
    terms: tuple[str, ...]
    items: tuple[Item, ...]


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

    def article(self, source_id: str) -> Article:
        return self._by_id()[source_id]

    def _by_id(self) -> dict[str, Article]:
        cache = self.__dict__.get("_articles")
        if cache is None:
            cache = self.__dict__["_articles"] = {a.id: a for a in self.corpus.articles}
        return cache

    def placements(self) -> dict[tuple[str, str], Item]:
        """(article id, sentence id) -> the item that cites it."""
        return {(c.source, c.sentence): item for s in self.sections for item in s.items for c in item.citations}
