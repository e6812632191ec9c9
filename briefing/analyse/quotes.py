"""Quoted passages and in-text attribution, found in a sentence's own words.

Everything returned is a verbatim slice of the sentence: a quote is the text
between its quotation marks, a speaker or an attribution is the phrase the
sentence uses. Where the sentence does not say who spoke, the speaker is left
empty rather than guessed. A speaker phrase is no person by itself: a body's
name is read whole ("the Army Corps of Engineers", not "Engineers"), and
:func:`speaker_person` says which person, if any, a speaker phrase names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Mention, Quote

OPEN_CLOSE = {"“": "”", '"': '"', "«": "»", "„": "“"}
QUOTED = re.compile(r"“([^”“]{2,}?)”|\"([^\"]{2,}?)\"|«([^»«]{2,}?)»|„([^“„]{2,}?)“")

SPEECH_VERBS = (r"said|says|say|told|tells|added|adds|noted|notes|stressed|declared|wished|pledged|praised|"
                r"quoted|stated|states|vowed|promised|called|described|warned|insisted|claimed|announced|"
                r"reported|clarified|wrote|writes|urged|recalled|emphasi[sz]ed|asked|"
                r"saying|adding|wishing|praising|calling|noting|stressing|vowing|pledging|warning")
# A capitalised word, with the dot of a short title before a name ("Gov. Wes Moore").
_CAP = r"[A-Z][\w’'\-]+(?:\.(?=\s+[A-Z]))?"
# Capitalised words; "of" and "for" join a body's name ("Army Corps of Engineers").
_NAME = (rf"{_CAP}(?:\s+(?:{_CAP}|bin|al|de|van|von|der|da|di|Il|Jong-un)"
         rf"|\s+(?:of|for)(?:\s+the)?\s+(?={_CAP}){_CAP})*")
_DESCRIBED = (r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w’'\-]+\s+){0,4}?"
              r"(?:leader|president|statement|minister|spokes(?:man|woman|person)|agency|outlet|official|officials|ministry|report|document|chairman|"
              r"secretary|government|side|sides|office|service|parties|press\s+service)"
              rf"(?:\s+of\s+(?:the\s+)?{_NAME})?")  # "the president of Chile"
SPEAKER = rf"(?P<speaker>{_DESCRIBED}|\b{_NAME}|\b[Hh]e|\b[Ss]he|\b[Tt]hey)"
# "The outlet quoted the leader as praising “…”": the speaker is the one quoted.
QUOTED_AS = re.compile(rf"\bquoted\s+(?P<speaker>{_DESCRIBED}|{_NAME})\s+as\b")
# "X (also) said ... “quote”" and "“quote,” X said" / "“quote,” said X".
BEFORE = re.compile(rf"{SPEAKER}\s+(?:also\s+|has\s+|had\s+|was\s+)?(?:{SPEECH_VERBS})\b(?!\s+by)")
AFTER = re.compile(rf"^\W{{0,3}}\s*(?:{SPEAKER}\s+(?:{SPEECH_VERBS})\b"
                   rf"|(?:{SPEECH_VERBS})\s+(?P<speaker2>{_NAME}|{_DESCRIBED}))")

# In-text attribution: who the article says its information comes from.
ATTRIBUTION = [
    re.compile(r"\b(?P<src>the (?:statement|report|document|agency|outlet|ministry))"
               r" (?:says|said|noted|stated|reads)\b"),
    re.compile(r"\b[Aa]ccording to (?P<src>(?:the |a )?(?:[\w’'\-]+\s){0,6}"
               r"(?:[A-Z][\w’'\-]+|statement|report|document|agency|media|sources?|officials?))\b"),
    re.compile(r"\bas quoted by (?P<src>(?:the )?[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)*)"),
    re.compile(r"\b(?:was|were|is|are|has been|have been) reported by "
               r"(?P<src>(?:the )?(?:[\w’'\-]+\s){0,6}?[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)*)"),
    re.compile(r"\b(?:citing|cited by) (?P<src>(?:the )?[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)*)"),
    re.compile(r"(?P<src>\b(?:[A-Z][\w’'\-]*\s){0,4}(?:news agency|agency|outlet|press service|ministry|statement)"
               r"|\b[A-Z]{2,}\b(?: \([A-Z]{2,}\))?)(?:’s| has| also)?\s+"
               r"(?:reported|clarified|said|says|stated|noted|announced)\b"),
]


def find_quotes(sentence: str) -> list[Quote]:
    quotes = []
    for m in QUOTED.finditer(sentence):
        group = next(g for g in range(1, 5) if m.group(g) is not None)
        quotes.append(Quote(m.group(group), m.start(group), m.end(group), _speaker(sentence, m.start(), m.end())))
    return quotes


def _speaker(sentence: str, q_start: int, q_end: int) -> str:
    after = AFTER.search(sentence[q_end:])
    if after:
        return after.group("speaker") or after.group("speaker2") or ""
    head = _blank_quotes(sentence[:q_start])
    quoted_as = QUOTED_AS.search(head)
    if quoted_as:
        return quoted_as.group("speaker")
    # The closest speech verb before the quote, outside any other quotation.
    before = list(BEFORE.finditer(head))
    return before[-1].group("speaker") if before else ""


def _blank_quotes(text: str) -> str:
    """Quotation contents replaced by spaces, so their words never look like a speaker."""
    return QUOTED.sub(lambda m: " " * len(m.group(0)), text)


def find_attribution(sentence: str) -> str:
    """The source the sentence itself credits ("KCNA", "the statement"), or ""."""
    text = _blank_quotes(sentence)
    for pattern in ATTRIBUTION:
        m = pattern.search(text)
        if m:
            return sentence[m.start("src"):m.end("src")].strip()
    return ""


_PRONOUNS = frozenset({"he", "she"})


def speaker_person(speaker: str, mentions: Sequence[Mention], previous: Sequence[Mention] = ()) -> str:
    """The person (a ``Person.key``) a quote's speaker phrase names, or "".

    A person named inside the phrase: one of the sentence's own ``mentions``
    whose text the phrase holds. A lone "he" or "she" stands for the person
    the previous sentence names (``previous``, its mentions) when it names
    exactly one; otherwise, like "Engineers" or "the report", the speaker
    stays a verbatim phrase and no person.
    """
    if not speaker:
        return ""
    named = next((m.person for m in mentions if m.text in speaker), "")
    if named or speaker.casefold() not in _PRONOUNS:
        return named
    people = {m.person for m in previous}
    return next(iter(people)) if len(people) == 1 else ""
