"""The site as the two other engines that read mkdocs.yml build it: Zensical and ProperDocs.

Zensical (the Material team's successor to MkDocs + Material) ignores `hooks:`, so the pages are
generated first with `python build_briefing.py`, as the README says; it then renders them with its
own copy of the theme and our override. ProperDocs, a fork of MkDocs 1.x, runs the hook as MkDocs
does. Both are pinned in requirements-dev.txt; where one is not installed its tests skip, saying so,
except under CI=true, where they fail.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from browser import cited_sentences, in_ci, missing_tools, serve, watch
from sitecheck import article_text, broken_links, json_ld, make_project, read_site, resolve, third_party_loads
from support import ROOT

# The ids Zensical's own base template adds: the skip link's target and the phone's contents toggle.
ZENSICAL_CHROME_IDS = {"__skip", "__toc"}
GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')
ENV = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true",
       "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin"}


def need(module: str) -> None:
    """Skip (or, under CI=true, fail) when the engine is not installed."""
    if importlib.util.find_spec(module) is None:
        message = f"{module} is not installed: pip install -r requirements-dev.txt"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)


def engine(project: Path, module: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", module, "build", "--strict", *args], cwd=project,
                          capture_output=True, text=True, env=ENV, timeout=600)


# --- Zensical -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def zensical_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds in a copy of the project: `python build_briefing.py`, then `zensical build --strict`."""
    need("zensical")
    project = make_project(tmp_path_factory.mktemp("zensical"), ROOT / "seeds", ROOT / "briefing.yml")
    generate = subprocess.run([sys.executable, str(ROOT / "build_briefing.py"), "-q", "--seeds", str(project / "seeds"),
                               "--config", str(project / "briefing.yml"), "--out", str(project / "docs"),
                               "--cache", str(project / ".cache" / "briefing")],
                              capture_output=True, text=True, timeout=300)
    assert generate.returncode == 0, generate.stderr
    run = engine(project, "zensical")
    assert run.returncode == 0, run.stdout + run.stderr
    return project


@pytest.fixture(scope="module")
def zensical_site(zensical_project: Path) -> Path:
    return zensical_project / "site"


def test_zensical_gives_every_page_with_the_same_text_and_anchors(zensical_site: Path, seeds_project: Path) -> None:
    mkdocs_site = seeds_project / "site"
    theirs, ours = read_site(zensical_site), read_site(mkdocs_site)
    assert sorted(theirs) == sorted(ours)
    for path, page in ours.items():
        assert article_text(zensical_site / path) == article_text(mkdocs_site / path), path
        assert page.ids <= theirs[path].ids, f"{path}: lost {sorted(page.ids - theirs[path].ids)[:5]}"
        assert theirs[path].ids - page.ids <= ZENSICAL_CHROME_IDS, path


def test_zensical_links_and_anchors_all_resolve(zensical_site: Path) -> None:
    assert broken_links(zensical_site) == []
    assert third_party_loads(zensical_site) == []


def test_zensical_citations_land_on_their_sentences(zensical_site: Path) -> None:
    data = json.loads((zensical_site / "briefing.json").read_text(encoding="utf-8"))
    assert (zensical_site / "briefing.json").read_bytes() == (ROOT / "docs" / "briefing.json").read_bytes()
    pages = read_site(zensical_site)
    assert data["citations"]
    for c in data["citations"].values():
        path, anchor = c["url"].split("#")
        assert anchor in pages[path + "index.html"].ids


def test_zensical_json_ld_describes_the_briefing_and_its_sources(zensical_site: Path) -> None:
    data = json.loads((zensical_site / "briefing.json").read_text(encoding="utf-8"))
    (report,), canonical = json_ld(zensical_site / "index.html")
    assert canonical is None and report["@type"] == "Report" and report["headline"] == data["title"]
    assert [s["headline"] for s in report["isBasedOn"]] == [s["title"] for s in data["sources"]]
    for src, article in zip(data["sources"], report["isBasedOn"], strict=True):
        assert resolve("index.html", article["url"]) == (src["url"] + "index.html", "")
        assert article.get("datePublished") == src["date"]
        (page,), _ = json_ld(zensical_site / src["url"] / "index.html")
        assert page["@type"] == "NewsArticle" and page["headline"] == src["title"]


def test_zensical_keeps_the_print_hooks_and_scripts(zensical_site: Path) -> None:
    html = (zensical_site / "index.html").read_text(encoding="utf-8")
    assert 'data-kind="briefing"' in html and "<!--briefing-pdf " in html
    assert 'href="./assets/briefing.css"' in html and 'src="./assets/briefing.js" defer' in html
    assert 'data-kind="timeline"' in (zensical_site / "timeline" / "index.html").read_text(encoding="utf-8")


