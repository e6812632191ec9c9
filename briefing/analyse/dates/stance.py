"""What was said, right after the saying's date or before the saying, that makes the saying the news: a stance
held from then on, a judgement quoted, a state as it stood that day ("said Saturday that only three people remained
missing"), what was under way as it was said ("said on Tuesday that the strike was costing Boeing $1 billion a
month"), or a count as it stood ("the death toll rose to 18, the governor said on Thursday", "said on Wednesday that
the confirmed death toll had risen to 39", "said on Thursday that 461 pilgrims died")."""

from __future__ import annotations

import re

from .attach_lists import irregular_participles
from .patterns import trie_regex
from .words import STANCE_MARKERS, STATE_MARKERS

_STANCE = re.compile(rf"\b(?:is|are|was|were|be|been)\s+(?:{trie_regex(STANCE_MARKERS)})\b")
_STATE = re.compile(rf"\b(?:{trie_regex(STATE_MARKERS)})\b")
# A judgement quoted after a copula: "said on Sunday that the collapse was "a fundamental act of justice"" is the
# saying's news, not a report of the collapse.
_QUOTED_JUDGEMENT = re.compile(r"\b(?:is|was|are|were)\s+[\"“]")


def stance_after(text: str, end: int) -> bool:
    """Whether what follows position ``end``, up to the end of its sentence part, states a stance held from
    the saying on: "said this week [it was willing to consider a restructured deal]"."""
    rest = text[end:].lower()
    if rest.lstrip().startswith(","):
        return False
    if _COUNT_SUBJECT.match(rest):
        return True  # "said on Thursday that 461 pilgrims died": a count as it stood, the news of that day
    stop = re.search(r"[.;:]|,\s+(?:and|but)\b", rest)
    end = stop.start() if stop else len(rest)
    if _STANCE.search(rest, 0, end) is not None or _QUOTED_JUDGEMENT.search(rest, 0, end) is not None:
        return True
    # a state or a count as it stood that day, in the clause right after the saying ("said on Wednesday that the
    # confirmed death toll had risen to 39"): not one a later clause looks back on
    clause = re.search(r"[,;:]", rest)
    cut = clause.start() if clause else end
    return any(p.search(rest, 0, cut) is not None for p in _STOOD_OR_COUNTED)


# "said on Thursday that 461 pilgrims died": a count leading what was said (not a passive past perfect, an
# earlier occasion: "said Thursday that 35 commanders had been invited to the talks")
_COUNT_SUBJECT = re.compile(r"\s+(?:that\s+)?(?:(?:about|around|nearly|almost|at\s+least|more\s+than|some|only|over)"
                            r"\s+)?\d[\d,.]*\s+(?!(?:years?|months?|weeks?|days?|hours?)\b)(?![^,;]*\bhad\s+been\b)")
# "said Oct. 31 that about 8,000 soldiers were in Kursk", "said Friday the situation had been very difficult": a
# copula before no participle is a state as the saying found it (not "was sending": what was under way may be a
# plan, told on its own day or not; nor "had been killed": an event)
_COPULA_STATE = re.compile(r"\b(?:was|were|had\s+been)\s+(?!being\b|(?:[a-z]+ly\s+)?(?:[a-z]{3,}(?:ed|en|ing)|"
                           rf"{'|'.join(irregular_participles())})\b)")
# "said on Tuesday that the strike was costing Boeing more than $1 billion a month": what was under way as it was
# said (not "was going to", a plan)
_UNDER_WAY = re.compile(r"\b(?:was|were)\s+(?:still\s+|now\s+)?(?!going\b)[a-z]{3,}ing\b")
# what was said as it stood when it was said: a state, a copula's state, what was under way
_AS_IT_STOOD = (_STATE, _COPULA_STATE, _UNDER_WAY)


def state_before(text: str, start: int) -> bool:
    """Whether the clause before the saying, set off by a comma, states a state or a count as it stood when it
    was said: "At least 92 people remained unaccounted for, Gov. Roy Cooper said Tuesday", "the death toll rose to
    18, the governor said on Thursday"."""
    comma = text.rfind(",", 0, start)
    if comma < 0:
        return False
    low = text[:comma].lower()
    sub = _SUBORDINATE.search(low)  # "lost power twice while it was still tied up": the while clause's state
    main = low[:sub.start()] if sub else low
    return any(p.search(main) is not None for p in _STOOD_OR_COUNTED)


_SUBORDINATE = re.compile(r"\b(?:while|when|after|before|because|as|since|although|though|until|once|if)\b")
# a count as it stood when it was said: "the death toll rose to 18, the governor said on Thursday"
_COUNT_NOW = re.compile(r"\b(?:rose|risen|climbed|jumped|reached|stood|topped|exceeded|passed)\s+(?:to\s+|at\s+)?"
                        r"(?:more\s+than\s+|at\s+least\s+|about\s+|nearly\s+|almost\s+|over\s+)?\d")
# what makes the saying the news when told right before or right after it: a state or a count as it stood
_STOOD_OR_COUNTED = (*_AS_IT_STOOD, _COUNT_NOW)
