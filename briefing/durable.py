"""Files that survive a kill or a power cut: temporary names of the generator's own, fsync, the umask's mode.

Every file the generator writes (a page, briefing.json, the swap record, a
cache entry) is first written under a temporary name in the folder of the
file it becomes, then renamed over it. A process killed before the rename
leaves that file behind; the next build removes it (:func:`sweep`). Only
names of the generator's own making are ever removed, so a file a person
put beside the generated ones is never touched.
"""

from __future__ import annotations

import os
import re
import secrets
import signal
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from pathlib import Path

from .faults import pause

TEMPORARY = ".briefing-tmp-"  # + 16 hex digits + the target's suffix
# What earlier versions named their temporary files (tempfile.mkstemp, prefix ".tmp-"): their killed
# builds left these behind, and nothing removed them, so they are swept too.
_EARLIER = re.compile(r"\.tmp-[a-z0-9_]{8}\.(?:md|json|pickle)")


def is_temporary(name: str) -> bool:
    """Is this file name one the generator gives a file it has not finished (or not yet renamed)?"""
    return name.startswith(TEMPORARY) or _EARLIER.fullmatch(name) is not None


def write_temporary(target: Path, chunks: Iterable[bytes], *, sync: bool = True, step: str | None = None) -> Path:
    """Write the chunks to a new temporary file beside ``target`` and return its path.

    ``sync``: flushed to the disk before returning (what a swap renames must
    survive a power cut; a cache entry need not, as it checks itself). The
    file is removed again on any failure. ``step`` names a pause point
    reached after every chunk.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _create(target.parent, target.suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
                if step:
                    pause(step)
            if sync:
                fh.flush()
                os.fsync(fh.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _create(folder: Path, suffix: str) -> tuple[int, Path]:
    """A new file of our naming, opened for writing; mode 0666 less the umask, as any new file gets."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    while True:
        path = folder / f"{TEMPORARY}{secrets.token_hex(8)}{suffix}"
        try:
            return os.open(path, flags, 0o666), path
        except FileExistsError:
            continue


class Flusher:
    """fsyncs finished files in a background thread while the caller makes the next ones.

    A thousand pages cost a thousand fsyncs (0.7 ms each on an idle SSD, many
    times that on a busy disk); waiting on the disk is done while the pages
    after are rendered, and :meth:`wait` waits only for what is still due.
    """

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="briefing-fsync", initializer=_main_thread_signals)
        self._due: list[Future[None]] = []

    def __enter__(self) -> Flusher:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def add(self, path: Path) -> None:
        self._due.append(self._pool.submit(_fsync_file, path))

    def wait(self) -> None:
        """Return once every file added is on the disk (raising the first failure, if any)."""
        for future in self._due:
            future.result()
        self._due.clear()


def _main_thread_signals() -> None:
    """Leave Ctrl-C and SIGTERM to the main thread, which handles them (Python runs handlers nowhere else): a
    signal the kernel gave this thread while the main one had them blocked for a moment would never reach it."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(folder: Path) -> None:
    """Make the renames, creations and removals in ``folder`` durable.

    Where a folder cannot be opened or synced (some systems and filesystems
    refuse), there is nothing more a program can do, so that is no error.
    """
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def new_file_mode() -> int:
    """The permission bits a new file gets under the current umask (0644 under 022, 0640 under 027)."""
    return 0o666 & ~_umask()


def _umask() -> int:
    try:  # Linux shows it without changing it; os.umask can only read it by setting it
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def sweep(folder: Path, *, below: bool = False) -> list[Path]:
    """Remove the temporary files of the generator's naming in ``folder`` (and in its subfolders, with
    ``below``); nothing else. Returns what was removed."""
    removed = []
    for root, dirs, names in os.walk(folder) if below else [(str(folder), [], _names(folder))]:
        dirs.sort()
        for name in sorted(names):
            if is_temporary(name):
                path = Path(root, name)
                try:
                    path.unlink()
                except (FileNotFoundError, IsADirectoryError, PermissionError):
                    continue
                removed.append(path)
    return removed


def _names(folder: Path) -> list[str]:
    try:
        return [e.name for e in os.scandir(folder) if not e.is_dir(follow_symlinks=False)]
    except OSError:
        return []


@contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` (on the folder itself: no lock file is left anywhere).

    Two builds writing one output take turns: neither removes the other's
    staged files as litter, nor interleaves its swap with the other's. Where
    locking is not supported, the block runs unlocked.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        with suppress(OSError):  # a filesystem without locks
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
