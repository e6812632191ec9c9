"""Reading an evaluation set's answer key, ``labels.yml`` (format: ``benchmarks/evalsets/README.md``).

Nothing here knows about the tool: the labels say what happened, when, in which
section it belongs and which sentences state it. ``truth_span`` turns a label's
``when``/``precision`` into the first and last day a right answer must give.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

Span = tuple[date, date]  # first and last day, both included

OTHER = "other"  # the section id of "other reporting"
DATE_KINDS = ("absolute", "month", "part", "weekday", "deictic", "anaphoric", "context", "embedded", "future", "none")
EXPECTS = ("dated", "unresolved")
PRECISIONS = ("day", "week", "part-of-month", "month", "season", "part-of-year", "year", "range")


class LabelError(ValueError):
    """A labels.yml that cannot be read at all (one bad entry is a problem, not an error)."""


def fold(text: str) -> str:
    """White space folded to single spaces (and Unicode composed), for comparing texts."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def fold_name(text: str) -> str:
    return fold(text).casefold()


# --- truth spans -----------------------------------------------------------------

_YEAR = re.compile(r"\d{4}")
_MONTH = re.compile(r"(\d{4})-(\d{2})")


def _one(text: str) -> Span:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as the span of days it covers."""
    text = text.strip()
    if _YEAR.fullmatch(text):
        year = int(text)
        return date(year, 1, 1), date(year, 12, 31)
    if m := _MONTH.fullmatch(text):
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            raise LabelError(f"no month {month} in {text!r}")
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise LabelError(f"expected YYYY, YYYY-MM, YYYY-MM-DD or A/B, got {text!r}") from None
    return day, day


def truth_span(when: Any, precision: str | None = None) -> Span | None:
    """The days a right date covers: ``2024-06`` is 1–30 June, ``2024`` the year, ``A/B`` from A's first day to
    B's last. A precision coarser than ``when`` widens it to the unit holding it: ``week`` to the ISO week
    (Monday to Sunday), ``month`` to the calendar month, ``year`` to the year. ``None`` for an unknown date."""
    if when is None or when == "":
        return None
    if isinstance(when, datetime):
        when = when.date()
    if isinstance(when, date):
        start = end = when
    elif isinstance(when, int) and not isinstance(when, bool):
        start, end = _one(f"{when:04d}")
    elif isinstance(when, str):
        if "/" in when:
            a, b = when.split("/", 1)
            start, end = _one(a)[0], _one(b)[1]
        else:
            start, end = _one(when)
    else:
        raise LabelError(f"expected a date, got {when!r}")
    if start > end:
        raise LabelError(f"the span {when!r} ends before it starts")
    if precision == "week" and start.isocalendar()[:2] == end.isocalendar()[:2]:
        monday = start - timedelta(days=start.weekday())
        start, end = monday, monday + timedelta(days=6)
    elif precision == "month" and (start.year, start.month) == (end.year, end.month):
        start, end = _one(f"{start.year:04d}-{start.month:02d}")
    elif precision == "year" and start.year == end.year:
        start, end = _one(f"{start.year:04d}")
    return start, end


# --- the answer key --------------------------------------------------------------

@dataclass(frozen=True)
class Mention:
    event: str
    file: str
    text: str
    date_kind: str
    expect: str


@dataclass(frozen=True)
class Participant:
    name: str
    role: str | None


@dataclass
class Event:
    id: str
    summary: str
    section: str
    key: bool
    background: bool
    when: str | None  # as written
    precision: str | None
    truth: Span | None
    participants: list[Participant]
    mentions: list[Mention]
    off_story: bool = False  # set by Labels: an x- event, or one only off-story articles report


@dataclass(frozen=True)
class ArticleLabel:
    file: str
    style: str | None
    date: date | None
    dated_in_file: bool | None
    off_story: str | None  # the reason, or None when the article is on the story
    copy_of: str | None


@dataclass
class Labels:
    story: str
    span: Span | None
    articles: dict[str, ArticleLabel]
    events: list[Event]
    real_people: list[str]
    not_people: list[str]
    problems: list[str] = field(default_factory=list)  # entries that could not be read as written
    held_out: bool = False  # scored only pooled with other held-out sets: no figure or sentence of its own shown

    @property
    def mentions(self) -> list[Mention]:
        return [m for e in self.events for m in e.mentions]

    def event(self, event_id: str) -> Event:
        return next(e for e in self.events if e.id == event_id)

    @property
    def off_story_files(self) -> set[str]:
        return {f for f, a in self.articles.items() if a.off_story}


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def load_labels(path: Path) -> Labels:
    """Read ``labels.yml``; entries that cannot be used are left out and described in ``problems``."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise LabelError(f"{path}: {exc}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("events"), list):
        raise LabelError(f"{path}: expected a mapping with an `events` list")
    problems: list[str] = []

    articles: dict[str, ArticleLabel] = {}
    for file, a in (raw.get("articles") or {}).items():
        a = a or {}
        try:
            published = _as_date(a.get("date"))
        except ValueError:
            problems.append(f"article {file}: date {a.get('date')!r} is not YYYY-MM-DD")
            published = None
        articles[str(file)] = ArticleLabel(
            file=str(file), style=a.get("style"), date=published, dated_in_file=a.get("dated_in_file"),
            off_story=a.get("off_story") or None, copy_of=a.get("copy_of"))

    events: list[Event] = []
    seen_ids: set[str] = set()
    for n, e in enumerate(raw["events"], 1):
        if not isinstance(e, dict) or not e.get("id"):
            problems.append(f"event #{n}: no id")
            continue
        eid = str(e["id"])
        if eid in seen_ids:
            problems.append(f"event {eid}: id used twice (the second is left out)")
            continue
        seen_ids.add(eid)
        precision = e.get("precision")
        if precision is not None and precision not in PRECISIONS:
            problems.append(f"event {eid}: precision {precision!r} is not one of {', '.join(PRECISIONS)}")
        try:
            truth = truth_span(e.get("when"), precision)
        except LabelError as exc:
            problems.append(f"event {eid}: when: {exc}")
            truth = None
        participants = [Participant(str(p.get("name")), p.get("role") or None)
                        for p in e.get("participants") or [] if isinstance(p, dict) and p.get("name")]
        mentions: list[Mention] = []
        for k, m in enumerate(e.get("mentions") or [], 1):
            if not isinstance(m, dict) or not m.get("file") or not m.get("text"):
                problems.append(f"event {eid}, mention #{k}: needs file and text")
                continue
            kind, expect = m.get("date_kind") or "none", m.get("expect") or "dated"
            if kind not in DATE_KINDS:
                problems.append(f"event {eid}, mention #{k}: date_kind {kind!r} is not one of {', '.join(DATE_KINDS)}")
            if expect not in EXPECTS:
                problems.append(f"event {eid}, mention #{k}: expect {expect!r} is not dated or unresolved")
            mentions.append(Mention(eid, str(m["file"]), str(m["text"]), kind, expect))
        events.append(Event(
            id=eid, summary=str(e.get("summary") or ""), section=str(e.get("section") or OTHER),
            key=bool(e.get("key")), background=bool(e.get("background")), when=_text(e.get("when")),
            precision=precision, truth=truth, participants=participants, mentions=mentions))

    span = raw.get("span") or {}
    try:
        story_span = (_as_date(span["start"]), _as_date(span["end"])) if span else None
    except (KeyError, ValueError, TypeError):
        problems.append(f"span {span!r}: expected {{start: YYYY-MM-DD, end: YYYY-MM-DD}}")
        story_span = None
    people = raw.get("people") or {}
    labels = Labels(
        story=str(raw.get("story") or path.parent.name), span=story_span,  # type: ignore[arg-type]
        articles=articles, events=events,
        real_people=[str(p) for p in people.get("real") or []],
        not_people=[str(p) for p in people.get("not_people") or []], problems=problems,
        held_out=raw.get("held_out") is True)
    if raw.get("held_out") not in (None, True, False):
        problems.append(f"held_out {raw.get('held_out')!r}: expected true or false")
    off = labels.off_story_files
    for e in events:
        files = {m.file for m in e.mentions}
        e.off_story = e.id.startswith("x-") or bool(files) and files <= off
    return labels


