"""What every page shares: page paths, citation links, date labels, badges, front matter.

Only labels and headings are ours; every statement is article text, made
inert by :func:`markup.inert`. Output depends on the model alone, so the
same seeds give the same bytes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import json
from collections.abc import Iterable, Iterator
from contextvars import ContextVar

from ..analyse.dates import format_date
from ..model import Article, Briefing, Citation, DateMention, Event, fold
from .markup import inert, link, relative, source_doc
from .paging import layout

INDEX = "index.md"
TIMELINE = "timeline.md"
PEOPLE = "people.md"
QUOTES = "quotes.md"
SOURCES = "sources.md"
OTHER = "other-reporting.md"
METHOD = "method.md"


# A page as its lines, without the line breaks: "\n".join(lines) is its Markdown. Pages stay
# lines until written, so the largest (tens of MiB at 10,000 articles) is never also held as
# one string.
Lines = list[str]


NEW = '<span class="badge new">new</span>'  # an event first reported in the Latest block's days

FULL_CITES = 6  # articles per statement whose link shows its sentences on hover
LABEL_TITLE = 40  # characters of an article's title in a citation's label, when no outlet names it

# The sentences each page's titled citations stand for, by page: its hover text (``hover.py``),
# kept out of the page itself. Noted here, where the links are made, so that a page module needs
# no part in it; only while :func:`noting_cited` is active (rendering a single page for a test
# notes nothing).
Cited = dict[str, dict[str, str]]  # page doc -> citation key (article id "#" anchor) -> sentence text
_CITED: ContextVar[Cited | None] = ContextVar("cited", default=None)


def cite(b: Briefing, citations: Iterable[Citation], from_doc: str, rest_at: str = "",
         lead: Iterable[str] = ()) -> str:
    """One footnote-style link per article, to its first cited sentence (see :func:`cite_parts`)."""
    inline, folded = cite_parts(b, citations, from_doc, rest_at, lead)
    return inline + folded


def cite_parts(b: Briefing, citations: Iterable[Citation], from_doc: str, rest_at: str = "",
               lead: Iterable[str] = ()) -> tuple[str, str]:
    """The citation links to put after a statement, and the folded rest to put at the end of its line.

    The first ``FULL_CITES`` articles (the ``lead`` ones among them, then in
    order) are titled with the article title and the sentences it says; an
    evergreen fact can have thousands of articles, and a title each would make
    one bullet megabytes long. The rest are bare numbers folded under one line,
    or, where ``rest_at`` is the statement's own place in the briefing (which
    lists them all), counted with a link there.
    """
    by_source: dict[str, list[Citation]] = {}
    for c in citations:
        by_source.setdefault(c.source, []).append(c)
    chosen = list(dict.fromkeys(s for s in lead if s in by_source))[:FULL_CITES]
    chosen += [s for s in by_source if s not in chosen][: FULL_CITES - len(chosen)]
    chosen.sort(key=b.numbers.__getitem__)
    inline = " " + " ".join(_titled_cite(b, by_source[s], from_doc) for s in chosen)
    rest = [cs for s, cs in by_source.items() if s not in chosen]
    if not rest:
        return inline, ""
    if rest_at:
        return inline + " " + link(f"+{len(rest):,} more", rest_at, cls="more-cites"), ""
    numbers = " ".join(bare_cite(b, cs[0], from_doc) for cs in rest)
    return inline, f' <details class="more-cites"><summary>{len(rest):,} more articles</summary>{numbers}</details>'


def lead(item: Event, *first: Citation) -> list[str]:
    """The articles a reader must see named: ``first``, the shown sentence's and the one that dates the item."""
    return [c.source for c in (*first, item.shown, *([item.date] if item.date else []))]


def _titled_cite(b: Briefing, cs: list[Citation], from_doc: str) -> str:
    """A citation whose title is a short label (who, when); the sentences it stands for are noted for
    the page's hover text, and those after the one it links to named in ``data-more``."""
    first = cs[0]
    said = {c.sentence: c.text for c in cs}
    _note(from_doc, first.source, said)
    more = " ".join(s for s in said if s != first.sentence)  # anchors are ours ("s-" and hex): no escaping
    return link(str(b.numbers[first.source]), cite_target(first, from_doc), cite_label(b, b.article(first.source)),
                "cite", attrs=f'data-more="{more}"' if more else "")


