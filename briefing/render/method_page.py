"""The Method page: how the briefing was made, and the numbers of this build."""

from __future__ import annotations

from ..model import Briefing
from .markup import inert
from .widgets import Lines


def render_method(b: Briefing) -> Lines:
    total = sum(len(a.statement_sentences) for a in b.corpus.articles)
    merged = sum(1 for s in b.sections for i in s.items if len(i.sources) > 1)
    lines = ["# Method", "", *METHOD_TEXT, "", "## This build", "",
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
    "3. **Merging.** Sentences from different articles that share enough rare words and names become one "
    "statement citing every article. Names are compared after folding aliases (*DPRK* and *North Korea*) "
    "and spelling variants (*Sergey* and *Sergei*). Sentences whose details contradict each other are never "
    "merged, however alike their words: dates more than three days apart (*Sept. 13* is not *July 19*, "
    "even when the year is unknown) or on different weekdays, figures that all differ (*61 votes to 38* "
    "and *52 votes to 47*), quotations that share at most half their words, or different people. One "
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
    "Quotations, and the places and things in the tables, are the articles' own words; names are as the People "
    "page gives them. Words in square brackets are inserted from an earlier sentence of the same article, "
    "and link to it. What it does not guarantee: that the "
    "articles are right, or that two merged sentences agree in every detail. Follow the links to compare.",
]
