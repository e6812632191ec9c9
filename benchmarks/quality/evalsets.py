"""The briefing's judgement scored against hand-labelled evaluation sets.

``python -m benchmarks.quality dates|events|all [SET_DIR ...] [--json OUT] [--verbose]``

Each set (``benchmarks/evalsets/<story>/``: ``briefing.yml``, ``seeds/``,
``labels.yml``; format in ``benchmarks/evalsets/README.md``) is built the way a
user builds it, ``build_briefing.py --seeds … --config … --out TMP --no-cache -q``
in a child process, and only the ``briefing.json`` it writes is read (through
``view.read_view``), so the scorer does not depend on the tool's modules.

Each labelled mention is located in the citation table: the citation whose
source's file is the mention's file and whose text (white space folded)
contains the mention's text. A mention no citation contains is *not found*:
the briefing never cites that sentence (or cut it differently).

- ``dates`` (issue "narrative time"): is the date the reader sees for each
  mention the labelled truth?
- ``events`` (issue "from sentences to events"): are facts placed in their
  section, are reports of one event brought together and different events kept
  apart, does off-story material stay out, are the right names listed as people?

It reports; it does not judge: the exit status is 0 unless a set could not be
built or its labels could not be read.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from .labels import (
    DATE_KINDS,
    OTHER,
    Event,
    LabelError,
    Labels,
    Mention,
    Span,
    check_labels,
    fold,
    fold_name,
    load_labels,
)
from .view import Entry, Seen, View, read_view

COMMANDS = ("dates", "events", "all")
ROOT = Path(__file__).resolve().parents[2]  # the checkout this scorer belongs to
EVALSETS = ROOT / "benchmarks" / "evalsets"

OUTCOMES = ("right", "imprecise", "wrong", "undated", "not found")
PLACES = ("sections", "timeline", "key points")  # where an off-story citation leaks

# A shown statement "needs context" when it opens (after any punctuation) with one of these: a pronoun or a
# definite reference to something an earlier sentence introduced. Kept small on purpose: "The treaty" or
# "The bridge" usually name the story's own subject and read fine on their own.
CONTEXT_WORDS = ("he", "she", "it", "they", "we", "him", "them", "his", "her", "its", "their",
                 "this", "that", "these", "those", "such", "both")
CONTEXT_PHRASES = ("the document", "the talks", "the meeting", "the report", "the statement", "the visit",
                   "the agreement", "the deal", "the two", "the latter", "the former", "the same",
                   "in return", "later", "afterwards", "after that", "before that", "at the time",
                   "the next day", "the following day", "then", "meanwhile")
_CONTEXT = re.compile("(?:" + "|".join(re.escape(w) for w in sorted(CONTEXT_WORDS + CONTEXT_PHRASES, key=len,
                                                                     reverse=True)) + r")\b")
_LEADING = re.compile(r"^[\W_]+")


class BuildError(RuntimeError):
    """build_briefing.py failed on a set (its stderr is in the message)."""


# --- running the tool -------------------------------------------------------------

def build_set(set_dir: Path, out: Path, root: Path = ROOT) -> tuple[dict[str, Any], list[str]]:
    """Build the set with the checkout's own ``build_briefing.py``; the parsed briefing.json and its warnings."""
    set_dir = set_dir.resolve()
    cmd = [sys.executable, str(root / "build_briefing.py"), "--seeds", str(set_dir / "seeds"),
           "--config", str(set_dir / "briefing.yml"), "--out", str(out.resolve()), "--no-cache", "-q"]
    run = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=False)
    if run.returncode != 0:
        raise BuildError(f"build_briefing.py exited with {run.returncode} on {set_dir}:\n{run.stderr.rstrip()}")
    data = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    return data, [line for line in run.stderr.splitlines() if line.strip()]


