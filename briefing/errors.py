"""The few errors a user can cause, each rendered as one clear line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Issue:
    """One thing to fix: what is wrong, where, and how to fix it."""

    what: str
    where: str = ""
    fix: str = ""

    def line(self) -> str:
        parts = [f"{self.where}: {self.what}" if self.where else self.what]
        if self.fix:
            parts.append(self.fix)
        return " — ".join(parts)


class BriefingError(Exception):
    """A problem the user can fix: says what is wrong, where, and how to fix it."""

    warnings: tuple[str, ...] = ()  # notes found on the way, worth showing beside the error

    def __init__(self, what: str, where: str = "", fix: str = "") -> None:
        self.what, self.where, self.fix = what, where, fix
        super().__init__(self.line())

    def line(self) -> str:
        return Issue(self.what, self.where, self.fix).line()

    def lines(self) -> list[str]:
        """One line per problem, for a user to read one under the other."""
        return [self.line()]


class ConfigError(BriefingError):
    """The curation file is missing, malformed or has bad values: every problem found, so one pass fixes them."""

    def __init__(self, what: str, where: str = "", fix: str = "", *, more: Sequence[Issue] = (),
                 warnings: Sequence[str] = ()) -> None:
        self.problems = (Issue(what, where, fix), *more)
        self.warnings = tuple(warnings)
        super().__init__(what, where, fix)

    @classmethod
    def collected(cls, problems: Sequence[Issue], warnings: Sequence[str] = ()) -> ConfigError:
        first, *more = problems
        return cls(first.what, first.where, first.fix, more=more, warnings=warnings)

    def line(self) -> str:
        return "; ".join(p.line() for p in self.problems)

    def lines(self) -> list[str]:
        return [p.line() for p in self.problems]


class SeedsError(BriefingError):
    """The seeds folder cannot be used at all (missing, not a folder)."""
