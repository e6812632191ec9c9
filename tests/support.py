"""Paths and helpers the tests share (importable: pytest puts tests/ on sys.path)."""

from __future__ import annotations

from pathlib import Path

from briefing import Result
from briefing.model import Item

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
PACIFIC = FIXTURES / "pacific"
CORRIDOR = FIXTURES / "corridor"
FORMATS = FIXTURES / "formats"  # saved pages, Markdown, e-mail, folders, other kinds (issue 17)


def items_citing(result: Result, section: str, *phrases: str) -> list[Item]:
    """Items of a section with a cited sentence containing every phrase."""
    sec = next(s for s in result.briefing.sections if s.id == section)
    return [i for i in sec.items if any(all(p in c.text for p in phrases) for c in i.citations)]


def one_item(result: Result, section: str, *phrases: str, sources: int) -> Item:
    found = items_citing(result, section, *phrases)
    assert len(found) == 1, f"{section}: expected one item for {phrases}, got {[i.text for i in found]}"
    assert len(found[0].sources) == sources, f"{phrases}: cited by {found[0].sources}"
    return found[0]
