"""The built site in a real browser (Debian's Chromium through Playwright), as a reader meets it.

One build of the real seeds per session, served on 127.0.0.1. Without Chromium, Playwright or
node_modules (npm ci) these tests skip, saying what is missing; under CI=true they fail instead,
since CI is where the browser checks must run.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from browser import axe_violations, cited_sentences, in_ci, missing_tools, serve, site_pages, watch
from sitecheck import broken_links, json_ld, make_project, mkdocs_build
from support import ROOT

LACKS = missing_tools()
# Off CI a missing tool skips, naming it; on CI each test fails with the same words instead.
pytestmark = pytest.mark.skipif(bool(LACKS) and not in_ci(), reason="browser tests need " + "; ".join(LACKS))

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}
TARGET_BG = {"light": "rgb(255, 233, 138)", "dark": "rgb(107, 88, 0)"}  # --briefing-target-bg


@pytest.fixture(scope="session", autouse=True)
def _tools_present() -> None:
    if LACKS:
        pytest.fail("CI=true but the browser tests cannot run; missing: " + "; ".join(LACKS))


@pytest.fixture(scope="session")
def project(seeds_project: Path) -> Path:
    return seeds_project


@pytest.fixture(scope="session")
def site(project: Path) -> Path:
    return project / "site"


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    with serve(site) as url:
        yield url


def open_page(browser, url: str, **context):  # noqa: ANN001, ANN201
    """A fresh context (own history, scheme, viewport) with the network watch on, at url."""
    ctx = browser.new_context(**{"viewport": DESKTOP, **context})
    page = ctx.new_page()
    seen = watch(page)
    page.goto(url)
    return page, seen


# --- every page ---------------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_is_clean_and_accessible(browser, base_url: str, site: Path, scheme: str) -> None:  # noqa: ANN001
    """No console error, no request past 127.0.0.1, no serious or critical axe finding."""
    ctx = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
    page = ctx.new_page()
    seen = watch(page)
    problems = []
    for path in site_pages(site):
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")  # the search worker's index fetch, late errors
        problems += [f"/{path}: {p}" for p in seen.problems() + axe_violations(page)]
        seen.console_errors.clear(), seen.page_errors.clear(), seen.outside_requests.clear()
    ctx.close()
    assert problems == []


def test_every_page_fits_a_phone(browser, base_url: str, site: Path) -> None:  # noqa: ANN001
    """At 360 px nothing widens the page: wide tables scroll inside their own box."""
    page, _ = open_page(browser, base_url, viewport=PHONE, is_mobile=True, has_touch=True)
    too_wide = []
    for path in site_pages(site):
        page.goto(base_url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            too_wide.append(f"/{path}: {width} px")
    page.context.close()
    assert too_wide == []


# --- citations ------------------------------------------------------------------------------------


def section_citation(page):  # noqa: ANN001, ANN201
    """The first citation of a statement in a section (an item with a backref on its article page)."""
    return page.locator("li:has(> .item) a.cite").first


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_citation_lands_on_the_highlighted_sentence(browser, base_url: str, scheme: str) -> None:  # noqa: ANN001
    page, seen = open_page(browser, base_url, color_scheme=scheme)
    cite = section_citation(page)
    href = cite.get_attribute("href")
    sentence_id = urlsplit(href).fragment
    cite.click()
    page.wait_for_url(re.compile(re.escape(sentence_id) + "$"))
    assert urlsplit(page.url).fragment == sentence_id
    sentence = page.locator(f"#{sentence_id}")
    assert "sentence" in sentence.get_attribute("class")
    box = sentence.bounding_box()
    header = page.locator(".md-header").bounding_box()
    assert box is not None and header is not None
    assert box["y"] >= header["y"] + header["height"] - 1, "the sentence hides under the sticky header"
    assert box["y"] + min(box["height"], 40) <= DESKTOP["height"], "the sentence is below the fold"
    assert sentence.evaluate("e => e.matches(':target')")
    assert sentence.evaluate("e => getComputedStyle(e).backgroundColor") == TARGET_BG[scheme]
    assert seen.problems() == []
    page.context.close()


def test_way_back_to_the_briefing(browser, base_url: str) -> None:  # noqa: ANN001
    page, _ = open_page(browser, base_url)
    cite = section_citation(page)
    page.evaluate("window.scrollTo(0, 0)")
    cite.scroll_into_view_if_needed()
    before = page.evaluate("window.scrollY")
    cite.click()
    page.wait_for_load_state()
    ret = page.locator(".briefing-return a")
    assert ret.inner_text() == "↩ Back to the briefing"
    ret.click()
    page.wait_for_url(re.compile(r"/(#.*)?$"))
    page.wait_for_function("y => Math.abs(window.scrollY - y) < 5", arg=before)  # the reader's place
    assert urlsplit(page.url).path == "/"
    page.context.close()


def test_used_sentence_links_back_without_javascript(browser, base_url: str) -> None:  # noqa: ANN001
    page, _ = open_page(browser, base_url, java_script_enabled=False)
    href = section_citation(page).get_attribute("href")
    page.goto(base_url + href)
    sentence_id = urlsplit(href).fragment
    backref = page.locator(f"#{sentence_id} + a.backref")
    target = backref.get_attribute("href")
    backref.click()
    page.wait_for_load_state()
    item = urlsplit(target).fragment
    assert item.startswith("item-") and page.locator(f"#{item}").count() == 1
    page.context.close()


def tooltip_text(page) -> str:  # noqa: ANN001
    tip = page.locator("#briefing-tip[role=tooltip]")
    tip.wait_for(state="visible", timeout=3000)
    return tip.inner_text()


def expected_tip(site: Path, page, cite) -> str:  # noqa: ANN001
    """The citation's label, and under it the sentences it stands for, from the page's hover text."""
    said = cited_sentences(site, page.url, cite.get_attribute("href"), cite.get_attribute("data-more"))
    return cite.get_attribute("title") + "\n" + " … ".join(said)


def sentence_shown(page) -> str:  # noqa: ANN001
    """The tooltip's text once the sentence has come (the label shows at once, the sentence when fetched)."""
    page.locator("#briefing-tip .briefing-tip-label").wait_for(timeout=3000)
    return tooltip_text(page)


