#!/usr/bin/env python3
"""Lighthouse (from node_modules) on the briefing page, mobile preset, with Debian's Chromium.

    .venv/bin/mkdocs build && .venv/bin/python tools/lighthouse.py          # reads site/
    .venv/bin/python tools/lighthouse.py /tmp/site --report /tmp/lh.json    # keep the full result

Serves the built site on 127.0.0.1 (gzipped, as a real host would) and prints the four category
scores (0-100) of each run and their median: performance moves by several points from run to run
on a busy machine, as Lighthouse's own docs warn. Exit status 1 when a median is below --min
(default 95), 2 when Lighthouse can't run. Run by hand; the scores are
recorded in README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # the package, and the server and Chromium flags the tests use

from browser import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def run_lighthouse(url: str, report: Path | None) -> tuple[dict[str, int], list[str]]:
    """Category scores for url and the audits that cost points; raises RuntimeError with Lighthouse's own words
    on failure."""
    with tempfile.TemporaryDirectory(prefix="briefing-lh-") as tmp:
        out = Path(tmp) / "lh.json"
        flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
        cmd = ["node", str(LIGHTHOUSE), url, f"--chrome-flags={flags}", "--output=json", f"--output-path={out}",
               f"--only-categories={','.join(CATEGORIES)}", "--quiet"]  # no --preset: mobile is Lighthouse's default
        env = {**os.environ, "CHROME_PATH": str(CHROMIUM)}  # chrome-launcher's way to name the binary
        run = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
        if run.returncode != 0 or not out.is_file():
            raise RuntimeError(f"lighthouse exited with {run.returncode}: {run.stderr.strip()[-800:]}")
        result = json.loads(out.read_text(encoding="utf-8"))
        if report:
            report.write_text(json.dumps(result, indent=1), encoding="utf-8")
    if result.get("runtimeError"):
        raise RuntimeError(result["runtimeError"].get("message", "runtime error"))
    return {c: round((result["categories"][c]["score"] or 0) * 100) for c in CATEGORIES}, failing_audits(result)


def failing_audits(result: dict) -> list[str]:
    """The audits that cost points, so a score below 100 says why."""
    lines = []
    for cat in CATEGORIES:
        for ref in result["categories"][cat]["auditRefs"]:
            audit = result["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                lines.append(f"{cat}: {audit['id']} ({audit['score']:.2f}): {audit['title']}")
    return lines


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("site", nargs="?", type=Path, default=ROOT / "site", help="a built site (default: site/)")
    p.add_argument("--min", type=int, default=95, help="lowest acceptable score (default 95)")
    p.add_argument("--runs", type=int, default=3, help="runs; each score is the median (default 3)")
    p.add_argument("--report", type=Path, help="also write the last run's full JSON result here")
    args = p.parse_args(argv)
    if not LIGHTHOUSE.is_file() or not CHROMIUM.is_file() or not (args.site / "index.html").is_file():
        print(f"lighthouse: needs {LIGHTHOUSE.relative_to(ROOT)} (npm ci), {CHROMIUM} and a built site "
              f"in {args.site}", file=sys.stderr)
        return 2
    runs = []
    with serve(args.site, compress=True) as base:  # compressed, as any real host serves it
        for n in range(1, args.runs + 1):
            try:
                scores, audits = run_lighthouse(base, args.report)
            except (RuntimeError, subprocess.TimeoutExpired) as exc:
                print(f"lighthouse: {exc}", file=sys.stderr)
                return 2
            print(f"run {n}: " + "  ".join(f"{c} {s}" for c, s in scores.items()))
            for line in audits:
                print(f"  below 1: {line}")
            runs.append(scores)
    median = {c: statistics.median_low(r[c] for r in runs) for c in CATEGORIES}
    print("median: " + "  ".join(f"{c} {s}" for c, s in median.items()))
    return 0 if min(median.values()) >= args.min else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
