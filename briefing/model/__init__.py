"""The briefing's data model: every value type, and nothing that computes a stage.

A leaf of the package: it imports nothing from the rest of ``briefing``, so
every stage can depend on it and it depends on none. Everything is plain,
typed and immutable where it can be, so that the whole model is built first
and only then rendered (the Pelican way), and the same input always yields
the same model.
"""

from __future__ import annotations

from .article import Article, Block, BlockKind, Corpus, Dateline, Problem, Sentence, SourceFormat
from .briefing import (
    PARTY_KEY,
    SPEAKER,
    Briefing,
    ContextInsert,
    Discrepancy,
    Event,
    Latest,
    Participant,
    QuoteRecord,
    Register,
    RegisterRow,
    Section,
    TimelineEntry,
    Version,
)
from .config import Column, Config, EntityRule, PersonRule, SectionRule, SourceMeta
from .dates import STORY_SILENCE, DateMention, Interval, Precision, is_resolved
from .people import Mention, NameCandidate, Person, PersonHint, Variant
from .pickling import pickled_by_fields
from .statements import NONE, ArticleFacts, Citation, Frame, Quote, Region, SentenceFacts, Specifics, Statement
from .text import fold

__all__ = [
    "ContextInsert", "Dateline", "Participant", "SourceFormat", "NONE", "Article", "ArticleFacts", "Block",
    "BlockKind", "Briefing", "Citation", "Column", "Config", "Corpus", "DateMention", "Discrepancy", "EntityRule",
    "Frame", "Interval", "Event", "Latest", "Mention", "NameCandidate", "Person", "PersonHint", "PersonRule",
    "Precision", "Problem", "Quote", "QuoteRecord", "Region", "Register", "RegisterRow", "Section", "SectionRule",
    "Sentence", "SentenceFacts", "SourceMeta", "Specifics", "Statement", "TimelineEntry", "Variant", "Version",
    "fold", "is_resolved", "pickled_by_fields", "PARTY_KEY", "SPEAKER", "STORY_SILENCE",
]
