"""The attachment rules' patterns (``attach.py`` applies them), built from the word lists of
``data/attachment.yml``: what stands right around a date phrase, the clause it stands in, and clauses describing a
noun that no word opens."""

from __future__ import annotations

import re

from .attach_lists import irregular_participles, irregular_pasts
from .tense import WORD, has_verb
from .words import FULL_MONTHS, HOLIDAYS, NUMBER_WORDS, REPORT_VERBS, WEEKDAYS

# A noun set off by commas, described by a participle with the phrase: "he described Ion Antonescu, the wartime
# dictator executed in 1946, as a national hero" (not a source's saying: ", the ministry confirmed on Monday,").
APPOSED_PARTICIPLE = re.compile(rf",\s+(?:the|a|an)\s+(?:[\w’'\-]+\s+){{0,3}}?(?!(?:{'|'.join(REPORT_VERBS)})\b)"
                                r"[a-z]{3,}ed\s+(?:(?:in|on|at|during)\s+)?$", re.IGNORECASE)
# The subject's event named with its date, the verb after it: "The crush of ", "The magnitude 9.0 quake of "
SUBJECT_OF = re.compile(r"\W*the\s+(?:[a-z\-]+\s+(?:\d+(?:\.\d)?\s+)?)?[a-z\-]{4,}\s+of\s+", re.IGNORECASE)
# ... "Oct. 29, 2022," before the verb, perhaps with an apposition ("of December 1939, the previous worst, killed") or
# a second subject ("of March 11, 2011 and the tsunami it raised killed")
YEAR_SET_OFF = re.compile(r"(?:,\s+\d{4})?(?:,\s+(?:the|a|an)\s+[\w’'\- ]{1,40}?,(?=\s))?,?"
                          r"(?:\s+and\s+the\s+[a-z\-]+(?:\s+(?:it|that)\s+[a-z]+ed)?(?=\s+[a-z]+ed\b))?", re.I)
# The comma closing the aside; a participle after it ("..., a Utah judge ruled on Monday, rejecting a bid") shows
# the words before were a source's finite verb set after what it said, not a noun's description.
SET_OFF_END = re.compile(r"\s*,(?!\s*[a-z]+ing\b)")
# ... or by a relative clause with the phrase: "The guard, the same unit that turned back a putsch in March 2021,
# moved against the president" (in an apposition, "that" after a noun opens a relative clause, not what was said).
APPOSED_RELATIVE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w’'\-]+\s+){1,4}?that\s+[^,;]*$", re.IGNORECASE)
# A noun phrase set beside the name that opens the sentence: "Lt. Mariano Pargas, the acting chief that day,"
# is the subject, and a verb after its closing comma is the main one.
OPENING_NAME_APPOSED = re.compile(r"(?:[A-Z][\w.'’\-]*\s+){0,4}[A-Z][\w.'’\-]*,\s+"
                                  r"(?i:the|a|an|his|her|its|their)\s[^,;()]*")
THAT_END = re.compile(r"\bthat\s+$", re.IGNORECASE)
DESIGNATED_AS = re.compile(r",?\s+(?:will|shall|would|is\s+to)\s+be\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?"
                           r"(?:day|holiday|date)s?\b", re.IGNORECASE)


def set_aside(before: str, after: str) -> bool:
    """The day is said to be set aside for something ("decided that Monday 23 December shall be a day of national
    mourning", "declares a day of mourning across Serbia for Saturday", "announces three days of mourning starting
    Monday"): it dates the mourning, not the decision."""
    return THAT_END.search(before) is not None and DESIGNATED_AS.match(after) is not None \
        or MOURNING_SET_FOR.search(before) is not None


MOURNING_SET_FOR = re.compile(r"\b(?:declare[sd]?|declaring|announce[sd]?|announcing|proclaim(?:s|ed|ing)?|"
                              r"call(?:s|ed)?|order(?:s|ed)?)\s+[^,;]*?\b(?:mourning|holidays?|days?\s+off)\b[^,;]*?"
                              r"\b(?:for|starting|beginning|from)\s+$", re.IGNORECASE)


# "By decree of 7 October 2025, the President appointed ...": the instrument the sentence's act was done by, its
# date the act's.
BY_DECREE = re.compile(r"\W*by\s+(?:(?:a|the|presidential|royal|executive|government)\s+)*"
                       r"(?:decree|order|resolution|ordinance)\s+(?:no\.?\s*[\w/\-]+\s+)?of\s+", re.IGNORECASE)


def within_the_occasion(before: str, noun: int) -> bool:
    """The thing ``before[:noun]`` goes on to name by its date ("the first quake of Feb. 6, 2023") is the occasion
    the sentence's verb, right before it, happened in: "The hotel collapsed in the first quake of Feb. 6, 2023",
    "were killed in the attack of 7 October". Not in what was said ("said on Wednesday that 192 had been killed in
    the operation of 19 and 20 September"): a toll as of the saying."""
    found = IN_THE_OCCASION.search(before, 0, noun)
    return found is not None and (found.group(1).endswith("ed") or found.group(1) in irregular_pasts()) \
        and SAID.search(before, 0, found.start()) is None


