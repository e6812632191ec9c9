"""Which parties an article names only in passing: in sentences about events long before the ones it reports,
or where it sets its own event after the story's by a stretch of time. Such an article tells another story and
recalls this one; ``relevance.off_story`` does not count those parties as named."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..analyse.dates import find_dates
from ..model import Statement
from .event_keys import parties_of

PASSED = dt.timedelta(days=180)  # a sentence's events this long before the article's latest are recalled, not news
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")  # only a sentence naming a year can tell of a time that long ago
# "came two months after", "follows just weeks after": the article sets its own event after the one it recalls
_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|\d+)"
CAME_AFTER = re.compile(rf"\b(?:came|comes|followed|follows)\s+(?:(?:just|only|about|nearly|almost|barely|less than|"
                        rf"more than|some)\s+)?(?:{_COUNT}\s+)?(?:days?|weeks?|months?|years?)\s+after\b",
                        re.IGNORECASE)


def in_passing(statements: Sequence[Statement], count: int) -> list[frozenset[str]]:
    """For each of ``count`` articles: the people and parties it names only in sentences whose dates all fall
    well before the latest day it reports an event on (``PASSED``), as a report of one ship's grounding
    recalls another's a year earlier. The latest day is the article's own news, not its publication date, so
    a mirror re-posted months later keeps the parties of the text it copies."""
    latest: list[dt.date | None] = [None] * count
    for s in statements:
        d = s.date
        if d is not None and d.resolved and d.origin != "context" \
                and (s.published is None or d.end_date <= s.published):  # type: ignore[operator]
            now = latest[s.article]
            latest[s.article] = d.end_date if now is None else max(now, d.end_date)  # type: ignore[type-var]
    named: list[set[str]] = [set() for _ in range(count)]
    current: list[set[str]] = [set() for _ in range(count)]
    for s in statements:
        keys = parties_of(s)
        if keys:
            named[s.article].update(keys)
            if not _recalls(s, latest[s.article]):
                current[s.article].update(keys)
    return [frozenset(n - c) for n, c in zip(named, current)]


def _recalls(s: Statement, latest: dt.date | None) -> bool:
    """Every date the sentence's words give, its own event's and any other's, ends well before ``latest``
    (a date lent by the sentence before is none of its words: "The tanker grounded in the stretch where the
    Ever Given lodged itself in March 2021" recalls the Ever Given, whatever the tanker's day); or the sentence
    sets the article's event after another by a stretch of time ("The incident came two months after a door plug
    blew off an Alaska Airlines jet"): the other is the one recalled."""
    if CAME_AFTER.search(s.sentence.text):
        return True
    if latest is None or not YEAR.search(s.sentence.text):
        return False
    dates = [m for m in find_dates(s.sentence.text, s.published) if m.resolved]
    if s.date is not None and s.date.resolved and s.date.origin != "context":
        dates.append(s.date)
    return bool(dates) and all(m.end_date < latest - PASSED for m in dates)  # type: ignore[operator]
