#!/usr/bin/env python3
"""Regenerate every golden output: docs/ for the seeds and tests/golden/* for the fixtures.

    python tests/refresh_golden.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent.parent), str(Path(__file__).resolve().parent)]

from support import CORRIDOR, FIXTURES, PACIFIC, ROOT  # noqa: E402

from briefing.pipeline import build  # noqa: E402

GOLDEN = [
    (ROOT / "seeds", ROOT / "briefing.yml", ROOT / "docs"),
    (PACIFIC / "seeds", PACIFIC / "briefing.yml", FIXTURES / "golden" / "pacific"),
    (CORRIDOR / "seeds", CORRIDOR / "briefing.yml", FIXTURES / "golden" / "corridor"),
]

if __name__ == "__main__":
    for seeds, config, out in GOLDEN:
        report = build(seeds, config, out).report
        assert report is not None
        print(f"{out.relative_to(ROOT)}: {len(report.written)} written, {len(report.removed)} removed")
