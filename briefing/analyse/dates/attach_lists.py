"""The word lists of ``data/attachment.yml`` that other modules take, read once: irregular verb forms, relative
openers, report nouns. The attachment rules read the file themselves (``attach._rules``), so that a test can build
them afresh from another file."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from ...model import DateMention
from .patterns import phrase_regex

DATA = Path(__file__).resolve().parent / "data" / "attachment.yml"


@functools.cache
def listed(key: str) -> tuple[str, ...]:
    """The words the data file lists under ``key``."""
    found = _data()[key]
    return tuple(found.split() if isinstance(found, str) else found)


@functools.cache
def _data() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def irregular_pasts() -> tuple[str, ...]:
    """Past tenses not ending in -ed ("rang", "fled", "sold")."""
    return listed("irregular_pasts")


def irregular_participles() -> tuple[str, ...]:
    """Past participles not ending in -ed ("taken", "given", "held")."""
    return listed("irregular_participles")


def names_a_report(text: str, m: DateMention) -> bool:
    """Whether a report stands right before the date phrase ("in a statement issued late Sunday", "a news
    conference on Monday"): the day something was told, not done."""
    return _report_before().search(text, max(0, m.start - 40), m.start) is not None


@functools.cache
def _report_before() -> re.Pattern[str]:
    """A report noun a few words before a date phrase."""
    nouns = "|".join(phrase_regex(noun) for noun in listed("report_nouns"))
    return re.compile(rf"\b(?:{nouns})\b(?:\s+[a-z]+){{0,2}}\s*$", re.IGNORECASE)
