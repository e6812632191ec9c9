"""Small text helpers every stage shares."""

from __future__ import annotations


def fold(text: str) -> str:
    """White space folded to single spaces, ends trimmed: how a sentence is shown on one line."""
    return " ".join(text.split())
