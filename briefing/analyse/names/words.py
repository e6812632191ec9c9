"""The word lists and rule tables of name finding, read once from ``data/`` beside this module.

Each is a text file in ``data/``; everything after a ``#`` is a comment and blank lines
are skipped.  A word list has one lower-case word a line (a multi-word place contributes
each of its words: "sri", "lanka"); ``given_equivalents.txt`` has one group of equivalent
spellings a line, canonical form first; ``key_rules.txt`` has one rewrite rule a line, a
regular expression and its replacement.  All words are compared in lower case.

To add a list: put it in ``data/<name>.txt``, load it below with :func:`word_set`, and use
it where a token is classified (``runs.py``) or a candidate is judged (``candidates.py``).
The extraction cache hashes the data files with the code, so an edited list is picked up.
"""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def data_lines(name: str) -> list[str]:
    """The lines of ``data/<name>.txt`` with comments, surrounding spaces and blank lines removed."""
    text = (DATA_DIR / f"{name}.txt").read_text(encoding="utf-8")
    lines = (line.partition("#")[0].strip() for line in text.splitlines())
    return [line for line in lines if line]


def word_list(name: str) -> tuple[str, ...]:
    """A one-word-a-line list, in file order."""
    words = data_lines(name)
    for word in words:
        if len(word.split()) != 1:
            raise ValueError(f"data/{name}.txt: one word a line, got {word!r}")
    return tuple(words)


def word_set(name: str) -> frozenset[str]:
    return frozenset(word_list(name))


def word_groups(name: str) -> tuple[tuple[str, ...], ...]:
    """Groups of words, one group a line, in file order."""
    return tuple(tuple(line.split()) for line in data_lines(name))


def rewrite_rules(name: str) -> tuple[tuple[str, str], ...]:
    """(pattern, replacement) pairs, one a line, in file order."""
    rules = []
    for line in data_lines(name):
        fields = line.split()
        if len(fields) != 2:
            raise ValueError(f"data/{name}.txt: a pattern and a replacement a line, got {line!r}")
        rules.append((fields[0], fields[1]))
    return tuple(rules)


# Stop words: never part of a name (but see SOFT_STOP).
FUNCTION_WORDS = word_set("function_words")  # capitalised only at a sentence or headline start
MONTHS = word_set("months")
WEEKDAYS = word_set("weekdays")
COUNTRIES_AND_PLACES = word_set("countries_and_places")
DEMONYMS = word_set("demonyms")
ORG_AND_THING_WORDS = word_set("org_and_thing_words")  # "Council", "Street", "Hurricane"
# A name ending in one of these, or right before one, names a place, a body or a thing.
THING_HEADS = word_set("thing_heads")  # "Cosmodrome", "Builders", "Sinmun"
THING_HEADS_LOWER = word_set("thing_heads_lower")  # also in lower case: "the Key bridge"
STOP_WORDS = FUNCTION_WORDS | MONTHS | WEEKDAYS | COUNTRIES_AND_PLACES | DEMONYMS | ORG_AND_THING_WORDS
# Stop words that read as a name part after a name token: "Theresa May".
SOFT_STOP = word_set("soft_stop")

# Titles: stripped from the front of names, and the heads of role phrases.
TITLE_HEADS = word_set("title_heads")
TITLE_MODIFIERS = word_set("title_modifiers")  # may stand in lower case inside a title chain
TITLE_ABBREVIATIONS = word_set("title_abbreviations")  # "Gov.", "Lt.", "Adm.": a dot that ends no name
TITLE_WORDS = TITLE_HEADS | word_set("title_words") | TITLE_ABBREVIATIONS
HONORIFICS = word_set("honorifics")
NAME_SUFFIXES = word_set("name_suffixes")  # "Jr.", "III": part of a name, never its surname
ADJECTIVE_TAILS = word_set("adjective_tails")  # "Swift-themed", "Kremlin-backed": no part of the name

# Lower-case particles allowed inside a name, and prefixes glued to a name part by a hyphen.
PARTICLES = word_set("particles")
ARABIC_ARTICLES = word_list("arabic_articles")
PREFIX_PARTICLES = ARABIC_ARTICLES + word_list("prefix_particles")

# A name right after one of these is more likely a place.
PLACE_PREPOSITIONS = word_list("place_prepositions")
PLACE_NOUNS = word_list("place_nouns")  # and after "the town of", "the port of"
VESSEL_NOUNS = word_list("vessel_nouns")  # and right after "the tug", "container ship": a craft's name

# Person signals: known given names (any transliteration) and East Asian family names.
GIVEN_NAMES = word_list("given_names")
GIVEN_EQUIVALENTS = word_groups("given_equivalents")
EAST_ASIAN_SURNAMES = word_list("east_asian_surnames")

# Transliteration rewrites, applied in order by keys.token_key.
KEY_RULES = rewrite_rules("key_rules")
