"""The word lists and tables of the date finder, read once from ``data/*.yml``.

The data files hold what English news writes (month and weekday names,
seasons, number words, the words around a date, future markers, reporting
verbs) and the tables the rules resolve with (parts of a month, a year, a
season, a decade; days from the article date; what a determiner points to).
The regexes built from them are code and live in ``patterns.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_DATA = Path(__file__).with_name("data")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load(name: str) -> dict[str, Any]:
    with (_DATA / f"{name}.yml").open(encoding="utf-8") as f:
        return yaml.load(f, Loader=_Loader)


def _words(value: str | list[str]) -> tuple[str, ...]:
    """A word list: a space-separated string, or a list when an entry has a space.

    Every entry must come back a string: YAML would silently read a bare "on" or "no" as a boolean.
    """
    words = value.split() if isinstance(value, str) else value
    if not all(isinstance(w, str) for w in words):
        raise TypeError(f"a date word list holds a non-word: {value!r}")
    return tuple(words)


def _named(table: dict[str, Any]) -> dict[str, Any]:
    """A table keyed by words (the same YAML trap as in ``_words``)."""
    _words(list(table))
    return dict(table)


def _spans(table: dict[str, list[int]]) -> dict[str, tuple[int, int]]:
    return {name: (lo, hi) for name, (lo, hi) in _named(table).items()}


_calendar = _load("calendar")
_parts = _load("parts")
_words_file = _load("words")
_relative = _load("relative")
_tense = _load("tense")
_reporting = _load("reporting")
_labels = _load("labels")

# --------------------------------------------------------------------------- calendar names

FULL_MONTHS = _words(_calendar["months"])
MONTHS: dict[str, int] = {name: i + 1 for i, name in enumerate(FULL_MONTHS)}
ABBREVIATIONS: dict[str, int] = _named(_calendar["month_abbreviations"])
MONTHS.update(ABBREVIATIONS)
HOLIDAYS: dict[str, tuple[int, int]] = {name: (m, d) for name, (m, d) in _named(_calendar["holidays"]).items()}
MONTH_LABELS = tuple(name.capitalize() for name in FULL_MONTHS)

WEEKDAYS = _words(_calendar["weekdays"])
WEEKDAY_NUM = {name: i for i, name in enumerate(WEEKDAYS)}
# What every written form of a month's or a weekday's name starts with ("Jan", "Sept.", "Thurs"), in lower case.
MONTH_STEMS = tuple(name[:3] for name in FULL_MONTHS)
WEEKDAY_STEMS = tuple(name[:3] for name in WEEKDAYS)

SEASON_FIRST_MONTH: dict[str, int] = _named(_calendar["season_first_month"])
SEASON_BY_MONTH: dict[int, str] = dict(_calendar["season_names"])

# --------------------------------------------------------------------------- parts

PART_ALIASES: dict[str, str] = _named(_parts["part_aliases"])
MONTH_PARTS = _spans(_parts["month_parts"])
YEAR_PARTS = _spans(_parts["year_parts"])
WEEKDAY_ORDINALS: dict[str, int] = _named(_parts["weekday_ordinals"])  # "the last Monday of April": -1
SEASON_PARTS: dict[str, int] = _named(_parts["season_parts"])
DECADE_PARTS = _spans(_parts["decade_parts"])

# --------------------------------------------------------------------------- words around a date

NUMBER_WORDS: dict[str, int] = _named(_words_file["number_words"])
ORDINAL_DAYS: dict[str, int] = _named(_words_file["ordinal_days"])
LEAD_WORDS = frozenset(_words(_words_file["lead_words"]))
ANCHOR_WORDS = frozenset(_words(_words_file["anchor_words"]))
CONTEXT_WORDS = LEAD_WORDS | set(_words(_words_file["context_words"]))
CAP_OK_BEFORE = CONTEXT_WORDS | set(_words(_words_file["capitalised_before_month"])) | set(WEEKDAYS)
EVENT_NOUNS = frozenset(_words(_words_file["event_nouns"]))
NAME_HEADS = _words(_words_file["name_heads"])
DAY_NAME_WORDS = frozenset(_words(_words_file["day_name_words"]))
STEP_WORDS = frozenset(_words(_words_file["step_words"]))  # one of them is in every narrative phrase
PERFECT_PARTICIPLES = _words(_words_file["perfect_participles"])  # "had fallen", "had risen"
COUNT_REACHED = _words(_words_file["count_reached"])  # "passed HK$2 billion by Tuesday"

# --------------------------------------------------------------------------- counting from the article date

REL_DAY_OFFSETS: dict[str, int] = _named(_relative["relative_days"])
DET_MODE: dict[str, str] = _named(_relative["determiners"])
DIRECTION_OFFSETS: dict[str, int] = _named(_relative["direction_offsets"])
TRIGGER_WORDS = {kind: _words(words) for kind, words in _named(_relative["trigger_words"]).items()}

# --------------------------------------------------------------------------- tense and reporting

CLAUSE_WORDS = _words(_tense["clause_words"])
FUTURE_MARKERS = _words(_tense["future_markers"])
MARKER_ADVERBS = _words(_tense["marker_adverbs"])  # "is now due": a marker with an adverb inside it
SUBJECT_WORDS = _words(_tense["subject_words"])  # after "and", what opens a clause of its own
NOUN_LIKE_MARKERS = _words(_tense["noun_like_markers"])  # "plan to": a future unless a determiner makes it a noun
DETERMINERS = _words(_tense["determiners"])
FUTURE_ENDINGS = _words(_tense["future_endings"])
CONDITIONAL_MARKERS = _words(_tense["conditional_markers"])
STANCE_MARKERS = _words(_tense["stance_markers"])  # "said it was willing to ...": a stance held from the saying
STATE_MARKERS = _words(_tense["state_markers"])  # "said Saturday three remained missing": the state that day
SCHEDULED_PRESENT = _words(_tense["scheduled_present"])  # "holds its first hearing on Thursday": to come
SCHEDULED_PLURAL = _words(_tense["scheduled_plural"])  # "Slovaks vote Saturday": to come, after a plural subject
NOT_PLURAL_SUBJECTS = frozenset(_words(_tense["not_plural_subjects"]))
DAY_SETTING_VERBS = _words(_tense["day_setting_verbs"])  # "set Sept. 19 for his next appearance"
RESCHEDULING_VERBS = _words(_tense["rescheduling_verbs"])  # "extended the deadline to Oct. 18": a date to come
DATE_MOVING_VERBS = _words(_tense["date_moving_verbs"])  # "pushed it from June 22 to June 26": the thing's days
COUNTERFACTUAL_AFTER = _words(_tense["counterfactual_after"])
REPORTING_VERBS = _words(_tense["reporting_verbs"])  # they keep a sentence-opening date in the past
PRESENT_REPORTING_VERBS = _words(_tense["present_reporting_verbs"])  # a statement made now
REPORT_VERBS = _words(_reporting["report_verbs"])  # a date right after them is the report's
REPORT_AUDIENCES = _words(_reporting["report_audiences"])

# --------------------------------------------------------------------------- labels

PART_PREFIXES: dict[str, str] = _named(_labels["part_prefixes"])
YEAR_PART_LABELS: dict[tuple[int, int], str] = {(lo, hi): label for lo, hi, label in _labels["year_part_labels"]}
