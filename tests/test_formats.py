"""Articles as they really come (issue 17): saved pages, Markdown, e-mail, folders, other kinds of file.

The fixture (tests/fixtures/formats/seeds) is written for these tests: news
pages with JSON-LD, OpenGraph tags only, the date only in the address, a blog,
a wire page with a dateline, a print view, a page saved with its ``_files/``
folder, a paywall stub and an index page; Markdown with and without front
matter; an e-mail; text files in nested folders; a PDF, a Word file, JSON, an
image, a README and a hidden file. ``read.json`` beside it is the golden of
what each file reads into (``python tests/refresh_golden.py`` rewrites it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import socket
from collections import Counter
from pathlib import Path

import pytest
from refresh_golden import READ_GOLDEN, read_golden
from support import FORMATS

from briefing.pipeline import Result, build
from briefing.read import read_corpus

SEEDS = FORMATS / "seeds"

# Lines of the pages that are not the article: none may reach anything the build writes.
BOILERPLATE = [
    "We use cookies", "Accept all cookies", "This website uses cookies", "We value your privacy", "Agree and close",
    "Home", "Log in", "Subscribe", "Share on social media", "Email this article", "Sign up for the Courier",
    "Related stories", "Port Selwick posts record year", "Union warns over ageing equipment", "Most read",
    "Council approves new ferry timetable", "Read more", "Freight rates climb", "You may also like",
    "Ferry fares to rise", "Trending", "Grain prices slip", "Popular posts", "Previous post", "Leave a Reply",
    "accident waiting to happen", "About time the workers", "will never publish anything", "Join the conversation",
    "The fallen crane lies across berth four", "Dock workers gathered at the main gate",  # photo captions
    "By Mara Lindqvist", "Advertisement", "All rights reserved", "Privacy policy", "Proudly written by hand",
    "printer-friendly version", "Printed from", "All quotes delayed", "Categories", "Archives", "saved script",
    "injected", "color: #222", "Unsubscribe",
]


@pytest.fixture(scope="module")
def formats_build() -> Result:
    return build(SEEDS, FORMATS / "briefing.yml", None)


def test_each_file_reads_into_its_golden() -> None:
    assert read_golden() == READ_GOLDEN.read_text(encoding="utf-8"), "run: python tests/refresh_golden.py"


@pytest.mark.parametrize(("file", "title", "date", "how", "outlet", "url"), [
    ("news/2024/courier-crane-collapse.html", "Harbour crane collapses at Port Selwick, two injured", "2024-05-14",
     "publication date from the page's JSON-LD", "The Selwick Courier",
     "https://www.selwick-courier.example/news/harbour-crane-collapse"),
    ("news/harbour-times-og-only.html", "Crane maker sends engineers to Selwick", "2024-05-15",
     "publication date from the page's meta tags", "Harbour Times",
     "https://harbourtimes.example/industry/crane-maker-sends-engineers"),
    ("blogs/portwatch-date-in-url.html", "Cranes, and what they tell us about the port", "2024-05-16",
     "publication date from its address", "portwatch.example",
     "https://portwatch.example/2024/05/16/cranes-and-what-they-tell-us/"),
    ("blogs/kessvik-notes-time-element.html", "The view from the other side of the estuary", "2024-05-18",
     "publication date from a date on the page", "", ""),
    ("wire/nordwire-inquiry.html", "Safety regulator opens inquiry into Selwick crane collapse", "2024-05-15",
     "publication date from the page's meta tags", "Nordwire",
     "https://nordwire.example/en/articles/selwick-crane-inquiry-2291"),
    ("print/courier-print-view.html", "Selwick crane: workers return to berth three", "2024-05-17",
     "publication date from a date on the page", "selwick-courier.example",
     "https://www.selwick-courier.example/news/workers-return-to-berth-three"),
    ("saved/Dock strike called off _ Coastal Post.html", "Dock strike called off after crane safety deal",
     "2024-05-20", "publication date from the page's JSON-LD", "Coastal Post",
     "https://coastalpost.example/news/2024/05/20/dock-strike-called-off"),  # from "saved from url"
    ("notes/field-notes-front-matter.md", "Field notes: a week at the Selwick quay", "2024-05-21",
     "date in the front matter", "Field Notes", "https://fieldnotes.example/selwick-quay-week"),
    ("notes/plain-notes.md", "Ferry crews adjust to the closed berth", None, "undated", "", ""),
    ("mail/harbour-digest.eml", "Port Selwick reopens berth four after crane inspections", "2024-05-23",
     "the message's Date header", "Harbour Digest", ""),
])
def test_page_shapes(file: str, title: str, date: str | None, how: str, outlet: str, url: str) -> None:
    golden = json.loads(READ_GOLDEN.read_text(encoding="utf-8"))["articles"][file]
    assert (golden["title"], golden["date"], golden["date_note"], golden["outlet"], golden["url"]) == \
        (title, date, how, outlet, url)


def test_wire_page_dateline_and_the_page_charset() -> None:
    corpus = read_corpus(SEEDS, today=dt.date(2026, 1, 1))
    by_file = {a.file: a for a in corpus.articles}
    wire = by_file["wire/nordwire-inquiry.html"]
    assert wire.dateline is not None and (wire.dateline.place, wire.dateline.outlet) == ("SELWICK", "Nordwire")
    assert wire.body_sentences[0].text.startswith("The national workplace safety regulator")
    og = by_file["news/harbour-times-og-only.html"]  # declared windows-1252 and stored so: the apostrophe survives
    assert "Dock workers’ representatives" in og.text
    assert corpus.warnings == []


def test_every_file_is_an_article_or_named_as_skipped(formats_build: Result) -> None:
    """Walk the folder: each file is read or listed (itself, or a folder holding it), and nothing twice."""
    corpus = formats_build.briefing.corpus
    read = {a.file for a in corpus.articles}
    listed = {p.file for p in corpus.rejected}
    files = sorted(Path(root, name).relative_to(SEEDS).as_posix()
                   for root, _, names in os.walk(SEEDS) for name in names)
    for file in files:
        holders = [f for f in listed if f.endswith("/") and file.startswith(f)]
        assert (file in read) + (file in listed) + len(holders) == 1, file
    sources_page = formats_build.files["sources.md"].decode()
    for p in corpus.rejected:
        assert p.reason in sources_page.replace("&#95;", "_")
    assert len(corpus.articles) == 12 and len(read) == 12


def test_every_sentence_is_on_its_page_and_in_a_section_or_other_reporting(formats_build: Result) -> None:
    b = formats_build.briefing
    cited = Counter((c.source, c.sentence) for s in b.sections for i in s.items for c in i.citations)
    cited.update((c.source, c.sentence) for c in b.unplaced)
    for a in b.corpus.articles:
        page = formats_build.files[f"sources/{a.id}.md"].decode()
        assert all(f'id="{s.id}"' in page for s in a.sentences)
        stated = {s.id for s in a.statement_sentences}  # headline and subheadings included
        in_briefing = {sid for (src, sid) in cited if src == a.id}
        assert in_briefing == stated, a.file  # every statement somewhere, nothing that is not one
    placed = sum(len(a.statement_sentences) for a in b.corpus.articles)
    assert placed == len(cited)


def test_no_boilerplate_line_reaches_the_briefing(formats_build: Result) -> None:
    for rel, data in formats_build.files.items():
        text = data.decode("utf-8")
        found = [line for line in BOILERPLATE if re.search(rf"(?<![\w-]){re.escape(line)}(?![\w-])", text)]
        assert found == [], (rel, found)


def test_saved_page_is_never_published_and_its_page_names_the_original(formats_build: Result) -> None:
    assert all(rel.endswith((".md", ".json")) for rel in formats_build.files)
    page = formats_build.files["sources/saved-dock-strike-called-off-coastal-post.md"].decode()
    saved = SEEDS / "saved" / "Dock strike called off _ Coastal Post.html"
    assert f"<code>{hashlib.sha256(saved.read_bytes()).hexdigest()}</code>" in page
    assert "<https://coastalpost.example/news/2024/05/20/dock-strike-called-off>" in page
    assert "<script" not in page and "app.js" not in page


def test_strict_fails_on_other_kinds_not_on_deliberate_skips(formats_build: Result) -> None:
    warned = [line for line in formats_build.warnings if ": skipped: " in line]
    assert "seeds/other/inspection-report.pdf: skipped: not read: PDF document" in warned
    assert "seeds/other/minutes.docx: skipped: not read: Word document" in warned
    assert not [w for w in warned if "README" in w or "hidden" in w or "_files/" in w]
    data = json.loads(formats_build.files["briefing.json"])
    assert {"file": "README.md", "reason": "README, not an article"} in data["rejected"]
    assert {"file": "other/crane.png", "reason": "not read: image"} in data["rejected"]


def test_reading_pages_makes_no_network_request(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    corpus = read_corpus(SEEDS, today=dt.date(2026, 1, 1))
    assert len(corpus.articles) == 12


def test_what_pages_read_into_is_cached_and_gives_the_same_bytes(tmp_path: Path,
                                                                  formats_build: Result) -> None:
    import briefing.read.html as html_reader

    cold = build(SEEDS, FORMATS / "briefing.yml", None, cache_dir=tmp_path / "cache")
    calls: list[str] = []
    real = html_reader.extract_page
    html_reader.extract_page = lambda *a, **k: calls.append("x") or real(*a, **k)  # type: ignore[assignment]
    try:
        warm = build(SEEDS, FORMATS / "briefing.yml", None, cache_dir=tmp_path / "cache")
    finally:
        html_reader.extract_page = real  # type: ignore[assignment]
    assert calls == []  # every page, and both rejected ones, came from the cache
    assert warm.files == cold.files == formats_build.files and warm.warnings == cold.warnings


def test_a_publication_date_after_today_is_refused_even_from_the_cache(tmp_path: Path) -> None:
    from briefing.cache import FactsCache

    pages = FactsCache(tmp_path / "pages")
    read_corpus(SEEDS, today=dt.date(2026, 1, 1), pages=pages)  # fills the cache
    corpus = read_corpus(SEEDS, today=dt.date(2024, 5, 16), pages=pages)
    saved = next(a for a in corpus.articles if a.file.startswith("saved/"))
    assert (saved.date, saved.date_note) == (None, "undated") and pages.hits >= 7
    assert any(w.file == saved.file and "2024-05-20 is in the future" in w.reason for w in corpus.warnings)