IN_THE_OCCASION = re.compile(r"\b([a-z]{3,})\s+(?:(?:down|up|out|off|away)\s+)?(?:in|during|amid)\s+the\s+"
                             r"(?:[a-z\-]+\s+){0,2}$", re.IGNORECASE)  # "burned down in the great fire of"
SAID = re.compile(rf"\b(?:{'|'.join(REPORT_VERBS)})\b", re.IGNORECASE)


# Prepositions a verb takes its object with ("agreed with the findings ...", "objected to the offer ..."): a
# participle after that object describes it as it would an object taken directly.
OBJECT_LEADS = "with|to|on|about|into|over|against|for"


def build(data: dict) -> dict[str, re.Pattern[str]]:
    """Every rule's pattern, from the data file's lists (and ``data["prepositions"]``, the prepositions a clause
    describing a noun may go on with)."""
    return {**_phrase_rules(data), **_opener_rules(data), **_clause_rules(data), **_unopened_rules(data),
            **_verb_rules(data)}


# "appear before the House committee on Wednesday", "testified before lawmakers", "bowed before television
# cameras", "bowed before a memorial altar": in front of a body, an audience or a thing, no time; the nouns are
# data/attachment.yml's audiences and fronts; a body may be named without an article, its head word last ("brought
# before Christchurch District Court")
def _before_a_body(data: dict) -> str:
    return (r"before\s+(?:(?:the|a)\s+(?-i:[A-Z])|(?:the\s+|a\s+|an\s+|(?:(?-i:[A-Z])[\w’'\-]*\s+){1,4})?"
            r"(?:[a-z]+\s+)?"
            rf"(?:{alternation(data['audiences'])})\b"
            rf"|(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[a-z]+\s+)?(?:{alternation(data['fronts'])})\b)")


def _sequence_opener(data: dict) -> str:
    """"after", "before", "since" or "until" opening a time the event is set against; not "before" an audience, nor
    "after" a verb it makes a pursuit of ("went after the gunman") or a gap of moments ("minutes after it left")."""
    words = data["chasing_verbs"].split() + data["moments"].split()
    # each checked only once its opener has matched: a look behind at every place of the text costs the reading
    openers = "|".join(opener + "".join(rf"(?<!\b{word}\s{opener})" for word in words)
                       for opener in data["sequence_openers"].split())
    return rf"\b(?!{_before_a_body(data)})(?:{openers})\s+"


def _clock_time(data: dict) -> str:
    """A time of day: a word for one, digits, or an hour in words before its part of the day ("nine this
    morning", read up to the phrase: "nine" ends the text before "this morning")."""
    return rf"(?:(?:{alternation(data['time_words'])})\b|\d|{HOUR_WORDS}\s+(?:o['’]clock\b|$))"


# the hours of the clock in words, from the counts in words ("a" and "an" count one but name no hour)
HOUR_WORDS = rf"(?:{'|'.join(w for w, n in NUMBER_WORDS.items() if 1 <= n <= 12 and w not in ('a', 'an'))})"


def alternation(words: list[str] | str) -> str:
    items = words.split() if isinstance(words, str) else words
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


CALENDAR = alternation([*FULL_MONTHS, *WEEKDAYS])  # month and weekday names, for the patterns below
# Holidays on one day of the year name a day as a month and day do: "the New Year's Day attack" is the attack's
HOLIDAY_NAMES = alternation(list(HOLIDAYS)).replace("'", "['’]")


