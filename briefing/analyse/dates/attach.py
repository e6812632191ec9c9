"""Which event a date phrase belongs to: the sentence's own, or another one named inside it.

A sentence reports one event in its main clause, and may name others in passing: "the FBI opened a probe into last
month's collapse" reports the probe, and "last month" is the collapse's. A date phrase dates that event unless it

- stands in a relative clause or a parenthesis ("the talks, which reflected the course set in June"; "the
  clause that Moscow had let lapse in the 1990s"; "investors who bought shares in May"; "an investigation the
  Commission opened in October 2023"; "shares he sold on Feb. 27"), or in a participle's clause set off by
  commas ("the probe into pork, opened on 17 June,"), or in a "with" clause after the main one ("..., with
  divers expected back in the water Wednesday"), or in a participle's clause right after the subject's noun
  when the sentence's own verb has a date of its own ("Two men arrested on Oct. 25 were charged on Wednesday"),
- describes a noun ("the March 26 collapse", "last month's crash", "the treaty of 9 February 2000", "a law
  from 1851", "its role in the bank's collapse last month"),
- stands after a semicolon, in a fronted clause that puts it before or after the main one ("After talks on
  25 May, ..."; a fronted "When ...," is the same time), or in a subordinate clause after the main one ("...,
  when the bridge fell on March 26").

The word lists are ``data/attachment.yml``.
"""

from __future__ import annotations

import functools
import re

import yaml

from ...model import DateMention
from .attach_lists import DATA, irregular_pasts, listed
from .attach_rules import (
    APPOSED_PARTICIPLE,
    APPOSED_RELATIVE,
    BY_DECREE,
    CALENDAR,
    COUNTED_ON,
    LIMIT_BEFORE,
    OPENING_NAME_APPOSED,
    OWNED_NOUN_BEFORE,
    SET_OFF_END,
    SUBJECT_OF,
    YEAR_SET_OFF,
    build,
    cites_an_earlier_source,
    clause_opener,
    set_aside,
    verbless_aside,
    what_was_said,
    within_the_occasion,
)
from .context import possessive
from .subject_days import describes_the_object, subject_phrase_yields
from .tense import has_verb, new_date
from .words import ABBREVIATIONS, MONTHS, WEEKDAYS

PREPOSITIONS = "on|in|at|for|by|with|from|of|to|during|after|before|since|until|about|than|and|but|or"


# A date of the predicate's own: a month or weekday named, a year, a day of the month, or a day counted from the
# article's ("were charged on Wednesday", "on the 28th", "yesterday")
# ("Jan." and "Sept." with their point, so that no word is taken for one)
SHORT_MONTHS = "|".join(rf"{name}\." for name in ABBREVIATIONS)
OWN_DAY = re.compile(rf"\b(?:{CALENDAR}|(?:19|20)\d\d|\d{{1,2}}(?:st|nd|rd|th)|yesterday|today|tonight)\b"
                     rf"|\b(?:{SHORT_MONTHS})", re.I)

# ... led by a preposition, as a verb's own time is ("was charged on the 28th", "on 5 November", "on Jan. 13"), not
# "about the July 19 failure"
LED_DAY = re.compile(rf"\b(?:(?:on|in|at|by)\s+(?:the\s+)?(?:(?:{CALENDAR}|(?:19|20)\d\d|\d{{1,2}}(?:st|nd|rd|th)"
                     rf"|\d{{1,2}}\s+(?:{CALENDAR}))\b|{SHORT_MONTHS})|(?:yesterday|today|tonight)\b"
                     r"|(?:next|last|this)\s+(?:week|month|year)\b)", re.I)


def _read() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


@functools.cache
def _rules() -> dict[str, re.Pattern[str]]:
    return build({**_read(), "prepositions": PREPOSITIONS})


