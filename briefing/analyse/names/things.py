"""Places, bodies and things that look like names: the cues a sentence gives itself.

A capitalised phrase names a place, a body or a thing, not a person, when:

- it ends in a head word of such names: "Vostochny Cosmodrome", "Brawner
  Builders", "Rodong Sinmun" (``data/thing_heads.txt``);
- a head word follows it, capitalised ("the Francis Scott Key Bridge", "Kim Il
  Sung Square") or, for a few nouns that never follow a person's name as a verb
  or a description, in lower case ("the Rodong Sinmun newspaper", "Dong Dang
  station"; ``data/thing_heads_lower.txt``).  The phrase is then the thing's
  name, and no mention of the person it was named after ("It was named for
  Francis Scott Key" still is one).

Both drop the candidate (``candidates.py``).  Where a phrase stands is weaker
evidence, so it only marks the occurrence *locative*, and a name whose every
occurrence is locative needs a title or a curation entry to count as a person
(``reconcile.py``): right after a place preposition ("in", "at", "to", "near";
``data/place_prepositions.txt``), after a place noun and "of" ("the border
town of ...", ``data/place_nouns.txt``), after a title and "of" ("the
chairman of Action Aviation"), after a head word and "of" ("the National Bank of
Santa Clara"), right after "the" ("the Andrea Doria": people's
names take no article), right after a noun of craft ("the tug Carlo Magno",
``data/vessel_nouns.txt``), or in a list beside a known country or place
("Guatemala, Honduras and El Salvador") or in one a plural place noun ends ("Kendall, Tom Green and
Williamson counties"), before an appositive naming a kind of place ("In Moulay
Brahim, a hillside village"), right before a title's head word ("the former Fannie Mae chief": the body
the title is of), or quoted whole, in two words or more (the film "Thirteen Lives": a work's title).
"""

from __future__ import annotations

import re

from .runs import LET
from .words import (
    COUNTRIES_AND_PLACES,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    THING_HEADS,
    THING_HEADS_LOWER,
    TITLE_HEADS,
    VESSEL_NOUNS,
)

_NEXT_WORD = re.compile(rf"[^\S\n]+({LET}+)(?![\w\-])")
_PREPOSITIONS = frozenset(PLACE_PREPOSITIONS)
_PLACE_NOUNS = frozenset(PLACE_NOUNS)
_VESSEL_NOUNS = frozenset(VESSEL_NOUNS)
_LIST_WORDS = ("and", "or")
# set off by a comma, an appositive naming a kind of place: ", a hillside village", ", the square at ..."
_APPOSITIVE_PLACE = re.compile(rf",\s+(?:a|an|the)\s+(?:[a-z\-]+\s+){{0,2}}?"
                               rf"(?:{'|'.join(sorted(_PLACE_NOUNS | frozenset(THING_HEADS_LOWER) | {'square'}))})\b")
# the rest of a list whose last item a plural place noun follows: "Travis, Kendall, Tom Green and Williamson
# counties", "Kerr, Tom Green and 11 other counties" (each item a county)
_PLURAL_PLACES = sorted(n[:-1] + "ies" if n.endswith("y") else n + "s" for n in _PLACE_NOUNS)
_LIST_OF_PLACES = re.compile(rf"(?:,\s+(?:[A-Z][\w'’\-]*\s+){{0,2}}[A-Z][\w'’\-]*)*,?\s+(?:and|or)\s+"
                             rf"(?:(?:[A-Z][\w'’\-]*|\d+|other|more)\s+){{1,3}}(?:{'|'.join(_PLURAL_PLACES)})\b")
_WINDOW = 40
_TRAILING = ".,;:!?)”\""
_QUOTES = "\"“”‘’'"


def names_a_thing(text: str, end: int) -> bool:
    """Does a head word of a place, body or thing follow the name ending at ``end``, right after it or after a
    capitalised word or two of the same name ("Rafic Hariri International Airport")?"""
    if _OWNED_INSTITUTION.match(text, end):
        return True  # "Alder Hey Children's Hospital", "St Mary's College": the institution's name, not a person's
    for _ in range(1 + THING_MODIFIERS):
        m = _NEXT_WORD.match(text, end)
        if m is None:
            return False
        word = m.group(1)
        if word.lower() in THING_HEADS if word[0].isupper() else word in THING_HEADS_LOWER:
            return True
        if not word[0].isupper():
            return False
        end = m.end()
    return False


