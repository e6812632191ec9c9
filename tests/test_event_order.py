"""The order of a section's events, and the timeline's: dated by their start, the undated in reading order,
background last; each dated event once on the timeline, other reporting never."""

from __future__ import annotations

import dataclasses
import datetime as dt

from support import article, cite, item

from briefing.derive.order import in_date_order
from briefing.derive.timeline import build_timeline
from briefing.model import Corpus, Event, Section

PUBLISHED = dt.date(2024, 9, 14)
A = article("a", "First article", "Talks began on September 2.", "The envoy left.", "Gifts were exchanged.",
            date=PUBLISHED)
B = article("b", "Second article", "The treaty was signed in June.", "The envoy was thanked.",
            "A protocol was signed in 2019.", "Both leaders met on June 19.", "Delegates arrived on Friday.",
            date=PUBLISHED)
UNDATED = article("c", "Third article", "The delegation arrived on Friday.")  # "on Friday" cannot be resolved


def event(a, phrase: str, background: bool = False) -> Event:  # noqa: ANN001
    c = cite(a, phrase)
    return dataclasses.replace(item(c, date=c if c.date else None), background=background)


def test_dated_by_start_then_undated_in_reading_order_then_background() -> None:
    june = event(B, "treaty")  # all of June: starts before the 19th
    nineteenth = event(B, "June 19")
    september = event(A, "Talks")
    friday = event(B, "Friday")
    left, thanked = event(A, "left"), event(B, "thanked")
    unresolved = event(UNDATED, "delegation")
    protocol = event(B, "protocol", background=True)
    shuffled = (protocol, thanked, unresolved, september, friday, left, nineteenth, june)
    (ordered,) = in_date_order([Section("s", "S", "", (), shuffled)], Corpus([A, B, UNDATED]))
    assert [e.text for e in ordered.items] == [e.text for e in (
        june, nineteenth, september, friday, left, thanked, unresolved, protocol)]


def test_the_timeline_lists_each_resolved_event_once_by_its_dating_citation() -> None:
    twice = item(cite(A, "Talks"), cite(B, "June 19"), date=cite(B, "June 19"))
    undated, unresolved = event(A, "left"), event(UNDATED, "delegation")
    protocol = event(B, "protocol", background=True)
    entries = build_timeline([Section("s", "S", "", (), (twice, undated, unresolved, protocol))])
    assert [(t.event, t.citation, t.start) for t in entries] == [
        (protocol, protocol.date, dt.date(2019, 1, 1)), (twice, twice.date, dt.date(2024, 6, 19))]
