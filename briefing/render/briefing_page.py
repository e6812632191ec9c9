"""The briefing itself (the home page): key points, sections with their tables, where sources differ, articles cited."""

from __future__ import annotations

import html

from ..model import Briefing, Citation, Discrepancy, Event, Register
from .markup import inert, link, source_doc
from .widgets import (
    INDEX,
    OTHER,
    Lines,
    attributions,
    cite,
    cite_parts,
    corroboration,
    date_label,
    front_matter,
    lead,
    long_date,
    source_byline,
)


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


def item_line(b: Briefing, item: Event) -> str:
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
        up = link("↑", "#item-" + row.item.id, "The statement", "up", "Go to the statement")
        lines.append("| " + " | ".join(cells) + f" | {up}"
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


def difference(b: Briefing, d: Discrepancy, item: Event | None) -> list[str]:
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
