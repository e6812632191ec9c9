"""Writing the generated files into the part of docs/ the generator owns.

A file is written only when its bytes change (so ``mkdocs serve`` does not
see its own output as an edit and loop), each write is atomic (a crash never
leaves half a page), and whatever an earlier run produced that this run does
not is removed (no stale page survives a deleted seed).
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = ".briefing-generated"  # MkDocs skips dot-files, so this never becomes a page
OWNED_DIRS = ("sources",)  # folders whose every file is ours


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)


def write_outputs(out_dir: Path, files: dict[str, bytes]) -> WriteReport:
    """Stage every changed file, then swap them all in, then remove stale ones.

    Staging first means a failure while writing (a full disk, an interrupt)
    leaves the previous output exactly as it was; the swap is a run of
    renames, each atomic, with nothing left to compute between them.
    """
    report = WriteReport()
    out_dir.mkdir(parents=True, exist_ok=True)
    changed = {rel: data for rel, data in sorted(files.items()) if not same_bytes(_inside(out_dir, rel), data)}
    report.unchanged = len(files) - len(changed)
    staged = stage(out_dir, changed)
    for rel, tmp in staged.items():
        os.replace(tmp, out_dir / rel)
        report.written.append(rel)
    for rel in sorted(_previous(out_dir) - set(files)):
        target = _inside(out_dir, rel)
        if target.is_file():
            target.unlink()
            report.removed.append(rel)
    _prune_empty(out_dir)
    write_if_changed(out_dir / MANIFEST, "".join(f"{rel}\n" for rel in sorted(files)).encode())
    return report


def stage(out_dir: Path, files: dict[str, bytes]) -> dict[str, Path]:
    """Write each file to a temporary name beside its target; on any failure remove them all."""
    staged: dict[str, Path] = {}
    try:
        for rel, data in files.items():
            target = out_dir / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
            staged[rel] = Path(tmp)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
    except BaseException:
        for tmp in staged.values():
            tmp.unlink(missing_ok=True)
        raise
    return staged


def write_if_changed(path: Path, data: bytes) -> bool:
    if same_bytes(path, data):
        return False
    staged = stage(path.parent, {path.name: data})
    os.replace(staged[path.name], path)
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
