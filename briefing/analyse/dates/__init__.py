"""Find the date expressions in an English news sentence and resolve them.

``find_dates(sentence, article_date)`` returns every date phrase it can
recognise, each with the calendar interval it names (inclusive), resolved
against the article's own date when the phrase needs one.

Rules, chosen because news reports the past and must not guess:

* **Month or day without a year** ("in June", "on September 13") takes the
  article's year; if that would put its start more than 7 days after the
  article date it is the previous year instead.  When the clause is in the
  future tense ("will meet in October", "is due to vote on Friday") the next
  occurrence on or after the article date is taken instead.
* **Bare weekday** ("on Friday"): the most recent such day on or before the
  article date (the same day when the article is dated on a Friday); in a
  future-tense clause, the first such day on or after the article date.
  "last Friday" is the most recent one strictly before the article date,
  "next Friday" the first one strictly after it, "this Friday" the one in the
  article's Monday-to-Sunday week.  A weekday name alone ("Friday's vote") is
  not taken: it needs a preposition or last/this/next.
* **this / last / next + month or season**: "this June" is June of the
  article's year (for winter, the winter the article date falls in, else the
  one starting in December of the article's year); "last June" is the most
  recent June that ended before the article date; "next June" is the first
  one that starts after it.
* **Parts of a month**: early = days 1-10, mid = 11-20, late = 21-end; "the
  beginning/start", "middle" and "end of" map to early, mid and late; first
  half = 1-15, second half = 16-end.  **Parts of a year**: early = Jan-Apr,
  mid = May-Aug, late = Sep-Dec, halves and quarters as usual.
* **Seasons** are northern-hemisphere meteorological: spring Mar-May, summer
  Jun-Aug, fall/autumn Sep-Nov, winter Dec-Feb; "winter 2022" is Dec 2022 -
  Feb 2023.
* **Weeks** run Monday to Sunday ("last week" is the whole previous week);
  "the past week/month/year" is the rolling span ending on the article date.
* "since the beginning/start of the year" (or of a month, or of 2024) is the
  range from that start to the article date.  Any other "since X" names X
  itself ("since 2000" is the year 2000); ``best_date`` knows that such an
  anchor does not date the sentence's event.
* Phrases that count from another event ("a day earlier", "the following
  year", "two weeks later") are reported but left unresolved.
* **Undated article** (``article_date is None``): anything with an explicit
  year still resolves; everything else comes back with ``start_date`` and
  ``end_date`` None and a short note.  Nothing is guessed.

False positives are avoided by context: month names must be capitalised and,
without a day or year, need a preposition or last/this/next before them (so
"Russia may respond", "a protest march" and "Theresa May" are not dates);
a four-digit year alone needs a preposition ("in 2000", "since 2000") or the
"the 2022 election" shape; bare numbers ("30 horses", "2,000 troops") and
ordinals ("the fifth meeting") are never dates.  A leading preposition ("on",
"in", "since", ...) is kept in the phrase because it changes what the date
means to the sentence.

Speed: a sentence is lower-cased once and scanned once by a pre-check regex
(a prefix-factored alternation of month, season and weekday names, relative
words and year-like numbers).  A sentence without any such word is done after
that scan.  Otherwise only the rules needing the kinds of words found run, and
most of them are tried only at the trigger words' positions; the rest scan a
window around the triggers.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ...model import DateMention, Interval, Precision

# Short plain-word reasons for an unresolved mention.
NOTE_UNDATED = "relative date in an undated article"
NOTE_NO_YEAR = "no year given in an undated article"
NOTE_EVENT = "counted from another event, not from the article date"
NOTE_INVALID = "no such calendar date"
NOTE_OPEN = "runs up to the article date, which is unknown"
NOTE_AMBIGUOUS = "day and month order is ambiguous"

# A month or day more than this far after the article date is taken to be last
# year's: news reports what happened, and a few days' slack keeps announcements
# of the coming days in the current year.
FEW_DAYS = timedelta(days=7)

# --------------------------------------------------------------------------- vocabulary

_FULL_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTHS: dict[str, int] = {name: i + 1 for i, name in enumerate(_FULL_MONTHS)}
_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9}
_ABBREVIATIONS.update({"oct": 10, "nov": 11, "dec": 12})
_MONTHS.update(_ABBREVIATIONS)
_MONTH_LABELS = tuple(name.capitalize() for name in _FULL_MONTHS)

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_NUM = {name: i for i, name in enumerate(_WEEKDAYS)}

# First month of each season; "fall" is filed under its British name.
_SEASON_FIRST_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_SEASON_BY_MONTH = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "a hundred": 100, "one hundred": 100,
}  # fmt: skip

# Words that may stand right before a date and are kept in its phrase.
_LEAD_WORDS = frozenset(
    "on in since from by until till through throughout during before after around at over within".split()
)
# A mention led by one of these marks a reference point, not the event's date.
_ANCHOR_WORDS = frozenset("since until till before after by".split())
# Words that license a bare month or year without being part of the phrase.
_CONTEXT_WORDS = _LEAD_WORDS | {"of", "for", "early", "late", "mid"}
# Capitalised words that may precede a month name without making it a surname
# ("Theresa May") or part of a proper name ("Long March 5").
_CAP_OK_BEFORE = _CONTEXT_WORDS | {"this", "last", "next", "past", "coming", "the", "and", "or", "as"} | set(_WEEKDAYS)
# Nouns that make "the 2022 election" or "the June summit" a dated reference without a preposition.
_EVENT_NOUNS = frozenset(
    "election elections vote referendum census budget season games olympics championship championships war "
    "crisis summit campaign midterms midterm presidential parliamentary general world cup final finals "
    "meeting visit talks attack attacks offensive deadline agreement deal ceasefire strike strikes storm "
    "floods flood earthquake protests uprising coup".split()
)

_PART_ALIASES = {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}
# Day ranges of a month's parts; 31 is clamped to the month's length.
_MONTH_PARTS = {
    "early": (1, 10),
    "mid": (11, 20),
    "late": (21, 31),
    "first half": (1, 15),
    "second half": (16, 31),
    "first week": (1, 7),
}
# Month ranges of a year's parts.
_YEAR_PARTS = {
    "early": (1, 4),
    "mid": (5, 8),
    "late": (9, 12),
    "first half": (1, 6),
    "second half": (7, 12),
    "first quarter": (1, 3),
    "second quarter": (4, 6),
    "third quarter": (7, 9),
    "fourth quarter": (10, 12),
    "last quarter": (10, 12),
    "final quarter": (10, 12),
}
_SEASON_PARTS = {"early": 0, "mid": 1, "late": 2}  # month offset inside the season
_DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}

# --------------------------------------------------------------------------- regex pieces

# The rule patterns run, case-sensitively, on the lower-cased sentence (much
# faster than IGNORECASE); handlers read capitalisation from the original.
_MONTH_FULL_RE = "|".join(_FULL_MONTHS)
_WEEKDAY_RE = "|".join(_WEEKDAYS)
_NUM_RE = (
    r"(?:a\s+hundred|one\s+hundred|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|\d{1,3})"
)


def _trie_regex(words: list[str]) -> str:
    """An alternation factored by common prefixes, so the regex engine rejects a word after one character."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


