"""Find the date expressions in an English news sentence and resolve them.

``find_dates(sentence, article_date)`` returns every date phrase it can
recognise, each with the calendar interval it names (inclusive), resolved
against the article's own date when the phrase needs one.  ``best_date``
picks the mention that dates the sentence's event; ``format_date`` labels a
mention for the reader.

Rules are chosen because news reports the past and must not guess.  Each
module documents the rules it carries out:

* finding phrases: ``find.py`` (the pre-check and overlaps), ``rules.py``
  (the rule table: each kind of phrase, its pattern and its handler),
  ``patterns.py`` (regex pieces built from the word lists) and ``context.py``
  (what makes a match a date: capitals, prepositions, names; the tense of its
  clause);
* resolving them against the article date: ``resolve.py`` (the year rules,
  this/last/next, "since the beginning of", undated articles),
  ``named.py`` and ``relative.py`` (one handler per kind of phrase: phrases
  naming the calendar or a holiday on one day of the year, "New Year's Day";
  phrases counting from the article date) and
  ``intervals.py`` (calendar arithmetic: parts, seasons, weeks);
* picking the event's date: ``pick.py`` (what was said that makes the saying the news: ``stance.py``);
  labels: ``labels.py``;
* dating a whole article's sentences as a reader follows them (a date carried
  to the next sentence, "that day", an undated article's year):
  ``narrative.py``, with the phrases counting from the narrative's last date
  ("the following day", "three days later") in ``steps.py``.

The word lists and tables (month names, seasons, number words, the words
around a date, parts of months and years, future markers, reporting verbs,
...) are ``data/*.yml``, read once by ``words.py``.
"""

from __future__ import annotations

from ...model import DateMention, Interval, Precision
from .find import find_dates
from .labels import format_date
from .pick import best_date
from .resolve import (
    FEW_DAYS,
    NOTE_AMBIGUOUS,
    NOTE_EVENT,
    NOTE_INVALID,
    NOTE_NO_YEAR,
    NOTE_OPEN,
    NOTE_UNDATED,
)

__all__ = [
    "FEW_DAYS",
    "NOTE_AMBIGUOUS",
    "NOTE_EVENT",
    "NOTE_INVALID",
    "NOTE_NO_YEAR",
    "NOTE_OPEN",
    "NOTE_UNDATED",
    "DateMention",
    "Interval",
    "Precision",
    "best_date",
    "find_dates",
    "format_date",
]
