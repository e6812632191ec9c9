"""Opening a seeds file safely: no symlinks, no special files, a size limit; names fit for one log line."""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path


class Rejected(Exception):
    """Raised inside the per-file steps; the message is the one-line reason the file is skipped."""


def slugify(stem: str) -> str:
    """File stem -> ``[a-z0-9-]`` id: lowercase, other runs -> '-', trimmed."""
    return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "article"


_O_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing symlinks, non-regular files and oversize files."""
    try:
        info = os.lstat(path)
    except OSError as exc:
        raise Rejected(f"could not be read: {exc.strerror or exc.__class__.__name__}") from None
    if stat.S_ISLNK(info.st_mode):
        raise Rejected("symlink, not followed")
    if not stat.S_ISREG(info.st_mode):
        raise Rejected(f"not a regular file ({_kind(info.st_mode)})")
    try:
        fd = os.open(path, _O_FLAGS)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise Rejected("symlink, not followed") from None
        raise Rejected(f"could not be read: {exc.strerror or exc.__class__.__name__}") from None
    try:
        info = os.fstat(fd)  # the file we actually opened
        if not stat.S_ISREG(info.st_mode):
            raise Rejected(f"not a regular file ({_kind(info.st_mode)})")
        if info.st_size > max_bytes:
            raise Rejected(f"too large: {_size(info.st_size)} (limit {_size(max_bytes, limit=True)})")
        data = _read_all(fd, max_bytes + 1)  # it may have grown since fstat
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise Rejected(f"too large: more than {_size(max_bytes, limit=True)}")
    return data


def _read_all(fd: int, limit: int) -> bytes:
    """Up to ``limit`` bytes; plain os.read avoids a buffered file object per file."""
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        chunk = os.read(fd, min(limit - size, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _kind(mode: int) -> str:
    for test, word in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"),
                       (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device")):
        if test(mode):
            return word
    return "special file"


def _size(n: int, *, limit: bool = False) -> str:
    """``50.0 MB`` for a measured size; a round limit without decimals, ``5 MB``."""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= scale:
            if limit and n % scale == 0:
                return f"{n // scale} {unit}"
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"



_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def display(name: str) -> str:
    """The name with control, bidi and undecodable characters shown as '?'."""
    return _UNSAFE.sub("?", name)


def one_line(reason: str) -> str:
    return " ".join(_UNSAFE.sub("?", reason).split())
