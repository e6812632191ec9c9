"""Sections that are phases of the story: a report dated far outside its section's time goes to the section whose
time it falls in, when its own words are as much evidence for that one.

A curation file often divides a story by its phases ("The November first round", "The May 2025 rerun"; "The
attack", "The riots", "The trial"), and the terms of two phases overlap: a runoff, a vote and a winner belong to
both rounds of an election. Placing reads one sentence at a time and cannot tell them apart; the dates can.

- A section's time is the shortest span holding half the days its reports are dated to in their own words, so
  that the reports of another phase placed in it do not stretch it.
- A section whose half spreads over more than ``PHASE_WIDTH`` has no time of its own (the visits of twenty
  years): it neither gives nor takes a report.
- A report dated ``MARGIN`` or more outside its section's time, inside exactly one other section's, moves there
  when its own words are as much evidence for that section as for the one it was put in (the terms of the two
  phases tie, or only its paragraph put it where it was). Moving more, on less evidence, placed more reports
  right but let undated reports of one phase merge with the other's events.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Sequence

from ..analyse.placing import evidence_for
from ..model import SectionRule, Statement

FINE = dt.timedelta(days=31)  # a report dated to a span at most this wide dates its event
PHASE_WIDTH = dt.timedelta(days=120)  # the middle of a section's days at most this wide: a phase of the story
MARGIN = dt.timedelta(days=30)  # a report this far outside its section's time is of another phase
INSIDE = dt.timedelta(days=7)  # ... and inside another's, give or take this
TIE = 0.5  # the least evidence for the other phase, which must be as strong as for the section it was put in
ENOUGH = 6  # reports a section needs, dated in their own words, for a time of its own
OWN_WORDS = frozenset({"", "article", "copy"})  # date origins that are the sentence's own words


def by_phase(statements: list[Statement], rules: Sequence[SectionRule],
             off_story: Collection[str] = ()) -> list[Statement]:
    """The statements, each one dated far outside its phase's time moved to the phase its date falls in."""
    phases = _phase_times(statements, off_story)
    if len(phases) < 2:
        return statements
    out = list(statements)
    for k, s in enumerate(statements):
        day = _own_day(s)
        if day is None or s.section not in phases or s.source in off_story or _within(day, phases[s.section], MARGIN):
            continue
        fits = [sid for sid, span in phases.items() if sid != s.section and _within(day, span, INSIDE)]
        if len(fits) != 1:
            continue
        evidence = evidence_for(s.sentence.text, s.frame, rules)
        if evidence.get(fits[0], 0.0) >= max(evidence.get(s.section, 0.0), TIE):
            out[k] = dataclasses.replace(s, section=fits[0])
    return out


def _phase_times(statements: Sequence[Statement], off_story: Collection[str]) -> dict[str, tuple[dt.date, dt.date]]:
    """Section -> the middle of the days its reports are dated to, for the sections that are phases."""
    days: dict[str, list[dt.date]] = {}
    for s in statements:
        day = _own_day(s)
        if day is not None and s.section is not None and s.source not in off_story:
            days.setdefault(s.section, []).append(day)
    out = {}
    for sid, found in days.items():
        if len(found) < ENOUGH:
            continue
        first, last = _densest_half(sorted(found))
        if last - first <= PHASE_WIDTH:
            out[sid] = (first, last)
    return out


def _densest_half(days: list[dt.date]) -> tuple[dt.date, dt.date]:
    """The shortest span holding half the days: where most of the section's reports are, however many
    reports of another phase were placed in it too."""
    half = (len(days) + 1) // 2
    return min(((days[i], days[i + half - 1]) for i in range(len(days) - half + 1)), key=lambda s: (s[1] - s[0], s))


def _own_day(s: Statement) -> dt.date | None:
    """The middle of the span the statement's own words date it to, when that is at most a month wide."""
    d = s.date
    if d is None or not d.resolved or d.origin not in OWN_WORDS or s.label:
        return None
    assert d.start_date is not None and d.end_date is not None
    if d.end_date - d.start_date > FINE:
        return None
    return d.start_date + (d.end_date - d.start_date) / 2


def _within(day: dt.date, span: tuple[dt.date, dt.date], margin: dt.timedelta) -> bool:
    return span[0] - margin <= day <= span[1] + margin
