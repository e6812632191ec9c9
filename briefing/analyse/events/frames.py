"""The event a sentence reports: its main action, and where in the sentence its roles and place stand.

Read from the sentence's own words with the action table (``lexicon``): the
main action is the first verb of the main clause that states one (not an act
of saying, not inside a quotation or a subordinate clause); a sentence with
no such verb reports what its last action noun names ("the talks culminated
in the signing"). The parts of the sentence before and after that word are
where its subject and object stand; who is named there is read later, when
the people of the whole corpus are known (``curate.events``).
"""

from __future__ import annotations

import re

from ...model import Frame, Region
from ..dates.attach import irregular_pasts
from .asides import SAYS, subject_aside
from .lexicon import Action, Lexicon, Trigger, lexicon

SUBORDINATORS = frozenset("after since following before when while as because until which who whom whose that where "
                          "if though although once whether unless amid despite ahead".split())
BE = frozenset("is are was were be been being got get gets".split())
RELATIVE = frozenset("which who whom whose where".split())
CLAUSE_EDGE = re.compile(r"[;:()\u2013\u2014\[\]]|,\s+(?:which|who|whom|whose|where|when|while|as|after|before|"
                         r"since|because|although|though|but|and)\b|\s--\s")
PREPOSITIONS = re.compile(r"\b(to|with|from|by|on|against|into|for|at|in)\b", re.IGNORECASE)
ROLE_PREPOSITIONS = frozenset("to with from by on against into".split())
OBLIQUE = frozenset("for of after since before following during over about from into amid despite since follow "
                    "follows followed preceded precedes".split())  # "That claim followed Putin's visit": no visit
QUOTE_MARKS = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")
WORD = re.compile(r"[A-Za-z][\w'’\-]*")
# A named place after "in", "at" or "to": capitalised words, "the" and "of" allowed inside ("the Gulf of Mexico").
PLACE = re.compile(r"\b(?:in|at|to|near|outside|inside|(?:streets|outskirts|centre|center|suburbs?|town|city|"
                   r"village|port|capital|region|province)\s+of)\s+"
                   r"((?:the\s+)?(?:[A-Z](?:\.[A-Z])+\.|[A-Z][\w'’\-]*)(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’\-]*){0,4}"
                   r"(?:\s+(?:region|province|district|county|state|city|river|bay|harbou?r|port|airport|square|"
                   r"area|peninsula|oblast|krai|prefecture|island|islands|strait|sea|valley|border)\b)?)")
