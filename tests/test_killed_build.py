"""A build killed at any moment leaves the previous output or the new one, never a mix, and no litter.

Each case runs the command's main() from an old output to a new one, stops
it at a chosen pause point (``BRIEFING_PAUSE_AT``, see briefing/faults.py),
kills it there with SIGKILL, and then checks what the next build starts
from: after the start-up recovery alone, docs/ is byte for byte the old
output or the new one (the one expected at that point), no temporary file is
left in docs/ or the cache, and every cache entry reads back as the value a
clean build stores under its key. Then a whole build must give the new
output. Ctrl-C and SIGTERM are sent to ``build_briefing.py`` itself and to
``mkdocs build``.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sitecheck import make_project
from support import PACIFIC, ROOT

from benchmarks.corpus import write_config, write_corpus
from briefing.cache import FactsCache, sweep_cache
from briefing.durable import is_temporary
from briefing.faults import ENV, MARKER
from briefing.pipeline import CACHE, build, open_cache
from briefing.swap import RECORD
from briefing.write import recover

CLI = [sys.executable, str(ROOT / "build_briefing.py")]

# Where the build is killed, and the output the start-up recovery must then show. The old-to-new
# build of the story below reaches: 4 cache entries written (of the 2 added and 2 edited articles),
# 4 pruned (of the 2 removed and 2 edited), 18 files staged (17 changed pages and files, then the
# manifest), written in 623 chunks, 18 renames and 2 removals.
KILLS = [
    ("start", "old"), ("read", "old"),
    ("cache-staged:1", "old"), ("cache:1", "old"), ("cache-staged:4", "old"), ("cache:4", "old"),
    ("prune:1", "old"), ("prune:4", "old"), ("curated", "old"),
    ("chunk:1", "old"), ("chunk:60", "old"), ("chunk:250", "old"), ("chunk:600", "old"),
    ("stage:1", "old"), ("stage:5", "old"), ("stage:9", "old"), ("stage:13", "old"), ("stage:17", "old"),
    ("stage:18", "old"),
    ("record", "old"),
    ("committed", "new"),
    ("swap:1", "new"), ("swap:2", "new"), ("swap:6", "new"), ("swap:10", "new"), ("swap:14", "new"),
    ("swap:17", "new"), ("swap:18", "new"),
    ("remove:1", "new"), ("remove:2", "new"),
    ("swapped", "new"),
]
# Kills that leave something for the recovery to do (so its checks below are not passed by default).
LITTER = ("cache-staged", "chunk", "stage", "record", "committed", "swap", "remove", "swapped")


@dataclass(frozen=True)
class Story:
    template: Path  # seeds (new), briefing.yml, docs/ and cache/ as the old build left them
    old: dict[str, bytes]
    new: dict[str, bytes]
    entries: dict[str, object]  # cache key -> the value a clean build stores (old and new corpus)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def cache_values(cache: Path) -> dict[str, object]:
    """Every entry as the cache reads it back (None: unreadable, a miss)."""
    return {p.stem: FactsCache(p.parents[2]).get(p.stem) for p in sorted(cache.glob("*/facts/*/*.pickle"))}


def clone(template: Path, dst: Path) -> Path:
    """A copy of the project, its cache moved to the folder its new seeds path is cached under."""
    shutil.copytree(template, dst, symlinks=True)
    (scope,) = (dst / "cache").iterdir()
    opened = open_cache(dst / "cache", dst / "seeds")
    assert opened is not None
    scope.rename(opened.folder)
    return dst


def args(project: Path) -> list[str]:
    return ["--seeds", str(project / "seeds"), "--config", str(project / "briefing.yml"),
            "--out", str(project / "docs"), "--cache", str(project / "cache"), "-j", "1", "-q"]


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Story:
    """Ten articles built; then two removed, two edited and two added, the new seeds in the template."""
    root = tmp_path_factory.mktemp("killed")
    template = root / "template"
    write_corpus(template / "seeds", 10, seed=7)
    write_config(template / "briefing.yml")
    build(template / "seeds", template / "briefing.yml", template / "docs", cache_dir=template / "cache")
    old, entries = snapshot(template / "docs"), cache_values(template / "cache")
    seeds = sorted((template / "seeds").glob("*.txt"))
    for path in seeds[:2]:
        path.unlink()
    for path in seeds[2:4]:
        path.write_text(path.read_text(encoding="utf-8") + "\nThe ministers met again on Friday.\n", encoding="utf-8")
    write_corpus(root / "more", 12, seed=8)
    for path in sorted((root / "more").glob("*.txt"))[-2:]:
        shutil.copy(path, template / "seeds" / f"z{path.name}")
    done = clone(template, root / "done")
    build(done / "seeds", done / "briefing.yml", done / "docs", cache_dir=done / "cache")
    new = snapshot(done / "docs")
    assert old != new and set(old) - set(new) and set(new) - set(old)  # pages change, go and come
    return Story(template, old, new, {**entries, **cache_values(done / "cache")})


def run_command(project: Path, point: str, sig: int) -> subprocess.CompletedProcess[str]:
    """Run the command itself until it pauses at ``point``, send it ``sig``, and return how it ended."""
    proc = subprocess.Popen([*CLI, *args(project)], env=dict(os.environ, **{ENV: point}),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stuck = threading.Timer(120, proc.kill)  # a bound on a hang, not a timing assertion
    stuck.start()
    try:
        assert proc.stderr is not None
        seen = _until_paused(proc.stderr, lambda: proc.send_signal(sig)) + proc.stderr.read()
        return subprocess.CompletedProcess(proc.args, proc.wait(timeout=60), "", seen)
    finally:
        stuck.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _until_paused(lines: Iterable[str], stop: Callable[[], None], end: str | None = None) -> str:
    """Read a build's stderr until its pause marker, then ``stop`` it (or until it ends without one)."""
    seen = []
    for line in lines:
        if line == end:
            break
        seen.append(line)
        if line.startswith(MARKER):
            stop()
            break
    return "".join(seen)


