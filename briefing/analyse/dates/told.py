"""A sentence of an article, as narrative reading needs it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Told:
    """One sentence of an article, as narrative reading needs it."""

    text: str
    block: int  # its paragraph (or headline, subheading) in the article
    label: bool  # a headline or subheading
    people: frozenset[str]  # the names it uses, folded
    family: str  # the family of the action it reports ("" when none)
    reports: bool  # it states an action done, in the past tense (not "will", "has", "is to")
    place: str  # the place it names, or ""
    leans: bool  # it opens by pointing back ("He", "Their talks", "Then")
    recent: bool = False  # it states its action in the present perfect ("has arrived", "has been received")
    earlier: bool = False  # it states its action in the past perfect ("had sued"): before the narrative's time
    refers: str = ""  # the kind of action of an event it names as told before ("During the talks", "that trip")
    action: str = ""  # the kind of action it reports ("" when none)
    plans: bool = False  # it states its action as to come ("will resume", "is expected to approve")
    stated: bool = False  # its action is stated by a verb ("lost"), not only named ("the missing submersible")
    telling: bool = False  # its action is done in the telling (a pledge, an apology, testimony)
