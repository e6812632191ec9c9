"""An event as the pages show it: its heading line, its sentence, the context it leans on, its other wordings.

The heading is ours, made of the event's fields (the date with the
article's own words, the place, who); the sentence is one article's, word
for word, except for a referent put in square brackets, as news editors mark
an insertion, which links to the earlier sentence of the same article that
its words come from.
"""

from __future__ import annotations

from ..derive.who import involved, names, place
from ..model import Briefing, Citation, Event, fold
from .markup import inert, link
from .widgets import bare_cite, cite_target, date_label

WHO_SHOWN = 3  # names in a heading before "and N others"
WORDINGS = 5  # other wordings listed under an event before "and N more"


def heading(e: Event) -> str:
    """"date · place · who", leaving out what the event does not say; "" when it says none of them."""
    parts = [date_label(e.date), inert(place(e)), inert(names(involved(e), WHO_SHOWN))]
    shown = " · ".join(p for p in parts if p)
    return f'<span class="event-head">{shown}</span>' if shown else ""


def sentence(b: Briefing, e: Event, from_doc: str) -> str:
    """The event's sentence, with the words it leans on inserted in square brackets where it has them."""
    ctx = e.context
    at = _leading(e)
    if ctx is None or at < 0:
        return inert(e.text)
    title = (f"Inserted by the briefing, from an earlier sentence of the same article "
             f"(‘{b.article(ctx.source.source).title}’): {ctx.source.text}")
    marked = link(f"&#91;{inert(ctx.insert)}&#93;", cite_target(ctx.source, from_doc), title, "insert")
    before, after = e.text[:at], e.text[at + len(ctx.replaces):]
    # inert() folds spaces at the ends too: keep the one between the insertion and its neighbours.
    return (inert(before) + (" " if before.endswith(" ") else "") + marked
            + (" " if after.startswith(" ") else "") + inert(after))


def _leading(e: Event) -> int:
    """Where the words an insertion stands for start in the shown sentence: at its start, after any
    punctuation; -1 when there is no insertion to make."""
    ctx = e.context
    if ctx is None or not ctx.insert or not ctx.replaces:
        return -1
    at = e.text.find(ctx.replaces)
    return at if at >= 0 and not any(ch.isalnum() for ch in e.text[:at]) else -1


def context(b: Briefing, e: Event, from_doc: str) -> str:
    """The sentence before a shown one that leans on it without a safe insertion, muted, with its citation."""
    ctx = e.context
    if ctx is None or _leading(e) >= 0:
        return ""
    return (f' <span class="context">Context, the sentence before it: ‘{inert(ctx.source.text)}’'
            f'{" " + bare_cite(b, ctx.source, from_doc)}</span>')


def wordings(b: Briefing, e: Event, from_doc: str) -> str:
    """The event's other sentences, folded: each distinct wording once, with the article giving it."""
    by_text: dict[str, list[Citation]] = {}
    for c in e.citations:
        text = fold(c.text)
        if text != e.text:
            by_text.setdefault(text, []).append(c)
    if not by_text:
        return ""
    n = len(by_text)
    lines = [f'<span class="wording">‘{inert(text)}’ {bare_cite(b, cs[0], from_doc)}{_also(len(cs) - 1)}</span>'
             for text, cs in list(by_text.items())[:WORDINGS]]
    if n > WORDINGS:
        lines.append(f'<span class="wording">… and {n - WORDINGS:,} more, in the articles cited above</span>')
    summary = f"{n:,} other wording{'s' if n != 1 else ''}"
    return f' <details class="wordings"><summary>{summary}</summary>{"".join(lines)}</details>'


def _also(more: int) -> str:
    return f" (and {more:,} more article{'s' if more != 1 else ''} in the same words)" if more else ""
