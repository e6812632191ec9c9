"""Every page built from the hostile corpus (text, saved pages, Markdown), opened in Chromium: no dialog, no
request off the machine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from browser import in_ci, missing_tools, serve, site_pages, watch
from injection_corpus import make_hostile_project
from sitecheck import mkdocs_build

LACKS = missing_tools()
pytestmark = pytest.mark.skipif(bool(LACKS) and not in_ci(), reason="browser tests need " + "; ".join(LACKS))


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if LACKS:
        pytest.fail("CI=true but the browser tests cannot run; missing: " + "; ".join(LACKS))
    project = make_hostile_project(tmp_path_factory.mktemp("hostile-browser"))
    run = mkdocs_build(project, "--no-strict")
    assert run.returncode == 0, run.stderr
    return project / "site"


def test_no_page_runs_article_text(hostile_site: Path, browser) -> None:  # noqa: ANN001
    dialogs: list[str] = []
    problems: list[str] = []
    with serve(hostile_site) as base:
        context = browser.new_context()
        page = context.new_page()
        page.on("dialog", lambda d: (dialogs.append(f"{page.url}: {d.message}"), d.dismiss()))
        seen = watch(page)
        for path in site_pages(hostile_site):
            page.goto(base + path, wait_until="load")
            page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")  # folded links too
            for link in page.locator("a.cite, .sentence").all()[:40]:  # hover: an injected handler would fire
                link.hover(timeout=2000)
            problems += [f"{path}: {p}" for p in seen.problems() if "request left" in p or "uncaught" in p]
            seen.outside_requests.clear()
            seen.page_errors.clear()
        context.close()
    assert dialogs == [] and problems == []
    assert len(site_pages(hostile_site)) > 20  # every article page was opened
    # among them the saved page and the Markdown file built of scripts, handlers and javascript: links
    assert {"sources/m-page/", "sources/m-markdown/", "sources/p-nested-json/"} <= set(site_pages(hostile_site))


def test_hover_text_with_markup_shows_as_text(hostile_site: Path, browser) -> None:  # noqa: ANN001
    """The quotes page cites sentences made of tags and handlers: its hover text shows them, as text."""
    hover = json.loads((hostile_site / "quotes" / "index.sentences.json").read_text(encoding="utf-8"))
    assert any("<script>" in text for text in hover.values())
    dialogs: list[str] = []
    shown: list[str] = []
    with serve(hostile_site) as base:
        context = browser.new_context()
        page = context.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(base + "quotes/")
        tip = page.locator("#briefing-tip")
        for cite in page.locator("a.cite[title]").all():
            cite.hover()
            page.wait_for_function("() => document.querySelector('#briefing-tip .briefing-tip-label') !== null")
            # Our two spans, the label and the sentence, and no element of the article's own.
            assert tip.evaluate("t => [...t.querySelectorAll('*')].map(e => e.tagName)") == ["SPAN", "SPAN"]
            shown.append(tip.evaluate("t => t.lastChild.textContent"))
            page.mouse.move(0, 0)
            tip.wait_for(state="hidden")
        context.close()
    assert dialogs == []
    assert any("<script>" in text for text in shown) and set(shown) <= set(hover.values())