_MONTH_TRIE = _trie_regex(list(_MONTHS))


def _mon(name: str) -> str:
    # A prefix-factored alternation starting with plain letters lets the regex
    # engine skip non-candidate positions in C.  The abbreviation's full stop
    # belongs to it ("Sept."); a full name's does not, so "in June." keeps the
    # sentence's own full stop out of the phrase.
    return rf"(?P<{name}>{_MONTH_TRIE})\b(?:(?<=jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.|(?<=sept)\.)?"


def _day(name: str) -> str:
    # Any one or two digits (a plain first token keeps the scan fast); handlers
    # reject days outside 1-31.
    return rf"(?P<{name}>\d\d?)(?:st|nd|rd|th)?\b(?![.,:]\d)"


def _year(name: str) -> str:
    # Not "2000-strong", "2024%", "2024.5" or "2,024".
    return rf"(?P<{name}>1[89]\d\d|20\d\d)(?![\d%]|[.,]\d|-[^\W\d_]|\s*(?:per\s*cent|percent)\b)"


_REL_YEAR = r"(?P<rel>this|last|next|the\s+same|the\s+previous|the\s+following)\s+year\b"
_YEAR_TAIL = rf"(?:,?\s+(?:of\s+)?{_year('y')}|\s+(?:of\s+)?{_REL_YEAR})?"
_SEP = r"(?P<sep>\s*[-–—]\s*|\s+(?:to|until|till|through|and)\s+)"
_DET = r"(?P<det>this\s+past|last|this|next|past|coming)"
_MONTH_PART_RE = (
    r"(?:(?P<part>early|mid|late)(?:-|\s+)|(?P<endh>end)-|the\s+(?P<pp>beginning|start|middle|end"
    r"|first\s+half|second\s+half|first\s+week|last\s+week)\s+of\s+)"
)
_YEAR_PART_RE = (
    r"(?:(?P<part>early|mid|late)(?:-|\s+)|(?P<endh>end)-|the\s+(?P<pp>beginning|start|middle|end"
    r"|first\s+half|second\s+half|(?:first|second|third|fourth|last|final)\s+quarter)\s+of\s+)"
)

_I = re.IGNORECASE


# The cheap pre-check: trigger words and their kinds.  Only the rules needing a
# kind that is present run; a sentence without any trigger costs one scan.
_TRIGGERS: dict[str, str] = dict.fromkeys(_MONTHS, "month")
_TRIGGERS.update(dict.fromkeys(_SEASON_FIRST_MONTH, "season"))
_TRIGGERS.update(dict.fromkeys(_WEEKDAYS, "weekday"))
_DAYWORDS = "today tonight yesterday tomorrow night morning afternoon evening"
_TRIGGERS.update(dict.fromkeys(_DAYWORDS.split(), "dayword"))
_TRIGGERS.update(dict.fromkeys("day week weekend month year decade".split(), "unit"))
_TRIGGERS.update(dict.fromkeys("days weeks weekends months years decades".split(), "units"))
_PRECHECK = re.compile(rf"\b(?:{_trie_regex(list(_TRIGGERS))}\b|(?:1[89]|20)\d\d(?!\d))")
_MONTH_ANY = re.compile(rf"(?:{_MONTH_FULL_RE})$", _I)

# --------------------------------------------------------------------------- small helpers


@dataclass(frozen=True)
class _Ctx:
    text: str
    low: str  # text.lower(), same length: the rule patterns run on it
    article: date | None


def _prev_word(text: str, pos: int) -> tuple[str, int]:
    """The word (letters only) right before ``pos``, across spaces only, and where it starts."""
    i = pos
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[j:i], j


def _next_word(text: str, pos: int) -> str:
    i = pos
    while i < len(text) and text[i] in " \t\u00a0":
        i += 1
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[i:j]


def _lead_start(text: str, pos: int) -> int:
    """Where the phrase starts once a leading preposition ("on", "as of", ...) is taken in."""
    word, start = _prev_word(text, pos)
    low = word.lower()
    if low == "the":  # "on the 13th of September", "over the past two years"
        before, bstart = _prev_word(text, start)
        return bstart if before.lower() in _LEAD_WORDS else pos
    if low in _LEAD_WORDS:
        return start
    if low == "of":
        before, bstart = _prev_word(text, start)
        if before.lower() == "as":
            return bstart
    return pos


def _norm(s: str | None) -> str:
    return " ".join(s.lower().replace("-", " ").split()) if s else ""


_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _last_day(y: int, m: int) -> int:
    return 29 if m == 2 and calendar.isleap(y) else _DAYS_IN_MONTH[m]


def _month_iv(y: int, m: int) -> Interval:
    return date(y, m, 1), date(y, m, _last_day(y, m))


def _day_iv(y: int, m: int, d: int) -> Interval | None:
    if d > _last_day(y, m):
        return None
    return date(y, m, d), date(y, m, d)


def _add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    y, m = divmod(k, 12)
    return date(y, m + 1, min(d.day, _last_day(y, m + 1)))


def _season_iv(season: str, y: int) -> Interval:
    first = _SEASON_FIRST_MONTH[season]
    end = _add_months(date(y, first, 1), 2)
    return date(y, first, 1), date(end.year, end.month, _last_day(end.year, end.month))


def _part_of_month(y: int, m: int, part: str) -> Interval:
    last = _last_day(y, m)
    if part == "last week":
        return date(y, m, last - 6), date(y, m, last)
    lo, hi = _MONTH_PARTS[part]
    return date(y, m, lo), date(y, m, min(hi, last))


def _part_of_year(y: int, part: str) -> Interval:
    lo, hi = _YEAR_PARTS[part]
    return date(y, lo, 1), date(y, hi, _last_day(y, hi))


def _week_of(d: date) -> Interval:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def _part_key(m: _Hit) -> str | None:
    """The normalised part word of a match ("mid", "first half", ...), None when it has none."""
    groups = m.groupdict()
    if groups.get("part"):
        return groups["part"].lower()
    if groups.get("endh"):
        return "late"
    pp = _norm(groups.get("pp"))
    return _PART_ALIASES.get(pp, pp) if pp else None


# Future-tense detection, used only where the tense decides the year or week.
# These run on the lower-cased sentence.
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\b(?:that|which|who|when|where|while|because|but|and)\b")
_AFTER_BREAK = re.compile(r"[,;:()\u2013\u2014]")
_FUTURE = re.compile(
    r"\b(?:will|shall|won['’]t"
    r"|(?:is|are|was|were)\s+(?:due|set\s+to|set\s+for|scheduled|slated|expected|going|planned)"
    r"|(?:is|are)\s+to|plans?\s+to|planned\s+for|scheduled\s+for|intends?\s+to|expects?\s+to|expected\s+to"
    r"|upcoming|takes?\s+effect|takes?\s+place|(?:comes?|enters?)\s+into\s+force)\b|['’]ll\b"
)
_REPORTING = re.compile(r"\b(?:said|says|told|announced|reported|stated|added|noted|wrote|confirmed)\b")
_LETTER = re.compile(r"[^\W\d_]")


