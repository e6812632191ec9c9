"""The specifics that tell two alike sentences apart as two facts.

Word overlap cannot tell "Lawmakers ratified the treaty by 221 votes to 14
on Sept. 13" from "Lawmakers ratified the treaty by 338 votes to 3 on
Tuesday": news repeats its wording for every vote, visit and strike, and
only the figures, the day and the quoted words change. Merging such
sentences would credit an article with a statement it never made, so two
sentences whose specifics contradict each other are never one fact:

- both give figures (outside their date phrases), share none, and one of
  them gives more than one: every figure changed is another event, while a
  single differing figure ("12 ships" against "15 ships") can be one fact
  misreported, which the briefing shows as such when the rest of the two
  sentences is worded alike (``curate.CLOSE_WORDING``);
- their dates fall on calendar days far apart, even when the year is
  unknown ("Sept. 13" in an undated article is still not "July 19");
- they name different weekdays for the event, where the calendar day is not known;
- both quote someone and at most half the shorter quotation's words recur
  in the other ("cordial and detailed" is not "productive and detailed";
  "trusting, friendly" is part of "an exceptionally trusting, friendly
  atmosphere").

Sharing some figures while differing on others ("221 to 14" against
"221 to 12") is not a contradiction: that is one vote reported two ways,
which the briefing shows under *Where sources differ*.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..model import NONE, DateMention, Quote, Specifics
from .dates import NOTE_NO_YEAR, NOTE_UNDATED, find_dates
from .dates.clock import CLOCK, clock_minutes
from .dates.words import FULL_MONTHS
from .dates.words import NUMBER_WORDS as DATE_NUMBER_WORDS
from .tokens import STOPWORDS, WORD, entry_start

# Numbers, with thousands separators and decimals kept together ("1,200", "3.5").
FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
# A number that is part of a name: after a capitalised word inside the sentence ("the Max 9 jets", "Flight 1282",
# "Boeing 737"), not after one opening it ("About 170 flights").
NAMED_NUMBER = re.compile(r"(?<=\w )([A-Z][A-Za-z]*[ -])(\d+)\b")
# A count of people written in words is the figure it names ("two people have died" against "five people"): not
# "one" (as often "one of the ..."), nor "the two" ("the two leaders"), which names the parties, not a count, nor
# one before another noun ("two sides", "five days"), as often a fixed part of the story as a figure that changes.
NUMBER_WORDS = {w: str(n) for w, n in DATE_NUMBER_WORDS.items() if n > 1 and " " not in w and n < 100}
COUNT_WORD = re.compile(rf"(?<!\bthe )(?<!\bThe )(?<![\w-])({'|'.join(NUMBER_WORDS)})\b(?!-)"
                        r"(?=\s+(?:(?:more|other|further)\s+)?(?:people|dead|men|women|children|killed|injured|died"
                        r"|were|have|had)\b)", re.IGNORECASE)
# A time of day (``dates.clock.CLOCK``) is not a figure, but a specific of its own,
# ... unless it opens a live page's entry (``tokens.entry_start``): when it was posted, not when the event happened
TIME_SLACK = 60  # minutes: reports of one event give its time to the minute or round it ("1:28", "about 1:30")
# A reference day to read a date without a year against: only its month and day are used.
_REFERENCE = dt.date(2000, 12, 31)  # 2000 is a leap year, so 29 February has a place
YEAR_DAYS = 366
WIDEST_SPAN = 62  # a date vaguer than about two months ("this year", "in 2023") tells no day apart
MONTH_NAMED = re.compile(rf"\b(?:{'|'.join(FULL_MONTHS)})\b", re.IGNORECASE)
DAY_SLACK = 3  # reports of one event may put it a day or two apart (time zones, "yesterday")


def read_specifics(text: str, mentions: Sequence[DateMention], date: DateMention | None,
                   quotes: Sequence[Quote]) -> Specifics:
    """A sentence's specifics; ``mentions`` are all its date phrases, ``date`` the one dating its event."""
    masked = text
    for m in mentions:  # a date's day and year are not figures
        masked = masked[:m.start] + " " * (m.end - m.start) + masked[m.end:]
    clocks = CLOCK.finditer(masked, entry_start(text))
    times = frozenset(t for t in (clock_minutes(c, text) for c in clocks) if t is not None) or NONE.times
    masked = CLOCK.sub(lambda m: " " * len(m.group()), masked)  # a time of day is no figure
    masked = NAMED_NUMBER.sub(lambda m: m.group(1) + " " * len(m.group(2)), masked)  # "Max 9", "Flight 1282"
    # Python makes a new empty frozenset each time (about 200 bytes); most sentences have neither, so
    # they share the default one (tens of MiB at 10,000 articles).
    figures = frozenset([*(f.replace(",", "") for f in FIGURE.findall(masked)),
                         *(NUMBER_WORDS[w.group(1).lower()] for w in COUNT_WORD.finditer(masked))]) or NONE.figures
    quoted = frozenset(w for q in quotes for w in (x.casefold() for x in WORD.findall(q.text))
                       if w not in STOPWORDS) or NONE.quoted
    days, weekday = _calendar(text, date)
    if not (figures or quoted or days or weekday is not None or times):
        return NONE
    return Specifics(figures, days, weekday, quoted, times)


