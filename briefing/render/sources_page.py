"""The Sources page: every article read, what it backs in each section, and every file skipped or repaired."""

from __future__ import annotations

from collections import Counter

from ..model import Briefing
from .markup import inert, link, source_doc
from .widgets import OTHER, Lines, source_byline


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
    lines += off_story(b)
    lines += ["", "## Skipped and repaired sources", ""]
    problems = [("skipped", p) for p in b.corpus.rejected] + [("read with a note", p) for p in b.corpus.warnings]
    if not problems:
        lines.append("Every file in `seeds/` was read as it is.")
    for kind, p in sorted(problems, key=lambda x: (x[1].file, x[0], x[1].reason)):
        lines.append(f"- <code>{inert(p.file)}</code> — {kind}: {inert(p.reason)}")
    return [*lines, ""]


def off_story(b: Briefing) -> list[str]:
    """The articles read and set aside as reports of other stories, each with the reason."""
    if not b.off_story:
        return []
    lines = ["", "## Considered and excluded", "",
             "These articles were read but are about other stories. Their sentences are listed apart under "
             f"{link('Other reporting', OTHER)} and kept out of the sections, the timeline and the key points.", ""]
    numbers = b.numbers
    return lines + [f"- Article {numbers[a.id]}, {link(inert(a.title), source_doc(a.id))}: {inert(b.off_story[a.id])}"
                    for a in b.corpus.articles if a.id in b.off_story]
