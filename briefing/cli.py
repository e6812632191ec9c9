"""The command line: a thin layer over :func:`briefing.build`.

One command, two names: ``python build_briefing.py`` in this repository (its folder is the
project) and ``briefing`` once installed (the current folder is). The first word may name a
subcommand; without one the command builds, so every older ``build_briefing.py`` line still works.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from . import resources
from .analyse.extract import Progress, default_workers
from .errors import BriefingError
from .executor import KINDS, LOCAL, Executor
from .interrupt import Interrupted, raising
from .pipeline import CACHE, Result, build
from .project import CURATION, curation, project_entries, seeds_folder
from .propose import Started, start
from .write import same_bytes

DESCRIPTION = "Build the briefing from the articles in seeds/ (or in the folder itself)."
COLUMN = 44  # where the explanations start in --help's examples and commands


def epilog(run: str) -> str:
    """--help's closing text: examples for the name the command was run by, then the commands."""
    examples = [(run, "regenerate docs/ from seeds/ and briefing.yml"),
                (f"{run} --check", "exit 1 if docs/ is not what seeds/ gives"),
                (f"{run} --seeds other/ --out /tmp/md --strict", "another corpus, failing on any skipped file"),
                (f"{run} --no-cache -j 1", "a cold run in one process (to time it)"),
                (f"{run} --executor dask --scheduler tcp://host:8786", "the per-article work on a Dask cluster"),
                ("mkdocs build", "the same, then the site (via the hook)")]
    commands = [("build", "what the options above do"),
                ("init [FOLDER] [--force]", "propose a briefing.yml from the articles (and a mkdocs.yml, if none)"),
                ("paths [hook|theme|assets]", "where the MkDocs hook, theme override and site assets are")]
    return "\n".join(["examples:", *_rows(examples), "", "commands (the first word; build when there is none):",
                      *_rows(commands)]) + "\n"


def _rows(rows: list[tuple[str, str]]) -> list[str]:
    lines = []
    for left, right in rows:
        if len(left) < COLUMN - 1:
            lines.append(f"  {left:<{COLUMN - 2}}{right}")
        else:  # too long to share a line: the explanation goes under it
            lines += [f"  {left}", f"{'':<{COLUMN}}{right}"]
    return lines


COMMANDS = ("build", "init", "paths")
SITE_HINT = ("no mkdocs.yml here, so no site yet: the pages are in {out}/. To publish them with MkDocs, "
             "see README, 'As an installed command' ('{prog} paths' prints the theme override and hook to name).")


def main(argv: list[str] | None = None, root: Path | None = None, prog: str = "build_briefing.py") -> int:
    """Run the command; ``root`` is the project folder the defaults are relative to (default: here)."""
    args = list(sys.argv[1:] if argv is None else argv)
    command = args.pop(0) if args and args[0] in COMMANDS else "build"
    if command == "paths":
        return show_paths(args, prog)
    if command == "init":
        return run_init(args, root or Path.cwd(), prog)
    return run_build(parse_args(args, root or Path.cwd(), prog))


def run() -> None:
    """The installed ``briefing`` command (pyproject.toml, [project.scripts])."""
    sys.exit(main(prog="briefing"))


def run_build(args: argparse.Namespace) -> int:
    config = args.config or curation(args.root / CURATION, args.root)
    if not isinstance(config, Path) and not args.quiet:
        print(f"note: no {CURATION} in {args.root}: a briefing with no sections yet, every statement under "
              f"Other reporting (README, 'The curation file')", file=sys.stderr)
    try:
        executor = Executor(args.executor, args.scheduler)
        with raising():  # Ctrl-C and SIGTERM clean up, and leave the previous output (or the new one) whole
            result = build(args.seeds, config, None if args.check else args.out,
                           progress=terminal_progress(args), cache_dir=None if args.no_cache else args.cache,
                           workers=args.jobs, skip=project_entries(args.seeds, args.root, args.out, args.cache),
                           executor=executor)
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
        return report_check(result, args.out, args.prog)
    if not args.quiet and result.report:
        r = result.report
        print(f"{len(result.briefing.corpus.articles)} articles → {args.out}/: {len(r.written)} written, "
              f"{r.unchanged} unchanged, {len(r.removed)} removed")
        if not (args.root / "mkdocs.yml").exists():
            print(SITE_HINT.format(out=args.out, prog=args.prog))
    return 1 if args.strict and result.warnings else 0


def terminal_progress(args: argparse.Namespace) -> Progress | None:
    """Stage-by-stage counts with elapsed time, on a terminal only: quiet in CI, pipes and with -q."""
    if args.quiet or not sys.stderr.isatty() or os.environ.get("CI"):
        return None
    started = time.monotonic()
    return lambda message: print(f"[{time.monotonic() - started:6.1f}s] {message}", file=sys.stderr)


