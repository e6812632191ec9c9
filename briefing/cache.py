"""The extraction cache: per-article results kept between builds, by content hash.

A one-file change should not redo the extraction of the other articles. Each
entry is one pickle file named by a key that covers everything the result
depends on: the article's bytes (their sha256), its resolved date, the
section rules and curated names, and the code that produced it (a hash of
the package's source files). Nothing is ever looked up by file name, so a
renamed or moved article still hits, and an edited one misses.

The folder may be deleted at any time; an entry that cannot be read is
treated as missing and written again. Entries are pickles, so the folder must
be as trusted as the code (it lives inside the project, like the code does).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Any

from .write import stage

CODE_SUFFIXES = (".py", ".txt", ".yml", ".json")  # the code and the word lists and rule tables beside it
# Libraries whose output is article text: a saved page reads into what these versions extract.
READING_LIBRARIES = ("trafilatura", "htmldate", "lxml", "jusText", "courlan", "dateparser")
FORMAT = 1  # bump when the layout of entries changes in a way the code hash would not catch


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of every module and data file of the package: any change to either starts a fresh cache."""
    h = hashlib.sha256(f"{FORMAT} {sys.version_info[:2]} {_library_versions()}".encode())
    package = Path(__file__).resolve().parent
    for path in sorted(p for p in package.rglob("*") if p.suffix in CODE_SUFFIXES and "__pycache__" not in p.parts):
        h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def _library_versions() -> str:
    from importlib import metadata

    versions = []
    for name in READING_LIBRARIES:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=-")
    return " ".join(versions)


class FactsCache:
    """A folder of pickled per-article results; counts its hits and misses."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.hits = 0
        self.misses = 0
        self.written = 0
        self.unreadable = 0
        self.pruned = 0
        self.stale = 0  # read, but no longer valid for this corpus (set by the caller)

    def key(self, sha256: str, date: dt.date | None, settings: Any) -> str:
        """The entry name for an article's bytes under these settings (a picklable, repr-stable value)."""
        text = f"{code_fingerprint()}\n{sha256}\n{date.isoformat() if date else '-'}\n{_settings_digest(settings)}"
        return hashlib.sha256(text.encode()).hexdigest()

    def get(self, key: str) -> Any | None:
        path = self._path(key)
        try:
            data = path.read_bytes()
        except OSError:
            self.misses += 1
            return None
        try:
            value = pickle.loads(data)
        except Exception:  # noqa: BLE001 - a torn or foreign file is a miss, never a failed build
            self.unreadable += 1
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value: Any) -> None:
        """Write atomically (temporary file, then rename); a full disk only costs the cache."""
        path = self._path(key)
        try:
            os.replace(stage(path, [pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)]), path)
            self.written += 1
        except OSError:
            return

    def prune(self, keep: set[str]) -> None:
        """Delete entries this build did not use, so the folder stays the size of the corpus."""
        for path in sorted((self.folder / "facts").glob("*/*.pickle")):
            if path.stem not in keep:
                try:
                    path.unlink()
                    self.pruned += 1
                except OSError:
                    continue

    def _path(self, key: str) -> Path:
        return self.folder / "facts" / key[:2] / f"{key}.pickle"


@functools.lru_cache(maxsize=8)
def _settings_digest(settings: Any) -> str:
    return hashlib.sha256(repr(settings).encode()).hexdigest()
