"""The rule table: each kind of date phrase, the pattern that finds it, and the handler that resolves it.

A rule's core pattern starts at a mandatory token (a digit, a month name,
...) so the regex engine can skip ahead cheaply; the optional words before it
("from", "this", "Friday,", "the early") are its prefix, matched backwards
from the core (see ``context.Hit``).  An anchored rule's core starts with a
trigger word of a kind it needs, so it is tried only where the pre-check
found such a word; the others scan a window around the triggers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ...model import DateMention
from . import named, relative
from .context import Ctx, Hit
from .patterns import (
    DET,
    HOLIDAY_RE,
    MONTH_PART_RE,
    NUM_RE,
    ORDINAL_RE,
    REL_YEAR,
    SEASON_RE,
    SEP,
    WEEKDAY_ORDINAL_RE,
    WEEKDAY_RE,
    YEAR_PART_RE,
    YEAR_TAIL,
    day,
    mon,
    year,
)

Handler = Callable[[Hit, Ctx], "DateMention | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    core: re.Pattern[str]
    prefix: re.Pattern[str] | None  # optional words before the core, anchored at its start
    prefix_required: bool
    handler: Handler
    needs: tuple[str, ...]  # pre-check kinds of which at least one must be present
    glue: str  # characters that, right before the core, make it part of something else
    anchored: bool  # the core starts with a trigger word of a needed kind


def rule(
    name: str,
    core: str,
    handler: Handler,
    needs: str,
    *,
    prefix: str | None = None,
    required: bool = False,
    glue: str = "$£€¥#",
    anchored: bool = False,
) -> Rule:
    pre = re.compile(rf"\b(?:{prefix})$") if prefix else None
    return Rule(name, re.compile(core), pre, required, handler, tuple(needs.split()), glue, anchored)


_PRE_RANGE = r"(?P<pre>from|between|on)\s+(?:the\s+)?"
_PRE_YEARS = r"(?P<pre>from|between|on|in|for)\s+(?:the\s+)?"  # "in 2020 and 2021": two years running, one span
_PRE_DET = rf"{DET}\s+"
_YEAR_GLUE = "$£€¥#.,/-"

# Order matters only between candidates of equal length: earlier rules win.
RULES: tuple[Rule, ...] = (
    rule(
        "iso",
        r"(?P<y>1[89]\d\d|20\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])",
        named.iso,
        "num",
        glue="$£€¥#-",
        anchored=True,
    ),
    rule("numeric", rf"(?P<a>\d\d?)(?P<s>[./])(?P<b>\d\d?)(?P=s){year('y')}", named.numeric, "num"),
    rule(
        "range-dm-dm",
        rf"{day('d1')}(?:\s+of)?\s+{mon('m1')}(?:,?\s+{year('y1')})?{SEP}"
        rf"(?:the\s+)?{day('d2')}(?:\s+of)?\s+{mon('m2')}(?:,?\s+{year('y2')})?",
        named.date_range,
        "month",
        prefix=_PRE_RANGE,
    ),
    rule(
        "range-md-md",
        rf"{mon('m1')}\s+{day('d1')}(?:,?\s+{year('y1')})?{SEP}{mon('m2')}\s+{day('d2')}(?:,?\s+{year('y2')})?",
        named.date_range,
        "month",
        prefix=_PRE_RANGE,
        anchored=True,
    ),
    rule(
        "range-d-dm",
        rf"{day('d1')}{SEP}(?:the\s+)?{day('d2')}(?:\s+of)?\s+{mon('m2')}(?:,?\s+{year('y2')})?",
        named.date_range,
        "month",
        prefix=_PRE_RANGE,
    ),
    rule(
        "range-md-d",
        rf"{mon('m1')}\s+{day('d1')}{SEP}{day('d2')}(?:,?\s+{year('y2')})?",
        named.date_range,
        "month",
        prefix=_PRE_RANGE,
        anchored=True,
    ),
    rule(
        "range-m-m",
        rf"{mon('m1')}(?:,?\s+{year('y1')})?{SEP}{mon('m2')}(?:,?\s+{year('y2')})?",
        named.date_range,
        "month",
        prefix=_PRE_RANGE,
        glue="$£€¥#-",
        anchored=True,
    ),
    rule(
        "range-y-y",
        rf"{year('y1')}(?P<sep>\s*[-–—/]\s*|\s+(?:to|until|till|through|and)\s+)"
        rf"(?:{year('y2')}|(?P<yy>\d\d)(?![\d%]|[.,]\d))",
        named.date_range,
        "num",
        prefix=_PRE_YEARS,
        glue=_YEAR_GLUE,
        anchored=True,
    ),
    rule(
        "day-month",
        rf"{day('d')}(?:\s+of)?\s+{mon('m')}{YEAR_TAIL}",
        named.day_month,
        "month",
        prefix=rf"(?P<wd>{WEEKDAY_RE})(?:,\s*|\s+\(?)(?:the\s+)?",  # "Tuesday (11 March)" in South Asian wire copy
    ),
    rule(
        "month-day",
        rf"{mon('m')}\s+(?:the\s+)?{day('d')}{YEAR_TAIL}",
        named.day_month,
        "month",
        # "Tuesday (March 11)"; "last May 31" is the latest May 31 before the article, not all of May
        prefix=rf"(?P<wd>{WEEKDAY_RE})(?:,\s*|\s+\(?)|{_PRE_DET}",
        glue="$£€¥#-",
        anchored=True,
    ),
    # "the last Monday of April": its ordinal a required prefix, so the rule is tried only at a weekday
    rule("weekday-of-month", rf"(?P<w>{WEEKDAY_RE})\s+(?:of|in)\s+{mon('m')}{YEAR_TAIL}", named.weekday_of_month,
         "weekday", prefix=rf"(?P<n>{WEEKDAY_ORDINAL_RE})\s+", required=True, anchored=True),
    rule("ordinal-day-month", rf"(?P<d>{ORDINAL_RE})\s+of\s+{mon('m')}{YEAR_TAIL}", named.day_month, "month"),
    # (not "In mid-November the first three suspects were charged": a word after the ordinal is what it counts)
    rule("month-ordinal-day", rf"{mon('m')}\s+(?:the\s+)?(?P<d>{ORDINAL_RE})(?!\s+(?!(?:of|last|this|next)\b)[a-z])"
         rf"{YEAR_TAIL}", named.day_month, "month", anchored=True),
    rule(
        "part-month",
        rf"{mon('m')}{YEAR_TAIL}",
        named.part_month,
        "month",
        prefix=rf"{MONTH_PART_RE}(?:{DET}\s+)?",
        required=True,
        anchored=True,
    ),
    rule(
        "month-year",
        rf"{mon('m')}(?:,?\s+(?:of\s+)?{year('y')}|\s+(?:of\s+)?{REL_YEAR})",
        named.month_year,
        "month",
        glue="$£€¥#-",
        anchored=True,
    ),
    rule("part-year", year("y"), named.part_year, "num", prefix=YEAR_PART_RE, required=True, anchored=True),
    rule("quarter", rf"(?:q(?P<q>[1-4])|h(?P<h>[12]))\s*(?:of\s+)?{year('y')}", named.quarter, "num"),
    rule(
        "season",
        rf"(?P<s>{SEASON_RE})\b"
        rf"(?:\s+(?:of\s+)?{year('y')}(?:[/–-](?P<y2>\d{{4}}|\d\d)(?!\d))?|\s+of\s+{REL_YEAR}|(?P<of>\s+of\b))?",
        named.season,
        "season",
        prefix=r"(?:(?P<part>early|mid|late)[\s-]+|the\s+(?P<pp>beginning|start|middle|end)\s+of\s+)?"
        r"(?:(?P<det>this\s+past|the|this|last|next|past|coming)\s+)?",
        glue="$£€¥#-",
        anchored=True,
    ),
    rule(
        "decade",
        r"(?P<dec>1[89]\d0|20\d0)['’]?s\b",
        named.decade,
        "num",
        prefix=r"(?:the\s+)?(?P<part>early|mid|late)[\s-]+|the\s+",
        glue=_YEAR_GLUE,
        anchored=True,
    ),
    rule(
        "part-rel",
        r"(?P<unit>year|month)\b",
        relative.part_rel,
        "unit",
        prefix=r"(?:(?P<part>early|mid|late)(?:-|\s+)|(?P<endh>end)-|the\s+(?P<pp>beginning|start|middle|end"
        r"|first\s+half|second\s+half|(?:first|second|third|fourth|last|final)\s+quarter|first\s+week|last\s+week)"
        r"\s+of\s+)(?P<det>the\s+same|the\s+previous|the\s+following|the|this|last|next)\s+",
        required=True,
        anchored=True,
    ),
    rule(
        "earlier-later",
        r"(?P<dir>earlier|later)\s+this\s+(?P<unit>week|month|year)\b",
        relative.earlier_later,
        "unit",
    ),
    rule(
        "rolling-n",
        r"(?P<unit>days|weeks|months|years|decades)\b",
        relative.rolling_n,
        "units",
        prefix=rf"(?:the\s+)?(?P<det>past|last|next|coming)\s+(?P<n>{NUM_RE})\s+",
        required=True,
        anchored=True,
    ),
    rule(
        "ago",
        r"(?P<unit>days?|weeks?|fortnights?|months?|years?|decades?)\s+(?P<dir>ago|earlier|later|before|after|afterwards"
        r"|previously|prior)\b",
        relative.ago,
        "unit units",
        prefix=rf"(?P<n>{NUM_RE})\s+",
        required=True,
        anchored=True,
    ),
    rule(
        "units-since",
        r"(?P<unit>days?|weeks?|months?|years?)\s+since\b",
        relative.units_since,
        "unit units",
        prefix=rf"(?:it\s+is|it[’']s|it\s+has\s+been)\s+(?:now\s+)?(?P<n>{NUM_RE})\s+",
        required=True,
        anchored=True,
    ),
    rule(
        "day-of-rel-month",
        rf"{day('d')}\s+of\s+(?P<det>last|this|next)\s+month\b",
        relative.day_of_rel_month,
        "unit",
        prefix=r"the\s+",
        required=True,
    ),
    rule(
        "rel-period",
        r"(?P<det>this\s+past|last|this|next|past|coming|previous|following|same|preceding)"
        r"\s+(?P<unit>weekend|week|month|year|decade|day)\b",
        relative.rel_period,
        "unit",
        prefix=r"(?P<the>the)\s+",
    ),
    rule("the-weekend", r"(?:over|at|on|during)\s+the\s+weekend\b", relative.the_weekend, "unit"),
    rule("event-day", r"the\s+day\s+(?:before|after)\b(?!\s+(?:yesterday|tomorrow)\b)", relative.event_day, "unit"),
    rule(
        "rel-day",
        r"(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow"
        r"|this\s+(?:morning|afternoon|evening)|(?<=\bon\s)this\s+date|last\s+night)\b",
        relative.rel_day,
        "dayword",
    ),
    rule(
        "weekday-of-week",
        rf"(?P<w>{WEEKDAY_RE})\s+(?:of\s+)?(?P<det>last|next|this)\s+week\b",
        relative.weekday_of_week,
        "weekday",
        prefix=_PRE_DET,
        anchored=True,
    ),
    rule(
        "range-w-w",
        rf"(?P<w1>{WEEKDAY_RE}){SEP}(?P<w2>{WEEKDAY_RE})\b",
        relative.weekday_range,
        "weekday",
        prefix=_PRE_RANGE,
        required=True,
        anchored=True,
    ),
    rule(
        "weekday",
        rf"(?P<w>{WEEKDAY_RE})\b(?:\s+(?:night|morning|afternoon|evening)\b)?",
        relative.weekday,
        "weekday",
        prefix=_PRE_DET,
        anchored=True,
    ),
    rule("holiday", rf"(?P<h>{HOLIDAY_RE})\b{YEAR_TAIL}", named.holiday, "holiday month", anchored=True),
    rule("month", mon("m"), named.bare_month, "month", prefix=_PRE_DET, glue="$£€¥#-", anchored=True),
    rule("year", year("y"), named.bare_year, "num", glue=_YEAR_GLUE, anchored=True),
)
