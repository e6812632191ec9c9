"""Paths and helpers the tests share (importable: pytest puts tests/ on sys.path)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from briefing import Result
from briefing.analyse.dates import format_date
from briefing.analyse.events.frames import read_frame
from briefing.analyse.extract import sentence_facts
from briefing.analyse.tokens import Lexicon
from briefing.curate.participants import participants
from briefing.model import (
    Article,
    Block,
    Briefing,
    Citation,
    ContextInsert,
    Corpus,
    Discrepancy,
    Event,
    Mention,
    Participant,
    QuoteRecord,
    Register,
    RegisterRow,
    Section,
    Sentence,
    Statement,
    TimelineEntry,
    Version,
    fold,
)
from briefing.read.layout import sentence_id

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
PACIFIC = FIXTURES / "pacific"
CORRIDOR = FIXTURES / "corridor"
FORMATS = FIXTURES / "formats"  # saved pages, Markdown, e-mail, folders, other kinds (issue 17)
TRADE = FIXTURES / "trade"  # a trade dispute: Tariffs, Talks, Retaliation, articles over six months (issue 18)


def items_citing(result: Result, section: str, *phrases: str) -> list[Event]:
    """Items of a section with a cited sentence containing every phrase."""
    sec = next(s for s in result.briefing.sections if s.id == section)
    return [i for i in sec.items if any(all(p in c.text for p in phrases) for c in i.citations)]


def one_item(result: Result, section: str, *phrases: str, sources: int) -> Event:
    found = items_citing(result, section, *phrases)
    assert len(found) == 1, f"{section}: expected one item for {phrases}, got {[i.text for i in found]}"
    assert len(found[0].sources) == sources, f"{phrases}: cited by {found[0].sources}"
    return found[0]


# --- Small hand-made values for unit tests --------------------------------------------------------------------
#
# A sentence's id is the reader's own (``sentence_id``), so a Citation made from a text, a Statement made from
# the same text and the Article holding it all agree. Dates, quotes and specifics come from the real analysis
# of the sentence, as ``analyse.extract`` finds them, so a test states a sentence and its article's date only.

SECTION = "s"


def sentence(text: str, block: int = 1) -> Sentence:
    """A sentence standing alone (offsets into itself)."""
    return Sentence(sentence_id(text), text, 0, len(text), block)


def statement(text: str | Sentence, *, source: str = "a", article: int = 0, order: int = 0,
              published: dt.date | None = None, people: dict[str, str] | None = None,
              section: str | None = SECTION) -> Statement:
    """A body sentence under curation, analysed as the pipeline analyses it.

    ``published`` is the article's date (relative dates resolve against it);
    ``people`` maps a name as written in the sentence to a person key, and
    every occurrence of it becomes a mention.
    """
    s = text if isinstance(text, Sentence) else sentence(text)
    facts = sentence_facts(s.text, read_frame(s.text), article_date=published)
    mentions = tuple(sorted((Mention(source, s.id, m.start(), m.end(), surface, key, "name")
                             for surface, key in (people or {}).items()
                             for m in re.finditer(re.escape(surface), s.text)), key=lambda m: (m.start, m.end)))
    spans = [(m.start, m.end, "@" + m.person) for m in mentions]
    return Statement(article, order, source, s, facts.date, facts.quotes, mentions, facts.via, section,
                     facts.specifics, facts.frame, False, participants(s.text, facts.frame, spans))


def token_sets(statements: Sequence[Statement], lexicon: Lexicon | None = None) -> list[frozenset[str]]:
    """Each statement's tokens, its people folded as ``curate.statements.make_statements`` folds them."""
    lexicon = lexicon or Lexicon(())
    return [lexicon.tokens(st.sentence.text, [(m.start, m.end, "@" + m.person) for m in st.mentions])
            for st in statements]


def citation(text: str, source: str = "a", *, via: str = "", published: dt.date | None = None) -> Citation:
    """A cited sentence, dated as its article's date resolves it."""
    return Citation(source, sentence_id(text), text, via, sentence_facts(text, article_date=published).date)


def item(*citations: Citation, section: str = SECTION, shown: int = 0, date: Citation | None = None,
         independent: int | None = None) -> Event:
    """An item showing its ``shown``-th citation; independent sources default to every source."""
    first = citations[shown]
    return Event(f"{section}-{first.sentence.removeprefix('s-')}", section, fold(first.text), citations, date,
                len({c.source for c in citations}) if independent is None else independent)


def article(id: str, title: str, *paragraphs: str | Sequence[str], date: dt.date | None = None) -> Article:
    """An article of a title and paragraphs, each paragraph one sentence or a sequence of them."""
    text, blocks = "", []
    for kind, sentences in [("title", (title,)), *(("paragraph", (p,) if isinstance(p, str) else tuple(p))
                                                    for p in paragraphs)]:
        text += "\n\n" if text else ""
        found = []
        for n, piece in enumerate(sentences):
            text += " " if n else ""
            found.append(Sentence(sentence_id(piece), piece, len(text), len(text) + len(piece), len(blocks)))
            text += piece
        blocks.append(Block(kind, tuple(found)))
    return Article(id, f"{id}.txt", title, date, "date line in the file" if date else "undated",
                   hashlib.sha256(text.encode()).hexdigest(), text + "\n", tuple(blocks))


