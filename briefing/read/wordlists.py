"""The reader's word lists and tables, in ``data/`` beside this module: ``#`` starts a comment."""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def data_lines(name: str) -> list[str]:
    """The lines of ``data/<name>`` with comments and surrounding spaces removed, blank ones left out."""
    lines = (line.split("#", 1)[0].strip() for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]