def attached(text: str, m: DateMention) -> bool:
    """Whether the date phrase ``m`` of ``text`` dates the sentence's own event."""
    if new_date(text, m.phrase, m.start):
        return False
    rules = _rules()
    text = flatten_dates(text)
    before = text[:m.start]
    relative = rules["relative"].search(before)
    if relative and not re.search(r"[,)]", flatten_places(before[relative.end():])):
        return False
    if ";" in before or (_opens_a_fronted_clause(text, before) and "," in text[m.end:] and "," not in before):
        return False
    subject = _names_the_subject(text, m, before) or rules["speaking"].match(before) is not None
    if not subject and _describes_a_noun(text, m, before):
        return False
    if (not subject and _of_a_thing(before)) or _in_that_clause(before) or rules["superseded"].search(before) \
            or rules["compared"].search(before) or rules["scheduled"].search(before) \
            or (m.precision in ("year", "decade") and rules["recalled"].search(before)) \
            or (rules["appended_plan"].search(before) and not _predicate_after(text, m)):
        return False
    if rules["declared"].search(before) and DECLARED_AS.match(text, m.end) or set_aside(before, text[m.end:]):
        return False  # "declared Saturday a day of mourning", "decided that Monday 23 December shall be a day of ..."
    if rules["summing_up"].search(before) or rules["coordinated_plan"].search(before) or rules["dated"].search(before) \
            or rules["consequence"].search(before):
        return False
    if (m.phrase.lower().startswith("since ") and rules["first_since"].search(before)) \
            or rules["since_clause"].search(before):
        return False
    if _subject_participle_yields(text, m, before) or _fronted_participle_yields(text, m, before) \
            or subject_phrase_yields(text, m.start, m.end) or describes_the_object(before):
        return False
    if _in_participle_clause(text, m, before) or rules["object_relative"].search(before) \
            or rules["pronoun_relative"].search(before) or rules["object_participle"].search(before) \
            or rules["among_participle"].search(before) or rules["casualties_of"].search(before) \
            or _agent_participle(text, m, before) or rules["hearsay_participle"].search(before):
        return False
    if rules["with_clause"].search(before) or FREE_RELATIVE.search(before) or cites_an_earlier_source(before) \
            or (APPOSED_PARTICIPLE.search(before) or APPOSED_RELATIVE.search(before)) \
            and SET_OFF_END.match(text, m.end) is not None:
        return False
    flat = flatten_places(before)  # "from Calais, France, on Thursday": one phrase
    clause = flat[max(flat.rfind(","), flat.rfind(";"), flat.rfind(": ")) + 1:]  # a colon ends a clause too
    if rules["sequence"].search(clause) and not _opens_a_fronted_clause(text, before) \
            and not rules["since_named"].search(clause) and not rules["speaking"].match(before):
        return False
    if FOLLOWS.search(clause) or FOLLOWS_SET_OFF.search(flat):
        return False
    opener = clause_opener(rules["subordinate"], clause, text[m.end:])
    if opener and _relative_closed(clause, opener):
        return True  # "the crush which occurred in Itaewon-dong, Seoul, on 29 October rose to 158 on 14 November"
    # "..., when the bridge fell on March 26" opens its clause; not "In Alzira, a woman who needed oxygen died on
    # Monday", where "who" describes the subject of the main clause the comma's phrase leads into
    return not (opener and "," in before and not (opener.start() > 0 and (_OPENS_MAIN.match(clause)
                                                                            or _predicate_resumes(text, m, clause))))


def _predicate_resumes(text: str, m: DateMention, clause: str) -> bool:
    """The clause after the comma is the main clause's predicate, back after an apposition, and runs to the
    sentence's end: "The line, a branch of the old pipeline, fell idle when Ukraine halted the transit on Jan. 1"
    (what fell idle did so then), or "The boys, aged 11 to 16, and their coach were trapped when heavy rain flooded
    the cave on June 23"; not a participle's clause set off by commas ("The bridge, destroyed when a missile struck
    it on Aug. 16, was rebuilt")."""
    return (_rules()["past_verb_opens"].match(clause) is not None or SUBJECT_COMPLETED.match(clause) is not None) \
        and not re.search(r"[,;]", text[m.end:])