def hover_requests(page) -> list[str]:  # noqa: ANN001
    """Paths of the hover text files the page fetches from now on."""
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(urlsplit(r.url).path) if r.url.endswith(".sentences.json") else None)
    return fetched


def test_hover_shows_the_sentence_once(browser, base_url: str, site: Path) -> None:  # noqa: ANN001
    """Ours, not also the browser's: the title is lent to the tooltip while it shows. The sentence is
    not in the page: it is fetched from the page's hover text, once for all its citations."""
    page, seen = open_page(browser, base_url)
    fetched = hover_requests(page)
    cite = section_citation(page)
    title = cite.get_attribute("title")
    expected = expected_tip(site, page, cite)
    assert title and expected.split("\n", 1)[1] not in "".join(
        page.eval_on_selector_all("a[title]", "links => links.map(a => a.title)"))
    cite.hover()
    assert sentence_shown(page) == expected
    assert cite.get_attribute("title") is None
    assert cite.get_attribute("aria-describedby") == "briefing-tip"
    page.mouse.move(0, 0)
    page.locator("#briefing-tip").wait_for(state="hidden", timeout=3000)
    assert cite.get_attribute("title") == title
    other = page.locator("li:has(> .item) a.cite[title]").nth(3)
    expected = expected_tip(site, page, other)
    other.hover()
    page.wait_for_function("t => document.querySelector('#briefing-tip').innerText === t", arg=expected)
    assert fetched == ["/index.sentences.json"]  # once, however many citations are hovered
    assert seen.problems() == []
    page.context.close()


