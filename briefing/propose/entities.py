"""The parties ``briefing init`` proposes that are not people: places, bodies and their abbreviations.

Read off the capitalised phrases of the articles (never a person's name):

- a place: a phrase made of place words only ("China", "New Zealand", "South
  Pacific"; ``analyse/names/data/countries_and_places.txt`` and ``data/place_words.txt``),
  or another name that stands where places stand ("in Tarsk", "to Veloria") in two sentences or more, or
  whose adjective the articles use ("Veloria", "Velorian");
- a body: a phrase of two words or more with a word of organisations in it
  ("European Commission", "Ministry of Commerce", "National Transportation Safety Board";
  ``analyse/names/data/org_and_thing_words.txt``);
- an abbreviation in capitals ("WTO", "KCNA"), but not those of ``data/not_parties.txt``.

Then what names one party is merged, as its aliases: an abbreviation and the
phrase whose initials it is ("WTO", "World Trade Organization"); a place and
the adjective of it the articles use ("China", "Chinese"; ``data/demonyms.txt``,
or made by rule: "Veloria", "Velorian"); a country and its capital, which news
names for its government ("Beijing said"; ``data/capitals.txt``); a body and a
longer name ending in its words ("Key Bridge", "Francis Scott Key
Bridge"). The parties named in the most articles come first.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..analyse.names.things import is_locative
from ..analyse.names.words import COUNTRIES_AND_PLACES, FUNCTION_WORDS, MONTHS, ORG_AND_THING_WORDS, WEEKDAYS
from ..model import Person
from .findings import Findings
from .people import FEW
from .words import capitals, demonyms, not_parties, place_words

MOST = 8  # parties proposed at most
RUN = re.compile(r"[A-Z][\w’'\-]*(?:[^\S\n]+(?:(?:of|for)[^\S\n]+(?:the[^\S\n]+)?)?[A-Z][\w’'\-]*)*")
ACRONYM = re.compile(r"(?<![\w’'\-])[A-Z]{2,6}(?![\w’'\-])")
LEADING = (FUNCTION_WORDS | MONTHS | WEEKDAYS) - place_words()  # "The", "In", but not the "New" of "New Zealand"
POSSESSIVE = re.compile(r"[’']s$")
JOINERS = frozenset({"of", "the", "for", "and"})
PLACED = 2  # sentences a name must stand where places stand in, to be taken for an unlisted place
# How an adjective is made of a place's name: Veloria -> Velorian, Norvania -> Norvanian, China -> Chinese.
ADJECTIVE_ENDINGS = (("", "n"), ("", "an"), ("", "ian"), ("a", "an"), ("a", "ese"), ("e", "ian"), ("y", "ian"))


@dataclass
class Party:
    """One party as found: its spellings, and where."""

    kind: str  # "place", "body", "abbreviation", or "name" (a word that is a place if it stands where places do)
    spellings: Counter[str] = field(default_factory=Counter)
    articles: set[str] = field(default_factory=set)
    aliases: list[str] = field(default_factory=list)
    placed: int = 0  # sentences where it stands where places stand ("in", "from", "to" before it)

    @property
    def name(self) -> str:
        return max(self.spellings.items(), key=lambda kv: (kv[1], kv[0]))[0]

    @property
    def mentions(self) -> int:
        return sum(self.spellings.values())


@dataclass(frozen=True)
class EntityProposal:
    name: str
    aliases: tuple[str, ...]
    mentions: int
    articles: int
    unsure: tuple[str, ...]


def propose_entities(findings: Findings) -> list[EntityProposal]:
    """The places, bodies and abbreviations named in more than one article (or often in one), most first."""
    found = _found(findings)
    _unlisted_places(found, _name_words(findings.people))
    _merge_abbreviations(found)
    _merge_tails(found)
    _merge_capitals(found)
    _add_adjectives(found, findings)
    several = len(findings.counted) > 1
    kept = [p for p in found.values() if len(p.articles) > 1 or (p.mentions >= FEW and not several)]
    kept.sort(key=lambda p: (-len(p.articles), -p.mentions, p.name))
    return [_proposal(p, several) for p in kept[:MOST]]


def _proposal(p: Party, several: bool) -> EntityProposal:
    unsure = []
    if len(p.articles) == 1 and several:
        unsure.append("named in one article only")
    if p.mentions < FEW:
        unsure.append(f"{p.mentions} mentions")
    return EntityProposal(p.name, tuple(dict.fromkeys(a for a in p.aliases if a != p.name)), p.mentions,
                          len(p.articles), tuple(unsure))


def _found(findings: Findings) -> dict[str, Party]:
    """Every place, body and abbreviation of the counted articles, by its folded spelling."""
    spans = _people_spans(findings.people)
    vocabulary = findings.vocabulary
    found: dict[str, Party] = {}
    for a in findings.counted:
        for s in a.sentences:
            taken = spans.get((a.id, s.id), [])
            for start, end, text, kind in _phrases(s.text, vocabulary):
                if not any(start < e and b < end for b, e in taken):
                    party = found.setdefault(_key(text), Party(kind))
                    party.spellings[text] += 1
                    party.articles.add(a.id)
                    party.placed += is_locative(s.text, start, end)
    return found


def _phrases(text: str, vocabulary: frozenset[str]) -> list[tuple[int, int, str, str]]:
    """(start, end, phrase, kind) of each place, body and abbreviation a sentence names, and of each other
    one-word name (``vocabulary``: the words the articles write in lower case, which are no names)."""
    out = []
    for m in RUN.finditer(text):
        for start, words in _pieces(m, vocabulary):
            phrase = " ".join(words)
            kind = _kind(words) or ("name" if len(words) == 1 and words[0].lower() not in vocabulary
                                    and not words[0].isupper() else "")
            if kind:
                out.append((start, start + len(phrase), phrase, kind))
    for m in ACRONYM.finditer(text):
        low = m.group().lower()
        if low not in not_parties() and low not in place_words():
            out.append((m.start(), m.end(), m.group(), "abbreviation"))
    return out


def _pieces(m: re.Match[str], vocabulary: frozenset[str]) -> list[tuple[int, list[str]]]:
    """A capitalised run as the names it holds: cut after a name's possessive ("Baltimore's | Francis Scott Key
    Bridge"), not after a common noun's ("Democratic People's Republic of Korea"), without leading function
    words ("The", "In") or the possessive's ending; (start, words) each."""
    pieces: list[tuple[int, list[str]]] = []
    current: list[tuple[int, str]] = []
    for w in re.finditer(r"\S+", m.group()):
        word = POSSESSIVE.sub("", w.group())
        if current or word.lower() not in LEADING:
            current.append((m.start() + w.start(), word if word.lower() not in vocabulary else w.group()))
        if word != w.group() and current and word.lower() not in vocabulary:  # a name's possessive ends a name
            pieces.append((current[0][0], [x for _, x in current]))
            current = []
    if current:
        pieces.append((current[0][0], [x for _, x in current]))
    return [(start, words) for start, words in pieces if words]


