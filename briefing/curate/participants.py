"""Who takes part in the event a statement reports, and in what role, as the sentence places them.

The frame (``analyse.events``) says where the sentence's subject and object
stand and which words follow "to", "with" or "by"; a person or a party named
there takes the role the action gives that place ("Hart gave Quiroga a bowl":
Hart the giver, Quiroga the receiver; "was received by Hart": Hart the host). A
sentence that leans on the one before ("Their talks went on for four hours",
"The meeting lasted an hour") and names no one itself takes the people of the
sentence it continues, without roles.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..analyse.dates.words import WEEKDAYS
from ..analyse.events.frames import RELATIVE
from ..analyse.events.lexicon import agent_words, lexicon, stating_forms
from ..model import PARTY_KEY, SPEAKER, Frame, Region

Span = tuple[int, int, str]  # start, end, key ("@person" or "@entity:name")
Participant = tuple[str, str]  # key, role ("" when the sentence does not give one)
WORD = re.compile(r"[A-Za-z][\w'’\-]*")
PLACE_ROLES = frozenset({"place"})



def participants(text: str, frame: Frame | None, spans: Sequence[Span]) -> tuple[Participant, ...]:
    """Everyone the sentence names, each once, with the role its place gives them in the main action."""
    out: dict[str, str] = {}
    for start, end, key in sorted(spans):
        if _speaks(text, start, end):
            role = SPEAKER  # "Putin gave Kim a limousine, Peskov said": Peskov stands after the object, no receiver
        else:
            role = _role(frame, text, start, end) if frame is not None else ""
            if not role and _says_after(text, frame, start, end):
                role = SPEAKER  # "Kishida faced reporters that evening, saying he had no words"
        if role in PLACE_ROLES and not key.startswith(PARTY_KEY):
            role = ""  # a person is never where something happened ("the trip is Putin's first to ...")
        if key not in out or (role and not out[key]):
            out[key] = role
    return tuple(out.items())


def _speaks(text: str, start: int, end: int) -> bool:
    """The name at start:end is who says the sentence's news: "Kurtz said", "Kurtz, the chief executive,
    told reporters", "..., said Kurtz.", "according to Kurtz"."""
    said = _saying()
    if said.next.match(text, end) and not PLACE_BEFORE.search(text, 0, start):
        return True  # not "speaking in Rehoboth Beach, Delaware, ..., said": a place in the speaker's aside
    if not TOLD_BEFORE.search(text, 0, start) and said.after_words.match(text, end):
        return True  # "Prime Minister Najib Mikati on Tuesday said"; not "The officers who arrested Smith Tuesday said"
    if (APPOSED.search(text, 0, start) or OPENED_ASIDE.search(text, 0, start)) and said.after_aside.match(text, end):
        return True  # "Iran's supreme leader, Ayatollah Ali Khamenei, said": the name closes the subject's aside
    before = text[max(0, start - 40):start]
    if ACCORDING_TO.search(before):
        return True
    # "..., said Kurtz.": a verb of saying alone (not "Putin thanked Kim.")
    return said.before.search(before) is not None and re.match(r"\s*(?:[,.;]|$)", text[end:]) is not None


def _says_after(text: str, frame: Frame | None, start: int, end: int) -> bool:
    """The name is the sentence's subject, and a clause opened by a participle of saying goes on from it ("Homendy
    weighed in on Thursday, saying the reports were premature")."""
    subject = frame.subject.start <= start and end <= frame.subject.end if frame is not None \
        else OPENING_TITLES.fullmatch(text, 0, start) is not None  # no action: the name opening the sentence
    return subject and SAYING_CLAUSE.search(text, end) is not None


OPENING_TITLES = re.compile(r"\W*(?:[A-Z][\w.'’\-]*\s+){0,3}")  # "Prime Minister Fumio Kishida": titles before a name
# A place's preposition right before the name, or before the town a state or a country follows ("in Rehoboth Beach,
# Delaware")
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|outside|inside)\s+(?:the\s+)?"
                          r"(?:(?-i:[A-Z])[\w'’\-]*(?:\s+(?-i:[A-Z])[\w'’\-]*){0,2},\s+)?$", re.IGNORECASE)
SAYING_CLAUSE = re.compile(r",\s+(?:saying|adding|telling|noting|warning|insisting|stressing|arguing|explaining|"
                           r"calling|urging|describing)\b")


# A name opening an aside after the subject's head, a title or two before it: "the leader, Ayatollah Ali Khamenei"
APPOSED = re.compile(r"[^\W\d_],\s+(?:(?-i:[A-Z])[\w.'’\-]*\s+){0,3}$")
# ... or a title in lower case: "His nephew, party chief Akhilesh Yadav, said" (not a clause: "Police, who
# arrested Smith, said")
OPENED_ASIDE = re.compile(r"^[^,]*[^\W\d_],\s+(?!(?:who|whom|which|that|when|where|after|before|as)\b)"
                          r"(?:[a-z][\w'’\-]*\s+){1,3}(?:(?-i:[A-Z])[\w.'’\-]*\s+){0,2}$")