# "The boys, aged 11 to 16, and their coach were trapped when ...": the subject completed after the apposition, then
# the main verb
SUBJECT_COMPLETED = re.compile(r"\s*and\s+(?:the|their|his|her|its|a|an)\s+(?:[\w\-]+\s+){0,2}?"
                               r"(?:was|were|had|has|have)\s", re.IGNORECASE)


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
# (not a way walked behind someone: "followed a brass band through the Treme on Saturday evening")
FOLLOWS = re.compile(r"\b(?i:follows|follow|followed)\s+"
                     r"(?:(?i:the|a|an|one|two|those|these|this|that|last|its|his|her|their)\s"
                     # ... or a name's ("follows President Emmanuel Macron's announcement on Sept. 24")
                     r"|(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w\-]*['’]s\s)"
                     r"(?:(?!\b(?i:through|along|across|around|behind)\b)[^,;])*$")
# ... with the followed event's date set off by a comma: "These appointments follow the appointment, on 6 October
# 2025, of a general as prime minister", "The certification follows the expiry, on 24 November, of the period".
FOLLOWS_SET_OFF = re.compile(r"\b(?:follows|follow|followed)\s+(?:the|a|an|its|his|her|their)\s[^,;]*,"
                             r"\s*(?:on|in)?\s*$", re.IGNORECASE)
# A clause standing for a thing after a preposition ("gave his view of what happened on June 24", "asked about how
# the ship sank on Tuesday"), or for what happened after any verb ("reconstructs what happened on the grid on April
# 28"): the date is that clause's, not the main clause's.
FREE_RELATIVE = re.compile(r"(?:\b(?:of|about|over|into|on)\s+(?:what|how|why)\s+|\bwhat\s+(?:had\s+)?"
                           r"(?:happened|occurred|went\s+wrong|took\s+place)\b"
                           # a question asked of something done ("to find out why fire spread so fast last week")
                           r"|\b(?:find\s+out|establish|determine|examine|investigate|understand|explain|learn)\s+"
                           r"(?:why|how|whether)\s+)[^,;]*$", re.IGNORECASE)


# A place's district, city, state or country set off by commas after it ("Calais, France,", "Itaewon-dong,
# Yongsan-gu, Seoul,"): no clause edge.
PLACE_APPOSITION = re.compile(r"\b[A-Z][\w.'’\-]*(?:,\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2})+,")


def flatten_places(text: str) -> str:
    """``text`` with the commas of its places' appositions made spaces, so that no clause seems to end there."""
    return PLACE_APPOSITION.sub(lambda found: found.group().replace(",", " "), text)


_MONTH = rf"(?i:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b\.?"
_YEAR = r"(?:1[5-9]|20)\d\d\b"
# A comma inside a date ("Monday, 13 January", "Jan. 13, 2025") or between a named day and its date ("on Paush
# Purnima, 13 January 2025,"): no clause edge either.
DATE_COMMA = re.compile(
    rf"(\b(?i:{'|'.join(WEEKDAYS)})),(?=\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d))"
    rf"|(\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?),(?=\s+{_YEAR})"
    rf"|(\b[A-Z][a-z]+),(?=\s+(?:\d{{1,2}}\s+{_MONTH}\s+|{_MONTH}\s+\d{{1,2}},\s+){_YEAR})"
)


def flatten_dates(text: str) -> str:
    """``text`` with the commas inside its dates made spaces (same length, so positions hold)."""
    return DATE_COMMA.sub(lambda found: (found.group(1) or found.group(2) or found.group(3)) + " ", text) \
        if _MAYBE_DATE_COMMA.search(text) else text


