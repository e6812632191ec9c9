"""The briefing itself (the home page): key points, the latest events, each section's most important events,
the first disagreements between sources. Each section's own pages list all its events (``section_page``).
"""

from __future__ import annotations

import html
from collections.abc import Iterator

from ..model import Briefing, Citation, Discrepancy, Event, Section, fold
from . import paging
from .events import context, heading, sentence
from .markup import inert, link, source_doc
from .paging import layout, section_doc
from .section_page import new_mark, pager
from .widgets import (
    INDEX,
    NEW,
    OTHER,
    SOURCES,
    Lines,
    attributions,
    cite,
    cite_target,
    corroboration,
    front_matter,
    item_anchor,
    lead,
    long_date,
    page_start,
    source_byline,
)

ARTICLES_LISTED = 100  # a briefing of more articles leaves their list to the Sources page


def render_briefing(b: Briefing) -> Lines:
    n = len(b.corpus.articles)
    # The JSON-LD names the articles it is based on; past a hundred, the first hundred stand for them.
    based_on = [{"name": html.escape(a.title), "url": source_doc(a.id), "date": a.date.isoformat() if a.date else None}
                for a in b.corpus.articles[:ARTICLES_LISTED]]
    lines = front_matter(title=html.escape(b.title), description=html.escape(b.description or b.title),
                         kind="briefing", as_of=b.as_of.isoformat() if b.as_of else None, based_on=based_on)
    lines += [f"# {inert(b.title)}", ""]
    as_of = f"As of {long_date(b.as_of)}" if b.as_of else "No article carries a date"
    lines += [f'<p class="as-of">{as_of} · built from {n} article{"s" if n != 1 else ""}</p>', ""]
    if b.description:
        lines += [inert(b.description), ""]
    lines += key_points(b)
    lines += latest_block(b)
    for s in b.sections:
        lines += section(b, s)
    lines += differences(b)
    lines += articles_cited(b)
    lines += ["", f"Statements no section claims are listed under {link('Other reporting', OTHER)}.", ""]
    return lines


def articles_cited(b: Briefing) -> list[str]:
    """The articles by citation number; for a long list, where Sources has them."""
    n = len(b.corpus.articles)
    if n > ARTICLES_LISTED:
        return ["## Articles cited", "", f"The {n:,} articles, numbered as the citations number them, are listed "
                f"under {link('Sources', SOURCES)}."]
    numbers = b.numbers
    return ["## Articles cited", "",
            *(f"{numbers[a.id]}. {link(inert(a.title), source_doc(a.id))} — {source_byline(b, a)}"
              for a in b.corpus.articles)]


def key_points(b: Briefing) -> list[str]:
    """Each key point with its heading line; its citations beyond the first few are counted, linking to its event."""
    if not b.key_points:
        return []
    return ["## Key points", "",
            *(f"- {heading(e)}{sentence(b, e, INDEX)}{cite(b, e.citations, INDEX, item_anchor(b, e, INDEX), lead(e))} "
              f"{corroboration(e)}{context(b, e, INDEX)}" for e in b.key_points), ""]


LATEST_SHOWN = 10  # events the Latest block lists before "and N more"


def latest_block(b: Briefing) -> list[str]:
    """The events first reported in the last days up to the newest article, newest first; or why there are none."""
    new = b.latest
    if new is None or b.as_of is None:
        return []
    span = (f"from {long_date(new.start)} to {long_date(b.as_of)}" if new.days else f"on {long_date(b.as_of)}")
    window = f"the newest article's date{f' and the {_days(new.days)} before it' if new.days else ''}"
    lines = ["## Latest", ""]
    if not new.older:
        return [*lines, f"No article is dated before {long_date(new.start)} ({window} are the latest): there is "
                        "nothing older to tell a new event from, so none is marked new.", ""]
    if not new.events:
        return [*lines, f"No event was first reported {span} ({window}).", ""]
    titles = {s.id: s.title for s in b.sections}
    lines += [f"Events first reported {span} ({window}), newest first; each is marked "
              f"{NEW} in its section and on the timeline.", ""]
    for e in new.events[:LATEST_SHOWN]:
        at = item_anchor(b, e, INDEX)
        where = link(f"in {inert(titles[e.section])}", at, "The event in its section")
        lines.append(f'- {heading(e)}<span class="first-reported">first reported {long_date(b.first_reported[e.id])}'
                     f"</span> {sentence(b, e, INDEX)}{cite(b, e.citations, INDEX, at, lead(e))} "
                     f"{corroboration(e)} {where}")
    more = len(new.events) - LATEST_SHOWN
    if more > 0:
        lines.append(f"- … and {more:,} more, each marked {NEW} in its section.")
    return [*lines, ""]


