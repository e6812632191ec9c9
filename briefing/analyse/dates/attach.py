"""Which event a date phrase belongs to: the sentence's own, or another one named inside it.

A sentence reports one event in its main clause, and may name others in
passing: "the FBI opened a probe into last month's collapse" reports the
probe, and "last month" is the collapse's. A date phrase dates the
sentence's own event unless it

- stands in a relative clause or a parenthesis ("the talks, which reflected
  the course set in June"; "the clause that Moscow had let lapse in the
  1990s"; "investors who bought shares in May"; "an investigation the
  Commission opened in October 2023"; "shares he sold on Feb. 27"), or in a participle's clause set
  off by commas ("the probe into pork, opened on 17 June,"), or in a "with" clause after the main one
  ("..., with divers expected back in the water Wednesday"), or in a participle's clause right after the
  subject's noun when the sentence's own verb has a date of its own ("Two men arrested on Oct. 25 were
  charged on Wednesday"),
- describes a noun ("the March 26 collapse", "last month's crash", "the
  treaty of 9 February 2000", "a law from 1851", "its role in the bank's
  collapse last month"),
- stands after a semicolon, in a fronted clause that puts it before or after
  the main one ("After talks on 25 May, ..."; a fronted "When ...," is the
  same time), or in a subordinate clause after the main one ("..., when the
  bridge fell on March 26").

The word lists are ``data/attachment.yml``.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from ...model import DateMention
from .attach_lists import irregular_pasts, listed
from .words import ABBREVIATIONS, FULL_MONTHS, HOLIDAYS, REPORT_VERBS, WEEKDAYS

DATA = Path(__file__).resolve().parent / "data" / "attachment.yml"
PREPOSITIONS = "on|in|at|for|by|with|from|of|to|during|after|before|since|until|about|than|and|but|or"


# "appear before the House committee on Wednesday", "testified before lawmakers", "bowed before television
# cameras": in front of a body or an audience, no time; the nouns are data/attachment.yml's audiences
def _before_a_body(data: dict) -> str:
    return (r"before\s+(?:(?:the|a)\s+(?-i:[A-Z])|(?:the\s+|a\s+|an\s+)?(?:(?:same|full|new|whole|special|"
            rf"parliamentary|senate|house|television|tv|news)\s+)?(?:{_alternation(data['audiences'])})\b)")


def _alternation(words: list[str] | str) -> str:
    items = words.split() if isinstance(words, str) else words
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


CALENDAR = _alternation([*FULL_MONTHS, *WEEKDAYS])  # month and weekday names, for the patterns below
# Holidays on one day of the year name a day as a month and day do: "the New Year's Day attack" is the attack's
HOLIDAY_NAMES = _alternation(list(HOLIDAYS)).replace("'", "['’]")
# A date of the predicate's own: a month or weekday named, a year, a day of the month, or a day counted from the
# article's ("were charged on Wednesday", "on the 28th", "yesterday")
# ("Jan." and "Sept." with their point, so that no word is taken for one)
SHORT_MONTHS = "|".join(rf"{name}\." for name in ABBREVIATIONS)
OWN_DAY = re.compile(rf"\b(?:{CALENDAR}|(?:19|20)\d\d|\d{{1,2}}(?:st|nd|rd|th)|yesterday|today|tonight)\b"
                     rf"|\b(?:{SHORT_MONTHS})", re.I)

# ... led by a preposition, as a verb's own time is ("was charged on the 28th", "on 5 November", "on Jan. 13"), not
# "about the July 19 failure"
LED_DAY = re.compile(rf"\b(?:(?:on|in|at|by)\s+(?:the\s+)?(?:(?:{CALENDAR}|(?:19|20)\d\d|\d{{1,2}}(?:st|nd|rd|th)"
                     rf"|\d{{1,2}}\s+(?:{CALENDAR}))\b|{SHORT_MONTHS})|(?:yesterday|today|tonight)\b)", re.I)


def _read() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


@functools.cache
def _rules() -> dict[str, re.Pattern[str]]:
    data = _read()
    return {**_phrase_rules(data), **_clause_rules(data), **_unopened_rules(data)}


def _phrase_rules(data: dict) -> dict[str, re.Pattern[str]]:
    """What stands right around the phrase: the noun it describes, the word that leads it."""
    return {
        # a lower-case word after the phrase that it can describe: not an adverb (-ly) or a past form (-ed)
        "noun_after": re.compile(rf"^(?:'s|’s)?\s+(?!(?:{_alternation(data['not_nouns'])})\b)"
                                 r"[a-z][a-z\-]+(?<!ly)(?<!ed)\b"),
        "place_head": re.compile(rf"(?:{_alternation(data['place_heads'])})", re.I),
        "report_noun": re.compile(rf"(?:{_alternation(data['report_nouns'])})$"),
        "report_modifier": re.compile(rf"(?:{_alternation(data['report_modifiers'])})$"),
        # "answered a July 29 letter", "replied to Friday's statement": another party's earlier report
        "answered": re.compile(rf"\b(?:{_alternation(data['answer_verbs'])})\s+(?:to\s+)?"
                               rf"(?:(?:{_alternation(data['determiners'])})\s+)?$", re.I),
        # a phrase led by a preposition ("on Thursday", "in June") modifies a clause, never the noun after it
        "led": re.compile(r"^(?:on|in|at|during|by|from|through|throughout|over|within|for)\s", re.I),
        # ... except after a preposition that governs the noun after it: "over July meltdown", "about Monday vote"
        "noun_lead": re.compile(rf"^(?:{_alternation(data['noun_leads'])})\s", re.I),
        # "In July's consultation", "at Monday's hearing": the occasion the sentence's event happened at
        "occasion": re.compile(r"^(?:in|at|during)\s", re.I),
        "led_the": re.compile(r"^\w+\s+the\s+(?!\d+(?:st|nd|rd|th)\b)", re.I),
        "calendar": re.compile(rf"\d|\b(?:{CALENDAR}|{HOLIDAY_NAMES})\b", re.I),
        # a determiner right before the phrase: "a Thursday hearing" names an event
        "determiner_before": re.compile(rf"\b(?:{_alternation(data['determiners'])})\s+$", re.I),
        # what may stand before a report that a sentence is about: its start, or what was said ("said its")
        "subject_before": re.compile(rf"(?:^|\b(?:{_alternation(data['complement_words'])}|that)\s+)\W*"
                                     rf"(?:(?:{_alternation(data['determiners'])})\s+)?(?:[a-z]+\s+){{0,2}}$", re.I),
        "of_before": re.compile(rf"\b(?!(?:{_alternation(data['time_nouns'])})\b)[a-z]+\s+of\s+$", re.I),
        # "a law from 1851": a year after a noun, not after a verb ("dates from", "applied from")
        "noun_from": re.compile(r"\b[a-z]+(?<!ed)(?<!s)\s+$", re.I),
    }


NOT_A_QUANTITY = "(?<!more )(?<!less )(?<!fewer )"  # "more than a foot": a quantity, not a comparison


def _clause_rules(data: dict) -> dict[str, re.Pattern[str]]:
    """The clause the phrase stands in: a relative, a participle's or a "with" clause, and where it ends."""
    return {
        "relative": re.compile(rf",\s*(?:{_alternation(data['relative_openers'])})\b|\((?=[^)]*$)", re.I),
        "subordinate": re.compile(rf"\b(?:{_alternation(data['subordinate_openers'])})\b", re.I),
        "fronted": re.compile(rf"^\W*(?:{_alternation(data['fronted_openers'])}|"
                              rf"{_alternation(data['fronted_phrases'])})\b", re.I),
        # ... up to a clause that says what happened instead ("..., but the Commission brought it forward")
        # "the first meeting between the two since April 2019", "its only visit since 2000": the phrase names
        # the last time before, which is background, not the time of what the sentence tells
        "first_since": re.compile(r"\b(?:first|only)\b[^,;]*$", re.I),
        # "up from some 60 on Sunday": the figure a count is set against, and its date, are an earlier state's
        "compared": re.compile(rf"{NOT_A_QUANTITY}\b(?:{_alternation(data['comparison_openers'])})\s[^,;]*$", re.I),
        # "set the next court date for Feb. 21": the day set, not the day it was set on
        "scheduled": re.compile(rf"\b(?:{_alternation(data['scheduling_nouns'])})\s+(?:for|of|as)\s+$"
                                rf"|\b(?:{_alternation(data['scheduling_verbs'])})\s+(?:{_alternation(data['determiners'])})"
                                r"\s+(?:[\w\-]+\s+){1,4}?for\s+$", re.I),
        # ", a finding that the general repeated on Sept. 15": a noun summing up the clause before, with its own clause
        "summing_up": re.compile(rf",\s+an?\s+(?:[a-z\-]+\s+)?(?:{_alternation(data['summing_up_nouns'])})"
                                 r"\s+(?:that|which)\s[^,;]*$"),
        # "declared 24 March a day of national mourning": the day declared, when a day is what it is declared
        "declared": re.compile(rf"\b(?:{_alternation(data['declaring_verbs'])})\s+$", re.I),
        "superseded": re.compile(rf"\b(?:{_alternation(data['superseded_plans'])})\b"
                                 r"(?:(?!,\s*(?:and|yet|so|then|instead)\b|\bbut\b)[^;])*$", re.I),
        # "were launched after Wang and Dombrovskis spoke by video on October 25": the phrase dates what came
        # before the event, in a clause or phrase opened by "after" or "before" with no comma since
        "sequence": re.compile(rf"\b(?!{_before_a_body(data)})(?:{_alternation(data['sequence_openers'])})\s+"
                               rf"(?!(?:{_alternation(data['time_words'])})\b|\d|(?:{CALENDAR})\b)"
                               r"[^\W\d_][^,;]*$|\bbehind\s+(?-i:[A-Z])[^,;]*$", re.I),
        # ... and so does a ranking's "behind Silicon Valley Bank on Friday and Washington Mutual in 2008"
        # "that" after a noun: a clause describing it (not after "said", "believes", "so", ..., nor a past: "withdrew
        # that bill"); "who" and "which" with no comma before them open such a clause too ("investors who bought")
        "that_clause": _that_clause(data),
        # ... which ends where, after a clause opening with its own verb (lower case: not "that Beijing ...")
        # and that verb's object, a verb in the past comes that no "and" joins to it: the main clause's ("the
        # companies that own and manage the Dali asked a federal court Monday", "officials who asked not to be
        # named said on Friday"; but "the ship that lost power and crashed on Tuesday")
        "main_verb_after": re.compile(
            rf"(?!(?:{_alternation(data['determiners'])}|{_alternation(data['not_nouns'])})\b)(?-i:[a-z]+)\s"
            rf"(?:[^,;]*\s)?(?!(?:and|or|then|but|nor)\s)[\w’'\-]+\s+"
            rf"(?:[a-z]{{3,}}ed|{_alternation(data['irregular_participles'])}|{_alternation(data['irregular_pasts'])})\s",
            re.I),
        # "..., with divers expected back in the water Wednesday": a "with" clause after the main one tells a
        # circumstance of its own, and its date is that circumstance's
        "with_clause": re.compile(rf",\s*with\s+(?:[^\s,;]+\s+){{1,5}}?(?:[a-z]+ed|[a-z]+ing|due|set|"
                                  rf"{_alternation(data['irregular_participles'])})\s[^,;]*$", re.I),
        # a clause after a comma opened by a past participle describes the noun before it ("probes into pork,
        # opened on 17 June, and ..."), when it ends soon after the phrase
        "participle": re.compile(rf",\s+(?:(?:{_alternation(data['participle_adverbs'])})\s+)?"
                                 rf"(?:[a-z]+ed|{_alternation(data['irregular_participles'])})\s", re.I),
        # ... a participle of how the thing came to be ("founded in 1912"): its date is an attribute of the thing
        "origin": re.compile(rf"\b(?:{_alternation(data['origin_participles'])})\s$", re.I),
        # ... whose phrase follows it closely, as a passive participle's does: no object between them, but maybe
        # a named agent ("declared by the Government on 30 October")
        "passive_gap": re.compile(r"(?:by\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’\-]*\s+){1,3})?"
                                  rf"(?:(?!(?:{_alternation(data['determiners'])})\b)[^\s,;]+\s+){{0,2}}", re.I),
        "clause_end": re.compile(r"^(?:\s*[^\s,;.]+){0,2}\s*(?:[,;.]|$)"),
        # a lower-case word that goes on with the sentence's predicate, not a new item of a list
        "predicate_next": re.compile(rf"^\s+(?!(?:{_alternation(data['not_predicates'])})\b)[a-z]"),
    }


