"""The few errors a user can cause, each rendered as one clear line."""

from __future__ import annotations


class BriefingError(Exception):
    """A problem the user can fix: says what is wrong, where, and how to fix it."""

    def __init__(self, what: str, where: str = "", fix: str = "") -> None:
        self.what, self.where, self.fix = what, where, fix
        super().__init__(self.line())

    def line(self) -> str:
        parts = [f"{self.where}: {self.what}" if self.where else self.what]
        if self.fix:
            parts.append(self.fix)
        return " — ".join(parts)


class ConfigError(BriefingError):
    """The curation file is missing, malformed or has a bad value."""


class SeedsError(BriefingError):
    """The seeds folder cannot be used at all (missing, not a folder)."""
