"""The curation file (``briefing.yml``): loaded once, validated up front.

Every error names the key, the value found and what was expected, so that a
user fixes the file in one pass instead of chasing tracebacks.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError
from .model import Config, EntityRule, PersonRule, SectionRule, SourceMeta

SLUG = re.compile(r"^[a-z][a-z0-9-]{0,39}$")
URL = re.compile(r"^https?://[^\s<>\"']+$")


REGISTERS = ("gifts", "visits")
TOP_KEYS = {"title", "description", "key_points", "sections", "entities", "people", "sources"}


def load_config(path: Path) -> Config:
    """Read and validate the curation file; raise ConfigError on the first problem."""
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
    top = _mapping(data, where, TOP_KEYS)
    sections = tuple(_section(v, f"{where}: sections[{i}]") for i, v in enumerate(_list(top, "sections", where, required=True)))
    if not sections:
        raise ConfigError("is empty", f"{where}: sections", "list at least one section with an id, a title and terms")
    _unique([s.id for s in sections], f"{where}: sections", "id")
    people = tuple(_person(v, f"{where}: people[{i}]") for i, v in enumerate(_list(top, "people", where)))
    _unique([p.name for p in people], f"{where}: people", "name")
    return Config(
        title=_text(top, "title", where, required=True),
        description=_text(top, "description", where),
        key_points=_int(top, "key_points", where, default=5, low=0, high=20),
        sections=sections,
        entities=tuple(_entity(v, f"{where}: entities[{i}]") for i, v in enumerate(_list(top, "entities", where))),
        people=people,
        sources=_sources(top.get("sources"), f"{where}: sources"),
        path=where,
    )


def _section(value: Any, where: str) -> SectionRule:
    m = _mapping(value, where, {"id", "title", "terms", "intro", "register"})
    sid = _text(m, "id", where, required=True)
    if not SLUG.match(sid):
        raise ConfigError(f"id {sid!r} is not a short lowercase slug", where, "use letters, digits and '-', e.g. 'treaty'")
    terms = _strings(m, "terms", where, required=True)
    if not terms:
        raise ConfigError("terms is empty", where, "list the words or phrases that mark this section's statements")
    register = _text(m, "register", where)
    if register and register not in REGISTERS:
        raise ConfigError(f"register {register!r} is not one of {', '.join(REGISTERS)}", where,
                          "leave it out, or name the kind of table")
    return SectionRule(sid, _text(m, "title", where, required=True), terms, _text(m, "intro", where), register)


def _entity(value: Any, where: str) -> EntityRule:
    m = _mapping(value, where, {"name", "aliases"})
    return EntityRule(_text(m, "name", where, required=True), _strings(m, "aliases", where))


def _person(value: Any, where: str) -> PersonRule:
    m = _mapping(value, where, {"name", "aliases", "roles", "descriptions", "not_same_as"})
    return PersonRule(
        _text(m, "name", where, required=True),
        *(_strings(m, k, where) for k in ("aliases", "roles", "descriptions", "not_same_as")),
    )


def _sources(value: Any, where: str) -> dict[str, SourceMeta]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ConfigError(f"expected a mapping of file name to details, got {_kind(value)}", where)
    out = {}
    for name in sorted(value, key=str):
        at = f"{where}.{name}"
        if not isinstance(name, str) or "/" in name or "\\" in name:
            raise ConfigError(f"key {name!r} is not a plain file name", where, "use the file's name in seeds/")
        m = _mapping(value[name], at, {"outlet", "url", "date", "date_note"})
        url = _text(m, "url", at)
        if url and not URL.match(url):
            raise ConfigError(f"url {url!r} is not an http(s) address", at, "write it as https://…")
        out[name] = SourceMeta(_text(m, "outlet", at), url, _date(m.get("date"), f"{at}.date"), _text(m, "date_note", at))
    return out


# --- small typed readers: each names the key, the value and what was expected ---


def _mapping(value: Any, where: str, allowed: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"expected a mapping with keys {', '.join(sorted(allowed))}, got {_kind(value)}", where)
    unknown = sorted(str(k) for k in value if k not in allowed)
    if unknown:
        raise ConfigError(f"unknown key {unknown[0]!r}", where, f"allowed keys: {', '.join(sorted(allowed))}")
    return value


def _text(m: dict[str, Any], key: str, where: str, required: bool = False) -> str:
    value = m.get(key)
    if value is None:
        if required:
            raise ConfigError(f"missing key {key!r}", where, f"add '{key}: …'")
        return ""
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{key}: expected non-empty text, got {_kind(value)}", where)
    return value.strip()


def _strings(m: dict[str, Any], key: str, where: str, required: bool = False) -> tuple[str, ...]:
    value = m.get(key)
    if value is None:
        if required:
            raise ConfigError(f"missing key {key!r}", where, f"add '{key}: [...]'")
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{key}: expected a list of non-empty texts, got {_kind(value)}", where)
    return tuple(v.strip() for v in value)


def _list(m: dict[str, Any], key: str, where: str, required: bool = False) -> list[Any]:
    value = m.get(key)
    if value is None:
        if required:
            raise ConfigError(f"missing key {key!r}", where, f"add '{key}:' with a list")
        return []
    if not isinstance(value, list):
        raise ConfigError(f"{key}: expected a list, got {_kind(value)}", where)
    return value


def _int(m: dict[str, Any], key: str, where: str, default: int, low: int, high: int) -> int:
    value = m.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ConfigError(f"{key}: expected a whole number from {low} to {high}, got {value!r}", where)
    return value


def _date(value: Any, where: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ConfigError(f"expected a date as YYYY-MM-DD, got {value!r}", where)


def _unique(values: list[str], where: str, key: str) -> None:
    seen: set[str] = set()
    for v in values:
        if v in seen:
            raise ConfigError(f"{key} {v!r} is used twice", where, f"give each entry its own {key}")
        seen.add(v)


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, str):
        return f"text {value[:40]!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"{type(value).__name__} {value!r}"
