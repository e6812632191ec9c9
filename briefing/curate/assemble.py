"""An item from a cluster: the sentence shown, every citation, the date, the count of independent sources."""

from __future__ import annotations

import dataclasses
import re

from ..analyse.dates import best_date, find_dates
from ..analyse.tokens import leans_on_context
from ..model import Citation, DateMention, Event, Statement, fold, is_resolved

PRONOUN = re.compile(r"\b(?:he|she|it|they|him|her|them|his|its|their)\b", re.IGNORECASE)


def make_event(section: str, cluster: list[Statement], tokens: list[frozenset[str]], origin: dict[str, str]) -> Event:
    """The item of one cluster; ``tokens`` are its statements' token sets, ``origin`` maps a copy to its original."""
    dates = borrowed_dates(cluster)
    citations = {id(st): st.citation(date) for st, date in zip(cluster, dates)}
    shown = max(zip(cluster, tokens), key=_standalone_score)[0]
    ordered = tuple(citations[id(st)] for st in sorted(cluster, key=lambda s: (s.article, s.order)))
    return Event(
        id=f"{section}-{shown.sentence.id.removeprefix('s-')}",
        section=section,
        text=fold(shown.sentence.text),
        citations=ordered,
        date=_dating_citation(citations[id(shown)], ordered),
        independent=len({origin.get(c.source, c.source) for c in ordered}),
    )


def borrowed_dates(cluster: list[Statement]) -> list[DateMention | None]:
    """Each statement's date, an undated article's relative date resolved against a corroborating article's.

    "In mid-July" in an undated article, reporting the same fact as "In July
    of this year" in an article of 14 September 2024, is mid-July 2024. The
    result is kept only when it agrees with the corroborating date, and its
    note says where the year came from, so it is never a silent guess.
    """
    anchors = [s for s in cluster if is_resolved(s.date)]
    if not anchors:
        return [s.date for s in cluster]
    anchor = min(anchors, key=lambda a: (a.date.end_date - a.date.start_date, a.article))  # type: ignore[union-attr,operator]
    return [_borrowed(st, anchor.date) if st.date and not st.date.resolved else st.date  # type: ignore[arg-type]
            for st in cluster]


def _borrowed(st: Statement, anchor: DateMention) -> DateMention | None:
    """The statement's unresolved date read again against the anchor's end; its own date if that does not agree."""
    assert st.date is not None and anchor.start_date is not None and anchor.end_date is not None
    again = best_date(find_dates(st.sentence.text, anchor.end_date), st.sentence.text)
    if again and again.resolved and again.phrase == st.date.phrase \
            and again.start_date <= anchor.end_date and anchor.start_date <= again.end_date:  # type: ignore[operator]
        return dataclasses.replace(again, note=f"year from the corroborating report ‘{anchor.phrase}’")
    return st.date


def _dating_citation(shown: Citation, citations: tuple[Citation, ...]) -> Citation | None:
    """The most precise resolved date among the citations; else the shown one's, if any."""
    resolved = [c for c in citations if is_resolved(c.date)]
    if resolved:
        return min(resolved, key=lambda c: (c.date.end_date - c.date.start_date, c != shown))  # type: ignore[union-attr,operator]
    return shown if shown.date else next((c for c in citations if c.date), None)


def _standalone_score(entry: tuple[Statement, frozenset[str]]) -> tuple[int, int, int, int, int]:
    """Prefer the sentence that reads best alone: named, specific, not leaning on the one before."""
    st, tokens = entry
    text = st.sentence.text
    named = sum(1 for t in tokens if t.startswith("@"))
    numbers = len(re.findall(r"\d", text))
    return (0 if leans_on_context(text) else 1, -len(PRONOUN.findall(text)), named + min(numbers, 2),
            -st.article, -st.order)