def test_keyboard_focus_shows_the_sentence(browser, base_url: str, site: Path) -> None:  # noqa: ANN001
    page, _ = open_page(browser, base_url)
    cite = section_citation(page)
    expected = expected_tip(site, page, cite)
    cite.focus()
    assert sentence_shown(page) == expected
    page.context.close()


def test_tap_shows_the_sentence_then_follows(browser, base_url: str, site: Path) -> None:  # noqa: ANN001
    page, _ = open_page(browser, base_url, viewport=PHONE, is_mobile=True, has_touch=True)
    cite = section_citation(page)
    href, expected = cite.get_attribute("href"), expected_tip(site, page, cite)
    cite.scroll_into_view_if_needed()
    cite.tap()
    assert sentence_shown(page) == expected
    assert urlsplit(page.url).path == "/", "the first tap must not leave the briefing"
    cite.tap()
    page.wait_for_url(re.compile(re.escape(urlsplit(href).fragment) + "$"))
    page.context.close()


def test_other_pages_fetch_their_own_hover_text(browser, base_url: str, site: Path) -> None:  # noqa: ANN001
    page, seen = open_page(browser, base_url + "timeline/")
    fetched = hover_requests(page)
    cite = page.locator("a.cite[title]").first
    expected = expected_tip(site, page, cite)
    cite.hover()
    assert sentence_shown(page) == expected
    assert fetched == ["/timeline/index.sentences.json"] and seen.problems() == []
    page.context.close()


def test_without_javascript_the_title_is_a_short_label(browser, base_url: str, site: Path) -> None:  # noqa: ANN001
    """The browser's own tooltip: who said it and when, never the sentence."""
    page, _ = open_page(browser, base_url, java_script_enabled=False)
    cites = page.locator("a.cite[title]")
    assert cites.count() > 10
    for cite in cites.all()[:20]:
        title = cite.get_attribute("title")
        assert re.fullmatch(r".{1,60}, (\d{1,2} [A-Z][a-z]+ \d{4}|undated)", title), title
        said = cited_sentences(site, page.url, cite.get_attribute("href"), cite.get_attribute("data-more"))
        assert all(text not in title for text in said if len(text) > 60)
        assert cite.inner_text().strip().isdigit()  # its name is its number; the label describes it
    page.context.close()


def test_file_url_citation_shows_its_label(browser, site: Path) -> None:  # noqa: ANN001
    """Opened from disk the hover text cannot be fetched (browsers refuse): the label shows, and nothing fails."""
    ctx = browser.new_context(viewport=DESKTOP)
    page = ctx.new_page()
    tried: list[str] = []  # (Material's search fails from disk with errors of its own: not looked at here)
    page.on("request", lambda r: tried.append(r.url) if r.url.endswith(".sentences.json") else None)
    page.goto((site / "index.html").as_uri())
    cite = section_citation(page)
    title = cite.get_attribute("title")
    cite.hover()
    assert tooltip_text(page) == title
    page.wait_for_timeout(300)
    assert page.locator("#briefing-tip").inner_text() == title and tried == []
    ctx.close()


def test_file_url_reading_follows_links(browser, site: Path) -> None:  # noqa: ANN001
    """Opened from disk, "dir/" links would show a folder listing: briefing.js points them at dir/index.html."""
    ctx = browser.new_context(viewport=DESKTOP)
    page = ctx.new_page()
    page.goto((site / "index.html").as_uri())
    sentence_id = urlsplit(section_citation(page).get_attribute("href")).fragment
    section_citation(page).click()
    page.wait_for_url(re.compile(r"/index\.html#" + re.escape(sentence_id) + "$"))
    assert page.locator(f"#{sentence_id}").evaluate("e => e.matches(':target')")
    page.locator(".md-nav__link", has_text="Sources").first.click()
    page.wait_for_url(re.compile(r"/sources/index\.html$"))
    ctx.close()


# --- search -----------------------------------------------------------------------------------------


