"""What ``briefing init`` reads its proposal off: the articles, each sentence's event, the people of the corpus.

The same reading and analysis as a build (``briefing.read``, ``analyse.extract``,
``curate.people``), with an empty curation file: nothing is assumed of the story.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..analyse.extract import Extractor, Progress, extract_all
from ..curate.copies import find_copies
from ..curate.people import corpus_people, name_finder
from ..errors import BriefingError
from ..model import Article, ArticleFacts, Config, Corpus, Frame, Person, Sentence
from ..pipeline import read_seeds

NOTHING = Config(title="", sections=())  # a curation file with nothing in it yet


@dataclass(frozen=True)
class Findings:
    corpus: Corpus
    facts: list[ArticleFacts]  # per article, in corpus order
    people: list[Person]
    copies: frozenset[str]  # ids of near-duplicate articles: read, but not counted twice

    @property
    def counted(self) -> list[Article]:
        """The articles that count: every one but near-copies of another."""
        return [a for a in self.corpus.articles if a.id not in self.copies]

    def frames(self) -> Iterator[tuple[Article, Sentence, Frame | None]]:
        """Each counted article's sentences with the event each reports (None: no action of the table)."""
        for a, f in zip(self.corpus.articles, self.facts):
            if a.id not in self.copies:
                yield from ((a, s, sf.frame) for s, sf in zip(a.statement_sentences, f.sentences))

    @property
    def vocabulary(self) -> frozenset[str]:
        """The words the articles write in lower case somewhere: ordinary words, not names."""
        return frozenset(w for f in self.facts for w in f.words.split("\n") if w)


def read_findings(seeds: Path, skip: frozenset[Path], workers: int, say: Progress) -> Findings:
    """Read and analyse the articles in ``seeds``; a folder with none is a user error."""
    corpus = read_seeds(seeds, None, None, skip)
    if not corpus.articles:
        raise BriefingError("no article found", str(seeds), "put the articles in it (.txt, .md, .html, .eml)")
    say(f"read {len(corpus.articles):,} articles")
    facts = extract_all(corpus.articles, Extractor(name_finder(NOTHING)), None, workers, say)
    people = corpus_people(corpus, facts, NOTHING)
    return Findings(corpus, facts, people, frozenset(find_copies(corpus.articles)))
