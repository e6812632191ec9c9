"""Days that are no day of the sentence's verb: one in its subject that yields to the verb's own, one in a clause
describing the object of a verb in the present."""

from __future__ import annotations

import functools
import re

from .attach_lists import irregular_participles, irregular_pasts
from .attach_rules import CALENDAR
from .tense import WORD, has_verb
from .words import PRESENT_REPORTING_VERBS


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
# "... was made public today", "were signed this Thursday", "became public on Wednesday": a passive or a copula,
# then a day within a few words
VERB_WITH_DAY = re.compile(rf"\s+(?:was|were|is|are|became|becomes)\s+(?:[a-z]+\s+){{1,3}}?(?:today|yesterday|tonight"
                           rf"|(?:on|this|last)\s+(?:{CALENDAR}))\b", re.I)


def describes_the_object(before: str) -> bool:
    """The text before the phrase opens with a subject and a verb in the present, then an object whose clause ends
    in a verb in the past right before the phrase ("The delay leaves room for the lawsuit the companies filed on
    Monday", "The action carries out the recommendation the board issued on Tuesday"): the day is the object's,
    and the sentence tells what stands now. Not after a verb of saying ("The ministry says the army shelled the
    town on Monday": what is said is the news)."""
    return _present_then_object().match(before) is not None


@functools.cache
def _present_then_object() -> re.Pattern[str]:
    pasts = "|".join(sorted({*irregular_pasts(), *irregular_participles()}, key=len, reverse=True))
    saying = "|".join(PRESENT_REPORTING_VERBS)
    return re.compile(
        # the subject: a determiner and up to three words, none of them a past
        rf"\W*(?:The|This|That|Its|His|Her|Their)\s+(?:(?![a-z]+ed\b|(?:{pasts})\b)[\w'’\-]+\s+){{0,3}}?"
        # a verb in the present ("leaves", "carries"), not a noun in -ss, -us or -is, nor a verb of saying, and no
        # past right after it ("The militants stormed": the -s word was the subject's noun)
        rf"(?!(?:{saying}|is|was|has|does)\b)[a-z]{{2,}}s(?<!ss)(?<!us)(?<!is)\s+"
        # at most two words before the object ("leaves room for", "carries out"), none a verb ("The cables holding
        # the bridge snapped", "The panels on the tower were fitted": the -s word was the subject's noun)
        rf"(?:(?!{_VERB}|(?:{pasts})\b)[a-z]+\s+){{0,2}}"
        # the object, with its own determiner, and its clause's verb in the past right before the phrase
        rf"(?:the|a|an|its|their|his|her)\s+(?:(?!{_VERB})[^,;:()])*?\b(?:[a-z]{{3,}}ed|{pasts})\s+$")


_VERB = r"(?:[a-z]+ed|[a-z]+ing|was|were|is|are|had|has|have|will|would)\b"
