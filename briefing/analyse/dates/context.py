"""The sentence around a match: what a rule handler is given, and the checks it makes on the words nearby.

False positives are avoided by context: a month name must be capitalised and, without a day or year, needs a
preposition or last/this/next before it ("Russia may respond", "a protest march", "Theresa May" are no dates); a
year alone needs a preposition ("in 2000", "since 2000") or the "the 2022 election" shape; bare numbers ("30
horses") and ordinals ("the fifth meeting") are never dates. A leading preposition ("on", "in", "since") is kept
in the phrase: it changes what the date means to the sentence.

The tense of the clause holding a date (``is_future``) decides which year a
month or day without one falls in, and which week a bare weekday falls in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..trie import trie_regex as shared_trie
from .attach_lists import irregular_pasts
from .patterns import MONTH_ANY, phrase_piece, phrase_regex, trie_regex
from .words import (
    CAP_OK_BEFORE,
    CLAUSE_WORDS,
    CONDITIONAL_MARKERS,
    CONTEXT_WORDS,
    COUNTERFACTUAL_AFTER,
    DETERMINERS,
    EVENT_NOUNS,
    FULL_MONTHS,
    FUTURE_ENDINGS,
    FUTURE_MARKERS,
    LEAD_WORDS,
    MARKER_ADVERBS,
    MONTHS,
    NOT_PLURAL_SUBJECTS,
    NOUN_LIKE_MARKERS,
    PART_ALIASES,
    REPORTING_VERBS,
    RESCHEDULING_VERBS,
    SCHEDULED_PLURAL,
    SCHEDULED_PRESENT,
    SUBJECT_WORDS,
    WEEKDAYS,
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


# --------------------------------------------------------------------------- tense

# These run on the lower-cased sentence.
# not the comma of "1,300" nor the colon of "11:59"
_CLAUSE_BREAK = re.compile(rf"(?<!\d),|,(?!\d)|[;()\u2013\u2014]|:(?!\d)|\b(?:{'|'.join(CLAUSE_WORDS)})\b")
# A few words set off by commas right after a date that opens its clause, naming the day: "the anniversary,"
_DAY_ASIDE = re.compile(r"(?:the|a|an|its|his|her|their)\s+[^,;:()]{1,40},\s*")
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
# A state that lasts, told in the present, up to the phrase: "the port remains closed until Monday", "keeps
# the order in place until 11:59 p.m. on Friday": that day is still to come.
_LASTING = re.compile(r"\b(?:keeps?|remains?|stays?|runs?|lasts?|continues?|is|are)\b")
_ED_WORD = re.compile(r"\b[a-z]{2,}ed\b")
_WAS = re.compile(r"\b(?:was|were|had)\b")
_UNTIL = re.compile(r"\b(?:until|till|through)\b")
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
    lo = max(0, start - 200)  # the clause's own verb, however long its object ("will begin collecting ... on")
    breaks = [b for b in _CLAUSE_BREAK.finditer(low, lo, start)
              if not _joins_names(ctx.text, b) and not _joins_nouns(low, b, start)]
    cut = breaks[-1].end() if breaks else lo
    if _LETTER.search(low, cut, start):
        # a marker ending in the phrase's own preposition ("talks begin on Tuesday") reads it in
        prep = _PREPOSITION.match(low, start)
        marks = list(_FUTURE.finditer(low, cut, prep.end() if prep else start))
        return bool(marks) and not _past_after(low, marks[-1].end(), start, marker=True) \
            or _lasts_until(low, cut, start, end) or _shares_verb(ctx.text, low, lo, breaks) \
            or programme and not marks and _scheduled(low, cut, start) \
            or not marks and _when_to_come(low, lo, cut, start, breaks)
    after = low[end : end + 80].lstrip(" ,")
    if low[end : end + 2].lstrip().startswith(",") and (aside := _DAY_ASIDE.match(after)) is not None:
        after = after[aside.end():]  # "On Wednesday, the anniversary, unions will stage a strike"
    brk = _AFTER_BREAK.search(after)
    if brk:
        after = after[: brk.start()]
    fut = _FUTURE.search(after)
    if fut is not None:
        # "On Friday, he said he will resign", "On Nov. 27, envoys settled the line they would take": past verbs'
        return _REPORTING.search(after, 0, fut.start()) is None \
            and not _past_after(after, 0, fut.start(), with_object=True)
    return _future_before_commas(low, lo, breaks)


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
    words = [w.group() for w in _WORD.finditer(low, begin, start)] + [""]
    own = next((i for i, w in enumerate(words) if w not in _AUXILIARIES), -1) if marker else -1
    for i, (before, w, after) in enumerate(zip(words, words[1:], words[2:])):
        if (w.endswith("ed") and len(w) > 4 or w in irregular_pasts()) and "-" not in w and before not in _AUXILIARIES \
                and before not in DETERMINERS and not before.endswith("ly") and after not in _PREPOSITIONS \
                and (not with_object or after in DETERMINERS) and i != own:
            return True
    return False


_WORD = re.compile(r"[a-z']+(?:-[a-z']+)*")  # "purpose-built", "long-delayed": a hyphened word is no clause's verb
# "cars made in China", "a plant opened by the firm": a participle after its noun, no verb of the clause
_PREPOSITIONS = frozenset("in by at from on for with to under over into near".split())
_AUXILIARIES = frozenset("be been being is are was were am has have had will would shall should can could may might "
                         "must to get gets got not never also just".split())


_SCHEDULED = re.compile(rf"\b(?:{trie_regex(SCHEDULED_PRESENT)})\b")
_SCHEDULED_PLURAL = re.compile(rf"\b(?:{trie_regex(SCHEDULED_PLURAL)})\b")
_NOT_A_SUBJECT = frozenset(DETERMINERS) | _PREPOSITIONS | frozenset("of as after before".split())


def _scheduled(low: str, cut: int, start: int) -> bool:
    """The clause's verb is a happening told in the simple present ("the task force holds its first hearing on
    Thursday"), as a programme is: no past tense after it, and no determiner, possessive or preposition before
    it, which would make it a noun ("the visits on Friday", "Kim's talks on Friday")."""
    if _WAS.search(low, cut, start):
        return False
    for verb in _SCHEDULED.finditer(low, cut, start):
        before, _ = prev_word(low, verb.start())
        if before and before not in _NOT_A_SUBJECT and not low[: verb.start()].rstrip().endswith(("'s", "\u2019s")) \
                and not _past_after(low, verb.end(), start):
            return True
    return any(_plural_subject(prev_word(low, verb.start())[0]) and not _past_after(low, verb.end(), start)
               for verb in _SCHEDULED_PLURAL.finditer(low, cut, start))


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
            or any(w.group() in irregular_pasts() for w in _WORD.finditer(low, cut, start)):
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


def _joins_nouns(low: str, brk: re.Match[str], start: int) -> bool:
    """An "and" between two plural nouns, with no verb after it up to the phrase, joins two of the verb's objects:
    "would send five burn doctors and nurses from Wuhan on Thursday" is one clause, still to come."""
    if brk.group() != "and":
        return False
    before, _ = prev_word(low, brk.start())
    words = _WORD.findall(low, brk.end(), start)
    return bool(words) and _plural_subject(before) and _plural_subject(words[0]) \
        and not any(w.endswith("ed") and len(w) > 4 or w in irregular_pasts() or w in _VERB_WORDS for w in words)


_VERB_WORDS = _AUXILIARIES - {"to", "not", "never", "also", "just"}


def _lasts_until(low: str, cut: int, start: int, end: int) -> bool:
    """The clause tells, in the present, a state lasting until the phrase: no "was", "were" or "had" in it, and
    no -ed word before the verb of lasting (one after it describes the state: "remains closed")."""
    lasting = _LASTING.search(low, cut, start)
    return lasting is not None and _UNTIL.search(low, lasting.end(), end) is not None \
        and _ED_WORD.search(low, cut, lasting.start()) is None and not _WAS.search(low, cut, start)


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


UNTIL_LED = re.compile(r"(?:until|till)\s+", re.IGNORECASE)


def new_date(text: str, phrase: str, start: int) -> bool:
    """The phrase at ``start`` is the new end or day a verb moving dates sets ("extended the truce to May 31",
    "was postponed until Friday"): a date of the thing moved, not of the moving."""
    lead = UNTIL_LED.match(phrase)
    return moved_to(text, start + (lead.end() if lead else 0))


def to_come_before(text: str, at: int) -> bool:
    """Whether a future marker stands before position ``at`` in its sentence part: "will vote on Monday"."""
    start = max(text.rfind(c, 0, at) for c in ".;:") + 1
    return _FUTURE.search(text.lower(), start, at) is not None


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


ENTRY_LABEL = re.compile(r"[A-Za-z]+\.?:\s|\d{4}:\s")  # a month or a year alone, then a colon, opening the line
_LAST_YEAR = re.compile(r"\b\d{4}$")  # a list's year before "and": it must be introduced like a date itself


def names_event(ctx: Ctx, start: int, end: int) -> bool:
    """ "the 2022 election", "the 2024 Olympics", "the June summit": a date used to name an event."""
    if prev_word(ctx.text, start)[0].lower() != "the":
        return False
    nxt = next_word(ctx.text, end)
    if not nxt:
        return False
    # A capitalised name follows a year ("the 2024 Olympics"), but after a month it
    # is more likely a name of its own ("the March on Washington" has none, "the May Day rally").
    return nxt.lower() in EVENT_NOUNS or (nxt[0].isupper() and ctx.text[start].isdigit())


def range_words_fit(pre: str, sep: str) -> bool:
    """ "between X and Y", "from X to Y", and the days "on X and Y" ("on 17 and 18 November", "on Sunday and
    Monday": the event, or the two it tells, took those days); not "from X and Y", "between X to Y" or a bare
    "X and Y" ("signed in 2019 and 2022")."""
    if sep == "and":
        return pre in ("between", "on")
    if pre in ("between", "on"):
        return sep in ("-", "–", "—")
    return True
