"""The curation file (``briefing.yml``): loaded once, checked against its schema up front.

Every problem names the key, the value found and what was expected, and all of
them are reported together, so that a user fixes the file in one pass.
Unknown keys are warnings (with the nearest known key), not errors.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ..errors import ConfigError
from ..model import Config
from .options import Report
from .schema import TOP

__all__ = ["ConfigError", "load_config", "parse_config"]


def load_config(path: Path) -> Config:
    """Read and check the curation file; raise ConfigError listing every problem."""
    where = path.name
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("file not found", str(path), "create it (see README, 'The curation file')") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot be read ({exc.__class__.__name__})", str(path), "save it as UTF-8 text") from None
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ConfigError(f"not valid YAML{at}", where, "fix the indentation or quoting there") from None
    return parse_config(data, where)


def parse_config(data: Any, where: str = "briefing.yml") -> Config:
    """The checked content of a curation file already parsed from YAML; ``where`` names it in messages."""
    report = Report(where)
    values = TOP.values(data, (), report)
    if report.errors or values is None:
        raise ConfigError.collected(report.errors, report.warnings)
    return Config(**values, path=where, warnings=tuple(report.warnings))