def check_labels(labels: Labels, set_dir: Path, section_ids: set[str]) -> list[str]:
    """What in the labels does not fit the set: unknown files and sections, mention texts that are not
    exactly once in their file. (Problems found while reading are in ``labels.problems``.)"""
    problems: list[str] = []
    seeds = set_dir / "seeds"
    on_disk = {p.relative_to(seeds).as_posix() for p in seeds.rglob("*.txt")} if seeds.is_dir() else set()
    problems += [f"seeds/{f}: not under `articles`" for f in sorted(on_disk - set(labels.articles))]
    problems += [f"articles: {f} is not in seeds/" for f in sorted(set(labels.articles) - on_disk)]
    texts: dict[str, str] = {}
    for f in on_disk:
        texts[f] = fold((seeds / f).read_text(encoding="utf-8", errors="replace"))
    for e in labels.events:
        if e.section != OTHER and e.section not in section_ids:
            problems.append(f"event {e.id}: section {e.section!r} is not in briefing.yml (nor `other`)")
        for m in e.mentions:
            where = f"event {e.id}, {m.file}"
            if m.file in labels.off_story_files and not e.id.startswith("x-"):
                problems.append(f"{where}: a mention in an off-story article belongs to an x-… event")
            if m.file not in labels.articles:
                problems.append(f"{where}: the file is not under `articles`")
            if m.file not in texts:
                continue
            count = texts[m.file].count(fold(m.text))
            if count != 1:
                problems.append(f"{where}: text found {count} times in the file (must be once): {m.text!r}")
            elif len(fold(m.text)) < 25:
                problems.append(f"{where}: text shorter than 25 characters: {m.text!r}")
    return problems
