"""Who gave what to whom, who went where: register rows read off a sentence.

Patterns are plain English sentence shapes ("X presented Y with Z", "X
received Z from Y", "X paid a visit to Y"), never a particular article's
wording. Every cell is a verbatim slice of the sentence; a cell the sentence
does not fill stays empty, so the table says no more than the article did.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A noun phrase inside a clause: no clause punctuation, a handful of words.
_NP = r"[^,;:.!?“”\"()–—]{2,90}?"
# Where a subject starts: sentence start, after a comma or a conjunction.
_LEAD = r"(?:^|[,;–—]\s+|\b(?:and|then|while|when)\s+)(?:(?:also|later|then|in return|meanwhile)\s*,?\s+)?"
# Where an object ends: clause punctuation, a relative clause, a date or place phrase.
_STOP = (r"(?=\s*(?:[,;:.!?–—(]|\s(?:which|who|that|as a gift|as gifts|from|during|on|in|at|for|through|via|after"
         r"|before|since|when)\b|$))")

GIFT_PATTERNS = [
    re.compile(rf"{_LEAD}(?P<giver>{_NP})\s+(?:also\s+)?(?:presented|gifted)\s+(?P<to>{_NP})\s+with\s+"
               rf"(?P<what>{_NP}){_STOP}", re.I),
    re.compile(rf"{_LEAD}(?P<giver>{_NP})\s+(?:also\s+)?(?:gave|handed|sent|offered|presented)\s+(?P<what>{_NP})"
               rf"\s+to\s+(?P<to>{_NP}){_STOP}", re.I),
    re.compile(rf"{_LEAD}(?P<to>{_NP})\s+(?:also\s+)?(?:received|was given|got|was presented with)\s+"
               rf"(?P<what>{_NP})\s+(?:as (?:a )?gifts?\s+)?from\s+(?P<giver>{_NP}){_STOP}", re.I),
    re.compile(rf"{_LEAD}(?P<giver>{_NP})\s+(?:also\s+)?gave\s+"
               rf"(?P<to>(?:him|her|them|the\s+\w+|[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)*))\s+"
               rf"(?P<what>(?:a|an|two|three|four|five|\d+|his|her|their|some)\b{_NP}){_STOP}"),
    re.compile(rf"{_LEAD}(?P<to>{_NP})\s+(?:also\s+)?received\s+(?P<what>{_NP}){_STOP}", re.I),
    re.compile(rf"{_LEAD}(?P<what>{_NP})\s+(?:was|were)\s+(?:already\s+)?"
               rf"(?:given|presented|gifted|brought|delivered|sent)\s+to\s+(?P<to>{_NP}){_STOP}", re.I),
]

VISIT_PATTERNS = [
    re.compile(rf"\bin\s+(?P<where>[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)*),\s+where\s+(?P<who>{_NP})\s+arrived\b"),
    re.compile(rf"{_LEAD}(?P<who>{_NP})\s+(?:also\s+)?(?:paid\s+an?\s+(?:\w+\s+)?visit\s+to|visited|arrived\s+in"
               rf"|travell?ed\s+to|went\s+to|flew\s+to|was\s+in|were\s+in)\s+(?P<where>{_NP}){_STOP}", re.I),
    re.compile(rf"{_LEAD}(?P<host>{_NP})\s+(?:has\s+|had\s+)?(?:also\s+)?(?:received|hosted|welcomed)\s+"
               rf"(?P<who>(?:an?|the)\s+{_NP}|[A-Z]{_NP}){_STOP}"),
    re.compile(rf"{_LEAD}(?P<who>{_NP})\s+(?:was|were)\s+(?:received|hosted|welcomed)\s+by\s+(?P<host>{_NP})"
               rf"{_STOP}", re.I),
]

_GIFT_NOUNS = re.compile(r"\b(?:gift|present)s?\b", re.I)
_LEADING_DATE = re.compile(r"^(?:(?:on|in|this|last|since|during|at the end of)\s+[^,]{0,40},\s*)", re.I)


@dataclass(frozen=True)
class GiftRow:
    giver: str
    recipient: str
    what: str


@dataclass(frozen=True)
class VisitRow:
    who: str
    where: str
    host: str


def gift_row(sentence: str) -> GiftRow | None:
    for pattern in GIFT_PATTERNS:
        m = pattern.search(sentence)
        if m and not _GIFT_NOUNS.fullmatch(m.group("what").strip()):
            g = m.groupdict()
            return GiftRow(_clean(g.get("giver") or ""), _clean(g.get("to") or ""), _clean(g["what"]))
    return None


def visit_row(sentence: str) -> VisitRow | None:
    for pattern in VISIT_PATTERNS:
        m = pattern.search(sentence)
        if m:
            groups = m.groupdict()
            return VisitRow(_clean(groups.get("who") or ""), _clean(groups.get("where") or ""),
                            _clean(groups.get("host") or ""))
    return None


def _clean(phrase: str) -> str:
    """Trim a captured phrase to the words that name the thing (still a verbatim slice)."""
    phrase = _LEADING_DATE.sub("", phrase.strip())
    return phrase.strip(" ,;–—")
