"""The seeds folder, walked: every entry an article to read or a reason it is not read.

* Folders are read recursively, in a stable order: by the bytes of each
  file's path relative to the seeds folder ("/" between folders). A path is
  the file's name in the log, on the site and in ``briefing.json``.
* Hidden files and folders (a name starting with "."), ``README*`` files,
  the files an operating system leaves behind (``data/folders.txt``) and the
  folder of images, scripts and styles a browser saves beside a page
  (``page.html`` + ``page_files/``) are listed as skipped, quietly: they are
  no articles and no problem.
* Symlinks, to files or folders, are not followed and are reported, as is a
  name that cannot be shown safely; neither is opened or entered.
* Each file's kind comes from its name's ending (``data/kinds.txt``): text,
  Markdown, a saved page or an e-mail is read; any other kind is reported as
  "not read: <kind>".
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..model import Problem
from .files import display
from .wordlists import data_lines

MAX_DEPTH = 16  # folders inside folders; deeper ones are reported, not entered
READERS = ("text", "markdown", "html", "email")


@dataclass(frozen=True, slots=True)
class Entry:
    """One file to read: its path on disk, its path in the seeds folder, and its reader."""

    path: Path
    name: str  # relative to the seeds folder, "/" between folders
    reader: str  # one of READERS


def _table(name: str) -> list[list[str]]:
    return [line.split(None, 1) for line in data_lines(name)]


def _sections(rows: list[list[str]]) -> dict[str, frozenset[str]]:
    sections: dict[str, set[str]] = {}
    current: set[str] = set()
    for row in rows:
        word = " ".join(row)
        if word.startswith("[") and word.endswith("]"):
            current = sections.setdefault(word[1:-1], set())
        else:
            current.add(word.lower())
    return {k: frozenset(v) for k, v in sections.items()}


KINDS: dict[str, str] = {row[0].lower(): row[1] for row in _table("kinds.txt")}
_FOLDERS = _sections(_table("folders.txt"))
_SAVED_PAGE_ENDINGS = tuple(sorted(_FOLDERS["saved_page_folders"], key=len, reverse=True))
_SYSTEM_FILES = _FOLDERS["system_files"]


def walk(seeds_dir: Path, skip: frozenset[Path] = frozenset()) -> list[Entry | Problem]:
    """Every file below ``seeds_dir`` as an Entry to read, or a Problem saying why it is not read.

    Sorted by the bytes of the relative path, so the same folder always gives
    the same order, whatever the file system lists first. ``skip`` are the
    project's own files and folders (its output, its settings) when the
    articles lie in the project folder itself: passed over, as they are not
    the user's articles but what the tool made of them.
    """
    found: list[tuple[bytes, Entry | Problem]] = []
    stack: list[tuple[Path, str, int]] = [(seeds_dir, "", 0)]
    while stack:
        folder, prefix, depth = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: os.fsencode(e.name))
        except OSError as exc:
            found.append((os.fsencode(prefix), Problem(display(prefix) or ".", _unreadable(exc))))
            continue
        names = {e.name.lower(): e.name for e in entries}
        for entry in entries:
            rel = prefix + entry.name
            if skip and Path(os.path.abspath(entry.path)) in skip:
                continue  # the briefing's own output and settings: listing them would make each build differ
            result = _classify(entry, rel, names)
            if result == "descend":
                if depth + 1 >= MAX_DEPTH:
                    found.append((os.fsencode(rel), Problem(display(rel) + "/", f"folder nested more than "
                                                            f"{MAX_DEPTH} deep, not read")))
                else:
                    stack.append((Path(entry.path), rel + "/", depth + 1))
            else:
                found.append((os.fsencode(rel), result))
    found.sort(key=lambda pair: pair[0])
    return [item for _, item in found]


def _classify(entry: os.DirEntry[str], rel: str, siblings: dict[str, str]) -> Entry | Problem | str:
    """An Entry, a Problem, or "descend" for a folder to read."""
    name = entry.name
    shown = display(rel)
    if shown != rel:
        return Problem(shown, "file name has control characters or is not UTF-8; rename it")
    if entry.is_symlink():
        return Problem(rel, "symlink, not followed")
    is_dir = entry.is_dir(follow_symlinks=False)
    if name.startswith("."):
        return Problem(rel + "/" if is_dir else rel, f"hidden {'folder' if is_dir else 'file'}, not read", quiet=True)
    if is_dir:
        page = _saved_page(name, siblings)
        if page:
            return Problem(rel + "/", f"the images, scripts and styles saved with {page}: not articles", quiet=True)
        return "descend"
    if name.upper().startswith("README"):
        return Problem(rel, "README, not an article", quiet=True)
    if name.lower() in _SYSTEM_FILES:
        return Problem(rel, "system file, not read", quiet=True)
    return _by_kind(entry, rel)


def _by_kind(entry: os.DirEntry[str], rel: str) -> Entry | Problem:
    ending = os.path.splitext(entry.name)[1].lower()
    kind = KINDS.get(ending)
    if kind in READERS:
        return Entry(Path(entry.path), rel, kind)
    if kind:
        return Problem(rel, f"not read: {kind}")
    if not ending:
        return Problem(rel, "not read: a file without an ending that says its kind (.txt, .md, .html ...)")
    return Problem(rel, f"not read: unknown kind of file ({display(ending)})")


def _saved_page(name: str, siblings: dict[str, str]) -> str:
    """The page a "Save page as" folder belongs to ("x_files" beside "x.html"), or ""."""
    lower = name.lower()
    for ending in _SAVED_PAGE_ENDINGS:
        if lower.endswith(ending):
            stem = name[: len(name) - len(ending)]
            for suffix in (".html", ".htm", ".xhtml"):
                if (stem + suffix).lower() in siblings:
                    return siblings[(stem + suffix).lower()]
    return ""


def _unreadable(exc: OSError) -> str:
    return f"folder could not be read: {exc.strerror or exc.__class__.__name__}"
