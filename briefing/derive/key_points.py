"""The key points: the most important events (best corroborated, most told, then most recent), spread over the
sections.

Sections hold only on-story events (an off-story article's sentences go to
other reporting), so every candidate is on the story. Background (what the
articles recall from before the story began) is never a key point, nor is an
event only headlines and subheadings report: a headline announces an event
the article goes on to tell, and that telling is the point to show.
"""

from __future__ import annotations

from collections.abc import Collection

from ..model import Event, Section

Ranked = tuple[int, int, Event]  # (section index, position in the section, event)


def pick_key_points(sections: list[Section], count: int,
                    labels: Collection[tuple[str, str]] = frozenset()) -> list[Event]:
    """``count`` events, best first; ``labels`` are the (article id, sentence id) of headlines and subheadings.

    Events more than one independent source reports come first (then those
    told in more sentences, then the most recent): each section
    gets its share of them, then the best of them left fill the places its
    sections could not. Single-source events fill what is still open, the
    same way. So a briefing with enough corroborated events shows no
    single-source one, and one with none is still spread over its sections.
    """
    def rank(entry: Ranked) -> tuple[int, int, int, int, int]:
        si, n, e = entry
        return (*importance(e), si, n)

    ranked = sorted(((si, n, e) for si, s in enumerate(sections) for n, e in enumerate(s.items)
                     if candidate(e, labels)), key=rank)
    share = max(1, -(-count // max(len(sections), 1)))
    chosen: list[Ranked] = []
    picked: set[int] = set()  # by identity: comparing events would compare every citation they carry
    taken: dict[int, int] = {}
    for corroborated, capped in ((True, True), (True, False), (False, True), (False, False)):
        for entry in ranked:
            si, _, e = entry
            if len(chosen) == count:
                return [e for _, _, e in sorted(chosen, key=rank)]
            if (e.independent > 1) == corroborated and (not capped or taken.get(si, 0) < share) \
                    and id(e) not in picked:
                chosen.append(entry)
                picked.add(id(e))
                taken[si] = taken.get(si, 0) + 1
    return [e for _, _, e in sorted(chosen, key=rank)]


def importance(e: Event) -> tuple[int, int, int]:
    """Sorts the more important event first: more independent sources, told in more sentences (an event the
    articles come back to is more than a detail of one), then the more recent."""
    when = e.date.date.end_date if e.date and e.date.date and e.date.date.end_date else None
    return (-e.independent, -len(e.citations), -(when.toordinal() if when else 0))


def highlights(sections: list[Section], count: int,
               labels: Collection[tuple[str, str]] = frozenset()) -> dict[str, tuple[Event, ...]]:
    """Per section, the ``count`` most important events the briefing page shows, in the section's own order.

    Candidates come first, as for the key points; background and headline-only events fill what is left, so
    a section with any event shows some.
    """
    out = {}
    for s in sections:
        order = sorted(range(len(s.items)),
                       key=lambda n: (not candidate(s.items[n], labels), *importance(s.items[n]), n))
        out[s.id] = tuple(s.items[n] for n in sorted(order[:count]))
    return out


def candidate(e: Event, labels: Collection[tuple[str, str]]) -> bool:
    """Not background, and reported in running text, not only in a headline or subheading."""
    return not e.background and any((c.source, c.sentence) not in labels for c in e.citations)