def _that_clause(data: dict) -> re.Pattern[str]:
    """A word, then "that" (or a comma-less "who", "which"): the lookahead for the opener comes first, so the long
    lists of words that are no noun are tried only where such a clause may open."""
    # the noun may carry a short parenthesis before the clause: "the isolated depression (DANA) that struck"
    opener = rf"(?:\s+\([^()]{{1,40}}\))?\s+(?:that|{_alternation(data['relative_openers'])})\s"
    return re.compile(rf"\b(?=[a-z]+{opener})(?!(?:{_alternation(data['complement_words'])}|{PREPOSITIONS}|"
                      rf"{_alternation(data['irregular_pasts'])})\b)[a-z]+(?<!ed){opener}", re.I)


def _unopened_rules(data: dict) -> dict[str, re.Pattern[str]]:
    """Clauses describing a noun that no word opens: "an investigation the Commission opened", "shares he sold",
    "the agreements reached during the visit"."""
    return {
        # a clause describing a noun with no word to open it, its subject a name: "caps an investigation the
        # Commission opened in October 2023", "the duties Beijing imposed in July"
        # (after a determiner, so that "spokesman Dmitry Peskov confirmed on Friday" is a title and a name)
        "object_relative": re.compile(
            rf"\b(?i:{_alternation(data['determiners'])})\s+"
            rf"(?!(?:{_alternation(data['complement_words'])}|{_alternation(data['not_predicates'])})\b)"
            r"[a-z]+(?<!ly)\s+(?:the\s+(?:[A-Z][\w'’\-]*\s+){1,3}|[A-Z][\w'’\-]*\s+)(?:had\s+)?"
            rf"(?:[a-z]+ed|{_alternation(data['irregular_participles'])})\s+$"),
        # ... or a pronoun: "questions about shares he sold on Feb. 27", "the bonus they paid in March"
        "pronoun_relative": re.compile(
            rf"\b(?!(?:{_alternation(data['complement_words'])}|{_alternation(data['not_predicates'])}|"
            r"because|if|once|so|than|then|unless|what|how|why)\b)"
            rf"[a-z]+(?<!ly)(?<!ed)\s+(?:he|she|they|we|I)\s+(?:had\s+)?"
            rf"(?:[a-z]+ed|{_alternation(data['irregular_participles'])}|{_alternation(data['irregular_pasts'])})\s+$"),
        # a participle right after the subject's noun, the sentence's own verb still to come: "Two men arrested on
        # Oct. 25 were charged on Wednesday", "The jewels taken in Sunday's raid have been valued"; not a verb
        # with its object ("The leader signed a decree on September 28 saying ..."), which is the sentence's own
        "subject_participle": re.compile(
            rf"^\W*(?:(?:{_alternation(data['determiners'])}|{_alternation(data['counts'])}|\d+)\s+)"
            rf"(?-i:(?:[a-z\-]+\s+){{0,2}}?(?!(?:{_alternation(data['finite_verbs'])}|be|been|being)\s)[a-z]+(?<!ly)\s+"
            rf"(?:[a-z]{{3,}}ed|{_alternation(data['irregular_participles'])}))\s+"
            rf"(?!(?:{_alternation(data['determiners'])})\s)(?:[^\s,;]+\s+){{0,3}}$", re.I),
        # ... that verb, no relative clause's between ("The hearing closed two days later with officers who had")
        "finite_next": re.compile(rf"(?:(?!\b(?:who|which|that|whose|where|when|with)\b)[^,;]){{0,60}}?"
                                  rf"\b(?-i:{_alternation(data['finite_verbs'])})\b"),
        # a participle right after a verb's object, with no word to open its clause: "will help to implement the
        # agreements reached during the state visit on 18-19 June" (not after "said the ship crashed ...")
        "object_participle": re.compile(
            rf"\b(?!(?:{_alternation(data['complement_words'])})\b)"
            rf"(?:to\s+[a-z]+|[a-z]{{3,}}ed|{_alternation(data['irregular_pasts'])})\s+"
            rf"(?:{_alternation(data['determiners'])})\s+(?:[a-z\-]+\s+){{0,2}}?[a-z]+\s+"
            rf"(?:[a-z]{{3,}}ed|{_alternation(data['irregular_participles'])})\s+(?:{PREPOSITIONS})\s[^,;]*$"),
        # ... or after "among", naming a group by what was done to it: "was among the 14 people killed on Jan. 1"
        "among_participle": re.compile(
            rf"\bamong\s+(?:{_alternation(data['determiners'])})\s+(?:[\w\-]+\s+){{0,2}}?[a-z]+\s+"
            rf"(?:[a-z]{{3,}}ed|{_alternation(data['irregular_participles'])})\s+(?:(?:{PREPOSITIONS})\s[^,;]*)?$"),
    }

