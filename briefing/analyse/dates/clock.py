"""Times of day, in minutes after midnight: what a live entry's stamp and a sentence's "at 1:28 a.m." give."""

from __future__ import annotations


def minutes(hour: int, minute: int, half: str = "") -> int | None:
    """Minutes after midnight of ``hour``:``minute``, on a twelve-hour clock when ``half`` is "a" or "p" (either
    case); None when that is no time of day."""
    if half:
        hour = hour % 12 + (12 if half.lower() == "p" else 0)
    return hour * 60 + minute if hour < 24 and minute < 60 else None
