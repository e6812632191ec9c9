"""What analysis finds in a sentence, and the statements curation works on."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .article import Sentence
from .dates import DateMention
from .people import Mention, NameCandidate
from .pickling import pickled_by_fields


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Quote:
    text: str  # between the quotation marks, verbatim
    start: int  # offset of the text (inside the marks) in the sentence
    end: int
    speaker: str  # verbatim phrase naming who said it, or "" when the sentence does not say


@dataclass(frozen=True, slots=True)
class Specifics:
    """The specifics that tell two alike sentences apart as two facts (``analyse.specifics``)."""

    figures: frozenset[str] = frozenset()  # numbers outside date phrases, separators dropped
    days: tuple[int, int] | None = None  # first and last day of the year (leap numbering), year ignored
    weekday: int | None = None  # 0 = Monday, when the sentence dates its event to one day
    quoted: frozenset[str] = frozenset()  # content words inside its quotations, casefolded
    times: frozenset[int] = frozenset()  # times of day it gives ("at 1:28 a.m."), in minutes after midnight

    def __reduce__(self) -> tuple:
        # Read back from the cache or a worker process, "nothing specific" is NONE again: one
        # object shared by most sentences instead of one each, and contradict's shortcut holds.
        if self == NONE:
            return _nothing, ()
        return Specifics, (self.figures, self.days, self.weekday, self.quoted, self.times)


NONE = Specifics()


def _nothing() -> Specifics:
    return NONE


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Region:
    """A stretch of a sentence, by character offsets."""

    start: int
    end: int


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Frame:
    """The event a sentence reports, as its own words give it (``analyse.events``).

    Only where things stand: who is named in the subject or after "to" is read
    once the corpus's people are known.
    """

    action: str  # the kind of action (analyse/events/data/actions.yml)
    trigger: Region  # the word or phrase stating it
    verbal: bool  # stated by a verb ("signed"), not only named by a noun ("the signing")
    oblique: bool  # only a noun inside a prepositional phrase ("the probe into the collapse"): named in passing
    passive: bool  # "was signed by": subject and agent swap roles
    subject: Region  # the clause before the action word
    object: Region  # the clause after it
    prepositions: tuple[tuple[str, Region], ...]  # ("to", words after "to"), ... within the object
    place: Region | None  # "in Wellington", "at the Beehive": the named place
    others: tuple[str, ...] = ()  # other actions the sentence names, outside its main one


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class SentenceFacts:
    """What one body sentence says on its own."""

    date: DateMention | None
    quotes: tuple[Quote, ...]
    via: str
    specifics: Specifics = NONE  # figures, calendar day, quoted words: what tells alike sentences apart
    frame: Frame | None = None  # the event the sentence reports


@dataclass(frozen=True)
class ArticleFacts:
    """One article's extraction; ``names`` index into ``article.sentences`` (title included)."""

    sentences: tuple[SentenceFacts, ...]  # one per statement sentence
    words: str  # the lower-case words, sorted, one per line: one object instead of hundreds
    names: tuple[NameCandidate, ...]  # sentence indexes local to the article
    lookups: tuple[tuple[str, bool], ...]  # vocabulary answers the candidates depend on


@dataclass(frozen=True, slots=True)
class Citation:
    """One article's sentence backing a statement; ``text`` is verbatim."""

    source: str
    sentence: str
    text: str
    via: str = ""  # whom the sentence itself credits ("KCNA"), verbatim
    date: DateMention | None = None  # the event date this sentence gives, if any


@dataclass(frozen=True, slots=True)
class Statement:
    """A body sentence under curation: where it stands and what analysis found in it."""

    article: int  # position of the article in the corpus
    order: int  # position of the sentence in its article
    source: str
    sentence: Sentence
    date: DateMention | None = None
    quotes: tuple[Quote, ...] = ()  # tuples: an empty one is shared, an empty list is 56 bytes each
    mentions: tuple[Mention, ...] = ()
    via: str = ""
    section: str | None = None
    specifics: Specifics = NONE
    frame: Frame | None = None
    label: bool = False  # a headline or a subheading, not running text
    participants: tuple[tuple[str, str], ...] = ()  # (person or party key, role or "") the sentence names
    context: tuple[tuple[str, str], ...] = ()  # (key, words) of the people of the sentence it continues, when it
    # names none itself and leans on that sentence ("Their talks ...")
    context_from: Sentence | None = None  # the sentence those people are named in
    before: Sentence | None = None  # the sentence before it in its article (same or previous paragraph)
    published: dt.date | None = None  # its article's date, when known

    def citation(self, date: DateMention | None = None) -> Citation:
        """The statement as a citation; ``date`` replaces its own (a date borrowed from a corroborating report)."""
        return Citation(self.source, self.sentence.id, self.sentence.text, self.via, date or self.date)