# Each of DATE_COMMA's commas has a digit after it, or a weekday before it: a quick test first.
_MAYBE_DATE_COMMA = re.compile(r",\s+\d|day,", re.IGNORECASE)


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
    """"the March 26 collapse", "Monday's demolition", "a law from 1851"; but "a Monday morning statement" dates the
    statement, which is the sentence's report, unless the sentence answers it ("answered a July 29 letter")."""
    rules = _rules()
    if OCCASION_LEAD.match(m.phrase) or WITHIN_AN_OCCASION.search(before, max(0, len(before) - OCCASION_REACH)):
        return False  # "in the first days of the February 2022 invasion", "during the March 2022 siege": the
        # stretch the sentence's event happened in
    phrase = m.phrase.removesuffix("'s").removesuffix("’s")
    owned = possessive(m, text) or (m.precision == "weekday" and THE_BEFORE.search(before) is not None)
    if m.phrase.lower().startswith("from ") and m.precision in ("year", "decade") \
            and rules["noun_from"].search(before):
        return True
    if m.precision == "year" and NAME_AFTER.match(text, m.end) and (rules["noun_lead"].match(m.phrase) or
                                                                    rules["determiner_before"].search(before)
                                                                    and not OCCASION_BEFORE.search(before)):
        return True  # "the 1972 Simla Agreement", "blamed for the 2008 Mumbai attacks", "over 2016 Nice attack"
    if OWNED_NOUN_BEFORE.search(before) and not rules["place_head"].fullmatch(before.split()[-1]):
        return True  # "a review of its role in the bank's collapse last month": the collapse's time
    if owned:  # "The Friday assault" is Friday's, as "yesterday's collapse" is yesterday's
        # "a probe into yesterday's collapse" names the collapse; "Last month's crash killed 40" is the crash, and
        # "In July's consultation Germany abstained" the occasion of what the sentence tells
        occasion = rules["occasion"].match(m.phrase) is not None and not CASUALTY_OF.search(before) \
            or rules["attending"].search(before) is not None
        return bool(before.strip()) and not _subject_start(before) and not occasion
    if rules["led"].match(m.phrase) and not rules["led_the"].match(m.phrase) \
            and not (rules["noun_lead"].match(m.phrase) and rules["noun_after"].match(text[m.end:])):
        return False  # "on Thursday unanimously ratified"; but "on the March 26 collapse" names a collapse, and
        # "sue each other over July meltdown" a meltdown
    rest = text[m.end:]
    if rest.startswith(",") and YEAR_END.search(phrase) and rules["determiner_before"].search(before):
        rest = rest[1:]  # "The July 29, 2024, attack": US style sets the year off with commas, name and all
    noun = rules["noun_after"].match(rest)
    if noun and SPENT.search(before):
        return False  # "Investors spent Saturday lobbying the board": the time the lobbying took
    if noun and _report_noun(noun.group().split()[-1], rest[noun.end():]):
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


YEAR_END = re.compile(r"\d \d{4}$|, \d{4}$")  # a day told with its year: "July 29, 2024", "29 July 2024"
NAME_AFTER = re.compile(r"\s+(?:[A-Z][\w'’\-]*\s+)*[A-Z][\w'’\-]*\b(?!\s*,\s*(?-i:[a-z]))")
# "at the 2024 Paris Olympics, she won": the occasion the sentence's event happened at
OCCASION_BEFORE = re.compile(r"\b(?:at|in|during|throughout|amid)\s+\w+\s+$", re.IGNORECASE)
THE_BEFORE = re.compile(r"(?<![\w’'])the\s+$", re.IGNORECASE)
# "during the" or "in the first days of the" right before a date naming an occasion: the occasion is the time of the
# sentence's event
WITHIN_AN_OCCASION = re.compile(r"\b(?:during|throughout|amid)\s+the\s+$|\b(?:in|during|within)\s+the\s+"
                                r"(?:first|early|opening|last|final|closing)\s+(?:hours|days|weeks|months)\s+of\s+the\s+$",
                                re.IGNORECASE)
