"""Hostile and broken articles through the whole pipeline: each named once, none executed."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hostile_corpus import TODAY_FOR_TESTS, write_hostile_corpus
from injection_corpus import GOOD_FIXTURES, SCRIPT_TITLE, make_hostile_project, write_injection_corpus
from sitecheck import broken_links, mkdocs_build, third_party_loads
from support import PACIFIC

from briefing.pipeline import build
from briefing.render.hover import SUFFIX

# Our own markup in generated Markdown; any other "<" would be article text let loose.
OUR_TAGS = re.compile(r"<(?:/?(?:span|p|div|code|time|details|summary)\b|https?://)")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    seeds = tmp_path_factory.mktemp("hostile") / "seeds"
    expected = write_hostile_corpus(seeds)
    expected.update(write_injection_corpus(seeds))
    for name in GOOD_FIXTURES:  # good articles about a real story, mixed in
        shutil.copy(PACIFIC / "seeds" / name, seeds / name)
        expected[name] = "ok"
    return seeds, expected


@pytest.fixture(scope="module")
def result(corpus: tuple[Path, dict[str, str]]):  # noqa: ANN201
    return build(corpus[0], PACIFIC / "briefing.yml", None, today=TODAY_FOR_TESTS)


def test_each_bad_file_is_named_once_with_its_problem(corpus, result) -> None:  # noqa: ANN001
    _, expected = corpus
    data = json.loads(result.files["briefing.json"])
    rejected = {r["file"]: r["reason"] for r in data["rejected"]}
    assert len(rejected) == len(data["rejected"])  # once each
    warned: dict[str, list[str]] = {}
    for w in data["warnings"]:
        warned.setdefault(w["file"], []).append(w["reason"])
    read = {s["file"] for s in data["sources"]}
    for name, expectation in expected.items():
        if expectation == "ok":
            assert name in read and name not in rejected, name
        elif expectation.startswith("ok: "):
            assert name in read and any(expectation[4:] in r for r in warned.get(name, [])), (name, warned.get(name))
        else:
            assert expectation in rejected.get(name, ""), (name, rejected.get(name))
    assert set(read) | set(rejected) == set(expected)  # every file named, as an article or with its reason
    for line in result.warnings:  # the build log: one line each, no control characters
        assert "\n" not in line and not re.search(r"[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]", line)


def test_good_articles_still_make_the_briefing(result) -> None:  # noqa: ANN001
    b = result.briefing
    cited = {b.article(c.source).file for s in b.sections for i in s.items for c in i.citations}
    assert set(GOOD_FIXTURES) <= cited
    signed = [i for s in b.sections for i in s.items if any("South Pacific Fisheries" in c.text for c in i.citations)]
    assert len(signed) == 1 and len(signed[0].sources) >= 2
    files = {b.article(c.source).file for c in signed[0].citations}
    assert files <= set(GOOD_FIXTURES), files  # no hostile article joins a fact it does not state


def test_generated_markdown_is_inert(result) -> None:  # noqa: ANN001
    for rel, data in result.files.items():
        text = data.decode("utf-8")
        if rel.endswith(".md"):
            body = text.split("\n---\n", 1)[-1]  # after our own front matter
            stray = [m.group(0) for m in re.finditer(r"<[^ ]{0,12}", body) if not OUR_TAGS.match(m.group(0))]
            assert stray == [], (rel, stray[:5])
            assert "{{" not in body and "](javascript" not in body.lower()
        assert not Path(rel).is_absolute() and ".." not in Path(rel).parts


def test_hover_text_holds_article_text_as_data(result) -> None:  # noqa: ANN001
    """The sentences a page cites are JSON strings, exactly the articles' words: markup in them stays text."""
    texts = {f"{a.id}#{s.id}": " ".join(s.text.split()) for a in result.briefing.corpus.articles for s in a.sentences}
    hover = {rel: json.loads(data) for rel, data in result.files.items() if rel.endswith(SUFFIX)}
    assert hover
    for rel, said in hover.items():
        assert all(isinstance(text, str) and text == texts[key] for key, text in said.items()), rel
    assert any("<script>" in text for said in hover.values() for text in said.values())  # the hostile ones too


class _Dangerous(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self.in_script = self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"iframe", "base", "object", "embed"} or (tag == "script" and self.in_title):
            self.found.append(f"<{tag}>")
        if tag == "title":
            self.in_title = True
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"{tag} {name}={value}")
        kind = dict(attrs).get("type") or "text/javascript"
        self.in_script = tag == "script" and "javascript" in kind  # JSON data blocks never run

    def handle_data(self, data: str) -> None:
        if self.in_script and "alert(" in data:
            self.found.append("script with alert(")

    def handle_endtag(self, tag: str) -> None:
        self.in_script = False
        self.in_title = self.in_title and tag != "title"


def test_built_site_shows_hostile_text_literally(tmp_path: Path) -> None:
    project = make_hostile_project(tmp_path)
    run = mkdocs_build(project)
    assert run.returncode != 0 and "Traceback" not in run.stderr  # --strict: skipped files fail the build
    run = mkdocs_build(project, "--no-strict")
    assert run.returncode == 0, run.stderr
    site = project / "site"
    for page in site.rglob("*.html"):
        parser = _Dangerous()
        parser.feed(page.read_text(encoding="utf-8"))
        assert parser.found == [], (page, parser.found[:5])
    html = next((site / "sources").glob("m-injection/index.html")).read_text(encoding="utf-8")
    assert "&#60;script&#62;alert('title')&#60;/script&#62;" in html  # shown, as text
    assert "<title>&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in html
    assert "{{ 7*7 }} in the capital" in html and "signed 49" not in html  # a template would print 49
    page = (site / "sources" / "m-page" / "index.html").read_text(encoding="utf-8")  # a saved page, made inert
    assert "The two ministers signed the harbour accord on Monday" in page
    assert "&#60;script&#62;alert(20)&#60;/script&#62;" in page and "evil.example" not in page
    markdown = (site / "sources" / "m-markdown" / "index.html").read_text(encoding="utf-8")
    assert "&#91;Officials&#93;(javascript:alert(26))" in markdown  # the file's wording, as text, never a link
    assert broken_links(site) == [] and third_party_loads(site) == []
    assert SCRIPT_TITLE.split(">")[0]  # the fixture itself still holds its payload