# A possessive, then the head of an institution that takes one in its name; not a thing a person owns ("Swift's
# Eras Tour")
_OWNED_INSTITUTION = re.compile(r"['’]s?[^\S\n]+(?:Hospital|School|College|University|Church|Cathedral|Chapel|"
                                r"Academy|Hospice|Clinic|Infirmary)\b")
THING_MODIFIERS = 2  # capitalised words that may stand between a name and the head of the thing named after it


def ends_in_thing_head(words: list[str]) -> bool:
    """"Vostochny Cosmodrome", "Martin Petroleum": a name of two words or more ending in a head word."""
    return len(words) >= 2 and words[-1].lower() in THING_HEADS


def place_cues(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether the name at [start, end) stands where a place stands, and whether its sentence calls it a place in
    so many words: after a place noun and "of" ("the village of Imi N'Tala") or before an appositive naming a
    kind of place ("Jemaa el-Fna, the square at the heart of the medina"). One such occurrence outweighs others
    where the name stands as a subject. (Both read one window of words: this runs for every candidate.)"""
    before = text[max(0, start - _WINDOW):start].split()
    placed = len(before) > 1 and before[-1] == "of" and before[-2].lower() in _PLACE_NOUNS \
        or _APPOSITIVE_PLACE.match(text, end, end + _WINDOW) is not None
    return placed or _stands_where_places_stand(text, start, end, before), placed


def is_locative(text: str, start: int, end: int) -> bool:
    """Does the name at [start, end) stand where a place stands?"""
    return place_cues(text, start, end)[0]


def _stands_where_places_stand(text: str, start: int, end: int, before: list[str]) -> bool:
    """The cues of :func:`place_cues` other than a sentence calling the name a place."""
    if before:
        last = before[-1]
        if last.lower() in _PREPOSITIONS:
            return True  # "from El Salvador", "In Moulay Brahim, ..." opening a sentence
        if last == "of" and len(before) > 1 and before[-2].lower() in TITLE_HEADS:
            return True  # "the chairman of Action Aviation": what a title is of is a body or a place
        if last == "of" and len(before) > 1 and before[-2][:1].isupper() and before[-2].lower() in THING_HEADS:
            return True  # "the National Bank of Santa Clara", "the Port of Baltimore": the body's or place's name
        if last in ("the", "The"):
            return True  # "the wreck of the Andrea Doria", "at the Woods Hole Oceanographic Institution"
        if last in _VESSEL_NOUNS:
            return True  # "the tug Carlo Magno", "container ship Ever Forward": a craft's name
        if last in _LIST_WORDS and len(before) > 1 and _known_place(before[-2]):
            return True  # "Honduras and El Salvador"
        if last.endswith(",") and _known_place(last[:-1]):
            return True  # "Honduras, El Salvador"
    after = text[end:end + _WINDOW]
    if start > 0 and text[start - 1] in _QUOTES and after[:1] in _QUOTES and " " in text[start:end]:
        return True  # Ron Howard's "Thirteen Lives": a work's title, quoted whole (not a nickname, "Butch")
    m = _NEXT_WORD.match(text, end)
    if m is not None and m.group(1) in TITLE_HEADS:
        return True  # "the former Fannie Mae chief", "a Wagner commander": the body a title is of
    if _LIST_OF_PLACES.match(text, end, end + 3 * _WINDOW):
        return True  # "Kendall, Tom Green and Williamson counties": an item of a list of places
    if after.startswith(","):
        words = after[1:].split()
    else:
        words = after.split()
        if not words or words[0] not in _LIST_WORDS or not after[:1].isspace():
            return False
        words = words[1:]
    return bool(words) and _known_place(words[0].rstrip(_TRAILING))


def _known_place(word: str) -> bool:
    """A capitalised word of a known country or place, whole ("Russia's" is no list member)."""
    return word[:1].isupper() and word.isalpha() and word.lower() in COUNTRIES_AND_PLACES
