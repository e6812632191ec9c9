"""Narrative time: an article's dates read in order, the way a careful reader follows them.

A sentence's own date phrases are read against the article's date
(``find_dates``). Narrative reading adds what only the order of the article
tells:

- **Anaphoric phrases** ("the following day", "later that evening", "three
  days later", "on the 14th") count from the last date the narrative set,
  not from the article's date (``data/narrative.yml``).
- **An undated article's own full dates** give the year of its dates without
  one: an article saying "flew into Pyongyang on 18 October 2023" and then
  "on 19 October" means 2023.
- **Dating by context** (``by_context.py``, run last): a sentence with no date of its own that continues
  the event of the sentence before it (the same paragraph or the next, no
  new place, and pointing back or reporting something done, in the past
  tense) takes that sentence's date: "Putin gave his guest a rifle" after
  "On Sept. 13 Kim met Putin at the cosmodrome". A headline takes the date of
  the first sentence of its article that reports the same kind of action.

Every date found this way says so (``DateMention.origin`` and ``note``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from ...model import DateMention
from .attach import attached, describes_a_noun, names_a_noun
from .attach_lists import irregular_pasts
from .attach_rules import HAD
from .bare_weekdays import with_bare_weekdays
from .by_context import by_context
from .context import possessive
from .daytime import Clock, evening_of, joined, lasting, with_stretch_ends
from .find import find_dates
from .live import is_stamp, just_done, live_entries, posted_now, stamped
from .pick import HAD_DONE, best_date, is_reporting_date, quoted_now
from .resolve import NOTE_EVENT, NOTE_NO_YEAR, NOTE_UNDATED
from .stance import stance_after, state_before
from .step_or_own import counts_instead, finer, from_the_subject
from .steps import YEAR, any_step, counted, long_past, told_on
from .tense import future_after
from .that_refs import FINE, THAT_WEEKDAY, looked_back, vague, year_named
from .told import Told
from .told_event import PAST_WORDS, told_event
from .weeks import in_week, names_its_weekday, week_after
from .years import (
    CARRIED,
    HEADING_YEAR,
    full_day,
    in_heading_year,
    in_sentence_year,
    in_year_told,
    with_own_year,
    year_of,
    yearless_day,
)

Narrated = list[tuple[list[DateMention], DateMention | None]]


def narrate(told: Sequence[Told], article_date: dt.date | None, dateline: bool = False) -> Narrated:
    """Each sentence's date phrases and its event's date, in order (``dateline``: a dateline names its day)."""
    found = _phrases(told, article_date)
    dates: list[DateMention | None] = []
    anchor: DateMention | None = None  # the date of the last dated event: what "the next day" counts from
    named: DateMention | None = None  # the last day named, whoever's: what "the same day" means
    broad: DateMention | None = None  # the last event date at most a year wide: "in 2013 ...", "the following year"
    first_anchor = told_on(article_date)  # before the narrative has set any date, the article's is its time
    attached_to = _own_phrases(told, found)
    before: tuple[DateMention, DateMention] | None = None  # the last day told with its year, and that year's words
    lost = False  # the narrative went on from an event it gives no date of: no day to count from
    days_before: DateMention | None = None  # ... by a step of days: the day it went on from, for a named weekday
    heading: str | None = None  # the last line that is a year alone ("2023"): the year of the days under it
    week: DateMention | None = None  # the day the narrative last named in full ("Wednesday, March 8"): its week
    clock = Clock()  # the time of day the narrative last told on its day
    for i, (t, ms, own_phrases) in enumerate(zip(told, found, attached_to)):
        if week is not None:  # "By Thursday evening" after "Wednesday, March 8", in a feature written weeks later
            ms = found[i] = [in_week(m, week, article_date) for m in ms]
            own_phrases = attached_to[i] = [in_week(m, week, article_date) for m in own_phrases]
        if HEADING_YEAR.fullmatch(t.text):
            heading = t.text.strip(" :")
            dates.append(None)
            continue
        if t.label and long_past(anchor, article_date):  # a new part after a long-past one: no day to count from
            anchor, named, lost, days_before = None, None, True, None
        date = _with_year(t.text, _own_date(joined(t.text, own_phrases), t), heading, before, broad)
        date = _not_after(from_the_subject(t.text, lasting(t.text, date)), t, article_date)
        if (date is None or not date.resolved or counts_instead(t.text, date)) and not t.label:
            # not a headline's "the day before" (the story's) nor a subheading's "The morning after" (a part's)
            base, first = _counts_from(told, dates, i, anchor, lost, first_anchor)
            date = finer(counted(t.text, base, named, year_named(t.text, found, i, broad), first=first,
                                 event=told_event(told, dates, i, found), phrases=ms), date)
            date = looked_back(vague(date, found, dates, anchor), t.plans, article_date)
            date = _past_midnight(_not_yet(date, t, article_date), anchor, clock, t.text)
        date = _in_the_week_stepped_to(t.text, date, days_before if lost else None)
        if date is None and t.reports and not t.label and not t.earlier and not t.plans:
            date = clock.date_for(t.text, anchor)  # "At 2:52 p.m., the fire rekindled": the narrative's day
        if date is not None and not date.resolved and date.note in (NOTE_EVENT, NOTE_UNDATED):
            # "Two days after the grounding, ..." (or an undated article's "On Wednesday"): the narrative's day is
            # one it does not date, and "That evening" or "the next day" after it is no day told before
            days_before = anchor if anchor is not None and DAYS_STEP.match(date.phrase) else None
            anchor, named, lost = None, None, True
            dates.append(date)
            continue
        if article_date is not None and (date is None or not date.resolved) and posted_now(t):
            anchor, named, lost = first_anchor, None, False  # "Minutes later" below it is of the page's day
        if _step_back(t, date, anchor):  # an aside: see _step_back; "of that year" after it is the aside's year
            broad = _within_a_year(date) or broad
            dates.append(date)
            continue
        anchor, lost, clock = _anchored(t.text, _goes_on_to(t.text, ms, date), anchor, lost, clock)
        broad = _within_a_year(date) or broad
        named = _last_named(t.text, [_with_year(t.text, m, heading, before) for m in ms], date, anchor) \
            or (None if lost or _left(date, named) else named)  # gone on to no day, or back to a month: no "that day"
        before = _year_told(t.text, ms, date, before)
        week = next((m for m in reversed(ms) if names_its_weekday(m)), None) or week_after(week, date)
        dates.append(date)
    # another event's date leaves a live entry's now
    dates = live_entries(told, attached_to, just_done(told, found, dates, article_date, dateline), article_date)
    return list(zip(found, by_context(told, found, attached_to, dates, article_date)))


def _past_midnight(date: DateMention | None, anchor: DateMention | None, clock: Clock, text: str) -> DateMention | None:
    """A sentence the narrative puts on its own day ("shortly after midnight", "minutes later, at 1 a.m.") is on
    the next one when the time of day it tells has gone round past midnight from the last one told. Not after a
    day told as the one things stood by ("Nine people were in custody by Thursday evening"): what is told next led
    up to it."""
    if date is None or anchor is None or date.origin != "narrative" or not date.resolved or date.span != anchor.span \
            or anchor.phrase.lower().startswith("by "):
        return date
    if clock.time is None and (evening := evening_of(date)) is not None:
        clock = Clock(evening)  # "The walkout started that night, at one minute past midnight": the next day
    by_clock = clock.date_for(text, anchor)  # only now: reading the time of day is the costly part
    if by_clock is None or by_clock.start_date != date.start_date + dt.timedelta(days=1):  # type: ignore[operator]
        return date
    return by_clock


def _not_yet(date: DateMention | None, t: Told, article_date: dt.date | None) -> DateMention | None:
    """A day counted from the narrative's time that falls after the article's date cannot be one of an action
    told as done ("released the name in the early hours of the 14th" in an article of the 7th, after a "Saturday"
    of that week): the narrative's month was another, so the day is left unresolved."""
    if date is None or date.origin != "narrative" or not date.resolved or article_date is None \
            or not t.reports or t.plans or date.start_date <= article_date:  # type: ignore[operator]
        return date
    return dataclasses.replace(date, start_date=None, end_date=None, note=NOTE_EVENT, origin="")


