"""Other reporting: every sentence no section claims, by article, so nothing an article said is dropped."""

from __future__ import annotations

from ..model import Briefing, Citation
from .markup import inert
from .widgets import OTHER, Lines, bare_cite


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
        lines += [f"- {inert(c.text)} {bare_cite(b, c, OTHER)}" for c in by_source[a.id]]
        lines.append("")
    if not by_source:
        lines.append("Every sentence is used in a section.")
    return [*lines, ""]
