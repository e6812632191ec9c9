"""Per-article extraction: the map stage of curation.

Everything here looks at one article at a time (its dates, quotes,
attributions, section placement, name candidates, shingles), so it can be
cached by the article's content hash and spread over processes. What needs
the whole corpus (people, duplicates, clusters) comes after, in ``curate``.

The one corpus-wide input is the name finder's vocabulary (is "concluding"
written in lower case anywhere?). It is the union of the articles' words, so
it is known before extraction starts. The lookups an article's candidates
made are kept with them: a cached result is reused while the corpus still
answers them the same way, and extracted again otherwise.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import os
import re
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import cast

from .cache import FactsCache
from .config import SectionRule
from .dates import DateMention, best_date, find_dates
from .dedupe import packed_shingles
from .match import distinct_hits, terms_pattern
from .model import Article, pickled_by_fields
from .names import NameFinder, Vocabulary, article_words
from .quotes import Quote, find_attribution, find_quotes
from .specifics import NONE, Specifics, read_specifics

HEADING_BONUS = 0.5  # a sentence sits under a subheading that names the section
FOLLOW_BONUS = 0.25  # the sentence before it, in the same paragraph, went there
POOL_MIN = 200  # fewer uncached articles than this are not worth starting processes for


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class SentenceFacts:
    """What one body sentence says on its own."""

    date: DateMention | None
    quotes: tuple[Quote, ...]
    via: str
    section: str | None
    specifics: Specifics = NONE  # figures, calendar day, quoted words: what tells alike sentences apart


@dataclass(frozen=True)
class ArticleFacts:
    """One article's extraction; ``names`` index into ``article.sentences`` (title included)."""

    sentences: tuple[SentenceFacts, ...]  # one per body sentence
    shingles: bytes  # dedupe.packed_shingles of the body
    words: str  # the lower-case words, sorted, one per line: one object instead of hundreds
    names: tuple  # names._Cand, sentence indexes local to the article
    lookups: tuple[tuple[str, bool], ...]  # vocabulary answers the candidates depend on


@dataclass(frozen=True)
class Extractor:
    """The settings extraction needs (picklable, for worker processes)."""

    rules: tuple[SectionRule, ...]
    names: NameFinder
    vocabulary: frozenset[str] = frozenset()  # the corpus's lower-case words

    def __call__(self, article: Article, words: str) -> ArticleFacts:
        return extract_article(article, self, words)

    @property
    def settings(self) -> tuple[tuple[SectionRule, ...], NameFinder]:
        """What a cached result depends on besides the article (the vocabulary is checked apart)."""
        return self.rules, self.names


def extract_article(a: Article, ex: Extractor, words: str) -> ArticleFacts:
    """One article's facts; ``words`` is its :func:`lower_case_words`, already needed for the vocabulary."""
    body = a.body_sentences
    sections = place_sentences(a, ex.rules)
    facts = tuple(sentence_facts(s.text, a.date, section) for s, section in zip(body, sections))
    texts = [s.text for s in a.sentences]
    vocab = Vocabulary(ex.vocabulary)
    names = ex.names.candidates(texts, vocab)
    return ArticleFacts(facts, packed_shingles(" ".join(s.text for s in body)), words, tuple(names), vocab.answers())


def sentence_facts(text: str, article_date: dt.date | None, section: str | None) -> SentenceFacts:
    mentions = find_dates(text, article_date)
    date = best_date(mentions, text)
    quotes = tuple(find_quotes(text))
    return SentenceFacts(date, quotes, find_attribution(text), section, read_specifics(text, mentions, date, quotes))


