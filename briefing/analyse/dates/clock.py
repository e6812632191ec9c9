"""Times of day, in minutes after midnight: what a live entry's stamp and a sentence's "at 1:28 a.m." give."""

from __future__ import annotations

import re

# A time of day ("1:28 a.m.", "04:09 UTC", "10 a.m.", "2.30pm").
CLOCK = re.compile(r"(?<![\w.,:])(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*(?P<half>[ap])\.?m\b\.?"
                   r"|(?<![\w.,:])(?P<h24>\d{1,2}):(?P<m24>\d{2})(?![\d:])", re.IGNORECASE)
# ... after noon when "that afternoon" or "in the evening" follows it ("at 3:05 that afternoon")
AFTER_NOON = re.compile(r"\s+(?:that|this|in the|on \w+|\w+day)\s+(?:afternoon|evening|night)\b", re.IGNORECASE)


def minutes(hour: int, minute: int, half: str = "") -> int | None:
    """Minutes after midnight of ``hour``:``minute``, on a twelve-hour clock when ``half`` is "a" or "p" (either
    case); None when that is no time of day."""
    if half:
        hour = hour % 12 + (12 if half.lower() == "p" else 0)
    return hour * 60 + minute if hour < 24 and minute < 60 else None


def clock_minutes(m: re.Match[str], text: str) -> int | None:
    """The time of day a match of ``CLOCK`` in ``text`` gives, in minutes after midnight; None when it is no
    time. A clock before "that afternoon" or "in the evening" is after noon ("at 3:05 that afternoon")."""
    if m.group("h24") is not None:
        hour, minute = int(m.group("h24")), int(m.group("m24"))
        if hour < 12 and AFTER_NOON.match(text, m.end()):
            hour += 12
        return minutes(hour, minute)
    return minutes(int(m.group("h")), int(m.group("m") or 0), m.group("half"))


# A time of day told by its name: "shortly after midnight", "at noon". "Before midnight", "until midnight" and "by
# midnight" are the last minute of the day they end; any other midnight is the first of the day it begins.
# ... and a part of the day told of the narrative's day ("landed at the air base in the morning")
WORD_TIME = re.compile(r"\b(?P<word>midnight|noon|midday)\b"
                       r"|\b(?:in|during)\s+the\s+(?:early\s+|late\s+)?(?P<part>morning|afternoon|evening)\b",
                       re.IGNORECASE)
PART_MINUTES = {"morning": 9 * 60, "afternoon": 15 * 60, "evening": 19 * 60}
DAY_ENDING = re.compile(r"\b(?:before|until|till|by|to)\s+$", re.IGNORECASE)


def word_minutes(m: re.Match[str], text: str) -> int:
    """The time of day a match of ``WORD_TIME`` in ``text`` gives, in minutes after midnight."""
    if m.group("part"):
        return PART_MINUTES[m.group("part").lower()]
    if m.group("word").lower() != "midnight":
        return 12 * 60
    return 24 * 60 - 1 if DAY_ENDING.search(text, 0, m.start()) else 0

