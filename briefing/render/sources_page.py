"""The Sources page: every article read, what it backs in each section, and every file skipped or repaired."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ..model import Article, Briefing
from .markup import inert, link, relative, source_doc
from .paging import Page, numbered_pages, split
from .section_page import pager
from .widgets import OTHER, SOURCES, Lines, source_byline

SOURCES_PAGE = 1000  # rows of the table on one page; no more and sources.md holds the whole table
SOURCES_DIR = "source-list"  # not sources/, which holds the articles' own pages


def render_sources(b: Briefing) -> Lines:
    pages = table_pages_of(b)
    lines = ["# Sources", "", f"{len(b.corpus.articles)} articles read from `seeds/`. "
             "Each section column counts the statements that article backs there.", ""]
    if pages:
        lines += [f"The table is on {len(pages)} pages, {SOURCES_PAGE:,} articles to a page, by number:", "",
                  *(f"- {link(f'Articles {p.items[0][0]:,} to {p.items[-1][0]:,}', relative(p.doc, SOURCES))}"
                    for p in pages)]
    else:
        lines += table(b, list(enumerate(b.corpus.articles, 1)), SOURCES, backing(b))
    lines += off_story(b)
    lines += ["", "## Skipped and repaired sources", ""]
    problems = [("skipped", p) for p in b.corpus.rejected] + [("read with a note", p) for p in b.corpus.warnings]
    if not problems:
        lines.append("Every file in `seeds/` was read as it is.")
    for kind, p in sorted(problems, key=lambda x: (x[1].file, x[0], x[1].reason)):
        lines.append(f"- <code>{inert(p.file)}</code> — {kind}: {inert(p.reason)}")
    return [*lines, ""]


def table_pages_of(b: Briefing) -> tuple[Page, ...]:
    """The pages of the table, each holding (number, article) rows; () when sources.md holds it all."""
    if len(b.corpus.articles) <= SOURCES_PAGE:
        return ()
    return numbered_pages(SOURCES_DIR, split(list(enumerate(b.corpus.articles, 1)), SOURCES_PAGE))


Counts = tuple[Counter[tuple[str, str]], Counter[str]]


def backing(b: Briefing) -> Counts:
    """The statements each article backs, by (article, section), and its sentences in other reporting."""
    counts: Counter[tuple[str, str]] = Counter()
    for s in b.sections:
        for item in s.items:
            for src in item.sources:
                counts[(src, s.id)] += 1
    return counts, Counter(c.source for c in b.unplaced)


def table(b: Briefing, rows: list[tuple[int, Article]], doc: str, backed: Counts) -> list[str]:
    """One row per article: its number, title, outlet and date, and what it backs in each section."""
    counts, unplaced = backed
    head = ["#", "Article", "Date", *[inert(s.title) for s in b.sections], "Other reporting"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for n, a in rows:
        cells = [str(n), link(inert(a.title), relative(source_doc(a.id), doc)), source_byline(b, a)]
        cells += [str(counts[(a.id, s.id)]) for s in b.sections] + [str(unplaced[a.id])]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def table_pages(b: Briefing) -> Iterator[tuple[str, Lines]]:
    pages = table_pages_of(b)
    backed = backing(b) if pages else (Counter(), Counter())
    for page in pages:
        first, last = page.items[0][0], page.items[-1][0]
        lines = ["# Sources" + f" (articles {first:,} to {last:,})", "",
                 f"Articles {first:,} to {last:,} of {len(b.corpus.articles):,}; the others, and the files skipped, "
                 f"are listed from {link('Sources', relative(SOURCES, page.doc))}.", "", *pager(pages, page)]
        yield page.doc, [*lines, *table(b, list(page.items), page.doc, backed), "", *pager(pages, page)]


def off_story(b: Briefing) -> list[str]:
    """The articles read and set aside as reports of other stories, each with the reason."""
    if not b.off_story:
        return []
    lines = ["", "## Considered and excluded", "",
             "These articles were read but are about other stories. Their sentences are listed apart under "
             f"{link('Other reporting', OTHER)} and kept out of the sections, the timeline and the key points.", ""]
    numbers = b.numbers
    return lines + [f"- Article {numbers[a.id]}, {link(inert(a.title), source_doc(a.id))}: {inert(b.off_story[a.id])}"
                    for a in b.corpus.articles if a.id in b.off_story]