def section_ids(set_dir: Path) -> set[str]:
    try:
        config = yaml.safe_load((set_dir / "briefing.yml").read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return set()
    return {str(s.get("id")) for s in config.get("sections") or [] if isinstance(s, dict)}


# --- locating mentions ------------------------------------------------------------

@dataclass(frozen=True)
class Located:
    mention: Mention
    ref: str | None  # the citation holding the sentence, or None: not found
    why: str | None = None  # for a mention not found


def _sources_of(view: View, file: str) -> list[str]:
    """Source ids whose file is ``file`` (by path; by name alone when the name is unique)."""
    exact = [s for s, f in view.sources.items() if PurePosixPath(f) == PurePosixPath(file)]
    if exact:
        return exact
    name = PurePosixPath(file).name
    by_name = [s for s, f in view.sources.items() if PurePosixPath(f).name == name]
    return by_name if len(by_name) == 1 else []


def locate(labels: Labels, view: View) -> list[Located]:
    by_source: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for ref, c in view.citations.items():
        by_source[c.source].append((ref, fold(c.text)))
    out = []
    for m in labels.mentions:
        needle = fold(m.text)
        sources = _sources_of(view, m.file)
        ref = next((r for s in sources for r, text in by_source[s] if needle in text), None)
        out.append(Located(m, ref, None if ref else _why_not_found(view, m.file, needle, sources, by_source)))
    return out


def _why_not_found(view: View, file: str, needle: str, sources: list[str],
                   by_source: dict[str, list[tuple[str, str]]]) -> str:
    if not sources:
        name = PurePosixPath(file).name
        reason = next((r for f, r in view.rejected.items() if f and PurePosixPath(f).name == name), None)
        return f"file rejected: {reason}" if reason is not None else "no source has this file"
    if any(needle in fold(view.titles.get(s, "")) for s in sources):
        return "read as the article's title; cited nowhere"
    texts = [t for s in sources for _, t in by_source[s]]
    if any(t in needle for t in texts) or any(needle[:25] in t or needle[-25:] in t for t in texts):
        return "the sentence is cut differently (the text spans citations)"
    return "the briefing cites no sentence holding it"


# --- outcomes ---------------------------------------------------------------------

def judge(seen: Seen | None, truth: Span | None, expect: str) -> tuple[str, bool]:
    """(outcome, dated anyway) for a date the reader sees against the labelled truth.

    right: equal to the truth; or left unresolved where the label expects ``unresolved`` (or the date is
    unknown). A right date where ``unresolved`` was expected is right, "dated anyway". imprecise: a wider
    span holding the truth. wrong: any other resolved date (a day inside a true month is false precision).
    undated: no resolved date where one was expected."""
    span = seen.span if seen is not None else None
    if span is None:
        return ("right" if expect == "unresolved" or truth is None else "undated"), False
    if truth is None:
        return "wrong", False
    if span == truth:
        return "right", expect == "unresolved"
    if span[0] <= truth[0] and span[1] >= truth[1]:
        return "imprecise", False
    return "wrong", False


def needs_context(text: str) -> bool:
    return bool(_CONTEXT.match(_LEADING.sub("", fold(text)).casefold()))


def _span_text(span: Span | None) -> str:
    if span is None:
        return "unknown"
    return span[0].isoformat() if span[0] == span[1] else f"{span[0].isoformat()}/{span[1].isoformat()}"


# --- one set's records ------------------------------------------------------------

@dataclass
class DateRecord:
    event: str
    date_kind: str
    expect: str
    outcome: str
    anyway: bool
    seen: str
    truth: str
    text: str
    entry: str | None
    own: str = ""  # the sentence's own date, when the event it sits in shows another


@dataclass
class Placement:
    event: str
    key: bool
    section: str
    got: list[str]  # the sections of the entries citing it; [] when not found
    right: bool
    text: str


@dataclass
class SetResult:
    story: str
    path: str
    schema: int
    articles: int
    events: int
    mentions: int
    not_found: list[tuple[str, str, str, str]]  # event, file, text, why
    problems: list[str]
    warnings: list[str]
    dates: list[DateRecord] = field(default_factory=list)
    key_dates: list[DateRecord] = field(default_factory=list)
    placements: list[Placement] = field(default_factory=list)
    merges: list[dict[str, Any]] = field(default_factory=list)  # event, sources, best, entry
    multi_labelled: int = 0  # entries citing 2+ labelled sentences
    wrong_merges: list[dict[str, Any]] = field(default_factory=list)  # entry, section, events, texts
    leaks: list[dict[str, str]] = field(default_factory=list)  # place, ref, file, text
    off_story_flags: dict[str, list[str]] | None = None  # labelled, flagged, caught, missed, false
    key_points: int = 0
    timeline: int = 0
    background_hits: list[dict[str, str]] = field(default_factory=list)  # place, entry, event, text
    background_flag: dict[str, Any] | None = None  # agree, n, disagreements
    roles: list[dict[str, Any]] | None = None  # event, name, role, matched, entry
    placed_entries: int = 0
    context: list[dict[str, str]] = field(default_factory=list)  # entry, text
    not_people: list[str] = field(default_factory=list)
    held_out: bool = False  # shown only pooled with other held-out sets (labels.yml's ``held_out: true``)
    not_people_listed: list[str] = field(default_factory=list)
    real_people: list[str] = field(default_factory=list)
    real_people_found: list[str] = field(default_factory=list)


def score_set(set_dir: Path, labels: Labels, data: dict[str, Any], warnings: Sequence[str] = ()) -> SetResult:
    """Score one built set: ``data`` is its parsed briefing.json."""
    view = read_view(data)
    found = locate(labels, view)
    ref_of = {loc.mention: loc.ref for loc in found}
    events_of_ref: dict[str, set[str]] = defaultdict(set)
    for loc in found:
        if loc.ref:
            events_of_ref[loc.ref].add(loc.mention.event)
    order = {e.id: n for n, e in enumerate(view.entries)}
    entries_of_ref: dict[str, list[Entry]] = defaultdict(list)
    for entry in view.entries:
        for ref in entry.refs:
            entries_of_ref[ref].append(entry)

    def holder(m: Mention) -> Entry | None:
        ref = ref_of[m]
        return entries_of_ref[ref][0] if ref and entries_of_ref[ref] else None

    def main_entry(event: Event) -> Entry | None:
        """The entry holding most of the event's mentions (ties: the first in reading order)."""
        counts = Counter(h.id for m in event.mentions if (h := holder(m)) is not None)
        if not counts:
            return None
        best = max(counts.values())
        return view.entries[min(order[i] for i, n in counts.items() if n == best)]

    def dominant(entry: Entry) -> str | None:
        counts = Counter(ev for r in entry.refs for ev in sorted(events_of_ref.get(r, ())))
        if not counts:
            return None
        best = max(counts.values())
        return next(ev for r in entry.refs for ev in sorted(events_of_ref.get(r, ())) if counts[ev] == best)

    result = SetResult(
        story=labels.story, path=str(set_dir), schema=view.schema, articles=len(view.sources),
        events=len(labels.events), mentions=len(found),
        not_found=[(loc.mention.event, loc.mention.file, loc.mention.text, loc.why or "") for loc in found
                   if loc.ref is None],
        problems=labels.problems + check_labels(labels, set_dir, section_ids(set_dir)), warnings=list(warnings),
        held_out=labels.held_out)
    on_story = [e for e in labels.events if not e.off_story]

    # dates
    for e in on_story:
        for m in e.mentions:
            if m.date_kind == "none":
                continue
            ref, entry = ref_of[m], holder(m)
            if ref is None:
                outcome, anyway, seen = "not found", False, None
            else:
                seen = entry.date if entry is not None and entry.date is not None else view.citations[ref].date
                outcome, anyway = judge(seen, e.truth, m.expect)
            own = view.citations[ref].date if ref is not None else None
            result.dates.append(DateRecord(e.id, m.date_kind, m.expect, outcome, anyway,
                                           str(seen) if seen else "none", _span_text(e.truth), m.text,
                                           entry.id if entry else None,
                                           str(own or "none") if own != seen else ""))
        if e.key and e.truth is not None:
            entry = main_entry(e)
            outcome = "not found" if entry is None else judge(entry.date, e.truth, "dated")[0]
            seen = entry.date if entry is not None else None
            result.key_dates.append(DateRecord(e.id, "key", "dated", outcome, False, str(seen) if seen else "none",
                                               _span_text(e.truth), e.summary, entry.id if entry else None))

    # placement
    for e in on_story:
        for m in e.mentions:
            ref = ref_of[m]
            got = [x.section for x in entries_of_ref[ref]] if ref else []
            result.placements.append(Placement(e.id, e.key, e.section, got, e.section in got, m.text))

    # merge completeness: events of a section reported by two sources or more
    for e in on_story:
        if e.section == OTHER:
            continue
        sources = {view.citations[r].source for m in e.mentions if (r := ref_of[m])}
        if len(sources) < 2:
            continue
        best, best_entry = 0, None
        for entry in view.entries:
            held = len(sources & {view.citations[r].source for r in entry.refs
                                  if r in view.citations and e.id in events_of_ref.get(r, ())})
            if held > best:
                best, best_entry = held, entry.id
        result.merges.append({"event": e.id, "sources": len(sources), "held": best, "best": best / len(sources),
                              "entry": best_entry})

    # wrong merges: the labelled sentences of one entry share no event
    for entry in view.entries:
        labelled = [(r, events_of_ref[r]) for r in entry.refs if r in events_of_ref]
        if len(labelled) < 2:
            continue
        result.multi_labelled += 1
        if not set.intersection(*(evs for _, evs in labelled)):
            result.wrong_merges.append({
                "entry": entry.id, "section": entry.section,
                "events": sorted({ev for _, evs in labelled for ev in evs}),
                "texts": [[",".join(sorted(evs)), fold(view.citations[r].text)] for r, evs in labelled]})

    # off-story leakage: each citation once per place
    off_sources = {s for f in labels.off_story_files for s in _sources_of(view, f)}
    by_id = {e.id: e for e in view.entries}
    places: dict[str, Iterable[str]] = {
        "sections": [r for e in view.entries if e.placed for r in e.refs],
        "timeline": [r for t in view.timeline for r in t.refs],
        "key points": [r for k in view.key_points if k in by_id for r in by_id[k].refs]}
    for place, refs in places.items():
        for ref in dict.fromkeys(refs):
            c = view.citations.get(ref)
            if c is not None and c.source in off_sources:
                result.leaks.append({"place": place, "ref": ref, "file": c.file or c.source, "text": fold(c.text)})
    if view.off_story is not None:
        labelled = set(off_sources)
        flagged = set(view.off_story)
        result.off_story_flags = {"labelled": sorted(labelled), "flagged": sorted(flagged),
                                  "caught": sorted(labelled & flagged), "missed": sorted(labelled - flagged),
                                  "false": sorted(flagged - labelled)}

    # background on the key points and the timeline
    result.key_points, result.timeline = len(view.key_points), len(view.timeline)
    for k in view.key_points:
        entry = by_id.get(k)
        ev = dominant(entry) if entry else None
        if ev and labels.event(ev).background:
            result.background_hits.append({"place": "key points", "entry": k, "event": ev, "text": entry.text})
    for t in view.timeline:
        evs = sorted(events_of_ref.get(t.dating_ref or "", ()))
        ev = evs[0] if evs else (dominant(by_id[t.entry]) if t.entry in by_id else None)
        if ev and labels.event(ev).background:
            text = view.citations[t.dating_ref].text if t.dating_ref in view.citations else ""
            result.background_hits.append({"place": "timeline", "entry": t.entry or t.dating_ref or "",
                                           "event": ev, "text": fold(text)})
    if view.has_background:
        pairs = [(entry, ev) for entry in view.entries if entry.placed and (ev := dominant(entry))]
        wrong = [{"entry": x.id, "event": ev, "flag": x.background} for x, ev in pairs
                 if bool(x.background) != labels.event(ev).background]
        result.background_flag = {"agree": len(pairs) - len(wrong), "n": len(pairs), "disagreements": wrong}

    # roles, where entries carry participants
    if view.has_participants:
        result.roles = []
        aliases = _aliases(view)
        for e in on_story:
            wanted = [p for p in e.participants if p.role]
            if not wanted:
                continue
            entry = main_entry(e)
            got = {(fold_name(n), fold_name(r or "")) for n, r in (entry.participants or ())} if entry else set()
            for p in wanted:
                names = {fold_name(p.name)} | aliases.get(fold_name(p.name), set())
                matched = any((n, fold_name(p.role or "")) in got for n in names)
                result.roles.append({"event": e.id, "name": p.name, "role": p.role, "matched": matched,
                                     "entry": entry.id if entry else None,
                                     "got": sorted(f"{n} ({r})" for n, r in got)})

    # shown statements that need context
    placed = [e for e in view.entries if e.placed]
    result.placed_entries = len(placed)
    result.context = [{"entry": e.id, "text": fold(e.text)} for e in placed
                      if needs_context(e.text) and not e.context_inserts]

    # people
    listed = {fold_name(p.name) for p in view.people} | {fold_name(v) for p in view.people for v in p.variants}
    result.not_people, result.real_people = labels.not_people, labels.real_people
    result.not_people_listed = [n for n in labels.not_people if fold_name(n) in listed]
    result.real_people_found = [n for n in labels.real_people if fold_name(n) in listed]
    return result


def _aliases(view: View) -> dict[str, set[str]]:
    """Folded person name -> the folded spellings the briefing found for that person."""
    out: dict[str, set[str]] = {}
    for p in view.people:
        spellings = {fold_name(p.name)} | {fold_name(v) for v in p.variants}
        for s in spellings:
            out.setdefault(s, set()).update(spellings)
    return out


# --- figures over one set or several ----------------------------------------------

def _share(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def _tally(records: Iterable[DateRecord]) -> dict[str, Any]:
    records = list(records)
    counts = Counter(r.outcome for r in records)
    out: dict[str, Any] = {"n": len(records), **{o: counts[o] for o in OUTCOMES},
                           "dated anyway": sum(r.anyway for r in records)}
    out["right share"] = _share(counts["right"], len(records))
    return out


def date_figures(results: Sequence[SetResult]) -> dict[str, Any]:
    records = [r for res in results for r in res.dates]
    kinds = [k for k in DATE_KINDS if any(r.date_kind == k for r in records)]
    return {
        "all": _tally(records),
        "by expect": {x: _tally(r for r in records if r.expect == x) for x in ("dated", "unresolved")},
        "by date_kind": {k: _tally(r for r in records if r.date_kind == k) for k in kinds},
        "key facts": _tally(r for res in results for r in res.key_dates),
    }


def event_figures(results: Sequence[SetResult]) -> dict[str, Any]:
    places = [p for res in results for p in res.placements]
    keys = [p for p in places if p.key]
    merges = [m for res in results for m in res.merges]
    leaks = [x for res in results for x in res.leaks]
    hits = [x for res in results for x in res.background_hits]
    flags = [res.off_story_flags for res in results if res.off_story_flags is not None]
    bflags = [res.background_flag for res in results if res.background_flag is not None]
    roles = [r for res in results if res.roles is not None for r in res.roles]
    has_roles = any(res.roles is not None for res in results)
    not_people = sum(len(res.not_people) for res in results)
    real = sum(len(res.real_people) for res in results)
    placed_entries = sum(res.placed_entries for res in results)
    context = sum(len(res.context) for res in results)
    return {
        "facts placed right": {"n": len(places), "right": sum(p.right for p in places),
                               "not found": sum(not p.got for p in places),
                               "share": _share(sum(p.right for p in places), len(places))},
        "key facts in the right section": {"n": len(keys), "right": sum(p.right for p in keys),
                                           "not found": sum(not p.got for p in keys),
                                           "share": _share(sum(p.right for p in keys), len(keys))},
        "placement by section": _placement_table(places),
        "merge completeness": {"events": len(merges), "mean": _share(sum(m["best"] for m in merges), len(merges)),
                               "fully merged": sum(m["held"] == m["sources"] for m in merges)},
        "wrong merges": {"count": sum(len(res.wrong_merges) for res in results),
                         "entries with 2+ labelled sentences": sum(res.multi_labelled for res in results)},
        "off-story leakage": {"count": len(leaks), **{p: sum(x["place"] == p for x in leaks) for p in PLACES}},
        "off-story articles flagged": None if not flags else {
            "labelled": sum(len(f["labelled"]) for f in flags), "caught": sum(len(f["caught"]) for f in flags),
            "false": sum(len(f["false"]) for f in flags)},
        "background": {"key points": sum(x["place"] == "key points" for x in hits),
                       "key points total": sum(res.key_points for res in results),
                       "timeline": sum(x["place"] == "timeline" for x in hits),
                       "timeline total": sum(res.timeline for res in results)},
        "background flag": None if not bflags else {
            "agree": sum(b["agree"] for b in bflags), "n": sum(b["n"] for b in bflags),
            "share": _share(sum(b["agree"] for b in bflags), sum(b["n"] for b in bflags))},
        "role accuracy": None if not has_roles else {
            "n": len(roles), "matched": sum(r["matched"] for r in roles),
            "share": _share(sum(r["matched"] for r in roles), len(roles))},
        "needs context": {"count": context, "entries": placed_entries, "share": _share(context, placed_entries)},
        "not_people listed": {"count": sum(len(res.not_people_listed) for res in results), "labelled": not_people,
                              # a held-out set's names would be its misses: only their count is shown
                              "names": [n for res in results if not res.held_out for n in res.not_people_listed]},
        "real people found": {"found": sum(len(res.real_people_found) for res in results), "labelled": real,
                              "share": _share(sum(len(res.real_people_found) for res in results), real)},
    }


def _placement_table(places: Sequence[Placement]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for section in dict.fromkeys(p.section for p in places):
        mine = [p for p in places if p.section == section]
        went = Counter(p.got[0] if p.got else "not found" for p in mine if not p.right)
        out[section] = {"n": len(mine), "right": sum(p.right for p in mine), "elsewhere": dict(went)}
    return out


def figures(results: Sequence[SetResult], command: str) -> dict[str, Any]:
    out: dict[str, Any] = {"sets": len(results), "articles": sum(r.articles for r in results),
                           "labelled events": sum(r.events for r in results),
                           "mentions": sum(r.mentions for r in results),
                           "not found": sum(len(r.not_found) for r in results)}
    if command in ("dates", "all"):
        out["dates"] = date_figures(results)
    if command in ("events", "all"):
        out["events"] = event_figures(results)
    return out


# --- text report ------------------------------------------------------------------

def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.1%}"


def table(header: Sequence[str] | None, rows: Sequence[Sequence[Any]], align: str = "l") -> str:
    """Aligned columns, ``align`` giving l(eft) or r(ight) per column (the last letter for the rest)."""
    cells = ([[str(c) for c in header]] if header else []) + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(cells[0]))]
    side = [align[min(i, len(align) - 1)] for i in range(len(widths))]
    lines = ["  ".join(c.ljust(w) if a == "l" else c.rjust(w)
                       for c, w, a in zip(row, widths, side, strict=True)).rstrip()
             for row in cells]
    return "\n".join(lines)


