"""Writing the generated files into the part of docs/ the generator owns.

A file is written only when its bytes change (so ``mkdocs serve`` does not
see its own output as an edit and loop), each write is atomic (a crash never
leaves half a page), and whatever an earlier run produced that this run does
not is removed (no stale page survives a deleted seed).
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

MANIFEST = ".briefing-generated"  # MkDocs skips dot-files, so this never becomes a page
OWNED_DIRS = ("sources",)  # folders whose every file is ours


# A file's bytes, or its bytes in pieces (briefing.json is streamed: at 10,000 articles it is
# over 100 MiB, which should never sit in memory as one string or one bytes object).
Output = bytes | Iterable[bytes]


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    sizes: dict[str, int] = field(default_factory=dict)  # bytes of every generated file, written or not


def write_outputs(out_dir: Path, files: Mapping[str, Output] | Iterable[tuple[str, Output]]) -> WriteReport:
    """Stage every changed file, then swap them all in, then remove stale ones.

    Files are staged as they come, so a caller can hand them over one at a
    time and let each go. Staging first means a failure while writing (a
    full disk, an interrupt, an error in the code making the files) leaves
    the previous output exactly as it was; the swap is a run of renames,
    each atomic, with nothing left to compute between them.
    """
    report = WriteReport()
    out_dir.mkdir(parents=True, exist_ok=True)
    staged: dict[str, Path] = {}
    try:
        for rel, data in (files.items() if isinstance(files, Mapping) else files):
            tmp, report.sizes[rel] = stage_if_changed(_inside(out_dir, rel), data)
            if tmp is None:
                report.unchanged += 1
            else:
                staged[rel] = tmp
    except BaseException:
        _discard(staged.values())
        raise
    for rel in sorted(staged):
        os.replace(staged[rel], out_dir / rel)
        report.written.append(rel)
    for rel in sorted(_previous(out_dir) - set(report.sizes)):
        target = _inside(out_dir, rel)
        if target.is_file():
            target.unlink()
            report.removed.append(rel)
    _prune_empty(out_dir)
    write_if_changed(out_dir / MANIFEST, "".join(f"{rel}\n" for rel in sorted(report.sizes)).encode())
    return report


def stage_if_changed(target: Path, data: Output) -> tuple[Path | None, int]:
    """(temporary file beside ``target`` holding ``data``, or None when the target has those bytes; size)."""
    if isinstance(data, bytes):
        return (None if same_bytes(target, data) else stage(target, [data])), len(data)
    return _stage_stream_if_changed(target, iter(data))


def _stage_stream_if_changed(target: Path, chunks: Iterator[bytes]) -> tuple[Path | None, int]:
    """Compare the pieces with the file as they come; write a temporary file only from the first difference.

    An unchanged file gets no temporary sibling at all: under ``mkdocs serve``
    even a short-lived file in docs/ is a change that starts another build.
    """
    try:
        old = target.open("rb")
    except OSError:
        tmp = stage(target, chunks)
        return tmp, tmp.stat().st_size
    with old:
        same = 0  # bytes known to be equal so far
        for chunk in chunks:
            if old.read(len(chunk)) != chunk:
                old.seek(0)
                tmp = stage(target, itertools.chain(_head(old, same), [chunk], chunks))
                return tmp, tmp.stat().st_size
            same += len(chunk)
        if not old.read(1):
            return None, same
        old.seek(0)  # the new bytes are the start of the old file: it got shorter
        return stage(target, _head(old, same)), same


def _head(fh: BinaryIO, size: int, block: int = 1 << 20) -> Iterator[bytes]:
    """The first ``size`` bytes of an open file, a block at a time."""
    while size > 0:
        data = fh.read(min(block, size))
        if not data:
            return
        size -= len(data)
        yield data


def stage(target: Path, chunks: Iterable[bytes]) -> Path:
    """Write the chunks to a temporary name beside the target; removed again on any failure."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _discard(paths: Iterable[Path]) -> None:
    for tmp in paths:
        tmp.unlink(missing_ok=True)


def write_if_changed(path: Path, data: bytes) -> bool:
    if same_bytes(path, data):
        return False
    os.replace(stage(path, [data]), path)
    return True


def same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except OSError:
        return False


def _previous(out_dir: Path) -> set[str]:
    """What earlier runs wrote: the manifest, plus every file in the owned folders."""
    names = set()
    manifest = out_dir / MANIFEST
    if manifest.is_file():
        names |= {line for line in manifest.read_text(encoding="utf-8").splitlines() if line and ".." not in line}
    for d in OWNED_DIRS:
        root = out_dir / d
        if root.is_dir():
            names |= {p.relative_to(out_dir).as_posix() for p in root.rglob("*") if p.is_file()}
    return names


def owned_entries(out_dir: Path) -> set[str]:
    """The names in ``out_dir`` itself that the generator owns: its files, its folders, its manifest.

    Everything under an owned folder is generated (stale files there are
    removed), so a watcher can leave these out and see only what a person edits.
    """
    return {rel.split("/", 1)[0] for rel in _previous(out_dir)} | set(OWNED_DIRS) | {MANIFEST}


def _inside(out_dir: Path, rel: str) -> Path:
    """Refuse any generated path that would leave the output folder."""
    target = (out_dir / rel).resolve()
    if not target.is_relative_to(out_dir.resolve()) or rel.startswith("/"):
        raise ValueError(f"generated path {rel!r} leaves {out_dir}")
    return out_dir / rel


def _prune_empty(out_dir: Path) -> None:
    for d in OWNED_DIRS:
        root = out_dir / d
        if root.is_dir() and not any(root.iterdir()):
            root.rmdir()
