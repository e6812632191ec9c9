"""Statements: every body sentence with what analysis found in it, and its people folded into tokens."""

from __future__ import annotations

import dataclasses
import re

from ..analyse.placing import common_terms, in_passing, place_sentences
from ..analyse.tokens import Alias, Lexicon, without_asides
from ..analyse.tokens import points_back as leans
from ..model import PARTY_KEY, Config, Corpus, Mention, Person, SectionRule, Sentence, SentenceFacts, Statement
from .participants import acted, participants
from .similarity import idf_weights

NO_TOKENS: frozenset[str] = frozenset()


class TokenSets:
    """Every statement's token set, handed out for clustering and let go once handed out.

    They are the largest part of curation's memory (about 700 bytes a
    sentence, a quarter of a GiB at 10,000 articles) and are needed only until
    their events are made; the IDF weights are read from all of them first.
    """

    def __init__(self, sets: list[frozenset[str]], asides: dict[int, set[str]] | None = None) -> None:
        self._sets = sets
        self._asides = asides or {}  # article -> the tokens only its sentences' asides hold
        self._idf: dict[str, float] | None = None

    def idf(self) -> dict[str, float]:
        """The weights of the whole corpus, read once (before any set is handed out) and kept."""
        if self._idf is None:
            self._idf = idf_weights(self._sets)
        return self._idf

    def per_article(self, statements: list[Statement], articles: int) -> list[frozenset[str]]:
        """Each article's tokens: the union of its statements', asides included (read before any section is
        handed out): what an article is about is all it says."""
        out: list[set[str]] = [set() for _ in range(articles)]
        for s, tokens in zip(statements, self._sets):
            out[s.article].update(tokens)
        for article, extra in self._asides.items():
            out[article].update(extra)
        return [frozenset(w) for w in out]

    @property
    def sets(self) -> list[frozenset[str]]:
        """Every statement's set, none handed out yet (read only)."""
        return self._sets

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
    return Lexicon(Alias(t, PARTY_KEY + e.name.casefold()) for e in config.entities for t in (e.name, *e.aliases))


def placing_rules(config: Config) -> tuple[SectionRule, ...]:
    """The sections as placing reads them: a term that is one of an entity's names ("NTSB", "WTO") matches
    its other names too ("National Transportation Safety Board", "World Trade Organization"), as the
    curation file says they are one."""
    names: dict[str, tuple[str, ...]] = {}
    for e in config.entities:
        every = (e.name, *e.aliases)
        for n in every:
            names.setdefault(n.casefold(), every)
    out = []
    for r in config.sections:
        extra = [n for t in r.terms for n in names.get(t.casefold(), ()) if n.casefold() != t.casefold()]
        terms = tuple(dict.fromkeys((*r.terms, *extra)))
        out.append(r if terms == r.terms else dataclasses.replace(r, terms=terms))
    return tuple(out)


