"""The tense of the clause holding a date: whether it speaks of what is to come (``is_future``), which
decides which year a month or day without one falls in and which week a bare weekday falls in; and the
smaller readings of what surrounds a date that the pickers share (a date moved to, a new date, a date still to
come or told as past).
"""

from __future__ import annotations

import re

from ..trie import trie_regex as shared_trie
from .attach_lists import irregular_pasts
from .context import Ctx, lead_start, prev_word
from .patterns import phrase_piece, phrase_regex, trie_regex
from .words import (
    CLAUSE_WORDS,
    CONDITIONAL_MARKERS,
    COUNTERFACTUAL_AFTER,
    DATE_MOVING_VERBS,
    DAY_SETTING_VERBS,
    DETERMINERS,
    FUTURE_ENDINGS,
    FUTURE_MARKERS,
    MARKER_ADVERBS,
    NOT_PLURAL_SUBJECTS,
    NOUN_LIKE_MARKERS,
    REPORTING_VERBS,
    RESCHEDULING_VERBS,
    SCHEDULED_PLURAL,
    SCHEDULED_PRESENT,
    SUBJECT_WORDS,
    WEEKDAYS,
)

# These run on the lower-cased sentence.
# not the comma of "1,300" nor the colon of "11:59"
# ... but not after "all": "all but emergency work", "all that was left" go on with the clause's own verb (each
# word looked behind only once matched: a look behind at every place of the text costs the reading); nor "that"
# after a preposition, a demonstrative: "is to be produced before that court on Wednesday"
_DEMONSTRATIVE = "".join(rf"(?<!\b{p}\sthat)" for p in "before in at on to from into for with of".split())
_NOT_AFTER_ALL = "|".join(rf"{w}(?<!\ball\s{w})" + (_DEMONSTRATIVE if w == "that" else "") for w in CLAUSE_WORDS)
_CLAUSE_BREAK = re.compile(rf"(?<!\d),|,(?!\d)|[;()\u2013\u2014]|:(?!\d)|\b(?:{_NOT_AFTER_ALL})\b")
# A few words set off by commas right after a date that opens its clause, naming the day: "the anniversary,"
_DAY_ASIDE = re.compile(r"(?:the|a|an|its|his|her|their)\s+[^,;:()]{1,60},\s*")
# a time of day right before the phrase, led by its preposition
_CLOCK_LEAD = re.compile(r"\b(?:at|by|from|until|shortly\s+(?:after|before))\s+(?:about\s+|around\s+)?"
                         r"\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm|h)?\s+$")
_AFTER_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()\u2013\u2014]")
# "would have", "would not have", "should never have", "would've": the conditional is counterfactual, about the past
_COUNTERFACTUAL = (rf"\s+(?:(?:not|never)\s+)?(?:{trie_regex(COUNTERFACTUAL_AFTER)})\b"
                   rf"|{'|'.join(map(phrase_regex, COUNTERFACTUAL_AFTER))}")
# "plan to", but not "a plan to" nor "the government's plan to": a noun after a determiner or a possessive
_UNDETERMINED = "".join(rf"(?<!\b{d} )" for d in DETERMINERS) + r"(?<!'s )(?<!\u2019s )"
_ADVERB = rf"(?:(?:{'|'.join(MARKER_ADVERBS)})\s+)?"


def _marker_piece(ch: str) -> str:
    """A marker's space may hold one adverb: "is now due", "was originally scheduled"."""
    return rf"\s+{_ADVERB}" if ch == " " else phrase_piece(ch)


_FUTURE = re.compile(rf"\b(?:{shared_trie(FUTURE_MARKERS, _marker_piece)})\b"
                     rf"|(?:{'|'.join(map(phrase_regex, FUTURE_ENDINGS))})\b"
                     rf"|{_UNDETERMINED}\b(?:{trie_regex(NOUN_LIKE_MARKERS)})\b"
                     rf"|\b(?:{trie_regex(CONDITIONAL_MARKERS)})\b(?!{_COUNTERFACTUAL})")
