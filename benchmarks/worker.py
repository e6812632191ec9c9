"""One generation step (seeds → Markdown + JSON, no MkDocs) in a process of its own.

Run by the harness as ``python -m benchmarks.worker``; a separate process per
measurement means its peak memory is its own (``ru_maxrss`` never goes down
in a process that already built a larger corpus) and no warm in-process state
(import caches, regex caches, lru_caches) flatters a rebuild: each run starts
the way ``mkdocs build`` or ``build_briefing.py`` would.

The result is written as JSON to ``--result``, not printed, so whatever the
pipeline prints (progress, warnings) cannot corrupt it.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # Imported before the clock starts: import time is the same for every N and is
    # paid once per process, so it would only blur the per-article cost.
    from briefing.pipeline import build

    import_mib = peak_mib()
    tallies = None
    if args.stages:
        from .stages import install

        tallies = install()
    profiler = cProfile.Profile() if args.profile else None
    wall0, cpu0 = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    result = build(args.seeds, args.config, args.out, cache_dir=args.cache, workers=args.jobs)
    if profiler:
        profiler.disable()
        profiler.dump_stats(str(args.profile))
    sizes = result.report.sizes if result.report else {k: len(v) for k, v in result.files.items()}
    data: dict[str, Any] = {
        "wall_s": time.perf_counter() - wall0,
        "cpu_s": time.process_time() - cpu0 + children_cpu_s(),  # worker processes included
        "peak_mib": peak_mib(),
        "worker_peak_mib": worker_peak_mib(),
        "import_mib": import_mib,
        "articles": len(result.briefing.corpus.articles),
        "rejected": len(result.briefing.corpus.rejected),
        "written": len(result.report.written) if result.report else 0,
        # Output size explains much of the MkDocs time: a page that grows with N is parsed whole.
        "output_mib": sum(sizes.values()) / 2**20,
        "largest_file": max(sizes, key=sizes.__getitem__),
        "largest_mib": max(sizes.values()) / 2**20,
        **page_sizes(sizes),
    }
    if tallies is not None:
        data["stages"] = {k: {"calls": t.calls, "seconds": t.seconds} for k, t in tallies.items()}
    args.result.write_text(json.dumps(data), encoding="utf-8")
    return 0


def page_sizes(sizes: dict[str, int]) -> dict[str, Any]:
    """The briefing page's Markdown and the largest generated page (``.md`` only: briefing.json is data,
    fetched by no page)."""
    pages = {path: size for path, size in sizes.items() if str(path).endswith(".md")}
    largest = max(pages, key=pages.__getitem__) if pages else ""
    return {"index_md_kib": pages.get("index.md", 0) / 1024, "largest_page": str(largest),
            "largest_page_kib": pages.get(largest, 0) / 1024}


def children_cpu_s() -> float:
    """CPU seconds of the extraction processes (collected once the pool has shut down)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def worker_peak_mib() -> float:
    """The largest peak among the extraction processes; 0 when none ran. They live while the
    parent holds the corpus, so parent and workers together can briefly need more than either."""
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def peak_mib() -> float:
    """Peak resident set size of this process so far, in MiB.

    On Linux this is ``VmHWM`` from /proc/self/status, the high-water mark of the
    process's own memory: ``ru_maxrss`` survives fork + exec, so a child started
    by a parent holding a big corpus would report the parent's size. Elsewhere,
    ``getrusage(RUSAGE_SELF).ru_maxrss`` (macOS reports bytes, others KiB).
    """
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks.worker", description=__doc__.split("\n\n")[0])
    p.add_argument("--seeds", type=Path, required=True)
    p.add_argument("--config", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--result", type=Path, required=True, help="where to write the JSON measurements")
    p.add_argument("--cache", type=Path, help="the extraction cache folder (default: none)")
    p.add_argument("--jobs", type=int, default=1, help="extraction processes (default 1)")
    p.add_argument("--profile", type=Path, help="also run under cProfile and dump the stats here")
    p.add_argument("--stages", action="store_true", help="also time the named pipeline stages (benchmarks/stages.py)")
    return p.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