def _date_row(name: str, t: dict[str, Any]) -> list[Any]:
    return [name, t["n"], t["right"], _pct(t["right share"]), t["dated anyway"], t["imprecise"], t["wrong"],
            t["undated"], t["not found"]]


def date_lines(f: dict[str, Any]) -> list[str]:
    header = ["", "n", "right", "share", "(anyway)", "imprecise", "wrong", "undated", "not found"]
    rows = [_date_row("all mentions", f["all"])]
    rows += [_date_row(f"expect {x}", t) for x, t in f["by expect"].items() if t["n"]]
    rows += [_date_row(f"  {k}", t) for k, t in f["by date_kind"].items()]
    rows += [_date_row("dated key facts", f["key facts"])]
    return ["Dates (narrative time): the date the reader sees for each mention that can be dated",
            "", table(header, rows, "lr"), "",
            "(anyway): right though the label expects unresolved; imprecise: a wider span holding the truth;",
            "mentions of off-story events are left out (the off-story figures cover them)"]


def event_lines(f: dict[str, Any], schema: str) -> list[str]:
    def frac(part: int, whole: int, share: float | None = None) -> str:
        return f"{part} of {whole}  {_pct(share if share is not None else _share(part, whole))}"

    p, k = f["facts placed right"], f["key facts in the right section"]
    m, w, leak, bg = f["merge completeness"], f["wrong merges"], f["off-story leakage"], f["background"]
    flagged, bflag, roles = f["off-story articles flagged"], f["background flag"], f["role accuracy"]
    ctx, np_, real = f["needs context"], f["not_people listed"], f["real people found"]
    na = f"n/a (schema {schema})"
    rows = [
        ["facts placed right", frac(p["right"], p["n"]) + f"  (not found {p['not found']})"],
        ["key facts in the right section", frac(k["right"], k["n"]) + f"  (not found {k['not found']})"],
        ["merge completeness", "n/a (no event with 2+ sources found)" if m["mean"] is None else
         f"{m['mean']:.3f} over {m['events']} events  ({m['fully merged']} fully merged)"],
        ["wrong merges", (f"{w['count']} of {w['entries with 2+ labelled sentences']} entries with 2+ labelled "
                          "sentences")],
        ["off-story leakage", (f"{leak['count']}  (sections {leak['sections']}, timeline {leak['timeline']}, "
                               f"key points {leak['key points']})")],
        ["off-story articles flagged", na if flagged is None else
         f"{flagged['caught']} of {flagged['labelled']}  (on-story flagged: {flagged['false']})"],
        ["background on key points", f"{bg['key points']} of {bg['key points total']}"],
        ["background on the timeline", f"{bg['timeline']} of {bg['timeline total']}"],
        ["background flag agrees", na if bflag is None else frac(bflag["agree"], bflag["n"])],
        ["role accuracy", na if roles is None else frac(roles["matched"], roles["n"])],
        ["shown statements needing context", frac(ctx["count"], ctx["entries"])],
        ["not_people listed as people", f"{np_['count']} of {np_['labelled']}" +
         (f"  ({', '.join(np_['names'])})" if np_["names"] else "")],
        ["real people found", frac(real["found"], real["labelled"])],
    ]
    sections = [[s, t["n"], t["right"], ", ".join(f"{k} {v}" for k, v in t["elsewhere"].items())]
                for s, t in f["placement by section"].items()]
    return ["Events (from sentences to events)", "", table(None, rows), "",
            "Placement of on-story mentions by labelled section", "",
            table(["section", "n", "right", "placed instead"], sections, "lrrl")]