OCCASION_LEAD = re.compile(r"(?:during|throughout|amid)\s+the\s", re.IGNORECASE)  # ... led by the phrase's own word
OCCASION_REACH = 60  # characters before the phrase that such an opening can take
# A casualty's participle with no auxiliary before it, describing a noun ("the family of each person killed in
# Thursday's crash"): the crash is no occasion of the sentence's event; "workers were hurt at Monday's demolition" is.
CASUALTY_OF = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bget )(?<!\bgot )"
                         r"\b(?:killed|injured|wounded|hurt|destroyed|damaged)\s+$", re.IGNORECASE)
SPENT = re.compile(r"\b(?:spent|spend|spends|spending)\s+$", re.IGNORECASE)


def _report_noun(word: str, after: str) -> bool:
    """The noun after a date names a report, alone ("a Monday statement") or after a word naming its kind ("a
    Wednesday news conference", "a Friday press briefing"); not after an event's ("the March 26 crash report")."""
    rules = _rules()
    if rules["report_noun"].match(word):
        return True
    second = re.match(r"\s+([a-z]+)\b", after)
    return second is not None and rules["report_modifier"].match(word) is not None \
        and rules["report_noun"].match(second.group(1)) is not None


# what a day is declared ("... a day of national mourning", "... as a national holiday", "... as the date it ends"):
# the day is the object
DECLARED_AS = re.compile(r",?\s+(?:as\s+)?(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?(?:day|holiday|date|deadline)s?\b", re.I)


def _of_a_thing(before: str) -> bool:
    """"the treaty of 9 February 2000" names another thing by its date; "its ruling of August 29 had found" dates it."""
    rules = _rules()
    found = rules["of_before"].search(before)
    if found is None or BY_DECREE.fullmatch(before) or within_the_occasion(before, found.start()):
        return False
    if not rules["report_noun"].match(found.group().split()[0].lower()):
        return True
    # a report is the sentence's own only as what it is about: "its ruling of August 29 had found", "said its
    # ruling of ... found"; not when another act is done to it ("the court upheld the ruling of 12 March 2021")
    return rules["subject_before"].search(before, 0, found.start()) is None


def names_the_subject(text: str, m: DateMention) -> bool:
    """The phrase names the event that is the sentence's subject ("The June 12 crash killed 260 people")."""
    return _names_the_subject(text, m, text[:m.start])


def _names_the_subject(text: str, m: DateMention, before: str) -> bool:
    """The phrase names the event that is the sentence's subject, and the sentence's verb follows the name: "The
    June 12 crash killed 260 people", "The crush of Oct. 29, 2022, killed 159 people", "The March 22 massacre
    was the deadliest": what the sentence tells is that event's, and so is its date. Not "The 2008 Mumbai attacks"
    (a name's year) nor "The July 29, 2024, attack" (set off by commas), which stay names, nor what the event set
    off ("The June 12 crash prompted a review of the fleet")."""
    rest = text[m.end:]
    if _subject_start(before):
        noun = _rules()["noun_after"].match(rest)
    elif SUBJECT_OF.fullmatch(before):
        noun = YEAR_SET_OFF.match(rest)
    else:
        return False
    verb = VERB_NEXT.match(rest, noun.end()) if noun is not None else None
    if verb is None or _rules()["causing_verb"].fullmatch(verb.group(1)):
        return False
    # ... with no date of the predicate's own ("The ceasefire of Saturday evening held through Sunday night")
    return (verb.group(1) in irregular_pasts() or verb.group(1) in SUBJECT_VERBS or verb.group(1).endswith("ed")) \
        and OWN_DAY.search(rest, verb.end()) is None


VERB_NEXT = re.compile(r"\s+(?:also\s+)?([a-z]+)\b")
SUBJECT_VERBS = frozenset("was were is are remains remained".split())


def _subject_start(before: str) -> bool:
    """Only an article or a quotation mark stands before the phrase, or a fronted phrase of place or manner set
    off by a comma ("At the Robaina plantation, one of the best-known farms, Tuesday's winds flattened ..."): it
    opens the sentence's subject."""
    if re.fullmatch(r"\W*(?:the\s+)?", before, re.IGNORECASE) is not None:
        return True
    fronted = FRONTED_PLACE.fullmatch(before)
    return fronted is not None and not has_verb(re.findall(r"[a-z']+", fronted.group(1).lower()))


