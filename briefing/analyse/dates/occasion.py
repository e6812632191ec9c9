"""The same occasion again: "At the same briefing, the governor said ..." is of the day of the briefing the article
told before ("told a news conference on Thursday"), not of whatever the sentence before it was about.

A sentence naming such an occasion takes the date of the article's last sentence naming one of its kind: the date
phrase standing by that noun ("a news conference on Thursday", "Thursday's briefing"), else that sentence's own
date when it is narrow; when that sentence gives it no narrow day, none. An occasion the article told without
naming it ("told the Senate Banking Committee on Tuesday" before "At the same hearing") leaves the sentence to
the ordinary reading by context.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ...model import DateMention
from .told import Told

# Occasions of one kind: a briefing and a news conference are the same kind of occasion.
KINDS = {
    "briefing": r"(?:news\s+|press\s+|media\s+)?(?:briefing|conference)|presser",
    "meeting": r"meeting",
    "hearing": r"hearing",
    "session": r"session|sitting",
    "interview": r"interview",
    "summit": r"summit",
    "speech": r"speech|address",
}
SAME = re.compile(r"\b(?:the\s+same|that\s+same)\s+(?:[\w’'\-]+\s+){0,2}?(?:"
                  + "|".join(f"(?P<{k}>{v})" for k, v in KINDS.items()) + r")\b", re.IGNORECASE)
NEAR = 30  # characters between an occasion's noun and the date phrase naming its day
TOUCHING = re.compile(r"(?:'s|’s)?\s*(?:(?:news|press|media|weekly|daily|regular|emergency|special)\s+)?$",
                      re.IGNORECASE)
WIDEST = dt.timedelta(days=7)  # a date lent must be this narrow: a day, a weekend, a week


def same_occasion(told: Sequence[Told], found: list[list[DateMention]], dates: list[DateMention | None],
                  i: int) -> tuple[str, DateMention | None] | None:
    """The kind of occasion sentence ``i`` names as "the same" one an earlier sentence names, and the date that
    sentence gives it (None when it gives no narrow one); None when it names no such occasion."""
    same = SAME.search(told[i].text)
    if same is None:
        return None
    kind = next(k for k in KINDS if same.group(k))
    noun = re.compile(rf"\b(?:{KINDS[kind]})\b", re.IGNORECASE)
    for k in range(i - 1, -1, -1):
        if told[k].label:
            continue
        nouns = [n for n in noun.finditer(told[k].text) if not SAME.search(told[k].text, max(0, n.start() - 40),
                                                                          n.end())]
        if not nouns:
            continue
        d = _by_the_noun(told[k].text, found[k], nouns[-1]) or dates[k]
        if d is None or not d.resolved or d.end_date - d.start_date > WIDEST:  # type: ignore[operator]
            return kind, None
        return kind, d
    return None


def _by_the_noun(text: str, mentions: list[DateMention], noun: re.Match[str]) -> DateMention | None:
    """The date phrase right after the occasion's noun ("a briefing on Thursday", "a news conference late
    Sunday") or right before it ("Thursday's briefing", "a Monday news conference")."""
    after = [m for m in mentions if 0 <= m.start - noun.end() <= NEAR and "," not in text[noun.end():m.start]]
    before = [m for m in mentions if m.end <= noun.start() and TOUCHING.fullmatch(text, m.end, noun.start())]
    return (after or before or [None])[0]