def verbose_lines(res: SetResult, command: str) -> list[str]:
    out: list[str] = []

    def block(title: str, lines: list[str]) -> None:
        if lines:
            out.extend(["", f"{title}:", *(f"  {line}" for line in lines)])

    block("not found (the briefing never cites the sentence)",
          [f"{e} {f}: {t!r} ({why})" for e, f, t, why in res.not_found])
    if command in ("dates", "all"):
        block("dates not right",
              [f"{r.outcome:9} {r.event} [{r.date_kind}, expect {r.expect}] saw {r.seen}, truth {r.truth}"
               f"{' in ' + r.entry if r.entry else ''}{' (its own: ' + r.own + ')' if r.own else ''}: {r.text!r}"
               for r in res.dates if r.outcome != "right"])
        block("dated anyway", [f"{r.event}: {r.text!r} ({r.seen})" for r in res.dates if r.anyway])
        block("dated key facts not right",
              [f"{r.outcome:9} {r.event}: saw {r.seen}, truth {r.truth}{' in ' + r.entry if r.entry else ''}"
               for r in res.key_dates if r.outcome != "right"])
    if command in ("events", "all"):
        block("facts in another section",
              [f"{'key ' if p.key else ''}{p.event} ({p.section}) -> {', '.join(p.got) or 'not found'}: {p.text!r}"
               for p in res.placements if not p.right])
        block("events split over entries",
              [f"{m['event']}: {m['held']} of {m['sources']} sources in one entry ({m['entry']})"
               for m in res.merges if m["held"] < m["sources"]])
        block("wrong merges",
              [f"{w['entry']} ({w['section']}): {' + '.join(w['events'])}" +
               "".join(f"\n      [{ev}] {text}" for ev, text in w["texts"]) for w in res.wrong_merges])
        block("off-story leaks", [f"{x['place']}: {x['file']}: {x['text']}" for x in res.leaks])
        block("background", [f"{x['place']}: {x['event']} ({x['entry']}): {x['text']}" for x in res.background_hits])
        if res.roles:
            block("roles missed", [f"{r['event']}: {r['name']} ({r['role']}) not in {r['entry']}: {r['got']}"
                                   for r in res.roles if not r["matched"]])
        block("shown statements needing context", [f"{x['entry']}: {x['text']}" for x in res.context])
        block("real people not found", [n for n in res.real_people if n not in res.real_people_found])
    block("tool warnings", res.warnings)
    return out


