#!/usr/bin/env python3
"""Build the briefing from the articles in seeds/.

Two ways in, one pipeline (briefing/build.py):

* as a command: ``python build_briefing.py`` writes the Markdown pages and
  briefing.json into docs/ (see ``--help``);
* as an MkDocs hook (``hooks: [build_briefing.py]`` in mkdocs.yml): a plain
  ``mkdocs build`` or ``mkdocs serve`` regenerates everything first.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # MkDocs loads hooks by path, without the repo on sys.path
    sys.path.insert(0, str(HERE))

from briefing.build import Result, build  # noqa: E402
from briefing.errors import BriefingError  # noqa: E402
from briefing.extract import default_workers  # noqa: E402
from briefing.write import owned_entries, same_bytes  # noqa: E402

CACHE = ".cache/briefing"  # under the project folder; git-ignored

EXAMPLES = """\
examples:
  python build_briefing.py                      regenerate docs/ from seeds/ and briefing.yml
  python build_briefing.py --check              exit 1 if docs/ is not what seeds/ gives
  python build_briefing.py --seeds other/ --out /tmp/md --strict
                                                 another corpus, failing on any skipped file
  python build_briefing.py --no-cache -j 1      a cold run in one process (to time it)
  mkdocs build                                  the same, then the site (via the hook)
"""


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        result = build(args.seeds, args.config, None if args.check else args.out, progress=terminal_progress(args),
                       cache_dir=None if args.no_cache else args.cache, workers=args.jobs)
    except BriefingError as exc:
        print(f"error: {exc.line()}", file=sys.stderr)
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


def terminal_progress(args: argparse.Namespace):  # noqa: ANN201 - a Progress callback or None
    """Stage-by-stage counts with elapsed time, on a terminal only: quiet in CI, pipes and with -q."""
    if args.quiet or not sys.stderr.isatty() or os.environ.get("CI"):
        return None
    started = time.monotonic()
    return lambda message: print(f"[{time.monotonic() - started:6.1f}s] {message}", file=sys.stderr)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="build_briefing.py", description=__doc__.split("\n\n")[0],
                                epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seeds", type=Path, default=HERE / "seeds", help="folder of article .txt files (default: seeds/)")
    p.add_argument("--config", type=Path, default=HERE / "briefing.yml", help="curation file (default: briefing.yml)")
    p.add_argument("--out", type=Path, default=HERE / "docs", help="where the Markdown goes (default: docs/)")
    p.add_argument("--check", action="store_true", help="write nothing; exit 1 if --out differs from a fresh build")
    p.add_argument("--strict", action="store_true", help="exit 1 when any file was skipped or repaired")
    p.add_argument("-q", "--quiet", action="store_true", help="print only warnings and errors")
    p.add_argument("--cache", type=Path, default=HERE / CACHE,
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


# --- MkDocs hook ---------------------------------------------------------------

log = logging.getLogger("mkdocs.plugins.briefing")


def on_pre_build(config) -> None:  # noqa: ANN001 - MkDocs passes its config object
    from mkdocs.exceptions import PluginError

    root = Path(config.config_file_path).resolve().parent
    try:
        result = build(root / "seeds", root / "briefing.yml", Path(config.docs_dir),
                       directory_urls=config.use_directory_urls, progress=lambda m: log.info(f"briefing: {m}"),
                       cache_dir=root / CACHE, workers=default_workers())
    except BriefingError as exc:
        raise PluginError(exc.line()) from None
    for line in result.warnings:  # counted by MkDocs: --strict turns them into a failed build
        log.warning(line)
    r = result.report
    if r is not None:
        log.info(f"briefing: {len(result.briefing.corpus.articles)} articles, {len(r.written)} files written, "
                 f"{len(r.removed)} removed")


def on_serve(server, config, builder):  # noqa: ANN001, ANN201
    """Rebuild when an article or the curation file changes, and not when the hook's own pages do.

    MkDocs watches the whole of docs/, so the pages this hook writes there
    would start a second, identical build after every edit: about 40 s at
    1,000 articles, and page requests wait for a build to finish. docs/ is
    watched entry by entry instead, less what the generator owns. (A file
    added at the top of docs/ while serving is seen after a restart.)
    """
    root = Path(config.config_file_path).resolve().parent
    for path in (root / "seeds", root / "briefing.yml"):
        if path.exists():
            server.watch(str(path))
    docs = Path(config.docs_dir)
    owned = owned_entries(docs)
    server.unwatch(config.docs_dir)
    for entry in sorted(docs.iterdir()):
        if entry.name not in owned:
            server.watch(str(entry))
    return server


def on_post_build(config) -> None:  # noqa: ANN001 - MkDocs passes its config object
    """With BRIEFING_PDF=1, print the built briefing to site/briefing.pdf (tools/pdf.py) and switch
    on its button. Optional and offline: a missing Chromium or a failed print is one log line,
    never a failed build (an INFO line, so --strict builds are not failed by it either)."""
    import importlib.util
    import os

    if os.environ.get("BRIEFING_PDF") != "1":
        return
    # Loaded by path: tools/ is no package, and another "tools" on sys.path could shadow it.
    spec = importlib.util.spec_from_file_location("briefing_tools_pdf", HERE / "tools" / "pdf.py")
    pdf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pdf)
    log.info(pdf.make_pdf(Path(config.site_dir)))


if __name__ == "__main__":
    sys.exit(main())
