"""Curation: place each statement in a section and merge what several articles report.

Statements stay extractive: an item's text is one source sentence, verbatim
(whitespace folded), and every article whose sentence states the same fact is
cited. What no section claims is kept as *other reporting*, never dropped.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass

from .config import Config, SectionRule
from .match import Alias, Lexicon, candidate_pairs, idf_weights, leans_on_context, similarity, term_pattern
from .model import Article, Briefing, Citation, Corpus, Item, Section, Sentence

# Two sentences state one fact at or above this IDF-weighted overlap; a
# third sentence from an article already in a cluster needs the higher bar.
SAME_FACT = 0.30
SAME_FACT_REPEAT = 0.40
WEAK_SAME_FACT = 0.15  # ... accepted only between mutual best matches
HEADING_BONUS = 0.5  # a sentence sits under a subheading that names the section
FOLLOW_BONUS = 0.25  # the sentence before it, in the same paragraph, went there
PRONOUN = re.compile(r"\b(?:he|she|it|they|him|her|them|his|its|their)\b", re.IGNORECASE)


@dataclass
class Statement:
    """A body sentence under curation, with what matching needs to know."""

    article: int  # position of the article in the corpus
    order: int  # position of the sentence in its article
    source: str
    sentence: Sentence
    tokens: frozenset[str]
    section: str | None = None


def curate(corpus: Corpus, config: Config) -> Briefing:
    corpus = apply_metadata(corpus, config)
    lexicon = build_lexicon(config)
    statements = collect_statements(corpus, lexicon)
    place_statements(statements, corpus, config.sections)
    idf = idf_weights([s.tokens for s in statements])  # corpus-wide: a handful per section says little
    sections = [build_section(rule, [s for s in statements if s.section == rule.id], idf) for rule in config.sections]
    return Briefing(
        title=config.title,
        description=config.description,
        as_of=max((a.date for a in corpus.articles if a.date), default=None),
        corpus=corpus,
        sections=sections,
        key_points=pick_key_points(sections, config.key_points),
        unplaced=[_citation(s) for s in statements if s.section is None],
        outlets={a.id: config.sources[a.file].outlet for a in corpus.articles if a.file in config.sources},
        urls={a.id: config.sources[a.file].url for a in corpus.articles if a.file in config.sources},
    )


def apply_metadata(corpus: Corpus, config: Config) -> Corpus:
    """Fill a missing article date from the curation file, saying so."""
    articles = []
    for a in corpus.articles:
        meta = config.sources.get(a.file)
        if a.date is None and meta and meta.date:
            a = dataclasses.replace(a, date=meta.date, date_note=f"from {config.path} (the file has no date)")
        articles.append(a)
    return dataclasses.replace(corpus, articles=articles)


def build_lexicon(config: Config) -> Lexicon:
    aliases = []
    for e in config.entities:
        key = "@" + _slug(e.name)
        aliases += [Alias(t, key) for t in (e.name, *e.aliases)]
    for p in config.people:
        key = "@" + _slug(p.name)
        aliases += [Alias(t, key) for t in (p.name, *p.aliases, *p.descriptions)]
    return Lexicon(aliases)


def collect_statements(corpus: Corpus, lexicon: Lexicon) -> list[Statement]:
    return [
        Statement(i, n, a.id, s, lexicon.tokens(s.text))
        for i, a in enumerate(corpus.articles)
        for n, s in enumerate(a.body_sentences)
    ]


def place_statements(statements: list[Statement], corpus: Corpus, rules: tuple[SectionRule, ...]) -> None:
    """Give each statement the section whose terms it matches best, or none.

    A sentence must match at least one term of its own; the subheading above
    it and the sentence before it only break ties, so context never places a
    sentence that says nothing about the section.
    """
    patterns = {r.id: [term_pattern(t) for t in r.terms] for r in rules}
    previous: tuple[int, int] | None = None
    previous_section: str | None = None
    for st in statements:
        article = corpus.articles[st.article]
        heading = _heading_above(article, st.sentence.block)
        here = (st.article, st.sentence.block)
        best, best_score = None, 0.0
        for rule in rules:
            hits = sum(1 for p in patterns[rule.id] if p.search(st.sentence.text))
            if not hits:
                continue
            score = hits + (HEADING_BONUS if heading and any(p.search(heading) for p in patterns[rule.id]) else 0.0)
            score += FOLLOW_BONUS if previous == here and previous_section == rule.id else 0.0
            if score > best_score:
                best, best_score = rule.id, score
        st.section = best
        previous, previous_section = here, best


def _heading_above(article: Article, block: int) -> str | None:
    for b in reversed(article.blocks[:block]):
        if b.kind == "heading":
            return " ".join(s.text for s in b.sentences)
    return None


def build_section(rule: SectionRule, statements: list[Statement], idf: dict[str, float]) -> Section:
    clusters = cluster_statements(statements, idf)
    items = [make_item(rule.id, c) for c in clusters]
    return Section(rule.id, rule.title, rule.intro, rule.terms, tuple(items))


def cluster_statements(statements: list[Statement], idf: dict[str, float]) -> list[list[Statement]]:
    """Group statements of one fact, at most one sentence per article at first.

    Pairs are scored from an inverted index (no all-pairs comparison) and
    merged greedily, best first, so the strongest evidence decides.
    """
    tokens = [s.tokens for s in statements]
    groups = [s.source for s in statements]
    scored = [(similarity(tokens[i], tokens[j], idf), i, j) for i, j in candidate_pairs(tokens, groups, idf)]
    best = _best_by_article(scored, groups)
    scored = sorted((x for x in scored if _same_fact(x, best, groups)), key=lambda x: (-x[0], x[1], x[2]))
    owner = list(range(len(statements)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(statements))}
    for score, i, j in scored:
        a, b = owner[i], owner[j]
        if a == b or score < SAME_FACT_REPEAT and _shares_article(members[a], members[b], groups):
            continue
        for k in members[b]:
            owner[k] = a
        members[a] += members.pop(b)
    clusters = [[statements[k] for k in sorted(m)] for m in members.values()]
    return sorted(clusters, key=lambda c: min((s.article, s.order) for s in c))


def _same_fact(pair: tuple[float, int, int], best: dict[tuple[int, str], float], groups: list[str]) -> bool:
    """Strong overlap always counts; weaker overlap only between mutual best matches.

    Two articles rarely word one fact alike, so a modest overlap is accepted
    when each sentence is the other's closest match in the other article;
    that keeps a sentence that merely mentions the same names from joining.
    """
    score, i, j = pair
    if score >= SAME_FACT:
        return True
    if score < WEAK_SAME_FACT:
        return False
    return best.get((i, groups[j])) == score and best.get((j, groups[i])) == score


def _best_by_article(scored: list[tuple[float, int, int]], groups: list[str]) -> dict[tuple[int, str], float]:
    """(statement, other article) -> its best score against that article."""
    best: dict[tuple[int, str], float] = {}
    for score, i, j in scored:
        for x, y in ((i, j), (j, i)):
            if score > best.get((x, groups[y]), -1.0):
                best[(x, groups[y])] = score
    return best


def _shares_article(x: list[int], y: list[int], groups: list[str]) -> bool:
    return bool({groups[k] for k in x} & {groups[k] for k in y})


def make_item(section: str, cluster: list[Statement]) -> Item:
    shown = max(cluster, key=_standalone_score)
    citations = tuple(_citation(s) for s in sorted(cluster, key=lambda s: (s.article, s.order)))
    return Item(
        id=f"{section}-{shown.sentence.id.removeprefix('s-')}",
        section=section,
        text=" ".join(shown.sentence.text.split()),
        citations=citations,
    )


def _standalone_score(st: Statement) -> tuple[int, int, int, int, int]:
    """Prefer the sentence that reads best alone: named, specific, not leaning on the one before."""
    text = st.sentence.text
    named = sum(1 for t in st.tokens if t.startswith("@"))
    numbers = len(re.findall(r"\d", text))
    return (0 if leans_on_context(text) else 1, -len(PRONOUN.findall(text)), named + min(numbers, 2),
            -st.article, -st.order)


def pick_key_points(sections: list[Section], count: int) -> list[Item]:
    """The best-corroborated statements, spread over the sections."""
    ranked = sorted(
        ((len(item.sources), -si, -n, item) for si, s in enumerate(sections) for n, item in enumerate(s.items)),
        key=lambda x: (-x[0], -x[1], -x[2]),
    )
    per_section = max(1, (count + len(sections) - 1) // max(len(sections), 1))
    chosen: list[Item] = []
    taken: dict[str, int] = {}
    for _, _, _, item in ranked:
        if len(chosen) == count:
            break
        if taken.get(item.section, 0) < per_section:
            chosen.append(item)
            taken[item.section] = taken.get(item.section, 0) + 1
    return chosen


def _citation(st: Statement) -> Citation:
    return Citation(st.source, st.sentence.id, st.sentence.text)


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return slug or hashlib.sha1(text.encode()).hexdigest()[:8]