# The source a sentence cites, with its own date: "according to records released Wednesday".
SOURCE = re.compile(r"\baccording\s+to\s[^,;()]*$", re.IGNORECASE)


def _cites_an_earlier_source(before: str) -> bool:
    """The phrase dates the source cited after a clause in the past perfect ("had been told to wait, according to
    records released Wednesday"): the day the source came out, after what it tells. Told in the simple past
    ("found duck remains in both engines, according to a report published on Monday"), the source is the news
    and its day the sentence's."""
    source = SOURCE.search(before)
    return source is not None and HAD.search(before, 0, source.start()) is not None


def attached(text: str, m: DateMention) -> bool:
    """Whether the date phrase ``m`` of ``text`` dates the sentence's own event."""
    rules = _rules()
    before = text[:m.start]
    relative = rules["relative"].search(before)
    if relative and not re.search(r"[,)]", flatten_places(before[relative.end():])):
        return False
    if ";" in before or (_opens_a_fronted_clause(text, before) and "," in text[m.end:] and "," not in before):
        return False
    if _describes_a_noun(text, m, before):
        return False
    if _of_a_thing(before) or _in_that_clause(before) or rules["superseded"].search(before) \
            or rules["compared"].search(before) or rules["scheduled"].search(before):
        return False
    if rules["declared"].search(before) and DECLARED_AS.match(text, m.end):
        return False
    if rules["summing_up"].search(before):
        return False
    if m.phrase.lower().startswith("since ") and rules["first_since"].search(before):
        return False
    if _subject_participle_yields(text, m, before):
        return False
    if _in_participle_clause(text, m, before) or rules["object_relative"].search(before) \
            or rules["pronoun_relative"].search(before) or rules["object_participle"].search(before) \
            or rules["among_participle"].search(before):
        return False
    if rules["with_clause"].search(before) or FREE_RELATIVE.search(before) or _cites_an_earlier_source(before):
        return False
    flat = flatten_places(before)  # "from Calais, France, on Thursday": one phrase
    clause = flat[max(flat.rfind(","), flat.rfind(";")) + 1:]
    if rules["sequence"].search(clause) and not _opens_a_fronted_clause(text, before):
        return False
    if FOLLOWS.search(clause):
        return False
    opener = rules["subordinate"].search(clause)
    if opener and _relative_closed(clause, opener):
        return True  # "the crush which occurred in Itaewon-dong, Seoul, on 29 October rose to 158 on 14 November"
    # "..., when the bridge fell on March 26" opens its clause; not "In Alzira, a woman who needed oxygen died on
    # Monday", where "who" describes the subject of the main clause the comma's phrase leads into
    return not (opener and "," in before and not (opener.start() > 0 and _OPENS_MAIN.match(clause)))


