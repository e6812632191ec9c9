"""Profiles of the generation step: where the time goes, as short Markdown tables.

Two profilers, same table:

* cProfile (``--profile``) counts every call exactly, but adds a roughly
  constant cost per Python call, so call-heavy code (hashing frozen
  dataclasses, per-word stemming) looks heavier than it runs and the whole
  build takes about three times as long;
* py-spy (``--sample``, if installed) samples the stack ten times a second
  from outside the process, at no cost to it: the only affordable way to
  profile 10,000 articles. It counts samples, not calls.

Shares are of the ``build()`` call, so interpreter start-up and imports are left out.
"""

from __future__ import annotations

import json
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .corpus import write_config, write_corpus
from .harness import ROOT, generate


@dataclass(frozen=True)
class Hotspot:
    function: str  # file:line(name), the file relative to the repository or site-packages
    calls: int
    own_s: float  # time in the function itself
    cumulative_s: float  # including what it calls
    share: float  # cumulative over the whole profiled build


def profile(n: int, seed: int, keep: Path | None, timeout: float) -> tuple[list[Hotspot], float, Path | None]:
    """Profile a cold generation of an N-article corpus: (hot spots, profiled total s, .prof path if kept)."""
    work = keep / f"profile-n{n}" if keep else Path(tempfile.mkdtemp(prefix=f"briefing-profile-{n}-"))
    shutil.rmtree(work, ignore_errors=True)
    try:
        write_corpus(work / "seeds", n, seed)
        write_config(work / "briefing.yml")
        prof = work / f"generation-{n}.prof"
        step, _ = generate(work / "seeds", work / "briefing.yml", work / "out", work / "result.json", timeout, prof)
        if step.error:
            raise RuntimeError(f"profiled generation at N={n} failed: {step.error}")
        spots, total = hotspots(prof)
        return spots, total, prof if keep else None
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)


def stage_times(n: int, seed: int, keep: Path | None, timeout: float) -> tuple[dict[str, dict[str, float]], float]:
    """Cold generation of an N-article corpus with the stage timers on: (tallies, total wall s)."""
    work = keep / f"stages-n{n}" if keep else Path(tempfile.mkdtemp(prefix=f"briefing-stages-{n}-"))
    shutil.rmtree(work, ignore_errors=True)
    try:
        write_corpus(work / "seeds", n, seed)
        write_config(work / "briefing.yml")
        step, info = generate(work / "seeds", work / "briefing.yml", work / "out", work / "result.json", timeout,
                              stages=True)
        if step.error or step.wall_s is None:
            raise RuntimeError(f"generation with stage timers at N={n} failed: {step.error}")
        return info["stages"], step.wall_s
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)


def hotspots(prof: Path) -> tuple[list[Hotspot], float]:
    stats = pstats.Stats(str(prof))
    build = [v[3] for (f, _, name), v in stats.stats.items() if name == "build" and f.endswith("build.py")]  # type: ignore[attr-defined]
    total = max(build) if build else stats.total_tt  # type: ignore[attr-defined]
    spots = [
        Hotspot(_where(file, line, name), nc, tt, ct, ct / total if total else 0.0)
        for (file, line, name), (_, nc, tt, ct, _) in stats.stats.items()  # type: ignore[attr-defined]
    ]
    return spots, total


def sample(n: int, seed: int, keep: Path | None, timeout: float, rate: float = 10.0
           ) -> tuple[list[Hotspot], float, dict[str, Any]]:
    """A cold generation under py-spy, the sampling profiler: (hot spots, build s, worker measurements).

    py-spy is not a dependency of the project; install it into the venv to use this.
    """
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(spy).is_file():
        raise RuntimeError("py-spy is not installed: pip install py-spy (or use --profile for cProfile)")
    work = keep / f"sample-n{n}" if keep else Path(tempfile.mkdtemp(prefix=f"briefing-sample-{n}-"))
    shutil.rmtree(work, ignore_errors=True)
    try:
        write_corpus(work / "seeds", n, seed)
        write_config(work / "briefing.yml")
        folded, result = work / f"generation-{n}.folded", work / "result.json"
        cmd = [spy, "record", "--nonblocking", "--function", "--rate", f"{rate:g}", "--format", "raw",
               "-o", str(folded), "--", sys.executable, "-m", "benchmarks.worker", "--seeds", str(work / "seeds"),
               "--config", str(work / "briefing.yml"), "--out", str(work / "out"), "--result", str(result)]
        run = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
        if run.returncode != 0 or not result.is_file():
            raise RuntimeError(f"sampled generation at N={n} failed: {run.stderr.strip()[-500:]}")
        spots, total = folded_hotspots(folded, rate)
        return spots, total, json.loads(result.read_text(encoding="utf-8"))
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)


def folded_hotspots(path: Path, rate: float) -> tuple[list[Hotspot], float]:
    """Hot spots from a sampling profile in collapsed-stack form (``py-spy record --format raw``).

    Sampling costs the profiled process nothing (``--nonblocking``), which is
    what makes a 10,000-article profile affordable: cProfile's per-call cost
    nearly triples the run. Seconds are samples over the sampling rate, so
    only shares are exact; ``calls`` is the number of samples.
    """
    inclusive: dict[str, int] = {}
    own: dict[str, int] = {}
    total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = [_frame(f) for f in stack.split(";")]
        total += count
        for f in set(frames):  # a recursive function counts once per sample
            inclusive[f] = inclusive.get(f, 0) + count
        own[frames[-1]] = own.get(frames[-1], 0) + count
    # Shares are of the build() call, as with cProfile: interpreter start-up and imports are not the pipeline.
    build = max((n for f, n in inclusive.items() if re.search(r"build\.py:\d+\(build\)$", f)), default=total)
    spots = [Hotspot(f, n, own.get(f, 0) / rate, n / rate, n / build) for f, n in inclusive.items()]
    return spots, build / rate


def _frame(frame: str) -> str:
    """"name (path/file.py:12)" -> "file.py:12(name)", the shape cProfile rows have."""
    name, _, where = frame.partition(" (")
    where = where.rstrip(")")
    for marker in ("site-packages/", "briefing/"):
        if marker in where:
            where = where.split(marker, 1)[1] if marker == "site-packages/" else "briefing/" + where.split(marker, 1)[1]
    return f"{where}({name})"


def _where(file: str, line: int, name: str) -> str:
    for marker in ("site-packages/", str(ROOT) + "/"):
        if marker in file:
            file = file.split(marker, 1)[1]
    return f"{file}:{line}({name})" if line else name


def report(spots: list[Hotspot], total: float, limit: int = 25, counted: str = "calls") -> str:
    """Two Markdown tables: by cumulative time (what to restructure), by own time (what is hot)."""
    interesting = [s for s in spots if s.share < 0.999 and "<module>" not in s.function]
    by_cum = sorted(interesting, key=lambda s: -s.cumulative_s)[:limit]
    by_own = sorted(spots, key=lambda s: -s.own_s)[: limit // 2]
    lines = [f"Profiled build: {total:.1f} s", "", f"| function | {counted} | cumulative s | share | own s |",
             "|---|---:|---:|---:|---:|"]
    lines += [f"| `{s.function}` | {s.calls:,} | {s.cumulative_s:.2f} | {s.share:.0%} | {s.own_s:.2f} |"
              for s in by_cum]
    lines += ["", f"| by own time | {counted} | own s | share |", "|---|---:|---:|---:|"]
    lines += [f"| `{s.function}` | {s.calls:,} | {s.own_s:.2f} | {s.own_s / total:.0%} |" for s in by_own]
    return "\n".join(lines)
