"""Saved web pages: how long reading one takes (issue 17), on the pages of tests/fixtures/formats.

Each page is read whole, as the reader reads it in a build (decode, parse, trafilatura's extraction,
htmldate's date, sentences), in this process after one warm-up round, so imports are not counted.
Times are CPU seconds of this process (``time.process_time``), which other processes' load barely
moves; the figure is the median over the rounds of the time per page, and the slowest page's median.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from pathlib import Path

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "formats" / "seeds"


def measure_pages(rounds: int = 5, folder: Path = FIXTURE) -> dict[str, float]:
    """{'pages', 'ms_per_page', 'slowest_ms', 'pages_per_s'} for the saved pages in ``folder``."""
    from briefing.model import Article
    from briefing.read.html import read_html

    pages = sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".html", ".htm") and p.is_file())
    data = [(p, p.read_bytes()) for p in pages]
    today = dt.date(2026, 1, 1)

    def read(item: tuple[Path, bytes]) -> float:
        start = time.process_time()
        try:
            result = read_html(item[1], item[0].name, "0" * 64, today, [])
            assert isinstance(result, Article)
        except Exception:  # noqa: BLE001 - a rejected page (index, stub) costs its reading time too
            pass
        return time.process_time() - start

    for item in data:  # warm-up: imports, regex compilation
        read(item)
    per_page = {p: [] for p, _ in data}
    totals = []
    for _ in range(rounds):
        round_start = time.process_time()
        for item in data:
            per_page[item[0]].append(read(item))
        totals.append(time.process_time() - round_start)
    ms = statistics.median(totals) / len(data) * 1000
    return {"pages": len(data), "ms_per_page": ms, "slowest_ms": max(statistics.median(v) for v in per_page.values())
            * 1000, "pages_per_s": 1000 / ms}


def heavy_page(folder: Path = FIXTURE) -> bytes:
    """A page the size and shape of a real saved news page (about 1 MB, 6,000 elements): the fixture's
    JSON-LD news page inside the weight such pages carry, inline scripts and styles, a large menu,
    teaser lists and comments. Made here, so no real page is copied."""
    page = (folder / "news" / "2024" / "courier-crane-collapse.html").read_text(encoding="utf-8")
    script = "<script>" + "var tracker_%d = {id: %d, events: ['view', 'scroll'], t: null};\n" * 1 + "</script>"
    scripts = "".join(script % (i, i) for i in range(3000))
    styles = "<style>" + "".join(f".c{i} {{ margin: {i % 9}px; color: #{i % 999:03d}; }}\n" for i in range(6000)) \
        + "</style>"
    menu = "<nav class='mega-menu'><ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(1500)) \
        + "</ul></nav>"
    teasers = "<aside class='related'><ul>" + "".join(
        f"<li><a href='/t{i}'><img src='t{i}.jpg'><span>Teaser headline number {i} about the town</span></a></li>"
        for i in range(400)) + "</ul></aside>"
    comments = "<section class='comments'>" + "".join(
        f"<div class='comment'><p>Reader {i} wrote a comment about the crane and the harbour.</p></div>"
        for i in range(300)) + "</section>"
    page = page.replace("</head>", scripts + styles + "</head>").replace("<header>", menu + "<header>")
    return page.replace("</main>", "</main>" + teasers + comments).encode("utf-8")


def measure_heavy(rounds: int = 5) -> dict[str, float]:
    """{'kib', 'elements', 'ms'}: the median time to read :func:`heavy_page`."""
    from lxml import html as lxml_html

    from briefing.read.html import read_html

    data = heavy_page()
    today = dt.date(2026, 1, 1)
    read_html(data, "heavy.html", "0" * 64, today, [])
    times = []
    for _ in range(rounds):
        start = time.process_time()
        read_html(data, "heavy.html", "0" * 64, today, [])
        times.append(time.process_time() - start)
    elements = sum(1 for _ in lxml_html.document_fromstring(data).iter())
    return {"kib": len(data) / 1024, "elements": elements, "ms": statistics.median(times) * 1000}


def line(m: dict[str, float], heavy: dict[str, float] | None = None) -> str:
    text = (f"Saved web pages: {m['ms_per_page']:.1f} ms per page ({m['pages_per_s']:.0f} pages/s), slowest "
            f"{m['slowest_ms']:.1f} ms, on the {m['pages']:.0f} pages of tests/fixtures/formats")
    if heavy:
        text += (f"; {heavy['ms']:.0f} ms for a page of real weight ({heavy['kib']:.0f} KiB, "
                 f"{heavy['elements']:,.0f} elements)")
    return text


if __name__ == "__main__":
    print(line(measure_pages(), measure_heavy()))
