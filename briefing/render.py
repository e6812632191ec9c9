"""Rendering: the finished model becomes Markdown pages, one function per page.

Only labels and headings are ours; every statement is article text, made
inert by :func:`markup.inert`. Output depends on the model alone, so the
same seeds give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections import Counter
from collections.abc import Iterable, Iterator

from .dates import format_date
from .markup import inert, link, relative, source_doc
from .model import Article, Briefing, Citation, Discrepancy, Item, Register

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


def page_text(lines: Lines) -> str:
    return "\n".join(lines)


def iter_pages(b: Briefing) -> Iterator[tuple[str, Lines]]:
    """The pages one at a time, so a caller can encode each and let it go."""
    from .views import render_people, render_quotes, render_timeline

    for path, render in ((INDEX, render_briefing), (TIMELINE, render_timeline), (PEOPLE, render_people),
                         (QUOTES, render_quotes), (SOURCES, render_sources), (OTHER, render_other_reporting),
                         (METHOD, render_method)):
        yield path, render(b)
    for a in b.corpus.articles:
        yield source_doc(a.id), render_source(b, a)


# --- shared pieces ---


FULL_CITES = 6  # articles per statement whose link carries its sentences as a tooltip


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
    numbers = " ".join(_bare_cite(b, cs[0], from_doc) for cs in rest)
    return inline, f' <details class="more-cites"><summary>{len(rest):,} more articles</summary>{numbers}</details>'


def lead(item: Item, *first: Citation) -> list[str]:
    """The articles a reader must see named: ``first``, the shown sentence's and the one that dates the item."""
    return [c.source for c in (*first, item.shown, *([item.date] if item.date else []))]


def _titled_cite(b: Briefing, cs: list[Citation], from_doc: str) -> str:
    said = " … ".join(c.text for c in cs)
    return link(str(b.numbers[cs[0].source]), _cite_target(cs[0], from_doc), f"{b.article(cs[0].source).title}: {said}", "cite")


def _bare_cite(b: Briefing, c: Citation, from_doc: str) -> str:
    """A citation whose sentence is already on the page beside it, or one of many: number and link only."""
    return link(str(b.numbers[c.source]), _cite_target(c, from_doc), cls="cite")


def _cite_target(c: Citation, from_doc: str) -> str:
    return relative(source_doc(c.source), from_doc) + f"#{c.sentence}"


def source_byline(b: Briefing, a: Article) -> str:
    parts = [inert(b.outlets[a.id])] if b.outlets.get(a.id) else []
    parts.append(long_date(a.date) if a.date else "undated")
    return ", ".join(parts)


def item_anchor(item: Item, from_doc: str) -> str:
    return relative(INDEX, from_doc) + f"#item-{item.id}"


def date_label(c: Citation | None) -> str:
    """The resolved date with the article's own words, or the words marked unresolved."""
    if c is None or c.date is None:
        return ""
    d = c.date
    if d.start_date is None:
        return f'<span class="when unresolved">undated: ‘{inert(d.phrase)}’</span>'
    note = f"; {inert(d.note)}" if d.note else ""
    return f'<span class="when">{inert(format_date(d))}</span> <span class="phrase">(‘{inert(d.phrase)}’{note})</span>'


def corroboration(item: Item) -> str:
    n, independent = len(item.sources), item.independent
    if n == 1:
        return '<span class="badge single">single source</span>'
    if independent < n:
        return f'<span class="badge">{n} reports, {independent} independent</span>'
    return f'<span class="badge">{n} sources</span>'


def attributions(item: Item) -> str:
    vias = list(dict.fromkeys(c.via for c in item.citations if c.via))
    return "".join(f' <span class="via">via {inert(v)}</span>' for v in vias)


# --- the briefing (home page) ---


