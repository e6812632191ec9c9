"""What the merge needs in memory: the process that gathers the per-article results (issue 16).

With ``--executor dask`` the machine that builds reads the files, sends the articles out, gathers
each article's facts and runs everything after the map (people, event resolution, sections, key
points, the timeline, rendering) itself. This measures that process's resident memory phase by
phase, on a synthetic corpus:

    python -m benchmarks.merge_memory --sizes 1000,10000
    python -m benchmarks.merge_memory --sizes 1000 --scheduler tcp://127.0.0.1:8786   # gathered from Dask

By default the map is done beforehand, in a process of its own that fills the extraction cache,
and the measured build reads every article's facts from there: a cache entry is a pickle read back,
as a result arriving from a worker is, so the gathering process holds the same objects either way.
With ``--scheduler`` the measured build sends the map to that cluster instead (no cache).

Each phase's peak is the kernel's high-water mark of resident memory (``VmHWM``), reset as the
phase begins (``/proc/self/clear_refs``, Linux only); the build runs in a fresh child process.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .corpus import write_config, write_corpus

PHASES = ("imports", "read", "map", "curate", "derive", "render")
SHOWN = {"imports": "after imports", "read": "read the files", "map": "near-copies, gather the facts",
         "curate": "people, statements, events, sections", "derive": "key points, timeline, quotes, tables",
         "render": "render and write the pages"}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.merge_memory", description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="1000,10000", help="comma-separated N (default 1000,10000)")
    p.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    p.add_argument("--jobs", type=int, default=2, help="processes filling the cache beforehand (default 2)")
    p.add_argument("--scheduler", default="", help="gather from this Dask scheduler instead of the cache")
    p.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temporary folder)")
    p.add_argument("--json", type=Path, help="also write the measurements here")
    p.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # the measured build: its project folder
    args = p.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child, args.scheduler)))
        return 0
    results = {}
    with tempfile.TemporaryDirectory(prefix="briefing-merge-") as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            project = (args.keep or Path(tmp)) / f"merge-{n}"
            prepare(project, n, args.seed, args.jobs, warm=not args.scheduler)
            results[n] = run_child(project, args.scheduler)
            print(table(n, results[n]), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


def prepare(project: Path, n: int, seed: int, jobs: int, warm: bool) -> None:
    """The corpus and curation file; with ``warm``, the map run beforehand into the extraction cache."""
    if not (project / "seeds").is_dir():
        write_corpus(project / "seeds", n, seed=seed)
        write_config(project / "briefing.yml")
    if warm:
        code = ("import sys; from pathlib import Path; from briefing.pipeline import build; "
                "p = Path(sys.argv[1]); build(p / 'seeds', p / 'briefing.yml', None, cache_dir=p / 'cache', "
                "workers=int(sys.argv[2]))")
        subprocess.run([sys.executable, "-c", code, str(project), str(jobs)], check=True)


def run_child(project: Path, scheduler: str) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "benchmarks.merge_memory", "--child", str(project)]
    out = subprocess.run([*cmd, "--scheduler", scheduler] if scheduler else cmd, check=True, capture_output=True,
                         text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def measure(project: Path, scheduler: str) -> dict[str, Any]:
    """One build into a fresh folder, in this process, with a mark at each phase's end."""
    from briefing import pipeline
    from briefing.executor import DASK, Executor

    executor = Executor(DASK, scheduler) if scheduler else None
    if executor:
        import distributed  # noqa: F401  (imported before the first mark, as the build would)
    marks = Marks()
    marks.end("imports")
    _after(pipeline, "read_seeds", lambda: marks.end("read"))
    _after(pipeline, "extract_all", lambda: marks.end("map"))
    _before(pipeline, "derive", lambda: marks.end("curate"))
    _after(pipeline, "derive", lambda: marks.end("derive"))
    with tempfile.TemporaryDirectory(prefix="briefing-merge-out-") as out:
        result = pipeline.build(project / "seeds", project / "briefing.yml", Path(out),
                                cache_dir=None if executor else project / "cache", executor=executor)
        marks.end("render")
        articles = len(result.briefing.corpus.articles)
    return {"articles": articles, "phases": marks.phases}


class Marks:
    """Per phase: resident memory at its start and end, its peak, and its wall time."""

    def __init__(self) -> None:
        self.phases: dict[str, dict[str, float]] = {}
        self.start_rss, self.started = status("VmRSS"), time.perf_counter()

    def end(self, phase: str) -> None:
        rss = status("VmRSS")
        self.phases[phase] = {"start_mib": self.start_rss, "peak_mib": status("VmHWM"), "end_mib": rss,
                              "seconds": time.perf_counter() - self.started}
        Path("/proc/self/clear_refs").write_text("5", encoding="ascii")  # the high-water mark starts again
        self.start_rss, self.started = status("VmRSS"), time.perf_counter()


def status(field: str) -> float:
    """A memory figure of this process from /proc/self/status, in MiB."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise OSError(f"{field} not in /proc/self/status (Linux only)")


def _after(module: Any, name: str, then: Callable[[], None]) -> None:
    original = getattr(module, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        value = original(*args, **kwargs)
        then()
        return value

    setattr(module, name, wrapped)


def _before(module: Any, name: str, first: Callable[[], None]) -> None:
    original = getattr(module, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        first()
        return original(*args, **kwargs)

    setattr(module, name, wrapped)


def table(n: int, result: dict[str, Any]) -> str:
    rows = [f"N = {n:,} ({result['articles']:,} articles read)",
            f"  {'phase':<40}{'start':>9}{'peak':>9}{'end':>9}{'seconds':>9}  (MiB)"]
    for phase in PHASES:
        r = result["phases"][phase]
        rows.append(f"  {SHOWN[phase]:<40}{r['start_mib']:>9.0f}{r['peak_mib']:>9.0f}{r['end_mib']:>9.0f}"
                    f"{r['seconds']:>9.1f}")
    after = max(result["phases"][p]["peak_mib"] for p in PHASES[2:])
    rows.append(f"  peak from the gather on: {after:,.0f} MiB; held after reading: "
                f"{result['phases']['read']['end_mib']:,.0f} MiB")
    return "\n".join(rows)


if __name__ == "__main__":
    sys.exit(main())