_PREPOSITION = re.compile(r"(?:on|in)\s")  # the preposition a phrase may open with
_RESCHEDULED = re.compile(rf"\b(?:{trie_regex(RESCHEDULING_VERBS)})\b", re.IGNORECASE)
# a verb moving a date, in the clause before the phrase
_MOVING = re.compile(rf"\b(?:{trie_regex(DATE_MOVING_VERBS)})\b[^,;]*$", re.IGNORECASE)
_NEW_DAY = re.compile(r"\bto\s+(?:no\s+(?:earlier|later)\s+than\s+)?$", re.IGNORECASE)  # "... to no earlier than"
# A state that lasts, told in the present, up to the phrase: "the port remains closed until Monday", "keeps
# the order in place until 11:59 p.m. on Friday": that day is still to come.
_LASTING = re.compile(r"\b(?:keeps?|remains?|stays?|runs?|lasts?|continues?|is|are)\b")
_ED_WORD = re.compile(r"\b[a-z]{2,}ed\b")
_PAST_BEFORE = re.compile(r"\b[a-z]{2,}ed\b(?!\s+by\b)")  # no participle with its agent ("declared by him")
_WAS = re.compile(r"\b(?:was|were|had)\b")
_UNTIL = re.compile(r"\b(?:until|till|through)\b")
# "until the end of the day on Friday": a word of lasting reaches the day past a few words; "what remains of the
# plane rolled through the gates of the base on Tuesday" moves through a place
_UNTIL_GAP = 5
_REPORTING = re.compile(rf"\b(?:{'|'.join(REPORTING_VERBS)})\b")
_LETTER = re.compile(r"[^\W\d_]")


def is_future(ctx: Ctx, start: int, end: int, *, programme: bool = False) -> bool:
    """Whether the clause holding the phrase at start:end speaks of the future (a heuristic).

    The verb governing a date usually comes before it in its clause ("talks will
    resume on Friday", "he said on Friday that ..."); only a date opening its
    clause ("On Friday, leaders will meet") is judged by what follows it, and
    then a reporting verb before the future marker ("On Friday, he said he will
    ...") keeps it in the past.

    With ``programme``, a happening told in the simple present ("holds its first hearing on Thursday") is to
    come too. Only a weekday asks for it: a headline tells past news in the present ("Kim meets Putin at
    cosmodrome on 13 September"), and a wrong week costs less than a wrong year.
    """
    low = ctx.low
    if moved_to(low, start) or _earliest_to_come(low, start):
        return True
    start = lead_start(ctx.text, start)
    if (clock := _CLOCK_LEAD.search(low, 0, start)) is not None:
        start = clock.start()  # "At 1:14 a.m. on Sunday, ... residents will set off": the time opens the clause
    lo = max(0, start - 200)  # the clause's own verb, however long its object ("will begin collecting ... on")
    breaks = [b for b in _CLAUSE_BREAK.finditer(low, lo, start)
              if not _joins_names(ctx.text, b) and not _joins_nouns(low, b, start) and not _joins_figures(low, b)]
    cut = breaks[-1].end() if breaks else lo
    if _LETTER.search(low, cut, start):
        # a marker ending in the phrase's own preposition ("talks begin on Tuesday") reads it in
        prep = _PREPOSITION.match(low, start)
        marks = list(_FUTURE.finditer(low, cut, prep.end() if prep else start))
        return bool(marks) and not _past_after(low, marks[-1].end(), start, marker=True) \
            or _lasts_until(low, cut, start, end) or _shares_verb(ctx.text, low, lo, breaks) \
            or programme and not marks and (_scheduled(low, cut, start) or _progressive(low, cut, start)) \
            or not marks and _when_to_come(low, lo, cut, start, breaks) \
            or not marks and _directed(low, cut, start) \
            or not marks and _subject_to_come(low, cut, start, end)
    after = low[end : end + 80].lstrip(" ,")
    if low[end : end + 2].lstrip().startswith(",") and (aside := _DAY_ASIDE.match(after)) is not None:
        after = after[aside.end():]  # "On Wednesday, the anniversary, unions will stage a strike"
    brk = _AFTER_BREAK.search(after)
    if brk and _SUBORDINATE_ASIDE.match(after, 0, brk.start()) and has_verb(WORD.findall(after, 0, brk.start())):
        # "On Sunday, almost five months after Israeli bombs killed him, Nasrallah will at last receive ...": the
        # aside's verb is its own clause's, and the main clause comes after it
        after = after[brk.end():].lstrip(" ,")
        brk = _AFTER_BREAK.search(after)
    if brk:
        after = after[: brk.start()]
    fut = _FUTURE.search(after)
    if fut is not None:
        # "On Friday, he said he will resign", "On Nov. 27, envoys settled the line they would take": past verbs'
        return _REPORTING.search(after, 0, fut.start()) is None \
            and not _past_after(after, 0, fut.start(), with_object=True)
    return _future_before_commas(low, lo, breaks)


