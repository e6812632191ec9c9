"""A real browser on the built site: Debian's Chromium driven by Playwright, the site served on 127.0.0.1.

Shared by tests/test_browser.py and the scripts in tools/ (screenshots, Lighthouse), so every one
of them launches the browser the same way: Debian's binary (Playwright's own browser downloads
cannot be had here) with no network chatter of its own.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import io
import json
import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from support import ROOT

CHROMIUM = Path("/usr/bin/chromium")
# Chromium phones home (updates, sync, field trials) unless told not to; as root it needs --no-sandbox.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
NODE_MODULES = ROOT / "node_modules"
AXE = NODE_MODULES / "axe-core" / "axe.min.js"
LOCAL_HOSTS = {"127.0.0.1"}


def missing_tools() -> list[str]:
    """What the browser checks need and this machine lacks, in words for a skip or failure message."""
    lacks = []
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        lacks.append("the playwright Python package (pip install -r requirements-dev.txt)")
    if not CHROMIUM.is_file():
        lacks.append(f"{CHROMIUM} (apt-get install chromium)")
    if not AXE.is_file():
        lacks.append(f"{AXE.relative_to(ROOT)} (npm ci)")
    return lacks


# --- serving the built site -------------------------------------------------------------------


COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    gzip = False

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass  # one line per request would drown pytest's output

    def send_head(self):  # noqa: ANN201
        """Gzip text when asked to, as any real host of the site does (Lighthouse measures transfer)."""
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not urlsplit(self.path).path.endswith("/"):
                return super().send_head()  # the base class redirects "dir" to "dir/"
            path = path / "index.html"
        wants = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (self.gzip and wants and path.suffix in COMPRESSIBLE and path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@contextlib.contextmanager
def serve(site: Path, *, compress: bool = False) -> Iterator[str]:
    """Serve a built site on 127.0.0.1 at a free port; yields its base URL (ending in /).
    compress: gzip text responses, as a production host would."""
    handler_class = type("Handler", (_QuietHandler,), {"gzip": compress})
    handler = functools.partial(handler_class, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def site_pages(site: Path) -> list[str]:
    """Every page of a built site as a URL path relative to its root ("", "sources/x/", "404.html")."""
    paths = []
    for html in sorted(site.rglob("*.html")):
        rel = html.relative_to(site).as_posix()
        paths.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return paths


def cited_sentences(site: Path, page_url: str, href: str, more: str | None) -> list[str]:
    """The sentences briefing.js shows for a citation on a page: what the page's hover text (the JSON
    beside its HTML file) holds for the link's article and anchor and those its data-more names."""
    path = urlsplit(page_url).path
    html = path + "index.html" if path.endswith("/") else path
    hover = json.loads((site / (html.removesuffix(".html").lstrip("/") + ".sentences.json")).read_text("utf-8"))
    target = urlsplit(urljoin(page_url, href))
    article = re.sub(r"/index\.html$|\.html$|/$", "", target.path).rsplit("/", 1)[-1]
    return [hover[f"{article}#{anchor}"] for anchor in (target.fragment, *(more or "").split())]


# --- the browser --------------------------------------------------------------------------------


def launch(playwright):  # noqa: ANN001, ANN201 - Playwright's types are only importable when installed
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)


@dataclass
class Watch:
    """What a page did that a reader's browser must not: log an error, or reach past this machine."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return ([f"console: {m}" for m in self.console_errors] + [f"uncaught: {m}" for m in self.page_errors]
                + [f"request left 127.0.0.1: {u}" for u in self.outside_requests])


def watch(page) -> Watch:  # noqa: ANN001
    """Record console errors and uncaught exceptions; abort and record every request not to 127.0.0.1."""
    seen = Watch()
    page.on("console", lambda msg: seen.console_errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: seen.page_errors.append(str(exc)))

    def route(r) -> None:  # noqa: ANN001
        url = r.request.url
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob") or parts.hostname in LOCAL_HOSTS:
            r.continue_()
        else:
            seen.outside_requests.append(url)
            r.abort()

    page.route("**/*", route)
    return seen


def axe_violations(page, impacts: tuple[str, ...] = ("serious", "critical")) -> list[str]:  # noqa: ANN001
    """axe-core's violations of the given impacts on the page as it is now, one line per rule and node."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""async () => {
        // target-size (WCAG 2.2 AA) is off in axe by default but on in Lighthouse: check it too.
        const r = await axe.run(document, {resultTypes: ['violations'], rules: {'target-size': {enabled: true}}});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                       nodes: v.nodes.map(n => n.target.join(' '))}));
    }""")
    return [f"{v['impact']} {v['id']} ({v['help']}): {node}"
            for v in result if v["impact"] in impacts for node in v["nodes"]]


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"