def search(page, query: str) -> list[str]:  # noqa: ANN001
    """Paths of the pages Material's search lists for query, typed as a reader would."""
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").fill("")
    page.locator(".md-search__input").press_sequentially(query, delay=20)
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    hrefs = page.eval_on_selector_all(".md-search-result__item > a", "els => els.map(e => e.href)")
    page.keyboard.press("Escape")
    return sorted({urlsplit(h).path for h in hrefs})


@pytest.mark.parametrize("spelling", ["Sergey", "Sergei"])
def test_search_finds_shoigu_by_either_spelling(browser, base_url: str, spelling: str) -> None:  # noqa: ANN001
    page, seen = open_page(browser, base_url)
    found = search(page, spelling)
    assert any(p.startswith("/sources/") for p in found), found
    assert seen.problems() == []
    page.context.close()


# --- print --------------------------------------------------------------------------------------------


def test_print_hides_the_chrome_and_names_each_citation(browser, base_url: str) -> None:  # noqa: ANN001
    page, _ = open_page(browser, base_url)
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-search"):
        assert not page.locator(chrome).first.is_visible(), f"{chrome} shows in print"
    cite = section_citation(page)
    printed = cite.evaluate("e => getComputedStyle(e, '::after').content")
    assert cite.get_attribute("title") in printed
    assert cite.evaluate("e => getComputedStyle(e).display") == "block"  # a footnote line of its own
    breaks = page.eval_on_selector_all(".md-typeset h2", "hs => hs.map(h => [h.id, getComputedStyle(h).breakBefore])")
    # The title, the key points and what is new share the first page; each section starts one of its own.
    assert [b != "page" for _, b in breaks] == [n == 0 or i == "latest" for n, (i, _) in enumerate(breaks)]
    assert "latest" in [i for i, _ in breaks]
    page.context.close()


# --- metadata and the PDF (the built files; no page needs opening) ---------------------------------------


def test_json_ld_describes_the_briefing_and_its_sources(site: Path) -> None:
    data = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    (report,), canonical = json_ld(site / "index.html")
    assert canonical is None  # no site_url, no canonical
    assert report["@type"] == "Report" and report["headline"] == data["title"]
    assert [s["headline"] for s in report["isBasedOn"]] == [s["title"] for s in data["sources"]]
    for src, article in zip(data["sources"], report["isBasedOn"], strict=True):
        assert article["@type"] == "NewsArticle" and article["url"] == src["url"]
        assert (site / article["url"] / "index.html").is_file()
    for src in data["sources"]:
        (article,), _ = json_ld(site / src["url"] / "index.html")
        assert article["@type"] == "NewsArticle" and article["headline"] == src["title"]


def test_site_url_gives_canonical_and_absolute_urls(tmp_path: Path) -> None:
    project = make_project(tmp_path, ROOT / "seeds", ROOT / "briefing.yml")
    config = project / "mkdocs.yml"
    config.write_text("site_url: https://briefing.example/r/\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    run = mkdocs_build(project)
    assert run.returncode == 0, run.stderr
    (report,), canonical = json_ld(project / "site" / "index.html")
    assert canonical == report["url"] == "https://briefing.example/r/"
    assert all(s["url"].startswith("https://briefing.example/r/sources/") for s in report["isBasedOn"])


def live_markup(html: str) -> str:
    return re.sub(r"<!--.*?-->", "", html, flags=re.S)


def test_pdf_button_appears_only_with_the_pdf(site: Path, tmp_path: Path) -> None:
    assert "briefing.pdf" not in live_markup((site / "index.html").read_text(encoding="utf-8"))
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "pdf.py"), str(copy)], capture_output=True,
                         text=True, timeout=180)
    assert run.returncode == 0, run.stdout + run.stderr
    assert (copy / "briefing.pdf").read_bytes().startswith(b"%PDF")
    html = (copy / "index.html").read_text(encoding="utf-8")
    assert '<a href="briefing.pdf"' in live_markup(html)
    assert broken_links(copy) == []


