"""Two reports that are not one event, however alike their words: told at times that cannot meet.

Clustering merges reports by their words, best pair first; these tests refuse a merge that the words would make.

- A report dated one day, and another with no time of its own in an article that can only tell it as news well
  before or after that day (``out_of_news``).
- A report whose own day is unknown because it counts it from another event ("the day after flight AI171
  crashed", "a week after the blast") is no report of that event: it joins no report of the kind of action it
  counts from (``counts_apart``). Reports of another kind it may still join ("Trump signed a disaster
  declaration two days after the flood" is the declaration reported elsewhere with its day).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence

from ..analyse.events.frames import read_frame
from ..analyse.events.lexicon import Lexicon
from ..model import Statement
from .event_keys import EventKey

# A group's latest start and earliest end among its resolved dates; () when it has none.
DateSpan = tuple[dt.date, dt.date] | tuple[()]


def out_of_news(dated: DateSpan, other: Statement, key: EventKey) -> bool:
    """A report dated ``dated``, and another with no time of its own, in an article that can only tell it as news
    well before or after that date: "divers located his body" in a May report is not the truck found in March,
    however few words keep them apart. Only weak overlap is refused so: a retelling worded alike still joins,
    and one that gives a time it cannot be dated by ("two days after the analysis came out") is told as past,
    not as news. A plan ("is expected to tour factories") is news of a day to come."""
    window = key.near
    if not dated or window is None or key.planned or other.date is not None:
        return False
    return dated[1] < window[0] or dated[0] > window[1]


# A count of days or more from a named event, up to the end of its clause: "the day after flight AI171 crashed"
# (a count of hours may cross midnight, and "the same day" is the event's own)
_COUNTED = re.compile(r"\b(?:day|days|week|weeks|month|months)\s+(?:after|before)\s+([^,;]+)", re.IGNORECASE)


def counted_from(s: Statement, table: Lexicon) -> frozenset[str]:
    """The families of the actions a report counts its unknown day from: each count's ("eight weeks before the
    anniversary, and four months after a jury acquitted them" counts from both); none when its day is known."""
    d = s.date
    if d is None or d.resolved or not d.phrase:
        return NO_FAMILIES
    frames = (read_frame(found.group(1)) for found in _COUNTED.finditer(s.sentence.text, 0, d.end + 200))
    return frozenset(table.actions[f.action].family for f in frames if f is not None and f.action in table.actions)


NO_FAMILIES: frozenset[str] = frozenset()


def counts_apart(x: Collection[int], y: Collection[int], counted: Sequence[frozenset[str]],
                 families: Sequence[str]) -> bool:
    """Some report of ``x`` counts its day from an action of a family some report of ``y`` states, or the
    other way round (indexes into ``counted`` and ``families``, each report's)."""
    return _counts_from(x, {families[k] for k in y}, counted) or _counts_from(y, {families[k] for k in x}, counted)


def _counts_from(members: Collection[int], families: set[str], counted: Sequence[frozenset[str]]) -> bool:
    return any(not counted[k].isdisjoint(families) for k in members)