def cite(a: Article, phrase: str, *, via: str = "") -> Citation:
    """The citation of the one sentence of ``a`` containing ``phrase``, dated against the article's date."""
    found = [s for s in a.body_sentences if phrase in s.text]
    assert len(found) == 1, f"{a.id}: {len(found)} sentences contain {phrase!r}"
    return Citation(a.id, found[0].id, found[0].text, via, sentence_facts(found[0].text, article_date=a.date).date)


def briefing(articles: Sequence[Article], sections: Sequence[Section], **fields: Any) -> Briefing:
    """A briefing of these articles and sections; every body sentence no item cites is other reporting."""
    cited = {(c.source, c.sentence) for s in sections for i in s.items for c in i.citations}
    unplaced = [Citation(a.id, s.id, s.text, "", sentence_facts(s.text, article_date=a.date).date)
                for a in articles for s in a.body_sentences if (a.id, s.id) not in cited]
    fields.setdefault("as_of", max((a.date for a in articles if a.date), default=None))
    return Briefing(fields.pop("title", "Tiny briefing"), fields.pop("description", ""), fields.pop("as_of"),
                    Corpus(list(articles)), list(sections), fields.pop("key_points", []), unplaced, **fields)


# Article text the renderers must show as itself: emphasis, HTML and link syntax.
HOSTILE_TITLE = "Envoy *lands* in <Valdoria> [live]"
HOSTILE_SENTENCE = "The envoy called the talks *frank* and <b>useful</b> [see annex]."


def tiny_briefing() -> Briefing:
    """Three dated articles, one about another story; three sections (one empty, one with a table).

    Article ``beta`` comes second in the corpus but is cited first (by the ``talks`` section), so an
    order of first use is not mistaken for reading order. ``talks`` has an event whose sentence leans
    on the one before it and gets its referent in brackets; ``visits`` one that gets the sentence before
    it shown beside it, and one from before the story (background). ``gamma`` is off the story.
    """
    alpha = article("alpha", HOSTILE_TITLE,
                    ("The envoy arrived in Valdoria on Friday.", HOSTILE_SENTENCE),
                    "Markets in the capital were calm.",
                    "The envoy first came to Valdoria in 2019.",
                    date=dt.date(2024, 9, 14))
    beta = article("beta", "Valdoria welcomes an envoy",
                   "The envoy arrived in Valdoria on September 12.",
                   ("“We found common ground,” the envoy said after 3 rounds of talks.",
                    "He met the prime minister in the afternoon."),
                   "It was his first visit in five years.",
                   date=dt.date(2024, 9, 13))
    gamma = article("gamma", "Storm hits the coast", "A storm hit the coast on Monday.", date=dt.date(2024, 9, 10))
    arrived = (cite(alpha, "arrived"), cite(beta, "arrived"))
    envoy = Participant("@anna-lind", "Anna <Lind>", "guest")
    visit = dataclasses.replace(item(*arrived, section="visits", date=arrived[0]), place="Valdoria",
                                participants=(Participant("@entity:valdoria", "Valdoria", "place"), envoy),
                                action="visit")
    first = dataclasses.replace(item(cite(beta, "first visit"), section="visits"),
                                context=ContextInsert(cite(beta, "prime minister")))
    earlier = cite(alpha, "first came")
    before = dataclasses.replace(item(earlier, section="visits", date=earlier), background=True)
    talks = item(cite(beta, "common ground"), cite(alpha, "frank"), section="talks", shown=1)
    met = dataclasses.replace(item(cite(beta, "prime minister"), section="talks"), participants=(envoy,),
                              context=ContextInsert(cite(beta, "common ground"), "He", "the envoy"))
    sections = [
        Section("talks", "Talks", "What was *said*.", ("talks",), (talks, met)),
        Section("visits", "Visits", "", ("arrived",), (visit, first, before)),
        Section("gifts", "Gifts", "", ("gift*",), ()),
    ]
    return briefing(
        [alpha, beta, gamma], sections, title="Tiny <briefing>", description="A *hand-made* briefing.",
        key_points=[visit, talks],
        timeline=[timeline_entry(before), timeline_entry(visit)],
        quotes=[QuoteRecord("We found common ground", "the envoy", "", cite(beta, "common ground"))],
        discrepancies=[Discrepancy(visit.id, "date", tuple(Version(c.date.phrase, c) for c in visit.citations
                                                           if c.date is not None))],
        registers=[Register("visits", "Visits", ("When", "Who", "Where", "Host"),
                            (RegisterRow(visit, (format_date(visit.date.date), "Anna <Lind>", "Valdoria", "")),))],
        outlets={"alpha": "Alpha <Wire>"},
        off_story={"gamma": "names none of the story's <parties>"},
    )


def timeline_entry(e: Event) -> TimelineEntry:
    d = e.date.date if e.date else None
    assert e.date is not None and d is not None and d.start_date is not None and d.end_date is not None
    return TimelineEntry(d.start_date, d.end_date, d.precision, format_date(d), d.phrase, e, e.date)