# --- Zensical in a browser ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def zensical_url(zensical_site: Path) -> Iterator[str]:
    with serve(zensical_site) as url:
        yield url


@pytest.fixture
def page(request: pytest.FixtureRequest) -> Iterator[object]:
    """A desktop-sized page of the session's Chromium; skips (fails under CI=true) without one."""
    lacks = missing_tools()
    if lacks:
        (pytest.fail if in_ci() else pytest.skip)("browser checks need " + "; ".join(lacks))
    tab = request.getfixturevalue("browser").new_page(viewport={"width": 1280, "height": 800})
    yield tab
    tab.close()


def test_zensical_citation_tooltip_and_landing(page, zensical_url: str, zensical_site: Path) -> None:  # noqa: ANN001
    seen = watch(page)
    page.goto(zensical_url)
    cite = page.locator("li:has(> .item) a.cite").first
    title, href = cite.get_attribute("title"), cite.get_attribute("href")
    said = cited_sentences(zensical_site, page.url, href, cite.get_attribute("data-more"))
    cite.hover()
    tip = page.locator("#briefing-tip[role=tooltip]")
    tip.wait_for(state="visible", timeout=3000)
    page.locator("#briefing-tip .briefing-tip-label").wait_for(timeout=3000)  # the sentence, from the hover text
    assert tip.inner_text() == title + "\n" + " … ".join(said)
    cite.click()
    sentence_id = urlsplit(href).fragment
    page.wait_for_url(re.compile(re.escape(sentence_id) + "$"))
    sentence = page.locator(f"#{sentence_id}")
    assert sentence.evaluate("e => e.matches(':target')") and "sentence" in sentence.get_attribute("class")
    box, header = sentence.bounding_box(), page.locator(".md-header").bounding_box()
    assert box is not None and header is not None and box["y"] >= header["y"] + header["height"] - 1
    assert page.locator(".briefing-return a").inner_text() == "↩ Back to the briefing"
    assert seen.problems() == []


def test_zensical_print_hides_the_chrome_and_names_each_citation(page, zensical_url: str) -> None:  # noqa: ANN001
    page.goto(zensical_url)
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-search"):
        assert not page.locator(chrome).first.is_visible(), f"{chrome} shows in print"
    cite = page.locator("li:has(> .item) a.cite").first
    assert cite.get_attribute("title") in cite.evaluate("e => getComputedStyle(e, '::after').content")
    breaks = page.eval_on_selector_all(".md-typeset h2", "hs => hs.map(h => [h.id, getComputedStyle(h).breakBefore])")
    # The title, the key points and what is new share the first page; each section starts one of its own.
    assert [b != "page" for _, b in breaks] == [n == 0 or i == "latest" for n, (i, _) in enumerate(breaks)]
    assert "latest" in [i for i, _ in breaks]


def test_zensical_search_finds_both_spellings(page, zensical_url: str) -> None:  # noqa: ANN001
    """Zensical's own search dialog, opened from the button our search partial gives it."""
    seen = watch(page)
    page.goto(zensical_url)
    for spelling in ("Sergey", "Sergei"):
        page.locator(".md-search__button").click()
        page.keyboard.type(spelling, delay=20)
        # a result in the dialog: the page itself holds the words too, folded among an event's other wordings
        page.get_by_text("Shoigu met with Kim Jong-un in Pyongyang").filter(visible=True).first.wait_for(timeout=10_000)
        page.keyboard.press("Escape")
    assert seen.problems() == []


def test_zensical_search_says_it_needs_a_server_on_file_pages(page, zensical_site: Path) -> None:  # noqa: ANN001
    """From disk Zensical's search cannot load its index: the button says so instead of doing nothing."""
    page.goto((zensical_site / "index.html").as_uri())
    button = page.locator(".md-search__button")
    assert button.inner_text() == "Search needs the site served (see README)" and button.is_disabled()


# --- ProperDocs -----------------------------------------------------------------------------------------


def test_properdocs_builds_the_mkdocs_site_byte_for_byte(tmp_path: Path, seeds_project: Path) -> None:
    """Hook and override alike: only the generator line differs (the sitemaps carry the build date)."""
    need("properdocs")
    project = make_project(tmp_path, ROOT / "seeds", ROOT / "briefing.yml")
    run = engine(project, "properdocs", "-f", "mkdocs.yml")
    assert run.returncode == 0 and "WARNING" not in run.stderr, run.stderr
    mine, reference = project / "site", seeds_project / "site"
    names = sorted(p.relative_to(mine).as_posix() for p in mine.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(reference).as_posix() for p in reference.rglob("*") if p.is_file())
    differ = [n for n in names if not n.startswith("sitemap.xml")
              and GENERATOR.sub(b"", (mine / n).read_bytes()) != GENERATOR.sub(b"", (reference / n).read_bytes())]
    assert differ == []