def _calendar(text: str, date: DateMention | None) -> tuple[tuple[int, int] | None, int | None]:
    """The date's span as days of the year, and its weekday when it names one day."""
    if date is None:
        return None, None
    start, end = date.start_date, date.end_date
    if start is None and date.note in (NOTE_NO_YEAR, NOTE_UNDATED):
        # Read the same phrase against a reference day: the month, day and weekday
        # it names do not depend on the year the article leaves unsaid.
        again = [m for m in find_dates(text, _REFERENCE) if m.start == date.start and m.start_date]
        if not again:
            return None, None
        start, end = again[0].start_date, again[0].end_date
        if date.note == NOTE_UNDATED and not MONTH_NAMED.search(date.phrase):
            # "on Tuesday": the weekday is known, the calendar day is not; "this June" names its month
            return None, start.weekday() if start == end and date.precision == "weekday" else None
    if start is None or end is None or (end - start).days > WIDEST_SPAN:
        return None, None
    # The weekday the sentence names, if it names one: against a weekday without its calendar day ("on
    # Tuesday" in an undated article) it is all there is to compare.
    return (day_of_year(start), day_of_year(end)), start.weekday() if date.precision == "weekday" else None


def day_of_year(d: dt.date) -> int:
    """The day of a leap year the date falls on, so that 29 February has a place and the year does not count."""
    return dt.date(2000, d.month, d.day).timetuple().tm_yday


def month_of(day: int) -> int:
    """The month of a day of the year, as :func:`day_of_year` counts them."""
    return (dt.date(2000, 1, 1) + dt.timedelta(days=day - 1)).month


def contradict(a: Specifics, b: Specifics) -> bool:
    """True when the two sentences cannot state one fact (see the module docstring)."""
    if a is NONE or b is NONE:
        return False
    if a.figures and b.figures and a.figures.isdisjoint(b.figures) and max(len(a.figures), len(b.figures)) > 1:
        return True  # one figure each, differing, is one fact misreported: shown as a difference
    if a.times and b.times and not any(abs(x - y) <= TIME_SLACK for x in a.times for y in b.times):
        return True  # "landed at 2:20 a.m." is not "met at 3 p.m.", while "1:28" and "about 1:30" are one time
    if a.quoted and b.quoted and 2 * len(a.quoted & b.quoted) <= min(len(a.quoted), len(b.quoted)):
        return True  # at most half the shorter quotation's words recur in the other
    if a.weekday is not None and b.weekday is not None and a.weekday != b.weekday \
            and (a.days is None or b.days is None):
        return True  # with both calendar days known, DAY_SLACK decides: one event may be dated a day apart
    return a.days is not None and b.days is not None and _days_apart(a.days, b.days) > DAY_SLACK


def one_figure_apart(a: Specifics, b: Specifics) -> bool:
    """Each gives one figure, and they differ: a misreport or two facts, as the rest of the wording tells."""
    return len(a.figures) == 1 and len(b.figures) == 1 and a.figures != b.figures


def _days_apart(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Days between two spans of the year, going round the new year ("late Dec." to "Jan. 2" is 2);
    0 when they overlap."""
    length_a, length_b = (a[1] - a[0]) % YEAR_DAYS, (b[1] - b[0]) % YEAR_DAYS
    if (b[0] - a[0]) % YEAR_DAYS <= length_a or (a[0] - b[0]) % YEAR_DAYS <= length_b:
        return 0
    return min((b[0] - a[1]) % YEAR_DAYS, (a[0] - b[1]) % YEAR_DAYS)
