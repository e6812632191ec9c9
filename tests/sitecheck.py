"""Reading a built site: every link, every anchor, every resource a page would load."""

from __future__ import annotations

import json
import posixpath
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from support import ROOT

LOADING_ATTRS = {("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src"), ("source", "src"),
                 ("video", "src"), ("audio", "src"), ("embed", "src"), ("object", "data")}


@dataclass
class Page:
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    loads: list[str] = field(default_factory=list)  # URLs the browser fetches on opening the page


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.page = Page()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id":
                self.page.ids.add(value)
            elif tag == "a" and name == "href":
                self.page.links.append(value)
            elif (tag, name) in LOADING_ATTRS:
                self.page.loads.append(value)


def read_site(site: Path) -> dict[str, Page]:
    pages = {}
    for path in sorted(site.rglob("*.html")):
        collector = _Collector()
        collector.feed(path.read_text(encoding="utf-8"))
        pages[path.relative_to(site).as_posix()] = collector.page
    return pages


def resolve(page_path: str, href: str) -> tuple[str, str] | None:
    """(site file, anchor) an internal link leads to, or None for an external one."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None
    path = unquote(parts.path)
    base = "" if path.startswith("/") else posixpath.dirname(page_path)  # 404.html links from the root
    target = posixpath.normpath(posixpath.join(base, path.lstrip("/"))) if path else page_path
    if path.endswith("/") or target == "." or path.endswith("/."):
        target = posixpath.join("" if target == "." else target, "index.html")
    return target, parts.fragment


def broken_links(site: Path) -> list[str]:
    pages = read_site(site)
    problems = []
    for path, page in pages.items():
        for href in page.links:
            resolved = resolve(path, href)
            if resolved is None:
                continue
            target, anchor = resolved
            if target not in pages and not (site / target).is_file():
                problems.append(f"{path}: {href} -> missing {target}")
            elif anchor and target in pages and anchor not in pages[target].ids:
                problems.append(f"{path}: {href} -> no #{anchor} in {target}")
    return problems


def third_party_loads(site: Path) -> list[str]:
    """Resources a reader's browser would fetch from anywhere but this site."""
    found = []
    for path, page in read_site(site).items():
        found += [f"{path}: {url}" for url in page.loads if urlsplit(url).scheme or url.startswith("//")]
    for css in site.rglob("*.css"):
        if "fonts.googleapis" in css.read_text(encoding="utf-8", errors="replace"):
            found.append(f"{css}: Google Fonts")
    return found


class _JsonLd(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[str] = []
        self.canonical: str | None = None
        self._in = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self._in = tag == "script" and a.get("type") == "application/ld+json"
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")

    def handle_data(self, data: str) -> None:
        if self._in:
            self.blocks.append(data)
            self._in = False


def json_ld(html: Path) -> tuple[list[dict], str | None]:
    """A page's JSON-LD blocks, parsed, and its canonical URL."""
    parser = _JsonLd()
    parser.feed(html.read_text(encoding="utf-8"))
    return [json.loads(b) for b in parser.blocks], parser.canonical


class _ArticleText(HTMLParser):
    """The text a reader reads: what the content column's <article> holds, less scripts and icons."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0  # inside the content article, counting nested <article>s
        self.hidden = 0  # inside a script, style or svg
        self.words: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article" and (self.depth or "md-content__inner" in (dict(attrs).get("class") or "")):
            self.depth += 1
        elif self.depth and tag in ("script", "style", "svg"):
            self.hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag == "article":
            self.depth -= 1
        elif self.depth and tag in ("script", "style", "svg"):
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.hidden:
            self.words += data.split()


def article_text(html: Path) -> str:
    """A page's reading text with white space folded, whatever the engine's markup around it."""
    parser = _ArticleText()
    parser.feed(html.read_text(encoding="utf-8"))
    return " ".join(parser.words)


def make_project(tmp: Path, seeds: Path, config: Path) -> Path:
    """A throw-away copy of the project around other seeds, using this checkout's hook."""
    project = tmp / "project"
    shutil.copytree(seeds, project / "seeds")
    shutil.copy(config, project / "briefing.yml")
    shutil.copytree(ROOT / "docs" / "assets", project / "docs" / "assets")
    for extra in ("overrides",):
        if (ROOT / extra).is_dir():
            shutil.copytree(ROOT / extra, project / extra)
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("  - build_briefing.py", f"  - {ROOT / 'build_briefing.py'}")
    (project / "mkdocs.yml").write_text(text, encoding="utf-8")
    return project


def mkdocs_build(project: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", *extra], cwd=project,
                          capture_output=True, text=True, env=env, timeout=600)
