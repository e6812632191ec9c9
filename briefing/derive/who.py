"""Who an event involves, as the pages name them: people first, then the parties (countries, bodies)."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import PARTY_KEY, Event, Participant


def is_party(p: Participant) -> bool:
    return p.key.startswith(PARTY_KEY)


def people_first(participants: Iterable[Participant]) -> list[Participant]:
    """People before parties, each group in the event's own order (the order of first mention)."""
    return sorted(participants, key=is_party)


def with_role(participants: Iterable[Participant], *roles: str) -> list[Participant]:
    return [p for p in participants if p.role in roles]


def names(participants: Iterable[Participant], most: int | None = None) -> str:
    """Their names, people first; past ``most`` names, how many more ("A, B, C and 2 others")."""
    listed = [p.name for p in people_first(participants)]
    if most is None or len(listed) <= most:
        return ", ".join(listed)
    rest = len(listed) - most
    return ", ".join(listed[:most]) + f" and {rest} other{'s' if rest != 1 else ''}"


def place(e: Event) -> str:
    """Where the event happened: the place one of its sentences names, else a party the sentences give as
    the place (the country a visit went to, named as the People page names it); "" when none says."""
    return e.place or names(p for p in e.participants if p.role == "place" and is_party(p))


def involved(e: Event) -> list[Participant]:
    """Who took part: every participant but a party that is only the place it happened in."""
    return [p for p in e.participants if not (p.role == "place" and is_party(p))]
