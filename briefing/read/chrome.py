"""Page chrome: the share bars, tag lists and links to other stories that saved and scraped pages carry.

A paragraph of one line that opens with a widget's label (``data/chrome.txt``)
and a colon or a bar, then gives a list ("Share on: Facebook | X | Email",
"Tags: ships, sweden, china", "READ MORE: Top 10 cruise deals | ..."), or a
bar of short links with no label at all ("Like us on Facebook | Follow us on X | Join our Telegram"), is
not the story's: read as a sentence it would be cited, and it makes a spam
mirror look less like the article it copies.
"""

from __future__ import annotations

import re

from .wordlists import data_lines

_LABELS = sorted(data_lines("chrome.txt"), key=len, reverse=True)
_CHROME = re.compile(rf"(?:{'|'.join(map(re.escape, _LABELS))})\s*[:|]\s*(?P<rest>.*)", re.IGNORECASE)
LIST_ITEMS = 2  # a list: items set off by bars or commas
BAR_ITEMS = 3  # a line of this many short items set off by bars, with no label, is a bar of links too
ITEM_WORDS = 6  # ... each at most this many words ("Follow us on X")
MAX_CHARS = 200


def is_chrome(text: str) -> bool:
    """The paragraph's text is one widget line: a label, then a list of links or tags."""
    line = text.strip()
    if "\n" in line or len(line) > MAX_CHARS:
        return False
    m = _CHROME.fullmatch(line)
    if m is None:
        return _link_bar(line)
    rest = m.group("rest")
    if len([x for x in rest.split("|") if x.strip()]) >= LIST_ITEMS:
        return True  # headlines set off by bars ("YOU MAY ALSO LIKE: ... | Is your phone listening to you?")
    items = [x for x in re.split(r"\s*,\s*", rest) if x]
    return len(items) >= LIST_ITEMS and not re.search(r"[.!?]$", rest)


def _link_bar(line: str) -> bool:
    """A line of short items set off by bars, ending in no full stop: "Like us on Facebook | Follow us on X | Join
    our Telegram". Running text sets nothing off by bars."""
    items = [x.strip() for x in line.split("|")]
    return len(items) >= BAR_ITEMS and all(0 < len(x.split()) <= ITEM_WORDS for x in items) \
        and not line.endswith(".")
