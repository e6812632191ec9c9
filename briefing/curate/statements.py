"""Statements: every body sentence with what analysis found in it, and its people folded into tokens."""

from __future__ import annotations

from ..analyse.tokens import Alias, Lexicon
from ..model import Config, Corpus, Mention, Person, SentenceFacts, Statement
from .similarity import idf_weights

NO_TOKENS: frozenset[str] = frozenset()


class TokenSets:
    """Every statement's token set, handed out a section at a time and let go once handed out.

    They are the largest part of curation's memory (about 700 bytes a
    sentence, a quarter of a GiB at 10,000 articles) and are needed only until
    their section is clustered; the IDF weights are read from all of them first.
    """

    def __init__(self, sets: list[frozenset[str]]) -> None:
        self._sets = sets

    def idf(self) -> dict[str, float]:
        return idf_weights(self._sets)

    def take(self, indexes: list[int]) -> list[frozenset[str]]:
        """The sets of these statements; this holder keeps them no longer."""
        taken = [self._sets[i] for i in indexes]
        for i in indexes:
            self._sets[i] = NO_TOKENS
        return taken


def build_lexicon(config: Config) -> Lexicon:
    """Entity aliases; people are folded from the name finder's mentions instead.

    The key is the casefolded name itself: an ASCII slug would give every
    entity named in another script the same key.
    """
    return Lexicon(Alias(t, "@entity:" + e.name.casefold()) for e in config.entities for t in (e.name, *e.aliases))


def make_statements(corpus: Corpus, facts: list[tuple[SentenceFacts, ...]], lexicon: Lexicon,
                    people: list[Person]) -> tuple[list[Statement], TokenSets]:
    """One Statement per body sentence, with its extracted facts, and its token set beside it.

    The token sets are kept apart from the statements: they are the largest
    part of curation's memory (about 700 bytes a sentence) and are needed only
    until the sentences are clustered.
    """
    mentions: dict[tuple[str, str], list[Mention]] = {}
    for p in people:
        for m in p.mentions:
            mentions.setdefault((m.source, m.sentence), []).append(m)
    statements: list[Statement] = []
    tokens: list[frozenset[str]] = []
    for i, (a, f) in enumerate(zip(corpus.articles, facts)):
        for n, (s, sf) in enumerate(zip(a.statement_sentences, f)):
            found = sorted(mentions.get((a.id, s.id), []), key=lambda m: (m.start, m.end))
            spans = [(m.start, m.end, "@" + m.person) for m in found]
            statements.append(Statement(i, n, a.id, s, sf.date, sf.quotes, tuple(found), sf.via, sf.section,
                                        sf.specifics, sf.frame))
            tokens.append(lexicon.tokens(s.text, spans))
    return statements, TokenSets(tokens)