def _phrase_rules(data: dict) -> dict[str, re.Pattern[str]]:
    """What stands right around the phrase: the noun it describes, the word that leads it."""
    return {
        # "according to a balance sheet dated June 30, 2022": the date of a document the sentence cites, not of what
        # it tells ("In a letter dated Aug. 31, the committee had warned" is the letter's, and the warning's)
        "dated": re.compile(r"\baccording\s+to\s[^,;()]*\bdated\s+$", re.I),
        # a lower-case word after the phrase that it can describe: not an adverb (-ly) or a past form (-ed)
        # ... not a past with no -ed opening its predicate ("late Sunday set up a commission", "Monday sent a")
        # (not a verb in the past with its particle, object or complement: "last Friday made public their file")
        "noun_after": re.compile(rf"^(?:'s|’s)?\s+(?!(?:{alternation(data['not_nouns'])})\b)"
                                 rf"(?!(?:{alternation(data['irregular_pasts'])})\s+(?:up|out|off|down|back|a|an|the"
                                 r"|its|his|her|their|public|clear|known|available)\b)[a-z][a-z\-]+(?<!ly)(?<!ed)\b"),
        "place_head": re.compile(rf"(?:{alternation(data['place_heads'])})", re.I),
        # after a date naming the sentence's subject event, a verb of causing: "The July 29 attack triggered ..."
        "causing_verb": re.compile(rf"(?:{alternation(data['causing_verbs'])})", re.I),
        "report_noun": re.compile(rf"(?:{alternation(data['report_nouns'])})$"),
        "report_modifier": re.compile(rf"(?:{alternation(data['report_modifiers'])})$"),
        # "answered a July 29 letter", "replied to Friday's statement": another party's earlier report
        "answered": re.compile(rf"\b(?:{alternation(data['answer_verbs'])})\s+(?:to\s+)?"
                               rf"(?:(?:{alternation(data['determiners'])})\s+)?$", re.I),
        # a phrase led by a preposition ("on Thursday", "in June") modifies a clause, never the noun after it
        "led": re.compile(r"^(?:on|in|at|during|by|from|through|throughout|over|within|for)\s", re.I),
        # ... except after a preposition that governs the noun after it: "over July meltdown", "about Monday vote"
        "noun_lead": re.compile(rf"^(?:{alternation(data['noun_leads'])})\s", re.I),
        # "In July's consultation", "at Monday's hearing": the occasion the sentence's event happened at
        "occasion": re.compile(r"^(?:in|at|during)\s", re.I),
        # ... not a time of a day ("on the night of March 20", "in the early hours of Sunday"): the phrase is when
        "led_the": re.compile(rf"^\w+\s+the\s+(?!\d+(?:st|nd|rd|th)\b)"
                              rf"(?!(?:(?:early|late|small)\s+)?(?:{alternation(data['time_nouns'])})\s+of\b)", re.I),
        "calendar": re.compile(rf"\d|\b(?:{CALENDAR}|{HOLIDAY_NAMES})\b", re.I),
        # a determiner right before the phrase: "a Thursday hearing" names an event
        "determiner_before": re.compile(rf"\b(?:{alternation(data['determiners'])})\s+$", re.I),
        # what may stand before a report that a sentence is about: its start, or what was said ("said its")
        "subject_before": re.compile(rf"(?:^|\b(?:{alternation(data['complement_words'])}|that)\s+)\W*"
                                     rf"(?:(?:{alternation(data['determiners'])})\s+)?(?:[a-z]+\s+){{0,2}}$", re.I),
        # ... and a noun opening what was said, not the sentence: "said the report ...", "argued that the ruling ..."
        "said_of": re.compile(rf"\b(?:{alternation(data['complement_words'])})\s+(?:that\s+)?"
                              rf"(?:(?:{alternation(data['determiners'])})\s+)?(?:[a-z]+\s+){{0,2}}$", re.I),
        "of_before": re.compile(rf"\b(?!(?:{alternation(data['time_nouns'])})\b)[a-z]+\s+of\s+$", re.I),
        # "a law from 1851": a year after a noun, not after a verb ("dates from", "applied from")
        "noun_from": re.compile(r"\b[a-z]+(?<!ed)(?<!s)\s+$", re.I),
    }


NOT_A_QUANTITY = "(?<!more )(?<!less )(?<!fewer )"  # "more than a foot": a quantity, not a comparison