# A sentence opening with a phrase of place or manner, set off by a comma: "At the plantation, ", "By the reckoning
# of the meteorology department, ". A verb in it makes it a clause, whose subject is another.
FRONTED_PLACE = re.compile(r"\W*((?:At|In|Across|Near|Inside|Outside|Along|By|Around|Throughout)\s[^;:()\"“”]*),"
                           r"\s+(?:the\s+)?")


def _in_that_clause(before: str) -> bool:
    """The phrase stands in a "that" (or comma-less "who", "which") clause describing a noun, with no comma
    closing it and no reporting verb of the main clause coming back before the phrase."""
    rules = _rules()
    found = list(rules["that_clause"].finditer(before))
    if not found:
        return False
    rest = flatten_places(before[found[-1].end():])  # "which occurred in Itaewon-dong, Yongsan-gu, Seoul, on"
    if what_was_said(before[:found[-1].end()], rest):
        return False
    if "," in rest or ": " in rest:
        return False
    if found[-1].group().rstrip().lower().endswith("whose"):  # "whose oil train destroyed the town ... appeared":
        return len(rules["verb_group"].findall(rest)) < 2  # its own subject and verb first, then the main verb
    return rules["within_clause"].search(rest) is not None or not rules["main_verb_after"].match(rest)


def _in_participle_clause(text: str, m: DateMention, before: str) -> bool:
    """The phrase stands in a clause opened by a participle after a comma, which closes within two words after
    it: "the probes into brandy, opened in January, and into pork" dates the probes, not the sentence's event;
    "the ministers, meeting in Brussels, agreed on Friday to extend the talks" is not such a clause, and one
    after the subject ("The talks, held on Friday, ended ...") dates what the sentence is about."""
    rules = _rules()
    found = list(rules["participle"].finditer(before))
    if not found or not (rules["passive_gap"].fullmatch(before, found[-1].end()) or rules["appointed"].search(before)):
        return False  # a verb with an object ("endorsed the pact Wednesday") is a main verb, not a participle
    if _closes_an_aside(text, m, before, found[-1].start()):
        return False  # main verbs: "The violence, which they call "the Events", culminated", "The envoy, Ana Reis, led"
    end = rules["clause_end"].match(text[m.end:])
    if end is None or (OPENING_NAME_APPOSED.fullmatch(before, 0, found[-1].start())
                       and not text[m.end + end.end():].strip()):
        return False  # "Lt. Pargas, the acting chief that day, resigned in mid-November.": the main verb
    if rules["origin"].search(found[-1].group()):
        return True  # "The Skating Club of Boston, founded in 1912, lost two skaters": when the club began
    # "A replacement, signed on 9 February 2000, dropped ...": a verb after the clause makes what it describes
    # the subject, and the subject's date is the date of what the sentence is about, unless the verb has a day
    # of its own ("The last of them, arrested on Nov. 25, was charged on the 28th")
    return _date_stays_the_nouns(text, m.end + end.end())


def _date_stays_the_nouns(text: str, rest: int) -> bool:
    """Whether a clause describing a noun, ending at ``rest``, keeps its date to the noun: no predicate goes on
    after it, or one does with a day of its own ("..., arrested on Nov. 25, was charged on the 28th"). Else the
    noun is the subject, and the clause's date that of what the sentence is about; a day inside what the
    predicate tells ("The report, released on Monday, found that the cable had been bought in 2022") is no day
    of its own."""
    if _rules()["predicate_next"].match(text[rest:]) is None:
        return True
    told = THAT.search(text, rest)
    return LED_DAY.search(text, rest, min(_clause_stop(text, rest), told.start() if told else len(text))) is not None


def _predicate_after(text: str, m: DateMention) -> bool:
    """A predicate goes on after the clause the phrase stands in ("The mission, now due to launch in late September,
    will carry two astronauts"): the clause is part of the subject."""
    return _rules()["predicate_next"].match(text[_clause_stop(text, m.end) + 1:]) is not None