def _not_after(date: DateMention | None, t: Told, article_date: dt.date | None) -> DateMention | None:
    """A thing named by a day after the article's date ("as he urged voters to back a candidate in Sunday's
    election", in Friday's article) is still to come, so its day cannot be that of an action the sentence tells as
    done: the sentence is left to the narrative."""
    if date is None or date.origin or not date.resolved or article_date is None or not t.reports or t.plans:
        return date
    ahead = date.start_date > article_date  # type: ignore[operator]
    return None if ahead and possessive(date, t.text) else date


def _own_phrases(told: Sequence[Told], found: list[list[DateMention]]) -> list[list[DateMention]]:
    """The phrases dating each sentence's own event, not another's it names: read once, for the narrative and
    for context."""
    return [_first_clause(t.text, with_stretch_ends(t.text, [m for m in ms if attached(t.text, m)
                                                              or is_stamp(t.text, m)], ms))
            for t, ms in zip(told, found)]


def _with_year(text: str, date: DateMention | None, heading: str | None,
               before: tuple[DateMention, DateMention] | None, broad: DateMention | None = None) -> DateMention | None:
    """A day told without its year, in the year its own sentence names for it ("lost the 2017 election on May 19 of
    that year"), or of the heading above it, or of the day the narrative told last; a month or day "of that year"
    in a sentence naming none, in the year of the narrative's last date (``broad``)."""
    if date is None:
        return date
    if broad is not None and (told := in_year_told(text, date, broad)) is not None:
        return told
    if not yearless_day(date):
        return date
    if (named := in_sentence_year(text, date)) is not None:
        return named
    if heading is not None:
        return in_heading_year(text, date, heading) or date
    if before is not None:
        return year_of(text, date, *before) or date
    return date


