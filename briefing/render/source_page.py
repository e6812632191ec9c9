"""One page per article: its text, every sentence anchored, the sentences the briefing uses marked."""

from __future__ import annotations

import html

from ..model import Article, Briefing, Event
from .markup import inert, link, relative, source_doc
from .widgets import Lines, front_matter, item_anchor, long_date

# What the File row adds for a file that is not plain text: what was read from it.
FORMATS = {"markdown": " (Markdown: the text as the file holds it; its markup is left out of the analysis)",
           "html": " (a saved web page: the article text extracted from it; the page itself is not published)",
           "email": " (an e-mail: its subject, date and text)"}


def render_source(b: Briefing, a: Article) -> Lines:
    doc = source_doc(a.id)
    placed = b.placements
    titles = {s.id: s.title for s in b.sections}
    if a.title_from_lead:
        heading = inert(a.title)
    else:
        heading = " ".join(sentence_span(b, s.id, s.text, None, titles, doc) for s in a.blocks[0].sentences)
    when = long_date(a.date) if a.date else "undated"
    lines = front_matter(title=html.escape(a.title), description=html.escape(f"Source article, {when}: {a.title}"),
                         kind="source", date=a.date.isoformat() if a.date else None)
    lines += [f"# {heading}", "", "| About this article | |", "|---|---|"]
    lines.append(f"| Date | {long_date(a.date) + ' (' + inert(a.date_note) + ')' if a.date else 'undated'} |")
    if a.title_from_lead:
        lines.append("| Title | the article's first sentence: the file has no headline |")
    if a.dateline:
        lines.append(f"| Dateline | {inert(a.dateline.text)} |")
    if b.outlets.get(a.id):
        lines.append(f"| Outlet | {inert(b.outlets[a.id])} |")
    if b.urls.get(a.id):
        lines.append(f"| Original | <{b.urls[a.id]}> |")
    if a.id in b.copies:
        original = b.article(b.copies[a.id])
        lines.append(f"| Copy of | {link(inert(original.title), relative(source_doc(original.id), doc))} "
                     "(near-duplicate: not counted as independent confirmation) |")
    if a.id in b.off_story:
        lines.append(f"| Excluded | about another story: {inert(b.off_story[a.id])} |")
    used = sum(1 for s in a.sentences if (a.id, s.id) in placed)
    lines += [f"| File | <code>seeds/{inert(a.file)}</code>{FORMATS.get(a.format, '')} |",
              f"| SHA-256 | <code>{a.sha256}</code> |",
              f"| Sentences | {len(a.sentences)}, of which {used} used in the briefing |", ""]
    lines += ["Highlighted sentences are used in the briefing; the arrow after each leads to the statement.",
              "", '<div class="article-text" markdown>', ""]
    shown = dict(zip((s.id for s in a.sentences), a.shown)) if a.shown else {}
    for block in a.body_blocks:
        spans = " ".join(sentence_span(b, s.id, shown.get(s.id, s.text), placed.get((a.id, s.id)), titles, doc)
                         for s in block.sentences)
        if block is a.body_blocks[0] and a.dateline:
            spans = f'<span class="dateline">{inert(a.dateline.text)}</span> {spans}'
        lines += [f"## {spans}" if block.kind == "heading" else spans, ""]  # h2: no skipped level
    lines += ["</div>", ""]
    return lines


def sentence_span(b: Briefing, sid: str, text: str, item: Event | None, titles: dict[str, str], doc: str) -> str:
    if item is None:
        return f'<span class="sentence" id="{sid}">{inert(text)}</span>'
    back = link("↩", item_anchor(b, item, doc), f"Used in {titles[item.section]}", "backref")
    return f'<span class="sentence used" id="{sid}">{inert(text)}</span> {back}'
