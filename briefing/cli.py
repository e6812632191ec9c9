"""The command line: a thin layer over :func:`briefing.build` (``build_briefing.py`` runs it)."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from .analyse.extract import Progress, default_workers
from .errors import BriefingError
from .interrupt import Interrupted, raising
from .pipeline import CACHE, Result, build
from .write import same_bytes

DESCRIPTION = "Build the briefing from the articles in seeds/."
EXAMPLES = """\
examples:
  python build_briefing.py                      regenerate docs/ from seeds/ and briefing.yml
  python build_briefing.py --check              exit 1 if docs/ is not what seeds/ gives
  python build_briefing.py --seeds other/ --out /tmp/md --strict
                                                 another corpus, failing on any skipped file
  python build_briefing.py --no-cache -j 1      a cold run in one process (to time it)
  mkdocs build                                  the same, then the site (via the hook)
"""


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    """Run the command; ``root`` is the project folder the defaults are relative to."""
    args = parse_args(argv, root or Path.cwd())
    try:
        with raising():  # Ctrl-C and SIGTERM clean up, and leave the previous output (or the new one) whole
            result = build(args.seeds, args.config, None if args.check else args.out,
                           progress=terminal_progress(args), cache_dir=None if args.no_cache else args.cache,
                           workers=args.jobs)
    except Interrupted as exc:
        print(exc.outcome(args.out), file=sys.stderr)
        return exc.exit_code
    except BriefingError as exc:
        for line in exc.warnings:  # an unknown key's warning often explains the error after it
            print(f"warning: {line}", file=sys.stderr)
        for line in exc.lines():
            print(f"error: {line}", file=sys.stderr)
        return 2
    for line in result.warnings:
        print(f"warning: {line}", file=sys.stderr)
    if args.check:
        return report_check(result, args.out)
    if not args.quiet and result.report:
        r = result.report
        print(f"{len(result.briefing.corpus.articles)} articles → {args.out}/: {len(r.written)} written, "
              f"{r.unchanged} unchanged, {len(r.removed)} removed")
    return 1 if args.strict and result.warnings else 0


def terminal_progress(args: argparse.Namespace) -> Progress | None:
    """Stage-by-stage counts with elapsed time, on a terminal only: quiet in CI, pipes and with -q."""
    if args.quiet or not sys.stderr.isatty() or os.environ.get("CI"):
        return None
    started = time.monotonic()
    return lambda message: print(f"[{time.monotonic() - started:6.1f}s] {message}", file=sys.stderr)


def parse_args(argv: list[str] | None, root: Path) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="build_briefing.py", description=DESCRIPTION, epilog=EXAMPLES,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seeds", type=Path, default=root / "seeds", help="folder of article .txt files (default: seeds/)")
    p.add_argument("--config", type=Path, default=root / "briefing.yml", help="curation file (default: briefing.yml)")
    p.add_argument("--out", type=Path, default=root / "docs", help="where the Markdown goes (default: docs/)")
    p.add_argument("--check", action="store_true", help="write nothing; exit 1 if --out differs from a fresh build")
    p.add_argument("--strict", action="store_true", help="exit 1 when any file was skipped or repaired")
    p.add_argument("-q", "--quiet", action="store_true", help="print only warnings and errors")
    p.add_argument("--cache", type=Path, default=root / CACHE,
                   help=f"keep per-article work here between runs; safe to delete (default: {CACHE}/)")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    p.add_argument("-j", "--jobs", type=_jobs, default=default_workers(),
                   help="processes for the per-article work (default: up to 2, as the machine allows)")
    return p.parse_args(argv)


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, 1 or more, got {text!r}")
    return int(text)


def report_check(result: Result, out: Path) -> int:
    stale = [rel for rel, data in sorted(result.files.items()) if not same_bytes(out / rel, data)]
    for rel in stale:
        print(f"out of date: {out / rel}", file=sys.stderr)
    if stale:
        print("run: python build_briefing.py", file=sys.stderr)
    return 1 if stale else 0