def _year_told(text: str, mentions: list[DateMention], date: DateMention | None,
               before: tuple[DateMention, DateMention] | None) -> tuple[DateMention, DateMention] | None:
    """The last day the narrative told with its year, and the phrase giving the year, once ``date`` is told: a
    sentence with no date of its own leaves it as it was, which goes on through a day read in it or counted from
    it ("Two days later"), unless it is back in the article's time ("In recent months") or names a later year
    ("The first slide, on July 1, 1984, ..." then "Since 2019, ..."): a day told after it without its year is not
    of that year."""
    if date is None:
        year = before[0].start_date.year if before and before[0].start_date else None
        later = year is not None and any(m.start_date is not None and m.start_date.year > year for m in mentions)
        return None if later or BACK_TO_NOW.search(text) else before
    return (date, date) if full_day(date) else (date, before[1]) if date.origin == CARRIED and before else None


# "said on Tuesday that 2,901 people had died", "said Tuesday it had closed its case", "said on Monday its mechanics
# had found bolts": a past perfect of the active voice, after the saying's date, tells where things stood that day,
# which is the news; "had been invited" tells of an earlier occasion.
HAD_DONE_ACTIVE = re.compile(r"\bhad\s+(?:(?:also|already|now|largely|not|never)\s+)?(?!been\b)"
                             rf"(?:[a-z]+ed|{PAST_WORDS})\b",
                             re.IGNORECASE)


# A step of days from an event ("Two days after the announcement"): it leaves the narrative in the same week.
DAYS_STEP = re.compile(r"(?:a|one|two|three|the|\d)\s*(?:days?\s+)?(?:after|before)\b|(?:a|one|two|three|\d)\s+days?\b",
                       re.IGNORECASE)
# "In recent months his health had been fragile": the narrative is back in the article's own time, and a day told
# without its year after it is no longer of the year a paragraph of background gave
BACK_TO_NOW = re.compile(r"\b(?:in|over|during)\s+(?:recent\s+(?:days|weeks|months)|the\s+(?:past|last)\s+(?:few\s+)?"
                         r"(?:days|weeks|months))\b", re.IGNORECASE)
WEEKEND = re.compile(r"\bweek-?ends?\b", re.IGNORECASE)


