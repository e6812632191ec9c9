"""The key points: the best-corroborated, most recent items, spread over the sections."""

from __future__ import annotations

from ..model import Event, Section


def pick_key_points(sections: list[Section], count: int) -> list[Event]:
    """The best-corroborated, then most recent statements, spread over the sections."""
    def rank(entry: tuple[int, int, Event]) -> tuple[int, int, int, int]:
        si, n, item = entry
        when = item.date.date.end_date if item.date and item.date.date and item.date.date.end_date else None
        return (-item.independent, -(when.toordinal() if when else 0), si, n)

    ranked = sorted(((si, n, item) for si, s in enumerate(sections) for n, item in enumerate(s.items)), key=rank)
    per_section = max(1, -(-count // max(len(sections), 1)))
    chosen: list[Event] = []
    taken: dict[str, int] = {}
    for _, _, item in ranked:
        if len(chosen) == count:
            break
        if taken.get(item.section, 0) < per_section:
            chosen.append(item)
            taken[item.section] = taken.get(item.section, 0) + 1
    return chosen
