"""Page chrome (read/chrome.py): share bars, tag lists and links to other stories are not the story."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.read.chrome import is_chrome
from briefing.read.layout import parse


@pytest.mark.parametrize(("line", "chrome"), [
    ("Share on: Facebook | X | Telegram | WhatsApp", True),
    ("Share this story: Facebook | X | Email", True),
    ("Tags: ships, sweden, china, cables, breaking news", True),
    ("READ MORE: Top 10 cruise deals for spring 2025 | Why your VPN is slow", True),
    ("Related: 10 tips to protect your PC | Best travel credit cards of 2025", True),
    ("YOU MAY ALSO LIKE: The 7 beaches locals don't want you to find | Is your phone listening to you?", True),
    ("Like us on Facebook | Follow us on X | Join our Telegram", True),  # a bar of links with no label
    ("Home | World | Business | Sport", True),
    ("Facebook | X", False),  # two items with no label: too little to tell
    ("The vote was 10 | 5 | 12 according to the clerk, who read each tally out loud to the chamber.", False),
    ("Tags: cables", False),  # one item is no list
    ("Related: the minister said the talks, which began on Monday, would go on.", False),  # a sentence
    ("Shares in the carrier fell 4%, traders said.", False),  # no widget label
    ("Share on: Facebook | X\nThe talks resumed on Monday.", False),  # more than one line
])
def test_a_widget_line_is_chrome(line: str, chrome: bool) -> None:
    assert is_chrome(line) is chrome


def test_a_text_file_loses_its_chrome_paragraphs_and_keeps_its_story() -> None:
    text = ("Talks resume\n\nThe two sides met again on Monday.\n\nShare on: Facebook | X | Email\n\n"
            "Tags: talks, trade, Brussels\n\nA further round is planned for next week.\n")
    a = parse(text, "a.txt", "0" * 64, dt.date(2024, 12, 1), [])
    assert [s.text for s in a.body_sentences] == ["The two sides met again on Monday.",
                                                  "A further round is planned for next week."]
