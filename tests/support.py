"""Paths and helpers the tests share (importable: pytest puts tests/ on sys.path)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
PACIFIC = FIXTURES / "pacific"
CORRIDOR = FIXTURES / "corridor"