def place_sentences(a: Article, rules: Sequence[SectionRule]) -> list[str | None]:
    """Each body sentence's section: the one whose terms it matches best, or none.

    A sentence must match at least one term of its own; the subheading above
    it and the sentence before it only break ties, so context never places a
    sentence that says nothing about the section.
    """
    patterns = [(r.id, _pattern(r.terms)) for r in rules]
    out: list[str | None] = []
    previous_block, previous_section = -1, None
    headings: dict[int, dict[str, bool]] = {}
    for s in a.body_sentences:
        best, best_score = None, 0.0
        for rule_id, pattern in patterns:
            hits = distinct_hits(pattern, s.text)
            if not hits:
                continue
            score = hits + (HEADING_BONUS if _heading_matches(a, s.block, rule_id, patterns, headings) else 0.0)
            score += FOLLOW_BONUS if previous_block == s.block and previous_section == rule_id else 0.0
            if score > best_score:
                best, best_score = rule_id, score
        out.append(best)
        previous_block, previous_section = s.block, best
    return out


@functools.lru_cache(maxsize=64)
def _pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    return terms_pattern(terms)


def _heading_matches(a: Article, block: int, rule_id: str, patterns: list, memo: dict[int, dict[str, bool]]) -> bool:
    if block not in memo:
        heading = _heading_above(a, block)
        memo[block] = {rid: bool(heading and p.search(heading)) for rid, p in patterns}
    return memo[block][rule_id]


def _heading_above(a: Article, block: int) -> str | None:
    for b in reversed(a.blocks[:block]):
        if b.kind == "heading":
            return " ".join(s.text for s in b.sentences)
    return None


# --- the corpus: cache, processes, vocabulary ---


Progress = Callable[[str], None]


def extract_all(articles: Sequence[Article], ex: Extractor, cache: FactsCache | None, workers: int,
                say: Progress) -> list[ArticleFacts]:
    """Facts for every article: from the cache where the content is unchanged, else extracted.

    The vocabulary is the union of every article's words, so it is known
    before extraction; a cached result is reused only while the vocabulary
    still answers its lookups as it did when the result was made.
    """
    keys = [cache.key(a.sha256, a.date, ex.settings) for a in articles] if cache else []
    facts: list[ArticleFacts | None] = [cache.get(k) for k in keys] if cache else [None] * len(articles)
    words = [f.words if f else lower_case_words(a) for a, f in zip(articles, facts)]
    vocabulary = {w for joined in words for w in joined.split("\n")}
    vocabulary.discard("")
    ex = dataclasses.replace(ex, vocabulary=frozenset(vocabulary))
    todo = [i for i, f in enumerate(facts) if f is None or not _still_valid(f, ex.vocabulary)]
    if cache:
        cache.stale = sum(1 for i in todo if facts[i] is not None)
        say(f"extraction cache: {len(articles) - len(todo):,} of {len(articles):,} articles reused")
    for i, f in zip(todo, _map(ex, [articles[i] for i in todo], [words[i] for i in todo], workers)):
        facts[i] = f
        if cache:
            cache.put(keys[i], f)
    if cache:
        cache.prune(set(keys))
    assert all(f is not None for f in facts)  # every article was either reused or extracted above
    return cast(list[ArticleFacts], facts)


def lower_case_words(a: Article) -> str:
    """The article's share of the vocabulary, sorted, one word a line (one object, not hundreds)."""
    return "\n".join(sorted(article_words(s.text for s in a.sentences)))


def _still_valid(f: ArticleFacts, vocabulary: frozenset[str]) -> bool:
    return all((w in vocabulary) == known for w, known in f.lookups)


def _map(ex: Extractor, articles: list[Article], words: list[str], workers: int) -> Iterable[ArticleFacts]:
    if workers <= 1 or len(articles) < POOL_MIN:
        return [ex(a, w) for a, w in zip(articles, words)]
    with ProcessPoolExecutor(workers, mp_context=_context()) as pool:
        return list(pool.map(ex, articles, words, chunksize=max(1, len(articles) // (workers * 8))))


def _context():
    import multiprocessing

    # fork shares the imported modules and compiled patterns; elsewhere spawn works, only slower to start.
    return multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")


def default_workers() -> int:
    return max(1, min(2, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))
