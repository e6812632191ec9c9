"""Page chrome: the share bars, tag lists and links to other stories that saved and scraped pages carry.

A paragraph of one line that opens with a widget's label (``data/chrome.txt``)
and a colon or a bar, then gives a list ("Share on: Facebook | X | Email",
"Tags: ships, sweden, china", "READ MORE: Top 10 cruise deals | ..."), is
not the story's: read as a sentence it would be cited, and it makes a spam
mirror look less like the article it copies.
"""

from __future__ import annotations

import re

from .wordlists import data_lines

_LABELS = sorted(data_lines("chrome.txt"), key=len, reverse=True)
_CHROME = re.compile(rf"(?:{'|'.join(map(re.escape, _LABELS))})\s*[:|]\s*(?P<rest>.*)", re.IGNORECASE)
LIST_ITEMS = 2  # a list: items set off by bars or commas
MAX_CHARS = 200


def is_chrome(text: str) -> bool:
    """The paragraph's text is one widget line: a label, then a list of links or tags."""
    line = text.strip()
    if "\n" in line or len(line) > MAX_CHARS:
        return False
    m = _CHROME.fullmatch(line)
    if m is None:
        return False
    items = [x for x in re.split(r"\s*[|,]\s*", m.group("rest")) if x]
    return len(items) >= LIST_ITEMS and not re.search(r"[.!?]$", m.group("rest"))
