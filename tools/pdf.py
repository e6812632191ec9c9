#!/usr/bin/env python3
"""Print the built briefing page to site/briefing.pdf with Debian's headless Chromium.

Run by the MkDocs hook (``on_post_build`` in build_briefing.py) when ``BRIEFING_PDF=1``, or by
hand after a build::

    python tools/pdf.py            # site/index.html -> site/briefing.pdf
    python tools/pdf.py other-site/

It prints what a reader's browser would (the print stylesheet in docs/assets/briefing.css),
offline: Chromium is started with its background networking off and the page is read from
disk. Only after the PDF exists is the briefing's "PDF" button switched on, so a site never
links to a file it lacks. Nothing here raises: a missing browser or a failed print is reported
in one line and the site stays as it was.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
# Kept in step with tests/browser.py: root needs --no-sandbox; the rest stops Chromium's own traffic.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
PDF_NAME = "briefing.pdf"
TIMEOUT = 120  # seconds; a first start of Chromium on a cold disk takes a few
# overrides/main.html writes the button inside these comment markers on the briefing page.
DORMANT = ("<!--briefing-pdf ", " briefing-pdf-->")


def make_pdf(site: Path, chromium: Path = CHROMIUM) -> str:
    """Print site/index.html to site/briefing.pdf and show its button; one line saying what happened."""
    site = site.resolve()  # Chromium is handed a file:// URL, which must be absolute
    page, pdf = site / "index.html", site / PDF_NAME
    if not chromium.is_file():
        return f"briefing: no PDF: {chromium} is not installed (apt-get install chromium)"
    if not page.is_file():
        return f"briefing: no PDF: {page} does not exist"
    pdf.unlink(missing_ok=True)
    failure = print_to_pdf(chromium, page, pdf)
    if failure:
        return f"briefing: no PDF: {failure}"
    reveal_button(page)
    return f"briefing: PDF written to {pdf} ({pdf.stat().st_size // 1024} KiB)"


def print_to_pdf(chromium: Path, page: Path, pdf: Path) -> str | None:
    """None on success, else why it failed."""
    with tempfile.TemporaryDirectory(prefix="briefing-pdf-") as profile:  # never the user's profile
        cmd = [str(chromium), "--headless", *CHROMIUM_ARGS, f"--user-data-dir={profile}",
               "--no-pdf-header-footer", "--virtual-time-budget=5000", f"--print-to-pdf={pdf}", page.as_uri()]
        try:
            run = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            return f"chromium did not finish within {TIMEOUT} s"
        except OSError as exc:
            return f"chromium could not start: {exc}"
    if run.returncode != 0 or not pdf.is_file() or pdf.stat().st_size == 0:
        last = (run.stderr.strip().splitlines() or ["no output"])[-1]
        return f"chromium exited with {run.returncode}: {last}"
    return None


def reveal_button(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    start = html.find(DORMANT[0])
    end = html.find(DORMANT[1], start)
    if start < 0 or end < 0:
        return  # a theme without the button: the PDF is still there to link by hand
    html = html[:start] + html[start + len(DORMANT[0]):end] + html[end + len(DORMANT[1]):]
    page.write_text(html, encoding="utf-8")


if __name__ == "__main__":
    site = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "site"
    message = make_pdf(site)
    print(message)
    sys.exit(0 if "PDF written" in message else 1)
