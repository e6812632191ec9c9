"""A day in the sentence's subject that yields to the day of its verb."""

from __future__ import annotations

import re

from .attach_rules import CALENDAR
from .tense import WORD, has_verb


def subject_phrase_yields(text: str, start: int, end: int) -> bool:
    """The phrase ends a prepositional phrase in the sentence's subject, no verb before it, and the verb right after
    it has a day of its own ("The report of the inquiry into the attack on 15 March 2019 was made public today"):
    the day names what the subject's noun is about, and the sentence tells of the noun."""
    before = text[:start]
    if SUBJECT_PHRASE.match(before) is None or has_verb(WORD.findall(before.lower())):
        return False
    return VERB_WITH_DAY.match(text, end) is not None


# "The report of the Royal Commission into the attack on ...": a determiner, a noun and a preposition, no comma
SUBJECT_PHRASE = re.compile(r"^\W*(?:The|A|An)\s+[^,;()]*?\b(?:of|into|on|over|about|for)\s[^,;()]*$")
# "... was made public today", "were signed this Thursday": a passive or a copula, then a day within a few words
VERB_WITH_DAY = re.compile(rf"\s+(?:was|were|is|are)\s+(?:[a-z]+\s+){{1,3}}?(?:today|yesterday|tonight"
                           rf"|(?:on|this|last)\s+(?:{CALENDAR}))\b", re.I)