def _relative_closed(clause: str, opener: re.Match[str]) -> bool:
    """A relative clause opened inside the phrase's clause ("the crush which occurred ...") has ended before the
    phrase: the main clause's verb in the past came after it."""
    return opener.group().lower() in listed("relative_openers") \
        and clause[:opener.start()].strip() != "" \
        and _rules()["main_verb_after"].match(clause, opener.end() + 1) is not None


# A clause after a comma that starts with its subject, a determiner and a noun: the main clause, after a fronted
# phrase ("In Alzira, near Valencia, a woman who ...").
_OPENS_MAIN = re.compile(r"\s*(?:a|an|the|his|her|its|their)\s+[\w\-]+(?:\s+[\w\-]+)?\s+(?:who|which|that)\b", re.I)


# "The decision followed a full day of air sampling on Tuesday", "The listing follows the State Department's
# disclosure on Thursday", "These changes follow the announcement on Thursday": what is followed is another event,
# and the date is its; not "followed early Monday", "followed in October" or "followed suit in November", where the
# date is the following's own.
FOLLOWS = re.compile(r"\b(?:follows|follow|followed)\s+"
                     r"(?:the|a|an|one|two|those|these|this|that|last|its|his|her|their)\s[^,;]*$", re.IGNORECASE)
# A clause standing for a thing after a preposition ("gave his view of what happened on June 24", "asked about how
# the ship sank on Tuesday"), or for what happened after any verb ("reconstructs what happened on the grid on April
# 28"): the date is that clause's, not the main clause's.
FREE_RELATIVE = re.compile(r"(?:\b(?:of|about|over|into|on)\s+(?:what|how|why)\s+|\bwhat\s+(?:had\s+)?"
                           r"(?:happened|occurred|went\s+wrong|took\s+place)\b)[^,;]*$", re.IGNORECASE)


