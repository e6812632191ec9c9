"""What the reader produces: articles, their blocks and sentences, and the files it could not use."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["title", "heading", "paragraph"]


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
        """Sentences of paragraphs: the article's running text."""
        return [s for b in self.blocks if b.kind == "paragraph" for s in b.sentences]

    @property
    def statement_sentences(self) -> list[Sentence]:
        """Every sentence the briefing places or lists: the headline and subheadings state things too
        (a wire headline is often the plainest statement of the event), so none is left out."""
        return self.sentences


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