def _is_future(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether the clause holding the phrase at start:end speaks of the future (a heuristic).

    The verb governing a date usually comes before it in its clause ("talks will
    resume on Friday", "he said on Friday that ..."); only a date opening its
    clause ("On Friday, leaders will meet") is judged by what follows it, and
    then a reporting verb before the future marker ("On Friday, he said he will
    ...") keeps it in the past.
    """
    low = ctx.low
    start = _lead_start(ctx.text, start)
    lo = max(0, start - 80)
    cut = lo
    for b in _CLAUSE_BREAK.finditer(low, lo, start):
        cut = b.end()
    if _LETTER.search(low, cut, start):
        return _FUTURE.search(low, cut, start) is not None
    after = low[end : end + 80].lstrip(" ,")
    brk = _AFTER_BREAK.search(after)
    if brk:
        after = after[: brk.start()]
    fut = _FUTURE.search(after)
    return fut is not None and _REPORTING.search(after, 0, fut.start()) is None


def _month_at(ctx: _Ctx, m: _Hit | re.Match[str], group: str, *, full_only: bool = False) -> int | None:
    """The month of a matched token, or None when it is lower case ("may", "march") or an unwanted abbreviation."""
    token = m[group]
    if not token or not ctx.text[m.start(group)].isupper():
        return None
    key = token.rstrip(".")
    if full_only and key not in _FULL_MONTHS:
        return None
    return _MONTHS.get(key)


def _after_name(ctx: _Ctx, pos: int) -> bool:
    """True when a capitalised non-function word precedes pos: "Theresa May", "Long March 5"."""
    word, _ = _prev_word(ctx.text, pos)
    return bool(word) and word[0].isupper() and word.lower() not in _CAP_OK_BEFORE


def _has_context(ctx: _Ctx, pos: int) -> bool:
    """Whether a bare month or year at pos is introduced like a date ("in June", "of 2022", "May and June")."""
    word, wstart = _prev_word(ctx.text, pos)
    low = word.lower()
    if low in _CONTEXT_WORDS:
        return True
    if low == "year":  # "the year 2000"
        return True
    if low in ("and", "or"):
        # "in March and May", "in 2019 and 2022": the first item is a date too.
        head = ctx.text[:wstart].rstrip(" ,")
        return bool(head) and (head[-1].isdigit() or _MONTH_ANY.search(head[-9:]) is not None)
    return False


# --------------------------------------------------------------------------- resolution


def _make(
    ctx: _Ctx,
    start: int,
    end: int,
    precision: Precision,
    iv: Interval | None,
    relative: bool,
    note: str = "",
    *,
    lead: bool = True,
) -> DateMention:
    if lead:
        start = _lead_start(ctx.text, start)
    if iv is None:
        return DateMention(ctx.text[start:end], start, end, precision, None, None, relative, note or NOTE_INVALID)
    return DateMention(ctx.text[start:end], start, end, precision, iv[0], iv[1], relative, "")


YearFn = Callable[[int], "Interval | None"]


def _safe(fn: YearFn, y: int) -> Interval | None:
    try:
        return fn(y)
    except ValueError:  # e.g. 29 February in a common year
        return None


def _pick(fn: YearFn, article: date, mode: str) -> Interval | None:
    """The occurrence of a yearly interval (a month, a season, a day) meant relative to the article date.

    mode: "this", "last", "next", "past" (no year given, past tense) or
    "future" (no year given, future tense); see the module docstring.
    """
    y = article.year
    if mode == "this":
        for k in (y - 1, y):
            iv = _safe(fn, k)
            if iv and iv[0] <= article <= iv[1]:
                return iv
        return _safe(fn, y)
    if mode == "last":
        for k in range(y, y - 6, -1):
            iv = _safe(fn, k)
            if iv and iv[1] < article:
                return iv
        return None
    if mode == "next":
        for k in range(y - 1, y + 6):
            iv = _safe(fn, k)
            if iv and iv[0] > article:
                return iv
        return None
    if mode == "future":
        for k in range(y, y + 6):
            iv = _safe(fn, k)
            if iv and iv[1] >= article:
                return iv
        return None
    for k in range(y, y - 6, -1):  # "past"
        iv = _safe(fn, k)
        if iv and iv[0] <= article + FEW_DAYS:
            return iv
    return None


_DET_MODE = {"this": "this", "last": "last", "past": "last", "this past": "last", "next": "next", "coming": "next"}


def _periodic(
    m: _Hit,
    ctx: _Ctx,
    precision: Precision,
    fn: YearFn,
    *,
    year: str | None = None,
    rel: str | None = None,
    det: str | None = None,
    lead: bool = True,
) -> DateMention:
    """Resolve a yearly interval given an explicit year, "of this/last year", last/this/next, or nothing."""
    start, end = m.start(), m.end()
    if year:
        return _make(ctx, start, end, precision, _safe(fn, int(year)), False, lead=lead)
    if rel:
        r = _norm(rel)
        if r.startswith("the"):  # "the same year", "the previous year"
            return _make(ctx, start, end, precision, None, True, NOTE_EVENT, lead=lead)
        if ctx.article is None:
            return _make(ctx, start, end, precision, None, True, NOTE_UNDATED, lead=lead)
        offset = {"this": 0, "last": -1, "next": 1}[r]
        return _make(ctx, start, end, precision, _safe(fn, ctx.article.year + offset), True, lead=lead)
    if ctx.article is None:
        return _make(ctx, start, end, precision, None, True, NOTE_UNDATED if det else NOTE_NO_YEAR, lead=lead)
    if det:
        mode = _DET_MODE[_norm(det)]
    else:
        mode = "future" if _is_future(ctx, start, end) else "past"
    return _make(ctx, start, end, precision, _pick(fn, ctx.article, mode), True, lead=lead)


def _since(m: _Hit, ctx: _Ctx, mention: DateMention) -> DateMention:
    """Turn "since the beginning/start of X" into the span from X's start to the article date.

    Any other mention is returned unchanged.  The span's end is the article
    date, so it stays unresolved in an undated article even when X has a year.
    """
    pp = m.groupdict().get("pp")
    if not pp or _norm(pp) not in ("beginning", "start"):
        return mention
    if _prev_word(ctx.text, m.start())[0].lower() != "since":
        return mention
    if ctx.article is None:
        note = mention.note if mention.start_date is None else NOTE_OPEN
        return replace(mention, precision="range", start_date=None, end_date=None, relative=True, note=note)
    if mention.start_date is None or mention.start_date > ctx.article:
        return mention
    return replace(mention, precision="range", end_date=ctx.article, relative=True)


# --------------------------------------------------------------------------- rule handlers

Handler = Callable[["_Hit", _Ctx], "DateMention | None"]


def _h_iso(m: _Hit, ctx: _Ctx) -> DateMention | None:
    iv = _safe(lambda y: _day_iv(y, int(m["m"]), int(m["d"])), int(m["y"]))
    return _make(ctx, m.start(), m.end(), "day", iv, False)


def _h_numeric(m: _Hit, ctx: _Ctx) -> DateMention | None:
    # 13.09.2024 is day-first (European and Russian usage); with slashes the order
    # is only known when one number cannot be a month.
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if m["s"] == "." or a > 12 >= b:
        d, mo = a, b
    elif b > 12 >= a:
        d, mo = b, a
    elif a == b:
        d, mo = a, b
    else:
        return _make(ctx, m.start(), m.end(), "day", None, False, NOTE_AMBIGUOUS)
    if not 1 <= mo <= 12:
        return None
    iv = _safe(lambda yy: _day_iv(yy, mo, d), y)
    return _make(ctx, m.start(), m.end(), "day", iv, False) if iv else None


def _h_day_month(m: _Hit, ctx: _Ctx) -> DateMention | None:
    month = _month_at(ctx, m, "m")
    if month is None:
        return None
    if m.start() == m.start("m") and _after_name(ctx, m.start()):
        return None
    day = int(m["d"] or 0)
    if not 1 <= day <= 31:
        return None
    return _periodic(m, ctx, "day", lambda y: _day_iv(y, month, day), year=m["y"], rel=m["rel"])


def _h_month_year(m: _Hit, ctx: _Ctx) -> DateMention | None:
    month = _month_at(ctx, m, "m")
    if month is None or _after_name(ctx, m.start()):
        return None
    return _periodic(m, ctx, "month", lambda y: _month_iv(y, month), year=m["y"], rel=m["rel"])


def _h_bare_month(m: _Hit, ctx: _Ctx) -> DateMention | None:
    month = _month_at(ctx, m, "m", full_only=True)
    if month is None:
        return None
    lead = True
    if not m["det"] and not _has_context(ctx, m.start()):
        if not _names_event(ctx, m.start(), m.end()):
            return None
        lead = False  # "the June summit": the phrase is the month itself
    # "in June and July 2026": the first month shares the second one's year.
    shared = None if m["det"] else _SHARED_YEAR.match(ctx.low, m.end())
    year = shared["y"] if shared and _month_at(ctx, shared, "m") else None
    return _periodic(m, ctx, "month", lambda y: _month_iv(y, month), year=year, det=m["det"], lead=lead)


_SHARED_YEAR = re.compile(rf"\s+(?:and|or|to)\s+(?:(?:early|mid|late)[\s-]+)?{_mon('m')},?\s+{_year('y')}")


def _h_part_month(m: _Hit, ctx: _Ctx) -> DateMention | None:
    month = _month_at(ctx, m, "m")
    part = _part_key(m)
    if month is None or part is None:
        return None
    mention = _periodic(
        m, ctx, "part-of-month", lambda y: _part_of_month(y, month, part), year=m["y"], rel=m["rel"], det=m["det"]
    )
    return _since(m, ctx, mention)


def _h_part_year(m: _Hit, ctx: _Ctx) -> DateMention | None:
    part = _part_key(m)
    if part is None:
        return None
    mention = _make(ctx, m.start(), m.end(), "part-of-year", _part_of_year(int(m["y"]), part), False)
    return _since(m, ctx, mention)


def _h_quarter(m: _Hit, ctx: _Ctx) -> DateMention | None:
    y = int(m["y"])
    if m["q"]:
        part = ("first", "second", "third", "fourth")[int(m["q"]) - 1] + " quarter"
    else:
        part = ("first", "second")[int(m["h"]) - 1] + " half"
    return _make(ctx, m.start(), m.end(), "part-of-year", _part_of_year(y, part), False)


def _h_part_rel(m: _Hit, ctx: _Ctx) -> DateMention | None:
    """"early this year", "the end of last month", "since the beginning of the year"."""
    unit = m["unit"].lower()
    part = _part_key(m)
    precision: Precision = "part-of-year" if unit == "year" else "part-of-month"
    if part is None or (unit == "month" and part not in _MONTH_PARTS and part != "last week"):
        return None
    if unit == "year" and part not in _YEAR_PARTS:
        return None
    det = _norm(m["det"])
    if det.startswith("the "):  # "the end of the previous year"
        return _make(ctx, m.start(), m.end(), precision, None, True, NOTE_EVENT)
    if ctx.article is None:
        return _since(m, ctx, _make(ctx, m.start(), m.end(), precision, None, True, NOTE_UNDATED))
    offset = {"the": 0, "this": 0, "last": -1, "next": 1}[det]
    a = ctx.article
    if unit == "year":
        iv = _part_of_year(a.year + offset, part)
    else:
        first = _add_months(a.replace(day=1), offset)
        iv = _part_of_month(first.year, first.month, part)
    return _since(m, ctx, _make(ctx, m.start(), m.end(), precision, iv, True))


def _h_season(m: _Hit, ctx: _Ctx) -> DateMention | None:
    season = m["s"].lower()
    if ctx.text[m.start("s")].isupper() and _after_name(ctx, m.start("s")):
        return None  # "the Arab Spring", "Prague Spring of 1968": a name, not a season
    det = m["det"] if m["det"] and _norm(m["det"]) != "the" else None
    if not (m["y"] or m["rel"] or det):
        # A bare season word needs a preposition and must not be "the fall of Kabul".
        if m["of"] or not _has_context(ctx, m.start()):
            return None
    elif m["of"]:
        return None
    y2 = m["y2"]
    if m["y"] and y2:
        # "winter 2022/23": the second year must follow the first.
        second = int(y2) if len(y2) == 4 else int(m["y"][:2] + y2)
        if second != int(m["y"]) + 1:
            return None
    part = _part_key(m)
    if part is None:
        return _periodic(m, ctx, "season", lambda y: _season_iv(season, y), year=m["y"], rel=m["rel"], det=det)
    offset = _SEASON_PARTS[part]

    def part_iv(y: int) -> Interval:
        first = _add_months(_season_iv(season, y)[0], offset)
        return _month_iv(first.year, first.month)

    return _periodic(m, ctx, "part-of-season", part_iv, year=m["y"], rel=m["rel"], det=det)


def _h_decade(m: _Hit, ctx: _Ctx) -> DateMention | None:
    start = int(m["dec"])
    lo, hi = _DECADE_PARTS[m["part"].lower()] if m["part"] else (0, 9)
    return _make(ctx, m.start(), m.end(), "decade", (date(start + lo, 1, 1), date(start + hi, 12, 31)), False)


def _h_range(m: _Hit, ctx: _Ctx) -> DateMention | None:
    """Ranges: "from 10 to 12 June", "June 10-12, 2024", "between March and May 2023", "2019-2022"."""
    groups = m.groupdict()
    pre = (groups.get("pre") or "").lower()
    sep = groups["sep"].strip().lower()
    if sep == "and" and pre != "between":
        return None
    if pre == "between" and sep not in ("and", "-", "–", "—"):
        return None
    if pre == "from" and sep == "and":
        return None
    if "y1" in groups and "m1" not in groups and "m2" not in groups:
        return _year_range(m, ctx, pre)
    if not pre and _after_name(ctx, m.start()):
        return None
    months = {g: _month_at(ctx, m, g) for g in ("m1", "m2") if groups.get(g)}
    if not months or None in months.values():
        return None
    m1 = months.get("m1") or months["m2"]
    m2 = months.get("m2") or months["m1"]
    d1 = int(groups["d1"]) if groups.get("d1") else None
    d2 = int(groups["d2"]) if groups.get("d2") else None
    if any(d is not None and not 1 <= d <= 31 for d in (d1, d2)):
        return None
    precision: Precision = "range"
    y1 = int(groups["y1"]) if groups.get("y1") else None
    y2 = int(groups["y2"]) if groups.get("y2") else None
    ascending = (m1, d1 or 1) <= (m2, d2 or 31)

    def end_iv(y: int) -> Interval | None:
        return _day_iv(y, m2, d2) if d2 else _month_iv(y, m2)

    relative = False
    if y2 is None and y1 is not None:
        y2 = y1 if ascending else y1 + 1
    if y2 is None:
        relative = True
        if ctx.article is None:
            return _make(ctx, m.start(), m.end(), precision, None, True, NOTE_NO_YEAR)
        mode = "future" if _is_future(ctx, m.start(), m.end()) else "past"
        found = _pick(end_iv, ctx.article, mode)
        if found is None:
            return None
        y2 = found[1].year
    if y1 is None:
        y1 = y2 if ascending else y2 - 1
    first = _safe(lambda y: _day_iv(y, m1, d1) if d1 else _month_iv(y, m1), y1)
    last = _safe(end_iv, y2)
    if first is None or last is None or first[0] > last[1]:
        return None
    return _make(ctx, m.start(), m.end(), precision, (first[0], last[1]), relative)


def _year_range(m: _Hit, ctx: _Ctx, pre: str) -> DateMention | None:
    sep = m["sep"].strip()
    if not pre and sep not in ("-", "–", "—", "/"):
        return None
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if m["y2"] else int(m["y1"][:2] + m["yy"])
    if y2 <= y1:
        return None
    return _make(ctx, m.start(), m.end(), "range", (date(y1, 1, 1), date(y2, 12, 31)), False)


def _names_event(ctx: _Ctx, start: int, end: int) -> bool:
    """ "the 2022 election", "the 2024 Olympics", "the June summit": a date used to name an event."""
    if _prev_word(ctx.text, start)[0].lower() != "the":
        return False
    nxt = _next_word(ctx.text, end)
    if not nxt:
        return False
    # A capitalised name follows a year ("the 2024 Olympics"), but after a month it
    # is more likely a name of its own ("the March on Washington" has none, "the May Day rally").
    return nxt.lower() in _EVENT_NOUNS or (nxt[0].isupper() and ctx.text[start].isdigit())


def _h_bare_year(m: _Hit, ctx: _Ctx) -> DateMention | None:
    y = int(m["y"])
    iv = (date(y, 1, 1), date(y, 12, 31))
    if _has_context(ctx, m.start()):
        return _make(ctx, m.start(), m.end(), "year", iv, False)
    if _names_event(ctx, m.start(), m.end()):
        return _make(ctx, m.start(), m.end(), "year", iv, False, lead=False)
    return None


def _h_earlier_later(m: _Hit, ctx: _Ctx) -> DateMention | None:
    unit = m["unit"].lower()
    if ctx.article is None:
        return _make(ctx, m.start(), m.end(), "range", None, True, NOTE_UNDATED)
    whole = _unit_iv(ctx.article, unit, 0)
    iv = (whole[0], ctx.article) if m["dir"].lower() == "earlier" else (ctx.article, whole[1])
    return _make(ctx, m.start(), m.end(), "range", iv, True)


def _unit_iv(a: date, unit: str, offset: int) -> Interval:
    """The calendar week/month/year containing a, shifted by offset units."""
    if unit == "week":
        mon, sun = _week_of(a + timedelta(weeks=offset))
        return mon, sun
    if unit == "month":
        first = _add_months(a.replace(day=1), offset)
        return _month_iv(first.year, first.month)
    y = a.year + offset
    return date(y, 1, 1), date(y, 12, 31)


def _rolling(a: date, unit: str, n: int, forward: bool) -> Interval:
    """The span of n units ending (or starting) on the article date."""
    sign = 1 if forward else -1
    if unit == "day":
        other = a + timedelta(days=sign * n)
    elif unit == "week":
        other = a + timedelta(weeks=sign * n)
    elif unit == "month":
        other = _add_months(a, sign * n)
    elif unit == "year":
        other = _add_months(a, sign * 12 * n)
    else:  # decade
        other = _add_months(a, sign * 120 * n)
    return (a, other) if forward else (other, a)


def _h_rolling_n(m: _Hit, ctx: _Ctx) -> DateMention | None:
    """"the past two years", "over the last 3 months", "in the next two weeks"."""
    if _next_word(ctx.text, m.end()).lower() == "of":  # "the last two years of his term"
        return None
    n = _count(m["n"])
    unit = m["unit"].lower().rstrip("s")
    if ctx.article is None:
        return _make(ctx, m.start(), m.end(), "range", None, True, NOTE_UNDATED)
    forward = m["det"].lower() in ("next", "coming")
    return _make(ctx, m.start(), m.end(), "range", _rolling(ctx.article, unit, n, forward), True)


def _count(word: str) -> int:
    w = _norm(word)
    return int(w) if w.isdigit() else _NUMBER_WORDS[w]


_UNIT_PRECISION: dict[str, Precision] = {"day": "day", "week": "week", "month": "month", "year": "year"}


def _h_ago(m: _Hit, ctx: _Ctx) -> DateMention | None:
    """"two years ago" (from the article date); "a day earlier" (from another event: unresolved)."""
    n = _count(m["n"])
    unit = m["unit"].lower().rstrip("s")
    precision = _UNIT_PRECISION.get(unit, "year")
    if m["dir"].lower() != "ago":
        return _make(ctx, m.start(), m.end(), precision, None, True, NOTE_EVENT)
    if ctx.article is None:
        return _make(ctx, m.start(), m.end(), precision, None, True, NOTE_UNDATED)
    a = ctx.article
    if unit == "day":
        d = a - timedelta(days=n)
        iv: Interval = (d, d)
    elif unit == "week":
        iv = _week_of(a - timedelta(weeks=n))
    elif unit == "month":
        first = _add_months(a.replace(day=1), -n)
        iv = _month_iv(first.year, first.month)
    else:
        y = a.year - n * (10 if unit == "decade" else 1)
        iv = (date(y, 1, 1), date(y, 12, 31))
    return _make(ctx, m.start(), m.end(), precision, iv, True)


def _h_rel_period(m: _Hit, ctx: _Ctx) -> DateMention | None:
    """"last week", "this month", "next year", "the past week", "this weekend", "the previous day"."""
    det = _norm(m["det"])
    unit = m["unit"].lower()
    the = m["the"] is not None
    if _next_word(ctx.text, m.end()).lower() == "of":  # "the last week of August" is handled elsewhere
        return None
    precision = _UNIT_PRECISION.get(unit, "range")
    event_relative = det in ("previous", "following", "same", "preceding") or (det == "next" and the)
    if det == "next" and the and _prev_word(ctx.text, m.start())[0].lower() in ("over", "in", "within", "during"):
        event_relative = False  # "over the next year": forward from the article date
    if unit == "day" and not event_relative:
        return None
    if event_relative:
        return _make(ctx, m.start(), m.end(), precision, None, True, NOTE_EVENT)
    rolling = (the and det in ("past", "last", "next", "coming")) or (det == "this past" and unit != "weekend")
    if unit == "decade" and not rolling:
        return None
    if ctx.article is None:
        return _make(ctx, m.start(), m.end(), "range" if rolling else precision, None, True, NOTE_UNDATED)
    a = ctx.article
    if rolling:
        forward = det in ("next", "coming")
        return _make(ctx, m.start(), m.end(), "range", _rolling(a, unit, 1, forward), True)
    offset = {"last": -1, "past": -1, "this past": -1, "this": 0, "next": 1, "coming": 1}[det]
    if unit == "weekend":
        # "this weekend" is the article week's Saturday-Sunday; "last weekend" the latest
        # one over before the article date; "next weekend" the first one starting after it.
        sat = _week_of(a)[0] + timedelta(days=5)
        if offset < 0:
            while sat + timedelta(days=1) >= a:
                sat -= timedelta(weeks=1)
        elif offset > 0:
            while sat <= a:
                sat += timedelta(weeks=1)
        return _make(ctx, m.start(), m.end(), "range", (sat, sat + timedelta(days=1)), True)
    return _make(ctx, m.start(), m.end(), precision, _unit_iv(a, unit, offset), True)


_REL_DAY_OFFSETS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def _h_rel_day(m: _Hit, ctx: _Ctx) -> DateMention | None:
    word = m.group()
    if ctx.text[m.start()] == "T" and m.start() > 0 and word == "today":
        prev, _ = _prev_word(ctx.text, m.start())
        if prev and prev[0].isupper():  # "USA Today", "Russia Today": a name
            return None
    if ctx.article is None:
        return _make(ctx, m.start(), m.end(), "day", None, True, NOTE_UNDATED)
    d = ctx.article + timedelta(days=_REL_DAY_OFFSETS[_norm(word)])
    return _make(ctx, m.start(), m.end(), "day", (d, d), True)


def _h_event_day(m: _Hit, ctx: _Ctx) -> DateMention | None:
    return _make(ctx, m.start(), m.end(), "day", None, True, NOTE_EVENT)


def _h_weekday(m: _Hit, ctx: _Ctx) -> DateMention | None:
    det = _norm(m["det"])
    if not det:
        word, _ = _prev_word(ctx.text, m.start())
        if word.lower() not in _LEAD_WORDS | {"early", "late"}:
            return None  # "Friday's vote", "Black Friday": no date without a preposition
    if ctx.article is None:
        return _make(ctx, m.start(), m.end(), "weekday", None, True, NOTE_UNDATED)
    a = ctx.article
    wd = _WEEKDAY_NUM[m["w"].lower()]
    back = (a.weekday() - wd) % 7  # days since the most recent such day (0 = today)
    if det in ("last", "past", "this past"):
        d = a - timedelta(days=back or 7)
    elif det in ("next", "coming"):
        d = a + timedelta(days=(wd - a.weekday()) % 7 or 7)
    elif det == "this":
        d = _week_of(a)[0] + timedelta(days=wd)
    elif _is_future(ctx, m.start(), m.end()):
        d = a + timedelta(days=(wd - a.weekday()) % 7)
    else:
        d = a - timedelta(days=back)
    return _make(ctx, m.start(), m.end(), "weekday", (d, d), True)


# --------------------------------------------------------------------------- rules


class _Hit:
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


@dataclass(frozen=True)
class _Rule:
    name: str
    core: re.Pattern[str]
    prefix: re.Pattern[str] | None  # optional words before the core, anchored at its start
    prefix_required: bool
    handler: Handler
    needs: tuple[str, ...]  # pre-check kinds of which at least one must be present
    glue: str  # characters that, right before the core, make it part of something else
    anchored: bool  # the core starts with a trigger word of a needed kind


def _rule(
    name: str,
    core: str,
    handler: Handler,
    needs: str,
    *,
    prefix: str | None = None,
    required: bool = False,
    glue: str = "$£€¥#",
    anchored: bool = False,
) -> _Rule:
    pre = re.compile(rf"\b(?:{prefix})$") if prefix else None
    return _Rule(name, re.compile(core), pre, required, handler, tuple(needs.split()), glue, anchored)


_PRE_RANGE = r"(?P<pre>from|between)\s+(?:the\s+)?"
_PRE_DET = rf"{_DET}\s+"
_YEAR_GLUE = "$£€¥#.,/-"

# Order matters only between candidates of equal length: earlier rules win.
_RULES: tuple[_Rule, ...] = (
    _rule(
        "iso",
        r"(?P<y>1[89]\d\d|20\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])",
        _h_iso,
        "num",
        glue="$£€¥#-",
        anchored=True,
    ),
    _rule("numeric", rf"(?P<a>\d\d?)(?P<s>[./])(?P<b>\d\d?)(?P=s){_year('y')}", _h_numeric, "num"),
    _rule(
        "range-dm-dm",
        rf"{_day('d1')}(?:\s+of)?\s+{_mon('m1')}(?:,?\s+{_year('y1')})?{_SEP}"
        rf"(?:the\s+)?{_day('d2')}(?:\s+of)?\s+{_mon('m2')}(?:,?\s+{_year('y2')})?",
        _h_range,
        "month",
        prefix=_PRE_RANGE,
    ),
    _rule(
        "range-md-md",
        rf"{_mon('m1')}\s+{_day('d1')}(?:,?\s+{_year('y1')})?{_SEP}{_mon('m2')}\s+{_day('d2')}(?:,?\s+{_year('y2')})?",
        _h_range,
        "month",
        prefix=_PRE_RANGE,
        anchored=True,
    ),
    _rule(
        "range-d-dm",
        rf"{_day('d1')}{_SEP}(?:the\s+)?{_day('d2')}(?:\s+of)?\s+{_mon('m2')}(?:,?\s+{_year('y2')})?",
        _h_range,
        "month",
        prefix=_PRE_RANGE,
    ),
    _rule(
        "range-md-d",
        rf"{_mon('m1')}\s+{_day('d1')}{_SEP}{_day('d2')}(?:,?\s+{_year('y2')})?",
        _h_range,
        "month",
        prefix=_PRE_RANGE,
        anchored=True,
    ),
    _rule(
        "range-m-m",
        rf"{_mon('m1')}(?:,?\s+{_year('y1')})?{_SEP}{_mon('m2')}(?:,?\s+{_year('y2')})?",
        _h_range,
        "month",
        prefix=_PRE_RANGE,
        glue="$£€¥#-",
        anchored=True,
    ),
    _rule(
        "range-y-y",
        rf"{_year('y1')}(?P<sep>\s*[-–—/]\s*|\s+(?:to|until|till|through|and)\s+)"
        rf"(?:{_year('y2')}|(?P<yy>\d\d)(?![\d%]|[.,]\d))",
        _h_range,
        "num",
        prefix=_PRE_RANGE,
        glue=_YEAR_GLUE,
        anchored=True,
    ),
    _rule(
        "day-month",
        rf"{_day('d')}(?:\s+of)?\s+{_mon('m')}{_YEAR_TAIL}",
        _h_day_month,
        "month",
        prefix=rf"(?P<wd>{_WEEKDAY_RE})(?:,\s*|\s+)(?:the\s+)?",
    ),
    _rule(
        "month-day",
        rf"{_mon('m')}\s+(?:the\s+)?{_day('d')}{_YEAR_TAIL}",
        _h_day_month,
        "month",
        prefix=rf"(?P<wd>{_WEEKDAY_RE})(?:,\s*|\s+)",
        glue="$£€¥#-",
        anchored=True,
    ),
    _rule(
        "part-month",
        rf"{_mon('m')}{_YEAR_TAIL}",
        _h_part_month,
        "month",
        prefix=rf"{_MONTH_PART_RE}(?:{_DET}\s+)?",
        required=True,
        anchored=True,
    ),
    _rule(
        "month-year",
        rf"{_mon('m')}(?:,?\s+(?:of\s+)?{_year('y')}|\s+(?:of\s+)?{_REL_YEAR})",
        _h_month_year,
        "month",
        glue="$£€¥#-",
        anchored=True,
    ),
    _rule("part-year", _year("y"), _h_part_year, "num", prefix=_YEAR_PART_RE, required=True, anchored=True),
    _rule("quarter", rf"(?:q(?P<q>[1-4])|h(?P<h>[12]))\s*(?:of\s+)?{_year('y')}", _h_quarter, "num"),
    _rule(
        "season",
        r"(?P<s>spring|summer|fall|autumn|winter)\b"
        rf"(?:\s+(?:of\s+)?{_year('y')}(?:[/–-](?P<y2>\d{{4}}|\d\d)(?!\d))?|\s+of\s+{_REL_YEAR}|(?P<of>\s+of\b))?",
        _h_season,
        "season",
        prefix=r"(?:(?P<part>early|mid|late)[\s-]+|the\s+(?P<pp>beginning|start|middle|end)\s+of\s+)?"
        r"(?:(?P<det>this\s+past|the|this|last|next|past|coming)\s+)?",
        glue="$£€¥#-",
        anchored=True,
    ),
    _rule(
        "decade",
        r"(?P<dec>1[89]\d0|20\d0)['’]?s\b",
        _h_decade,
        "num",
        prefix=r"(?:the\s+)?(?P<part>early|mid|late)[\s-]+|the\s+",
        glue=_YEAR_GLUE,
        anchored=True,
    ),
    _rule(
        "part-rel",
        r"(?P<unit>year|month)\b",
        _h_part_rel,
        "unit",
        prefix=r"(?:(?P<part>early|mid|late)(?:-|\s+)|(?P<endh>end)-|the\s+(?P<pp>beginning|start|middle|end"
        r"|first\s+half|second\s+half|(?:first|second|third|fourth|last|final)\s+quarter|first\s+week|last\s+week)"
        r"\s+of\s+)(?P<det>the\s+same|the\s+previous|the\s+following|the|this|last|next)\s+",
        required=True,
        anchored=True,
    ),
    _rule(
        "earlier-later",
        r"(?P<dir>earlier|later)\s+(?:this|in\s+the)\s+(?P<unit>week|month|year)\b",
        _h_earlier_later,
        "unit",
    ),
    _rule(
        "rolling-n",
        r"(?P<unit>days|weeks|months|years|decades)\b",
        _h_rolling_n,
        "units",
        prefix=rf"(?:the\s+)?(?P<det>past|last|next|coming)\s+(?P<n>{_NUM_RE})\s+",
        required=True,
        anchored=True,
    ),
    _rule(
        "ago",
        r"(?P<unit>days?|weeks?|months?|years?|decades?)\s+(?P<dir>ago|earlier|later|before|after|afterwards"
        r"|previously|prior)\b",
        _h_ago,
        "unit units",
        prefix=rf"(?P<n>{_NUM_RE})\s+",
        required=True,
        anchored=True,
    ),
    _rule(
        "rel-period",
        r"(?P<det>this\s+past|last|this|next|past|coming|previous|following|same|preceding)"
        r"\s+(?P<unit>weekend|week|month|year|decade|day)\b",
        _h_rel_period,
        "unit",
        prefix=r"(?P<the>the)\s+",
    ),
    _rule("event-day", r"the\s+day\s+(?:before|after)\b(?!\s+(?:yesterday|tomorrow)\b)", _h_event_day, "unit"),
    _rule(
        "rel-day",
        r"(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow"
        r"|this\s+(?:morning|afternoon|evening)|last\s+night)\b",
        _h_rel_day,
        "dayword",
    ),
    _rule(
        "weekday",
        rf"(?P<w>{_WEEKDAY_RE})\b(?:\s+(?:night|morning|afternoon|evening)\b)?",
        _h_weekday,
        "weekday",
        prefix=_PRE_DET,
        anchored=True,
    ),
    _rule("month", _mon("m"), _h_bare_month, "month", prefix=_PRE_DET, glue="$£€¥#-", anchored=True),
    _rule("year", _year("y"), _h_bare_year, "num", glue=_YEAR_GLUE, anchored=True),
)


def _glued(text: str, pos: int, glue: str) -> bool:
    """Whether a match starting at pos continues a word, a number ("1,2024") or an amount ("$2024")."""
    if pos == 0:
        return False
    c = text[pos - 1]
    if c.isalnum() or c == "_" or c in glue:
        return True
    return c in ".," and pos > 1 and text[pos - 2].isdigit()


def _apply(rule: _Rule, core: re.Match[str], ctx: _Ctx, found: list[DateMention]) -> None:
    """Join a core match with its leading words, check it stands alone, and record what the handler makes of it."""
    start = core.start()
    pre = None
    # Every prefix ends in a space or a hyphen ("this ", "mid-"): look back only after one.
    if rule.prefix is not None and start > 0 and (ctx.low[start - 1] == "-" or ctx.low[start - 1].isspace()):
        pre = rule.prefix.search(ctx.low, max(0, start - 48), start)
        if pre is not None and pre.start() == pre.end():
            pre = None
    if pre is None and (rule.prefix_required or _glued(ctx.text, start, rule.glue)):
        return
    mention = rule.handler(_Hit(core, pre), ctx)
    if mention is not None:
        found.append(mention)


_BACK = 24  # "between 10 and 12 June": the core "10 and 12 june" starts 10 characters before "june"
_AHEAD = 30  # " of the following year", " afternoon": tails after the last trigger

# --------------------------------------------------------------------------- public API


def find_dates(sentence: str, article_date: date | None) -> list[DateMention]:
    """Every date phrase of ``sentence``, left to right, resolved against ``article_date``.

    Overlapping candidates are settled by length: "In mid-July" beats "July",
    "June 10-12, 2024" beats "June 10".  See the module docstring for the rules.
    """
    low = sentence.lower()
    if len(low) != len(sentence):  # a few characters ("İ") grow when lower-cased; keep offsets aligned
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in sentence)
    where: dict[str, list[int]] = {}  # trigger kind -> where its words start
    last_end = 0
    for t in _PRECHECK.finditer(low):
        kind = _TRIGGERS.get(t.group(), "num")
        # Month names count only when capitalised: "may" and "march" are mostly verbs.
        if kind == "month" and not sentence[t.start()].isupper():
            continue
        where.setdefault(kind, []).append(t.start())
        last_end = t.end()
    if not where:
        return []
    # An unanchored rule's match starts at most _BACK characters before one of
    # its triggers and ends at most _AHEAD after the last trigger: scan only there.
    hi = low.find(" ", last_end + _AHEAD)
    hi = len(low) if hi < 0 else hi
    ctx = _Ctx(sentence, low, article_date)
    found: list[DateMention] = []
    for rule in _RULES:
        if rule.anchored:
            # The core starts with the trigger word itself: try it right there.
            for kind in rule.needs:
                for pos in where.get(kind, ()):
                    core = rule.core.match(low, pos)
                    if core is not None:
                        _apply(rule, core, ctx, found)
            continue
        lo = hi
        for kind in rule.needs:
            if kind in where and where[kind][0] < lo:
                lo = where[kind][0]
        if lo == hi:
            continue
        for core in rule.core.finditer(low, max(0, lo - _BACK), hi):
            _apply(rule, core, ctx, found)
    # Longest first (stable sort keeps rule order on ties), then drop overlaps.
    found.sort(key=lambda d: (d.start - d.end, d.start))
    kept: list[DateMention] = []
    for cand in found:
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    kept.sort(key=lambda d: d.start)
    return kept


def _is_anchor(m: DateMention) -> bool:
    low = m.phrase.lower()
    if low.startswith(("since the beginning", "since the start")):
        return False  # already the span up to the article date: it dates the event
    first = low.split(maxsplit=1)[0] if low else ""
    return first in _ANCHOR_WORDS


# "..., the ministry said on Friday": the date of the report, not of what it reports.
_REPORTED = re.compile(
    r"\b(?:said|says|told|announced|reported|stated|confirmed|added|wrote|declared)"
    r"(?:\s+(?:reporters|journalists|in\s+a\s+statement|in\s+an\s+interview))?\s*$",
    _I,
)


def best_date(mentions: list[DateMention], sentence: str | None = None) -> DateMention | None:
    """The mention that dates the sentence's event, or None.

    Rule:

    1. A mention led by "since", "until", "till", "before", "after" or "by" is
       a reference point ("for the first time since 2000", "by 2030"), not the
       event's date, and is never chosen; "since the beginning of the year" is
       the exception, being the event's own span.
    2. Among the rest, resolved mentions win over unresolved ones, and the one
       with the shortest interval (the most precise) wins; the earliest in the
       sentence on ties.
    3. When ``sentence`` is given, a mention right after a reporting verb
       ("the ministry said on Friday") is used only when no other resolved
       mention is left: it dates the report, not the event.
    4. With nothing resolved, the first unresolved mention is returned so the
       caller can show it as undated; None when only anchors are left.
    """
    candidates = [m for m in mentions if not _is_anchor(m)]
    resolved = [m for m in candidates if m.start_date is not None and m.end_date is not None]
    if sentence is not None and len(resolved) > 1:
        events = [m for m in resolved if not _REPORTED.search(sentence, max(0, m.start - 40), m.start)]
        resolved = events or resolved
    if resolved:
        return min(resolved, key=lambda m: (m.end_date - m.start_date, m.start))  # type: ignore[operator]
    return candidates[0] if candidates else None


def _day_label(d: date) -> str:
    return f"{d.day} {_MONTH_LABELS[d.month - 1]} {d.year}"


def _span_label(s: date, e: date) -> str:
    """A compact label for any interval: "10–12 June 2024", "March–May 2023", "2019–2022"."""
    if s == e:
        return _day_label(s)
    whole_months = s.day == 1 and e.day == _last_day(e.year, e.month)
    if whole_months:
        if s.month == 1 and e.month == 12:
            return str(s.year) if s.year == e.year else f"{s.year}–{e.year}"
        sm, em = _MONTH_LABELS[s.month - 1], _MONTH_LABELS[e.month - 1]
        if (s.year, s.month) == (e.year, e.month):
            return f"{sm} {s.year}"
        if s.year == e.year:
            return f"{sm}–{em} {s.year}"
        return f"{sm} {s.year} – {em} {e.year}"
    if (s.year, s.month) == (e.year, e.month):
        return f"{s.day}–{e.day} {_MONTH_LABELS[s.month - 1]} {s.year}"
    if s.year == e.year:
        return f"{s.day} {_MONTH_LABELS[s.month - 1]} – {_day_label(e)}"
    return f"{_day_label(s)} – {_day_label(e)}"


def _season_label(s: date) -> str:
    """"autumn 2022", "winter 2022–23" for the season starting in s's season."""
    first = s.month - (s.month % 3)  # 3, 6, 9 or 12 (0 for Jan/Feb: last year's winter)
    year = s.year
    if first == 0:
        first, year = 12, year - 1
    name = _SEASON_BY_MONTH[first]
    return f"{name} {year}–{str(year + 1)[2:]}" if name == "winter" else f"{name} {year}"


def format_date(m: DateMention) -> str:
    """A reader-friendly label: "13 September 2024", "mid-July 2024", "autumn 2022", "undated (‘in June’)"."""
    s, e = m.start_date, m.end_date
    if s is None or e is None:
        return f"undated (‘{m.phrase}’)"
    month = f"{_MONTH_LABELS[s.month - 1]} {s.year}"
    if m.precision == "weekday":
        return f"{_WEEKDAYS[s.weekday()].capitalize()} {_day_label(s)}"
    if m.precision == "part-of-month" and s.month == e.month:
        part = {(1, 10): "early ", (11, 20): "mid-", (21, _last_day(e.year, e.month)): "late "}.get((s.day, e.day))
        if part:
            return f"{part}{month}"
    if m.precision == "season":
        return _season_label(s)
    if m.precision == "part-of-season":
        offset = (s.month - _SEASON_FIRST_MONTH[_season_label(s).split()[0]]) % 12
        return f"{('early ', 'mid-', 'late ')[offset]}{_season_label(s)}"
    if m.precision == "part-of-year" and s.year == e.year:
        months = (s.month, e.month)
        named = {
            (1, 4): f"early {s.year}",
            (5, 8): f"mid-{s.year}",
            (9, 12): f"late {s.year}",
            (1, 6): f"first half of {s.year}",
            (7, 12): f"second half of {s.year}",
            (1, 3): f"Q1 {s.year}",
            (4, 6): f"Q2 {s.year}",
            (7, 9): f"Q3 {s.year}",
            (10, 12): f"Q4 {s.year}",
        }.get(months)
        if named:
            return named
    if m.precision == "decade":
        decade = s.year - s.year % 10
        part = {(0, 9): "", (0, 3): "early ", (4, 6): "mid-", (7, 9): "late "}.get((s.year - decade, e.year - decade))
        if part is not None:
            return f"the {part}{decade}s"
    return _span_label(s, e)
