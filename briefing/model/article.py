"""What the reader produces: articles, their blocks and sentences, and the files it could not use."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["title", "heading", "paragraph", "byline"]
SourceFormat = Literal["text", "markdown", "html", "email"]


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


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place, outlet and date a news report opens with ("BALTIMORE (AP) —"): metadata, not a sentence.

    ``text`` is ``article.text[start:end]``, dash and all; ``place``, ``outlet``
    and ``date`` are its parts as written ("" when absent).
    """

    text: str
    start: int
    end: int
    place: str
    outlet: str = ""
    date: str = ""


@dataclass(frozen=True)
class Article:
    id: str  # slug of the file's path in the seeds folder: [a-z0-9-], unique in the corpus
    file: str  # path relative to the seeds folder, folders included, with "/" between them
    title: str
    date: dt.date | None
    date_note: str  # how the date is known, in words ("date line in the file", ...)
    sha256: str  # of the file's bytes
    text: str  # the decoded (for pages and Markdown: extracted) text the sentence offsets refer to
    blocks: tuple[Block, ...]  # a title block first, unless the title is taken from the lead
    format: SourceFormat = "text"
    title_from_lead: bool = False  # no headline: ``title`` is the first sentence, which stays in the body
    dateline: Dateline | None = None
    outlet: str = ""  # as the file itself says (a page's site name, front matter); "" when it does not
    url: str = ""  # where it was published, as the file says: an http(s) address or ""
    shown: tuple[str, ...] = ()  # per sentence, the file's own wording where it differs (Markdown markup)

    @property
    def sentences(self) -> list[Sentence]:
        return [s for b in self.blocks for s in b.sentences]

    @property
    def body_blocks(self) -> tuple[Block, ...]:
        """Every block but the title: what the article page shows under its heading."""
        return self.blocks[1:] if self.blocks and self.blocks[0].kind == "title" else self.blocks

    @property
    def body_sentences(self) -> list[Sentence]:
        """Sentences of paragraphs: the article's running text."""
        return [s for b in self.blocks if b.kind == "paragraph" for s in b.sentences]

    @property
    def statement_sentences(self) -> list[Sentence]:
        """Every sentence the briefing places or lists: the headline and subheadings state things too
        (a wire headline is often the plainest statement of the event), so none is left out; a byline above
        the lead ("By Irina Voicu", "Published: November 28, 2024 at 6:47 p.m.") says who wrote the report and
        when, as a dateline does, and states nothing."""
        return [s for b in self.blocks if b.kind != "byline" for s in b.sentences]


@dataclass(frozen=True)
class Problem:
    """A file that was skipped (rejected) or read with a repair (warning).

    ``quiet`` marks a deliberate skip (a hidden file, a README, the folder of
    files a saved page keeps beside it): listed like any skipped file, but no
    warning, so ``--strict`` does not fail on it.
    """

    file: str
    reason: str
    quiet: bool = False


@dataclass
class Corpus:
    articles: list[Article] = field(default_factory=list)
    rejected: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