NOT_PLACES = frozenset(
    "January February March April May June July August September October November December Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday The A An This That His Her Its Their Our "
    # a month or a weekday cut short ("in the Nov. 24 first round", "in Sept. 2023"): a time, not a place
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun".split())


def read_frame(text: str, table: Lexicon | None = None, found: list[Trigger] | None = None) -> Frame | None:
    """The main event of a sentence, or None when no word of it states an action of the table; ``found`` are
    the sentence's triggers when the caller has them already."""
    table = table or lexicon()
    said = _attributions(text)
    triggers = [t for t in (table.triggers(text) if found is None else found)
                if not _quoted(text, t) and not any(a <= t.start < b for a, b in said)]
    main = _main(text, triggers, table) or _presence(text, triggers)
    if main is None:
        return None
    edge = _clause_end(text, main.end)
    passive = main.participle and _after_be(text, main.start)
    return Frame(
        action=main.action,
        trigger=Region(main.start, main.end),
        verbal=main.verbal,
        oblique=not main.verbal and oblique(text, main.start),
        passive=passive,
        subject=_subject(text, main.start),
        object=Region(main.end, edge),
        prepositions=_prepositions(text, main.end, edge),
        place=_place(text, table.actions[main.action]),
        others=tuple(sorted({t.action for t in triggers if t is not main and not table.actions[t.action].speech})),
    )


# "According to a statement released by the council, ...": where the news comes from, not what happened.
ATTRIBUTION = re.compile(r"(?:^|,\s*)according to\b[^,;]*", re.IGNORECASE)


def _attributions(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in ATTRIBUTION.finditer(text)]


# "A delegation led by Shoigu was in Pyongyang on Friday": being somewhere, by a named place, is a visit.
PRESENCE = re.compile(r"\b(?:was|were)\s+(?:in|at)\s+(?=(?:the\s+)?[A-Z])")


def _presence(text: str, triggers: list[Trigger]) -> Trigger | None:
    """A sentence with no action of its own that puts someone in a named place, as a visit."""
    m = PRESENCE.search(text)
    if m is None or triggers or _place(text) is None or _place(text).start != m.end():  # type: ignore[union-attr]
        return None
    return Trigger("visit", m.start(), m.end() - 1, True, False)


def _main(text: str, triggers: list[Trigger], table: Lexicon) -> Trigger | None:
    said = [t for t in triggers if not table.actions[t.action].speech and not _describes_object(text, t)]
    main_clause = [t for t in said if not _subordinate(text, t.start, triggers)]
    verbs = [t for t in main_clause if t.verbal]
    if len(verbs) > 1 and _reduced_relative(text, verbs[0], verbs[1]):
        return verbs[1]
    if verbs:
        return verbs[0]
    # Only nouns: the last one that is not the object of a preposition ("the talks culminated in the signing"
    # reports the signing, but "shield them from liability for the collapse" does not report a collapse).
    direct = [t for t in main_clause if not oblique(text, t.start)]
    if direct:
        return direct[-1]
    # ... else one of a subordinate clause, but not of one that only times the sentence by another event
    # ("registered a sound soon after the Titan lost contact"): that event is its point of reference
    candidates = main_clause or [t for t in said if not _time_reference(text, t.start)]
    return candidates[-1] if candidates else None


def _time_reference(text: str, at: int) -> bool:
    """The word at ``at`` stands in a clause opened by "after", "before", "since", "until" or "once"."""
    words = [w.group().lower() for w in WORD.finditer(text, clause_opening(text, at), at)]
    return any(w in REFERENCE_OPENERS for w in words)


REFERENCE_OPENERS = frozenset("after before since until till following time once".split())


# A past verb of the clause, then its object, right before a participle: "put the number of devices knocked
# out by the update at 8.5 million".
OBJECT_BEFORE = re.compile(r"\b([a-z]{2,})\s+(?:the|a|an|its|their|his|her|some|all|many)\s+(?:[\w'’\-]+\s+){0,5}$")


THINKING = frozenset("knew thought found felt showed meant feared saw believed expected hoped".split())


def _describes_object(text: str, t: Trigger) -> bool:
    """The trigger is a past participle after the object of the clause's own past verb, with no "be" or
    "have" before it: a clause describing that object ("put the number of devices knocked out by the update
    at 8.5 million"), not the sentence's action, which the table may not know."""
    if not t.verbal or not text[t.start:t.end].split(" ", 1)[0].endswith("ed") or _after_be(text, t.start):
        return False
    start = clause_opening(text, t.start)
    found = OBJECT_BEFORE.search(text, start, t.start)
    if found is None or AUXILIARY_BEFORE.search(text, start, t.start):
        return False
    verb = found.group(1)
    # "said the two leaders signed": what was said or thought is a clause of its own, with its own verb
    return PAST.fullmatch(verb) is not None and verb not in NOT_PAST and verb not in THINKING \
        and REPORTED_BEFORE.fullmatch(verb) is None


# What may stand between a noun's participle clause and the main verb after it: no clause break.
REDUCED_GAP = re.compile(r"[^,;:()\u2013\u2014]*", re.IGNORECASE)
AUXILIARY_BEFORE = re.compile(r"\b(?:was|were|is|are|has|have|had)\s+(?:(?:been|being|just|now|also|already)\s+)?$",
                              re.IGNORECASE)


def _reduced_relative(text: str, first: Trigger, later: Trigger) -> bool:
    """The first verb is a participle describing the noun before it, and the later one, with its auxiliary, is
    the sentence's: "the body of a worker killed in the collapse was recovered" reports the recovery."""
    between = text[first.end:later.start]
    if not first.participle or _after_be(text, first.start) or AUXILIARY_BEFORE.search(text, 0, first.start):
        return False
    if not REDUCED_GAP.fullmatch(between) or re.search(r"\b(?:and|or|but|then)\b", between, re.IGNORECASE):
        return False
    before = WORD.findall(text[:first.start])
    # a noun before the participle, not its subject's start: "Troops killed ..." has no noun to describe
    return len(before) >= 2 and AUXILIARY_BEFORE.search(text, 0, later.start) is not None


def oblique(text: str, at: int) -> bool:
    """A noun inside a prepositional phrase ("for the ... collapse", "after the visit"): named in passing."""
    before = WORD.findall(text[max(0, at - 60):at])[-6:]
    return any(w.lower() in OBLIQUE for w in before)


def _quoted(text: str, t: Trigger) -> bool:
    return any(m.start() < t.start and t.end <= m.end() for m in QUOTE_MARKS.finditer(text))


def clause_opening(text: str, at: int) -> int:
    """Where the stretch of the sentence holding ``at`` opens: after the last comma, semicolon, colon,
    parenthesis or dash before it (0 when none)."""
    return max(text.rfind(mark, 0, at) for mark in ",;:(\u2013\u2014") + 1


def _subordinate(text: str, at: int, triggers: list[Trigger]) -> bool:
    """The word at ``at`` stands in a subordinate or relative clause: a subordinator since the last comma,
    unless that clause's own verb comes in between ("a ship that lost power rammed the pier": "rammed" is
    the main verb again, while in "when it lost power and crashed" "and" keeps "crashed" in the clause)."""
    start = clause_opening(text, at)
    words = list(WORD.finditer(text, start, at))
    opened = [w.end() for w in words if w.group().lower() in SUBORDINATORS]
    if not opened:
        return False
    if start > 0 and _opens_with_subordinator(words):
        return True  # ", which Microsoft says crashed ...", ", days after Brussels said ...": a clause set off by
        # a comma runs to the next one
    closed = any(t.verbal and opened[-1] <= t.start and t.end <= at for t in triggers)
    joined = bool(words) and words[-1].group().lower() in ("and", "or", "then")
    return not closed or joined


# Words that may measure the time before a subordinator: ", days after ...", ", just hours before ...".
TIME_LEAD = frozenset("a an one two three four five few several some days day weeks week hours hour months month "
                      "years year minutes moments shortly just only soon even long".split())


def _opens_with_subordinator(words: list[re.Match[str]]) -> bool:
    """The clause's first word is a subordinator, or one comes after a measure of time ("days after")."""
    for w in words[:4]:
        low = w.group().lower()
        if low in SUBORDINATORS:
            return True
        if low not in TIME_LEAD:
            return False
    return False


def _clause_start(text: str, at: int) -> int:
    edges = [m.end() for m in CLAUSE_EDGE.finditer(text, 0, at)]
    return edges[-1] if edges else 0


def _subject(text: str, at: int) -> Region:
    """Where the subject of the verb at ``at`` stands: its clause up to the verb, less a relative clause
    set off by commas inside it ("24 trotters, which the leader loves, arrived": the trotters arrived)."""
    edges = list(CLAUSE_EDGE.finditer(text, 0, at))
    if not edges:
        return Region(0, at)
    last = edges[-1]
    opener = last.group().lstrip(", ").lower()
    if opener in RELATIVE and "," in text[last.end():at]:
        return Region(edges[-2].end() if len(edges) > 1 else 0, last.start())
    return Region(last.end(), at)


def _clause_end(text: str, at: int) -> int:
    m = CLAUSE_EDGE.search(text, at)
    return m.start() if m else len(text.rstrip(" .!?\"”’"))


def _after_be(text: str, at: int) -> bool:
    """A form of "be" (or "got") within the two words before: a passive."""
    before = WORD.findall(text[max(0, at - 30):at])[-2:]
    return any(w.lower() in BE for w in before)


def _prepositions(text: str, start: int, end: int) -> tuple[tuple[str, Region], ...]:
    """Each role-naming preposition after the action word, with the words up to the next preposition."""
    marks = [(m.group(1).lower(), m.start(), m.end()) for m in PREPOSITIONS.finditer(text, start, end)]
    out = []
    for n, (word, _, after) in enumerate(marks):
        if word in ROLE_PREPOSITIONS:
            stop = marks[n + 1][1] if n + 1 < len(marks) else end
            out.append((word, Region(after, stop)))
    return tuple(out)


def _place(text: str, action: Action | None = None) -> Region | None:
    """The first named place of the sentence; one after "to" only for an action that goes there ("flew to
    Pyongyang"), not one given to someone ("supplying weapons to Ukraine")."""
    for m in PLACE.finditer(text):
        if _named(m) and (m.group().split()[0] != "to" or action is None or action.role("to") == "place") \
                and ORIGIN_BEFORE.search(text, 0, m.start()) is None:
            return Region(m.start(1), m.end(1))
    return None


# Right before "in" a place: a participle saying where a thing comes from ("a rifle produced in North Korea",
# "a company based in Singapore"), not where the sentence's event happened.
ORIGIN_BEFORE = re.compile(r"\b(?:made|produced|manufactured|built|assembled|designed|grown|brewed|distilled|born|"
                           r"based|headquartered|registered|incorporated|founded|listed|raised|printed)\s+$")


def place_regions(text: str) -> list[Region]:
    """Every named place of the sentence ("in Pyongyang", "at the Kumsusan Guesthouse", "the streets of Arnby")."""
    return [Region(m.start(1), m.end(1)) for m in PLACE.finditer(text) if _named(m)]


def _named(m: re.Match[str]) -> bool:
    words = m.group(1).split()
    if words[0] == "the":
        words = words[1:]
    # "in Saturday's referendum", "at Monday's hearing": a time's occasion, not a place
    first = words[0].removesuffix("'s").removesuffix("’s") if words else ""
    return bool(words) and first not in NOT_PLACES and words[-1].lower() not in COMPANY_HEADS


# The last word of a company's name: "deposits at Silicon Valley Bank" name no place the event happened in.
COMPANY_HEADS = frozenset("bank bancorp bancshares group inc inc. corp corp. corporation company co co. ltd ltd. "
                          "limited llc plc holdings partners securities insurance airlines motors industries "
                          "enterprises".split())


# A verb in the past tense: a regular -ed form (lower case, not a name), a common irregular one, or "did" ("did not").
PAST = re.compile(r"\b(?:[a-z]{2,}ed|was|were|did|had(?=\s+(?:a|an|the|talks|several|some|no)\b)|"
                  rf"{'|'.join(irregular_pasts())})\b")
# A past verb, then "to" and the action: "agreed on Oct. 24 to pay", "urged Congress to approve", "asked the court
# to dismiss": the agreeing, urging or asking is the thing done.
AGREED_TO = re.compile(r"\b([a-z]{3,}ed|voted|agreed)\b(?:\s+(?:on|in)\s+[\w.]+(?:\s+\d+)?)?"
                       r"(?:\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?[\w'’-]+)?\s+to\s+$")
# Right before an action's verb: the present perfect.
PERFECT = re.compile(r"\b(?:has|have)\s+(?:just\s+|now\s+|already\s+)?(?:been\s+)?$", re.IGNORECASE)
# Right before an action's verb: the past perfect ("had sued", "had already been told"); not a plan that
# "had been expected" or "had been due".
PAST_PERFECT = re.compile(r"\bhad\s+(?:[a-z]+ly\s+|already\s+|just\s+|first\s+|also\s+|once\s+|long\s+|never\s+)?"
                          r"(?:been\s+)?$", re.IGNORECASE)
_IRREGULAR = ("been|done|made|taken|given|held|met|seen|sent|spoken|struck|paid|led|put|set|flown|won|lost|"
              "brought|found|begun|written|told|said|known|left|kept|built|bought|fought|sold|spent|hit")
PERFECT_IN_CLAUSE = re.compile(rf"\bhad\s+(?:[a-z]+ly\s+)?(?:[a-z]{{2,}}ed|{_IRREGULAR})\b")
REPORTED_BEFORE = re.compile(r"\b(?:said|says|told|announced|reported|stated|added|noted|wrote|confirmed|explained|"
                             r"acknowledged|insisted|claimed|argued)\b", re.IGNORECASE)
# Before an action's verb: it is still to come.
FUTURE = re.compile(r"\b(?:will|would|shall|expect(?:s|ed)?\s+to|aims?\s+to|hopes?\s+to|plans?\s+to|planned\s+to|"
                    r"intends?\s+to|set\s+to|due\s+to|(?:is|are|was|were)\s+to|going\s+to|scheduled\s+to|"
                    r"likely\s+to)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# After an action's noun: "a visit expected in October", "talks planned for next week", "the hearing, set for
# next month,".
PLANNED_AFTER = re.compile(r",?\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:expected|planned|scheduled|due|set\s+for)\b",
                           re.IGNORECASE)
# Before an action's noun: one still to come ("the next meeting", "an upcoming visit").
AHEAD_BEFORE = re.compile(r"\b(?:next|upcoming|forthcoming|coming|planned|proposed|future)\s+(?:[a-z\-]+\s+)?$",
                          re.IGNORECASE)
# -ed words that are seldom the verb of a sentence.
NOT_PAST = frozenset("based named called expected planned scheduled proposed alleged so-called reported "
                     "armed united limited advanced detailed interested concerned related supposed used".split())
# Before a verb: a modal, a future, a perfect or an infinitive: not (yet) a thing done.
NOT_DONE = re.compile(r"\b(?:will|would|shall|may|might|could|should|must|can|to|has|have|had\s+been|is|are|am|"
                      r"going|expected|plans?|set|due)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def done(text: str, frame: Frame | None) -> bool:
    """The sentence states something done, in the past tense: its main action's verb, or else the first verb
    of its main clause in the past ("radioed", "denied"), not after "will", "has", "is to", "expected to"."""
    if frame is not None and frame.verbal and not frame.oblique:
        agreed = AGREED_TO.search(text, max(0, frame.trigger.start - 40), frame.trigger.start)
        if agreed and agreed.group(1).lower() not in NOT_PAST:
            return True  # "agreed to pay", "voted to approve": the agreement is the thing done
        verb = _verb_start(text, frame)
        return NOT_DONE.search(text, max(0, verb - 40), verb) is None
    clause = _main_clause(text)
    embedded = -1  # where a clause inside the subject opens, until its own verb has come
    for m in PAST.finditer(clause):
        if m.group().lower() in NOT_PAST and not _after_its_subject(clause, m) or _describes_a_noun(clause, m.start()) \
                or _remaining(clause, m):
            continue
        opened = EMBEDDING.search(clause, embedded + 1, m.start())
        if opened is not None:
            embedded = m.start()  # this verb is the embedded clause's: "of how Delta treated passengers"
            continue
        return NOT_DONE.search(clause, max(0, m.start() - 40), m.start()) is None
    return False


def _after_its_subject(clause: str, m: re.Match[str]) -> bool:
    """A word seldom a verb right after a name or a personal pronoun is one: "Faure called the line-up a
    provocation", "Macron named Bayrou"; not "a group called ...", "a man named ..."."""
    return m.group().lower() in VERBS_AFTER_A_NAME and _NAME_OR_PRONOUN.search(clause, 0, m.start()) is not None


VERBS_AFTER_A_NAME = frozenset("called named reported proposed alleged".split())
_NAME_OR_PRONOUN = re.compile(r"(?:\b(?-i:[A-Z][\w'’\-]*[a-z])|\b(?:he|she|they|we|it|I))\s+$", re.IGNORECASE)


def _remaining(clause: str, m: re.Match[str]) -> bool:
    """"left" after what someone has ("have 40 hours of air left", "with two days left"): what remains, no verb."""
    return m.group() == "left" and HAVE_BEFORE.search(clause, 0, m.start()) is not None


HAVE_BEFORE = re.compile(r"\b(?:have|has|had|having|with)\s+[^,;:]*$", re.IGNORECASE)


# A clause inside the subject, whose verb is not the sentence's: "the investigation of how Delta treated
# passengers ... is continuing".
EMBEDDING = re.compile(r"\b(?:how|why|what|whether)\b", re.IGNORECASE)


def earlier(text: str, frame: Frame | None) -> bool:
    """The main action is stated in the past perfect ("had sued", "said they had agreed"): a step back to
    before the time the narrative has reached, which it neither takes nor gives."""
    if BY_THEN.match(text):
        return False  # "By evening she had agreed ...": where things stood at the narrative's time, no step back
    if frame is not None and frame.verbal and not frame.oblique:
        verb = _verb_start(text, frame)
        perfect = PAST_PERFECT.search(text, max(0, verb - 30), verb)
    else:
        clause = _past_openers(text)
        perfect = PERFECT_IN_CLAUSE.search(clause)
        if perfect is not None and SUBORDINATE.search(clause, 0, perfect.start()):
            return False  # "found that the commission had failed", "an order that had kept": another clause's verb
    # "American said it had restarted": reported speech moves a plain past back a step, and that is no flashback
    return perfect is not None and REPORTED_BEFORE.search(text, 0, perfect.start()) is None


# A time the sentence's state is told at, opening it: "By evening, ...", "By Thursday evening, ...".
BY_THEN = re.compile(r"\W*By\s+[^,;]{1,30}?(?:,|\s+(?=[A-Z]|she\b|he\b|they\b|it\b|we\b))")
# Opening a clause inside the main one, whose verb is not the main action's.
SUBORDINATE = re.compile(r"\b(?:that|which|who|whom|whose|when|after|before|because|since|until|once|although|"
                         r"though|if|whether)\b", re.IGNORECASE)


# "the talks", "that trip", "the tete-a-tete talks": a definite noun phrase naming an event told before.
DEFINITE = re.compile(r"\b(?:the|that|this|these|those)\s+(?:[a-z][\w\-]*\s+){0,2}$", re.IGNORECASE)


def referred(text: str, table: Lexicon | None = None, found: list[Trigger] | None = None) -> str:
    """The kind of action of the first event the sentence names as one already told ("During the talks, ...",
    "on that trip"), or "": a noun led by a definite determiner, outside quotes."""
    table = table or lexicon()
    for t in table.triggers(text) if found is None else found:
        if not t.verbal and not _quoted(text, t) and DEFINITE.search(text, max(0, t.start - 40), t.start) \
                and not table.actions[t.action].speech:
            return t.action
    return ""


def _main_clause(text: str) -> str:
    """The sentence up to its first comma, or the part after a fronted phrase ("At the end of the talks, Kim
    asked ...") that holds no verb of its own."""
    parts = CLAUSE_CUT.split(text, maxsplit=2)
    first = parts[0]
    if len(parts) > 1 and FRONTED.match(first) and not _past_verb(first):
        return parts[1]  # "In a televised address, Yoon called ...": "televised" describes the address
    if len(parts) > 2 and not PAST.search(first) and subject_aside(parts[1]) and not SAYS.match(parts[2]):
        # "Trump, who was joined by Vance, first stopped at ...", "Saman Kunan, 38, lost consciousness": the
        # subject, then its verb after the aside about it; not "Mauger, who led the search, said ...": the
        # saying is no thing done of the story's
        return first + " " + CLAUSE_CUT.split(parts[2], maxsplit=1)[0]
    return first


# Where a clause ends: not in a figure ("4,300") or a time of day ("At 1:53 a.m., he placed ..."), though a live
# entry's stamp opening the sentence ("5:01 p.m.: The charges went off") is cut at its colons: live.py reads it.
CLAUSE_CUT = re.compile(r",(?!\d{3}(?!\d))|[;(]|(?:(?<=^\d)|(?<=^\d\d)):|:(?!\d\d\s*[ap]\.?m\b)|\s[\u2013\u2014]\s")


# A phrase opening the sentence with a preposition or a participle ("At the end of the talks,", "As evidence,",
# "During the visit,", "Speaking near the site,").
FRONTED = re.compile(r"\W*(?:(?i:at|in|on|during|after|before|following|amid|despite|for|by|with|under|since|as)\s"
                     r"|[A-Z][a-z]{2,}ing\s)")


def _past_openers(text: str) -> str:
    """The main clause, after what opens the sentence before it: a time phrase with no verb and a clause of its
    own ("The evening before, as the gusts built, the weather service had put Maui under a warning")."""
    parts = CLAUSE_CUT.split(text, maxsplit=OPENERS)
    for part in parts[:OPENERS]:
        if not (OPENING_CLAUSE.match(part) or len(part.split()) <= OPENING_WORDS and not PAST.search(part)
                and OPENING_TIME.search(part)):
            return part
    return _main_clause(text)


OPENERS = 3  # parts of a sentence, set off by commas, that may open it before its main clause
OPENING_WORDS = 4  # a time phrase opening a sentence ("The evening before", "Two days later")
OPENING_TIME = re.compile(r"\b(?:morning|afternoon|evening|night|day|week|month|year|before|after|later|earlier|ago|"
                          r"then|[A-Z][a-z]+day)s?\b", re.IGNORECASE)
OPENING_CLAUSE = re.compile(r"\s*(?:as|when|while|after|before|because|since|although|though|once|until|if)\s",
                            re.IGNORECASE)


def _verb_start(text: str, frame: Frame) -> int:
    """Where the last word of the action's trigger starts: its verb, after any helper the trigger holds ("will
    cost", "has signed")."""
    cut = text.rfind(" ", frame.trigger.start, frame.trigger.end)
    return frame.trigger.start if cut < 0 else cut + 1


def recent(text: str, frame: Frame | None) -> bool:
    """The main action is stated in the present perfect: "has arrived", "have signed", "has been received"."""
    if frame is None or not frame.verbal or frame.oblique:
        return False
    return PERFECT.search(text, max(0, frame.trigger.start - 30), frame.trigger.start) is not None


def planned(text: str, frame: Frame | None) -> bool:
    """The sentence states its main action as to come: "will visit", "is expected to approve", "plans to
    sign", "a visit expected in October". A plan and the thing done are two events."""
    if frame is None or frame.oblique:
        return False
    verb = _verb_start(text, frame)
    if FUTURE.search(text, max(0, verb - 40), verb):
        return True
    return not frame.verbal and (PLANNED_AFTER.match(text, frame.trigger.end) is not None
                                 or AHEAD_BEFORE.search(text, max(0, frame.trigger.start - 30),
                                                        frame.trigger.start) is not None)


def _past_verb(text: str) -> bool:
    """A verb in the past, not an -ed word describing a noun ("a televised address"); a relative clause's is one
    ("In the weeks that followed")."""
    return any(not _describes_a_noun(text, m.start()) or RELATIVE_THAT.search(text, 0, m.start())
               for m in PAST.finditer(text))


RELATIVE_THAT = re.compile(r"\b(?:that|which|who)\s+$", re.IGNORECASE)


def _describes_a_noun(text: str, at: int) -> bool:
    """Right after a determiner or a preposition, an -ed word describes the noun after it ("the fallen span",
    "an inquiry into suspected sabotage", "jailed for alleged fraud"): no verb follows either."""
    before = WORD.findall(text[max(0, at - 20):at])
    return bool(before) and before[-1].lower() in BEFORE_A_NOUN


BEFORE_A_NOUN = frozenset("the a an this that its their his her "
                          "into of for on in with about over from against among between under".split())
