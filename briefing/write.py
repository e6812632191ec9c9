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
    report = WriteReport()
    out_dir.mkdir(parents=True, exist_ok=True)
    for rel in sorted(files):
        target = _inside(out_dir, rel)
        if write_if_changed(target, files[rel]):
            report.written.append(rel)
        else:
            report.unchanged += 1
    for rel in sorted(_previous(out_dir) - set(files)):
        target = _inside(out_dir, rel)
        if target.is_file():
            target.unlink()
            report.removed.append(rel)
    _prune_empty(out_dir)
    write_if_changed(out_dir / MANIFEST, "".join(f"{rel}\n" for rel in sorted(files)).encode())
    return report


def write_if_changed(path: Path, data: bytes) -> bool:
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


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