# A future marker right after the phrase: "The reflection day on Thursday will run from 11 a.m."; not one told in
# the past ("The raid on Christmas Eve was planned for weeks") nor a participle ("expected a")
_NOT_AHEAD = frozenset("was were expected planned scheduled upcoming".split())
_THEN_FUTURE = re.compile(
    rf"\s*(?:{shared_trie([m for m in FUTURE_MARKERS if m.split()[0] not in _NOT_AHEAD], _marker_piece)})\b")


def _subject_to_come(low: str, cut: int, start: int, end: int) -> bool:
    """The phrase ends a subject, a noun with its determiner and no verb ("the reflection day on Thursday"), and a
    future marker follows it: the verb the date shares is still to come."""
    words = WORD.findall(low, cut, start)
    return bool(words) and words[0] in DETERMINERS and not has_verb(words) \
        and _THEN_FUTURE.match(low, end) is not None


# A clause set off by commas after a date opening the sentence, led by a subordinator within its first words
_SUBORDINATE_ASIDE = re.compile(r"(?:[\w-]+\s+){0,4}?(?:after|before|since|when|while|as|because|although|though)\s")


def has_verb(words: list[str]) -> bool:
    """A verb in the past, or an auxiliary, among the words: a clause, not a phrase ("as president-elect")."""
    return any(w.endswith("ed") and len(w) > 4 or w in irregular_pasts() or w in _VERB_WORDS for w in words)


# Someone urged, asked or called on to do something, the day after it: "urged residents to gather again at the
# city hall on Tuesday" is the Tuesday to come (not after "had" or a narrative's "then": "had invited him to testify
# in July")
_DIRECTED = re.compile(r"(?<!\bhad )(?<!\bthen )\b(?:urged|urges|urging|asked|asks|called\s+on|calls\s+on|invited|"
                       r"invites|encouraged|encourages)\s+(?:[\w'’\-]+\s+){1,4}?to\s+[a-z]+\b"
                       # ... or wanted done: "said it wanted the vote held on Saturday evening"
                       r"|\b(?:wants|wanted)\s+(?:the|a|an|its|their|his|her)\s+[\w\-]+\s+(?:held|done|[a-z]+ed)\b")


def _directed(low: str, cut: int, start: int) -> bool:
    """Someone is urged or asked to do something, and no past verb stands between that and the date."""
    last = max(_DIRECTED.finditer(low, cut, start), key=lambda m: m.start(), default=None)
    return last is not None and not _past_after(low, last.end(), start, marker=True)


_NAME_NEXT = re.compile(r"\s+(?-i:[A-Z])")
_NEXT_WORD = re.compile(r"\s+(?:(?:then|also|later)\s+)?([a-z]+)\b")
_OWN_SUBJECT = frozenset(SUBJECT_WORDS) | frozenset(DETERMINERS)


def _past_after(low: str, begin: int, start: int, *, with_object: bool = False, marker: bool = False) -> bool:
    """A verb in the past tense stands between the future marker and the date, so the marker belongs to the
    subject's words, and the date to that verb: "the leaders expected to meet in Geneva signed a deal in July". A
    participle after an auxiliary ("will be completed in July"), a determiner ("the planned July launch") or
    before a preposition ("cars made in China") is no such verb, nor, after a ``marker``, one right after the
    marker's own verb ("would tour damaged areas"). ``with_object`` asks for a determiner after it ("settled the
    line"), as a subject's own participle ("a group of displaced residents") has none."""
    words = [w.group() for w in WORD.finditer(low, begin, start)] + [""]
    own = next((i for i, w in enumerate(words) if w not in _AUXILIARIES), -1) if marker else -1
    for i, (before, w, after) in enumerate(zip(words, words[1:], words[2:])):
        if (w.endswith("ed") and len(w) > 4 or w in irregular_pasts()) and "-" not in w and before not in _AUXILIARIES \
                and before not in DETERMINERS and not before.endswith("ly") \
                and (after not in _PREPOSITIONS or before in _SUBJECT_PRONOUNS) \
                and before not in _PREPOSITIONS_BEFORE \
                and (not with_object or after in DETERMINERS) and i != own:
            return True
    return False