def _phrases(told: Sequence[Told], article_date: dt.date | None) -> list[list[DateMention]]:
    """Each sentence's date phrases, bare weekdays and live pages' stamps read; in an undated article, a day
    without a year takes the year of the article's own full dates."""
    found = [[stamped(t.text, m, article_date) for m in with_bare_weekdays(t.text, find_dates(t.text, article_date),
                                                                           article_date)] for t in told]
    if article_date is None:
        # a full date that is no event's own ("set a trial date of Oct. 2, 2023") gives no year to the others
        own = [m for t, ms in zip(told, found) for m in ms if full_day(m) and attached(t.text, m)]
        for i, (t, ms) in enumerate(zip(told, found)):
            found[i] = with_own_year(t.text, ms, found, own, i)
            # a day read into the year after ("impeached Lee on February 8", after "October 29, 2022"): the
            # narrative has moved on into that year, and the days after it are read from there
            own += [m for m in found[i] if m not in ms and m.precision == "day" and attached(t.text, m)]
    return found




def _within_a_year(date: DateMention | None) -> DateMention | None:
    """``date`` when it is resolved and at most a year wide: what "of that year" and "the following year" count from."""
    if date is not None and date.resolved and date.end_date - date.start_date <= YEAR:  # type: ignore[operator]
        return date
    return None


def _step_back(t: Told, date: DateMention | None, anchor: DateMention | None) -> bool:
    """The sentence steps back, in the past perfect ("had sued", "The ship had been in trouble before: on
    February 9, 2019, it struck ..."), to a time before the narrative's: a year or a night before, what comes
    next goes on from the narrative's day ("The mayor had called late on Monday night ... In the afternoon"),
    not the aside's."""
    if not _before_anchor(date, anchor):
        return False
    # before the phrase, where it opens the step ("... before: on February 9, 2019, it struck"); a date taken
    # from the sentence before stands nowhere in this one
    until = len(t.text) if date.origin == "context" else date.start  # type: ignore[union-attr]
    return t.earlier or STEPS_BACK.search(t.text, 0, until) is not None


# a past perfect, an adverb of time or degree allowed between ("had already ordered", "had first sued")
STEPS_BACK = re.compile(r"\bhad\s+(?:(?:already|also|first|just|once|earlier|previously)\s+)?(?:been|[a-z]+ed)\b",
                        re.IGNORECASE)


def _before_anchor(date: DateMention | None, anchor: DateMention | None) -> bool:
    """Both dates resolved, ``date`` wholly before the narrative's day."""
    return date is not None and date.resolved and anchor is not None and anchor.resolved \
        and date.end_date < anchor.start_date  # type: ignore[operator]