def paused(run: subprocess.CompletedProcess[str], point: str) -> subprocess.CompletedProcess[str]:
    if f"{MARKER} {point}" not in run.stderr:
        pytest.fail(f"the build never reached {point}: {run.stderr}")
    return run


# The kill points need many builds, so they are forked from one process that has imported the
# package once (0.4 s a build otherwise) and each runs the command's own main() with the pause set.
SERVER = """
import json, os, sys
sys.path.insert(0, sys.argv[1])
from briefing import cli, faults
for request in sys.stdin:
    point, argv = json.loads(request)
    pid = os.fork()
    if pid == 0:
        faults._AT, faults._seen = faults._parse(point), {}
        try:
            code = cli.main(argv)
        except BaseException:
            import traceback
            traceback.print_exc()
            code = 1
        sys.stderr.flush()
        os._exit(code)
    print(pid, flush=True)
    _, status = os.waitpid(pid, 0)
    print(os.waitstatus_to_exitcode(status), flush=True)
    print("-- end of build --", file=sys.stderr, flush=True)
"""
END = "-- end of build --\n"


class Builds:
    """Builds forked from one warm process: ``run_until`` returns how each ended."""

    def __init__(self) -> None:
        self.server = subprocess.Popen([sys.executable, "-c", SERVER, str(ROOT)], stdin=subprocess.PIPE,
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)

    def run_until(self, project: Path, point: str, sig: int = signal.SIGKILL) -> subprocess.CompletedProcess[str]:
        stdin, stdout, stderr = self.server.stdin, self.server.stdout, self.server.stderr
        assert stdin is not None and stdout is not None and stderr is not None
        stdin.write(json.dumps([point, args(project)]) + "\n")
        stdin.flush()
        pid = int(stdout.readline())
        stuck = threading.Timer(120, os.kill, (pid, signal.SIGKILL))  # a bound on a hang, not a timing assertion
        stuck.start()
        try:
            seen = _until_paused(stderr, lambda: os.kill(pid, sig), END)
        finally:
            stuck.cancel()
        if MARKER in seen:
            seen += "".join(iter(stderr.readline, END))
        return paused(subprocess.CompletedProcess([pid], int(stdout.readline()), "", seen), point)

    def close(self) -> None:
        assert self.server.stdin is not None
        self.server.stdin.close()
        self.server.wait(timeout=60)


@pytest.fixture(scope="module")
def builds() -> Iterator[Builds]:
    b = Builds()
    yield b
    b.close()


def leftovers(*folders: Path) -> list[str]:
    return [str(p) for folder in folders for p in folder.rglob("*") if is_temporary(p.name) or p.name == RECORD]


def check_cache(story: Story, cache: Path) -> None:
    """Every entry left reads back as what a clean build stores under its key (or not at all)."""
    for key, value in cache_values(cache).items():
        assert value is not None and value == story.entries[key], f"cache entry {key} is not what was stored"


