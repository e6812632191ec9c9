"""Rendering: the finished model becomes Markdown pages, one module per page, their hover text, and
``briefing.json``."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Briefing
from ..write import Output
from .briefing_page import difference_pages, render_briefing
from .export import iter_briefing_json
from .hover import hover_doc, hover_json
from .markup import source_doc
from .method_page import render_method
from .other_page import other_pages, render_other_reporting
from .people_page import people_pages, render_people
from .quotes_page import quote_pages, render_quotes
from .section_page import section_pages
from .source_page import render_source
from .sources_page import render_sources, table_pages
from .timeline_page import render_timeline, timeline_pages
from .widgets import INDEX, METHOD, OTHER, PEOPLE, QUOTES, SOURCES, TIMELINE, Cited, Lines, noting_cited

JSON_NAME = "briefing.json"
STREAMED_LINES = 2000  # a page longer than this is encoded and written this many lines at a time


def page_text(lines: Lines) -> str:
    return "\n".join(lines)


def iter_pages(b: Briefing) -> Iterator[tuple[str, Lines]]:
    """The pages one at a time, so a caller can encode each and let it go."""
    for path, render in ((INDEX, render_briefing), (TIMELINE, render_timeline), (PEOPLE, render_people),
                         (QUOTES, render_quotes), (SOURCES, render_sources), (OTHER, render_other_reporting),
                         (METHOD, render_method)):
        yield path, render(b)
    for pages in (section_pages, timeline_pages, people_pages, quote_pages, other_pages, difference_pages,
                  table_pages):
        yield from pages(b)
    for a in b.corpus.articles:
        yield source_doc(a.id), render_source(b, a)


def render_files(briefing: Briefing, directory_urls: bool) -> Iterator[tuple[str, Output]]:
    """Every generated file, one at a time: short pages as bytes, long ones and briefing.json in pieces;
    after each page that cites, its hover text (``hover.py``)."""
    cited: Cited = {}
    for path, lines in _noting(iter_pages(briefing), cited):
        yield path, encode_page(lines)
        said = cited.pop(path, None)
        if said:
            yield hover_doc(path, directory_urls), hover_json(said)
    yield JSON_NAME, iter_briefing_json(briefing, directory_urls)


def _noting(pages: Iterator[tuple[str, Lines]], cited: Cited) -> Iterator[tuple[str, Lines]]:
    """The pages, each rendered with its citations noted in ``cited`` (under the page they are on, so
    a module that renders several pages before handing them over is still noted right)."""
    while True:
        with noting_cited(cited):  # only around the rendering, never across a yield to the writer
            page = next(pages, None)
        if page is None:
            return
        yield page


def encode_page(lines: Lines) -> Output:
    """The page's UTF-8 bytes; for a long page (index.md is 58 MiB at 10,000 articles), in pieces."""
    if len(lines) <= STREAMED_LINES:
        return page_text(lines).encode("utf-8")
    return ((("\n" if n else "") + "\n".join(lines[n:n + STREAMED_LINES])).encode("utf-8")
            for n in range(0, len(lines), STREAMED_LINES))