def _days(n: int) -> str:
    return f"{n} day{'s' if n != 1 else ''}"


def section(b: Briefing, s: Section) -> list[str]:
    """A section's most important events, each linking to where its section page lists it in full, and a link
    to that page."""
    lines = [f"## {inert(s.title)}", ""]
    if s.intro:
        lines += [f"*{inert(s.intro)}*", ""]
    if not s.items:
        return [*lines, "No article in this briefing reports anything for this section.", ""]
    shown = b.highlights.get(s.id, s.items[:EVENTS_SHOWN])
    lines += [*(brief_line(b, e) for e in shown), ""]
    n = len(s.items)
    every = f"all {n:,} event{'s' if n != 1 else ''} →" if n > len(shown) else "the section in full →"
    lines += [f'<p class="all-events" markdown>{link(every, section_doc(s.id))}</p>', ""]
    return lines


EVENTS_SHOWN = 8  # a section's events shown when the briefing names none (a model made without highlights)


def brief_line(b: Briefing, e: Event) -> str:
    """An event as the briefing page shows it: heading, sentence, first citations, badge, and a link to it in
    full (every citation, the other wordings) on its section page."""
    at = item_anchor(b, e, INDEX)
    # The empty .item marks a statement of a section, as on the section's page, without its anchor.
    return (f'- <span class="item"></span>{heading(e)}{new_mark(b, e)}{sentence(b, e, INDEX)}{attributions(e)}'
            f"{cite(b, e.citations, INDEX, at, lead(e))} {corroboration(e)}{context(b, e, INDEX)} "
            f"{link('in full', at, 'The event in its section, with every article and wording', 'in-full')}")


DIFF_LABELS = {"number": "Figures", "date": "Dates", "name": "Spelling of a name", "quote": "Quoted words"}


def differences(b: Briefing) -> list[str]:
    """The first disagreements, and a link to the pages of them all when there are more."""
    if not b.discrepancies:
        return []
    events = {e.id: e for s in b.sections for e in s.items}
    lines = ["## Where sources differ", "", DIFF_LEAD, ""]
    for d in b.discrepancies[:paging.DIFFERENCES_SHOWN]:
        lines += difference(b, d, events.get(d.event), INDEX)
    rest = layout(b).differences
    if rest:
        every = link(f"all {len(b.discrepancies):,} differences →", rest[0].doc)
        lines += ["", f'<p class="all-events" markdown>{every}</p>']
    return lines + [""]


DIFF_LEAD = ("The same fact, reported with different figures, dates, names or quoted words. "
             "Each version is the article's own text.")


def difference_pages(b: Briefing) -> Iterator[tuple[str, Lines]]:
    """Every disagreement, a bounded number to a page, when the briefing page cannot list them all."""
    events = {e.id: e for s in b.sections for e in s.items}
    pages = layout(b).differences
    for page in pages:
        lines = [*page_start("differences", f"Where sources differ (page {page.number} of {page.of})",
                             f"Where sources differ: {b.title}", DIFF_LEAD), *pager(pages, page)]
        for d in page.items:
            lines += difference(b, d, events.get(d.event), page.doc)
        yield page.doc, [*lines, "", *pager(pages, page)]


def difference(b: Briefing, d: Discrepancy, item: Event | None, doc: str) -> list[str]:
    """One disagreement; a fact from other reporting links to its first sentence instead."""
    first = d.versions[0].citation
    target = item_anchor(b, item, doc) if item else cite_target(first, doc)
    label = item.text if item else fold(first.text)
    where = "" if item else " *(other reporting)*"
    lines = [f"- **{DIFF_LABELS[d.kind]}** — {link(inert(_shorten(label)), target)}{where}"]
    by_value: dict[str, list[Citation]] = {}  # one line per value, citing every article that gives it
    for v in d.versions:
        by_value.setdefault(v.value, []).append(v.citation)
    lines += [f"    - ‘{inert(value)}’{cite(b, cs, doc)}" for value, cs in by_value.items()]
    return lines


def _shorten(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: text.rfind(" ", 0, limit)] + " …"
