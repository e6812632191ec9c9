"""The sentence around a match: what a rule handler is given, and the checks it makes on the words nearby.

False positives are avoided by context: a month name must be capitalised and, without a day or year, needs a
preposition or last/this/next before it ("Russia may respond", "a protest march", "Theresa May" are no dates); a
year alone needs a preposition ("in 2000", "since 2000") or the "the 2022 election" shape; bare numbers ("30
horses") and ordinals ("the fifth meeting") are never dates. A leading preposition ("on", "in", "since") is kept
in the phrase: it changes what the date means to the sentence.

The tense of the clause holding a date is read in ``tense``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ...model import DateMention
from .patterns import MONTH_ANY
from .words import (
    CAP_OK_BEFORE,
    CONTEXT_WORDS,
    EVENT_NOUNS,
    FULL_MONTHS,
    LEAD_WORDS,
    MONTHS,
    PART_ALIASES,
)


@dataclass(frozen=True)
class Ctx:
    """The sentence a rule matched in, and the date its relative phrases count from."""

    text: str
    low: str  # text.lower(), same length: the rule patterns run on it
    article: date | None


class Hit:
    """A rule's core match joined with the optional words found just before it.

    Rule patterns start at a mandatory token (a digit, a month name, ...) so the
    regex engine can skip ahead cheaply; optional leading words ("from",
    "this", "Friday,", "the early") are then matched backwards from the core.
    Handlers read both through one match-like interface.
    """

    __slots__ = ("_core", "_pre", "_groups")

    def __init__(self, core: re.Match[str], pre: re.Match[str] | None) -> None:
        self._core = core
        self._pre = pre
        groups = core.groupdict()
        if pre is not None:
            groups.update({k: v for k, v in pre.groupdict().items() if v is not None})
        self._groups = groups

    def __getitem__(self, name: str) -> str | None:
        """The group's text, or None when it did not take part (or the rule has no such group)."""
        return self._groups.get(name)

    def groupdict(self) -> dict[str, str | None]:
        return self._groups

    def group(self) -> str:
        return self._core.string[self.start() : self.end()]

    def start(self, name: str | None = None) -> int:
        if name is None:
            return self._pre.start() if self._pre is not None else self._core.start()
        if self._pre is not None and name in self._pre.re.groupindex and self._pre[name] is not None:
            return self._pre.start(name)
        return self._core.start(name)

    def end(self) -> int:
        return self._core.end()


# --------------------------------------------------------------------------- words next to a position


def prev_word(text: str, pos: int) -> tuple[str, int]:
    """The word (letters only) right before ``pos``, across spaces only, and where it starts."""
    i = pos
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[j:i], j


def next_word(text: str, pos: int) -> str:
    i = pos
    while i < len(text) and text[i] in " \t\u00a0":
        i += 1
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[i:j]


def lead_start(text: str, pos: int) -> int:
    """Where the phrase starts once a leading preposition ("on", "as of", ...) is taken in."""
    word, start = prev_word(text, pos)
    low = word.lower()
    if low == "the":  # "on the 13th of September", "over the past two years"
        before, bstart = prev_word(text, start)
        return bstart if before.lower() in LEAD_WORDS else pos
    if low in LEAD_WORDS:
        return start
    if low == "of":
        before, bstart = prev_word(text, start)
        if before.lower() == "as":
            return bstart
        if before.lower() in DAY_PARTS:  # "on the morning of May 7": the day's part, led by its preposition
            the, tstart = prev_word(text, bstart)
            lead, lstart = prev_word(text, tstart) if the.lower() == "the" else ("", tstart)
            return lstart if lead.lower() in DAY_PART_LEADS else pos
    return pos


DAY_PARTS = frozenset("morning afternoon evening night eve".split())
# not "through the night of June 5": a stretch, not a point of reference
DAY_PART_LEADS = frozenset("on during".split())


def norm(s: str | None) -> str:
    return " ".join(s.lower().replace("-", " ").split()) if s else ""


def part_key(m: Hit) -> str | None:
    """The normalised part word of a match ("mid", "first half", ...), None when it has none."""
    groups = m.groupdict()
    if groups.get("part"):
        return groups["part"].lower()
    if groups.get("endh"):
        return "late"
    pp = norm(groups.get("pp"))
    return PART_ALIASES.get(pp, pp) if pp else None


# --------------------------------------------------------------------------- is it a date here?