def _first_clause(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The phrases of the first of two clauses joined by ", but" (or of two predicates joined by "and" after a day),
    when it has one of its own: "The EU approved the deal last month, but Britain's regulator blocked it in April"
    reports the approval, and April is the block's."""
    cut = BUT.search(text)
    end = cut.start() if cut is not None else next((m.end for m in mentions if AND_PAST.match(text, m.end)), None)
    if end is None:
        return mentions
    if not any(m.end <= end for m in mentions):
        # "reported a loss on the same day, and it expects to burn cash into next year": the first clause's day is
        # one the narrative counts, and the second clause's date is not the sentence's
        return [] if cut is not None and any_step().search(text, 0, end) else mentions
    return [m for m in mentions if m.end <= end]


# ", but" opens a second clause; so does ", and" when a date opens it ("..., and on Tuesday a court lifted the
# order") or a new subject and its verb in the past do ("founded FTX in 2019, and investors valued it ... in January",
# "cut the rating in July, and Fitch followed on August 2",
# "first reported in 1998, and a repair contract signed in 2007 was never completed"), or a pronoun and its verb
# (", and it expects to keep burning cash into next year"), or a noun after "the" with a verb to come or of now
# (", and the district court is due to hear the plea on Feb. 1")
BUT = re.compile(r",\s+but\s+(?!also\b|not\b)|,\s+and\s+(?=(?:on|in|by|late|early|last|earlier|later)\s+\w)"
                 r"|,\s+and\s+(?=(?:(?:the|an?|its|his|her|their)\s+)?(?:[A-Za-z][\w'’\-]*\s+){1,2}?[a-z]{3,}ed\b)"
                 r"|,\s+and\s+(?=(?:it|he|she|they|we)\s+(?:[a-z]{3,}(?:s|ed)|will|would|has|have|is|are|was|were)\b)"
                 r"|,\s+and\s+(?=(?:the|its|his|her|their)\s+(?:[A-Za-z][\w'’\-]*\s+){1,3}?"
                 r"(?:will|would|is|are|has|have)\s+(?!been\b))")


# A second predicate with a verb in the past right after a day ("named him bishop in 2015 and brought him to Rome in
# January 2023"): two events of equal weight, and the sentence reports the first ("built in 2001 and owned by ...": one
# thing described twice)
AND_PAST = re.compile(rf",?\s+and\s+(?:then\s+|later\s+)?(?:[a-z]{{2,}}ed|{'|'.join(irregular_pasts())})\b(?!\s+by\b)")


def _last_named(text: str, mentions: list[DateMention], date: DateMention | None,
                anchor: DateMention | None = None) -> DateMention | None:
    """The last fine date the sentence names, its event's or not: "the same day" in a later sentence means it
    ("the update that caused the crashes went out on Friday, July 19", then "reverted the update the same
    day"), where "the 11th" keeps to the month of the narrative's events, and a day without its year is read in
    the year told before, as the sentence's own date is ("By Nov. 11" after "Nov. 2, 2022"); but not a day told
    after a past perfect ("revealed on Wednesday that she had tried to step down on Sunday evening"): a look
    back, after which "Earlier in the day" is of the narrative's Wednesday; nor a day naming another event by
    its possessive ("agreed on Sunday, March 19, to buy it for a fraction of its value at Friday's close"); nor a
    week or a weekend ("her first trip since the storm struck last week"), which no "same day" can mean; nor an
    earlier day that dates no event of the sentence's ("traveled today to grieve with the families of those killed
    on May 24"), though a later one may ("declared Saturday 23 December a day of mourning. On that day ...")."""
    # the event's date first: where it is a named day read again in the narrative's year, it wins the tie
    fine = [m for m in (*([date] if date else []), *mentions)
            if _fine(m) and m.precision != "week" and not WEEKEND.search(m.phrase)
            and not _since(text, m) and not quoted_now(text, m)
            and (m is date or date is None or not HAD_DONE.search(text, 0, m.start))
            and (m is date or not names_a_noun(text, m) and not _described_long_before(text, m, anchor)
                 and not text.startswith(("'s", "’s"), m.end) and not _describes_after(text, m, date)
                 and (date is None or not date.resolved or attached(text, m) or _later(m, date)))]
    return max(fine, key=lambda m: m.end) if fine else None


def _since(text: str, m: DateMention) -> bool:
    """A day something has gone on since ("wedged across the canal since Tuesday"), or the day of the event a
    comparison runs from ("no tragedy had struck harder since the earthquake of 27 February 2010"): no day the
    narrative tells."""
    return m.phrase.lower().startswith("since ") or SINCE_BEFORE.search(text, max(0, m.start - 60), m.start) is not None


SINCE_BEFORE = re.compile(r"\bsince\s+(?:the|a|an|its|their|his|her)\s+(?:[\w’'\-]+\s+){0,3}$", re.IGNORECASE)


def _describes_after(text: str, m: DateMention, date: DateMention | None) -> bool:
    """The day stands in a clause describing a noun after the sentence's own dated event ("arrested eight people
    on Friday in an inquiry into the estate, where a fire broke out on Wednesday afternoon"): what the sentence
    tells is the arrest, and "the same day" after it is Friday."""
    return date is not None and not date.origin and _fine(date) and date.end <= m.start \
        and (describes_a_noun(text, m) or ASIDE_CLAUSE.search(text, date.end, m.start) is not None)


ASIDE_CLAUSE = re.compile(r",\s+(?:where|which|who|whose)\s[^,;]*$", re.IGNORECASE)  # ", where a fire broke out"


def _described_long_before(text: str, m: DateMention, anchor: DateMention | None) -> bool:
    """The day stands in a clause describing a noun ("the 67 people who died on Jan. 29") and ends over a month
    before the narrative's day: background, not a day "the same day" can mean."""
    return anchor is not None and anchor.resolved and m.end_date < anchor.start_date - MONTH \
        and describes_a_noun(text, m)  # type: ignore[operator]


MONTH = dt.timedelta(days=31)  # a month: the gap that makes a described noun's day background, and the widest time
# "the same day" may step back to (a year told is a background the narrative returns from)


def _in_the_week_stepped_to(text: str, date: DateMention | None, days_before: DateMention | None) -> DateMention | None:
    """ "Two days after the announcement ... That Sunday": a step of days from ``days_before`` leaves the narrative
    in that day's week."""
    if days_before is None or (date is not None and date.resolved) or not THAT_WEEKDAY.search(text):
        return date
    return counted(text, days_before) or date


def _counts_from(told: Sequence[Told], dates: Sequence[DateMention | None], i: int, anchor: DateMention | None,
                 lost: bool, first_anchor: DateMention | None) -> tuple[DateMention | None, bool]:
    """The day sentence i's count of days starts from, and whether the narrative has set none yet. Right after a
    sentence of its paragraph that went back to a time wider than a day ("In October 2002, militants seized a
    theatre"), a count ("Three days later") goes on from that time, which gives it no day: not from the
    narrative's, as it does after such an aside in a paragraph of its own, unless the paragraph before went back
    too: background told over paragraphs ("The probe was halted in late 2021. ... He revived the case in January
    2023. Two days later ..."). Right after a day stepped back to in the past perfect ("had won the first round on
    May 4. ... resigned the following day"), it goes on from that day."""
    run = i > 1 and told[i - 2].block != told[i - 1].block and _wide_aside(dates[i - 2], anchor)
    before = dates[i - 1] if i and (told[i - 1].block == told[i].block or run) else None
    if _wide_aside(before, anchor):
        return None, False
    if before is not None and _step_back(told[i - 1], before, anchor):
        return before, False
    return anchor or (None if lost else first_anchor), anchor is None and not lost


def _wide_aside(date: DateMention | None, anchor: DateMention | None) -> bool:
    """``date`` goes back before the narrative's day, to a time wider than a day-count can start from."""
    return _before_anchor(date, anchor) and not _fine(date)  # type: ignore[arg-type]


def _anchored(text: str, date: DateMention | None, anchor: DateMention | None, lost: bool,
              clock: Clock) -> tuple[DateMention | None, bool, Clock]:
    """The day the narrative counts from after a sentence dated ``date``, whether it has none, and its clock: a
    day or a week the sentence tells; none after a later, wider time ("In May, two airliners aborted landings.
    ... four days later"), never the day of the 2001 crash told two paragraphs before; else the one before."""
    if date is None or _since(text, date) or quoted_now(text, date):
        return anchor, lost, clock  # "Since Thursday it had been in the ballroom", a quoted "today": no day told
    if _fine(date):
        return date, False, clock.moved(text, date, anchor)
    if _moved_on(date, anchor):
        return None, True, clock
    return anchor, lost, clock


def _goes_on_to(text: str, mentions: list[DateMention], date: DateMention | None) -> DateMention | None:
    """The later day a second clause tells after the sentence's own ("The Senate approved the reform on April 2, and
    the National Assembly followed on May 14"): the narrative goes on from it, so "The next day" is May 15. So it
    does from a day after the start of a wider time ("approved the law last month, and on 31 January the council
    met")."""
    if date is None or not date.resolved:
        return date
    cut = BUT.search(text, date.end)  # up to the end: its lookahead may read the phrase itself (", and on May 14")
    later = [m for m in mentions if m.start > date.end and _fine(m) and _later(m, date)
             and cut is not None and cut.start() < m.start and attached(text, m)]
    return max(later, key=lambda m: m.end) if later else date


def _later(m: DateMention, date: DateMention) -> bool:
    """``m`` is after ``date``, or a day after the start of the wider time ``date`` is."""
    return m.start_date > (date.end_date if _fine(date) else date.start_date)  # type: ignore[operator]


def _moved_on(date: DateMention | None, anchor: DateMention | None) -> bool:
    """The narrative moved on to a later time wider than a day-count can start from (a month, a season); an
    earlier one is an aside ("bought ZeniMax in 2020"), after which the count goes on from the day before it."""
    return date is not None and date.resolved and anchor is not None and anchor.resolved \
        and date.start_date > anchor.end_date  # type: ignore[operator]


def _left(date: DateMention | None, named: DateMention | None) -> bool:
    """The sentence's event is of another month, or part of one, than the day last named, before it ("stepped
    aside last March" after "on Tuesday") or after it ("The final report, in March 2023, found ..." after "on 22
    May 2017"): "the same day" after it is a day of that time, not the one named before."""
    return date is not None and named is not None and date.resolved and named.resolved and not _fine(date) \
        and (date.end_date < named.start_date or date.start_date > named.end_date) \
        and date.end_date - date.start_date <= MONTH  # type: ignore[operator]


def _fine(m: DateMention) -> bool:
    return m.resolved and m.end_date - m.start_date <= FINE  # type: ignore[operator]


def _own_date(mentions: list[DateMention], t: Told) -> DateMention | None:
    """The date of the sentence's event among its attached phrases.

    When the first of them is relative to an article date the article does
    not give ("yesterday sent ..., lowering the rates it set in July"), the
    sentence's date is unknown: a later phrase is more likely another event's
    than this one's. A date that only dates the report ("Kim received the
    delegation, KCNA said Friday") is no date of what the sentence reports,
    unless what was said is a plan, an expectation or a stance ("the Corps
    said Thursday it expected to open a channel by May", "the CMA said this
    week it was willing to consider a new deal", "Macron will travel to the
    island, his spokeswoman announced Tuesday"): that is news of the day it
    was told, and that is the sentence's date. So is a thing told as just done,
    in the present perfect ("The body has been given to his mother, his team
    said Saturday"), or as going on ("is now receiving care at home"), or as a state before the saying ("92
    people remained unaccounted for, the governor said Tuesday"): the news of that day. So is a pledge, an
    apology or testimony (``Told.telling``): it is done in the telling. So is what was said when the sentence names
    its action by a noun only and steps nowhere back ("said in a statement Monday that it welcomed the decision",
    not "told reporters on Monday that 35 people had been invited"). A past announcement of what is to come
    ("announced that France would hold a day of mourning on Monday, Dec. 23") is news of a day the sentence does
    not give.
    """
    date = best_date(mentions, t.text)
    first = mentions[0] if mentions else None
    if first is not None and first.note in (NOTE_UNDATED, NOTE_NO_YEAR) and date is not None and date.resolved \
            and date.start > first.start:
        return first
    if date is not None and t.family and not t.telling and not t.plans \
            and (t.stated or t.recent or t.earlier or t.reports and HAD.search(t.text, date.end) is not None) \
            and is_reporting_date(date, t.text) and not future_after(t.text, date.end) \
            and not stance_after(t.text, date.end) and not state_before(t.text, date.start) \
            and not HAD_DONE_ACTIVE.search(t.text, date.end) \
            and not (t.recent and not t.reports) and not GOING_ON.search(t.text, 0, date.start):
        return None  # what was said happened before it was said, on a day the sentence does not give (what it
        # says has just been done, or is going on, is the news of the day it is said)
    if date is not None and date.resolved and ANNOUNCED_TO_COME.search(t.text, 0, date.start) \
            and not is_reporting_date(date, t.text):
        return None  # "Macron announced that France would hold a day of mourning on Monday, Dec. 23": the
        # announcement is the news, on a day the sentence does not give
    return date


# A past announcement of what is to come, the date after it: the day of what was announced
ANNOUNCED_TO_COME = re.compile(r"\b(?:announced|declared|decreed|decided)\s+(?:on\s+\w+\s+)?that\s+[^,;]*?"
                               r"\b(?:would|will|shall)\b[^;]*$", re.IGNORECASE)


# What was said is going on as it was said ("Fico is now receiving home nursing care, the hospital said on Friday")
GOING_ON = re.compile(r"\b(?:is|are)\s+(?:now\s+|still\s+)?(?!going\s+to\b)[a-z]{3,}ing\b", re.IGNORECASE)