def _closes_an_aside(text: str, m: DateMention, before: str, comma: int) -> bool:
    """The comma at ``comma`` closes a relative clause set off by commas (", which ..."), or a verbless aside after a
    verbless subject (``verbless_aside``) and no predicate follows: what comes after it is the main clause's."""
    opened = list(_rules()["relative"].finditer(before, 0, comma))
    return bool(opened) and opened[-1].group().startswith(",") and "," not in before[opened[-1].end():comma] \
        or verbless_aside(before, comma) and not _predicate_after(text, m)


THAT = re.compile(r"\bthat\b", re.IGNORECASE)


def _clause_stop(text: str, start: int) -> int:
    """Where the clause running from ``start`` ends: its next comma or semicolon, or the sentence's end."""
    stops = [k for k in (text.find(",", start), text.find(";", start)) if k >= 0]
    return min(stops, default=len(text))


def _agent_participle(text: str, m: DateMention, before: str) -> bool:
    """The phrase ends a participle's clause with its named agent after a noun ("the 10 million rupees pledged by Tata
    Sons on the evening of the crash"): what was done to the noun, not when a predicate follows ("the ordinance adopted
    by the Council on 19 March expressly empowered ...") without a day of its own, nor to a report ("In an article
    carried by Rodong Sinmun yesterday, ..."), unless in what was said ("said the report released ... last month")."""
    found = _rules()["agent_participle"].search(before)
    said = found is not None and _rules()["said_of"].search(before, 0, found.start()) is not None
    if found is None or not said and _rules()["report_noun"].match(found.group().split()[0].lower()):
        return False
    return said or _date_stays_the_nouns(text, m.end)


def _subject_participle_yields(text: str, m: DateMention, before: str) -> bool:
    """The phrase stands in a participle's clause right after the subject's noun, and the sentence's own verb, still
    to come (perhaps after an aside), has a date of its own, not a limit: "Two men arrested on Oct. 25 were charged
    on Wednesday", not "An order published in mid-October gave them until July 1". Without one, the phrase dates
    what the sentence is about ("The talks held on Friday were friendly"), as it does a report's publishing before
    a verb in the past ("A report published on Wednesday found ...": the publishing is the news)."""
    rules = _rules()
    if (subject := rules["subject_participle"].search(before)) is None:
        return False
    report = any(rules["report_noun"].match(w.lower()) for w in subject.group().split())
    at = aside.end() if (aside := rules["aside_next"].match(text, m.end)) else m.end  # ", three from Vale, were"
    verb = rules["finite_next"].match(text, at) or (None if report else rules["past_next"].match(text, at))
    day = OWN_DAY.search(text, verb.end()) if verb is not None else None
    return day is not None and not LIMIT_BEFORE.search(text, verb.end(), day.start())  # type: ignore[union-attr]


def _fronted_participle_yields(text: str, m: DateMention, before: str) -> bool:
    """The phrase stands in a participle's clause opening the sentence, before its subject, and the main clause after
    the clause's comma has a date of its own ("Born in Biratnagar in 1952, she took a law degree in 1978"): the
    participle tells an earlier happening to the subject, as it does when the main clause counts on from it
    ("Ordained in Rome on June 19, 1982, he was sent three years later to Peru"). A participle of how the subject
    came to be ("Born in 1952, she became the first woman to lead the court") never dates what the sentence tells;
    another one without a date after it ("Asked on Monday about the fire, the mayor said ...") tells its occasion."""
    opening = _rules()["fronted_participle"].match(text)
    if opening is None or "," in flatten_places(before) or _rules()["verb_group"].search(before, opening.end()):
        return False
    comma = flatten_places(text).find(",", m.end)
    if comma < 0:
        return False
    if opening.group(1).lower() in listed("origin_participles"):
        return True
    return OWN_DAY.search(text, comma) is not None or COUNTED_ON.search(text, comma) is not None