# A place's district, city, state or country set off by commas after it ("Calais, France,", "Itaewon-dong,
# Yongsan-gu, Seoul,"): no clause edge.
PLACE_APPOSITION = re.compile(r"\b[A-Z][\w.'’\-]*(?:,\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2})+,")


def flatten_places(text: str) -> str:
    """``text`` with the commas of its places' appositions made spaces, so that no clause seems to end there."""
    return PLACE_APPOSITION.sub(lambda found: found.group().replace(",", " "), text)


def _opens_a_fronted_clause(text: str, before: str) -> bool:
    """The sentence opens with "After ...", "Ahead of ..." and the phrase comes later in that clause; a phrase
    that is itself the opener ("Since 11 October, importers have paid ...") dates the main clause."""
    return _rules()["fronted"].match(text) is not None and re.search(r"[^\W\d_]", before) is not None


def describes_a_noun(text: str, m: DateMention) -> bool:
    """The phrase stands in a clause describing a noun ("the 67 people who died on Jan. 29")."""
    return _in_that_clause(text[:m.start])


def names_a_noun(text: str, m: DateMention) -> bool:
    """The phrase is part of a noun's name ("the Dec. 4 killing", "last month's crash"): that thing's date."""
    return _describes_a_noun(text, m, text[:m.start])


