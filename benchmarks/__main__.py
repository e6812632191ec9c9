"""python -m benchmarks: time the briefing against plain MkDocs for a few corpus sizes.

For each N a synthetic corpus is written into a temporary project; then, in
child processes: a cold generation (seeds → Markdown + JSON, no MkDocs), a
one-file-change rebuild into the same output, and, up to --e2e-max, an
end-to-end ``mkdocs build`` next to a plain MkDocs + Material build of N
ordinary pages. See benchmarks/README.md for what each column means.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .harness import Options, as_json, cpu_table, errors, machine, measure, table, targets_table
from .pages import line as pages_line
from .pages import measure_heavy, measure_pages

EXAMPLES = """\
examples:
  python -m benchmarks --quick                       N=100 only (about a minute)
  python -m benchmarks                               100, 1000 and 10000 (end-to-end up to 1000)
  python -m benchmarks --sizes 1000 --repeat 3       fastest of three runs of each step
  python -m benchmarks --sizes 1000 --jobs 1         extraction in one process (what the second core gains)
  python -m benchmarks --sizes 1000,10000 --profile  cProfile hot spots of the generation step
  python -m benchmarks --sizes 10000 --sample        py-spy hot spots (no profiler overhead)
  python -m benchmarks --sizes 10000 --stages        time per pipeline stage, without a profiler
"""


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = [100] if args.quick else args.sizes
    print(machine(), file=sys.stderr)
    if args.profile:
        return run_profiles(sizes, args)
    if args.stages:
        return run_stages(sizes, args)
    if args.sample:
        return run_samples(sizes, args)
    opt = Options(seed=args.seed, e2e_max=args.e2e_max, rebuild_max=args.rebuild_max, repeat=args.repeat,
                  timeout=args.timeout, keep=args.keep, jobs=args.jobs)
    rows = [measure(n, opt, log=lambda line: print(line, file=sys.stderr, flush=True)) for n in sizes]
    pages = pages_line(measure_pages(), measure_heavy())  # in this process: reading pages is a small, fixed cost
    print(f"\n{machine()}\n\n{table(rows)}\n\n{cpu_table(rows)}\n\nTargets (measured ÷ limit; at most 1.00 is met)"
          f"\n\n{targets_table(rows)}\n\n{pages}")
    for line in errors(rows):
        print(f"error: {line}")
    if args.json:
        args.json.write_text(as_json(rows) + "\n", encoding="utf-8")
    return 1 if errors(rows) else 0


def run_profiles(sizes: list[int], args: argparse.Namespace) -> int:
    from .profiling import profile, report

    for n in sizes:
        spots, total, kept = profile(n, args.seed, args.keep, args.timeout)
        print(f"\n## Generation step, N = {n:,}" + (f" ({kept})" if kept else "") + "\n")
        print(report(spots, total, args.top))
    return 0


def run_samples(sizes: list[int], args: argparse.Namespace) -> int:
    from .profiling import report, sample

    for n in sizes:
        spots, total, info = sample(n, args.seed, args.keep, args.timeout)
        print(f"\n## Generation step sampled by py-spy, N = {n:,}: {info['wall_s']:.1f} s wall, "
              f"{info['cpu_s']:.1f} s CPU, peak {info['peak_mib']:.0f} MiB\n", flush=True)
        print(report(spots, total, args.top, counted="samples"), flush=True)
    return 0


def run_stages(sizes: list[int], args: argparse.Namespace) -> int:
    from .profiling import stage_times
    from .stages import report

    for n in sizes:
        tallies, total = stage_times(n, args.seed, args.keep, args.timeout)
        print(f"\n## Generation stages, N = {n:,}: {total:.1f} s wall\n", flush=True)
        print(report(tallies, total), flush=True)
    return 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0],
                                epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", type=_sizes, default=[100, 1000, 10000],
                   help="comma-separated N (default 100,1000,10000)")
    p.add_argument("--quick", action="store_true", help="N=100 only")
    p.add_argument("--e2e-max", type=int, default=1000, metavar="N",
                   help="skip the end-to-end and baseline builds above this N (default 1000)")
    p.add_argument("--rebuild-max", type=int, metavar="N",
                   help="skip the one-file rebuild above this N (default: never skip)")
    p.add_argument("--repeat", type=int, default=1, help="run each timed step this many times, keep the fastest")
    p.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    p.add_argument("--jobs", type=int, default=2,
                   help="extraction processes in the generation steps (default 2, as build_briefing.py uses)")
    p.add_argument("--timeout", type=float, default=3600, help="seconds before a step is given up (default 3600)")
    p.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temporary folder)")
    p.add_argument("--json", type=Path, help="also write the measurements here as JSON")
    p.add_argument("--profile", action="store_true", help="profile the generation step instead of timing")
    p.add_argument("--sample", action="store_true",
                   help="profile with py-spy (sampling, no overhead; pip install py-spy) instead of timing")
    p.add_argument("--stages", action="store_true",
                   help="time the named pipeline stages instead (no profiler overhead; benchmarks/stages.py)")
    p.add_argument("--top", type=int, default=25, help="rows of the profile table (default 25)")
    args = p.parse_args(argv)
    if args.repeat < 1:
        p.error("--repeat must be at least 1")
    return args


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(x.replace("_", "")) for x in text.split(",") if x.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected numbers separated by commas, got {text!r}") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes must be positive")
    return sizes


if __name__ == "__main__":
    sys.exit(main())