def cite_label(b: Briefing, a: Article) -> str:
    """A citation's title, as plain text: the outlet (else the article's title, shortened) and the date.

    It is the browser's own tooltip without the script, and what a printed
    citation names; the sentence itself is shown by the script, from the page's hover text.
    """
    name = b.outlets.get(a.id) or shorten(a.title, LABEL_TITLE)
    return f"{name}, {long_date(a.date) if a.date else 'undated'}"


def shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word where there is one, with an ellipsis when cut."""
    text = fold(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if text[limit - 1] != " " and space > limit // 2:  # in the middle of a word: back to the word before
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def citation_key(source: str, sentence: str) -> str:
    """How the hover text names a citation's sentence; briefing.js builds the same from the link's URL."""
    return f"{source}#{sentence}"


def _note(from_doc: str, source: str, said: dict[str, str]) -> None:
    cited = _CITED.get()
    if cited is not None:
        page = cited.setdefault(from_doc, {})
        for sentence, text in said.items():
            page[citation_key(source, sentence)] = text


@contextlib.contextmanager
def noting_cited(cited: Cited) -> Iterator[Cited]:
    """While active, every titled citation notes its sentences in ``cited``, under the page it is on."""
    token = _CITED.set(cited)
    try:
        yield cited
    finally:
        _CITED.reset(token)


def bare_cite(b: Briefing, c: Citation, from_doc: str) -> str:
    """A citation whose sentence is already on the page beside it, or one of many: number and link only."""
    return link(str(b.numbers[c.source]), cite_target(c, from_doc), cls="cite")


def cite_target(c: Citation, from_doc: str) -> str:
    return relative(source_doc(c.source), from_doc) + f"#{c.sentence}"


def source_byline(b: Briefing, a: Article) -> str:
    parts = [inert(b.outlets[a.id])] if b.outlets.get(a.id) else []
    parts.append(long_date(a.date) if a.date else "undated")
    return ", ".join(parts)


def item_anchor(b: Briefing, item: Event, from_doc: str) -> str:
    """The link to an event where it is listed in full: on the page of its section that holds it."""
    doc = layout(b).event_doc[item.id]
    return ("" if doc == from_doc else relative(doc, from_doc)) + f"#item-{item.id}"


def date_label(c: Citation | None) -> str:
    """The resolved date with the article's own words, or the words marked unresolved."""
    if c is None or c.date is None:
        return ""
    d = c.date
    if d.start_date is None:
        return f'<span class="when unresolved">undated: ‘{inert(d.phrase)}’</span>'
    return f'<span class="when">{inert(format_date(d))}</span> <span class="phrase">({source_words(d)})</span>'


def source_words(d: DateMention) -> str:
    """Where a date came from, in parentheses on the page: the article's words, and how they were read; or,
    for a date no words give (the article's own date), only how."""
    words = f"‘{inert(d.phrase)}’" if d.phrase else ""
    note = inert(d.note) if d.note else ""
    return "; ".join(part for part in (words, note) if part)


def corroboration(item: Event) -> str:
    n, independent = len(item.sources), item.independent
    if n == 1:
        return '<span class="badge single">single source</span>'
    if independent < n:
        return f'<span class="badge">{n} reports, {independent} independent</span>'
    return f'<span class="badge">reported by {n} independent sources</span>'


def attributions(item: Event) -> str:
    vias = list(dict.fromkeys(c.via for c in item.citations if c.via))
    return "".join(f' <span class="via">via {inert(v)}</span>' for v in vias)


def front_matter(**values: object) -> list[str]:
    """YAML front matter for the theme (title, meta description, JSON-LD).

    JSON values are valid YAML and can hold no YAML syntax of their own
    (anchors, tags), whatever the article says. Texts must come HTML-escaped:
    themes print titles and descriptions unescaped, in <title>, attributes and the nav.
    """
    def dump(value: object) -> str:  # YAML reads these three as line breaks even inside quotes
        text = json.dumps(value, ensure_ascii=False)
        return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085")

    return ["---", *(f"{key}: {dump(value)}" for key, value in values.items()), "---", ""]


def long_date(d: dt.date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def page_start(kind: str, heading: str, description: str, lead: str) -> list[str]:
    """Front matter, the page's heading and its lead paragraph (``lead`` is our own prose)."""
    return [*front_matter(description=html.escape(description), kind=kind), f"# {heading}", "", lead, ""]