def make_statements(corpus: Corpus, facts: list[tuple[SentenceFacts, ...]], lexicon: Lexicon,
                    people: list[Person], rules: tuple[SectionRule, ...]) -> tuple[list[Statement], TokenSets]:
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
    common = common_terms(([s.text for s in a.statement_sentences] for a in corpus.articles), rules)
    asides: dict[int, set[str]] = {}
    for i, (a, f) in enumerate(zip(corpus.articles, facts)):
        sentences = a.statement_sentences
        spans = [[(m.start, m.end, "@" + m.person) for m in _mentions(mentions, a.id, s.id)] for s in sentences]
        entities = [lexicon.entities(s.text) for s in sentences]
        acted_on = [acted(s.text, sf.frame, sp + en) for s, sf, sp, en in zip(sentences, f, spans, entities)]
        parties = [bool(sp) or _names_party(s.text, en) for s, sp, en in zip(sentences, spans, entities)]
        sections = place_sentences(a, rules, [sf.frame for sf in f], acted_on, parties, common)
        named: tuple[tuple[str, str], ...] = ()  # (key, words) of the people of the last sentence naming any
        named_in: Sentence | None = None
        previous: Sentence | None = None
        for n, (s, sf) in enumerate(zip(sentences, f)):
            found = _mentions(mentions, a.id, s.id)
            who = participants(s.text, sf.frame, spans[n] + entities[n])
            leaning = not found and leans(s.text)
            before = previous if previous is not None and s.block - previous.block <= 1 else None
            frame = sf.frame if sf.frame is None or acted_on[n] else in_passing(sf.frame)
            statements.append(Statement(
                i, n, a.id, s, sf.date, sf.quotes, tuple(found), sf.via, sections[n], sf.specifics, frame,
                a.blocks[s.block].kind != "paragraph", who, named if leaning else (), named_in if leaning else None,
                before, a.date))
            # what two reports of one event share is their news, not the background their asides add
            main = without_asides(s.text)
            tokens.append(lexicon.tokens(main, [sp for sp in spans[n] if main[sp[0]] != " "]))
            if main != s.text:
                asides.setdefault(i, set()).update(lexicon.tokens(s.text, spans[n]))
            if found:
                named = tuple(dict.fromkeys(("@" + m.person, m.text) for m in found))
                named_in = s
            previous = s
    return statements, TokenSets(tokens, asides)


def _names_party(text: str, entities: list[tuple[int, int, str]]) -> bool:
    """The sentence names one of the story's entities other than as a place ("lawmakers in Ostrel")."""
    return any(LOCATIVE.search(text, 0, start) is None for start, _, _ in entities)


LOCATIVE = re.compile(r"\b(?:in|at|near|outside|from)\s+(?:the\s+)?$", re.IGNORECASE)


def _mentions(mentions: dict[tuple[str, str], list[Mention]], article: str, sentence: str) -> list[Mention]:
    return sorted(mentions.get((article, sentence), []), key=lambda m: (m.start, m.end))


def story_parties(config: Config, people: list[Person]) -> tuple[dict[str, str], dict[str, str]]:
    """The story's parties as their tokens (see :func:`build_lexicon`) -> the names the curation file gives them;
    and each party -> the side it stands on.

    A person or a body whose own names, roles or descriptions name an entity
    stands on that entity's side: "the Chilean minister" on Chile's, "the
    Chinese commerce ministry" on China's. Everything else is a side of its own.
    """
    names = {PARTY_KEY + e.name.casefold(): e.name for e in config.entities}
    by_person = {p.name: p for p in config.people}
    keys = {p.name: "@" + p.key for p in people if p.name in by_person}
    names.update({key: name for name, key in keys.items()})
    lexicon = build_lexicon(config)
    sides = {}
    for e in config.entities:
        own = PARTY_KEY + e.name.casefold()
        sides[own] = _side(lexicon, own, (e.name, *e.aliases))
    for name, key in keys.items():
        rule = by_person[name]
        sides[key] = _side(lexicon, key, (*rule.roles, *rule.descriptions))
    return names, sides


def _side(lexicon: Lexicon, own: str, texts: tuple[str, ...]) -> str:
    """The first other entity named inside these texts, or the party itself. A name of the party's own may
    hold another's inside it ("Chinese Commerce Ministry", one of MOFCOM's names, holds "Chinese"; "Suez Canal
    Authority" holds "Suez Canal"): its shorter runs of words are read too, longest first."""
    for text in (*texts, *(run for t in texts for run in _inner_runs(t.split()))):
        for _, _, key in lexicon.entities(text):
            if key != own:
                return key
    return own


def _inner_runs(words: list[str]) -> list[str]:
    """The runs of consecutive words shorter than the whole, longest first, left to right."""
    return [" ".join(words[i:i + n]) for n in range(len(words) - 1, 0, -1) for i in range(len(words) - n + 1)]


def display_names(config: Config, people: list[Person]) -> dict[str, str]:
    """Every person or party key -> the name the pages give it (the People page's, the curation file's)."""
    names = {"@" + p.key: p.name for p in people}
    names.update({PARTY_KEY + e.name.casefold(): e.name for e in config.entities})
    return names