WORD = re.compile(r"[a-z']+(?:-[a-z']+)*")  # "purpose-built", "long-delayed": a hyphened word is no clause's verb
# "cars made in China", "a plant opened by the firm": a participle after its noun, no verb of the clause
_PREPOSITIONS = frozenset("in by at from on for with to under over into near".split())
# "to discuss Haiti behind closed doors on Thursday", "among wounded soldiers": a participle after a preposition
# describes the noun after it
_PREPOSITIONS_BEFORE = _PREPOSITIONS | frozenset("behind among against about between through without of".split())
# ... but "the estimate it issued on Sunday": after a pronoun, a verb of its own
_SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())
_AUXILIARIES = frozenset("be been being is are was were am has have had will would shall should can could may might "
                         "must to get gets got not never also just".split())


_SCHEDULED = re.compile(rf"\b(?:{trie_regex(SCHEDULED_PRESENT)})\b")
_SCHEDULED_PLURAL = re.compile(rf"\b(?:{trie_regex(SCHEDULED_PLURAL)})\b")
_NOT_A_SUBJECT = frozenset(DETERMINERS) | _PREPOSITIONS | frozenset("of as after before".split())


# ... or in the present progressive, the day right after its words: "is stepping down on Wednesday" (not "is
# recovering after surgery on Monday", where the day is the surgery's)
_PROGRESSIVE = re.compile(r"\b(?:is|are|am)\s+(?:also\s+|now\s+)?(?!being\b|going\b)([a-z]{3,}ing)\b"
                          r"(?![^,;]*\b(?:after|since|following|from|for|because|when|who|which|that|over)\b)[^,;]*$")


def _progressive(low: str, cut: int, start: int) -> bool:
    """... with no verb in the past tense between ("is keeping the estimate it issued Sunday")."""
    verb = _PROGRESSIVE.search(low, cut, start)
    return verb is not None and not _past_after(low, verb.end(1), start)


def _scheduled(low: str, cut: int, start: int) -> bool:
    """The clause's verb is a happening told in the simple present ("the task force holds its first hearing on
    Thursday"), as a programme is: no past tense after it, and no determiner, possessive or preposition before
    it, which would make it a noun ("the visits on Friday", "Kim's talks on Friday")."""
    if _WAS.search(low, cut, start):
        return False
    for verb in _SCHEDULED.finditer(low, cut, start):
        before = _subject_word(low, verb.start())
        if before and before not in _NOT_A_SUBJECT and not low[: verb.start()].rstrip().endswith(("'s", "\u2019s")) \
                and not _past_after(low, verb.end(), start):
            return True
    return any((_plural_subject(_subject_word(low, verb.start())) or _JOINED_SUBJECT.search(low, cut, verb.start()))
               and not _past_after(low, verb.end(), start) for verb in _SCHEDULED_PLURAL.finditer(low, cut, start))


# Two subjects joined by "and" right before a bare verb: "Saxony and Thuringia vote in state elections on Sunday";
# not a verb or an adverb before "and" ("has risen and prices close higher")
_JOINED_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\b(?:the|both)\s+)(?!(?:[a-z]+(?:ed|ly)|is|are|was|were|has|have|had)\b)"
                             r"[a-z]+\s+and\s+[a-z]+\s*$")


def _subject_word(low: str, at: int) -> str:
    """The word before the verb at ``at``, or before the aside set off by commas that stands there ("Kast, who won
    the run-off, takes office on March 11"; "The motions, filed after the budget was forced through, come up for a
    vote Wednesday")."""
    before, _ = prev_word(low, at)
    aside = _SUBJECT_ASIDE.search(low, 0, at) if not before else None
    return aside.group(1) if aside else before


# A subject's relative or participle clause set off by commas, right before the clause's verb: the subject is the
# word before it
_SUBJECT_ASIDE = re.compile(r"([a-z]+),\s+(?:who|which|[a-z]{3,}ed)\s[^,;:()]*,\s*$")


def _plural_subject(word: str) -> bool:
    """A word that can be the plural subject of a bare verb: "Slovaks", "voters", "they" (``prev_word`` gives letters
    only, so a possessive's "s" is too short to be one)."""
    return word in ("they", "we") or len(word) > 3 and word.endswith("s") and not word.endswith("ss") \
        and word not in NOT_PLURAL_SUBJECTS


_TEMPORAL = frozenset("when while".split())