def render_briefing(b: Briefing) -> Lines:
    n = len(b.corpus.articles)
    based_on = [{"name": html.escape(a.title), "url": source_doc(a.id), "date": a.date.isoformat() if a.date else None}
                for a in b.corpus.articles]
    lines = front_matter(title=html.escape(b.title), description=html.escape(b.description or b.title),
                         kind="briefing", as_of=b.as_of.isoformat() if b.as_of else None, based_on=based_on)
    lines += [f"# {inert(b.title)}", ""]
    as_of = f"As of {long_date(b.as_of)}" if b.as_of else "No article carries a date"
    lines += [f'<p class="as-of">{as_of} · built from {n} article{"s" if n != 1 else ""}</p>', ""]
    if b.description:
        lines += [inert(b.description), ""]
    if b.key_points:
        lines += ["## Key points", ""]
        lines += [f"- {inert(i.text)}{cite(b, i.citations, INDEX, f'#item-{i.id}', lead(i))} {corroboration(i)}"
                  for i in b.key_points]
        lines.append("")
    registers = {r.section: r for r in b.registers}
    for s in b.sections:
        lines += [f"## {inert(s.title)}", ""]
        if s.intro:
            lines += [f"*{inert(s.intro)}*", ""]
        if not s.items:
            lines += ["No article in this briefing reports anything for this section.", ""]
            continue
        lines += [item_line(b, i) for i in s.items] + [""]
        if s.id in registers:
            lines += register_table(b, registers[s.id])
    lines += differences(b)
    lines += ["## Articles cited", ""]
    numbers = b.numbers
    lines += [f"{numbers[a.id]}. {link(inert(a.title), source_doc(a.id))} — {source_byline(b, a)}"
              for a in b.corpus.articles]
    lines += ["", f"Statements no section claims are listed under {link('Other reporting', OTHER)}.", ""]
    return lines


def item_line(b: Briefing, item: Item) -> str:
    """The statement, its first citations and badge on one line, every other citing article folded below."""
    when = date_label(item.date)
    inline, folded = cite_parts(b, item.citations, INDEX, lead=lead(item))
    return (f'- <span class="item" id="item-{item.id}"></span>{when + " · " if when else ""}{inert(item.text)}'
            f'{attributions(item)}{inline} {corroboration(item)}{folded}')


