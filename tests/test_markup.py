"""Article text must render as itself: never as Markdown, HTML or template syntax."""

from __future__ import annotations

import html
import posixpath
import re

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.render.markup import attr, inert, link, relative, site_url

EXTENSIONS = ["attr_list", "md_in_html", "tables", "toc", "footnotes", "admonition"]
HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "**bold** _em_ `code` ~~strike~~",
    "{{ 7*7 }} {% if x %}",
    "# not a heading",
    "| a | b |",
    "[^1] footnote marker",
    "!!! note admonition",
    "text {: .cls #id } after",
    "a\\*b & c &amp; d &#42;",
    "<base href=http://evil.example/>",
]


def rendered_text(md_source: str) -> str:
    out = markdown.markdown(f"<p markdown>{md_source}</p>", extensions=EXTENSIONS)
    assert "<script" not in out and "<img" not in out and "<a " not in out and "<base" not in out
    return html.unescape(re.sub(r"<[^>]+>", "", out)).strip()


def test_hostile_strings_render_literally() -> None:
    for text in HOSTILE:
        assert rendered_text(inert(text)) == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60))
def test_any_text_renders_as_itself(text: str) -> None:
    folded = " ".join(text.split())
    if folded:
        assert rendered_text(inert(text)) == folded


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60))
def test_any_title_stays_a_title(title: str) -> None:
    out = markdown.markdown(link("1", "a.md#s-1", title, "cite"), extensions=EXTENSIONS)
    assert out.count("<a ") == 1 and 'href="a.md#s-1"' in out
    shown = re.search(r'title="([^"]*)"', out)
    assert shown and html.unescape(shown.group(1)) == " ".join(title.split())


def test_link_title_cannot_break_out() -> None:
    out = markdown.markdown(link("1", "a.md#s-1", 'x" onmouseover="alert(1)'), extensions=EXTENSIONS)
    assert 'onmouseover="' not in out
    assert attr('"<&>') == "&quot;&#60;&#38;&#62;"


def test_paths_and_urls() -> None:
    assert relative("sources/a.md", "index.md") == "sources/a.md"
    assert relative("index.md", "sources/a.md") == "../index.md"
    assert site_url("sources/a.md") == "sources/a/"
    assert site_url("index.md") == ""
    assert site_url("sources/a.md", directory_urls=False) == "sources/a.html"


DOCS = ["index.md", "timeline.md", "sources/a.md", "sources/b.md", "sources/index.md", "sections/visits.md",
        "timeline/index.md", "a/b/c.md", "a/b/d.md", "a/e.md"]


@pytest.mark.parametrize("target", DOCS)
@pytest.mark.parametrize("from_doc", DOCS)
def test_relative_is_relpath_on_the_docs_paths(target: str, from_doc: str) -> None:
    # worked out on the strings, without relpath's call to the operating system: the same answer for every
    # path a generated page has
    assert relative(target, from_doc) == posixpath.relpath(target, posixpath.dirname(from_doc) or ".")
