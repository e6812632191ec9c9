"""Picking the mention that dates a sentence's event, and telling an anchor or a reporting date from it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import DateMention
from .attach_lists import irregular_participles
from .attach_rules import SOURCE
from .context import possessive
from .patterns import phrase_regex
from .tense import moved, moved_to
from .words import ANCHOR_WORDS, COUNT_REACHED, PERFECT_PARTICIPLES, REPORT_AUDIENCES, REPORT_VERBS

# "..., the ministry said on Friday": the date of the report, not of what it reports.
_REPORTED = re.compile(
    rf"\b(?:{'|'.join(REPORT_VERBS)})(?:\s+(?:{'|'.join(map(phrase_regex, REPORT_AUDIENCES))}))?\s*$",
    re.IGNORECASE,
)


def is_anchor(m: DateMention, sentence: str | None = None) -> bool:
    """A reference point ("since 2000", "by 2030"), or the day set for a thing the sentence names ("a day of
    mourning, to be held tomorrow"), not the date of the sentence's event."""
    low = m.phrase.lower()
    if low.startswith(("since the beginning", "since the start")):
        return False  # already the span up to the article date: it dates the event
    if low.startswith("since ") and m.precision in DAYS \
            and (m.start == 0 or (sentence is not None and _going_on(sentence, m.start))):
        return False  # "Since 11 October, importers have had to ...", "has been investigating brandy since
        # January 5": what began that day
    first = low.split(maxsplit=1)[0] if low else ""
    if first == "by" and m.precision in STOOD_BY and sentence is not None \
            and (HAD_DONE.search(sentence, m.end) or _WAS_THEN.match(sentence, m.end)
                 or _COUNT_THEN.match(sentence, m.end) if m.start == 0
                 else HAD_DONE.search(sentence, 0, m.start) or _COUNT_STOOD.search(sentence, 0, m.start)):
        return False  # "By Thursday evening, customers had asked for $42 billion", "had been restored by Tuesday
        # morning": where things stood that day
    # "extended the deadline ... to Oct. 18": the new deadline, a point of reference like "by Oct. 18"; so is
    # the end of a state a few words after "until" ("in place until 11:59 p.m. Pacific time on Friday")
    return first in ANCHOR_WORDS or (sentence is not None and (
        moved_to(sentence, m.start) or moved(sentence, m.start, m.end, low)
        or _UNTIL_BEFORE.search(sentence, max(0, m.start - 60), m.start) is not None
        or _NO_LATER_THAN.search(sentence, max(0, m.start - 20), m.start) is not None
        or _SET_FOR_IT.search(sentence, max(0, m.start - 40), m.start) is not None))


# a past perfect, an adverb perhaps before its participle ("had largely returned", "had put out", "had fallen")
HAD_DONE = re.compile(rf"\bhad\s+(?:(?:[a-z]+ly|also|already|just|now|not)\s+)?"
                      rf"(?:been|[a-z]+ed|{'|'.join(irregular_participles() + PERFECT_PARTICIPLES)})\b", re.IGNORECASE)
# "put the number of dead at 36 by Wednesday afternoon", "passed HK$2 billion by Tuesday", "were without
# electricity by Tuesday evening": a count or a state told in the past as reached by that day
_COUNT_STOOD = re.compile(rf"\b(?:{'|'.join(COUNT_REACHED)})\b(?![^,;:]*\b(?:will|would|must|should|could|to)\b)",
                          re.IGNORECASE)
# "By June 21, the agency's running count, drawn from ..., stood at 1,126": a count as it stood that day, told
# before any saying (not "By Friday, the company said the deal was off")
_COUNT_THEN = re.compile(rf"(?:(?!\b(?:said|says|told)\b)[^;:])*?{_COUNT_STOOD.pattern}", re.IGNORECASE)
# "By Nov. 11, FTX was in bankruptcy court": a state as it stood that day, the main verb right after the subject,
# an attribution perhaps before it ("By Tuesday night, according to the chief secretary, the names of 72 of the
# dead were known")
_WAS_THEN = re.compile(r",\s+(?:according\s+to\s+[^,;]+,\s+)?(?:(?!said\b|says\b|told\b)[\w’'\-]+\s+){1,7}?"
                       r"(?:was|were)\b", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+(?:[\w.:']+\s+){1,5}$", re.IGNORECASE)
_NO_LATER_THAN = re.compile(r"\b(?:no|not)\s+later\s+than\s+$", re.IGNORECASE)  # a deadline, as "by" is
# "announces a day of national mourning, to be held tomorrow": the day set for the thing just named, after a comma,
# not the day of the sentence's own event
_SET_FOR_IT = re.compile(r",\s+to\s+(?:be\s+(?:[a-z]+(?:ed|en)|held|kept|run)|take\s+place)"
                         r"\s+(?:(?:on|in|at|from)\s+)?$", re.IGNORECASE)


def _going_on(sentence: str, start: int) -> bool:
    """What has been going on since the day is the sentence's own clause, not a relative clause on one of its nouns
    ("..., where the main airport has been closed since Saturday" tells of the airport, not the event)."""
    going = _GOING_ON.search(sentence, 0, start)
    return going is not None and _RELATIVE_OPEN.search(sentence, 0, going.start()) is None


_RELATIVE_OPEN = re.compile(r",\s+(?:where|which|who|whose)\s[^,;]*$", re.IGNORECASE)
DAYS = frozenset({"day", "weekday"})
# "By Thursday evening" or "By March 2015", then a past perfect or a state: where things stood that day or month
STOOD_BY = DAYS | {"month"}
# A state or an activity going on since a day, told right before the phrase: "has been investigating",
# "have been held", "has been on hold", "has been in detention", what stopped that day ("have not used"), or what
# had been going on ("had been flagging the risk"); not a count since ("had been killed since Monday").
_GOING_ON = re.compile(r"\b(?:has|have)\s+(?:(?:also|long|now|[a-z]+ly)\s+)?(?:been\s+"
                       r"(?:[a-z]+(?:ing|ed)|held|kept|shut|run|built|on\s+hold|in\s+place|under\s+way"
                       r"|(?:in|under|behind)\s+[a-z]+)|not\s+[a-z]+ed"
                       # a state kept up: "have kept their building under blockade since Monday"
                       r"|(?:kept|held|occupied|blockaded|maintained)\s)\b[^,;]*$"
                       r"|\bhad\s+(?:(?:also|long|[a-z]+ly)\s+)?been\s+[a-z]+ing\b[^,;]*$",
                       re.IGNORECASE)


def _opens_report(m: DateMention, sentence: str, others: Sequence[DateMention] = ()) -> bool:
    """The mention opens the sentence right before its subject and a verb of reporting, and what is reported is
    told in the past perfect ("Earlier this month German prosecutors said they had searched a boat in January"),
    or has a day of its own up to the report's ("Also Monday, the command said a fourth body was recovered
    Sunday"): the date of the report, not of the search or the recovery."""
    lead = sentence[:m.start].strip(" \"'‘“")
    says = _SAYS_NEXT.match(sentence, m.end)
    if says is None or lead and not _ALSO.fullmatch(lead):
        return False
    end = clause.start() if (clause := _CLAUSE_END.search(sentence, says.end())) else len(sentence)
    # what was said, up to its clause's end: not a second clause's past perfect ("In February the bank reported a
    # loss for 2022, ..., and said clients had pulled")
    if HAD_DONE.search(sentence, says.end(), end) is not None:
        return not lead
    return any(says.end() <= o.start < end and o.precision in ("day", "weekday")
               and o.end_date <= m.start_date for o in others)  # type: ignore[operator]


_ALSO = re.compile(r"(?:also|separately|earlier|later)", re.IGNORECASE)  # "Also Monday, ...": wire style


_CLAUSE_END = re.compile(r"[,;:]")


# After a date opening the sentence: its subject (a few words) and a verb of reporting.
_SAYS_NEXT = re.compile(rf",?\s+(?:[\w'’.-]+\s+){{1,5}}?(?:{'|'.join(REPORT_VERBS)})\b", re.IGNORECASE)


# What was said denies that anything happened: "nothing unusual", "no sign of", "did not find".
_DENIAL = re.compile(r"\b(?:no|not|nothing|none|never|neither|nor)\b|n[’']t\b", re.IGNORECASE)


def _denied(sentence: str, told: DateMention, other: DateMention) -> bool:
    """What was said, between the saying's date and ``other``, denies that anything happened then."""
    return told.end <= other.start and _DENIAL.search(sentence, told.end, other.start) is not None


def is_reporting_date(m: DateMention, sentence: str) -> bool:
    """Whether the mention stands right after a reporting verb: "the ministry said on Friday". Not after a passive
    "reported" ("Cracks were first reported in 1998"): what was reported is the subject, and its reporting the news."""
    found = _REPORTED.search(sentence, max(0, m.start - 40), m.start)
    return found is not None and _PASSIVE_REPORTED.search(sentence, max(0, found.start() - 30), found.end()) is None


# "were first reported in 1998": the reporting is the event (not "the crisis that was declared on Monday", where
# the sentence's own verb is another)
_PASSIVE_REPORTED = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:(?:first|also|only|never|\w+ly)\s+)?"
                               r"reported\s*$", re.IGNORECASE)


def _looked_back(sentence: str, told: DateMention, m: DateMention) -> bool:
    """What was said is told in the past or present, and the other date stands after a comma, in a past perfect
    clause of its own: "officials said Saturday that only three people remained missing, down from the nearly 100
    they had listed earlier in the week". It is a look back; the state as of the saying is the news."""
    head = sentence[told.end : m.start]
    comma = head.find(",")
    return m.start > told.end and comma >= 0 and HAD_DONE.search(head, comma) is not None \
        and HAD_DONE.search(head, 0, comma) is None


def _named_in_what_was_said(sentence: str, told: DateMention, m: DateMention) -> bool:
    """What was said is told in the active past perfect, and the other date only names an event in it by its day
    ("said on Wednesday that 29 people had died in Monday's crash"): a toll as of the saying, the news of its day;
    the day named is the event's, which the sentence does not report."""
    done = HAD_DONE.search(sentence, told.end, m.start)
    return m.start > told.end and sentence.startswith(("'s", "\u2019s"), m.end) and done is not None \
        and not done.group().lower().endswith("been")  # "had been killed in Tuesday's protests": that day's


def _judged(sentence: str, told: DateMention, m: DateMention) -> bool:
    """The other date stands in the subject of what was said, right before the copula of a judgement on it: "said
    Thursday that the three objects jets shot down last weekend were most likely balloons". The judgement is the
    news of the day it was told; the day named is the thing's."""
    return m.start > told.end and _THAT.search(sentence, told.end, m.start) is not None \
        and _JUDGED_AFTER.match(sentence, m.end) is not None


_THAT = re.compile(r"\bthat\s", re.IGNORECASE)
_JUDGED_AFTER = re.compile(r"\s*(?:were|was|are|is)\s+(?:most\s+|very\s+|almost\s+)?"
                           r"(?:likely|probably|unlikely|not|no|a|an|the)\b", re.IGNORECASE)


def _example_of(sentence: str, told: DateMention, m: DateMention) -> bool:
    """The other date stands in an example of what was said, after a comma: "said Wednesday night that all its
    maintenance had been done, including a general overhaul in 2022". An example's date is the example's own."""
    return m.start > told.end and _EXAMPLE.search(sentence, told.end, m.start) is not None


_EXAMPLE = re.compile(r",\s+(?:including|such\s+as|among\s+them)\b", re.IGNORECASE)


def _expected_then(sentence: str, told: DateMention, m: DateMention) -> bool:
    """What was said is an expectation or an intent, and the other date is when it expects it: "UBS said on Monday
    it expected to complete the takeover as early as June 12", "the junta said Monday it intends to hold elections in
    August 2025", or a second thing said, still to come ("said on Tuesday that the
    census had been completed, and that cash would start reaching families next week"), or what was to come, told
    with "would" ("said Monday their meetings would go ahead from Oct. 9 to 15"), or a wish or a call for it ("said on
    Thursday it wanted doctors to stop work on Saturday"). The expectation is the news of the day it was told."""
    return m.start > told.end and _EXPECTED.search(sentence, told.end, m.start) is not None


_EXPECTED = re.compile(r"\b(?:expects?|expected|hopes?|hoped|aims?|aimed|anticipates?|anticipated|intends?|"
                       r"intended|plans?|planned|wants?|wanted)\s+to\b"
                       r"|\b(?:wants?|wanted|urged)\s+(?:[\w'’-]+\s+){1,5}?to\s+[a-z]"  # "wanted doctors to stop work"
                       r"|,\s+and\s+that\s+[^,;]*\bwill\b|\bwould\b",
                       re.IGNORECASE)


def _outranking(sentence: str, resolved: list[DateMention]) -> list[DateMention]:
    """The days of a sentence less those that yield to another of its days: a day set in what was agreed or
    decided ("agreed last month to hold the rerun on May 4"), a quoted "today" ('"We won today," he said on
    Sunday'), and a day that names a thing ("Monday's earthquake had claimed 73 lives by Wednesday evening"),
    though not to the day a cited source came out ("according to a count released on Monday")."""
    kept = [m for m in resolved if not _plan_after(sentence, m, resolved)]
    kept = [m for m in kept if not quoted_now(sentence, m)] or kept  # '"Tonight ...," he said late on Sunday'
    named = [m for m in kept if possessive(m, sentence)]
    # the day a cited source came out is no day of the event: "came first in Sunday's vote, according to a count
    # released on Monday" tells of Sunday's vote
    others = [m for m in kept if m not in named and SOURCE.search(sentence, 0, m.start) is None]
    return [m for m in kept if m not in named] if named and others else kept


def quoted_now(text: str, date: DateMention) -> bool:
    """A "today" or "tonight" inside a quotation is the speaker's day, which may be before the article's ("won
    today," he told supporters late Sunday, in Monday's paper): the narrative does not move to it, and a day the
    sentence gives the saying outside the quotation dates it."""
    return date.origin == "" and date.phrase.lower() in QUOTED_NOW \
        and any(q.start() < date.start < q.end() for q in QUOTATION.finditer(text))


QUOTED_NOW = frozenset({"today", "tonight", "this morning", "this afternoon", "this evening"})
QUOTATION = re.compile(r"“[^”“]+”|\"[^\"]+\"|«[^»«]+»")


def _plan_after(sentence: str, m: DateMention, others: Sequence[DateMention]) -> bool:
    """The day stands in what was agreed or decided to be done ("agreed last month to hold the rerun on May 4"),
    and another day dates the agreeing, before the infinitive: the day after it is the plan's."""
    plan = _PLAN_INFINITIVE.search(sentence, 0, m.start)
    return plan is not None and any(o is not m and o.end <= plan.start("to") for o in others)


# a verb of agreeing, deciding or asking, then an infinitive: what it sets for later
_PLAN_INFINITIVE = re.compile(r"\b(?:agreed|decided|voted|promised|pledged|vowed|resolved|ordered|asked|urged|"
                              r"called\s+on)\b[^,;]*?\b(?P<to>to)\s+[a-z]+\b(?![^,;]*\b(?:agreed|decided)\b)",
                              re.IGNORECASE)


def best_date(mentions: list[DateMention], sentence: str | None = None) -> DateMention | None:
    """The mention that dates the sentence's event, or None.

    Rule:

    1. A mention led by "since", "until", "till", "before", "after" or "by" is
       a reference point ("for the first time since 2000", "by 2030"), not the
       event's date, and is never chosen; "since the beginning of the year" is
       the exception, being the event's own span, and so is a day that opens
       the sentence or follows what has been going on since ("has been
       investigating brandy since January 5"): what began that day; and "By
       Thursday evening," opening a sentence in the past perfect ("customers
       had asked for $42 billion") or with a state in the past ("By Nov. 11,
       FTX was in bankruptcy court"), or "by <a day>" after a past perfect
       ("power had been restored by Tuesday morning"): where things stood that day.
    2. Among the rest, resolved mentions win over unresolved ones, and the one
       with the shortest interval (the most precise) wins; the earliest in the
       sentence on ties; with ``sentence``, some days yield (``_outranking``).
    3. When ``sentence`` is given, a mention right after a reporting verb
       ("the ministry said on Friday"), or opening the sentence before its
       subject and a reporting verb when what is reported is told in the past
       perfect ("Earlier this month prosecutors said they had searched a yacht
       in January") or has a day of its own up to the report's ("Also Monday,
       the command said a fourth body was recovered Sunday"), is used only
       when no other resolved mention is left: it dates the report, not the
       event; unless what was said denies that
       anything happened on the other days ("the agency said on Tuesday it had
       recorded nothing unusual on Monday"), or the other days stand in a past
       perfect clause after a comma ("said Saturday that three remained
       missing, down from the 100 they had listed earlier in the week"), or
       are when what was said is expected ("said on Monday it expected to
       complete the takeover as early as June 12", "said Monday their
       meetings would go ahead from Oct. 9 to 15", "..., and that cash would
       start reaching families next week"), or stand in an example of what
       was said ("..., including a general overhaul in 2022"), or only name
       the event of a toll told in the active past perfect ("had died in
       Monday's crash"): then the saying is the news.
    4. With nothing resolved, the first unresolved mention is returned so the
       caller can show it as undated; None when only anchors are left.
    """
    candidates = [m for m in mentions if not is_anchor(m, sentence)]
    resolved = [m for m in candidates if m.start_date is not None and m.end_date is not None]
    if sentence is not None and len(resolved) > 1:
        told = [m for m in resolved if is_reporting_date(m, sentence)]
        events = [m for m in resolved if m not in told and not _opens_report(m, sentence, resolved)]
        if told and events and all(_denied(sentence, told[0], m) or _looked_back(sentence, told[0], m)
                                   or _expected_then(sentence, told[0], m) or _example_of(sentence, told[0], m)
                                   or _named_in_what_was_said(sentence, told[0], m) or _judged(sentence, told[0], m)
                                   for m in events):
            events = told  # "AEMET said Tuesday it had detected nothing unusual on Monday": the saying is the news
        resolved = events or resolved
        resolved = _outranking(sentence, resolved)
    if resolved:
        return min(resolved, key=lambda m: (m.end_date - m.start_date, m.start))  # type: ignore[operator]
    return candidates[0] if candidates else None