def register_table(b: Briefing, register: Register) -> list[str]:
    rows = [r for r in register.rows if any(r.cells[1:])]
    if not rows:
        return []
    head = [*register.columns, "Sources"]
    lines = [f"### {inert(register.title)} at a glance", "",
             "Each cell holds the article's own words; an empty cell means the article does not say.", "",
             "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        cells = [inert(c) if c else "—" for c in row.cells]
        lines.append("| " + " | ".join(cells) + f" | {link('↑', '#item-' + row.item.id, 'The statement', 'up', 'Go to the statement')}"
                     f"{cite(b, row.item.citations, INDEX, '#item-' + row.item.id, lead(row.item))} |")
    return lines + [""]


DIFF_LABELS = {"number": "Figures", "date": "Dates", "name": "Spelling of a name", "quote": "Quoted words"}


def differences(b: Briefing) -> list[str]:
    if not b.discrepancies:
        return []
    items = {i.id: i for s in b.sections for i in s.items}
    lines = ["## Where sources differ", "",
             "The same fact, reported with different figures, dates, names or quoted words. "
             "Each version is the article's own text.", ""]
    for d in b.discrepancies:
        lines += difference(b, d, items.get(d.item))
    return lines + [""]


def difference(b: Briefing, d: Discrepancy, item: Item | None) -> list[str]:
    """One disagreement; a fact from other reporting links to its first sentence instead."""
    first = d.versions[0].citation
    target = f"#item-{item.id}" if item else f"{source_doc(first.source)}#{first.sentence}"
    label = item.text if item else " ".join(first.text.split())
    where = "" if item else " *(other reporting)*"
    lines = [f"- **{DIFF_LABELS[d.kind]}** — {link(inert(_shorten(label)), target)}{where}"]
    by_value: dict[str, list[Citation]] = {}  # one line per value, citing every article that gives it
    for v in d.versions:
        by_value.setdefault(v.value, []).append(v.citation)
    lines += [f"    - ‘{inert(value)}’{cite(b, cs, INDEX)}" for value, cs in by_value.items()]
    return lines


def _shorten(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: text.rfind(" ", 0, limit)] + " …"


# --- one page per article ---


def render_source(b: Briefing, a: Article) -> Lines:
    doc = source_doc(a.id)
    placed = b.placements
    titles = {s.id: s.title for s in b.sections}
    heading = " ".join(sentence_span(s.id, s.text, None, titles, doc) for s in a.blocks[0].sentences)
    when = long_date(a.date) if a.date else "undated"
    lines = front_matter(title=html.escape(a.title), description=html.escape(f"Source article, {when}: {a.title}"),
                         kind="source", date=a.date.isoformat() if a.date else None)
    lines += [f"# {heading}", "", "| About this article | |", "|---|---|"]
    lines.append(f"| Date | {long_date(a.date) + ' (' + inert(a.date_note) + ')' if a.date else 'undated'} |")
    if b.outlets.get(a.id):
        lines.append(f"| Outlet | {inert(b.outlets[a.id])} |")
    if b.urls.get(a.id):
        lines.append(f"| Original | <{b.urls[a.id]}> |")
    if a.id in b.copies:
        original = b.article(b.copies[a.id])
        lines.append(f"| Copy of | {link(inert(original.title), relative(source_doc(original.id), doc))} "
                     "(near-duplicate: not counted as independent confirmation) |")
    used = sum(1 for s in a.sentences if (a.id, s.id) in placed)
    lines += [f"| File | <code>seeds/{inert(a.file)}</code> |", f"| SHA-256 | <code>{a.sha256}</code> |",
              f"| Sentences | {len(a.sentences)}, of which {used} used in the briefing |", ""]
    lines += ["Highlighted sentences are used in the briefing; the arrow after each leads to the statement.",
              "", '<div class="article-text" markdown>', ""]
    for block in a.blocks[1:]:
        spans = " ".join(sentence_span(s.id, s.text, placed.get((a.id, s.id)), titles, doc) for s in block.sentences)
        lines += [f"## {spans}" if block.kind == "heading" else spans, ""]  # h2: no skipped level
    lines += ["</div>", ""]
    return lines


def sentence_span(sid: str, text: str, item: Item | None, titles: dict[str, str], doc: str) -> str:
    if item is None:
        return f'<span class="sentence" id="{sid}">{inert(text)}</span>'
    back = link("↩", item_anchor(item, doc), f"Used in {titles[item.section]}", "backref")
    return f'<span class="sentence used" id="{sid}">{inert(text)}</span> {back}'


# --- sources table, other reporting, method ---


def render_sources(b: Briefing) -> Lines:
    numbers = b.numbers
    counts: Counter[tuple[str, str]] = Counter()
    for s in b.sections:
        for item in s.items:
            for src in item.sources:
                counts[(src, s.id)] += 1
    unplaced = Counter(c.source for c in b.unplaced)
    head = ["#", "Article", "Date", *[inert(s.title) for s in b.sections], "Other reporting"]
    lines = ["# Sources", "", f"{len(b.corpus.articles)} articles read from `seeds/`. "
             "Each section column counts the statements that article backs there.", "",
             "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for a in b.corpus.articles:
        cells = [str(numbers[a.id]), link(inert(a.title), source_doc(a.id)), source_byline(b, a)]
        cells += [str(counts[(a.id, s.id)]) for s in b.sections] + [str(unplaced[a.id])]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", "## Skipped and repaired sources", ""]
    problems = [("skipped", p) for p in b.corpus.rejected] + [("read with a note", p) for p in b.corpus.warnings]
    if not problems:
        lines.append("Every file in `seeds/` was read as it is.")
    for kind, p in sorted(problems, key=lambda x: (x[1].file, x[0], x[1].reason)):
        lines.append(f"- <code>{inert(p.file)}</code> — {kind}: {inert(p.reason)}")
    return [*lines, ""]


def render_other_reporting(b: Briefing) -> Lines:
    lines = ["# Other reporting", "", "Every sentence that no section of the briefing claims, by article, "
             "so nothing an article said is dropped.", ""]
    by_source: dict[str, list[Citation]] = {}
    for c in b.unplaced:
        by_source.setdefault(c.source, []).append(c)
    for a in b.corpus.articles:
        if a.id not in by_source:
            continue
        lines += [f"## {inert(a.title)}", ""]
        # The sentence is the bullet itself: a tooltip repeating it would double the page.
        lines += [f"- {inert(c.text)} {_bare_cite(b, c, OTHER)}" for c in by_source[a.id]]
        lines.append("")
    if not by_source:
        lines.append("Every sentence is used in a section.")
    return [*lines, ""]


def render_method(b: Briefing) -> Lines:
    total = sum(len(a.body_sentences) for a in b.corpus.articles)
    merged = sum(1 for s in b.sections for i in s.items if len(i.sources) > 1)
    lines = ["# Method", "", *METHOD_TEXT, "", "## This build", "",
             f"- Articles read: {len(b.corpus.articles)}; files skipped: {len(b.corpus.rejected)}; "
             f"files read with a note: {len(b.corpus.warnings)}; near-duplicates: {len(b.copies)}.",
             f"- Body sentences: {total}; placed in a section: {total - len(b.unplaced)}; "
             f"in other reporting: {len(b.unplaced)}.",
             f"- Statements reported by more than one article: {merged}; differences found: {len(b.discrepancies)}.",
             f"- People: {len(b.people)}; quotations: {len(b.quotes)}; dated events: {len(b.timeline)}.",
             "", "## Section rules", "",
             "A sentence goes to the section whose terms it matches most (`word*` matches any ending, "
             "`...` a gap of a few words).", "", "| Section | Terms |", "|---|---|"]
    for s in b.sections:
        lines.append(f"| {inert(s.title)} | {', '.join(inert(t) for t in s.terms)} |")
    return [*lines, ""]


METHOD_TEXT = [
    "This briefing is assembled by a program from the article files in `seeds/` and the curation file "
    "`briefing.yml`. Nobody writes or edits its statements.",
    "",
    "1. **Reading.** Each file is read as text: its title, its date if it carries one, its paragraphs and "
    "subheadings. Each sentence gets a permanent anchor on the article's page. Files that cannot be read "
    "are listed under *Skipped and repaired sources* on the Sources page, with the reason.",
    "2. **Placing.** A sentence joins the section whose terms (listed below) it matches most. The subheading "
    "above it and the sentence before it only break ties. A sentence that matches no section is listed "
    "under *Other reporting*.",
    "3. **Merging.** Sentences from different articles that share enough rare words and names become one "
    "statement citing every article. Names are compared after folding aliases (*DPRK* and *North Korea*) "
    "and spelling variants (*Sergey* and *Sergei*). Sentences whose details contradict each other are never "
    "merged, however alike their words: dates more than three days apart (*Sept. 13* is not *July 19*, "
    "even when the year is unknown) or on different weekdays, figures that all differ (*61 votes to 38* "
    "and *52 votes to 47*), quotations that share at most half their words, or different people. One "
    "figure that differs between sentences otherwise worded alike is one report with a disputed figure, "
    "listed under *Where sources differ*. An article that is a near-copy of another is shown but not "
    "counted as independent confirmation.",
    "4. **Dating.** Date phrases are resolved against the article's own date: *on Friday* in an article of "
    "14 September 2024 is 13 September 2024. In an undated article such phrases stay unresolved, unless "
    "another article reporting the same fact is dated; then the page says where the year came from.",
    "5. **Showing.** A statement's text is one article's sentence, word for word. Each numbered link opens "
    "the exact sentence in its article; hovering shows it. Differences between articles on one fact are "
    "listed under *Where sources differ*, each version in the article's own words.",
    "",
    "**What this guarantees.** Every statement on these pages is a sentence an article contains, and cites "
    "it. Every sentence of every article is either cited in a section or listed under *Other reporting*. "
    "Table cells, names and quotations are the articles' own words. What it does not guarantee: that the "
    "articles are right, or that two merged sentences agree in every detail. Follow the links to compare.",
]


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
