#!/usr/bin/env python3
"""Screenshots of the briefing page for the README: desktop (1280 px) and phone (360 px) widths.

    .venv/bin/mkdocs build && .venv/bin/python tools/screenshots.py          # reads site/
    .venv/bin/python tools/screenshots.py /tmp/site                           # another build

Writes docs/assets/screenshot-desktop.png and docs/assets/screenshot-phone.png. Uses Debian's
Chromium through Playwright, the site served on 127.0.0.1, every other request refused.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # the package, and the browser set-up the tests use

from browser import launch, missing_tools, serve, watch  # noqa: E402

ASSETS = ROOT / "docs" / "assets"
SHOTS = {
    # name: (viewport, device scale) — the phone at 2x, as a phone's screen is
    "screenshot-desktop.png": ({"width": 1280, "height": 800}, 1),
    "screenshot-phone.png": ({"width": 360, "height": 740}, 2),
}


def take(site: Path, out: Path = ASSETS) -> list[Path]:
    from playwright.sync_api import sync_playwright

    written = []
    with serve(site) as base, sync_playwright() as p:
        browser = launch(p)
        for name, (viewport, scale) in SHOTS.items():
            ctx = browser.new_context(viewport=viewport, device_scale_factor=scale, color_scheme="light",
                                      reduced_motion="reduce", is_mobile=viewport["width"] < 600)
            page = ctx.new_page()
            seen = watch(page)
            page.goto(base)
            page.wait_for_load_state("networkidle")
            if seen.problems():
                raise RuntimeError("; ".join(seen.problems()))
            page.screenshot(path=str(out / name))
            written.append(out / name)
            ctx.close()
        browser.close()
    return written


def main(argv: list[str]) -> int:
    site = Path(argv[0]) if argv else ROOT / "site"
    lacks = [m for m in missing_tools() if "axe" not in m]  # axe-core is not needed here
    if lacks or not (site / "index.html").is_file():
        print("screenshots: need " + "; ".join(lacks or [f"a built site in {site} (mkdocs build)"]), file=sys.stderr)
        return 2
    for path in take(site):
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