def _kind(words: list[str]) -> str:
    lows = [w.lower() for w in words]
    if len(words) == 1:
        return "place" if lows[0] in COUNTRIES_AND_PLACES and not words[0].isupper() else ""
    if lows[-1] in COUNTRIES_AND_PLACES and all(w in place_words() or w in JOINERS for w in lows):
        return "place"
    return "body" if any(w in ORG_AND_THING_WORDS for w in lows) else ""


def _people_spans(people: list[Person]) -> dict[tuple[str, str], list[tuple[int, int]]]:
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for p in people:
        for m in p.mentions:
            spans.setdefault((m.source, m.sentence), []).append((m.start, m.end))
    return spans


def _key(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


def _merge(found: dict[str, Party], into: str, key: str) -> None:
    """The party ``key`` is another name of ``into``: its spellings become aliases."""
    party, other = found[into], found.pop(key)
    party.aliases += [*other.aliases, *sorted(other.spellings, key=lambda s: (-other.spellings[s], s))]
    party.articles |= other.articles
    party.spellings[party.name] += other.mentions  # its name stays the party's own


def _merge_abbreviations(found: dict[str, Party]) -> None:
    """An abbreviation joins the phrase whose initials it is ("WTO": "World Trade Organization")."""
    initials = {}
    for key, p in found.items():
        words = [w for w in p.name.split() if w.lower() not in JOINERS]
        if p.kind != "abbreviation" and len(words) > 1:
            initials.setdefault("".join(w[0] for w in words).upper(), key)
    for key, p in list(found.items()):
        target = initials.get(p.name) if p.kind == "abbreviation" else None
        if target in found and target != key:
            _merge(found, target, key)


def _merge_tails(found: dict[str, Party]) -> None:
    """A body's name that ends a longer body's name is that body ("Key Bridge", "Francis Scott Key Bridge")."""
    bodies = sorted((k for k, p in found.items() if p.kind == "body"), key=lambda k: (-len(k), k))
    for short in list(reversed(bodies)):
        longer = [k for k in bodies if k != short and k.endswith(" " + short) and k in found]
        if short in found and longer:
            _merge(found, max(longer, key=lambda k: (found[k].mentions, k)), short)


def _name_words(people: list[Person]) -> frozenset[str]:
    """Every word of every spelling of every person's name, folded: "park" of "Park Min-ho"."""
    return frozenset(_key(w) for p in people for v in (p.name, *(x.text for x in p.variants)) for w in v.split())


def _unlisted_places(found: dict[str, Party], people: frozenset[str]) -> None:
    """A one-word name no list knows, and no word of a person's name, is a place when it stands where places
    stand in enough sentences, or when the articles use its adjective; any other is nothing of ours (a
    person's, a thing's)."""
    names = {key for key, p in found.items() if p.kind == "name"}
    for key in names - people:
        if found[key].placed >= PLACED or any(_key(a) in names for a in _adjectives(found[key].name)):
            found[key].kind = "place"
    for key in names:
        if found[key].kind == "name":
            del found[key]


def _adjectives(place: str) -> list[str]:
    """The adjectives a one-word place's name makes by rule ("Veloria": "Velorian", "Veloriaian"...)."""
    if " " in place:
        return []
    return [place[:len(place) - len(cut)] + ending for cut, ending in ADJECTIVE_ENDINGS if place.endswith(cut)]


def _merge_capitals(found: dict[str, Party]) -> None:
    """A capital named as a place is its country, or the body seated there ("Beijing": "China")."""
    by_name = {_key(p.name): key for key, p in found.items() if p.kind != "abbreviation"}
    for capital, country in capitals():
        key, into = _key(capital), by_name.get(_key(country))
        if key in found and found[key].kind == "place" and into in found and into != key:
            _merge(found, into, key)


def _add_adjectives(found: dict[str, Party], findings: Findings) -> None:
    """A place's adjective the articles use is one of its aliases ("Chinese" of "China", "Velorian" of
    "Veloria")."""
    places = {_key(p.name): key for key, p in found.items() if p.kind == "place"}
    wanted = {adjective: places[_key(place)] for adjective, place in demonyms() if _key(place) in places}
    for key in places.values():
        for adjective in _adjectives(found[key].name):
            wanted.setdefault(adjective, key)
    if not wanted:
        return
    pattern = re.compile(r"(?<![\w’'\-])(?:" + "|".join(re.escape(a) for a in sorted(wanted, key=len, reverse=True))
                         + r")(?![\w’'\-])")
    used = {m.group() for a in findings.counted for s in a.sentences for m in pattern.finditer(s.text)}
    for adjective in sorted(used):
        found[wanted[adjective]].aliases.append(adjective)
