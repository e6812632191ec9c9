"""Other reporting: every sentence no section claims, by article, so nothing an article said is dropped.

Articles about other stories come last, apart, under a heading that says so.
"""

from __future__ import annotations

from ..model import Article, Briefing, Citation
from .markup import inert, link
from .widgets import OTHER, SOURCES, Lines, bare_cite


def render_other_reporting(b: Briefing) -> Lines:
    lines = ["# Other reporting", "", "Every sentence that no section of the briefing claims, by article, "
             "so nothing an article said is dropped.", ""]
    by_source: dict[str, list[Citation]] = {}
    for c in b.unplaced:
        by_source.setdefault(c.source, []).append(c)
    for a in b.corpus.articles:
        if a.id in by_source and a.id not in b.off_story:
            lines += article_sentences(b, a, by_source[a.id], "##")
    elsewhere = [a for a in b.corpus.articles if a.id in by_source and a.id in b.off_story]
    if elsewhere:
        lines += ["## On other stories", "",
                  "These articles are about other stories (the reasons are on "
                  f"{link('Sources', SOURCES)}): none of their sentences is part of this briefing.", ""]
        for a in elsewhere:
            lines += article_sentences(b, a, by_source[a.id], "###")
    if not by_source:
        lines.append("Every sentence is used in a section.")
    return [*lines, ""]


def article_sentences(b: Briefing, a: Article, cs: list[Citation], level: str) -> list[str]:
    # The sentence is the bullet itself: a tooltip repeating it would double the page.
    return [f"{level} {inert(a.title)}", "", *(f"- {inert(c.text)} {bare_cite(b, c, OTHER)}" for c in cs), ""]
