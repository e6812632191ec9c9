"""The measurements: generation, one-file rebuild, end-to-end build and two plain-MkDocs baselines.

One baseline has a plain page per article; the other has the same pages, their text repeated
until they hold as much Markdown as the briefing's pages. Every timed step runs in a child
process (``benchmarks.worker`` or ``mkdocs build``), so each N starts cold and measures its own
peak memory.
Wall-clock and CPU time are both kept: on a shared machine wall time absorbs
other processes' load, CPU time (user + system of the child) mostly does not.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .corpus import corpus_stats, write_config
from .projects import ROOT, baseline_project, briefing_project, copy_static, markdown_volume, same_volume_project

ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1")  # Material's MkDocs-2 notice is noise on stderr
Log = Callable[[str], None]
EDIT = " Officials gave no further details about the schedule."  # the one-file change


@dataclass
class Step:
    """One timed child process; ``None`` fields when it failed or timed out."""

    wall_s: float | None = None
    cpu_s: float | None = None
    peak_mib: float | None = None
    error: str = ""


@dataclass
class Row:
    n: int
    corpus_s: float = 0.0
    corpus_mib: float = 0.0
    near_duplicates: int = 0
    exact_duplicates: int = 0
    articles: int = 0  # articles the pipeline kept (exact duplicates are skipped)
    import_mib: float = 0.0
    output_mib: float = 0.0  # all generated files
    largest_file: str = ""  # the biggest generated page, and its size
    largest_mib: float = 0.0
    gen: Step = field(default_factory=Step)
    rebuild: Step = field(default_factory=Step)
    e2e: Step | None = None  # None when N is above --e2e-max
    baseline: Step | None = None
    markdown_mib: float = 0.0  # the generated pages' Markdown (not briefing.json)
    same_volume: Step | None = None  # the baseline with its article text repeated to markdown_mib
    index_md_kib: float = 0.0  # the briefing page's Markdown
    largest_page: str = ""  # the biggest generated .md page, and its size
    largest_page_kib: float = 0.0
    index_html_kib: float | None = None  # site/index.html of the end-to-end build
    largest_html: str = ""
    largest_html_kib: float | None = None

    @property
    def ms_per_article(self) -> float | None:
        return None if self.gen.wall_s is None else 1000 * self.gen.wall_s / self.n

    @property
    def ratio(self) -> float | None:
        return _ratio(self.e2e.wall_s if self.e2e else None, self.baseline.wall_s if self.baseline else None)

    @property
    def cpu_ratio(self) -> float | None:
        return _ratio(self.e2e.cpu_s if self.e2e else None, self.baseline.cpu_s if self.baseline else None)

    @property
    def rebuild_share(self) -> float | None:
        return _ratio(self.rebuild.wall_s, self.gen.wall_s)


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


@dataclass
class Options:
    seed: int = 0
    e2e_max: int = 1000
    rebuild_max: int | None = None  # skip the one-file rebuild above this N (it costs a cold run today)
    repeat: int = 1  # timed steps are repeated and the fastest run kept (least disturbed by other load)
    timeout: float = 3600.0
    jobs: int = 1  # extraction processes in the generation steps (mkdocs builds use the hook's default)
    keep: Path | None = None  # keep the projects here instead of a temporary folder


def measure(n: int, opt: Options, log: Log = print) -> Row:
    base = opt.keep or Path(tempfile.mkdtemp(prefix=f"briefing-bench-{n}-"))
    work = base / f"n{n}"
    if work.exists():
        shutil.rmtree(work)
    try:
        return _measure_in(work, n, opt, log)
    finally:
        if opt.keep is None:
            shutil.rmtree(base, ignore_errors=True)


def _measure_in(work: Path, n: int, opt: Options, log: Log) -> Row:
    project, row = work / "briefing", Row(n)
    seeds, config = project / "seeds", project / "briefing.yml"
    t0 = time.perf_counter()
    stats = corpus_stats(seeds, n, opt.seed)
    write_config(config)
    row.corpus_s, row.corpus_mib = time.perf_counter() - t0, stats.bytes / 2**20
    row.near_duplicates, row.exact_duplicates = stats.near_duplicates, stats.exact_duplicates
    log(f"N={n}: corpus written in {row.corpus_s:.1f} s ({row.corpus_mib:.1f} MiB)")

    # Cold generation: a fresh output folder each time (and a fresh project, so no cache is warm).
    runs = [generate(seeds, config, work / f"gen-{r}", work / f"gen-{r}.json", opt.timeout,
                     cache=work / f"cache-{r}", jobs=opt.jobs) for r in range(opt.repeat)]
    row.gen, info = _fastest(runs)
    row.articles, row.import_mib = int(info.get("articles", 0)), float(info.get("import_mib", 0.0))
    row.output_mib, row.largest_mib = float(info.get("output_mib", 0.0)), float(info.get("largest_mib", 0.0))
    row.largest_file = str(info.get("largest_file", ""))
    row.index_md_kib = float(info.get("index_md_kib", 0.0))
    row.largest_page_kib = float(info.get("largest_page_kib", 0.0))
    row.largest_page = str(info.get("largest_page", ""))
    log(f"N={n}: generation {_fmt(row.gen.wall_s)} s wall, {_fmt(row.gen.cpu_s)} s CPU, "
        f"peak {_fmt(row.gen.peak_mib, 0)} MiB "
        f"(extraction workers: {_fmt(info.get('worker_peak_mib'), 0)} MiB) {row.gen.error}")

    if opt.rebuild_max is None or n <= opt.rebuild_max:
        row.rebuild = _rebuild(work, seeds, config, opt)
        log(f"N={n}: one-file rebuild {_fmt(row.rebuild.wall_s)} s wall {row.rebuild.error}")

    if n <= opt.e2e_max:
        row.markdown_mib = markdown_volume(work / "gen-0") / 2**20 if (work / "gen-0").is_dir() else 0.0
        row.baseline, row.same_volume, row.e2e = _end_to_end(work, project, n, row.markdown_mib, opt, log)
        row.index_html_kib, row.largest_html, row.largest_html_kib = html_sizes(work / "site")
    return row


def _rebuild(work: Path, seeds: Path, config: Path, opt: Options) -> Step:
    """Edit one article, regenerate into the last cold run's output folder with its cache (a fresh
    process, as mkdocs would)."""
    out, cache = work / f"gen-{opt.repeat - 1}", work / f"cache-{opt.repeat - 1}"
    rebuilds = []
    for r in range(opt.repeat):
        edit_one_article(seeds, r)
        rebuilds.append(generate(seeds, config, out, work / f"rebuild-{r}.json", opt.timeout, cache=cache,
                                 jobs=opt.jobs))
    return _fastest(rebuilds)[0]


def _end_to_end(work: Path, project: Path, n: int, markdown_mib: float, opt: Options,
                log: Log) -> tuple[Step, Step | None, Step]:
    """(baseline, same-volume baseline or None, end-to-end), each the fastest of ``opt.repeat`` builds."""
    baseline, same = work / "baseline", work / "same-volume"
    baseline_project(baseline, project / "seeds")
    times = same_volume_project(same, project / "seeds", int(markdown_mib * 2**20)) if markdown_mib else 0
    briefing_project(project)
    base_runs, same_runs, e2e_runs = [], [], []
    for _ in range(opt.repeat):  # interleaved, so slow phases of machine load hit all alike
        base_runs.append(mkdocs_build(baseline, work / "baseline-site", opt.timeout))
        if times:
            same_runs.append(mkdocs_build(same, work / "same-volume-site", opt.timeout))
        _reset_docs(project)
        e2e_runs.append(mkdocs_build(project, work / "site", opt.timeout))
    b, e = min(base_runs, key=_wall), min(e2e_runs, key=_wall)
    s = min(same_runs, key=_wall) if same_runs else None
    log(f"N={n}: mkdocs build {_fmt(e.wall_s)} s, baseline {_fmt(b.wall_s)} s, same volume "
        f"({markdown_mib:.1f} MiB, article text ×{times}) {_fmt(s.wall_s if s else None)} s "
        f"{e.error}{b.error}{s.error if s else ''}")
    return b, s, e


def html_sizes(site: Path) -> tuple[float | None, str, float | None]:
    """(index.html KiB, the largest page's path, its KiB) of a built site; Nones when there is none."""
    pages = {p.relative_to(site).as_posix(): p.stat().st_size for p in site.rglob("*.html")} if site.is_dir() else {}
    if not pages:
        return None, "", None
    largest = max(pages, key=lambda k: (pages[k], k))
    return pages.get("index.html", 0) / 1024, largest, pages[largest] / 1024


def _reset_docs(project: Path) -> None:
    """Back to a checkout without generated pages or cache, so every end-to-end build starts cold."""
    shutil.rmtree(project / "docs", ignore_errors=True)
    shutil.rmtree(project / ".cache", ignore_errors=True)
    shutil.rmtree(project / "overrides", ignore_errors=True)
    copy_static(project)


def edit_one_article(seeds: Path, salt: int) -> Path:
    """Append a sentence to the last paragraph of the middle article (valid in both formats)."""
    names = sorted(seeds.glob("*.txt"))
    path = names[len(names) // 2]
    text = path.read_text(encoding="utf-8").rstrip("\n")
    path.write_text(text + EDIT.replace("schedule", f"schedule ({salt + 1})") + "\n", encoding="utf-8")
    return path


# --------------------------------------------------------------------------
# Child processes
# --------------------------------------------------------------------------


def generate(seeds: Path, config: Path, out: Path, result: Path, timeout: float,
             profile: Path | None = None, stages: bool = False, cache: Path | None = None,
             jobs: int = 1) -> tuple[Step, dict[str, Any]]:
    cmd = [sys.executable, "-m", "benchmarks.worker", "--seeds", str(seeds), "--config", str(config),
           "--out", str(out), "--result", str(result), "--jobs", str(jobs)]
    if cache:
        cmd += ["--cache", str(cache)]
    if profile:
        cmd += ["--profile", str(profile)]
    if stages:
        cmd.append("--stages")
    error = _run(cmd, ROOT, timeout)[1]
    if error:
        return Step(error=error), {}
    info = json.loads(result.read_text(encoding="utf-8"))
    return Step(info["wall_s"], info["cpu_s"], info["peak_mib"]), info


def mkdocs_build(project: Path, site: Path, timeout: float) -> Step:
    wall, error, cpu = _run([sys.executable, "-m", "mkdocs", "build", "-q", "--site-dir", str(site)], project, timeout)
    return Step(error=error) if error else Step(wall, cpu)


def _run(cmd: list[str], cwd: Path, timeout: float) -> tuple[float, str, float]:
    """(wall seconds, error text or "", child CPU seconds) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    try:
        run = subprocess.run(cmd, cwd=cwd, env=ENV, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return timeout, f"(timed out after {timeout:.0f} s)", 0.0
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    if run.returncode != 0:
        tail = " | ".join(run.stderr.strip().splitlines()[-3:])
        return wall, f"(failed, exit {run.returncode}: {tail})", cpu
    return wall, "", cpu


def _fastest(runs: list[tuple[Step, dict[str, Any]]]) -> tuple[Step, dict[str, Any]]:
    ok = [r for r in runs if r[0].wall_s is not None]
    return min(ok, key=lambda r: _wall(r[0])) if ok else runs[0]


def _wall(step: Step) -> float:
    return step.wall_s if step.wall_s is not None else float("inf")


def _fmt(x: float | None, digits: int = 1) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


# --------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------

COLUMNS = ("N", "gen s", "ms/article", "e2e s", "baseline s", "ratio", "same-volume s", "peak MiB",
           "1-file rebuild s")


def table(rows: list[Row]) -> str:
    """The main table (wall-clock), as Markdown so it pastes into the README unchanged."""
    body = [(f"{r.n:,}", _fmt(r.gen.wall_s, 2), _fmt(r.ms_per_article, 2), _fmt(r.e2e.wall_s if r.e2e else None, 1),
             _fmt(r.baseline.wall_s if r.baseline else None, 1), _fmt(r.ratio, 2),
             _fmt(r.same_volume.wall_s if r.same_volume else None, 1), _fmt(r.gen.peak_mib, 0),
             _fmt(r.rebuild.wall_s, 2)) for r in rows]
    return _markdown(COLUMNS, body)


def cpu_table(rows: list[Row]) -> str:
    """The same runs in CPU seconds, plus what explains them: corpus size, scaling, rebuild share."""
    head = ("N", "articles kept", "corpus MiB", "gen CPU s", "e2e CPU s", "baseline CPU s", "CPU ratio",
            "rebuild/cold", "gen CPU growth", "output MiB", "largest page")
    body = []
    for prev, r in zip([None, *rows[:-1]], rows):
        growth = None
        if prev and prev.gen.cpu_s and r.gen.cpu_s:  # CPU: other processes' load does not inflate it
            growth = r.gen.cpu_s / prev.gen.cpu_s
        body.append((f"{r.n:,}", f"{r.articles:,}", _fmt(r.corpus_mib, 1), _fmt(r.gen.cpu_s, 2),
                     _fmt(r.e2e.cpu_s if r.e2e else None, 1), _fmt(r.baseline.cpu_s if r.baseline else None, 1),
                     _fmt(r.cpu_ratio, 2), _fmt(r.rebuild_share, 2),
                     "—" if growth is None else f"{growth:.1f} (N ×{r.n / prev.n:g})", _fmt(r.output_mib, 1),
                     f"{r.largest_file} {_fmt(r.largest_mib, 1)} MiB" if r.largest_file else "—"))
    return _markdown(head, body)


# Issue 16's targets: (what, limit). Ratios are printed beside each limit, so a row reads as met or not.
MS_PER_ARTICLE_MAX = 4.0
GROWTH_MAX = 10.5  # wall time of 10 x the articles
E2E_RATIO_MAX = 2.0
REBUILD_SHARE_MAX = 0.25
INDEX_HTML_KIB_MAX = 300.0
PAGE_KIB_MAX = 1024.0
PEAK_MIB_MAX = 1024.0


def targets_table(rows: list[Row]) -> str:
    """Each target as measured over its limit: at most 1.00 is met."""
    head = ("N", "ms/article ÷ 4", "growth ÷ 10.5", "e2e ÷ (2 × plain)", "rebuild ÷ (25 % of cold)",
            "index.md KiB", "index.html KiB ÷ 300", "largest page KiB ÷ 1024", "peak ÷ 1 GiB")
    body = []
    for prev, r in zip([None, *rows[:-1]], rows):
        growth = None
        if prev and prev.gen.wall_s and r.gen.wall_s and r.n == 10 * prev.n:
            growth = r.gen.wall_s / prev.gen.wall_s
        largest = max((r.largest_page_kib, r.largest_html_kib or 0.0))
        body.append((f"{r.n:,}", _over(r.ms_per_article, MS_PER_ARTICLE_MAX), _over(growth, GROWTH_MAX),
                     _over(r.ratio, E2E_RATIO_MAX), _over(r.rebuild_share, REBUILD_SHARE_MAX),
                     _fmt(r.index_md_kib, 0), _over(r.index_html_kib, INDEX_HTML_KIB_MAX),
                     _over(largest or None, PAGE_KIB_MAX), _over(r.gen.peak_mib, PEAK_MIB_MAX)))
    return _markdown(head, body)


def _over(value: float | None, limit: float) -> str:
    return "—" if value is None else f"{value / limit:.2f}"


def _markdown(head: tuple[str, ...], body: list[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---:|" * len(head)]
    lines += ["| " + " | ".join(cells) + " |" for cells in body]
    return "\n".join(lines)


def errors(rows: list[Row]) -> list[str]:
    out = []
    for r in rows:
        for name, step in (("generation", r.gen), ("rebuild", r.rebuild), ("e2e", r.e2e), ("baseline", r.baseline),
                           ("same-volume baseline", r.same_volume)):
            if step is not None and step.error:
                out.append(f"N={r.n} {name}: {step.error}")
    return out


def as_json(rows: list[Row]) -> str:
    return json.dumps([asdict(r) | {"ms_per_article": r.ms_per_article, "ratio": r.ratio} for r in rows], indent=2)


def machine() -> str:
    """One line saying where and on what code the numbers were taken."""
    load = os.getloadavg()
    head = _git("rev-parse", "--short", "HEAD")
    dirty = _git("status", "--porcelain", "--", "briefing", "build_briefing.py", "mkdocs.yml")
    state = f"{head}{' + uncommitted changes' if dirty else ''}"
    return (f"{time.strftime('%Y-%m-%d %H:%M %Z')} · {os.cpu_count()} cores · Python {sys.version.split()[0]} · "
            f"code {state} · load average {load[0]:.1f}")


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return "?"
