from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from support import PACIFIC, ROOT

CLI = [sys.executable, str(ROOT / "build_briefing.py")]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120)


def test_help_has_examples() -> None:
    out = run("--help")
    assert out.returncode == 0 and "examples:" in out.stdout and "--check" in out.stdout


def test_missing_seeds_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    out = run("--seeds", str(tmp_path / "nope"), "--out", str(tmp_path / "md"))
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0 and "folder not found" in out.stderr and "Traceback" not in out.stderr


def test_writes_then_check_passes_then_detects_edit(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(PACIFIC / "seeds", seeds)
    args = ["--seeds", str(seeds), "--config", str(PACIFIC / "briefing.yml"), "--out", str(tmp_path / "md")]
    assert run(*args).returncode == 0
    assert (tmp_path / "md" / "index.md").is_file() and (tmp_path / "md" / "briefing.json").is_file()
    assert run(*args, "--check").returncode == 0
    (seeds / "002_wire.txt").write_text("A new title\nA new body sentence about nothing.\n", encoding="utf-8")
    check = run(*args, "--check")
    assert check.returncode == 1 and "out of date" in check.stderr


def test_strict_fails_on_a_skipped_file(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(PACIFIC / "seeds", seeds)
    (seeds / "zz_empty.txt").write_bytes(b"")
    args = ["--seeds", str(seeds), "--config", str(PACIFIC / "briefing.yml"), "--out", str(tmp_path / "md")]
    assert run(*args).returncode == 0
    strict = run(*args, "--strict")
    assert strict.returncode == 1 and "zz_empty.txt" in strict.stderr
