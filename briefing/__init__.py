"""Briefing: a folder of news articles becomes a curated, sourced briefing site.

The public API is :func:`build` (seeds folder and curation file to pages),
its :class:`Result`, and :class:`BriefingError`, the one kind of error a user
can cause. ``build_briefing.py`` and the MkDocs hook use nothing else.
"""

from __future__ import annotations

from .errors import BriefingError, ConfigError, SeedsError
from .pipeline import Result, build

__all__ = ["BriefingError", "ConfigError", "Result", "SeedsError", "build"]