def _opener_rules(data: dict) -> dict[str, re.Pattern[str]]:
    """Clauses and phrases a word opens before the date phrase: a relative or subordinate clause, a fronted
    clause, a comparison, a schedule, a sequence."""
    return {
        "relative": re.compile(rf",\s*(?:{alternation(data['relative_openers'])})\b|(?<!^)\((?=[^)]*$)", re.I),
        # (not "after midnight on Jan. 1", "before 3 a.m. on Friday", "as of 2 p.m. today": times; "as a": a role)
        "subordinate": re.compile(rf"\b(?:{alternation(data['subordinate_openers'])})\b(?!(?<=as)\s+(?:of|at|a|an)\b)"
                                  rf"(?!(?<=after)\s+{_clock_time(data)})(?!(?<=before)\s+{_clock_time(data)})", re.I),
        # (not "Before dawn Saturday, missiles hit ...", "After midnight, ...": a time of the main clause's own event)
        "fronted": re.compile(rf"^\W*(?:{alternation(data['fronted_openers'])}|"
                              rf"{alternation(data['fronted_phrases'])})\b"
                              rf"(?!(?<=after)\s+{_clock_time(data)})(?!(?<=before)\s+{_clock_time(data)})", re.I),
        # ... up to a clause that says what happened instead ("..., but the Commission brought it forward")
        # "the first meeting between the two since April 2019", "its only visit since 2000": the phrase names
        # the last time before, which is background, not the time of what the sentence tells
        "first_since": re.compile(r"\b(?:first|only)\b[^,;]*$", re.I),
        # "the most senior leader killed since Israel assassinated Yassin, in March 2004": the day set off after
        # such a clause, with a verb of its own, is the earlier event's ("first meeting since the flood, on the
        # 14th" is the meeting's)
        "since_clause": re.compile(rf"\b(?:{alternation(data['superlatives'])})\b[^;]*?\bsince\s[^,;]*\w{{3,}}ed\b"
                                   r"[^,;]*,\s*$", re.I),
        # "attended yesterday's swearing-in": attending is on the occasion's day
        "attending": re.compile(rf"\b(?:{alternation(data['attending_verbs'])})\s+$", re.I),
        # "up from some 60 on Sunday": the figure a count is set against, and its date, are an earlier state's
        "compared": re.compile(rf"{NOT_A_QUANTITY}\b(?:{alternation(data['comparison_openers'])})\s[^,;]*$", re.I),
        # "set the next court date for Feb. 21": the day set, not the day it was set on
        "scheduled": re.compile(rf"\b(?:{alternation(data['scheduling_nouns'])})\s+(?:for|of|as)\s+$"
                                rf"|\b(?:{alternation(data['scheduling_verbs'])})\s+(?:{alternation(data['determiners'])})"
                                r"\s+(?:[\w\-]+\s+){1,4}?for\s+$", re.I),
        # ", a finding that the general repeated on Sept. 15": a noun summing up the clause before, with its own clause
        "summing_up": re.compile(rf",\s+an?\s+(?:[a-z\-]+\s+)?(?:{alternation(data['summing_up_nouns'])})"
                                 r"\s+(?:that|which)\s[^,;]*$"),
        # "declared 24 March a day of national mourning": the day declared, when a day is what it is declared
        "declared": re.compile(rf"\b(?:{alternation(data['declaring_verbs'])})\s+$", re.I),
        # ", due to take effect on Wednesday", ", now due to launch in late September": a plan for the noun before
        # the comma, told with no verb of its own; the plan's day, not the day of the clause it hangs on
        "appended_plan": re.compile(rf",\s+(?:(?:now|still)\s+)?(?:{alternation(data['plan_words'])})\s+to\s+"
                                    rf"(?:{alternation(data['plan_verbs'])})\b[^,;]*$", re.I),
        # "has apologised and says he expects a full day of flights tomorrow": a second verb of saying joined to
        # the main one tells a plan; the phrase is the plan's day, not the day of the clause before the "and"
        "coordinated_plan": re.compile(r"\band\s+(?:said|says|added|adds)\s+(?:that\s+)?[^,;]*\b(?:will|would|"
                                       r"expects?\s+|expected\s+to|hopes?\s+to|plans?\s+to|aims?\s+to|intends?\s+to|"
                                       r"(?:is|was|are|were)\s+due\s+to)\b[^,;]*$", re.I),
        "superseded": re.compile(rf"\b(?:{alternation(data['superseded_plans'])})\b"
                                 r"(?:(?!,\s*(?:and|yet|so|then|instead)\b|\bbut\b)[^;])*$"
                                 rf"|\b(?:{alternation(data['first_plans'])})\b[^,;]*$", re.I),
        # "were launched after Wang and Dombrovskis spoke by video on October 25": the phrase dates what came
        # before the event, in a clause or phrase opened by "after" or "before" with no comma since
        "sequence": re.compile(rf"{_sequence_opener(data)}"
                               rf"(?!{_clock_time(data)}|(?:{CALENDAR})\b)"
                               r"[^\W\d_][^,;]*$|\bbehind\s+(?-i:[A-Z])[^,;]*$", re.I),
        # ... but "The first refugees to leave since its surrender reached Armenia on Sunday": a superlative's "since"
        # names a thing, and the past verb after it is the sentence's own ("at least", "at most": a count's words)
        "since_named": re.compile(r"^(?![^,;]*\b(?:is|are|was|were|has|have|had|will|would)\s[^,;]*\bsince\b)[^,;]*?"
                                  rf"\b(?<!\bat\s)(?:{alternation(data['superlatives'])})\b[^,;]*?\bsince\s+"
                                  rf"(?:(?:the|its|his|her|their|a|an|this|that)\s+)?[\w’'\-]+\s+"
                                  rf"(?-i:[a-z]{{3,}}ed|{alternation(data['irregular_pasts'])})\b"
                                  rf"(?![^,;]*\b(?:{alternation(data['sequence_openers'])})\b)[^,;]*$", re.I),
        # ... and so does a ranking's "behind Silicon Valley Bank on Friday and Washington Mutual in 2008"
    }


def _verb_rules(data: dict) -> dict[str, re.Pattern[str]]:
    """Where a clause's own verb ends and another clause begins."""
    finite = alternation(data['finite_verbs'])
    past = f"{alternation(data['irregular_pasts'])}|{alternation(data['irregular_participles'])}|[a-z]{{3,}}ed"
    return {
        # a finite verb or one in the past tense, with the participles right after it ("were wrecked", "had been
        # found"); not a participle after a determiner or a preposition ("a flooded quarry")
        "verb_group": re.compile(rf"{_not_after(data['determiners'] + ' of in on at by for with from')}"
                                 rf"\b(?-i:{finite}|{past})\b(?:\s+(?-i:{past}|been|be|being|not|also|already|just)\b)*"),
        # a clause opening inside the described one: a verb after it is that clause's, not the main one coming back
        # ("a search that began when Thompson was shot outside the hotel on Wednesday"; not "before" an audience)
        "within_clause": re.compile(rf"\b(?:when|while|after|(?!{_before_a_body(data)})before|because|until|once)\s",
                                    re.I),
        # an aside set off by commas, with no verb of its own, before the subject's verb ("Five people arrested on
        # January 29, three from Vale and two from TÜV SÜD, were freed on Feb. 5")
        "aside_next": re.compile(r",\s+(?!(?:and|but|or|nor|then|yet|so)\b)"
                                 r"(?:(?!\b(?:who|which|that|whose|where|when)\b"
                                 rf"|\b(?-i:{alternation(data['finite_verbs'])})\b)[^,;]){{1,60}}?,"),
        # "..., the officials said Tuesday, so families should see their first payments early next year": what
        # follows "so" is a consequence to come, and the phrase is its day
        "consequence": re.compile(r",\s+so\s+(?!far\b|much\b|many\b)[^,;]*\b(?:will|would|should|could|can|may|might|"
                                  r"must)\b[^,;]*$", re.I),
    }