def load_tool(name: str):  # noqa: ANN201
    """A script of tools/ as a module (tools/ is no package, and a "tools" on sys.path could shadow it)."""
    spec = importlib.util.spec_from_file_location(f"briefing_tools_{name}", ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.mark.skipif(not VNU.is_file() or not shutil.which("java"), reason="needs java and vnu-jar (npm ci)")
def test_nu_html_checker_finds_no_error_in_our_pages(site: Path) -> None:
    vnu = load_tool("vnu")
    ours = [e for e in vnu.check(site) if vnu.material_filter(e) is None]
    assert [str(e) for e in ours] == []


# --- a statement many articles report -------------------------------------------------------------


def only_what_is_used(config: Path, seeds: Path) -> None:
    """Drop the curated entries no article of this sample uses: the synthetic story's curation is written for
    its whole corpus, and a build of a few of its articles would warn of the rest (failing --strict)."""
    import yaml

    from briefing.config import load_config
    from briefing.curate.unused import unused_phrases
    from briefing.read import read_corpus

    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    for where, text in unused_phrases(read_corpus(seeds), load_config(config)):
        listed, _, key = where.partition(".")
        name, _, n = listed.rstrip("]").partition("[")
        entries = data[name][int(n)][key] if n else data[name]
        entries.remove(text)
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture(scope="module")
def crowded_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The synthetic benchmark story at 60 articles: evergreen facts gather dozens of articles."""
    from benchmarks.corpus import write_config, write_corpus

    tmp = tmp_path_factory.mktemp("crowded")
    write_corpus(tmp / "seeds", 60, seed=0)
    write_config(tmp / "briefing.yml")
    only_what_is_used(tmp / "briefing.yml", tmp / "seeds")
    project = make_project(tmp, tmp / "seeds", tmp / "briefing.yml")
    run = mkdocs_build(project)
    assert run.returncode == 0, run.stderr
    return project / "site"


def test_many_citations_fold_and_every_one_still_lands(browser, crowded_site: Path) -> None:
    """Beyond the first few, an item's articles fold under one line on its section's page; opened, each number
    leads to its sentence. (The briefing page links "+N more" to that page instead.)"""
    assert broken_links(crowded_site) == []
    folding = sorted(p for p in (crowded_site / "sections").rglob("index.html")
                     if '<details class="more-cites">' in p.read_text(encoding="utf-8"))
    assert folding, "no section page folds its citations"
    with serve(crowded_site) as root:
        url = root + folding[0].parent.relative_to(crowded_site).as_posix() + "/"
        page, seen = open_page(browser, url)
        folded = page.locator("li:has(> .item) > details.more-cites").first
        numbers = folded.locator("a.cite")
        assert numbers.count() > 0 and not numbers.first.is_visible()
        assert numbers.first.get_attribute("title") is None  # a bare number: its sentence is one click away
        assert folded.evaluate("d => getComputedStyle(d).borderTopWidth") == "0px"  # not an admonition box
        folded.locator("summary").click()
        assert numbers.first.is_visible()
        href = numbers.first.get_attribute("href")
        numbers.first.click()
        page.wait_for_url(re.compile(re.escape("#" + href.split("#")[1]) + "$"))
        target = page.locator(":target")
        assert target.count() == 1 and "sentence" in (target.get_attribute("class") or "")
        assert page.evaluate("decodeURIComponent(location.hash.slice(1))") == href.split("#")[1]
        problems = seen.problems()
        page.goto(url)
        problems += axe_violations(page)
        page.context.close()
        phone, _ = open_page(browser, url, viewport=PHONE, is_mobile=True, has_touch=True)
        phone.locator("details.more-cites > summary").first.click()
        assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        phone.context.close()
    assert problems == []


@pytest.mark.skipif(not VNU.is_file() or not shutil.which("java"), reason="needs java and vnu-jar (npm ci)")
def test_nu_html_checker_accepts_folded_citations(crowded_site: Path) -> None:
    vnu = load_tool("vnu")
    ours = [e for e in vnu.check(crowded_site) if vnu.material_filter(e) is None]
    assert [str(e) for e in ours] == []
