"""Per-article extraction: the map stage of curation.

Everything here looks at one article at a time (its dates, quotes,
attributions, event frames, name candidates), so it can be
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
import signal
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import cast

from ..cache import FactsCache
from ..model import Article, ArticleFacts, DateMention, Frame, NameCandidate, Sentence, SentenceFacts
from ..read.published import dateline_day
from .dates import best_date, find_dates
from .dates.narrative import Told, narrate
from .events.frames import done, earlier, planned, read_frame, recent, referred
from .events.lexicon import Trigger, lexicon
from .names import NameFinder, Vocabulary, article_words
from .quotes import find_attribution, find_quotes
from .specifics import read_specifics
from .tokens import points_back

POOL_MIN = 200  # fewer uncached articles than this are not worth starting processes for


@dataclass(frozen=True)
class Extractor:
    """The settings extraction needs (picklable, for worker processes)."""

    names: NameFinder
    vocabulary: frozenset[str] = frozenset()  # the corpus's lower-case words

    def __call__(self, article: Article, words: str) -> ArticleFacts:
        return extract_article(article, self, words)

    @property
    def settings(self) -> NameFinder:
        """What a cached result depends on besides the article (the vocabulary is checked apart): not the
        section terms, which are applied after the cache (``curate.statements``)."""
        return self.names


def extract_article(a: Article, ex: Extractor, words: str) -> ArticleFacts:
    """One article's facts; ``words`` is its :func:`lower_case_words`, already needed for the vocabulary."""
    sentences = a.statement_sentences
    texts = [s.text for s in sentences]  # names are found where facts are: a byline's writer is no one in the story
    vocab = Vocabulary(ex.vocabulary)
    names = ex.names.candidates(texts, vocab)
    table = lexicon()
    found = [table.triggers(s.text) for s in sentences]  # read once, for the frame and for what is referred to
    frames = [read_frame(s.text, table, f) for s, f in zip(sentences, found)]
    named = _names_by_sentence(names, len(texts))
    told = [_told(a, s, frame, who, f) for s, frame, who, f in zip(sentences, frames, named, found)]
    facts = tuple(sentence_facts(s.text, frame, mentions, date)
                  for s, frame, (mentions, date) in zip(sentences, frames, narrate(told, a.date, names_its_day(a))))
    return ArticleFacts(facts, words, tuple(names), vocab.answers())


def names_its_day(a: Article) -> bool:
    """The article opens with a dateline naming the article's own day ("MINSK, 24 June (BelTA) -")."""
    parts = dateline_day(a)
    return a.date is not None and parts is not None and (a.date.month, a.date.day) == parts[:2] \
        and parts[2] in (None, a.date.year)


def sentence_facts(text: str, frame: Frame | None = None, mentions: list[DateMention] | None = None,
                   date: DateMention | None = None, article_date: dt.date | None = None) -> SentenceFacts:
    """What one sentence says on its own; ``mentions`` and ``date`` as narrative reading found them (read
    against ``article_date`` here when not given)."""
    if mentions is None:
        mentions = find_dates(text, article_date)
        date = best_date(mentions, text)
    quotes = tuple(find_quotes(text))
    return SentenceFacts(date, quotes, find_attribution(text), read_specifics(text, mentions, date, quotes), frame)


def _told(a: Article, s: Sentence, frame: Frame | None, names: list[str], found: list[Trigger] | None = None) -> Told:
    table = lexicon()
    family = table.actions[frame.action].family if frame is not None and not frame.oblique else ""
    place = s.text[frame.place.start:frame.place.end] if frame is not None and frame.place is not None else ""
    return Told(s.text, s.block, a.blocks[s.block].kind != "paragraph", frozenset(names), family,
                done(s.text, frame), place, points_back(s.text), recent(s.text, frame),
                earlier(s.text, frame), referred(s.text, table, found), frame.action if family else "",
                planned(s.text, frame), bool(family) and frame.verbal,  # type: ignore[union-attr]
                bool(family) and table.actions[frame.action].telling)  # type: ignore[union-attr]


def _names_by_sentence(names: list[NameCandidate], count: int) -> list[list[str]]:
    """Each sentence's names, folded to their last word (a surname, mostly)."""
    out: list[list[str]] = [[] for _ in range(count)]
    for c in names:
        out[c.sent].append(c.surface.split()[-1].casefold())
    return out


# --- the corpus: cache, processes, vocabulary ---


Progress = Callable[[str], None]
# Another engine's map: the extractor over (article, words) pairs, results in input order (briefing.executor).
Mapper = Callable[[Extractor, list[Article], list[str]], Iterable[ArticleFacts]]


def extract_all(articles: Sequence[Article], ex: Extractor, cache: FactsCache | None, workers: int,
                say: Progress, mapper: Mapper | None = None) -> list[ArticleFacts]:
    """Facts for every article: from the cache where the content is unchanged, else extracted.

    The vocabulary is the union of every article's words, so it is known
    before extraction; a cached result is reused only while the vocabulary
    still answers its lookups as it did when the result was made. Only the
    articles not reused are extracted: by ``mapper`` when given (a cluster),
    else here with ``workers`` processes.
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
    spread = mapper or functools.partial(_map, workers=workers)
    for i, f in zip(todo, spread(ex, [articles[i] for i in todo], [words[i] for i in todo]), strict=True):
        facts[i] = f
        if cache:
            cache.put(keys[i], f)
    if cache:
        cache.prune(set(keys))
    assert all(f is not None for f in facts)  # every article was either reused or extracted above
    return cast(list[ArticleFacts], facts)


def rereader(ex: Extractor, facts: Sequence[ArticleFacts]) -> Callable[[Article], ArticleFacts]:
    """Extraction of one article again (read against another date), with the vocabulary of the whole corpus's
    ``facts``, as :func:`extract_all` read it; the vocabulary is built on the first call, and only then."""
    @functools.cache
    def vocabulary() -> frozenset[str]:
        return frozenset(w for f in facts for w in f.words.split("\n") if w)

    def again(a: Article) -> ArticleFacts:
        return extract_article(a, dataclasses.replace(ex, vocabulary=vocabulary()), lower_case_words(a))
    return again


def lower_case_words(a: Article) -> str:
    """The article's share of the vocabulary, sorted, one word a line (one object, not hundreds)."""
    return "\n".join(sorted(article_words(s.text for s in a.sentences)))


def _still_valid(f: ArticleFacts, vocabulary: frozenset[str]) -> bool:
    return all((w in vocabulary) == known for w, known in f.lookups)


def _map(ex: Extractor, articles: list[Article], words: list[str], workers: int) -> Iterable[ArticleFacts]:
    if workers <= 1 or len(articles) < POOL_MIN:
        return [ex(a, w) for a, w in zip(articles, words)]
    pool = ProcessPoolExecutor(workers, mp_context=_context(), initializer=_signals_to_the_parent)
    try:
        return list(pool.map(ex, articles, words, chunksize=max(1, len(articles) // (workers * 8))))
    except BaseException:
        _stop_workers(pool)  # an interrupted build does not wait for the rest of the extraction
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _signals_to_the_parent() -> None:
    """In a worker: Ctrl-C (sent to the whole process group) is the parent's to handle; SIGTERM ends it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14
    if terminate is not None:
        terminate()
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()


def _context():
    import multiprocessing

    # fork shares the imported modules and compiled patterns; elsewhere spawn works, only slower to start.
    return multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")


def default_workers() -> int:
    return max(1, min(2, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))