def _not_after(words: str) -> str:
    """A look behind for each of ``words`` before a space: Python's look behind takes one width at a time."""
    return "".join(rf"(?<!\b{w}\s)" for w in words.split())


def _clause_rules(data: dict) -> dict[str, re.Pattern[str]]:
    """The clause the phrase stands in: a clause describing a noun, a participle's or a "with" clause, and where
    it ends."""
    return {
        # "recalled persuading him over a long dinner in 2012": the recalled thing's year (not after "is": "is
        # remembered for" tells the thing itself)
        "recalled": re.compile(rf"(?<!\bis\s)(?<!\bwas\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bare\s)(?<!\bwere\s)"
                               rf"\b(?:{alternation(data['recalling_verbs'])})\s+(?!that\b)[^,;]*$", re.I),
        # a clause opening with a verb in the past: a predicate
        "past_verb_opens": re.compile(rf"\s*(?-i:[a-z]{{3,}}ed|{alternation(data['irregular_pasts'])})\s"),
        # "that" after a noun: a clause describing it (not after "said", "believes", "so", ..., nor a past: "withdrew
        # that bill"); "who" and "which" with no comma before them open such a clause too ("investors who bought")
        "that_clause": _that_clause(data),
        # ... which ends where, after a clause opening with its own verb (lower case: not "that Beijing ...")
        # and that verb's object, a verb in the past comes that no "and" joins to it: the main clause's ("the
        # companies that own and manage the Dali asked a federal court Monday", "officials who asked not to be
        # named said on Friday"; but "the ship that lost power and crashed on Tuesday")
        # ... or a clause of one verb, the main one right after it ("the clashes that followed came in 2011")
        "main_verb_after": re.compile(
            rf"(?:(?!(?:{alternation(data['determiners'])}|{alternation(data['not_nouns'])})\b)(?-i:[a-z]+(?:-[a-z]+)*)\s"
            rf"(?:[^,;]*\s)?(?!(?:and|or|then|but|nor)\s)[\w’'\-]+|(?-i:[a-z]{{3,}}ed|{alternation(data['irregular_pasts'])}))\s+"
            rf"(?:[a-z]{{3,}}ed|{alternation(data['irregular_participles'])}|{alternation(data['irregular_pasts'])})\s",
            re.I),
        # "..., with divers expected back in the water Wednesday": a "with" clause after the main one tells a
        # circumstance of its own, and its date is that circumstance's
        "with_clause": re.compile(rf",\s*with\s+(?:[^\s,;]+\s+){{1,5}}?(?:[a-z]+ed|[a-z]+ing|due|set|"
                                  rf"{alternation(data['irregular_participles'])})\s[^,;]*$", re.I),
        # a clause after a comma opened by a past participle describes the noun before it ("probes into pork,
        # opened on 17 June, and ..."), when it ends soon after the phrase
        "participle": re.compile(rf",\s+(?:(?:{alternation(data['participle_adverbs'])})\s+)?"
                                 rf"(?:[a-z]+ed|{alternation(data['irregular_participles'])})\s", re.I),
        # the saying's occasion opening the sentence ("Speaking after a cabinet meeting on Wednesday, ..."), with no
        # clause of its own inside it ("Speaking in the first address since Nasrallah was killed on Friday")
        "speaking": re.compile(rf"^\W*(?:{alternation(data['speaking_participles'])})\b"
                               r"(?![^,;]*\b(?:since|was|were|had|has|have)\b)[^,;]*$", re.I),
        # ... a participle of how the thing came to be ("founded in 1912"): its date is an attribute of the thing
        "origin": re.compile(rf"\b(?:{alternation(data['origin_participles'])})\s$", re.I),
        # ... which may name the role first ("Mark Binskin, appointed as special adviser in April, found"), not an
        # object ("..., hired the firm in December"; "The FLNKS, ..., named Christian Tein as its president on
        # Saturday"): a main verb
        "appointed": re.compile(rf",\s+(?:{alternation(data['origin_participles'])})\s+(?:as\s+(?:(?:"
                                rf"{alternation(data['determiners'])})\s+)?)?(?:(?!as\b|(?:"
                                rf"{alternation(data['determiners'])})\b)[^\s,;]+\s+){{0,4}}"
                                r"(?:by\s+(?:the\s+)?(?:[^\s,;]+\s+){1,3})?$", re.I),
        # ... whose phrase follows it closely, as a passive participle's does: no object between them, but maybe
        # a named agent ("declared by the Government on 30 October")
        "passive_gap": re.compile(r"(?:by\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’\-]*\s+){1,3})?"
                                  rf"(?:(?!(?:{alternation(data['determiners'])})\b)[^\s,;]+\s+){{0,2}}", re.I),
        # ("U.S." is one word: its stops end no clause)
        "clause_end": re.compile(r"^(?:\s*(?:(?:[A-Z]\.){2,}|[^\s,;.]+(?!\.[A-Za-z]))){0,2}\s*(?:[,;.]|$)"),
        # a lower-case word that goes on with the sentence's predicate, not a new item of a list
        "predicate_next": re.compile(rf"^\s+(?!(?:{alternation(data['not_predicates'])})\b)[a-z]"),
    }


