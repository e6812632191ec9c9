"""The Quotes page: every quoted passage, character for character, by speaker."""

from __future__ import annotations

from itertools import groupby

from ..model import Briefing, QuoteRecord
from .markup import inert, link
from .widgets import QUOTES, Lines, cite, item_anchor, page_start


def render_quotes(b: Briefing) -> Lines:
    lines = page_start("quotes", "Quotes", f"Quotations in: {b.title}",
                       "Every quoted passage, character for character, with its speaker where the "
                       "sentence names one and the article that reported it.")
    if not b.quotes:
        return [*lines, "No article quotes anyone.", ""]
    names = {p.key: p.name for p in b.people}
    for speaker, group in groupby(sorted(b.quotes, key=lambda q: _speaker_key(q, names)),
                                  key=lambda q: _speaker_key(q, names)[1]):
        lines += [f"## {inert(speaker)}", ""]
        for q in group:
            lines += quote_entry(b, q)
    return lines


def _speaker_key(q: QuoteRecord, names: dict[str, str]) -> tuple[int, str]:
    if q.person:
        return (0, names.get(q.person, q.speaker))
    return (1, q.speaker) if q.speaker else (2, "Speaker not named in the sentence")


def quote_entry(b: Briefing, q: QuoteRecord) -> list[str]:
    a = b.article(q.citation.source)
    reporter = b.outlets.get(a.id) or a.title
    said = f"{inert(q.speaker)}, " if q.speaker else ""
    via = f", via {inert(q.citation.via)}" if q.citation.via else ""
    placed = b.placements.get((q.citation.source, q.citation.sentence))
    where = (" " + link("↑", item_anchor(b, placed, QUOTES), "In the briefing", "up",
                        "Go to the statement in the briefing")
             if placed else "")
    return [f"> “{inert(q.text)}”", ">", f"> — {said}as reported by *{inert(reporter)}*{via}"
            f"{cite(b, [q.citation], QUOTES)}{where}", ""]
