"""Other reporting: every sentence no section claims, by article, so nothing an article said is dropped.

Articles about other stories come last, apart, under a heading that says so.
When there are more such sentences than one page holds
(``paging.OTHER_STATEMENTS``), they are on pages of whole articles under
other-reporting/, and other-reporting.md lists the pages with the articles on
each and how many of their sentences are left over.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Article, Briefing, Citation
from .markup import inert, link, relative
from .paging import Page, layout
from .section_page import pager
from .widgets import OTHER, SOURCES, Lines, bare_cite

LEAD = "Every sentence that no section of the briefing claims, by article, so nothing an article said is dropped."
ELSEWHERE = "On other stories"


def render_other_reporting(b: Briefing) -> Lines:
    lines = ["# Other reporting", "", LEAD, ""]
    pages = layout(b).other
    if pages:
        return lines + page_index(b, pages)
    by_source: dict[str, list[Citation]] = {}
    for c in b.unplaced:
        by_source.setdefault(c.source, []).append(c)
    for a in b.corpus.articles:
        if a.id in by_source and a.id not in b.off_story:
            lines += article_sentences(b, a, by_source[a.id], "##", OTHER)
    elsewhere = [a for a in b.corpus.articles if a.id in by_source and a.id in b.off_story]
    if elsewhere:
        lines += [f"## {ELSEWHERE}", "", elsewhere_lead(OTHER), ""]
        for a in elsewhere:
            lines += article_sentences(b, a, by_source[a.id], "###", OTHER)
    if not by_source:
        lines.append("Every sentence is used in a section.")
    return [*lines, ""]


def page_index(b: Briefing, pages: tuple[Page, ...]) -> list[str]:
    """Each page with the articles on it, by number, and how many of their sentences it lists.

    Numbers rather than titles: at 10,000 articles a line of title and link each would make this page
    larger than the pages it lists (the numbers are those of the citations and the Sources page)."""
    numbers = b.numbers
    lines = [f"{len(b.unplaced):,} sentences of {sum(len(p.items) for p in pages):,} articles, on "
             f"{len(pages)} pages. Each page lists whole articles, by their number (as on "
             f"{link('Sources', SOURCES)}) with how many of their sentences it lists; articles about other "
             "stories are marked *elsewhere* and come last.", ""]
    for page in pages:
        count = sum(len(cs) for _, cs in page.items)
        listed = ", ".join(f"{numbers[source]}{' elsewhere' if source in b.off_story else ''} ({len(cs)})"
                           for source, cs in page.items)
        lines.append(f"- {link(f'Page {page.number}', relative(page.doc, OTHER))}, {count:,} sentences: {listed}")
    return [*lines, ""]


def elsewhere_lead(doc: str) -> str:
    return ("These articles are about other stories (the reasons are on "
            f"{link('Sources', relative(SOURCES, doc))}): none of their sentences is part of this briefing.")


def other_pages(b: Briefing) -> Iterator[tuple[str, Lines]]:
    """The pages of whole articles' left-over sentences; none when other-reporting.md holds them all."""
    pages = layout(b).other
    for page in pages:
        yield page.doc, other_page(b, page, pages)


def other_page(b: Briefing, page: Page, pages: tuple[Page, ...]) -> Lines:
    doc = page.doc
    lines = ["# Other reporting" + (f" (page {page.number} of {page.of})" if page.of > 1 else ""), "", LEAD,
             f"All the articles are listed on {link('Other reporting', relative(OTHER, doc))}.", "",
             *pager(pages, page)]
    on_story = True
    for source, cs in page.items:
        if on_story and source in b.off_story:
            on_story = False
            lines += [f"## {ELSEWHERE}", "", elsewhere_lead(doc), ""]
        lines += article_sentences(b, b.article(source), list(cs), "##" if on_story else "###", doc)
    return lines + pager(pages, page)


def article_sentences(b: Briefing, a: Article, cs: list[Citation], level: str, doc: str) -> list[str]:
    # The sentence is the bullet itself: a tooltip repeating it would double the page.
    return [f"{level} {inert(a.title)} {{#other-{a.id}}}", "",
            *(f"- {inert(c.text)} {bare_cite(b, c, doc)}" for c in cs), ""]