def _when_to_come(low: str, lo: int, cut: int, start: int, breaks: list[re.Match[str]]) -> bool:
    """The phrase is in a clause of time told in the present ("when the current Congress ends in January") after
    a clause about the future ("The task force is expected to wind down"): that time is to come as well."""
    if not breaks or breaks[-1].group() not in _TEMPORAL or _WAS.search(low, cut, start) \
            or _ED_WORD.search(low, cut, start) \
            or any(w.group() in irregular_pasts() for w in WORD.finditer(low, cut, start)):
        return False
    begin = breaks[-2].end() if len(breaks) > 1 else lo
    return _FUTURE.search(low, begin, breaks[-1].start()) is not None


def _shares_verb(text: str, low: str, lo: int, breaks: list[re.Match[str]]) -> bool:
    """The clause after a last "and" has no subject of its own and the one before it speaks of the future:
    "Starliner will undock autonomously and return to a landing in early September". The word after "and" is
    then a verb in its bare form: lower case, no determiner or pronoun, no -s, -ed or -ing, no irregular past."""
    if not breaks or breaks[-1].group() != "and":
        return False
    word = _NEXT_WORD.match(low, breaks[-1].end())
    if word is None or not text[word.start(1)].islower() or word[1] in _OWN_SUBJECT \
            or word[1].endswith(("s", "ed", "ing")) or word[1] in irregular_pasts():
        return False
    begin = breaks[-2].end() if len(breaks) > 1 else lo
    return _FUTURE.search(low, begin, breaks[-1].start()) is not None


def _joins_names(text: str, brk: re.Match[str]) -> bool:
    """An "and" before a name joins two of the verb's objects, not two clauses: "is scheduled to question Barr
    and FDIC Chairman Martin Gruenberg on Thursday"."""
    return brk.group() == "and" and _NAME_NEXT.match(text, brk.end()) is not None


_FIGURE_BEFORE = re.compile(r"(?:\d|[ap]\.m\.|noon|midnight)\s*$")
_FIGURE_AFTER = re.compile(r"\s*\d")


def _joins_figures(low: str, brk: re.Match[str]) -> bool:
    """An "and" between two figures or times joins the ends of one stretch, not two clauses: "will land between 1
    p.m. and 4 p.m. on Sunday"."""
    return brk.group() == "and" and _FIGURE_BEFORE.search(low, 0, brk.start()) is not None \
        and _FIGURE_AFTER.match(low, brk.end()) is not None


def _joins_nouns(low: str, brk: re.Match[str], start: int) -> bool:
    """An "and" between two plural nouns, with no verb after it up to the phrase, joins two of the verb's objects:
    "would send five burn doctors and nurses from Wuhan on Thursday" is one clause, still to come."""
    if brk.group() != "and":
        return False
    before, _ = prev_word(low, brk.start())
    words = WORD.findall(low, brk.end(), start)
    return bool(words) and _plural_subject(before) and _plural_subject(words[0]) \
        and not has_verb(words)


_VERB_WORDS = _AUXILIARIES - {"to", "not", "never", "also", "just"}


def _lasts_until(low: str, cut: int, start: int, end: int) -> bool:
    """The clause tells, in the present, a state lasting until the phrase: no "was", "were" or "had" in it, and
    no past before the verb of lasting (an -ed word after it describes the state: "remains closed"; one with its
    agent describes the subject: "The mourning declared by the president runs until Saturday")."""
    lasting = _LASTING.search(low, cut, start)
    until = lasting and _UNTIL.search(low, lasting.end(), end)
    return bool(until) and (until.start() >= start or len(low[until.end():start].split()) <= _UNTIL_GAP) \
        and _PAST_BEFORE.search(low, cut, lasting.start()) is None and not _WAS.search(low, cut, start)


# "could take the stand as early as Thursday", "possibly as soon as Monday night": the earliest day of what may come,
# after a word of what may be ("as early as 1998" is a time something was already so, and "warned as early as
# Tuesday" a past day: a weekday only, and only after such a word)
_EARLIEST = re.compile(r"\bas\s+(?:early|soon)\s+as\s+(?:on\s+)?$")
_MAY_BE = re.compile(r"\b(?:could|may|might|can|possibly|likely)\b")


def _earliest_to_come(low: str, start: int) -> bool:
    if not low.startswith(WEEKDAYS, start) or _EARLIEST.search(low[max(0, start - 20):start]) is None:
        return False
    return _MAY_BE.search(low, max(low.rfind(".", 0, start), low.rfind(";", 0, start), 0), start) is not None


def moved_to(text: str, start: int) -> bool:
    """The phrase is the new date a verb that moves dates later sets: "extend the deadline ..., to Oct. 18". The
    text may be in any case: only the word before the phrase is lowered, not the sentence, as the attachment test
    asks on every phrase."""
    word, at = prev_word(text, start)
    return word.lower() in ("to", "until", "till") and _RESCHEDULED.search(text, max(0, at - 120), at) is not None


