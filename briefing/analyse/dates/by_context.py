"""Dating by context: a sentence with no date of its own that continues the event of the sentence before it
(the same paragraph or the next, no new place, pointing back or reporting something done in the past tense)
takes that sentence's date, marked "dated by context" with the phrase it came from. A sentence naming an event
as told before ("At the end of the talks") takes the date of the article's last report of it, a headline that
of its article's first report of the same kind of action, and a timeline's entry the date of the entry above it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from ...model import DateMention
from .attach import names_the_subject
from .attach_rules import SAID
from .daytime import a_telling, time_told
from .live import CLOCK, entry_above, is_timeline
from .occasion import same_occasion
from .pick import is_reporting_date
from .steps import holds_step, long_past, shifts_time
from .told import Told
from .words import REPORT_VERBS, REPORTING_VERBS

# A year before those the date reader takes ("began in 1163", "between 1786 and 1792"), led as a date is.
OLD_YEAR = re.compile(r"\b(?:in|since|from|by|until|between|around|circa)\s+1[0-7]\d\d(?![\d.,]\d|\d)")
# A time the sentence tells in words the date reader takes no day from: a numbered day or week of a stretch, an end
# or a start of one, a weekend reached, a count of hours or days into or after something ("thirty hours after the
# attack began"), or a stretch waited out ("after a two-day standoff", "after 36 hours").
UNREAD_TIME = re.compile(r"\b(?:day|week|month)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b"
                         r"|\b(?:end|close|start|beginning|middle)\s+of\s+(?:the|that)\s+(?:week|month|year)\b"
                         r"|\b(?:\d{1,3}|a\s+few|several|(?:twenty|thirty|forty|fifty|sixty)[\w-]*)\s+"
                         r"(?:hours|days|weeks|months)\s+(?:after|into|on)\b"
                         r"|\bby\s+the\s+weekend\b"
                         r"|\bafter\s+(?:a\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)"
                         r"[\s-]+(?:hours?|days?|weeks?|months?)\b", re.IGNORECASE)
# Where an occasion may go on in another room: a place named by one of these is no new occasion.
VENUES = frozenset("court courthouse guesthouse house palace hall square airport hotel residence headquarters "
                   "office offices building chamber room embassy ministry parliament kremlin".split())
LOOK_BACK = 3  # a sentence dated by context looks back past at most two undated ones of its paragraph
CONTEXT_WIDEST = dt.timedelta(days=31)  # ... and at most this wide can date the sentence after it
BACKGROUND_GAP = dt.timedelta(days=31)  # a date named in passing a month before the borrowed one is background
RECENT = dt.timedelta(days=45)  # a week or a month ending this near before the article's date: its recent past


def by_context(told: Sequence[Told], found: list[list[DateMention]], attached_to: list[list[DateMention]],
                dates: list[DateMention | None], article_date: dt.date | None = None) -> list[DateMention | None]:
    out = list(dates)
    timeline = is_timeline(told)
    # running text first, then headlines: a headline takes its lead's date, which context may have given it
    for i, t in sorted(enumerate(told), key=lambda it: it[1].label):
        if out[i] is not None or _own_time(t.text, attached_to[i]) or OLD_YEAR.search(t.text) \
                or UNREAD_TIME.search(t.text):
            continue  # a date of another event ("the first meeting since April 2019") leaves the sentence's open,
            # and a year of centuries ago ("work on the cathedral began in 1163") is a time of its own, as is
            # one told in words no date is read from ("on day two of the siege", "by the end of the week")
        same = same_occasion(told, found, out, i) if not t.label else None
        if same is not None:  # "At the same briefing": the day of the briefing the article named before, or none
            kind, day = same
            out[i] = lent(day, f"the article's last report of the {kind}") if day is not None else None
            continue
        if t.label:
            source, how = _lead_of(told, out, i), "the article's first report of it"
        elif _names_told_event(told, i):
            # "At the end of the meeting": the meeting's date, whatever the sentence before was about; or the
            # sentence before's, when it tells of that meeting
            source, how = _referent(told, out, i), "the article's last report of it"
            if source is None and (went_on := _continued(told, out, i, found)) is not None \
                    and told[went_on[0]].action == t.refers:
                source, how = went_on[0], BEFORE
        else:
            source, how = _continued(told, out, i, found) or (None, BEFORE)
            if source is not None and (_other_occasion(t.text, told[source].text)
                                       or _timed_by_another(t, told[source])):
                source = None  # "During the ceremony, ..." after a sentence on the appointment: the ceremony's day
        if source is None and timeline and not t.label and not t.plans and not t.earlier:
            k = entry_above(told, out, i, LOOK_BACK)
            source, how = (k if k is not None and _lendable(out[k]) else None), "the timeline's entry above it"
        if source is not None and t.reports and article_date is not None \
                and out[source].start_date > article_date:  # type: ignore[operator, union-attr]
            source = None  # a thing done, told in the past tense, cannot take a day after the article's
        if source is not None and not t.reports and not t.plans and PRESENT.search(t.text) \
                and long_past(out[source], article_date):
            source = None  # "Her name is released at her family's request" after "entered the Army in July 2019":
            # told in the present, it is news of the article's time, not of the past the sentence before recalled
        if source is not None and _recent_span(out[source], article_date):
            source = None  # "rejecting an appeal against a ruling issued in May" in a June report: a month of the
            # article's recent past, told at that grain, is background to its news
        if source is not None and time_told(t.text) is not None and a_telling(out[source], told[source].text):
            source = None  # "Its crews spotted a fire shortly before 3 p.m." after "a statement issued late Sunday"
        if source is not None and not _all_before(t.text, [m for m in found[i] if not is_reporting_date(m, t.text)],
                                                  out[source], article_date):  # type: ignore[arg-type]
            source = None  # "after the ship left port on March 26", "Sunday's attempt": its own time is near, but
            # not "the railroad said Saturday": that is when it was told
        if source is not None:
            d = out[source]
            assert d is not None
            out[i] = lent(d, how)
    return out


PRESENT = re.compile(r"\b(?:is|are|remains|remain)\b", re.IGNORECASE)


def lent(d: DateMention, how: str) -> DateMention:
    """``d`` lent to a sentence by context, its note saying where it came from (``how``)."""
    words = f"‘{d.phrase}’" if d.phrase else "the article's date"  # a lead or live entry has no words
    return dataclasses.replace(d, start=0, end=0, origin="context", note=f"dated by context: {words} in {how}")


# An occasion the sentence opens in, named as one the reader knows ("During the ceremony", "In his first major
# speech"): the sentence before tells its day only when it names it too.
OCCASION_OPENING = re.compile(r"\W*(?:in|during|at)\s+(?:the|his|her|its|their)\s+(?!same\b)"
                              r"(?:(?!after\b|before\b|of\b|for\b)[\w’'\-]+\s+){0,3}?"
                              r"(speech|ceremony|interview|news\s+conference|press\s+conference|inauguration)\b",
                              re.IGNORECASE)


def _other_occasion(text: str, before: str) -> bool:
    opening = OCCASION_OPENING.match(text)
    return opening is not None and opening.group(1).split()[0].lower() not in before.lower()


# The sentence times its event by hours after another it names ("left New York within hours of the shooting"): a
# statement before it, of another matter, lends no day ("The FBI said on Friday it would pay a reward").
TIMED_BY_EVENT = re.compile(r"(?:\b(?:within|in)\s+(?:the\s+)?(?:hours|minutes|days|moments)\s+(?:of|after|before)"
                            r"|\b(?:hours|minutes|moments|shortly|soon|just|immediately|right)\s+(?:after|before))"
                            r"\s+the\s+([a-z]{4,})\b", re.IGNORECASE)


def _timed_by_another(t: Told, p: Told) -> bool:
    timed = TIMED_BY_EVENT.search(t.text)
    if timed is None or SAYING.search(p.text) is None:
        return False
    return timed.group(1)[:4].lower() not in p.text.lower() and not (t.refers and p.action == t.refers)


# A verb of saying anywhere in the sentence: with no other action, the sentence is a statement.
SAYING_VERBS = sorted(set(REPORT_VERBS) | set(REPORTING_VERBS))
SAYING = re.compile(rf"\b(?:{'|'.join(SAYING_VERBS)})\b", re.IGNORECASE)
SAID_PAST = re.compile(rf"\b(?:{'|'.join(v for v in SAYING_VERBS if v != 'says')})\b", re.IGNORECASE)  # told as done


def _own_time(text: str, attached: list[DateMention]) -> bool:
    """The sentence has a date phrase of its own, other than a start inside what someone is said to have said ("The
    judge said Islamist ideology had gripped him ever more tightly since 2019"): the saying's time is still open."""
    if not attached:
        return False
    said = SAID_PAST.search(text)
    return any(said is None or m.start < said.end() or not m.phrase.lower().startswith("since ") for m in attached)


def _all_before(text: str, mentions: list[DateMention], lent: DateMention, article_date: dt.date | None) -> bool:
    """The dates a sentence names of other events all end well before the date it would borrow: background
    ("the first meeting since April 2019", "a law from 1851"). One near it may be its event's own time, told
    in a way that does not date it ("after the ship left port on March 26"): borrowing would contradict it. A
    date that is background itself lends to no sentence naming another ("Patricia came ashore on Oct. 23, 2015"
    before "The worst was Pauline, which flooded the city in October 1997"): two asides, each of its own time."""
    if mentions and long_past(lent, article_date):
        return False
    return all(m.resolved and m.end_date < lent.start_date - BACKGROUND_GAP  # type: ignore[operator]
               and not TIMED_BY.search(text, 0, m.start) for m in mentions)


# A clause timing the sentence's event by another ("soon after taking office in 2023", "days before leaving in
# May"): its date is near the event's own, however far from the date the sentence before would lend.
TIMED_BY = re.compile(r"\b(?:after|before)\s+[a-z]+ing\b[^,;]*$", re.IGNORECASE)


def _continued(told: Sequence[Told], dates: list[DateMention | None], i: int,
               found: list[list[DateMention]]) -> tuple[int, str] | None:
    """The sentence before, if this one continues its event and it has a date narrow enough to lend, and how it
    goes on: as another part of the statement the sentence before reports, or from the sentence before."""
    if i == 0 or CLOCK.match(told[i].text):
        return None  # a live page's entry, stamped with its own time, starts afresh
    t = told[i]
    k = i - 1  # the sentence before; past undated ones of the same paragraph, the one before them
    while k > 0 and dates[k] is None and told[k].block == t.block and i - k < LOOK_BACK and not told[k].label:
        if shifts_time(told[k].text):
            return None  # "Before that, Putin visited": what follows goes on at that other, undated time
        k -= 1
    gap = 1 if k == i - 1 else 0  # paragraphs the sentence may be from the one it continues
    how = BEFORE
    if k == i - 1 and k > 0 and dates[k] is None and told[k].earlier and not told[k].label and not t.earlier \
            and adds_to_told(t.text):
        k, gap = k - 1, 2  # a step back in between ("Investigators believe the transformer had failed before")
        # is an aside: a sentence adding to what was told ("The department also asked ...") goes on past it
    elif k == i - 1 and k > 0 and dates[k] is None and told[k].plans and not told[k].label and not t.plans:
        k, gap = k - 1, 2  # so is a word on what is to come ("The treaty will take effect once ratified")
    elif k == i - 1 and k > 0 and _quotation_between(told, dates, k, t):
        k, gap, how = k - 1, 2, PAST_QUOTATION  # and so is a quotation set apart in a paragraph of its own
    p, d = told[k], dates[k]
    if p.label or not 0 <= t.block - p.block <= gap or not _lendable(d):
        return None  # the next paragraph may go on with the sentence right before it, not with an earlier one
    if SAYING.search(t.text) and d.origin == "" and names_the_subject(p.text, d):  # type: ignore[union-attr]
        return None  # "The Jan. 29 collision killed 67 people." then "Homendy warned that ...": a recap of the
        # story's event, and a statement on another day
    if k == i - 1 and _saying_goes_on(t, p, d, found[k]):  # type: ignore[arg-type]
        return k, SAME_STATEMENT
    if _in_aside(p.text, d):  # type: ignore[arg-type]
        return None  # "Berth four, where a crane fell on Tuesday, remains closed": Tuesday is the aside's
    if t.place and t.place != p.place and not _venue(t.place, t.text) and not (t.refers and not p.place) \
            and not _said_of(p):
        return None  # a new place is another occasion, but a hall or a court may be where the one before went on,
        # in the town it named or not ("in Beijing on Monday" then "took place at the Great Hall"), and the event
        # told before, named again, happened somewhere ("named him president" then "The announcement was made
        # ... in Damascus")
    if shifts_time(t.text):
        return None  # "Before that, Putin visited North Korea": another time than the sentence before's
    if t.earlier or p.earlier:
        return None  # "had sued last month": a step back in time, neither the time before it nor the one after
    if t.plans:
        return None  # "The talks will resume in Moscow": what is to come is not dated by what was done
    if not t.family and SAID.search(t.text) and d.end_date - d.start_date > dt.timedelta(days=1):  # type: ignore[union-attr,operator]
        return None  # a statement is news of a day: a month the sentence before was about is another time
    if t.leans or t.reports or _same_document(t.text, p.text) or _speaker_goes_on(t, p):
        return k, how
    return None


def _quotation_between(told: Sequence[Told], dates: list[DateMention | None], k: int, t: Told) -> bool:
    """Sentence ``k``, undated, is a paragraph of its own right before the one sentence ``t`` opens, and quotes
    someone (wire copy sets a quote apart between two paragraphs of one account: "The state got $60 million on
    Thursday." / "\"Every dollar counts,\" the governor said." / "Buttigieg called the money a down payment.").
    One that is no paragraph of its own, or steps back in time, may start a matter of its own."""
    q = told[k]
    return dates[k] is None and not q.label and not q.earlier and q.block == t.block - 1 \
        and told[k - 1].block == q.block - 1 and QUOTATION_MARK.search(q.text) is not None and not shifts_time(q.text)


QUOTATION_MARK = re.compile(r"[\"“”]")
PAST_QUOTATION = "the sentence before the quotation"


def _said_of(p: Told) -> bool:
    """The place the sentence names stands in what someone said ("Macron said Wednesday he was suspending a reform
    that set off riots in New Caledonia"): no place of the saying, so the sentence after may tell where that was
    ("Macron made the announcement at a news conference in Paris")."""
    said = SAID.search(p.text)
    return said is not None and bool(p.place) and p.text.find(p.place, said.end()) >= 0 \
        and p.text.find(p.place, 0, said.start()) < 0 and SAID_WHERE.match(p.text, said.end()) is None


SAID_WHERE = re.compile(r"\s+(?:[\w’'\-]+\s+){0,2}?(?:in|at)\s")  # "said in Damascus", "said on Thursday in Damascus"


def _speaker_goes_on(t: Told, p: Told) -> bool:
    """The sentence tells, in the past, what someone the sentence before named said ("Fetterman, who lives across
    the street from the plant, said he would do everything he could to stop it"): a saying is a thing done,
    whatever it says, and the speaker's words go on from what the sentence before told of them. The speaker is
    the sentence's subject: not "..., Wray said" after a sentence about the shooting, what he said being of
    another day."""
    named = t.people & p.people
    if not named or SAID_PAST.search(t.text) is None:
        return False
    opening = " ".join(t.text.split()[:SUBJECT_OPENING]).lower()
    return any(re.search(rf"\b{re.escape(name)}\b", opening) for name in named)


SUBJECT_OPENING = 4  # a name among a sentence's first words is its subject ("Sen. Bob Casey, a Democrat, said")


# A sentence whose subject is a document ("The 84-page report makes 111 recommendations", "The review explains
# ...", "According to the report, ..."), told in the present: what it says, as of the day the sentence before
# released it.
# Not "the statement", "the deal" or "the plan": later articles retell those, and a day lent here keeps their
# reports of one fact apart (the synthetic corpus loses recall).
DOCUMENTS = "report review study analysis findings complaint ruling indictment lawsuit".split()
DOCUMENT_SUBJECT = re.compile(rf"^\W*(?:(?:according\s+to|in)\s+)?(?:the|its|their|this)\s+(?:[\w\-]+\s+){{0,3}}?"
                              rf"({'|'.join(DOCUMENTS)})\b",
                              re.IGNORECASE)


def _same_document(text: str, before: str) -> bool:
    """The sentence's subject is a document the sentence before named."""
    subject = DOCUMENT_SUBJECT.match(text)
    return subject is not None and re.search(rf"\b{subject.group(1)}\b", before, re.IGNORECASE) is not None


def _saying_goes_on(t: Told, p: Told, d: DateMention, named: list[DateMention]) -> bool:
    """The sentence before is dated by its saying ("Earlier on Sunday the foreign ministry said ...", "the
    company said Tuesday ...") and this one, right after it, is another part of what was said ("Russia had not
    taken part in those talks, the ministry said"): one statement, made that day, whatever tense its words take."""
    if d.end_date != d.start_date or not GOES_ON.search(t.text) or t.reports and t.place and t.place != p.place:
        return False  # a statement is news of a day, and a thing done elsewhere is another occasion; a place in
        # what was said ("its bases in Syria were on alert, the ministry said") is not where the saying was
    if d.origin == "context":  # the third part of one statement, and so on; or the part after one that named
        # its source ("..., according to the statement") and took the day of the news it went on from
        return GOES_ON.search(p.text) is not None \
            and (d.note.endswith(SAME_STATEMENT) or ACCORDING.search(p.text) is not None)
    if d.origin != "" or d.end <= d.start or SUBJECT_DATE.match(p.text, d.end):
        return False  # "officials said June 3 was the likeliest date": that day is what was said
    if any(m is not d and is_reporting_date(m, p.text) for m in named):
        return False  # "Talks on Monday broke up, the operator said on Wednesday": the saying has a day of its own
    said = SAID.search(p.text)
    return said is not None and (is_reporting_date(d, p.text) or d.end <= said.start() and d.start < OPENING)


# How the later parts of a statement name its source: "..., it stressed", "according to the statement".
GOES_ON = re.compile(rf"\b(?:{'|'.join(REPORT_VERBS)}|stressed|noted|insisted|warned|explained|emphasi[sz]ed|"
                     r"underlined|pointed out|according to)\b", re.IGNORECASE)
ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
BEFORE = "the sentence before"
SAME_STATEMENT = "the statement the sentence before reports"
SUBJECT_DATE = re.compile(r"\s+(?:was|is|were|are|will|would|had|has|could|might)\b", re.IGNORECASE)
OPENING = 30  # characters: a date this near the start, before the verb of saying, dates the saying


# A relative clause set off by commas, up to a date phrase in it: ", where a crane collapsed ".
ASIDE_OPENING = re.compile(r",\s+(?:where|which|who|whose|when)\b[^,]*$", re.IGNORECASE)


def _in_aside(text: str, d: DateMention) -> bool:
    """The date phrase stands in a relative clause set off by commas, about something the sentence names."""
    return d.origin == "" and d.end > d.start and ASIDE_OPENING.search(text, 0, d.start) is not None \
        and "," in text[d.end:]


# A sentence adding to what was told: "also" among its first words ("The department also asked the court").
ALSO = re.compile(r"^\W*(?:\S+\s+){0,6}also\b", re.IGNORECASE)


def adds_to_told(text: str) -> bool:
    """The sentence adds to what the one before told ("Representatives of Germany also took part")."""
    return ALSO.match(text) is not None


def _names_told_event(told: Sequence[Told], i: int) -> bool:
    """The sentence names an event as told before, and the article has told one of that kind."""
    t = told[i]
    return bool(t.refers) and any(p.action == t.refers and not p.label for p in told[:i])


def _referent(told: Sequence[Told], dates: list[DateMention | None], i: int) -> int | None:
    """The sentence that last reported the event this one names as already told ("During the talks, Putin
    invited Kim"), if it is dated narrowly enough: an earlier report of the same kind of action."""
    t = told[i]
    if not t.refers or not t.reports or t.earlier or shifts_time(t.text) or holds_step(t.text) \
            or HOURS_AROUND.search(t.text):
        return None  # a state ("the levies come on top of"), a step back, or a time of its own ("that month", or
        # "in the hours before the attack", which may be the day before when the attack came after midnight)
    k = last_report(told, dates, i)
    return k if k is not None and _lendable(dates[k]) else None


# Hours counted from an event the sentence names: its day, or the one before or after it.
HOURS_AROUND = re.compile(r"\bhours\s+(?:before|after|ahead\s+of|prior\s+to)\b", re.IGNORECASE)


def last_report(told: Sequence[Told], dates: list[DateMention | None], i: int) -> int | None:
    """The last sentence before ``i`` reporting the kind of action sentence ``i`` names as told before."""
    kind = told[i].refers
    if not kind:
        return None
    for k in range(i - 1, -1, -1):
        p = told[k]
        if p.action == kind and not p.label:
            if dates[k] is None and p.refers == kind:
                continue  # "At the talks ..." before "The talks went on for two hours": both name the talks told
            return k
    return None


def _venue(place: str, text: str) -> bool:
    """A building or a room, not a town or a country: "the Kumsusan Guesthouse", "a federal court", or the town
    such a place is in ("filed in federal court in Baltimore")."""
    words = place.lower().split()
    return bool(words) and (words[-1] in VENUES or VENUE_IN.search(text, 0, text.find(place)) is not None)


# A building or room named by its kind, then the town it is in: "in federal court in ", "at the embassy in ".
VENUE_IN = re.compile(rf"\b(?:{'|'.join(sorted(VENUES))})\s+in\s+$", re.IGNORECASE)


def _lead_of(told: Sequence[Told], dates: list[DateMention | None], i: int) -> int | None:
    """For a headline: the first sentence after it that reports the same kind of action, if dated."""
    t = told[i]
    if not t.family:
        return None
    for j in range(i + 1, min(len(told), i + 6)):
        if told[j].family == t.family and not told[j].label:
            return j if _lendable(dates[j]) else None
    return None


def _lendable(d: DateMention | None) -> bool:
    return d is not None and d.resolved and d.end_date - d.start_date <= CONTEXT_WIDEST  # type: ignore[operator]


def _recent_span(d: DateMention | None, article_date: dt.date | None) -> bool:
    """The date is wider than a day and ends shortly before the article's ("last month", "in May" in a June
    report): named in passing, it is lent to no sentence, though one long past may be the time a feature
    retells ("In March 2021 the river rose" in a 2024 look back at a flood)."""
    if d is None or not d.resolved or article_date is None or d.end_date == d.start_date:
        return False
    return article_date - RECENT <= d.end_date < article_date  # type: ignore[operator]