def _that_clause(data: dict) -> re.Pattern[str]:
    """A word, then "that" (or a comma-less "who", "which"): the lookahead for the opener comes first, so the long
    lists of words that are no noun are tried only where such a clause may open."""
    # the noun may carry a short parenthesis before the clause: "the isolated depression (DANA) that struck"
    opener = rf"(?:\s+\([^()]{{1,40}}\))?\s+(?:that|{alternation(data['relative_openers'])})\s"
    return re.compile(rf"\b(?=[a-z]+{opener})(?!(?:{alternation(data['complement_words'])}|{data['prepositions']}|"
                      rf"{alternation(data['irregular_pasts'])})\b)[a-z]+(?<!ed){opener}", re.I)


def _unopened_rules(data: dict) -> dict[str, re.Pattern[str]]:
    """Clauses describing a noun that no word opens: "an investigation the Commission opened", "shares he sold",
    "the agreements reached during the visit"."""
    return {
        # a clause describing a noun with no word to open it, its subject a name: "caps an investigation the
        # Commission opened in October 2023", "the duties Beijing imposed in July"
        # (after a determiner, so that "spokesman Dmitry Peskov confirmed on Friday" is a title and a name)
        "object_relative": re.compile(
            rf"\b(?i:{alternation(data['determiners'])})\s+"
            rf"(?!(?:{alternation(data['complement_words'])}|{alternation(data['not_predicates'])})\b)"
            r"[a-z]+(?<!ly)\s+(?:the\s+(?:[A-Z][\w'’\-]*\s+){1,3}|[A-Z][\w'’\-]*\s+)(?:had\s+)?"
            rf"(?:[a-z]+ed|{alternation(data['irregular_participles'])})\s+$"),
        # ... or a pronoun: "questions about shares he sold on Feb. 27", "the bonus they paid in March"
        "pronoun_relative": re.compile(
            rf"\b(?!(?:{alternation(data['complement_words'])}|{alternation(data['not_predicates'])}|"
            r"because|if|once|so|than|then|unless|what|how|why)\b)"
            rf"[a-z]+(?<!ly)(?<!ed)\s+(?:he|she|they|we|I)\s+(?:had\s+)?"
            rf"(?:[a-z]+ed|{alternation(data['irregular_participles'])}|{alternation(data['irregular_pasts'])})\s+$"),
        # a sentence that opens with a participle's clause before its subject: "Born in Biratnagar in 1952, she
        # took a law degree in 1978", "Arrested on Oct. 25, he was charged on Wednesday" (a lower-case word after
        # it, so that "United Nations officials said" is a name)
        "fronted_participle": re.compile(
            rf"^\W*([a-z]{{3,}}ed|{alternation(data['irregular_participles'])}|"
            rf"{alternation(data['origin_participles'])})\s+(?-i:[a-z])", re.I),
        # a participle right after the subject's noun, the sentence's own verb still to come: "Two men arrested on
        # Oct. 25 were charged on Wednesday", "The jewels taken in Sunday's raid have been valued"; not a verb
        # with its object ("The leader signed a decree on September 28 saying ..."), which is the sentence's own; the
        # noun may be a name, its agent named ("The Investigation Commission constituted by the Government on 15
        # January submitted its report today")
        "subject_participle": re.compile(
            rf"^\W*(?:(?:{alternation(data['determiners'])}|{alternation(data['counts'])}|\d+)\s+)"
            rf"(?-i:(?:[A-Za-z\-]+\s+){{0,4}}?(?!(?:{alternation(data['finite_verbs'])}|be|been|being|also|then|later"
            rf"|first|jointly|again|already)\s)[A-Za-z]+(?<!ly)\s+"
            rf"(?:[a-z]{{3,}}ed|{alternation(data['irregular_participles'])}))\s+"
            rf"(?!(?:{alternation(data['determiners'])})\s)(?:(?:up|out|off)\s+)?(?:by\s+(?:[^\s,;]+\s+){{1,5}}?)?"
            r"(?:[^\s,;]+\s+){0,3}$", re.I),
        # ... that verb, no relative clause's between ("The hearing closed two days later with officers who had"); an
        # auxiliary, or a verb in the past tense not followed by an agent (which would make it another participle)
        "finite_next": re.compile(rf"(?:(?!\b(?:who|which|that|whose|where|when|with)\b)[^,;]){{0,60}}?"
                                  rf"\b(?-i:{alternation(data['finite_verbs'])})\b"),
        "past_next": re.compile(rf"(?:(?!\b(?:who|which|that|whose|where|when|with|and|but|or|then)\b)[^,;]){{0,90}}?"
                                rf"(?<!\bto )\b(?-i:[a-z]{{3,}}ed|{alternation(data['irregular_pasts'])})\b"
                                r"(?!\s+by\b)"),
        "object_participle": _object_participle(data),
        # ... or right after a noun, with its named agent: "the 10 million rupees pledged by Tata Sons on the evening
        # of the crash" (not after an auxiliary: "was greeted by Putin on Wednesday" is the sentence's own verb)
        "agent_participle": re.compile(
            rf"\b(?!(?:{alternation(data['finite_verbs'])}|be|been|being|get|got|gets)\b)[a-z]+(?<!ly)\s+"
            rf"(?:[a-z]{{3,}}ed|{alternation(data['irregular_participles'])})\s+by\s+(?:the\s+)?"
            r"(?:[A-Z][\w'’\-]*\s+){1,4}$"),
        # ... or right after a noun, as what is believed of it: "the boats thought to have sunk in the storm last week"
        # (not after a verb: "He is believed to have died on Monday" is the sentence's own event)
        "hearsay_participle": re.compile(
            rf"\b(?!(?:{alternation(data['finite_verbs'])}|be|been|being|get|got|gets)\b)[a-z]+(?<!ly)\s+"
            rf"(?:{alternation(data['hearsay_verbs'])})\s+to\s+have\s+(?:been\s+)?[a-z]+\b[^,;]*$"),
        "among_participle": _among_participle(data),
        "casualties_of": _casualties_of(data),
    }


