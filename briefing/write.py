"""Writing the generated files into the part of docs/ the generator owns.

A file is written only when its bytes change (so ``mkdocs serve`` does not
see its own output as an edit and loop). Changed files are staged beside
their targets as they come, then swapped in all at once, stale files
removed in the same swap (``briefing/swap.py``): a build that fails, is
interrupted or is killed at any moment leaves the previous output or the new
one, and the next build removes whatever temporary files it left.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, NamedTuple

from .durable import Flusher, is_temporary, locked, new_file_mode, sweep, write_temporary
from .faults import pause
from .swap import RECORD, Swap, commit, resume

MANIFEST = ".briefing-generated"  # MkDocs skips dot-files, so this never becomes a page
OWNED_DIRS = ("sources",)  # folders whose every file is ours
# The folders a build began staging pages into that no finished build wrote (a list grown past one page):
# a killed build's temporary files there are found through this list, as a person's folders are never swept.
JOURNAL = ".briefing-staging"


# A file's bytes, or its bytes in pieces (briefing.json is streamed: at 10,000 articles it is
# over 100 MiB, which should never sit in memory as one string or one bytes object).
Output = bytes | Iterable[bytes]


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    sizes: dict[str, int] = field(default_factory=dict)  # bytes of every generated file, written or not


class Staged(NamedTuple):
    path: Path | None  # the temporary file holding the new bytes; None when the target has them already
    size: int
    mode: int | None  # the target's permission bits, if it exists


def write_outputs(out_dir: Path, files: Mapping[str, Output] | Iterable[tuple[str, Output]]) -> WriteReport:
    """Stage every changed file, then swap them all in and remove stale ones, as one swap.

    Files are staged as they come, so a caller can hand them over one at a
    time and let each go. A failure while staging (a full disk, an
    interrupt, an error in the code making the files) removes what was
    staged and leaves the previous output exactly as it was.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    with locked(out_dir):
        _recover(out_dir)
        report = WriteReport()
        mode = new_file_mode()
        staged: dict[str, Path] = {}
        loose: list[str] = []  # unchanged files whose mode is not the one this umask gives
        journal = _Journal(out_dir)
        try:
            with Flusher() as flusher:
                for rel, data in (files.items() if isinstance(files, Mapping) else files):
                    journal.note(rel)
                    found = stage_if_changed(_inside(out_dir, rel), data)
                    report.sizes[rel] = found.size
                    _note(rel, found, mode, staged, loose, flusher, report)
                stale = sorted(rel for rel in _previous(out_dir) - set(report.sizes)
                               if _inside(out_dir, rel).is_file())
                listing = "".join(f"{rel}\n" for rel in sorted(report.sizes)).encode()
                _note(MANIFEST, stage_if_changed(out_dir / MANIFEST, listing), mode, staged, loose, flusher, None)
                flusher.wait()  # every staged file on the disk before the swap is recorded
        except BaseException:
            for tmp in staged.values():
                tmp.unlink(missing_ok=True)
            _prune_empty(out_dir, folders=journal.added)
            journal.close()
            raise
        order = sorted(staged, key=lambda rel: (rel == MANIFEST, rel))  # the manifest last
        try:
            commit(out_dir, Swap(tuple((staged[rel].relative_to(out_dir).as_posix(), rel) for rel in order),
                                 tuple(stale)))
        except BaseException:
            if not (out_dir / RECORD).exists():  # no swap left to finish: done, or never begun
                for tmp in staged.values():
                    tmp.unlink(missing_ok=True)  # (a renamed one is gone already)
                journal.close()
            raise
        journal.close()  # the manifest now names every folder written
        report.written = sorted(rel for rel in staged if rel != MANIFEST)
        report.removed = stale
        _prune_empty(out_dir, stale)
        _mend_modes(out_dir, loose, mode)
    return report


def _note(rel: str, found: Staged, mode: int, staged: dict[str, Path], loose: list[str], flusher: Flusher,
          report: WriteReport | None) -> None:
    """Note a file as staged (and due to be fsynced), or as unchanged (and whether its mode needs mending)."""
    if found.path is not None:
        staged[rel] = found.path
        flusher.add(found.path)
        pause("stage")
        return
    if report is not None:
        report.unchanged += 1
    if found.mode != mode:
        loose.append(rel)


def _mend_modes(out_dir: Path, rels: list[str], mode: int) -> None:
    """Unchanged files in another mode (earlier versions wrote every file 0600) get this umask's."""
    for rel in rels:
        try:
            os.chmod(out_dir / rel, mode)
        except OSError:  # another user's file in a shared checkout: its bytes are right, which is what counts
            continue


def recover(out_dir: Path) -> None:
    """Undo what a killed build left in ``out_dir``: finish its recorded swap, remove its temporary files."""
    if out_dir.is_dir():
        with locked(out_dir):
            _recover(out_dir)


def _recover(out_dir: Path) -> None:
    resume(out_dir)
    sweep(out_dir)  # staged top-level pages and the record's own temporary file
    journaled = _journaled(out_dir)
    for d in sorted({*OWNED_DIRS, *_folders(_manifest(out_dir)), *journaled}):
        if (out_dir / d).is_dir() and not (out_dir / d).is_symlink():
            sweep(out_dir / d, below=d in OWNED_DIRS)
    _prune_empty(out_dir, folders=journaled)  # a folder only the killed build made goes again
    (out_dir / JOURNAL).unlink(missing_ok=True)