def parse_args(argv: list[str], root: Path, prog: str) -> argparse.Namespace:
    run = "python build_briefing.py" if prog == "build_briefing.py" else prog
    p = argparse.ArgumentParser(prog=prog, description=DESCRIPTION, epilog=epilog(run),
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seeds", type=Path, default=seeds_folder(root),
                   help="folder of articles: .txt, .md, saved .html pages, .eml, in folders or not "
                        "(default: seeds/, or this folder when it holds the articles)")
    p.add_argument("--config", type=Path, default=None,
                   help=f"curation file (default: {CURATION}; without one, a briefing with no sections)")
    p.add_argument("--out", type=Path, default=root / "docs", help="where the Markdown goes (default: docs/)")
    p.add_argument("--check", action="store_true", help="write nothing; exit 1 if --out differs from a fresh build")
    p.add_argument("--strict", action="store_true",
                   help="exit 1 when any file was rejected, not read or repaired (hidden files, README* and a "
                        "saved page's _files/ folder are listed, but do not count)")
    p.add_argument("-q", "--quiet", action="store_true", help="print only warnings and errors")
    p.add_argument("--cache", type=Path, default=root / CACHE,
                   help=f"keep per-article work here between runs; safe to delete (default: {CACHE}/)")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    p.add_argument("-j", "--jobs", type=_jobs, default=default_workers(),
                   help="processes for the per-article work (default: up to 2, as the machine allows)")
    p.add_argument("--executor", choices=KINDS, default=LOCAL,
                   help="where the per-article work runs: local processes (-j), or the workers of a Dask cluster "
                        "(needs --scheduler and pip install -r requirements-dask.txt; default: local)")
    p.add_argument("--scheduler", metavar="ADDRESS", default="",
                   help="the Dask scheduler to send the work to, e.g. tcp://10.0.0.5:8786 (with --executor dask)")
    return p.parse_args(argv, namespace=argparse.Namespace(root=root, prog=run))


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, 1 or more, got {text!r}")
    return int(text)


def report_check(result: Result, out: Path, run: str = "python build_briefing.py") -> int:
    stale = [rel for rel, data in sorted(result.files.items()) if not same_bytes(out / rel, data)]
    for rel in stale:
        print(f"out of date: {out / rel}", file=sys.stderr)
    if stale:
        print(f"run: {run}", file=sys.stderr)
    return 1 if stale else 0


def run_init(argv: list[str], root: Path, prog: str) -> int:
    """``init``: propose a curation file from the articles, and say what was written and what to do next."""
    run = "python build_briefing.py" if prog == "build_briefing.py" else prog
    p = argparse.ArgumentParser(prog=f"{prog} init", description="Write a starting briefing.yml proposed from the "
                                "articles (the title, sections, parties and people they name most), and, in a folder "
                                "with no site yet, a mkdocs.yml with the theme override and hook of this installation.")
    p.add_argument("folder", nargs="?", type=Path, default=None,
                   help="the project folder, or its seeds/ folder, or a folder of articles (default: this project)")
    p.add_argument("--force", action="store_true", help="replace an existing briefing.yml")
    p.add_argument("-j", "--jobs", type=_jobs, default=default_workers(), help="processes for reading the articles")
    args = p.parse_args(argv)
    try:
        with raising():
            started = start(args.folder or root, force=args.force, workers=args.jobs, again=f"{run} init --force")
    except Interrupted as exc:
        print("init stopped: each file is written whole or not at all", file=sys.stderr)
        return exc.exit_code
    except BriefingError as exc:
        for line in exc.lines():
            print(f"error: {line}", file=sys.stderr)
        return 2
    for line in init_report(started, root, run):
        print(line)
    return 0


def init_report(s: Started, root: Path, run: str) -> list[str]:
    """One line per file written, then what to edit, then how to build."""
    p, curation_file = s.proposal, s.root / CURATION
    copies = f" ({p.copies} near-copies counted once)" if p.copies else ""
    lines = [f"wrote {_shown(curation_file)}: {len(p.sections)} sections, {len(p.entities)} parties and "
             f"{len(p.people)} people proposed from {p.articles + p.copies} articles{copies}"]
    site = [path for path in s.written if path != curation_file]
    if site:
        lines.append(f"wrote {', '.join(_shown(path) for path in site)}: the site, with this installation's theme "
                     "override and hook")
    lines.append(f"next: edit {_shown(curation_file)}: the title, each section's title and terms (add the story's own "
                 "words), and the entries marked unsure")
    command = build_command(s, root, run)
    lines.append(f"then: {command}" + (" (or mkdocs build, for the site too)" if site and "mkdocs" not in command
                                       else ""))
    return lines


def build_command(s: Started, root: Path, run: str) -> str:
    """The command that builds what init started, from where the user is: this command where its project is
    the one started; elsewhere the installed command, or MkDocs, whose hook finds the project by its mkdocs.yml
    (build_briefing.py's project is always its own folder)."""
    if s.root.resolve() == root.resolve():
        return run if run.endswith(".py") else f"{run} build"
    here = "" if s.root.resolve() == Path.cwd().resolve() else f"cd {_shown(s.root)} && "
    return f"{here}mkdocs build" if run.endswith(".py") else f"{here}{run} build"


def _shown(path: Path) -> str:
    """A path as short as it reads: relative to here when it is below here."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def show_paths(argv: list[str], prog: str) -> int:
    """``paths``: all three, one per line with its name; or just the one asked for (for scripts)."""
    found = resources.paths()
    p = argparse.ArgumentParser(prog=f"{prog} paths", description="Where the installed MkDocs hook (for hooks:), "
                                "theme override (for theme: custom_dir:) and site assets (copy them to "
                                "docs/assets/) are.")
    p.add_argument("which", nargs="?", choices=sorted(found), help="print only this one")
    which = p.parse_args(argv).which
    for name, path in found.items():
        if which in (None, name):
            print(path if which else f"{name:<7}{path}")
    return 0