def _among_participle(data: dict) -> re.Pattern[str]:
    """After "among", a group named by what was done to it: "was among the 14 people killed on Jan. 1"."""
    return re.compile(
        rf"\bamong\s+(?:{alternation(data['determiners'])})\s+(?:[\w\-]+\s+){{0,2}}?[a-z]+\s+"
        rf"(?:[a-z]{{3,}}ed|{alternation(data['irregular_participles'])})\s+(?:(?:{data['prepositions']})\s[^,;]*)?$")


def _casualties_of(data: dict) -> re.Pattern[str]:
    """After "of", the dead or hurt named by what was done to them: "the families of the nineteen children and two
    teachers killed at the school on May 24" (the killing's day, not the visit's); a finite verb after the place
    ends the clause ("of those killed on Monday were returned on Friday")."""
    return re.compile(
        r"\bof\s+(?:(?:the|those|its|their|all|each)\s+)?(?:[\w\-]+\s+){0,6}?(?:[a-z]+s|those|people|children|men|women)\s+"
        rf"(?:killed|injured|wounded|hurt|slain|murdered|shot\s+dead)\s+(?:(?:{data['prepositions']})\s+"
        rf"(?:(?!(?:{alternation(data['finite_verbs'])})\b)[\w'’.\-]+\s+){{0,5}})?$")


def _object_participle(data: dict) -> re.Pattern[str]:
    """A participle right after a verb's object, with no word to open its clause: "will help to implement the
    agreements reached during the visit on 18-19 June", "rejects the conclusion presented yesterday", "sided with
    the findings of the review published in February" (not after "said the ship crashed ...", nor "kept its doors
    closed on Monday": the object's state)."""
    return re.compile(
        rf"\b(?!(?:{alternation(data['complement_words'])}|{alternation(data['object_complement_verbs'])})\b)"
        rf"(?:to\s+[a-z]+|[a-z]{{3,}}ed|[a-z]{{3,}}[^s\W]s|{alternation(data['irregular_pasts'])})\s+"
        rf"(?:(?:{OBJECT_LEADS})\s+)?(?!that\b)(?:{alternation(data['determiners'])})\s+(?:[A-Za-z\-]+\s+){{0,2}}?"
        rf"(?:of\s+(?:(?:{alternation(data['determiners'])})\s+)?(?:[A-Za-z\-]+\s+){{0,2}}?)?"
        # the noun, not the "to" of an infinitive ("took the decision to shut at 1:11 a.m. the following morning") nor
        # a conjunction joining a second noun ("a breakdown of the dead and injured at a Wednesday briefing")
        rf"(?!(?:{alternation(data['finite_verbs'])}|be|been|being|to|and|or|nor|but)\s)[a-z]+\s+"
        rf"(?:[a-z]{{3,}}ed|{alternation(data['irregular_participles'])})\s+(?:(?:{data['prepositions']})\s[^,;]*)?$")