def pooled_sets(results: Sequence[SetResult]) -> list[SetResult]:
    """The sets the overall figures pool: a lone held-out set is left out, since the overall less the other sets'
    own figures would be its own."""
    held = [res for res in results if res.held_out]
    return [res for res in results if not res.held_out or len(held) > 1]


def report(results: Sequence[SetResult], command: str, verbose: bool) -> str:
    out: list[str] = []
    parts: list[tuple[str, list[SetResult], SetResult | None]] = [
        (res.story, [res], res) for res in results if not res.held_out]
    held = [res for res in results if res.held_out]
    if len(held) > 1:
        parts.append(("held out", held, None))
    elif held:
        out += [f"## {held[0].story}: held out; its figures are shown only pooled with other held-out sets", ""]
    pooled = pooled_sets(results)
    if len(pooled) > 1:
        parts.append(("overall", pooled, None))
    for name, group, res in parts:
        f = figures(group, command)
        schema = "/".join(sorted({str(r.schema) for r in group}))
        head = (f"## {name}: {f['articles']} articles, {f['labelled events']} events, {f['mentions']} mentions "
                f"({f['not found']} not found)")
        head += f", {len(group)} sets" if res is None else f", briefing.json schema {schema}"
        out += [head, ""]
        if "dates" in f:
            out += [*date_lines(f["dates"]), ""]
        if "events" in f:
            out += [*event_lines(f["events"], schema), ""]
        if res is not None and verbose:
            out += [*verbose_lines(res, command), ""]
    return "\n".join(out).rstrip() + "\n"


