"""The swap: staged files renamed over the pages they replace and stale pages removed, all or nothing.

Before the first rename, a record of the whole swap (``.briefing-swap``:
each staged file and its target, each file to remove) is written, fsynced
and renamed into place; after the last step it is removed. A build killed
in between leaves the record, and the next one carries that swap out to its
end (:func:`resume`) before anything else. Going forward is always
possible, since the staged files the record names were complete and on the
disk before it was written, and every step can be taken twice (a rename
whose staged file is gone was done already; removing a missing file is
nothing). So the output is the old one (killed before the record was in
place) or the new one (after it), never part of each.
"""

from __future__ import annotations

import json
import os
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .durable import is_temporary, sync_folder, write_temporary
from .faults import pause
from .interrupt import held

RECORD = ".briefing-swap"  # a dot-file, so MkDocs never makes it a page
FORMAT = 1


@dataclass(frozen=True)
class Swap:
    """Paths relative to the output folder, in the order they are carried out."""

    renames: tuple[tuple[str, str], ...]  # (staged file, the file it becomes)
    removals: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.renames or self.removals)

    def encode(self) -> bytes:
        data = {"format": FORMAT, "renames": [list(r) for r in self.renames], "removals": list(self.removals)}
        return json.dumps(data, indent=1).encode("utf-8")

    @classmethod
    def decode(cls, data: bytes) -> Swap:
        """The record's swap; ValueError for anything this code would not have written."""
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ValueError("not a swap record of this format")
        renames = tuple((str(a), str(b)) for a, b in raw["renames"])
        removals = tuple(str(r) for r in raw["removals"])
        for staged, target in renames:
            s, t = _relative(staged), _relative(target)
            if s.parent != t.parent or not is_temporary(s.name) or is_temporary(t.name):
                raise ValueError(f"not a staged file beside its target: {staged!r} -> {target!r}")
        for rel in removals:
            _relative(rel)
        return cls(renames, removals)


def _relative(rel: str) -> PurePosixPath:
    path = PurePosixPath(rel)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise ValueError(f"path leaves the output folder: {rel!r}")
    return path


def commit(out_dir: Path, swap: Swap) -> None:
    """Carry the swap out: record it durably, rename and remove, drop the record.

    A signal arriving meanwhile waits until the swap is complete (see
    :func:`briefing.interrupt.held`); a KeyboardInterrupt that does get in
    finishes the swap before it goes on.
    """
    if not swap:
        return
    for folder in sorted({(out_dir / staged).parent for staged, _ in swap.renames}):
        sync_folder(folder)  # the staged files' names must be on the disk before the record is
    with held():
        record = write_temporary(out_dir / RECORD, [swap.encode()])
        pause("record")
        os.replace(record, out_dir / RECORD)
        sync_folder(out_dir)
        pause("committed")
        try:
            _carry_out(out_dir, swap, resuming=False)
        except KeyboardInterrupt:
            _carry_out(out_dir, swap, resuming=True)
            raise


def resume(out_dir: Path) -> bool:
    """Finish the swap a killed build recorded, if there is one; True if there was."""
    path = out_dir / RECORD
    try:
        data = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return False
    try:
        swap = Swap.decode(data)
    except (ValueError, KeyError, TypeError):
        # The record is renamed into place whole, so this is none of ours to carry out: the next
        # complete build rewrites whatever differs.
        path.unlink()
        return True
    with held():
        _carry_out(out_dir, swap, resuming=True)
    return True


def _carry_out(out_dir: Path, swap: Swap, *, resuming: bool) -> None:
    step = "resume" if resuming else "swap"
    for staged, target in swap.renames:
        try:
            os.replace(out_dir / staged, out_dir / target)
        except FileNotFoundError:
            if not resuming or (out_dir / staged).exists():
                raise  # a staged file of this run went missing: the swap must not pass for done
        pause(step)
    for rel in swap.removals:
        with suppress(IsADirectoryError):  # not a file we wrote any more: not ours to remove
            (out_dir / rel).unlink(missing_ok=True)
        pause("remove")
    for folder in sorted({(out_dir / rel).parent for rel in (*(t for _, t in swap.renames), *swap.removals)}):
        sync_folder(folder)
    pause("swapped")
    (out_dir / RECORD).unlink(missing_ok=True)
    sync_folder(out_dir)