def _describes_a_noun(text: str, m: DateMention, before: str) -> bool:
    """"the March 26 collapse", "Monday's demolition", "a law from 1851"; but "a Monday morning statement"
    dates the statement, which is the sentence's report, unless the sentence answers it ("answered a July 29
    letter")."""
    rules = _rules()
    phrase = m.phrase.removesuffix("'s").removesuffix("’s")
    possessive = phrase != m.phrase or text.startswith(("'s", "’s"), m.end) \
        or (m.precision == "weekday" and THE_BEFORE.search(before) is not None)  # "The Friday assault" is Friday's
    if m.phrase.lower().startswith("from ") and m.precision in ("year", "decade") \
            and rules["noun_from"].search(before):
        return True
    if OWNED_NOUN_BEFORE.search(before) and not rules["place_head"].fullmatch(before.split()[-1]):
        return True  # "a review of its role in the bank's collapse last month": the collapse's time
    if possessive:
        # "a probe into yesterday's collapse" names the collapse; "Last month's crash killed 40" is the crash, and
        # "In July's consultation Germany abstained" the occasion of what the sentence tells
        occasion = rules["occasion"].match(m.phrase) is not None and not CASUALTY_OF.search(before)
        return bool(before.strip()) and not _subject_start(before) and not occasion
    if rules["led"].match(m.phrase) and not rules["led_the"].match(m.phrase) \
            and not (rules["noun_lead"].match(m.phrase) and rules["noun_after"].match(text[m.end:])):
        return False  # "on Thursday unanimously ratified"; but "on the March 26 collapse" names a collapse, and
        # "sue each other over July meltdown" a meltdown
    noun = rules["noun_after"].match(text[m.end:])
    if noun and SPENT.search(before):
        return False  # "Investors spent Saturday lobbying the board": the time the lobbying took
    if noun and _report_noun(noun.group().split()[-1], text[m.end + noun.end():]):
        return rules["answered"].search(before) is not None
    if noun and m.precision == "weekday" and noun.group().endswith("ing") and _after_an_object(before):
        return False  # "signed a decree Thursday dissolving ...": after the verb's object, the day times the verb,
        # and the -ing word opens a clause; "the Thursday hearing", "a Monday briefing", "criticised Saturday
        # lobbying" name an event
    return noun is not None and rules["calendar"].search(phrase) is not None