def as_json(results: Sequence[SetResult], command: str) -> dict[str, Any]:
    names = Counter(res.story for res in results)
    seen: Counter[str] = Counter()

    def key(res: SetResult) -> str:
        seen[res.story] += 1
        return res.story if names[res.story] == 1 else f"{res.story} ({seen[res.story]})"

    held = [res for res in results if res.held_out]
    return {"command": command,
            "sets": {key(res): {"path": res.path, "schema": res.schema, **figures([res], command),
                                 "not found list": [list(x) for x in res.not_found],
                                 "wrong merge list": res.wrong_merges, "leak list": res.leaks,
                                 "label problems": res.problems} for res in results if not res.held_out},
            "held out": {**(figures(held, command) if len(held) > 1 else {}),
                         "names": sorted(res.story for res in held)},
            "overall": figures(pooled_sets(results), command)}


# --- command line -----------------------------------------------------------------

def default_sets(root: Path = EVALSETS) -> list[Path]:
    return sorted(p.parent for p in root.glob("*/labels.yml"))


def run_set(set_dir: Path, keep: Path | None, log: Callable[[str], None]) -> SetResult:
    labels = load_labels(set_dir / "labels.yml")
    if keep is not None:
        out = keep / set_dir.name
        out.mkdir(parents=True, exist_ok=True)
        data, warnings = build_set(set_dir, out)
    else:
        with tempfile.TemporaryDirectory(prefix="evalset-") as tmp:
            data, warnings = build_set(set_dir, Path(tmp))
    log(f"built {set_dir} ({len(data.get('sources', []))} articles)")
    return score_set(set_dir, labels, data, warnings)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.quality", description=__doc__.split("\n\n")[0],
                                epilog="The sets and their format: benchmarks/evalsets/README.md")
    p.add_argument("command", choices=COMMANDS, help="which figures: dates, events or all")
    p.add_argument("sets", nargs="*", type=Path, metavar="SET_DIR",
                   help="evaluation sets (default: every folder under benchmarks/evalsets/ with a labels.yml)")
    p.add_argument("--json", type=Path, metavar="OUT", help="also write every number to this JSON file")
    p.add_argument("--verbose", "-v", action="store_true",
                   help="list what each figure counts (mentions not found, wrong dates, merges, leaks ...)")
    p.add_argument("--keep", type=Path, metavar="DIR", help="build into DIR/<set>/ and keep it (default: a temp dir)")
    args = p.parse_intermixed_args(argv)  # options may come between the command and the sets
    sets = args.sets or default_sets()
    if not sets:
        print(f"no evaluation sets: no folder under {EVALSETS} has a labels.yml", file=sys.stderr)
        return 1
    def log(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    results, failed = [], 0
    for set_dir in sets:
        try:
            results.append(run_set(set_dir, args.keep, log))
        except (BuildError, LabelError, OSError, ValueError) as exc:
            failed += 1
            print(f"error: {set_dir}: {exc}", file=sys.stderr)
    for res in results:
        if res.problems and res.held_out:  # a problem quotes the key's sentences: a count alone
            print(f"labels of {res.story}: {len(res.problems)} problems (held out: not listed)", file=sys.stderr)
        elif res.problems:
            shown = res.problems if args.verbose else res.problems[:10]
            print(f"labels of {res.story}: {len(res.problems)} problems", file=sys.stderr)
            for line in shown:
                print(f"  {line}", file=sys.stderr)
            if len(shown) < len(res.problems):
                print("  ... (all with --verbose)", file=sys.stderr)
    if results:
        print(report(results, args.command, args.verbose), end="")
    if args.json:
        args.json.write_text(json.dumps(as_json(results, args.command), indent=1, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 1 if failed else 0