def _folders(rels: Iterable[str]) -> set[str]:
    return {rel.rsplit("/", 1)[0] for rel in rels if "/" in rel}


def _journaled(out_dir: Path) -> set[str]:
    try:
        text = (out_dir / JOURNAL).read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError, UnicodeDecodeError):
        return set()
    return {line for line in text.splitlines() if line and ".." not in line.split("/") and not line.startswith("/")}


class _Journal:
    """Notes, durably and before anything is staged there, each folder the build stages into that the last
    finished build did not write; removed once the build's swap is done."""

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / JOURNAL
        self.known = {*OWNED_DIRS, *_folders(_manifest(out_dir))}
        self.added: list[str] = []  # the folders noted, in order

    def note(self, rel: str) -> None:
        folder = rel.rsplit("/", 1)[0] if "/" in rel else ""
        if not folder or folder in self.known:
            return
        self.known.add(folder)
        self.added.append(folder)
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(folder + "\n")
            fh.flush()
            os.fsync(fh.fileno())

    def close(self) -> None:
        self.path.unlink(missing_ok=True)


def stage_if_changed(target: Path, data: Output) -> Staged:
    """Compare the bytes with the file as they come; write a temporary file only from the first difference.

    An unchanged file gets no temporary sibling at all: under ``mkdocs serve``
    even a short-lived file in docs/ is a change that starts another build.
    """
    chunks = iter([data]) if isinstance(data, bytes) else iter(data)
    try:
        old = target.open("rb")
    except OSError:
        tmp = stage(target, chunks)
        return Staged(tmp, tmp.stat().st_size, None)
    with old:
        mode = os.fstat(old.fileno()).st_mode & 0o7777
        same = 0  # bytes known to be equal so far
        for chunk in chunks:
            if old.read(len(chunk)) != chunk:
                old.seek(0)
                tmp = stage(target, itertools.chain(_head(old, same), [chunk], chunks))
                return Staged(tmp, tmp.stat().st_size, mode)
            same += len(chunk)
        if not old.read(1):
            return Staged(None, same, mode)
        old.seek(0)  # the new bytes are the start of the old file: it got shorter
        return Staged(stage(target, _head(old, same)), same, mode)


def _head(fh: BinaryIO, size: int, block: int = 1 << 20) -> Iterator[bytes]:
    """The first ``size`` bytes of an open file, a block at a time."""
    while size > 0:
        data = fh.read(min(block, size))
        if not data:
            return
        size -= len(data)
        yield data


def stage(target: Path, chunks: Iterable[bytes]) -> Path:
    """Write the chunks to a temporary file beside the target (fsynced by the caller, in the background)."""
    return write_temporary(target, chunks, sync=False, step="chunk")


def same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except OSError:
        return False


def _previous(out_dir: Path) -> set[str]:
    """What earlier runs wrote: the manifest, plus every file in the owned folders (not our temporary files)."""
    names = _manifest(out_dir)
    for d in OWNED_DIRS:
        root = out_dir / d
        if root.is_dir():
            names |= {p.relative_to(out_dir).as_posix() for p in root.rglob("*") if p.is_file()}
    return {rel for rel in names if not is_temporary(rel.rsplit("/", 1)[-1])}


def _manifest(out_dir: Path) -> set[str]:
    try:
        text = (out_dir / MANIFEST).read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return set()
    return {line for line in text.splitlines() if line and ".." not in line and not line.startswith("/")}


def owned_entries(out_dir: Path) -> set[str]:
    """The names in ``out_dir`` itself that the generator owns: its files, its folders, its manifest.

    Everything under an owned folder is generated (stale files there are
    removed), so a watcher can leave these out and see only what a person edits.
    """
    return {rel.split("/", 1)[0] for rel in _previous(out_dir)} | set(OWNED_DIRS) | {MANIFEST, RECORD, JOURNAL}


def _inside(out_dir: Path, rel: str) -> Path:
    """Refuse any generated path that would leave the output folder."""
    target = (out_dir / rel).resolve()
    if not target.is_relative_to(out_dir.resolve()) or rel.startswith("/"):
        raise ValueError(f"generated path {rel!r} leaves {out_dir}")
    return out_dir / rel


def _prune_empty(out_dir: Path, removed: Iterable[str] = (), folders: Iterable[str] = ()) -> None:
    """Remove the owned folders, the folders stale files were removed from (a page's hover text has a
    folder of its own; a list that fits on one page again leaves its pages' folder), and ``folders``
    (with the folders holding them), when nothing is left in them."""
    parents = {parent.as_posix() for rel in removed for parent in Path(rel).parents}
    parents |= {path.as_posix() for d in folders for path in (Path(d), *Path(d).parents)}
    candidates = ({*OWNED_DIRS} | parents) - {"."}
    for d in sorted(candidates, key=lambda d: d.count("/"), reverse=True):  # the deepest first
        root = out_dir / d
        if root.is_dir() and not root.is_symlink() and not any(root.iterdir()):
            root.rmdir()
