"""``briefing init``: a starting curation file proposed from the articles, so a new story builds at once.

The proposal is read off what a build itself finds, with nothing curated:
the title from the headlines (``title``), the sections from the kinds of
event the sentences report and the words they use for them (``sections``),
the people and their merged spellings (``people``), the places and bodies
and their other names (``entities``); the date span in a comment and the
description. ``emit`` writes it as commented YAML, ``start`` checks and
writes it, with the site's settings in a folder that has none (``site``).
Word lists and tables are data (``data/``).
"""

from __future__ import annotations

from .start import Started, project_of, start

__all__ = ["Started", "project_of", "start"]
