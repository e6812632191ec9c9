#!/usr/bin/env python3
"""Check the built pages with the Nu HTML checker (vnu-jar from npm; needs java).

    python tools/vnu.py            # checks site/ (run `mkdocs build` first)
    python tools/vnu.py /tmp/site  # another build

Prints every error, except those that come from Material for MkDocs' own templates, which this
project does not write; those are matched by the (message, markup) patterns below, counted and
listed in README.md. Exit status 1 when any other error remains, 2 when the checker can't run.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@dataclass(frozen=True)
class Filter:
    name: str
    message: re.Pattern[str]
    markup: re.Pattern[str]  # matched against the checker's extract of the offending markup


# Errors in Material 9.8.1's templates (base.html, partials/toc.html), not in anything we write.
MATERIAL_FILTERS = [
    Filter("material: autocomplete on the drawer/search toggles",
           re.compile(r"^Attribute “autocomplete” is only allowed when the input type is"),
           re.compile(r'<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox"')),
    Filter("material: table-of-contents label on a page outside the nav",
           re.compile(r"^The value of the “for” attribute of the “label” element must be the ID of a non-hidden"),
           re.compile(r'<label class="md-nav__title" for="__toc">')),
]


@dataclass(frozen=True)
class Error:
    page: str
    line: int
    message: str
    extract: str

    def __str__(self) -> str:
        return f"{self.page}:{self.line}: {self.message}"


def check(site: Path) -> list[Error]:
    """Every error the checker reports for the HTML files under site."""
    if not VNU.is_file() or not shutil.which("java"):
        raise RuntimeError(f"needs java and {VNU.relative_to(ROOT)} (npm ci)")
    run = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--skip-non-html", "--format", "json", str(site)],
                         capture_output=True, text=True, timeout=600)
    try:
        messages = json.loads(run.stderr)["messages"]  # the checker writes its report to stderr
    except (json.JSONDecodeError, KeyError):
        raise RuntimeError(f"the checker failed (exit {run.returncode}): {run.stderr[-500:]}") from None
    return [Error(page_of(m.get("url", ""), site), m.get("lastLine", 0), m["message"], m.get("extract", ""))
            for m in messages if m.get("type") == "error"]


def page_of(url: str, site: Path) -> str:
    path = unquote(urlsplit(url).path)
    base = site.resolve().as_posix().rstrip("/") + "/"
    return path[len(base):] if path.startswith(base) else path


def material_filter(error: Error) -> Filter | None:
    return next((f for f in MATERIAL_FILTERS if f.message.search(error.message) and f.markup.search(error.extract)),
                None)


def main(argv: list[str]) -> int:
    site = Path(argv[0]) if argv else ROOT / "site"
    try:
        errors = check(site)
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        print(f"vnu: {exc}", file=sys.stderr)
        return 2
    ours = [e for e in errors if material_filter(e) is None]
    for f in MATERIAL_FILTERS:
        count = sum(1 for e in errors if material_filter(e) is f)
        print(f"filtered {count:4} × {f.name}")
    for e in ours:
        print(f"error: {e}")
    print(f"{len(ours)} error(s) in our pages ({len(errors) - len(ours)} from Material's templates filtered)")
    return 1 if ours else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