def _after_an_object(before: str) -> bool:
    """The word before the phrase is a noun, as a verb's object ends: no determiner and no verb in the past."""
    words = before.split()
    last = words[-1].lower() if words else ""
    return bool(last) and not _rules()["determiner_before"].search(before) and not last.endswith("ed") \
        and last not in irregular_pasts()


THE_BEFORE = re.compile(r"(?<![\w’'])the\s+$", re.IGNORECASE)
# A casualty's participle with no auxiliary before it, describing a noun ("the family of each person killed in
# Thursday's crash"): the crash is no occasion of the sentence's event; "workers were hurt at Monday's demolition" is.
CASUALTY_OF = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bget )(?<!\bgot )"
                         r"\b(?:killed|injured|wounded|hurt|destroyed|damaged)\s+$", re.IGNORECASE)
SPENT = re.compile(r"\b(?:spent|spend|spends|spending)\s+$", re.IGNORECASE)


# A noun, a preposition, then whose it is and a noun, right before the date: "role in the bank's collapse ",
# "questions about his arrest "; not "said in his speech on Friday" nor "an hour into its dive on June 18".
OWNED_NOUN_BEFORE = re.compile(r"\b(?!(?:said|says|say|told|is|was|were|are|be|been|has|have|had)\b)[a-z]{3,}(?<!ed)"
                               r"(?<!ly)\s+(?:in|of|for|about|over)\s+(?:the\s+)?"
                               r"(?:[A-Za-z][\w.\-]*(?:'s|’s)|its|his|her|their)\s+[a-z]{3,}(?<!ly)\s+$")


def _report_noun(word: str, after: str) -> bool:
    """The noun after a date names a report, alone ("a Monday statement") or after a word naming its kind ("a
    Wednesday news conference", "a Friday press briefing"); not after an event's ("the March 26 crash report")."""
    rules = _rules()
    if rules["report_noun"].match(word):
        return True
    second = re.match(r"\s+([a-z]+)\b", after)
    return second is not None and rules["report_modifier"].match(word) is not None \
        and rules["report_noun"].match(second.group(1)) is not None


# what a day is declared ("... a day of national mourning", "... as a national holiday"): the day is the object
DECLARED_AS = re.compile(r"\s+(?:as\s+)?(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?(?:day|holiday)s?\b", re.I)


def _of_a_thing(before: str) -> bool:
    """"the treaty of 9 February 2000" names another thing by its date; "its ruling of August 29 had found"
    dates the ruling, a report the sentence tells of."""
    rules = _rules()
    found = rules["of_before"].search(before)
    if found is None:
        return False
    if not rules["report_noun"].match(found.group().split()[0].lower()):
        return True
    # a report is the sentence's own only as what it is about: "its ruling of August 29 had found", "said its
    # ruling of ... found"; not when another act is done to it ("the court upheld the ruling of 12 March 2021")
    return rules["subject_before"].search(before, 0, found.start()) is None


