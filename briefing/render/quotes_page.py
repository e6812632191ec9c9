"""The Quotes page: every quoted passage, character for character, by speaker.

Past ``QUOTES_PAGE`` quotations, quotes.md lists the speakers with how many
passages each has, and the passages are on pages of at most that many under
quotes/, in the same order (a speaker's heading is repeated on the page their
passages continue on).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import groupby

from ..model import Briefing, QuoteRecord
from .markup import inert, link, relative
from .paging import Page, numbered_pages, split
from .section_page import pager
from .widgets import QUOTES, Lines, cite, item_anchor, page_start

QUOTES_PAGE = 500  # quotations on one page; no more and quotes.md holds them all
QUOTES_DIR = "quotes"
LEAD = ("Every quoted passage, character for character, with its speaker where the sentence names one and the "
        "article that reported it.")


def render_quotes(b: Briefing) -> Lines:
    lines = page_start("quotes", "Quotes", f"Quotations in: {b.title}", LEAD)
    if not b.quotes:
        return [*lines, "No article quotes anyone.", ""]
    pages = quote_pages_of(b)
    if pages:
        return lines + speaker_index(b, pages)
    for speaker, group in by_speaker(b, b.quotes):
        lines += [f"## {inert(speaker)}", ""]
        for q in group:
            lines += quote_entry(b, q, QUOTES)
    return lines


def in_order(b: Briefing) -> list[QuoteRecord]:
    names = {p.key: p.name for p in b.people}
    return sorted(b.quotes, key=lambda q: _speaker_key(q, names))


def by_speaker(b: Briefing, quotes: Sequence[QuoteRecord]) -> Iterator[tuple[str, list[QuoteRecord]]]:
    """The quotations grouped by speaker, speakers in order (known people first, by name)."""
    names = {p.key: p.name for p in b.people}
    for speaker, group in groupby(sorted(quotes, key=lambda q: _speaker_key(q, names)),
                                  key=lambda q: _speaker_key(q, names)[1]):
        yield speaker, list(group)


def quote_pages_of(b: Briefing) -> tuple[Page, ...]:
    """The pages of quotations, in speaker order; () when quotes.md holds them all."""
    if len(b.quotes) <= QUOTES_PAGE:
        return ()
    return numbered_pages(QUOTES_DIR, split(in_order(b), QUOTES_PAGE))


def speaker_index(b: Briefing, pages: tuple[Page, ...]) -> list[str]:
    """Each speaker with their number of passages and the pages they are on."""
    names = {p.key: p.name for p in b.people}
    where: dict[str, list[Page]] = {}
    counts: dict[str, int] = {}
    for page in pages:
        for speaker, group in groupby(page.items, key=lambda q: _speaker_key(q, names)[1]):
            where.setdefault(speaker, []).append(page)
            counts[speaker] = counts.get(speaker, 0) + sum(1 for _ in group)
    lines = [f"The passages are on {len(pages)} pages, by speaker:", ""]
    for speaker, on in where.items():
        n = counts[speaker]
        links = ", ".join(link(f"page {p.number}", relative(p.doc, QUOTES)) for p in on)
        lines.append(f"- {inert(speaker)}: {n:,} passage{'s' if n != 1 else ''} ({links})")
    return [*lines, ""]


def quote_pages(b: Briefing) -> Iterator[tuple[str, Lines]]:
    pages = quote_pages_of(b)
    for page in pages:
        doc = page.doc
        lines = [*page_start("quotes", f"Quotes (page {page.number} of {page.of})", f"Quotations in: {b.title}",
                             LEAD), f"All the speakers are listed on {link('Quotes', relative(QUOTES, doc))}.", "",
                 *pager(pages, page)]
        for speaker, group in by_speaker(b, page.items):
            lines += [f"## {inert(speaker)}", ""]
            for q in group:
                lines += quote_entry(b, q, doc)
        yield doc, lines + pager(pages, page)


def _speaker_key(q: QuoteRecord, names: dict[str, str]) -> tuple[int, str]:
    if q.person:
        return (0, names.get(q.person, q.speaker))
    return (1, q.speaker) if q.speaker else (2, "Speaker not named in the sentence")


def quote_entry(b: Briefing, q: QuoteRecord, doc: str) -> list[str]:
    a = b.article(q.citation.source)
    reporter = b.outlets.get(a.id) or a.title
    said = f"{inert(q.speaker)}, " if q.speaker else ""
    via = f", via {inert(q.citation.via)}" if q.citation.via else ""
    placed = b.placements.get((q.citation.source, q.citation.sentence))
    where = (" " + link("↑", item_anchor(b, placed, doc), "In the briefing", "up",
                        "Go to the statement in the briefing")
             if placed else "")
    return [f"> “{inert(q.text)}”", ">", f"> — {said}as reported by *{inert(reporter)}*{via}"
            f"{cite(b, [q.citation], doc)}{where}", ""]