# A time counted on from the one before: "three years later", "the following day".
COUNTED_ON = re.compile(r"\b(?:[\w\-]+\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:later|afterwards)"
                        r"|the\s+(?:next|following)\s+(?:day|morning|evening|week|month|year))\b", re.I)
# A limit set, not a day something happened: "gave the builders until July 1"
LIMIT_BEFORE = re.compile(r"\b(?:until|till|by|before|after|since)\s+(?:\w+\s+)?$", re.I)


# A noun, a preposition, then whose it is and a noun, right before the date: "role in the bank's collapse ",
# "questions about his arrest "; not "said in his speech on Friday" nor "an hour into its dive on June 18", nor
# a share of the verb's object ("suspended all of the airline's flights on March 11", "shut four of its runways on
# Tuesday").
OWNED_NOUN_BEFORE = re.compile(r"\b(?!(?:said|says|say|told|is|was|were|are|be|been|has|have|had"
                               r"|all|most|some|many|much|none|half|each|both|any|several|few|rest|one|two|three|four"
                               r"|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)[a-z]{3,}(?<!ed)"
                               r"(?<!ly)\s+(?:in|of|for|about|over)\s+(?:the\s+)?"
                               r"(?:[A-Za-z][\w.\-]*(?:'s|’s)|its|his|her|their)\s+[a-z]{3,}(?<!ly)\s+$")


_PHRASE_END = re.compile(r"[,;:.!?()]")


def clause_opener(subordinate: re.Pattern[str], clause: str, after: str) -> re.Match[str] | None:
    """The word opening a subordinate clause in ``clause``, the text before a date phrase (``after``: the text
    after it); not "as" leading a phrase with no verb either side of the date ("identified her as another of the
    victims on Sunday afternoon", but not "as crowds out for Halloween pressed in")."""
    opener = subordinate.search(clause)
    if opener is None or opener.group().lower() != "as":
        return opener
    stop = _PHRASE_END.search(after)
    words = WORD.findall(clause.lower(), opener.end()) + WORD.findall(after[: stop.start() if stop else None].lower())
    return opener if has_verb(words) else None


# The source a sentence cites, with its own date: "according to records released Wednesday".
SOURCE = re.compile(r"\baccording\s+to\s[^,;()]*$", re.IGNORECASE)
HAD = re.compile(r"\bhad\b", re.IGNORECASE)


def cites_an_earlier_source(before: str) -> bool:
    """The phrase dates the source cited after a clause in the past perfect ("had been told to wait, according to
    records released Wednesday"): the day the source came out, after what it tells. Told in the simple past
    ("found duck remains in both engines, according to a report published on Monday"), the source is the news
    and its day the sentence's."""
    source = SOURCE.search(before)
    return source is not None and HAD.search(before, 0, source.start()) is not None


def what_was_said(before: str, rest: str) -> bool:
    """The "that" ending ``before`` opens what was said, not a clause describing a noun, and ``rest`` (the clause up
    to the phrase) tells an event of its own: "said on Wednesday that he had crossed in early July" (done before the
    saying), "told a news conference in Belgrade that he would resign tomorrow" (to come, the saying on no day of
    its own; what is said to come on the saying's day is not: the news is then the saying)."""
    if SAID_WHEN_THAT.search(before):
        return HAD.search(rest) is not None
    return TOLD_THAT.search(before) is not None and (HAD.search(rest) or WOULD.search(rest)) is not None


# A verb of reporting, its date, then "that": the clause after it is what was said ("said on Wednesday that",
# "told reporters on Monday that"), not a clause describing the day.
SAID_WHEN_THAT = re.compile(rf"\b(?:{'|'.join(REPORT_VERBS)})\b(?:\s+[\w.'’]+){{0,4}}?\s+"
                            rf"(?:{CALENDAR}|today|yesterday|tonight|morning|afternoon|evening|night|week|month|\d+)"
                            r"\s+that\s$", re.IGNORECASE)
# ... or a verb of telling and its audience ("told an extraordinary news conference in Belgrade that"), not what
# the telling was about ("told reporters about the plan that")
TOLD_THAT = re.compile(r"\b(?:told|tells|tell|telling|assured|informed)\s+(?!(?:[\w.'’\-]+\s+){0,6}?(?:about|of)\s)"
                       r"(?:[\w.'’\-]+\s+){1,7}?that\s$", re.IGNORECASE)
WOULD = re.compile(r"\bwould\b", re.IGNORECASE)


def verbless_aside(before: str, comma: int) -> bool:
    """The comma at ``comma`` closes an aside set off after the sentence's subject, neither of them with a verb
    ("The first 44 coffins, most of them holding German victims, reached ..."), or none but the participle the
    aside opens with ("The royal commission, announced ten days after the attack, reported in December 2020"):
    the word after it is the main verb, not a participle describing the noun."""
    opened = before.rfind(",", 0, comma)
    aside = WORD.findall(before[opened:comma].lower())
    if aside and (aside[0].endswith("ed") or aside[0] in irregular_participles()):
        aside = aside[1:]
    return opened > 0 and not has_verb(WORD.findall(before[:opened].lower())) and not has_verb(aside)

