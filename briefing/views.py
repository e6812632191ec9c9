"""The Timeline, People and Quotes pages: other ways into the same cited statements."""

from __future__ import annotations

import html
from itertools import groupby

from .markup import inert, link, relative
from .model import Briefing, Citation, Item, QuoteRecord
from .names import Person
from .render import INDEX, PEOPLE, QUOTES, TIMELINE, Lines, cite, front_matter, item_anchor, lead

PER_PERSON = 10  # statements listed under a person: the best corroborated


def page_start(kind: str, heading: str, description: str, lead: str) -> list[str]:
    """Front matter, the page's heading and its lead paragraph (``lead`` is our own prose)."""
    return [*front_matter(description=html.escape(description), kind=kind), f"# {heading}", "", lead, ""]


def render_timeline(b: Briefing) -> Lines:
    lines = page_start("timeline", "Timeline", f"Timeline: {b.title}",
                       "Every dated statement, oldest first. The date is resolved from the article's "
                       "own words, shown in brackets, against the article's date.")
    if not b.timeline:
        return [*lines, "No article gives a date that can be resolved.", ""]
    lines += ['<div class="timeline" markdown>', ""]
    for year, entries in groupby(b.timeline, key=lambda e: e.start.year):
        lines += [f"## {year}", ""]
        for e in entries:
            text = e.item.text if e.item else " ".join(e.citation.text.split())
            where = (f" {link('in the briefing', item_anchor(e.item, TIMELINE), 'The statement in its section')}"
                     if e.item else " *(other reporting)*")
            note = f"; {inert(e.citation.date.note)}" if e.citation.date and e.citation.date.note else ""
            lines.append(f'- <time datetime="{e.start.isoformat()}">{inert(e.label)}</time> '
                         f'<span class="phrase">(‘{inert(e.phrase)}’{note})</span> — {inert(text)}'
                         f"{timeline_cite(b, e.item, e.citation)}{where}")
        lines.append("")
    lines += ["</div>", ""]
    undated = [i for s in b.sections for i in s.items if i.date and i.date.date and i.date.date.start_date is None]
    if undated:
        lines += ["## Dates that cannot be resolved", "",
                  "These statements give a date relative to an article that carries none.", ""]
        lines += [f"- ‘{inert(i.date.date.phrase)}’ — {inert(i.text)}{timeline_cite(b, i, None)}"  # type: ignore[union-attr]
                  for i in undated]
        lines.append("")
    return lines


def timeline_cite(b: Briefing, item: Item | None, dated_by: Citation | None) -> str:
    """A statement's first citations (the dating sentence's among them), the rest counted with a link to it.

    A dated sentence of other reporting cites itself.
    """
    if item is None:
        assert dated_by is not None
        return cite(b, [dated_by], TIMELINE)
    first = (dated_by,) if dated_by else ()
    return cite(b, item.citations, TIMELINE, item_anchor(item, TIMELINE), lead(item, *first))


def render_people(b: Briefing) -> Lines:
    lines = page_start("people", "People", f"People in: {b.title}",
                       "Everyone the articles name, with every spelling used and which article used it.")
    if not b.people:
        return [*lines, "No article names a person.", ""]
    for person in sorted(b.people, key=lambda p: (p.name.casefold(), p.key)):
        lines += person_entry(b, person)
    return lines


def person_entry(b: Briefing, p: Person) -> list[str]:
    numbers = b.numbers
    lines = [f"## {inert(p.name)} {{#person-{p.key}}}", ""]
    if p.roles:
        lines += [f"**Roles:** {'; '.join(inert(r) for r in p.roles)}", ""]
    spellings = [f"‘{inert(v.text)}’ ({', '.join(str(numbers[s]) for s in v.sources)})" for v in p.variants]
    if spellings:
        lines += [f"**Spellings:** {'; '.join(spellings)}", ""]
    placed = b.placements
    by_id = {}  # keyed by id: hashing whole items would hash every citation they carry
    for m in p.mentions:
        item = placed.get((m.source, m.sentence))
        if item is not None:
            by_id.setdefault(item.id, item)
    items = list(by_id.values())
    sources = sorted({m.source for m in p.mentions}, key=lambda s: numbers[s])
    lines += [f"Named {_times(len(p.mentions))} in {len(sources)} article{'s' if len(sources) != 1 else ''}.", ""]
    if items:
        shown = sorted(items, key=lambda i: -i.independent)[:PER_PERSON]  # stable: ties keep briefing order
        lines += [f"- {inert(i.text)}{cite(b, i.citations, PEOPLE, item_anchor(i, PEOPLE), lead(i))} "
                  f"{link('↑', item_anchor(i, PEOPLE), 'In the briefing', 'up', 'Go to the statement in the briefing')}"
                  for i in shown]
        if len(items) > len(shown):
            lines.append(f"- … and {len(items) - len(shown)} more statements in the briefing (search for the name).")
        lines.append("")
    return lines


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


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
    where = (f" {link('↑', relative(INDEX, QUOTES) + '#item-' + placed.id, 'In the briefing', 'up', 'Go to the statement in the briefing')}"
             if placed else "")
    return [f"> “{inert(q.text)}”", ">", f"> — {said}as reported by *{inert(reporter)}*{via}"
            f"{cite(b, [q.citation], QUOTES)}{where}", ""]
