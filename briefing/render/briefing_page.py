"""The briefing itself (the home page): key points, sections with their tables, where sources differ, articles cited."""

from __future__ import annotations

import html

from ..model import Briefing, Citation, Discrepancy, Event, Register, Section
from .events import context, heading, sentence, wordings
from .markup import inert, link, source_doc
from .widgets import (
    INDEX,
    NEW,
    OTHER,
    Lines,
    attributions,
    cite,
    cite_parts,
    corroboration,
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
    lines += key_points(b)
    lines += latest_block(b)
    registers = {r.section: r for r in b.registers}
    for s in b.sections:
        lines += section(b, s, registers.get(s.id))
    lines += differences(b)
    lines += ["## Articles cited", ""]
    numbers = b.numbers
    lines += [f"{numbers[a.id]}. {link(inert(a.title), source_doc(a.id))} — {source_byline(b, a)}"
              for a in b.corpus.articles]
    lines += ["", f"Statements no section claims are listed under {link('Other reporting', OTHER)}.", ""]
    return lines


def key_points(b: Briefing) -> list[str]:
    """Each key point with its heading line; its citations beyond the first few are counted, linking to its event."""
    if not b.key_points:
        return []
    return ["## Key points", "",
            *(f"- {heading(e)}{sentence(b, e, INDEX)}{cite(b, e.citations, INDEX, f'#item-{e.id}', lead(e))} "
              f"{corroboration(e)}{context(b, e, INDEX)}" for e in b.key_points), ""]


LATEST_SHOWN = 10  # events the Latest block lists before "and N more"


def latest_block(b: Briefing) -> list[str]:
    """The events first reported in the last days up to the newest article, newest first; or why there are none."""
    new = b.latest
    if new is None or b.as_of is None:
        return []
    span = (f"from {long_date(new.start)} to {long_date(b.as_of)}" if new.days else f"on {long_date(b.as_of)}")
    window = f"the newest article's date{f' and the {_days(new.days)} before it' if new.days else ''}"
    lines = ["## Latest", ""]
    if not new.older:
        return [*lines, f"No article is dated before {long_date(new.start)} ({window} are the latest): there is "
                        "nothing older to tell a new event from, so none is marked new.", ""]
    if not new.events:
        return [*lines, f"No event was first reported {span} ({window}).", ""]
    titles = {s.id: s.title for s in b.sections}
    lines += [f"Events first reported {span} ({window}), newest first; each is marked "
              f"{NEW} in its section and on the timeline.", ""]
    for e in new.events[:LATEST_SHOWN]:
        where = link(f"in {inert(titles[e.section])}", f"#item-{e.id}", "The event in its section")
        lines.append(f'- {heading(e)}<span class="first-reported">first reported {long_date(b.first_reported[e.id])}'
                     f"</span> {sentence(b, e, INDEX)}{cite(b, e.citations, INDEX, f'#item-{e.id}', lead(e))} "
                     f"{corroboration(e)} {where}")
    more = len(new.events) - LATEST_SHOWN
    if more > 0:
        lines.append(f"- … and {more:,} more, each marked {NEW} in its section.")
    return [*lines, ""]


def _days(n: int) -> str:
    return f"{n} day{'s' if n != 1 else ''}"


def new_mark(b: Briefing, e: Event) -> str:
    """The "new" mark of an event the Latest block lists."""
    return f"{NEW} " if e.id in b.new else ""


def section(b: Briefing, s: Section, register: Register | None) -> list[str]:
    """A section's events in the order derivation gave them, those from before the story apart at the end."""
    lines = [f"## {inert(s.title)}", ""]
    if s.intro:
        lines += [f"*{inert(s.intro)}*", ""]
    if not s.items:
        return [*lines, "No article in this briefing reports anything for this section.", ""]
    current = [event_line(b, e) for e in s.items if not e.background]
    if current:
        lines += [*current, ""]
    background = [event_line(b, e) for e in s.items if e.background]
    if background:
        lines += ['<p class="background-label">Background: before the story began</p>', "", *background, ""]
    return lines + (register_table(b, register) if register else [])


def event_line(b: Briefing, e: Event) -> str:
    """One list item: heading, sentence, its first citations and badge, then folded below it the other
    citing articles, the context the sentence leans on and the other wordings."""
    inline, folded = cite_parts(b, e.citations, INDEX, lead=lead(e))
    return (f'- <span class="item" id="item-{e.id}"></span>{heading(e)}{new_mark(b, e)}{sentence(b, e, INDEX)}'
            f'{attributions(e)}'
            f'{inline} {corroboration(e)}{folded}{context(b, e, INDEX)}{wordings(b, e, INDEX)}')


def register_table(b: Briefing, register: Register) -> list[str]:
    rows = [r for r in register.rows if register.filled(r)]
    if not rows:
        return []
    head = [*register.columns, "Sources"]
    lines = [f"### {inert(register.title)} at a glance", "",
             "Places and things are the articles' own words, names as the People page gives them; "
             "an empty cell means no article says.", "",
             "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        cells = [inert(c) if c else "—" for c in row.cells]
        e = row.event
        up = link("↑", "#item-" + e.id, "The statement", "up", "Go to the statement")
        lines.append("| " + " | ".join(cells) + f" | {up}{cite(b, e.citations, INDEX, '#item-' + e.id, lead(e))} |")
    return lines + [""]


DIFF_LABELS = {"number": "Figures", "date": "Dates", "name": "Spelling of a name", "quote": "Quoted words"}


def differences(b: Briefing) -> list[str]:
    if not b.discrepancies:
        return []
    events = {e.id: e for s in b.sections for e in s.items}
    lines = ["## Where sources differ", "",
             "The same fact, reported with different figures, dates, names or quoted words. "
             "Each version is the article's own text.", ""]
    for d in b.discrepancies:
        lines += difference(b, d, events.get(d.event))
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
