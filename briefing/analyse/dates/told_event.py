"""The event a step of days counts from, as the article told it: "Two days after the grounding", "the night
before the crash" after "the plane that crashed on Friday"."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ...model import DateMention
from ..stems import stem
from .attach_lists import irregular_participles, irregular_pasts
from .by_context import last_report
from .told import Told

PAST_WORDS = "|".join(sorted({*irregular_pasts(), *irregular_participles()}))


def told_event(told: Sequence[Told], dates: list[DateMention | None], i: int,
                found: list[list[DateMention]]) -> DateMention | None:
    """The date of the event the sentence names as told before ("Two days after the grounding", "The day after
    the refloating"), when the article's last report of it is dated to the day; failing a kind of action, the
    last sentence before it, dated to the day, that tells it by a verb of the same stem in the past ("Four days
    after the crash" after "the jet crashed at Muan on Dec. 29", "The day after his firing" after "fired Altman").
    """
    k = last_report(told, dates, i)
    if k is None and (named := AFTER_THE.search(told[i].text)) is not None:
        noun = named.group(1)
        own = next((d for j in range(i - 1, -1, -1) if not told[j].label for w in WORDS.finditer(told[j].text)
                    if _told_by(w.group(), noun) and (d := _verb_day(told[j].text, w.end(), found[j]))), None)
        if own is not None:
            return own  # "the plane that crashed on Friday": the verb's own day, not its sentence's
        k = next((j for j in range(i - 1, -1, -1) if _day_or_night(dates[j]) is not None and not told[j].label
                  and any(_told_by(w.group(), noun) and not _in_subordinate(told[j].text, w.start())
                          for w in WORDS.finditer(told[j].text))), None)
        if k is None and not OPEN_PARTICIPLE.search(told[i].text, 0, named.start()):
            # "the day after the blackout" after "its inquiry into the April 28 blackout"; not in a clause on
            # something else ("The report, drafted by a panel set up the day after the blackout, found ...")
            named_day = next((m for j in range(i - 1, -1, -1) for m in found[j]
                              if _names_day_of(told[j].text, m, noun)), None)
            return named_day or next((dates[j] for j in range(i - 1, -1, -1) if not told[j].label
                                      and _day_or_night(dates[j]) is not None and not dates[j].origin  # type: ignore[union-attr]
                                      and _subject_told(told[j].text, noun)), None)
    return _day_or_night(dates[k]) if k is not None else None


def _verb_day(text: str, end: int, phrases: Sequence[DateMention]) -> DateMention | None:
    """The day a phrase right after the verb ending at ``end`` gives it ("crashed on Friday", "crashed in
    Vinhedo on Aug. 9"), within its clause."""
    return next((m for m in phrases if m.start >= end and _day(m) is not None
                 and VERB_TO_DATE.fullmatch(text, end, m.start) is not None), None)


# what may stand between a verb and its date: a few words of place or manner, no clause break
VERB_TO_DATE = re.compile(r"\s+(?:[\w'’\-.]+\s+){0,3}")


def _subject_told(text: str, noun: str) -> bool:
    """The sentence is about the event ``noun`` names, its subject's head, and what it tells has a date of its own
    ("Prigozhin's mutiny lasted less than 36 hours, from the evening of June 23 to the night of June 24"); not a
    noun naming another thing by it ("The crash investigation resumed on Monday")."""
    return re.match(rf"\W*(?:[\w'’\-]+\s+){{0,3}}?{noun}\s+(?:was\s+|were\s+)?(?:[a-z]+ed|{PAST_WORDS})\b",
                    text, re.IGNORECASE) is not None


def _day_or_night(d: DateMention | None) -> DateMention | None:
    """A day, or a stretch over two days ("from the evening of June 23 to the night of June 24"): what counts
    from the event ("five days after the mutiny") counts from the side it names."""
    return d if d is not None and d.resolved and d.end_date - d.start_date <= ONE_DAY else None  # type: ignore[operator]


ONE_DAY = dt.timedelta(days=1)


def _names_day_of(text: str, m: DateMention, noun: str) -> bool:
    """The day ``m`` is that of the event ``noun`` names, the date standing in the noun's name ("Monday's
    blackout", "the April 28 blackout") or after it ("the crash of Dec. 29")."""
    if _day(m) is None or m.end <= m.start:
        return False
    return re.match(rf"(?:['’]s)?\s+(?:[a-z\-]+\s+){{0,2}}?{noun}\b", text[m.end:], re.IGNORECASE) is not None \
        or re.search(rf"\b{noun}\s+(?:of\s+)?$", text[:m.start], re.IGNORECASE) is not None


def _day(d: DateMention | None) -> DateMention | None:
    return d if d is not None and d.resolved and d.start_date == d.end_date else None


# "after the crash", "after his firing": the noun naming the event a step counts from
AFTER_THE = re.compile(r"\b(?:after|before|(?:day|night|morning|afternoon|evening)\s+of)\s+(?:the|his|her|its|their)\s+"
                       r"([a-z]{4,})\b(?!\s+(?:of|on|in)\b)")
WORDS = re.compile(r"[a-z]{4,}")
OPEN_PARTICIPLE = re.compile(r",\s+[a-z]+ed\s[^,;]*$")


def _in_subordinate(text: str, at: int) -> bool:
    """The word at ``at`` stands in a clause opened by "after", "before", "when", "since" or "until" in its part of
    the sentence ("drowned ... after the dam collapsed in June, an investigation published Wednesday"): the
    sentence's date is its main clause's, not that verb's."""
    return SUBORDINATE_BEFORE.search(text, 0, at) is not None


SUBORDINATE_BEFORE = re.compile(r"\b(?:after|before|when|since|until|once)\s[^,;]*$", re.IGNORECASE)


def _told_by(word: str, noun: str) -> bool:
    """``word`` is the verb that told the event ``noun`` names: the same stem, in the past ("crashed" for "the
    crash", "fired" for "his firing"); the noun itself ("since the crash") tells nothing done."""
    return word.endswith("ed") and word != noun and stem(word) == stem(noun)
