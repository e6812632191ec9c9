"""The pages of a tiny hand-built briefing: article text stays text, every citation reaches its sentence."""

from __future__ import annotations

import dataclasses
import html
import posixpath
import re

import markdown
import pytest
from support import HOSTILE_SENTENCE, HOSTILE_TITLE, tiny_briefing

from briefing.model import Briefing
from briefing.render import iter_pages, page_text
from briefing.render.briefing_page import render_briefing
from briefing.render.markup import inert
from briefing.render.other_page import render_other_reporting
from briefing.render.people_page import render_people
from briefing.render.quotes_page import render_quotes
from briefing.render.source_page import render_source
from briefing.render.timeline_page import render_timeline

EXTENSIONS = ["attr_list", "md_in_html", "tables", "toc"]
CITE = re.compile(r'\[(\d+)\]\(([^ )]+)(?: "[^"]*")?\)\{\.cite\}')
# Article text (and the outlet and titles, which come from the curation file) as the pages must not read it.
RAW = ["*frank*", "<b>", "[see annex]", "*lands*", "<Valdoria>", "[live]", "<Wire>", "<briefing>", "*hand-made*",
       "<Lind>", "<parties>"]


@pytest.fixture(scope="module")
def tiny() -> Briefing:
    return tiny_briefing()


@pytest.fixture(scope="module")
def pages(tiny: Briefing) -> dict[str, str]:
    return {path: page_text(lines) for path, lines in iter_pages(tiny)}


def body(page: str) -> str:
    """The page without its front matter (JSON values, HTML-escaped: the theme's business)."""
    return page.split("\n---\n", 1)[1] if page.startswith("---\n") else page


def rendered(page: str) -> str:
    return markdown.markdown(body(page), extensions=EXTENSIONS)


def visible(html_text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", html_text)).split())


def test_every_page_is_rendered(pages: dict[str, str]) -> None:
    # An empty section (Gifts) has no page of its own: the briefing says it is empty.
    assert sorted(pages) == ["index.md", "method.md", "other-reporting.md", "people.md", "quotes.md",
                             "sections/talks.md", "sections/visits.md", "sources.md", "sources/alpha.md",
                             "sources/beta.md", "sources/gamma.md", "timeline.md"]


@pytest.mark.parametrize("path", ["index.md", "timeline.md", "quotes.md", "sources.md", "other-reporting.md",
                                  "method.md", "sources/alpha.md", "sources/beta.md"])
def test_article_text_is_never_markup(pages: dict[str, str], path: str) -> None:
    text = body(pages[path])
    assert not [raw for raw in RAW if raw in text]
    out = rendered(pages[path])
    assert "<b>" not in out and "<valdoria>" not in out.lower() and "<em>frank" not in out and "<em>lands" not in out


@pytest.mark.parametrize(("path", "shown"), [("index.md", [HOSTILE_SENTENCE, HOSTILE_TITLE, "Alpha <Wire>"]),
                                             ("sources/alpha.md", [HOSTILE_SENTENCE, HOSTILE_TITLE]),
                                             ("sources.md", [HOSTILE_TITLE])])
def test_article_text_reads_as_itself(pages: dict[str, str], path: str, shown: list[str]) -> None:
    seen = visible(rendered(pages[path]))
    for text in shown:
        assert text in seen
        assert inert(text) in pages[path]


def test_every_citation_links_to_its_sentence(tiny: Briefing, pages: dict[str, str]) -> None:
    sentences = {(a.id, s.id) for a in tiny.corpus.articles for s in a.sentences}
    for path, page in pages.items():
        for number, target in CITE.findall(page):
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            match = re.fullmatch(r"sources/([a-z0-9-]+)\.md#(s-[0-9a-f]{8}(?:-\d+)?)", resolved)
            assert match, f"{path}: {target}"
            assert (match[1], match[2]) in sentences
            assert tiny.numbers[match[1]] == int(number)
    # Each event's line on its section's page links each of its citations, and the sentence shown as its context.
    for section in tiny.sections:
        for e in section.items:
            page = pages[f"sections/{section.id}.md"]
            line = next(line for line in page.splitlines() if f'id="item-{e.id}"' in line)
            beside = [e.context.source] if e.context and not e.context.insert else []
            assert {t for _, t in CITE.findall(line)} == {f"../sources/{c.source}.md#{c.sentence}"
                                                          for c in (*e.citations, *beside)}


def test_other_reporting_cites_each_unplaced_sentence(tiny: Briefing, pages: dict[str, str]) -> None:
    page = pages["other-reporting.md"]
    assert [t for _, t in CITE.findall(page)] == [f"sources/{c.source}.md#{c.sentence}" for c in tiny.unplaced]


def test_an_empty_section_says_so(pages: dict[str, str]) -> None:
    index = pages["index.md"]
    assert "## Gifts\n\nNo article in this briefing reports anything for this section.\n" in index
    assert index.count("No article in this briefing reports anything") == 1  # the other sections have items


def test_empty_pages_say_so(tiny: Briefing) -> None:
    bare = dataclasses.replace(tiny, people=[], quotes=[], timeline=[], discrepancies=[], unplaced=[])
    assert page_text(render_people(bare)).endswith("No article names a person.\n")
    assert page_text(render_quotes(bare)).endswith("No article quotes anyone.\n")
    assert page_text(render_timeline(bare)).endswith("No article gives a date that can be resolved.\n")
    assert page_text(render_other_reporting(bare)).endswith("Every sentence is used in a section.\n")
    assert "## Where sources differ" not in page_text(render_briefing(bare))
    assert "## Where sources differ" in page_text(render_briefing(tiny))


def test_the_source_page_anchors_every_sentence_and_marks_those_used(tiny: Briefing) -> None:
    a = tiny.article("alpha")
    page = page_text(render_source(tiny, a))
    for s in a.sentences:
        assert page.count(f'id="{s.id}"') == 1
    used = {c.sentence: item for section in tiny.sections for item in section.items for c in item.citations
            if c.source == a.id}
    for s in a.body_sentences:
        if s.id in used:
            e = used[s.id]
            assert f'<span class="sentence used" id="{s.id}">{inert(s.text)}</span> [↩](../sections/{e.section}.md' \
                   f'#item-{e.id} "Used in ' in page
        else:
            assert f'<span class="sentence" id="{s.id}">{inert(s.text)}</span>' in page


def test_the_register_shows_a_dash_where_the_article_is_silent(pages: dict[str, str]) -> None:
    page = pages["sections/visits.md"]
    assert "| When | Who | Where | Host | Sources |" in page and "| When |" not in pages["index.md"]
    row = next(line for line in page.splitlines() if line.startswith("| Friday 13 September 2024 |"))
    assert row.startswith("| Friday 13 September 2024 | Anna &#60;Lind&#62; | Valdoria | — | [↑](#item-visits-")


def test_each_difference_cites_the_articles_giving_each_version(tiny: Briefing, pages: dict[str, str]) -> None:
    index = pages["index.md"]
    section = index[index.index("## Where sources differ"):index.index("## Articles cited")]
    for version in tiny.discrepancies[0].versions:
        line = next(line for line in section.splitlines() if f"‘{version.value}’" in line)
        c = version.citation
        assert [t for _, t in CITE.findall(line)] == [f"sources/{c.source}.md#{c.sentence}"]


def test_the_same_briefing_gives_the_same_pages(pages: dict[str, str]) -> None:
    assert {path: page_text(lines) for path, lines in iter_pages(tiny_briefing())} == pages
