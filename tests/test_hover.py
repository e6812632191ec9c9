"""A citation's hover text: a short label in the page, the sentence once, in a small JSON beside the page."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from briefing import Result
from briefing.render import render_files
from briefing.render.hover import SUFFIX, hover_doc, hover_json
from briefing.render.widgets import INDEX, LABEL_TITLE, cite_label, shorten
from briefing.write import write_outputs

# A titled citation as widgets.py writes it: number, article page and anchor, label, the other anchors.
TITLED = re.compile(r'\[\d+\]\((?:\.\./)*sources/([a-z0-9-]+)\.md#(s-[0-9a-f]+) "([^"]*)"\)'
                    r'\{\.cite(?: data-more="([^"]*)")?\}')
LONGEST_DATE = len(", 30 September 2024")


def titled_cites(markdown: str) -> list[tuple[str, str, str, list[str]]]:
    """(article id, anchor, title as text, other anchors) of every titled citation of a page."""
    return [(a, s, html.unescape(t), more.split() if more else []) for a, s, t, more in TITLED.findall(markdown)]


def sentence_texts(result: Result) -> dict[str, str]:
    return {f"{a.id}#{s.id}": " ".join(s.text.split()) for a in result.briefing.corpus.articles for s in a.sentences}


def pages(result: Result) -> dict[str, str]:
    return {rel: data.decode("utf-8") for rel, data in result.files.items()
            if rel.endswith(".md") and not rel.startswith("sources/")}


def test_a_citation_title_is_a_short_label_not_the_sentence(seeds_build: Result) -> None:
    b = seeds_build.briefing
    page = pages(seeds_build)[INDEX]
    cites = titled_cites(page)
    assert len(cites) > 20
    said = sentence_texts(seeds_build)
    for article, anchor, title, more in cites:
        assert title == cite_label(b, b.article(article))
        assert len(title) <= LABEL_TITLE + LONGEST_DATE
        headline = " ".join(b.article(article).title.split())
        for key in (f"{article}#{anchor}", *(f"{article}#{m}" for m in more)):
            assert said[key] == headline or said[key] not in title  # a cited headline is the label's own words
    # No sentence of an article's body is repeated in a title anywhere in the briefing page.
    titles = " ".join(title for _, _, title, _ in cites)
    body = {f"{a.id}#{s.id}" for a in b.corpus.articles for s in a.body_sentences}
    assert not any(said[key] in titles for key in body if len(said[key]) > 30)


def test_each_page_has_hover_text_for_exactly_the_sentences_it_cites(seeds_build: Result) -> None:
    said = sentence_texts(seeds_build)
    files = seeds_build.files
    hover_files = {rel for rel in files if rel.endswith(SUFFIX)}
    expected_files = set()
    for doc, markdown in pages(seeds_build).items():
        keys = {f"{a}#{s}" for a, s, _, more in titled_cites(markdown) for s in (s, *more)}
        if not keys:
            assert hover_doc(doc, True) not in files, doc
            continue
        expected_files.add(hover_doc(doc, True))
        data = json.loads(files[hover_doc(doc, True)])
        assert set(data) == keys, doc
        assert all(data[key] == said[key] for key in keys), doc
    assert hover_files == expected_files
    assert {INDEX, "timeline.md"} <= {d for d in pages(seeds_build) if hover_doc(d, True) in files}


def test_no_article_page_carries_hover_text(seeds_build: Result) -> None:
    assert not any(rel.startswith("sources/") and rel.endswith(SUFFIX) and rel != "sources/index" + SUFFIX
                   for rel in seeds_build.files)


def test_hover_text_lies_beside_the_pages_html_file() -> None:
    assert hover_doc("index.md", True) == "index.sentences.json"
    assert hover_doc("timeline.md", True) == "timeline/index.sentences.json"
    assert hover_doc("sections/visits.md", True) == "sections/visits/index.sentences.json"
    assert hover_doc("sections/index.md", True) == "sections/index.sentences.json"
    assert hover_doc("index.md", False) == "index.sentences.json"
    assert hover_doc("timeline.md", False) == "timeline.sentences.json"
    assert hover_doc("sections/visits.md", False) == "sections/visits.sentences.json"


def test_without_directory_urls_the_hover_text_follows_the_page(seeds_build: Result) -> None:
    files = [rel for rel, _ in render_files(seeds_build.briefing, False)]
    flat = {rel for rel in files if rel.endswith(SUFFIX)}
    assert "timeline.sentences.json" in flat and "index.sentences.json" in flat
    # Each beside its page and named after it (a section's page is in sections/, its hover text too).
    assert {rel[: -len(SUFFIX)] + ".md" for rel in flat} <= set(files)
    assert "sections/visits.sentences.json" in flat


def test_hover_json_is_data_in_a_fixed_order() -> None:
    hostile = '</script><img src=x onerror="alert(1)"> “quoted”\n  and\u2028on'
    data = hover_json({"b#s-2": hostile, "a#s-1": "First."})
    assert data == hover_json({"a#s-1": "First.", "b#s-2": hostile})  # the same bytes whatever the order noted
    assert data.startswith(b'{"a#s-1":"First.","b#s-2":') and data.endswith(b"}\n")
    assert json.loads(data) == {"a#s-1": "First.", "b#s-2": " ".join(hostile.split())}
    assert "“quoted”".encode() in data  # UTF-8, not escapes


def test_shorten_cuts_at_a_word() -> None:
    assert shorten("A short title", 60) == "A short title"
    assert shorten("word " * 30, 20) == "word word word word…"
    assert len(shorten("x" * 100, 20)) == 20
    assert shorten("  spaced\n  out  ", 60) == "spaced out"


def test_a_label_names_the_outlet_or_the_title_and_the_date(seeds_build: Result) -> None:
    b = seeds_build.briefing
    for a in b.corpus.articles:
        label = cite_label(b, a)
        name = b.outlets.get(a.id) or shorten(a.title, LABEL_TITLE)
        assert label.startswith(name + ", ")
        assert label.endswith(f"{a.date.year}" if a.date else "undated")


def test_stale_hover_text_goes_with_its_folder(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_outputs(docs, {"timeline.md": b"# T", "timeline/index.sentences.json": b"{}\n"})
    assert (docs / "timeline" / "index.sentences.json").is_file()
    report = write_outputs(docs, {"timeline.md": b"# T"})
    assert report.removed == ["timeline/index.sentences.json"]
    assert not (docs / "timeline").exists()
    # A folder holding a file of someone else's stays, with that file.
    write_outputs(docs, {"people.md": b"# P", "people/index.sentences.json": b"{}\n"})
    (docs / "people" / "notes.txt").write_text("mine", encoding="utf-8")
    write_outputs(docs, {"people.md": b"# P"})
    assert (docs / "people" / "notes.txt").read_text(encoding="utf-8") == "mine"
