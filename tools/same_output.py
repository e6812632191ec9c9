#!/usr/bin/env python3
"""Does a change leave the output as it was? Builds the same inputs with another commit and with this tree.

    .venv/bin/python tools/same_output.py --base 07f4743            # seeds, both fixtures, 1,000 synthetic articles
    .venv/bin/python tools/same_output.py --base HEAD~3 --sizes 100,10000

The inputs are the seeds with briefing.yml, the fixture stories in tests/fixtures/ (pacific, corridor) and a
synthetic corpus of each size (written once, by this tree's benchmarks/corpus.py, so both sides read the same
files). The base commit is checked out into a temporary git worktree and run with this interpreter. Every
generated file is compared byte for byte; the first differing files are listed. Exit status 0 when every output is
identical, 1 when any differs.
"""

from __future__ import annotations

import argparse
import filecmp
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import write_config, write_corpus  # noqa: E402

FIXTURES = ("pacific", "corridor")
SHOWN = 10  # differing files listed per input


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="briefing-same-") as tmp:
        work = Path(tmp)
        base = work / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(base), args.base], check=True)
        try:
            differing = sum(not same(name, seeds, config, base, work) for name, seeds, config in inputs(work, args))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=False)
    print("identical" if not differing else f"{differing} input(s) differ")
    return 1 if differing else 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--base", required=True, help="the commit to compare with (any git revision)")
    p.add_argument("--sizes", default="1000", help="synthetic corpus sizes, comma-separated (default 1000; 0: none)")
    return p.parse_args(argv)


def inputs(work: Path, args: argparse.Namespace) -> list[tuple[str, Path, Path]]:
    found = [("seeds", ROOT / "seeds", ROOT / "briefing.yml")]
    found += [(name, ROOT / "tests" / "fixtures" / name / "seeds", ROOT / "tests" / "fixtures" / name / "briefing.yml")
              for name in FIXTURES]
    for n in (int(s) for s in args.sizes.split(",") if int(s) > 0):
        folder = work / f"synthetic-{n}"
        write_corpus(folder / "seeds", n, seed=0)
        write_config(folder / "briefing.yml")
        found.append((f"synthetic {n:,}", folder / "seeds", folder / "briefing.yml"))
    return found


def same(name: str, seeds: Path, config: Path, base: Path, work: Path) -> bool:
    outputs = []
    for side, tree in (("base", base), ("this", ROOT)):
        out = work / "out" / name.replace(" ", "-") / side
        command = [sys.executable, str(tree / "build_briefing.py"), "--seeds", str(seeds), "--config", str(config),
                   "--out", str(out), "--no-cache", "-q"]
        run = subprocess.run(command, cwd=tree, capture_output=True, text=True)
        if run.returncode not in (0, 1):
            print(f"{name}: the {side} build failed:\n{run.stderr}", file=sys.stderr)
            return False
        outputs.append(out)
    differing = different_files(filecmp.dircmp(*outputs))
    print(f"{name}: {'identical' if not differing else f'{len(differing)} files differ'}")
    for path in differing[:SHOWN]:
        print(f"  {path}")
    return not differing


def different_files(cmp: filecmp.dircmp, prefix: str = "") -> list[str]:
    """Files that differ or exist on one side only, compared by content (not by size and date)."""
    found = [prefix + n for n in (*cmp.left_only, *cmp.right_only)]
    _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
    found += [prefix + n for n in (*mismatch, *errors)]
    for sub, child in sorted(cmp.subdirs.items()):
        found += different_files(child, f"{prefix}{sub}/")
    return sorted(found)


if __name__ == "__main__":
    sys.exit(main())
