"""The order a section shows its events in: by date, the undated after them, background last.

Dated events go by the start of their resolved date (then its end); events
whose date cannot be resolved, or that give none, follow in reading order
(article by article, sentence by sentence, by their first report). Events
from before the story began come last, in the same order among themselves,
so that a section opens with the story and its recollections stay apart.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from ..model import Corpus, Event, Section, is_resolved

Position = tuple[int, int]  # (article, sentence) in reading order


def in_date_order(sections: Sequence[Section], corpus: Corpus) -> list[Section]:
    position = {(a.id, s.id): (n, i) for n, a in enumerate(corpus.articles) for i, s in enumerate(a.sentences)}

    def key(e: Event) -> tuple[bool, bool, dt.date, dt.date, Position]:
        first = e.citations[0]
        where = position.get((first.source, first.sentence), (len(position), 0))
        d = e.date.date if e.date else None
        if d is not None and is_resolved(d):
            return (e.background, False, d.start_date, d.end_date, where)  # type: ignore[return-value]
        return (e.background, True, dt.date.min, dt.date.min, where)

    return [dataclasses.replace(s, items=tuple(sorted(s.items, key=key))) for s in sections]
