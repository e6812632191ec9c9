"""Finding the date phrases of a sentence: the pre-check, the rule table, and overlaps.

Speed: a sentence is lower-cased once and scanned once by a pre-check regex
(``patterns.PRECHECK``: a prefix-factored alternation of month, season and
weekday names, relative words and year-like numbers).  A sentence without
any such word is done after that scan.  Otherwise only the rules needing the
kinds of words found run, and most of them are tried only at the trigger
words' positions; the rest scan a window around the triggers.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from ...model import DateMention
from .context import Ctx, Hit
from .patterns import PRECHECK, TRIGGERS
from .rules import RULES, Rule
from .words import NAME_HEADS

_BACK = 24  # "between 10 and 12 June": the core "10 and 12 june" starts 10 characters before "june"
_AHEAD = 30  # " of the following year", " afternoon": tails after the last trigger
# A day right before a capitalised head is part of a name ("13 May Square", "6th of October Bridge"): no date.
_NAME_AFTER = re.compile(rf"\s+(?:{'|'.join(NAME_HEADS)})\b")


def find_dates(sentence: str, article_date: date | None) -> list[DateMention]:
    """Every date phrase of ``sentence``, left to right, resolved against ``article_date``.

    Overlapping candidates are settled by length: "In mid-July" beats "July",
    "June 10-12, 2024" beats "June 10".  See the package docstring for the rules.
    """
    low = _lowered(sentence)
    where, last_end = _triggers(sentence, low)
    if not where:
        return []
    # An unanchored rule's match starts at most _BACK characters before one of
    # its triggers and ends at most _AHEAD after the last trigger: scan only there.
    hi = low.find(" ", last_end + _AHEAD)
    hi = len(low) if hi < 0 else hi
    ctx = Ctx(sentence, low, article_date)
    found: list[DateMention] = []
    for rule in RULES:
        if rule.anchored:
            # The core starts with the trigger word itself: try it right there.
            for kind in rule.needs:
                for pos in where.get(kind, ()):
                    core = rule.core.match(low, pos)
                    if core is not None:
                        _apply(rule, core, ctx, found)
            continue
        lo = hi
        for kind in rule.needs:
            if kind in where and where[kind][0] < lo:
                lo = where[kind][0]
        if lo == hi:
            continue
        for core in rule.core.finditer(low, max(0, lo - _BACK), hi):
            _apply(rule, core, ctx, found)
    return [d for d in _settle(found) if d.precision != "day" or not _NAME_AFTER.match(sentence, d.end)]


def _lowered(sentence: str) -> str:
    """The sentence lower-cased, with every offset still pointing at the same character."""
    low = sentence.lower()
    if len(low) != len(sentence):  # a few characters ("İ") grow when lower-cased; keep offsets aligned
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in sentence)
    return low


def _triggers(sentence: str, low: str) -> tuple[dict[str, list[int]], int]:
    """Where each kind of trigger word starts, and where the last one ends."""
    where: dict[str, list[int]] = {}
    last_end = 0
    for t in PRECHECK.finditer(low):
        kind = TRIGGERS.get(t.group(), "num")
        # Month names count only when capitalised: "may" and "march" are mostly verbs.
        if kind == "month" and not sentence[t.start()].isupper():
            continue
        where.setdefault(kind, []).append(t.start())
        last_end = t.end()
    return where, last_end


def _glued(text: str, pos: int, glue: str) -> bool:
    """Whether a match starting at pos continues a word, a number ("1,2024") or an amount ("$2024")."""
    if pos == 0:
        return False
    c = text[pos - 1]
    if c.isalnum() or c == "_" or c in glue:
        return True
    return c in ".," and pos > 1 and text[pos - 2].isdigit()


def _apply(rule: Rule, core: re.Match[str], ctx: Ctx, found: list[DateMention]) -> None:
    """Join a core match with its leading words, check it stands alone, and record what the handler makes of it."""
    start = core.start()
    pre = None
    # Every prefix ends in a space, a hyphen or a bracket ("this ", "mid-", "Tuesday ("): look back only after one.
    if rule.prefix is not None and start > 0 and (ctx.low[start - 1] in "-(" or ctx.low[start - 1].isspace()):
        pre = rule.prefix.search(ctx.low, max(0, start - 48), start)
        if pre is not None and pre.start() == pre.end():
            pre = None
    if pre is None and (rule.prefix_required or _glued(ctx.text, start, rule.glue)):
        return
    mention = rule.handler(Hit(core, pre), ctx)
    if mention is not None and pre is not None and pre.group().endswith("(") and ctx.text.startswith(")", mention.end):
        mention = dataclasses.replace(mention, phrase=ctx.text[mention.start:mention.end + 1], end=mention.end + 1)
    if mention is not None:
        found.append(mention)


def _settle(found: list[DateMention]) -> list[DateMention]:
    """The candidates left once overlaps are settled (longest first, then rule order), left to right."""
    # Longest first (stable sort keeps rule order on ties), then drop overlaps.
    found.sort(key=lambda d: (d.start - d.end, d.start))
    kept: list[DateMention] = []
    for cand in found:
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    kept.sort(key=lambda d: d.start)
    return kept
