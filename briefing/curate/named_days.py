"""Days counted from an event the coverage names: "The day after the shooting, he was charged".

An article may count from an event it never dates itself ("two days after the crash"); read alone, that day is
unknown, and narrative reading leaves it so. Other articles of the corpus often name that event with its day ("the
June 12 crash", "Thursday's crash", "the attack of 22 April"). When every article that names it so gives one and
the same day, and at least ``MIN_ARTICLES`` of them do, the count is made from that day, and the date says where
it came from. A noun the coverage dates more than one way ("the report": a preliminary one and a final one) is left
alone: which of them is meant, the words do not say.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence

from ..analyse.dates import find_dates, format_date
from ..analyse.dates.attach import names_a_noun
from ..analyse.dates.bare_weekdays import with_bare_weekdays
from ..analyse.dates.resolve import NOTE_EVENT
from ..analyse.dates.steps import HEDGED, counted
from ..model import Article, ArticleFacts, DateMention

MIN_ARTICLES = 2  # articles that must name the event with its day, all alike

# What a count names after "after" or "before": "the crash", "the deadly crash", "the pager blasts"; the noun is
# the last word before a word that ends the name ("the canal was closed", "the crash in Ahmedabad")
_COUNTED_FROM = re.compile(r"\s+the\s+([a-z\-]+(?:\s+[a-z\-]+){0,3})")
_ENDS_NAME = frozenset("in at on of by to for with from and or but that which who when where was were is are had has "
                       "have will would could he she it they we his her its their".split())
# A count of days or more ("the day after", "two weeks after"): one of hours ("in the first hours after the quake")
# may cross midnight from an event late in its day, which the day it is named by does not tell
_AFTER = re.compile(r"\b(?:day|days|week|weeks|fortnight|month|months|year|years)\s+(?:after|before)$", re.IGNORECASE)
_TIME_NOUNS = frozenset("day days night morning afternoon evening week weekend month year hours minutes".split())


def dated_by_named_events(articles: Sequence[Article], facts: list[ArticleFacts],
                          copies: dict[str, tuple[str, float]]) -> list[ArticleFacts]:
    """``facts`` with each count from a named event, left undated, made from the day the coverage gives it."""
    wanted = _counts(articles, facts)
    if not wanted:
        return facts  # most corpora: one scan, no date read again
    days = _named_days(articles, facts, {noun for _, _, noun in wanted}, copies)
    out = list(facts)
    for k, i, noun in wanted:
        day = days.get(noun)
        if day is None:
            continue
        text = articles[k].statement_sentences[i].text
        found = counted(text, None, event=day)
        if found is None or not found.resolved:
            continue
        note = f"counted from the {noun}, which {day.note}"
        sentences = list(out[k].sentences)
        sentences[i] = dataclasses.replace(sentences[i], date=dataclasses.replace(found, note=note))
        out[k] = dataclasses.replace(out[k], sentences=tuple(sentences))
    return out


def _counts(articles: Sequence[Article], facts: Sequence[ArticleFacts]) -> list[tuple[int, int, str]]:
    """(article, sentence, noun) of each sentence dated only by a count from an event it names ("two days after
    the crash"), with no bound on the count ("more than a month after")."""
    out = []
    for k, (a, f) in enumerate(zip(articles, facts)):
        for i, s in enumerate(f.sentences):
            d = s.date
            if d is None or d.resolved or d.note != NOTE_EVENT or not _AFTER.search(d.phrase):
                continue
            text = a.statement_sentences[i].text
            noun = _head(_COUNTED_FROM.match(text, d.end))
            if noun is not None and not HEDGED.search(text, 0, d.start):
                out.append((k, i, noun))
    return out


def _head(named: re.Match[str] | None) -> str | None:
    """The noun a count names: its name's last word before one that ends it."""
    if named is None:
        return None
    words = []
    for w in named.group(1).split():
        if w in _ENDS_NAME:
            break
        words.append(w)
    if not words or len(words[-1]) < 4 or words[-1] in _TIME_NOUNS:
        return None
    return words[-1]


def _named_days(articles: Sequence[Article], facts: Sequence[ArticleFacts], nouns: set[str],
                copies: dict[str, tuple[str, float]]) -> dict[str, DateMention]:
    """Noun -> the day the coverage names it with, when all that do agree: by a day in its name ("the June 12
    crash"), or as the subject of a sentence its own words date ("The attack took place on Tuesday")."""
    words = "|".join(map(re.escape, sorted(nouns)))
    pattern = re.compile(rf"\b(?:{words})\b", re.IGNORECASE)
    subject = re.compile(rf"^\W*(?:the|a|an)\s+(?:[\w\-’']+\s+){{0,3}}?({words})\b(?!\s+of\b)", re.IGNORECASE)
    votes: dict[str, dict[tuple[dt.date, dt.date], set[str]]] = defaultdict(lambda: defaultdict(set))
    for a, f in zip(articles, facts):
        if a.id in copies or a.date is None:
            continue  # a copy says what its original says; an undated article's "Thursday" is no day
        for s, sf in zip(a.statement_sentences, f.sentences):
            low = s.text.lower()
            if not any(n in low for n in nouns):
                continue  # most sentences: a substring test each, before any pattern
            # a day is named by digits or a word ending in "day" (a weekday, "today"): else no date to read again
            # a bare weekday too: "Sunday's crash" names the crash's day as "the June 12 crash" does
            for m in (with_bare_weekdays(s.text, find_dates(s.text, a.date), a.date)
                      if ("day" in low or _DIGIT.search(low)) and pattern.search(s.text) else ()):
                noun = _names(s.text, m, nouns)
                if noun is not None:
                    votes[noun][(m.start_date, m.end_date)].add(a.id)  # type: ignore[index]
            told = subject.match(s.text)
            if told and _own_day(sf.date):
                votes[told.group(1).lower()][(sf.date.start_date, sf.date.end_date)].add(a.id)  # type: ignore[union-attr,index]
    out = {}
    for noun, by_day in votes.items():
        if len(by_day) != 1:
            continue
        (day, ids), = by_day.items()
        if len(ids) >= MIN_ARTICLES:
            out[noun] = DateMention(noun, 0, 0, "day", day[0], day[1], True,
                                    f"{len(ids)} articles date {_day_named(day[0])}", "narrative")
    return out


def _own_day(d: DateMention | None) -> bool:
    return d is not None and d.resolved and d.origin == "" and d.start_date == d.end_date \
        and d.precision in ("day", "weekday")


def _day_named(day: dt.date) -> str:
    return format_date(DateMention("", 0, 0, "day", day, day, True, ""))


def _names(text: str, m: DateMention, nouns: set[str]) -> str | None:
    """The noun of ``nouns`` a day phrase is part of the name of ("the June 12 crash", "Thursday's deadly crash",
    "the attack of 22 April"); None for any other phrase."""
    if not m.resolved or m.precision not in ("day", "weekday") or m.start_date != m.end_date:
        return None
    if names_a_noun(text, m):
        after = _NOUN_AFTER.match(text, m.end)
        for w in (after.group(1).split() if after else ()):
            if w.lower() in nouns:
                return w.lower()
        return None
    before = _NOUN_OF.search(text, 0, m.start)
    if before and before.group(1).lower() in nouns:
        return before.group(1).lower()
    return None


_DIGIT = re.compile(r"\d")
_NOUN_AFTER = re.compile(r"(?:'s|’s)?((?:\s+[A-Za-z\-]+){1,4})")  # "Sunday's Yeti Airlines crash": a name between
_NOUN_OF = re.compile(r"\bthe\s+([a-z\-]{4,})\s+of\s+$")
