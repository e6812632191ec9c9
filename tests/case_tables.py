"""Reading the rule tables of tests/data: tab-separated rows, each a case, the last column a known gap.

A row whose ``gap`` cell is empty is a case the code gets right. A row with a
gap is a case the code gets wrong today: it runs as a strict xfail whose
reason is the cell (what the code does instead), so it fails the suite once
the code is fixed and the row should lose its gap.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Row:
    table: str
    line: int
    cells: dict[str, str]

    def __getitem__(self, column: str) -> str:
        return self.cells[column]

    @property
    def gap(self) -> str:
        return self.cells.get("gap", "")

    @property
    def id(self) -> str:
        return f"{self.table}:{self.line}"


def load_rows(name: str, columns: Sequence[str], path: Path | None = None) -> list[Row]:
    """The rows of ``tests/data/<name>``: lines starting with '#' and blank lines are comments; the first
    other line is the header, which must be ``columns``."""
    path = path or DATA / name
    lines = path.read_text(encoding="utf-8").splitlines()
    data = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]
    (at, header), *rows = data
    assert header.split("\t") == list(columns), f"{path.name}:{at}: unexpected header {header.split(chr(9))}"
    out = []
    for n, line in rows:
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        assert len(cells) == len(columns), f"{path.name}:{n}: {len(cells)} columns, not {len(columns)}"
        out.append(Row(path.name, n, dict(zip(columns, cells))))
    texts = [tuple(r.cells.values())[:-1] for r in out]
    duplicated = {t for t in texts if texts.count(t) > 1}
    assert not duplicated, f"{path.name}: rows given twice: {sorted(duplicated)}"
    return out


def params(rows: Sequence[Any], gap: str = "gap") -> list[Any]:
    """pytest parameters of rows (or of dicts with a ``gap`` key): a known gap is a strict xfail."""
    out = []
    for row in rows:
        reason = row.gap if isinstance(row, Row) else row.get(gap, "")
        name = row.id if isinstance(row, Row) else row["id"]
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(row, id=name, marks=marks))
    return out


def passing(rows: Sequence[Row]) -> list[Row]:
    """The rows the code gets right (no gap): what a coverage check may count on."""
    return [r for r in rows if not r.gap]
