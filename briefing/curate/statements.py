"""Statements: every body sentence with what analysis found in it, and its people folded into tokens."""

from __future__ import annotations

from ..analyse.tokens import Alias, Lexicon
from ..model import Config, Corpus, Mention, Person, SentenceFacts, Statement
from .participants import leans, participants
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

    def per_article(self, statements: list[Statement], articles: int) -> list[frozenset[str]]:
        """Each article's tokens: the union of its statements' (read before any section is handed out)."""
        out: list[set[str]] = [set() for _ in range(articles)]
        for s, tokens in zip(statements, self._sets):
            out[s.article].update(tokens)
        return [frozenset(w) for w in out]

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
        before: tuple[str, ...] = ()  # the people of the last sentence that named any, in this article
        for n, (s, sf) in enumerate(zip(a.statement_sentences, f)):
            found = sorted(mentions.get((a.id, s.id), []), key=lambda m: (m.start, m.end))
            spans = [(m.start, m.end, "@" + m.person) for m in found]
            who = participants(s.text, sf.frame, spans + lexicon.entities(s.text))
            context = before if not who and leans(s.text) else ()
            statements.append(Statement(i, n, a.id, s, sf.date, sf.quotes, tuple(found), sf.via, sf.section,
                                        sf.specifics, sf.frame, a.blocks[s.block].kind != "paragraph", who, context))
            tokens.append(lexicon.tokens(s.text, spans))
            people = tuple(k for k, _ in who if not k.startswith("@entity:"))
            before = people or before
    return statements, TokenSets(tokens)


def story_parties(config: Config, people: list[Person]) -> tuple[dict[str, str], dict[str, str]]:
    """The story's parties as their tokens (see :func:`build_lexicon`) -> the names the curation file gives them;
    and each party -> the side it stands on.

    A person or a body whose own names, roles or descriptions name an entity
    stands on that entity's side: "the Russian president" on Russia's, "the
    Chinese commerce ministry" on China's. Everything else is a side of its own.
    """
    names = {"@entity:" + e.name.casefold(): e.name for e in config.entities}
    by_person = {p.name: p for p in config.people}
    keys = {p.name: "@" + p.key for p in people if p.name in by_person}
    names.update({key: name for name, key in keys.items()})
    lexicon = build_lexicon(config)
    sides = {}
    for e in config.entities:
        own = "@entity:" + e.name.casefold()
        sides[own] = _side(lexicon, own, (e.name, *e.aliases))
    for name, key in keys.items():
        rule = by_person[name]
        sides[key] = _side(lexicon, key, (*rule.roles, *rule.descriptions))
    return names, sides


def _side(lexicon: Lexicon, own: str, texts: tuple[str, ...]) -> str:
    """The first other entity named inside these texts, or the party itself."""
    for text in texts:
        for _, _, key in lexicon.entities(text):
            if key != own:
                return key
    return own