def _subject_start(before: str) -> bool:
    """Only an article or a quotation mark stands before the phrase: it opens the sentence's subject."""
    return re.fullmatch(r"\W*(?:the\s+)?", before, re.IGNORECASE) is not None


def _in_that_clause(before: str) -> bool:
    """The phrase stands in a "that" (or comma-less "who", "which") clause describing a noun, with no comma
    closing it and no reporting verb of the main clause coming back before the phrase."""
    rules = _rules()
    found = list(rules["that_clause"].finditer(before))
    if not found:
        return False
    rest = flatten_places(before[found[-1].end():])  # "which occurred in Itaewon-dong, Yongsan-gu, Seoul, on"
    if SAID_WHEN_THAT.search(before, 0, found[-1].end()) and HAD.search(rest):
        return False  # "said on Wednesday that he had crossed in early July": what was said, done before the saying
    return "," not in rest and (WITHIN_CLAUSE.search(rest) is not None or not rules["main_verb_after"].match(rest))


# A clause opening inside the described one: a verb after it is that clause's, not the main one coming back ("a
# search that began when Thompson was shot outside the hotel on Wednesday").
WITHIN_CLAUSE = re.compile(r"\b(?:when|while|after|before|because|until|once)\s", re.IGNORECASE)


# A verb of reporting, its date, then "that": the clause after it is what was said ("said on Wednesday that",
# "told reporters on Monday that"), not a clause describing the day; told in the past perfect ("had crossed"),
# it is an event of its own before the saying, and its date is the sentence's (what is said to come is not: the
# news is then the saying).
SAID_WHEN_THAT = re.compile(rf"\b(?:{'|'.join(REPORT_VERBS)})\b(?:\s+[\w.'’]+){{0,4}}?\s+"
                            rf"(?:{CALENDAR}|today|yesterday|tonight|morning|afternoon|evening|night|week|month|\d+)"
                            r"\s+that\s$", re.IGNORECASE)
HAD = re.compile(r"\bhad\b", re.IGNORECASE)


def _in_participle_clause(text: str, m: DateMention, before: str) -> bool:
    """The phrase stands in a clause opened by a participle after a comma, which closes within two words after
    it: "the probes into brandy, opened in January, and into pork" dates the probes, not the sentence's event;
    "the ministers, meeting in Brussels, agreed on Friday to extend the talks" is not such a clause, and one
    after the subject ("The talks, held on Friday, ended ...") dates what the sentence is about."""
    rules = _rules()
    found = list(rules["participle"].finditer(before))
    if not found or not rules["passive_gap"].fullmatch(before[found[-1].end():]):
        return False  # a verb with an object ("endorsed the pact Wednesday") is a main verb, not a participle
    end = rules["clause_end"].match(text[m.end:])
    if end is None:
        return False
    if rules["origin"].search(found[-1].group()):
        return True  # "The Skating Club of Boston, founded in 1912, lost two skaters": when the club began
    # "A replacement, signed on 9 February 2000, dropped ...": a verb after the clause makes what it describes
    # the subject, and the subject's date is the date of what the sentence is about, unless the verb has a day
    # of its own ("The last of them, arrested on Nov. 25, was charged on the 28th")
    rest = m.end + end.end()
    if rules["predicate_next"].match(text[rest:]) is None:
        return True
    return LED_DAY.search(text, rest, _clause_stop(text, rest)) is not None


def _clause_stop(text: str, start: int) -> int:
    """Where the clause running from ``start`` ends: its next comma or semicolon, or the sentence's end."""
    stops = [k for k in (text.find(",", start), text.find(";", start)) if k >= 0]
    return min(stops, default=len(text))


def _subject_participle_yields(text: str, m: DateMention, before: str) -> bool:
    """The phrase stands in a participle's clause right after the subject's noun, and the sentence's own verb,
    still to come, has a date of its own: "Two men arrested on Oct. 25 were charged on Wednesday". Without one,
    the phrase dates what the sentence is about ("The talks held on Friday were friendly")."""
    rules = _rules()
    if rules["subject_participle"].search(before) is None:
        return False
    verb = rules["finite_next"].match(text, m.end)
    return verb is not None and OWN_DAY.search(text, verb.end()) is not None
