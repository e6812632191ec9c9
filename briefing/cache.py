"""The extraction cache: per-article results kept between builds, by content hash.

A one-file change should not redo the extraction of the other articles. Each
entry is one pickle file named by a key that covers everything the result
depends on: the article's bytes (their sha256), its resolved date, the
section rules and curated names, and the code that produced it (a hash of
the package's source files). Nothing is ever looked up by file name, so a
renamed or moved article still hits, and an edited one misses.

The folder may be deleted at any time; an entry that cannot be read is
treated as missing and written again. Each entry is written under a
temporary name and renamed into place, and carries its length and a CRC-32
of its bytes: a build killed while writing one leaves a temporary file (the
next build removes it) or nothing, and an entry torn by a power cut fails its
check and is a miss, never a wrong result. Entries are pickles, so the folder
must be as trusted as the code (it lives inside the project, like the code
does).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import pickle
import re
import sys
import zlib
from pathlib import Path
from typing import Any

from .durable import sweep, write_temporary
from .faults import pause

CODE_SUFFIXES = (".py", ".txt", ".yml", ".json")  # the code and the word lists and rule tables beside it
# Libraries whose output is article text: a saved page reads into what these versions extract.
READING_LIBRARIES = ("trafilatura", "htmldate", "lxml", "jusText", "courlan", "dateparser")
FORMAT = 2  # bump when the layout of entries changes in a way the code hash would not catch
MAGIC = b"BRF2"  # an entry: MAGIC, the pickle's length (8 bytes) and CRC-32 (4 bytes), the pickle
HEADER = len(MAGIC) + 12
_SCOPE = re.compile(r"[0-9a-f]{16}")  # the folder of one seeds folder's entries (pipeline.open_cache)
_SHARD = re.compile(r"[0-9a-f]{2}")  # entries are spread over folders by their key's first two digits


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
            value = pickle.loads(_unseal(data))
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
            tmp = write_temporary(path, [_seal(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))], sync=False)
        except OSError:
            return
        try:
            pause("cache-staged")
            os.replace(tmp, path)
        except BaseException as exc:
            tmp.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                return
            raise
        self.written += 1
        pause("cache")

    def prune(self, keep: set[str]) -> None:
        """Delete entries this build did not use, so the folder stays the size of the corpus."""
        for path in sorted((self.folder / "facts").glob("*/*.pickle")):
            if path.stem not in keep:
                try:
                    path.unlink()
                    self.pruned += 1
                    pause("prune")
                except OSError:
                    continue

    def _path(self, key: str) -> Path:
        return self.folder / "facts" / key[:2] / f"{key}.pickle"


def sweep_cache(cache_dir: Path) -> int:
    """Remove the temporary files of entries a killed build was writing; only in the folders entries
    live in, so a ``--cache`` pointed at a folder of other things never loses one of them."""
    removed = 0
    for scope in sorted(p for p in cache_dir.glob("*") if _SCOPE.fullmatch(p.name)):
        for folder in sorted([*scope.glob("facts/*"), *scope.glob("*/facts/*")]):  # a part of a scope, too
            if _SHARD.fullmatch(folder.name) and folder.is_dir():
                removed += len(sweep(folder))
    return removed


def _seal(payload: bytes) -> bytes:
    return MAGIC + len(payload).to_bytes(8, "little") + zlib.crc32(payload).to_bytes(4, "little") + payload


def _unseal(data: bytes) -> memoryview:
    """The pickle inside an entry; ValueError for a torn, truncated or foreign file."""
    payload = memoryview(data)[HEADER:]
    if (data[:len(MAGIC)] != MAGIC or int.from_bytes(data[4:12], "little") != len(payload)
            or int.from_bytes(data[12:16], "little") != zlib.crc32(payload)):
        raise ValueError("not a whole cache entry")
    return payload


@functools.lru_cache(maxsize=8)
def _settings_digest(settings: Any) -> str:
    return hashlib.sha256(repr(settings).encode()).hexdigest()
