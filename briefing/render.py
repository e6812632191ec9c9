"""Rendering: the finished model becomes Markdown pages, one function per page.

Only labels and headings are ours; every statement is article text, made
inert by :func:`markup.inert`. Output depends on the model alone, so the
same seeds give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

from .markup import inert, link, relative, source_doc
from .model import Article, Briefing, Citation, Item

INDEX = "index.md"
SOURCES = "sources.md"
OTHER = "other-reporting.md"
METHOD = "method.md"


def render_pages(b: Briefing) -> dict[str, str]:
    """Every generated Markdown page, keyed by its path under docs/."""
    pages = {
        INDEX: render_briefing(b),
        SOURCES: render_sources(b),
        OTHER: render_other_reporting(b),
        METHOD: render_method(b),
    }
    for a in b.corpus.articles:
        pages[source_doc(a.id)] = render_source(b, a)
    return pages


# --- the briefing (home page) ---


def render_briefing(b: Briefing) -> str:
    numbers = source_numbers(b)
    n = len(b.corpus.articles)
    based_on = [{"name": a.title, "url": source_doc(a.id), "date": a.date.isoformat() if a.date else None}
                for a in b.corpus.articles]
    lines = front_matter(description=b.description or b.title, kind="briefing", based_on=based_on)
    lines += [f"# {inert(b.title)}", ""]
    as_of = long_date(b.as_of) if b.as_of else "no dated article"
    lines += [f'<p class="as-of">As of {as_of} · built from {n} article{"s" if n != 1 else ""}</p>', ""]
    if b.description:
        lines += [inert(b.description), ""]
    if b.key_points:
        lines += ["## Key points", ""]
        lines += [f"- {inert(i.text)}{cite_links(b, i, numbers, INDEX)}" for i in b.key_points]
        lines.append("")
    for s in b.sections:
        lines += [f"## {inert(s.title)}", ""]
        if s.intro:
            lines += [f"*{inert(s.intro)}*", ""]
        if not s.items:
            lines += ["No article in this briefing reports anything for this section.", ""]
            continue
        lines += [item_line(b, i, numbers) for i in s.items]
        lines.append("")
    lines += ["## Articles cited", ""]
    lines += [f"{numbers[a.id]}. {link(inert(a.title), source_doc(a.id))} — {source_byline(b, a)}" for a in b.corpus.articles]
    lines += ["", f"Statements no section claims are listed under {link('Other reporting', OTHER)}.", ""]
    return "\n".join(lines)


def item_line(b: Briefing, item: Item, numbers: dict[str, int]) -> str:
    count = len(item.sources)
    badge = f"{count} sources" if count > 1 else "single source"
    return (f'- <span class="item" id="item-{item.id}"></span>{inert(item.text)}'
            f'{cite_links(b, item, numbers, INDEX)} <span class="badge">{badge}</span>')


def cite_links(b: Briefing, item: Item, numbers: dict[str, int], from_doc: str) -> str:
    """One footnote-style link per citing sentence, titled with the sentence itself."""
    out = []
    for c in item.citations:
        a = b.article(c.source)
        target = relative(source_doc(c.source), from_doc) + f"#{c.sentence}"
        out.append(link(str(numbers[c.source]), target, f"{a.title}: {c.text}", "cite"))
    return " " + " ".join(out)


def source_numbers(b: Briefing) -> dict[str, int]:
    return {a.id: n for n, a in enumerate(b.corpus.articles, 1)}


def source_byline(b: Briefing, a: Article) -> str:
    parts = [inert(b.outlets[a.id])] if b.outlets.get(a.id) else []
    parts.append(long_date(a.date) if a.date else "undated")
    return ", ".join(parts)


# --- one page per article ---


def render_source(b: Briefing, a: Article) -> str:
    doc = source_doc(a.id)
    placed = b.placements()
    titles = {s.id: s.title for s in b.sections}
    heading = " ".join(sentence_span(s.id, s.text, None, titles, doc) for s in a.blocks[0].sentences)
    when = long_date(a.date) if a.date else "undated"
    lines = front_matter(description=f"Source article, {when}: {a.title}", kind="source")
    lines += [f"# {heading}", "", "| | |", "|---|---|"]
    lines.append(f"| Date | {long_date(a.date) + ' (' + inert(a.date_note) + ')' if a.date else 'undated'} |")
    if b.outlets.get(a.id):
        lines.append(f"| Outlet | {inert(b.outlets[a.id])} |")
    if b.urls.get(a.id):
        lines.append(f"| Original | <{b.urls[a.id]}> |")
    used = sum(1 for s in a.sentences if (a.id, s.id) in placed)
    lines += [f"| File | <code>seeds/{inert(a.file)}</code> |", f"| SHA-256 | <code>{a.sha256}</code> |",
              f"| Sentences | {len(a.sentences)}, of which {used} used in the briefing |", ""]
    lines += ["Highlighted sentences are used in the briefing; the arrow after each leads to the statement.",
              "", '<div class="article-text" markdown>', ""]
    for block in a.blocks[1:]:
        spans = " ".join(sentence_span(s.id, s.text, placed.get((a.id, s.id)), titles, doc) for s in block.sentences)
        lines += [f"### {spans}" if block.kind == "heading" else spans, ""]
    lines += ["</div>", ""]
    return "\n".join(lines)


def sentence_span(sid: str, text: str, item: Item | None, titles: dict[str, str], doc: str) -> str:
    if item is None:
        return f'<span class="sentence" id="{sid}">{inert(text)}</span>'
    back = link("↩", relative(INDEX, doc) + f"#item-{item.id}", f"Used in {titles[item.section]}", "backref")
    return f'<span class="sentence used" id="{sid}">{inert(text)}</span> {back}'


# --- sources table, other reporting, method ---


def render_sources(b: Briefing) -> str:
    numbers = source_numbers(b)
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
    problems = [("skipped", p) for p in b.corpus.rejected] + [("repaired", p) for p in b.corpus.warnings]
    if not problems:
        lines.append("Every file in `seeds/` was read as it is.")
    for kind, p in sorted(problems, key=lambda x: (x[1].file, x[0])):
        lines.append(f"- <code>{inert(p.file)}</code> — {kind}: {inert(p.reason)}")
    return "\n".join(lines) + "\n"


def render_other_reporting(b: Briefing) -> str:
    lines = ["# Other reporting", "", "Every sentence that no section of the briefing claims, by article, "
             "so nothing an article said is dropped.", ""]
    by_source: dict[str, list[Citation]] = {}
    for c in b.unplaced:
        by_source.setdefault(c.source, []).append(c)
    for a in b.corpus.articles:
        if a.id not in by_source:
            continue
        lines += [f"## {inert(a.title)}", ""]
        for c in by_source[a.id]:
            lines.append(f"- {inert(c.text)} {link('→', relative(source_doc(a.id), OTHER) + '#' + c.sentence, 'Read it in the article', 'cite')}")
        lines.append("")
    if not by_source:
        lines.append("Every sentence is used in a section.")
    return "\n".join(lines) + "\n"


def render_method(b: Briefing) -> str:
    total = sum(len(a.body_sentences) for a in b.corpus.articles)
    placed = total - len(b.unplaced)
    merged = sum(1 for s in b.sections for i in s.items if len(i.sources) > 1)
    lines = ["# Method", "", *METHOD_TEXT, "", "## This build", "",
             f"- Articles read: {len(b.corpus.articles)}; files skipped: {len(b.corpus.rejected)}; "
             f"files repaired: {len(b.corpus.warnings)}.",
             f"- Body sentences: {total}; placed in a section: {placed}; in other reporting: {len(b.unplaced)}.",
             f"- Statements reported by more than one article: {merged}.", "", "## Section rules", "",
             "A sentence goes to the section whose terms it matches most (`word*` matches any ending, "
             "`...` a gap of a few words).", "", "| Section | Terms |", "|---|---|"]
    for s in b.sections:
        lines.append(f"| {inert(s.title)} | {', '.join(inert(t) for t in s.terms)} |")
    return "\n".join(lines) + "\n"


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
    "3. **Merging.** Sentences from different articles that share enough rare words and names (names are "
    "compared after folding aliases such as *DPRK* and *North Korea*) become one statement citing every "
    "article.",
    "4. **Showing.** A statement's text is one article's sentence, word for word. Each numbered link opens "
    "the exact sentence in its article; hovering shows it.",
    "",
    "**What this guarantees.** Every statement on these pages is a sentence an article contains, and cites "
    "it. Every sentence of every article is either cited in a section or listed under *Other reporting*. "
    "What it does not guarantee: that the articles are right, or that two merged sentences agree in every "
    "detail. Follow the links to compare the wording.",
]


def front_matter(**values: object) -> list[str]:
    """YAML front matter for the theme (meta description, JSON-LD). JSON values are valid YAML
    and can hold no YAML syntax of their own (anchors, tags), whatever the article says."""
    def dump(value: object) -> str:  # YAML reads these three as line breaks even inside quotes
        text = json.dumps(value, ensure_ascii=False)
        return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085")

    return ["---", *(f"{key}: {dump(value)}" for key, value in values.items()), "---", ""]


def long_date(d: dt.date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"