@pytest.mark.parametrize(("point", "expected"), KILLS, ids=[p for p, _ in KILLS])
def test_killed_build_leaves_old_or_new_output(story: Story, builds: Builds, tmp_path: Path, point: str,
                                               expected: str) -> None:
    project = clone(story.template, tmp_path / "p")
    run = builds.run_until(project, point)
    assert run.returncode == -signal.SIGKILL
    assert bool(leftovers(project / "docs", project / "cache")) == point.startswith(LITTER)
    recover(project / "docs")  # the start-up recovery alone
    sweep_cache(project / "cache")
    assert snapshot(project / "docs") == (story.old if expected == "old" else story.new)
    assert leftovers(project / "docs", project / "cache") == []
    check_cache(story, project / "cache")
    build(project / "seeds", project / "briefing.yml", project / "docs", cache_dir=project / "cache")
    assert snapshot(project / "docs") == story.new and leftovers(project / "docs", project / "cache") == []


@pytest.mark.parametrize("again", ["resume:1", "resume:9", "remove:1", "swapped"])
def test_a_build_killed_while_finishing_a_killed_swap(story: Story, builds: Builds, tmp_path: Path,
                                                      again: str) -> None:
    """The recovery itself is killed: the next one still finishes the swap."""
    project = clone(story.template, tmp_path / "p")
    assert builds.run_until(project, "swap:4").returncode == -signal.SIGKILL
    assert (project / "docs" / RECORD).is_file() and leftovers(project / "docs")
    assert builds.run_until(project, again).returncode == -signal.SIGKILL
    recover(project / "docs")
    assert snapshot(project / "docs") == story.new and leftovers(project / "docs") == []


@pytest.mark.parametrize(("sig", "point", "expected"), [
    (signal.SIGINT, "chunk:60", "old"), (signal.SIGTERM, "stage:9", "old"), (signal.SIGTERM, "curated", "old"),
    (signal.SIGINT, "swap:7", "new"), (signal.SIGTERM, "committed", "new"),
], ids=["int-staging", "term-staging", "term-curating", "int-swap", "term-swap"])
def test_interrupted_build_cleans_up_and_says_so(story: Story, tmp_path: Path, sig: int, point: str,
                                                 expected: str) -> None:
    """Ctrl-C or SIGTERM: the usual exit code, one line saying what docs/ holds, nothing left over."""
    project = clone(story.template, tmp_path / "p")
    run = paused(run_command(project, point, sig), point)
    assert run.returncode == 128 + sig, run.stderr
    last = run.stderr.strip().splitlines()[-1]
    said = "still holds the previous output, intact" if expected == "old" else "holds the new output, whole"
    assert last.startswith("interrupted") and said in last
    assert "Traceback" not in run.stderr
    assert snapshot(project / "docs") == (story.old if expected == "old" else story.new)
    assert leftovers(project / "docs", project / "cache") == []
    check_cache(story, project / "cache")


def test_torn_or_altered_cache_entry_is_a_miss_never_a_value(story: Story, tmp_path: Path) -> None:
    """An entry cut short or with a byte changed (a power cut, a bad disk) is never read as a result."""
    cache = clone(story.template, tmp_path / "p") / "cache"
    entries = sorted(cache.glob("*/facts/*/*.pickle"))
    whole = entries[0].read_bytes()
    entries[0].write_bytes(whole[: len(whole) // 2])
    data = bytearray(entries[1].read_bytes())
    at = data.rindex(b"the")  # inside a pickled string: still a valid pickle, with another value
    data[at] = ord("T")
    entries[1].write_bytes(bytes(data))
    pickle.loads(bytes(data)[16:])  # the payload alone would load
    values = cache_values(cache)
    assert values[entries[0].stem] is None and values[entries[1].stem] is None


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, -signal.SIGTERM), (signal.SIGINT, 1)], ids=["term", "int"])
def test_interrupted_mkdocs_build_leaves_the_previous_output(tmp_path: Path, sig: int, code: int) -> None:
    """Under MkDocs the hook cleans up too; then SIGTERM ends the process as it would have, and
    Ctrl-C stops MkDocs as any Ctrl-C does."""
    project = make_project(tmp_path, PACIFIC / "seeds", PACIFIC / "briefing.yml")
    build(project / "seeds", project / "briefing.yml", project / "docs", cache_dir=project / CACHE)
    old = snapshot(project / "docs")
    (project / "seeds" / "005_new.txt").write_text("Talks resume\n\nThe two ministers agreed to meet in Lima.\n",
                                                   encoding="utf-8")
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin",
           ENV: "stage:2"}
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "build"], cwd=project, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        seen = _until_paused(proc.stderr, lambda: proc.send_signal(sig)) + proc.stderr.read()
        assert paused(subprocess.CompletedProcess([], proc.wait(timeout=120), "", seen), "stage:2").returncode == code
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert "still holds the previous output, intact" in seen
    assert snapshot(project / "docs") == old and leftovers(project / "docs", project / CACHE) == []
