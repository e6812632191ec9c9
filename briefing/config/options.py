"""The kinds of value a key of the curation file can take.

Each option checks one value and, when it cannot be used, reports where it
was, what was found and what was expected, then lets the reading go on: the
user sees every problem of the file at once. A schema (``schema.py``) names
each key once with one of these options.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterator
from typing import Any

from ..errors import Issue
from ..model import Column

KeyPath = tuple[str | int, ...]  # ("sections", 1, "terms") is shown as sections[1].terms


class Report:
    """What reading one file found wrong: errors stop the build, warnings do not."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.errors: list[Issue] = []
        self.warnings: list[str] = []

    def where(self, path: KeyPath) -> str:
        return f"{self.file}: {show_path(path)}" if path else self.file

    def error(self, path: KeyPath, what: str, fix: str = "") -> None:
        self.errors.append(Issue(what, self.where(path), fix))

    def warn(self, path: KeyPath, what: str) -> None:
        self.warnings.append(f"{self.where(path)}: {what}")


def show_path(path: KeyPath) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}" if out else str(part)
    return out


def found(value: Any) -> str:
    """A value as the user wrote it, short enough for one line."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"text {value[:40]!r}" + ("…" if len(value) > 40 else "")
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.date):
        return f"date {value.isoformat()}"
    return f"{type(value).__name__} {value!r}"


class Invalid(Exception):
    """Raised by :meth:`Option.check`; the option adds where and what it expected."""

    def __init__(self, what: str = "") -> None:
        self.what = what
        super().__init__(what)


class Option:
    """One key: the value it takes, whether it must be there, and what it means (``doc``, shown in the README)."""

    expected = "a value"  # completes "expected …, got …"

    def __init__(self, doc: str, *, required: bool = False, default: Any = None, unique: bool = False,
                 fix: str = "") -> None:
        self.doc, self.required, self.default = doc, required, default
        self.unique = unique  # no two entries of the enclosing list may share the value
        self.fix = fix  # how to put a bad value right, when "expected …" alone would not say

    def read(self, value: Any, path: KeyPath, report: Report) -> Any:
        """The usable value, or None once the problem is reported."""
        try:
            return self.check(value)
        except Invalid as exc:
            report.error(path, exc.what or f"expected {self.expected}, got {found(value)}", self.fix)
            return None

    def check(self, value: Any) -> Any:
        raise NotImplementedError

    def fallback(self) -> Any:
        """The value when the key is left out (a fresh one: a default is never shared)."""
        return self.default

    def summary(self) -> str:
        """What the key takes, in words, for the README table."""
        notes = ["required"] if self.required else []
        notes += ["unique"] if self.unique else []
        return "; ".join([self.expected, *notes])

    def children(self, key: str) -> Iterator[tuple[str, Option]]:
        """The keys declared under this one, with their path (none for a plain value)."""
        return iter(())


class Text(Option):
    expected = "non-empty text"

    def __init__(self, doc: str, **kw: Any) -> None:
        super().__init__(doc, default="", **kw)

    def check(self, value: Any) -> str:
        if not isinstance(value, str) or not value.strip():
            raise Invalid
        return value.strip()


class Pattern(Text):
    """Text of a given shape."""

    pattern: re.Pattern[str]

    def check(self, value: Any) -> str:
        text = super().check(value)
        if not self.pattern.match(text):
            raise Invalid
        return text


class Slug(Pattern):
    expected = "a short lowercase slug (a letter, then letters, digits or '-')"
    pattern = re.compile(r"^[a-z][a-z0-9-]{0,39}$")


class Url(Pattern):
    expected = "an http(s) address"
    pattern = re.compile(r"^https?://[^\s<>\"']+$")


class Choice(Text):
    def __init__(self, doc: str, choices: tuple[str, ...], **kw: Any) -> None:
        super().__init__(doc, **kw)
        self.choices = choices
        self.expected = f"one of {', '.join(choices)}"

    def check(self, value: Any) -> str:
        text = super().check(value)
        if text not in self.choices:
            raise Invalid
        return text


class Whole(Option):
    """A whole number in a range (a YAML true/false is not one, though Python counts it as 1/0)."""

    def __init__(self, doc: str, low: int, high: int, default: int) -> None:
        super().__init__(doc, default=default)
        self.low, self.high = low, high
        self.expected = f"a whole number from {low} to {high}"

    def check(self, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not self.low <= value <= self.high:
            raise Invalid
        return value

    def summary(self) -> str:
        return f"{self.expected}; default {self.default}"


class Date(Option):
    expected = "a date as YYYY-MM-DD"
    shape = re.compile(r"^\d{4}-\d{2}-\d{2}$")

    def check(self, value: Any) -> dt.date:
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value  # YAML reads an unquoted 2024-01-02 as a date already
        if isinstance(value, str) and self.shape.match(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise Invalid


class Many(Option):
    """A list that may be declared non-empty."""

    def __init__(self, doc: str, *, min_items: int = 0, **kw: Any) -> None:
        super().__init__(doc, default=(), **kw)
        self.min_items = min_items

    def empty(self, items: tuple[Any, ...] | list[Any]) -> None:
        if len(items) < self.min_items:
            raise Invalid("is empty")

    def summary(self) -> str:
        return super().summary() + ("; at least one" if self.min_items else "")


class Texts(Many):
    expected = "a list of non-empty texts"

    def check(self, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise Invalid
        texts = tuple(_text(n, item) for n, item in enumerate(value, 1))
        self.empty(texts)
        return texts


def _text(n: int, item: Any) -> str:
    """Item n of a list of texts. YAML reads a bare 737 or 2024 as a number, and a model or a year is what the
    user meant: it is kept as its digits. A number with a point, or yes/no read as true/false, is not."""
    if isinstance(item, int) and not isinstance(item, bool):
        return str(item)
    if isinstance(item, str) and item.strip():
        return item.strip()
    quote = " (YAML reads it so): put it in quotes" if isinstance(item, bool | float) else ""
    raise Invalid(f"item {n}: expected a non-empty text, got {found(item)}{quote}")


class Columns(Option):
    """A ready-made table by name, or a list of columns: each a field name, or a one-key mapping of a field name to
    the heading shown (``{giver: From}``); a bare name is headed by itself, capitalised ("amount": "Amount")."""

    field = re.compile(r"^[a-z][a-z_-]{0,39}$")

    def __init__(self, doc: str, ready: tuple[str, ...], fields: tuple[str, ...], **kw: Any) -> None:
        super().__init__(doc, default="", **kw)
        self.ready = ready
        self.expected = f"one of {', '.join(ready)}, or a list of columns: {', '.join(fields)} or a role"

    def check(self, value: Any) -> str | tuple[Column, ...]:
        if isinstance(value, str) and value.strip() in self.ready:
            return value.strip()
        if not isinstance(value, list) or not value:
            raise Invalid
        return tuple(self._column(n, item) for n, item in enumerate(value, 1))

    def _column(self, n: int, item: Any) -> Column:
        if isinstance(item, str) and self.field.match(item.strip()):
            return Column(item.strip(), heading(item.strip()))
        if isinstance(item, dict) and len(item) == 1:
            ((name, head),) = item.items()
            if isinstance(name, str) and self.field.match(name) and isinstance(head, str) and head.strip():
                return Column(name, head.strip())
            if isinstance(head, bool):
                raise Invalid(f"column {n}: YAML reads the heading of {name!r} as {found(head)} (On, Off, Yes, No "
                              "are read so): put it in quotes")
        raise Invalid(f"column {n}: expected a field name in lower case, or one mapped to its heading "
                      f"({{giver: From}}), got {found(item)}")


def heading(field: str) -> str:
    """A column's heading when none is given: its field, capitalised ("amount": "Amount")."""
    text = field.replace("_", " ").replace("-", " ")
    return text[:1].upper() + text[1:]


