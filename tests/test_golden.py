"""The committed docs/ is the golden output for the seeds: regenerating must change nothing.

Refresh after an intended change with:  python tests/refresh_golden.py
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from refresh_golden import GOLDEN

from briefing.pipeline import build
from briefing.write import MANIFEST


@pytest.mark.parametrize(("seeds", "config", "out"), GOLDEN, ids=[g[2].name for g in GOLDEN])
def test_generated_markdown_matches_golden(seeds: Path, config: Path, out: Path) -> None:
    files = build(seeds, config, None).files
    problems = []
    for rel, data in sorted(files.items()):
        old = (out / rel).read_bytes() if (out / rel).is_file() else b""
        if old != data:
            diff = difflib.unified_diff(old.decode().splitlines(), data.decode().splitlines(),
                                        f"golden/{rel}", f"generated/{rel}", lineterm="", n=1)
            problems.append("\n".join(list(diff)[:40]))
    listed = set((out / MANIFEST).read_text(encoding="utf-8").split())
    problems += [f"golden has {rel}, no longer generated" for rel in sorted(listed - set(files))]
    assert not problems, "\n\n".join(problems) + "\n\nIf intended, run: python tests/refresh_golden.py"
