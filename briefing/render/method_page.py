"""The Method page: how the briefing was made, with examples from this build's own data, and its numbers."""

from __future__ import annotations

from ..model import Briefing, Discrepancy, Event, Person
from .markup import inert, link, relative, source_doc
from .widgets import INDEX, METHOD, Lines, cite_target

EXAMPLE_LENGTH = 90  # characters of a sentence quoted as an example before it is cut


def render_method(b: Briefing) -> Lines:
    total = sum(len(a.statement_sentences) for a in b.corpus.articles)
    merged = sum(1 for s in b.sections for i in s.items if len(i.sources) > 1)
    lines = ["# Method", "", *METHOD_TEXT, "", "## Examples from this build", "", *examples(b), "",
             "## This build", "",
             f"- Articles read: {len(b.corpus.articles)}; files skipped: {len(b.corpus.rejected)}; "
             f"files read with a note: {len(b.corpus.warnings)}; near-duplicates: {len(b.copies)}.",
             f"- Sentences: {total}; placed in a section: {total - len(b.unplaced)}; "
             f"in other reporting: {len(b.unplaced)}.",
             f"- Statements reported by more than one article: {merged}; differences found: {len(b.discrepancies)}.",
             f"- People: {len(b.people)}; quotations: {len(b.quotes)}; dated events: {len(b.timeline)}.",
             "", "## Section rules", "",
             "A sentence goes to the section whose terms it matches most (`word*` matches any ending, "
             "`...` a gap of a few words).", "", "| Section | Terms |", "|---|---|"]
    for s in b.sections:
        lines.append(f"| {inert(s.title)} | {', '.join(inert(t) for t in s.terms)} |")
    return [*lines, ""]


def examples(b: Briefing) -> list[str]:
    """One example of each kind of thing the steps above do, from this build, or a plain line saying it has none."""
    return [f"- {line}" for line in (spelling_example(b.people), difference_example(b), insertion_example(b),
                                     off_story_example(b))]


def spelling_example(people: list[Person]) -> str:
    """The most mentioned person whose name the articles spell more than one way."""
    varied = [p for p in people if len(p.variants) > 1]
    if not varied:
        return "**Spellings.** No name is spelt more than one way in these articles: no spellings were merged."
    p = max(varied, key=lambda p: (len(p.mentions), p.name))
    spelt = " and ".join(f"*{inert(v.text)}*" for v in p.variants[:3])
    more = f" (and {len(p.variants) - 3} more)" if len(p.variants) > 3 else ""
    return (f"**Spellings.** {spelt}{more} are one person, {inert(p.name)}, for the People page and for merging; "
            f"{len(varied):,} {'person is' if len(varied) == 1 else 'people are'} spelt more than one way.")


def difference_example(b: Briefing) -> str:
    """The first difference found (a figure's, if any), its values as the articles give them."""
    if not b.discrepancies:
        return ("**Differences.** No two articles give one fact different figures, dates, names or quoted words: "
                "*Where sources differ* is empty.")
    d: Discrepancy = next((d for d in b.discrepancies if d.kind == "number"), b.discrepancies[0])
    values = " and ".join(f"‘{inert(v)}’" for v in dict.fromkeys(v.value for v in d.versions))
    where = link("Where sources differ", relative(INDEX, METHOD) + "#where-sources-differ")
    return (f"**Differences.** One fact, reported as {values} ({KINDS[d.kind]}): listed under {where}, with "
            f"{len(b.discrepancies) - 1:,} other{'s' if len(b.discrepancies) != 2 else ''}.")


KINDS = {"number": "a figure", "date": "a date", "name": "a name", "quote": "quoted words"}


def insertion_example(b: Briefing) -> str:
    """An event shown with words of an earlier sentence in square brackets."""
    inserted = [e for s in b.sections for e in s.items if e.context and e.context.insert and e.context.replaces]
    if not inserted:
        return ("**Insertions.** No sentence shown needed words from an earlier one in square brackets: each reads "
                "on its own, or is shown beside the sentence before it.")
    e: Event = inserted[0]
    ctx = e.context
    assert ctx is not None
    marked = link(f"&#91;{inert(ctx.insert)}&#93;", cite_target(ctx.source, METHOD))
    so = f"{len(inserted):,} sentence{'s are' if len(inserted) != 1 else ' is'} shown so"
    return (f"**Insertions.** ‘{inert(_cut(e.text))}’ is shown with *{inert(ctx.replaces)}* as {marked}, the words "
            f"of an earlier sentence of the same article; {so}.")


def off_story_example(b: Briefing) -> str:
    """An article set aside as about another story, with the reason."""
    if not b.off_story:
        return "**Other stories.** Every article is on the story: none was set aside."
    first = next(a for a in b.corpus.articles if a.id in b.off_story)
    title = link(inert(first.title), relative(source_doc(first.id), METHOD))
    n = len(b.off_story)
    return (f"**Other stories.** {title} was read and set aside: {inert(b.off_story[first.id])}. Its sentences are "
            f"under *Other reporting*, apart; {n:,} article{'s were' if n != 1 else ' was'} set aside.")


def _cut(text: str) -> str:
    return text if len(text) <= EXAMPLE_LENGTH else text[: text.rfind(" ", 0, EXAMPLE_LENGTH)] + " …"


METHOD_TEXT = [
    "This briefing is assembled by a program from the article files in `seeds/` and the curation file "
    "`briefing.yml`. Nobody writes or edits its statements.",
    "",
    "1. **Reading.** Each file is read as text: its title, its date if it carries one, its paragraphs and "
    "subheadings. Each sentence gets a permanent anchor on the article's page. Files that cannot be read "
    "are listed under *Skipped and repaired sources* on the Sources page, with the reason.",
    "2. **Placing.** A sentence joins the section whose terms (listed below) it matches most. The subheading "
    "above it and the sentence before it only break ties. Between sections it has as much evidence for, it "
    "joins the one whose evidence comes first in the sentence, never simply the first section listed. A "
    "sentence that matches no section is listed under *Other reporting*.",
    "3. **Merging.** Sentences from different articles that share enough rare words and names become one "
    "statement citing every article. Names are compared after folding the curation file's aliases and the "
    "spelling variants found in the articles. Sentences whose details contradict each other are never "
    "merged, however alike their words: dates more than three days apart (*Sept. 13* is not *July 19*, "
    "even when the year is unknown) or on different weekdays, figures that all differ when either sentence "
    "gives more than one, quotations that share at most half their words, or different people. One "
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
    "Quotations, and the places, things and amounts in the tables, are the articles' own words; names are as the "
    "People page gives them. Words in square brackets are inserted from an earlier sentence of the same article, "
    "and link to it. What it does not guarantee: that the "
    "articles are right, or that two merged sentences agree in every detail. Follow the links to compare.",
]
