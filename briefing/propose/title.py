"""A title proposed from the headlines: the names and the words most of them use, as a readable phrase.

A person a headline names counts under the name the People page gives them,
however the headline spells it ("Valdis Dombrovkis", "Dombrovskis"). Of the other
words, a capitalised one is part of a name, unless the headline capitalises
most of its words and the articles also write it in lower case ("Tariffs"
in a title-case headline); neighbouring name words make one name ("North
Korea"). Each
counts once per headline; between those used by as many headlines, the one
the articles use most wins. The two names the most headlines use, and the
word they use most of those naming a kind of event ("tariffs", "treaty"), or
else of any, make the title: "EU and China: tariffs".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..analyse.events.lexicon import lexicon
from ..analyse.names.words import FUNCTION_WORDS, MONTHS, WEEKDAYS
from ..analyse.tokens import stem
from ..model import Article, Sentence
from .findings import Findings
from .words import place_words, title_stopwords

WORD = re.compile(r"[^\W\d_][\w’'\-]*")
POSSESSIVE = re.compile(r"[’']s$")
NAMES = 2  # names in the title
TITLE_CASE = 0.6  # a headline whose words are capitalised beyond this share is in title case


@dataclass(frozen=True)
class Title:
    text: str
    counts: tuple[tuple[str, int], ...]  # the units it is made of, with how many headlines use each


@dataclass
class Unit:
    """A name or a word of the headlines: how many use it, its spellings, where it was first seen."""

    first: int
    headlines: int = 0
    spellings: Counter[str] = field(default_factory=Counter)
    weight: int = 0  # how often the articles use it: breaks ties between units as many headlines use

    @property
    def shown(self) -> str:
        return max(self.spellings.items(), key=lambda kv: (kv[1], kv[0]))[0]


def propose_title(findings: Findings, fallback: str) -> Title:
    """The title, from the headlines of the counted articles (their first sentence where they have none)."""
    names, words = headline_units(findings)
    top_names = sorted(names.values(), key=_rank)[:NAMES]
    nouns = lexicon().forms
    ranked = sorted(words.values(), key=lambda u: (not any(not verbal for _, verbal, _ in nouns.get(u.shown, ())),
                                                   *_rank(u)))
    top_words = ranked[:1]
    counts = tuple((u.shown, u.headlines) for u in (*top_names, *top_words))
    if not counts:
        return Title(fallback, ())
    parts = [" and ".join(u.shown for u in top_names), " and ".join(u.shown for u in top_words)]
    text = ": ".join(p for p in parts if p)
    return Title(text[:1].upper() + text[1:], counts)


def headline_words(findings: Findings, most: int) -> list[str]:
    """The ordinary words the most headlines use (names left out), most used first."""
    return [u.shown for u in sorted(headline_units(findings)[1].values(), key=_rank)[:most]]


def headline_units(findings: Findings) -> tuple[dict[str, Unit], dict[str, Unit]]:
    """The names and the ordinary words of the headlines, each weighed by how much the articles use it."""
    names: dict[str, Unit] = {}
    words: dict[str, Unit] = {}
    people = _people_in(findings)
    for n, (a, s) in enumerate(_headlines(findings.counted)):
        seen: tuple[set[str], set[str]] = (set(), set())  # each name and word counts once per headline
        found = people.get((a.id, s.id), [])
        for key, name, weight in ((f"@{key}", name, weight) for _, _, key, name, weight in found):
            _count(names, key, name, n, seen[0], weight)
        rest = "".join(" " if any(b <= i < e for b, e, *_ in found) else ch for i, ch in enumerate(s.text))
        _words(rest, findings.vocabulary, n, names, words, seen)
    _weigh(findings, names, words)
    return names, words


def _headlines(articles: list[Article]) -> list[tuple[Article, Sentence]]:
    titled = [(a, a.sentences[0]) for a in articles if a.sentences and not a.title_from_lead]
    return titled or [(a, a.sentences[0]) for a in articles if a.sentences]


def _people_in(findings: Findings) -> dict[tuple[str, str], list[tuple[int, int, str, str, int]]]:
    """(article, sentence) -> (start, end, person key, name, mentions) of each person mention."""
    out: dict[tuple[str, str], list[tuple[int, int, str, str, int]]] = {}
    for p in findings.people:
        for m in p.mentions:
            out.setdefault((m.source, m.sentence), []).append((m.start, m.end, p.key, p.name, len(p.mentions)))
    return out


def _words(text: str, vocabulary: frozenset[str], n: int, names: dict[str, Unit], words: dict[str, Unit],
           seen: tuple[set[str], set[str]]) -> None:
    """Count a headline's names (runs of name words) and its ordinary words."""
    stop = title_stopwords()
    tokens = [POSSESSIVE.sub("", t) for t in WORD.findall(text)]
    named = _name_words(tokens, vocabulary)
    run: list[str] = []
    for token, name in [*zip(tokens, named), ("", False)]:  # "" ends the last run
        if name:
            run.append(token)
            continue
        if run:
            _count(names, " ".join(run).casefold(), " ".join(run), n, seen[0])
            run = []
        if token and token.lower() not in stop and len(token) > 2:
            _count(words, stem(token.lower()), token.lower(), n, seen[1])


def _name_words(tokens: list[str], vocabulary: frozenset[str]) -> list[bool]:
    """Which words of a headline are words of names: capitalised where the headline is not in title case, or
    never written in lower case by the articles; and a capitalised word right before such a word ("Key Bridge";
    in a title-case headline, a place's word only: "New Zealand")."""
    plain = [t for t in tokens if t.lower() not in FUNCTION_WORDS]
    title_case = sum(t[:1].isupper() for t in plain) > TITLE_CASE * len(plain)
    stop = (FUNCTION_WORDS | MONTHS | WEEKDAYS) - place_words()  # "New" in "New Zealand" is a name's
    capital = [t[:1].isupper() and t.lower() not in stop for t in tokens]
    named = [c and (t.lower() not in vocabulary or (i > 0 and not title_case)) for i, (t, c) in
             enumerate(zip(tokens, capital))]
    for i in range(len(tokens) - 2, -1, -1):  # in title case, only a place's word joins ("New Zealand")
        named[i] = named[i] or (capital[i] and named[i + 1] and (not title_case or tokens[i].lower() in place_words()))
    return named


def _count(units: dict[str, Unit], key: str, shown: str, order: int, seen: set[str], weight: int = 0) -> None:
    if key in seen:
        return
    seen.add(key)
    unit = units.setdefault(key, Unit(order))
    unit.headlines += 1
    unit.spellings[shown] += 1
    unit.weight = max(unit.weight, weight)


def _weigh(findings: Findings, names: dict[str, Unit], words: dict[str, Unit]) -> None:
    """How often the articles use each name and word that is not a person's (people are weighed by mentions)."""
    wanted = {k for k in names if not k.startswith("@")}
    used: Counter[str] = Counter()
    for a in findings.counted:
        for s in a.sentences:
            tokens = [POSSESSIVE.sub("", t) for t in WORD.findall(s.text)]
            used.update(stem(t.lower()) for t in tokens)
            text = " ".join(tokens).casefold()
            used.update({k: text.count(k) for k in wanted if k in text})
    for key, unit in names.items():
        unit.weight = unit.weight or used[key]
    for key, unit in words.items():
        unit.weight = used[key]


def _rank(u: Unit) -> tuple[int, int, int]:
    return -u.headlines, -u.weight, u.first