# "according to Kurtz", "according to President Gabriel Boric", "according to the regional governor Ann Lee" (not
# "According to the document, Russia ...": after a comma the name opens a clause of its own)
ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:(?!by\b)(?-i:[a-z])+(?<!ed)\s+){0,3}"
                          r"(?:(?-i:[A-Z])[\w.'’\-]*\s+){0,3}$", re.IGNORECASE)
# A verb or a clause before the name: the name may be its object, not the subject of what follows
TOLD_BEFORE = re.compile(r"\b(?:who|whom|which|that|when|where|[a-z]{2,}ed)\b")
# What may stand between a speaker's name and the verb: a day, an adverb, an auxiliary ("Mikati on Tuesday said",
# "Alexiou had flatly denied", "Homendy also told")
BETWEEN = (rf"(?:(?:(?:late|early)\s+)?(?:on\s+)?(?:{'|'.join(w.capitalize() for w in WEEKDAYS)})"
           r"(?:\s+(?:morning|afternoon|evening|night))?\s+|(?:also|later|earlier|then|again|had|has|have|once|first|"
           r"just|already|still|never|[a-z]+ly)\s+){0,3}")


@dataclass(frozen=True)
class _Saying:
    """Where a verb of saying or stating stands from a name: compiled once, as the alternations are long and
    ``_speaks`` runs for every name of every sentence."""

    next: re.Pattern[str]  # right after it, or after an aside set off by commas
    after_words: re.Pattern[str]  # after a day, an adverb or an auxiliary
    after_aside: re.Pattern[str]  # after the comma closing the aside the name ends
    before: re.Pattern[str]  # a verb of saying alone right before it ("..., said Kurtz")


@functools.cache
def _saying() -> _Saying:
    table = lexicon()
    speech = frozenset(surface for surface, entries in table.forms.items()
                       if " " not in surface and any(table.actions[a].speech and verbal for a, verbal, _ in entries))
    stating = _alternation(speech | stating_forms())  # the verbs of saying and those of stating ("denied")
    # an aside may hold commas of its own: "Biden, speaking in Rehoboth Beach, Delaware, two hours later, said"
    return _Saying(next=re.compile(rf"(?:(?:,[^,]{{1,120}}){{1,3}},)?\s+(?:{stating})\b"),
                   after_words=re.compile(rf"\s+{BETWEEN}(?:{stating})\b"),
                   after_aside=re.compile(rf",\s+{BETWEEN}(?:{stating})\b"),
                   before=re.compile(rf"\b(?:{_alternation(speech)})\s+$"))


def _alternation(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _role(frame: Frame, text: str, start: int, end: int) -> str:
    action = lexicon().actions[frame.action]
    place = _place(frame, text, start, end)
    if frame.passive:
        place = {"subject": "object", "by": "subject"}.get(place, place)
    return action.role(place) if place else ""


def _place(frame: Frame, text: str, start: int, end: int) -> str:
    if frame.subject.start <= start and end <= frame.subject.end:
        return _unless_clause(text, frame.subject, start, "subject")
    for word, region in frame.prepositions:
        if region.start <= start and end <= region.end:
            return _unless_clause(text, region, start, word)
    if frame.object.start <= start and end <= frame.object.end:
        return _unless_clause(text, frame.object, start, "object")
    return ""


# A clause inside a subject or an object, about its head: "the family of Nargeolet, who died when the Titan
# imploded", "OceanGate, which has suspended its operations".
# (not "that", which is as often a determiner: "During that meeting")
RELATIVE_OPENER = re.compile(rf"\b(?:{'|'.join(sorted(RELATIVE | {'when'}))})\b")


def _unless_clause(text: str, region: Region, start: int, place: str) -> str:
    """``place``, unless the name at ``start`` stands in a clause of the region's own: it plays no part there."""
    return "" if RELATIVE_OPENER.search(text, region.start, start) else place


def acted(text: str, frame: Frame | None, spans: Sequence[Span]) -> bool:
    """Whether the main action, if it needs someone to do it, has someone in its subject (or after "by" in
    the passive): a person or party named there, a pronoun or a word for people ("the delegation"). An
    action named by a noun has no subject of its own: anyone the sentence names will do ("The meeting took
    place in Pyongyang, where Shoigu arrived"; not "The arrival of 24 trotters")."""
    if frame is None or not lexicon().actions[frame.action].agent:
        return True
    if not frame.verbal:
        regions = [Region(0, len(text))]
    else:
        regions = [r for w, r in frame.prepositions if w == "by"] if frame.passive else [frame.subject]
    for region in regions:
        if any(region.start <= s and e <= region.end for s, e, _ in spans):
            return True
        words = {w.lower() for w in WORD.findall(text[region.start:region.end])}
        if words & agent_words():
            return True
    return False