def month_at(ctx: Ctx, m: Hit | re.Match[str], group: str, *, full_only: bool = False) -> int | None:
    """The month of a matched token, or None when it is lower case ("may", "march") or an unwanted abbreviation."""
    token = m[group]
    if not token or not ctx.text[m.start(group)].isupper():
        return None
    key = token.rstrip(".")
    if full_only and key not in FULL_MONTHS:
        return None
    return MONTHS.get(key)


def after_name(ctx: Ctx, pos: int) -> bool:
    """True when a capitalised non-function word precedes pos: "Theresa May", "Long March 5"."""
    word, _ = prev_word(ctx.text, pos)
    return bool(word) and word[0].isupper() and word.lower() not in CAP_OK_BEFORE


# "as early as 1998", "as long ago as June", "as far back as 2009": the time something was already so
AS_EARLY_AS = re.compile(r"\bas\s+(?:long\s+ago|early|far\s+back|recently|late)\s+as\s+$", re.IGNORECASE)


def has_context(ctx: Ctx, pos: int) -> bool:
    """Whether a bare month or year at pos is introduced like a date ("in June", "of 2022", "May and June", "as
    long ago as 1998")."""
    if AS_EARLY_AS.search(ctx.text, max(0, pos - 20), pos):
        return True
    if ENTRY_LABEL.match(ctx.text, pos) and not ctx.text[:pos].strip():
        return True  # "July: Edison announces ...", a timeline's entry
    word, wstart = prev_word(ctx.text, pos)
    low = word.lower()
    if low in CONTEXT_WORDS:
        return True
    if low == "year":  # "the year 2000"
        return True
    if low in ("and", "or"):
        # "in March and May", "in 2019 and 2022": the first item is a date too, introduced like one
        # (not "a plan covering 2024 and 2025", whose years are the plan's).
        head = ctx.text[:wstart].rstrip(" ,")
        if not head or not (head[-1].isdigit() or MONTH_ANY.search(head[-9:]) is not None):
            return False
        year = _LAST_YEAR.search(head)
        return year is None or has_context(ctx, year.start())
    return False


POSSESSIVES = frozenset({"its", "his", "her", "their", "our"})
ENTRY_LABEL = re.compile(r"[A-Za-z]+\.?:\s|\d{4}:\s")  # a month or a year alone, then a colon, opening the line
_LAST_YEAR = re.compile(r"\b\d{4}$")  # a list's year before "and": it must be introduced like a date itself


def names_event(ctx: Ctx, start: int, end: int) -> bool:
    """ "the 2022 election", "the 2024 Olympics", "the June summit", "its 2003 final report": a date used to name
    an event."""
    before = prev_word(ctx.text, start)[0].lower()
    nxt = next_word(ctx.text, end)
    if not nxt:
        return False
    if before in POSSESSIVES and ctx.text[start].isdigit():
        # "his 2016 campaign", "their 2019 accord": a year owned is a name; not a count ("its 2000 workers")
        return nxt.isalpha() and nxt.islower() and (not nxt.endswith("s") or nxt in EVENT_NOUNS)
    if before != "the":
        return False
    # A capitalised name follows a year ("the 2024 Olympics"), but after a month it
    # is more likely a name of its own ("the March on Washington" has none, "the May Day rally").
    return nxt.lower() in EVENT_NOUNS or (nxt[0].isupper() and ctx.text[start].isdigit())


def possessive(m: DateMention, sentence: str) -> bool:
    """The phrase names a thing by its day ("Monday's earthquake", "last month's collapse"): another event's date,
    which the sentence's own date, when it gives one, outranks."""
    return m.phrase.endswith(("'s", "\u2019s")) or sentence.startswith(("'s", "\u2019s"), m.end)


def range_words_fit(pre: str, sep: str) -> bool:
    """ "between X and Y", "from X to Y", and the days "on X and Y" ("on 17 and 18 November", "on Sunday and
    Monday": the event, or the two it tells, took those days); "on X or Y", "X or Y" ("on April 20 or 21", "in
    November or December"): one of the two, so no day but the span of both; not "from X and Y", "between X to Y"
    or a bare "X and Y" ("signed in 2019 and 2022")."""
    if sep == "and":
        return pre in ("between", "on")
    if sep == "or":
        return pre in ("on", "")
    if pre in ("between", "on"):
        return sep in ("-", "–", "—")
    return True