class ListOf(Many):
    """A list of mappings, each read by one schema; keys declared ``unique`` are checked across the list."""

    expected = "a list of mappings"

    def __init__(self, doc: str, schema: Schema, **kw: Any) -> None:
        super().__init__(doc, **kw)
        self.schema = schema

    def read(self, value: Any, path: KeyPath, report: Report) -> tuple[Any, ...] | None:
        if not isinstance(value, list):
            return super().read(value, path, report)  # reports what was expected
        before = len(report.errors)
        keys = [key for key, option in self.schema.options.items() if option.unique]
        first: dict[tuple[str, Any], int] = {}  # (key, value) -> the entry that has it first
        rows = []
        for i, item in enumerate(value):
            rows.append(self.schema.values(item, (*path, i), report))
            self._unique(rows[-1], i, keys, first, path, report)
        try:
            self.empty(value)
        except Invalid as exc:
            report.error(path, exc.what, self.fix)
        if len(report.errors) > before:
            return None
        return tuple(self.schema.build(row) for row in rows)

    def check(self, value: Any) -> Any:
        raise Invalid  # only reached for a value that is not a list

    @staticmethod
    def _unique(row: dict[str, Any] | None, i: int, keys: list[str], first: dict[tuple[str, Any], int],
                path: KeyPath, report: Report) -> None:
        for key in keys:
            value = row.get(key) if row else None
            if value is None:
                continue
            if (key, value) in first:
                where = show_path((*path, first[key, value], key))
                report.error((*path, i, key), f"{value!r} is used twice (first at {where})",
                             f"give each entry its own {key}")
            first.setdefault((key, value), i)

    def children(self, key: str) -> Iterator[tuple[str, Option]]:
        return self.schema.rows(f"{key}[].")


