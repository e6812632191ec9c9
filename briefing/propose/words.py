"""The word lists and tables of ``briefing init``, read once from ``data/`` beside this module."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from ..analyse.names.words import COUNTRIES_AND_PLACES, FUNCTION_WORDS, MONTHS, WEEKDAYS

DATA = Path(__file__).resolve().parent / "data"


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line for line in (raw.partition("#")[0].strip() for raw in text.splitlines()) if line]


@functools.cache
def title_stopwords() -> frozenset[str]:
    """Words no title is made of: function words, months, weekdays and the headline words of data/."""
    return frozenset(_lines("title_stopwords.txt")) | FUNCTION_WORDS | MONTHS | WEEKDAYS


@functools.cache
def place_words() -> frozenset[str]:
    """Words a place's name is made of: the names of places and the words that stand with them."""
    return frozenset(_lines("place_words.txt")) | COUNTRIES_AND_PLACES


@functools.cache
def demonyms() -> tuple[tuple[str, str], ...]:
    """(adjective, place) pairs: "Chinese", "China"."""
    return _pairs("demonyms.txt")


@functools.cache
def capitals() -> tuple[tuple[str, str], ...]:
    """(capital, country or body seated there) pairs: "Beijing", "China"."""
    return _pairs("capitals.txt")


def _pairs(name: str) -> tuple[tuple[str, str], ...]:
    """Two texts a line, set apart by two spaces or more."""
    pairs = []
    for line in _lines(name):
        first, second = re.split(r"\s{2,}", line)
        pairs.append((first, second))
    return tuple(pairs)


@functools.cache
def section_kinds() -> dict[str, dict]:
    """The sections init can propose, by name, each with its actions, intro and table (data/sections.yml)."""
    return yaml.safe_load((DATA / "sections.yml").read_text(encoding="utf-8"))


@functools.cache
def not_parties() -> frozenset[str]:
    """Abbreviations that name no party ("CEO", "GDP"), in lower case."""
    return frozenset(_lines("not_parties.txt"))
