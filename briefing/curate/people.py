"""The people of the corpus: curated hints joined with the names found in every article."""

from __future__ import annotations

from ..analyse.names import NameFinder, find_people
from ..model import ArticleFacts, Config, Corpus, NameCandidate, Person, PersonHint


def corpus_people(corpus: Corpus, facts: list[ArticleFacts], config: Config) -> list[Person]:
    """Everyone the articles name, reconciled across spellings, curated names first."""
    return find_people(sentence_triples(corpus), person_hints(config), name_candidates(corpus, facts))


def name_finder(config: Config) -> NameFinder:
    """Finds the curated people's spellings; the entities' names and ``not_people`` are never a person's."""
    things = [n for e in config.entities for n in (e.name, *e.aliases)]
    return NameFinder.for_hints(person_hints(config), [*things, *config.not_people])


def name_candidates(corpus: Corpus, facts: list[ArticleFacts]) -> list[NameCandidate]:
    """The articles' name candidates, their sentence indexes made corpus-wide (as in sentence_triples)."""
    out = []
    offset = 0
    for a, f in zip(corpus.articles, facts):
        out += [c.moved(offset) for c in f.names]
        offset += len(a.statement_sentences)
    return out


def person_hints(config: Config) -> list[PersonHint]:
    return [PersonHint(p.name, p.aliases, p.roles, p.descriptions, p.not_same_as) for p in config.people]


def sentence_triples(corpus: Corpus) -> list[tuple[str, str, str]]:
    return [(a.id, s.id, s.text) for a in corpus.articles for s in a.statement_sentences]
