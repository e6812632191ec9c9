"""One page per article: its text, every sentence anchored, the sentences the briefing uses marked."""

from __future__ import annotations

import html

from ..model import Article, Briefing, Event
from .markup import inert, link, relative, source_doc
from .widgets import Lines, front_matter, item_anchor, long_date


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
    if a.id in b.off_story:
        lines.append(f"| Excluded | about another story: {inert(b.off_story[a.id])} |")
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


def sentence_span(sid: str, text: str, item: Event | None, titles: dict[str, str], doc: str) -> str:
    if item is None:
        return f'<span class="sentence" id="{sid}">{inert(text)}</span>'
    back = link("↩", item_anchor(item, doc), f"Used in {titles[item.section]}", "backref")
    return f'<span class="sentence used" id="{sid}">{inert(text)}</span> {back}'
