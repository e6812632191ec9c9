"""The shape of the code, checked: small modules and functions, imports pointing one way, lint clean.

These are the habits that keep the stage layout readable (README, "How it
works"); each check names what broke it.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from support import ROOT

PACKAGE = ROOT / "briefing"
MODULE_LINES = 500
FUNCTION_LINES = 60
BIN = Path(sys.executable).parent
LINTED = ["briefing", "build_briefing.py", "tests", "benchmarks", "tools"]
# Modules the tests may import from one another: shared helpers, never test modules.
SHARED = {"support", "sitecheck", "browser", "hostile_corpus", "injection_corpus", "conftest"}


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_module_is_over_500_lines() -> None:
    sizes = {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8").count("\n") for p in modules()}
    long = {name: n for name, n in sizes.items() if n > MODULE_LINES}
    assert long == {}


def test_no_function_is_over_60_lines() -> None:
    long = {}
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1  # type: ignore[operator]
                if length > FUNCTION_LINES:
                    long[f"{path.relative_to(ROOT)}:{node.lineno} {node.name}"] = length
    assert long == {}


def test_test_modules_share_helpers_only_through_support() -> None:
    wrong = []
    for path in sorted((ROOT / "tests").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("test_"):
                wrong.append(f"{path.name} imports {node.module}")
    assert wrong == []


@pytest.mark.parametrize("command", [
    [str(BIN / "ruff"), "check", "--quiet", *LINTED],
    [str(BIN / "lint-imports")],
], ids=["ruff", "import-linter"])
def test_lint(command: list[str]) -> None:
    if not Path(command[0]).exists():
        pytest.fail(f"{Path(command[0]).name} is not installed: pip install -r requirements-dev.txt")
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