def _seeds_path(name: Any) -> bool:
    """A file's path relative to seeds/: "article.txt" or "2024/march/article.txt", never leaving the folder."""
    if not isinstance(name, str) or not name or "\\" in name or name.startswith("/"):
        return False
    return all(part not in ("", ".", "..") for part in name.split("/"))


class FilesOf(Option):
    """A mapping from a file name in seeds/ to a mapping read by one schema, kept in file-name order."""

    expected = "a mapping of file name to details"

    def __init__(self, doc: str, schema: Schema, **kw: Any) -> None:
        super().__init__(doc, **kw)
        self.schema = schema

    def fallback(self) -> dict[str, Any]:
        return {}

    def read(self, value: Any, path: KeyPath, report: Report) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            return super().read(value, path, report)
        before = len(report.errors)
        out = {}
        for name in sorted(value, key=str):
            if not _seeds_path(name):
                report.error(path, f"expected a file's path in seeds/ as key, got {found(name)}",
                             "use the file's name in seeds/, with its folder if it is in one (2024/article.txt)")
            else:
                out[name] = self.schema.read(value[name], (*path, name), report)
        return out if len(report.errors) == before else None

    def check(self, value: Any) -> Any:
        raise Invalid  # only reached for a value that is not a mapping

    def children(self, key: str) -> Iterator[tuple[str, Option]]:
        return self.schema.rows(f"{key}.<file>.")


class Schema:
    """The keys of one level of the file, each declared once, read into ``result`` (keys are its fields)."""

    def __init__(self, result: Callable[..., Any], **options: Option) -> None:
        self.result, self.options = result, options

    @property
    def expected(self) -> str:
        return f"a mapping with keys {', '.join(self.options)}"

    def values(self, data: Any, path: KeyPath, report: Report) -> dict[str, Any] | None:
        """Every declared key's value (None where it was bad), or None when ``data`` is no mapping."""
        if not isinstance(data, dict):
            report.error(path, f"expected {self.expected}, got {found(data)}")
            return None
        for key in data:
            if key not in self.options:
                report.warn(path, unknown_key(key, list(self.options)))
        out = {}
        for key, option in self.options.items():
            value = data.get(key)  # a key with nothing after the colon counts as left out
            if value is None:
                if option.required:
                    report.error(path, f"missing key {key!r}", f"add '{key}:' with {option.expected}")
                out[key] = option.fallback()
            else:
                out[key] = option.read(value, (*path, key), report)
        return out

    def build(self, values: dict[str, Any] | None) -> Any:
        return None if values is None else self.result(**values)

    def read(self, data: Any, path: KeyPath, report: Report) -> Any:
        before = len(report.errors)
        values = self.values(data, path, report)
        return self.build(values) if len(report.errors) == before else None

    def rows(self, prefix: str = "") -> Iterator[tuple[str, Option]]:
        """Every key at this level and below, as the README documents it: sections[].terms, sources.<file>.url."""
        for key, option in self.options.items():
            yield prefix + key, option
            yield from option.children(prefix + key)


def unknown_key(key: Any, known: list[str]) -> str:
    close = difflib.get_close_matches(str(key), known, n=1)
    hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(known)}"
    return f"unknown key {str(key)!r} ({hint}); ignored"