_FOR_AS = re.compile(r"\s+(?:for|as)\b")


def day_set(low: str, start: int, end: int) -> bool:
    """The phrase is the object of a verb setting a day, with what the day is for after it ("set Sept. 19 for his
    next appearance", "had fixed Jan. 10 as the final date"): the day set is after the setting, and the setting
    is close before the telling, so the day is the one nearest the article's date, whatever the tense."""
    return prev_word(low, start)[0] in DAY_SETTING_VERBS and _FOR_AS.match(low, end) is not None


def moved(text: str, start: int, end: int, phrase: str) -> bool:
    """The phrase at start:end is the old or the new day of a date moved ("pushed the undocking from June 22 to no
    earlier than June 26", "postponed the vote from Monday to Thursday"): the thing moved was set for it, not done
    on it. ``phrase`` is lower case."""
    if _MOVING.search(text, max(0, start - 80), start) is None:
        return False
    if phrase.startswith("from "):
        return " to " in phrase or re.match(r"\s+to\b", text[end:]) is not None
    return _NEW_DAY.search(text, max(0, start - 30), start) is not None and \
        re.search(r"\bfrom\b", text[max(0, start - 80):start]) is not None


UNTIL_LED = re.compile(r"(?:until|till)\s+", re.IGNORECASE)


def new_date(text: str, phrase: str, start: int) -> bool:
    """The phrase at ``start`` is the new end or day a verb moving dates sets ("extended the truce to May 31",
    "was postponed until Friday"), or the old and the new day ("moving the conference from March 16 to March
    20"): a date of the thing moved, not of the moving."""
    lead = UNTIL_LED.match(phrase)
    end = start + len(phrase)
    return moved_to(text, start + (lead.end() if lead else 0)) or moved(text, start, end, phrase.lower())


def to_come_before(text: str, at: int) -> bool:
    """Whether a future marker stands before position ``at`` in its sentence part: "will vote on Monday"; not when
    the phrase dates a saying in the past right before it ("will sell its tokens, its chief said on Sunday")."""
    start = max(text.rfind(c, 0, at) for c in ".;:") + 1
    return _FUTURE.search(text.lower(), start, at) is not None and _SAID_RIGHT_BEFORE.search(text, start, at) is None


_SAID_RIGHT_BEFORE = re.compile(r"\b(?:said|announced|confirmed|told\s+(?:\w+\s+){1,2}?)\s*"
                                r"(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)


def told_as_past(text: str, at: int) -> bool:
    """Whether a verb in the past tense, and no future marker, stands before position ``at`` in its sentence part:
    "made landfall on Oct. 28, 2025", not "the fiscal year that begins on July 1" or "would start on July 1"."""
    low = text.lower()
    start = max(text.rfind(c, 0, at) for c in ".;:") + 1
    return _FUTURE.search(low, start, at) is None and _past_after(low, start, at)


def future_after(text: str, end: int) -> bool:
    """Whether what follows position ``end``, up to the end of its sentence part, speaks of the future or a
    plan: "said Monday [they would push Congress ...]", "said Thursday [it expected to open ...]"."""
    rest = text[end:].lower()
    if rest.lstrip().startswith(","):
        return False  # "swapped rifles ..., the Kremlin said Thursday, as Moscow confirmed ...": said before it
    stop = re.search(r"[.;:]", rest)
    return _FUTURE.search(rest, 0, stop.start() if stop else len(rest)) is not None


def _future_before_commas(low: str, lo: int, breaks: list[re.Match[str]]) -> bool:
    """For a date set off by commas inside its clause, whether the clause's verb, before the commas, speaks of
    the future: "plans to host the vendors at its headquarters in Redmond, Washington, on Sept. 10"."""
    while breaks and breaks[-1][0] not in _HARD_BREAKS:
        soft = breaks.pop()
        begin = breaks[-1].end() if breaks else lo
        if breaks and breaks[-1][0].strip() in _RELATIVE:
            continue  # "advanced the bill, which would end the exemption, in October": the clause on the bill
        if _FUTURE.search(low, begin, soft.start()):
            return True
    return False


_RELATIVE = frozenset({"which", "who", "whom", "whose"})


_HARD_BREAKS = frozenset(";:()\u2013\u2014")  # what ends a clause for sure; commas and "and" may not
