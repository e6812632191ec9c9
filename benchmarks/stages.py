"""Stage timings without a profiler: wall time spent in each named pipeline function.

cProfile charges every Python call, which at 10,000 articles turns an hour's
run into several; wrapping a few dozen stage functions costs about a
microsecond per call instead. Times are inclusive (a stage includes the
stages it calls), so they nest rather than add up.

Names that a newer pipeline no longer has are skipped, so this keeps
working while the pipeline changes.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

# module:function, in pipeline order. Per-article functions (render_source)
# are included on purpose: their total shows whether per-article work grows with N.
STAGES = (
    "briefing.pipeline:read_seeds",
    "briefing.read:read_corpus",
    "briefing.pipeline:curate",
    "briefing.curate.sources:apply_metadata",
    "briefing.analyse.extract:extract_all",
    "briefing.analyse.placing:place_sentences",
    "briefing.analyse.names:NameFinder.candidates",
    "briefing.curate.copies:find_copies",
    "briefing.analyse.names:find_people",
    "briefing.curate.statements:make_statements",
    "briefing.analyse.tokens:Lexicon.tokens",
    "briefing.analyse.dates:find_dates",
    "briefing.analyse.quotes:find_quotes",
    "briefing.analyse.events.frames:read_frame",
    "briefing.curate.event_keys:event_keys",
    "briefing.curate.event_keys:event_pairs",
    "briefing.curate.similarity:idf_weights",
    "briefing.curate.sections:build_section",
    "briefing.curate.similarity:candidate_pairs",
    "briefing.curate.cluster:cluster_statements",
    "briefing.curate.cluster:_all_alike",
    "briefing.curate.assemble:make_event",
    "briefing.curate.assemble:borrowed_dates",
    "briefing.pipeline:derive",
    "briefing.derive.differences:find_discrepancies",
    "briefing.derive.timeline:build_timeline",
    "briefing.derive.tables:build_registers",
    "briefing.derive.quotes:collect_quotes",
    "briefing.derive.key_points:pick_key_points",
    "briefing.render.briefing_page:render_briefing",
    "briefing.render.timeline_page:render_timeline",
    "briefing.render.people_page:render_people",
    "briefing.render.quotes_page:render_quotes",
    "briefing.render.sources_page:render_sources",
    "briefing.render.other_page:render_other_reporting",
    "briefing.render.method_page:render_method",
    "briefing.render.source_page:render_source",
    "briefing.render.widgets:cite",
    "briefing.render.export:CitationTable.row",
    "briefing.pipeline:collect_warnings",
    # Pages and briefing.json are rendered as write_outputs stages them, so its time includes theirs.
    "briefing.write:write_outputs",
)


@dataclass
class Tally:
    calls: int = 0
    seconds: float = 0.0


def install(stages: tuple[str, ...] = STAGES) -> dict[str, Tally]:
    """Wrap each stage wherever the package refers to it; returns the live tallies."""
    modules = _briefing_modules()
    tallies: dict[str, Tally] = {}
    for spec in stages:
        module_name, _, qualname = spec.partition(":")
        module = modules.get(module_name)
        owner, attr = _owner(module, qualname) if module else (None, "")
        original = getattr(owner, attr, None) if owner is not None else None
        if original is None or not callable(original):
            continue  # renamed or removed in this version of the pipeline
        tally = tallies[spec] = Tally()
        wrapped = _timed(original, tally)
        setattr(owner, attr, wrapped)
        # Modules that imported the function by name hold their own reference.
        for other in modules.values():
            for name, value in list(vars(other).items()):
                if value is original:
                    setattr(other, name, wrapped)
    return tallies


def _briefing_modules() -> dict[str, ModuleType]:
    package = importlib.import_module("briefing")
    # A package's __main__ runs the command line when imported.
    names = [m.name for m in pkgutil.walk_packages(package.__path__, "briefing.") if not m.name.endswith("__main__")]
    return {name: importlib.import_module(name) for name in names}


def _owner(module: ModuleType, qualname: str) -> tuple[Any, str]:
    """(object holding the attribute, attribute name) for "func" or "Class.method"."""
    parts = qualname.split(".")
    owner: Any = module
    for part in parts[:-1]:
        owner = getattr(owner, part, None)
        if owner is None:
            return None, ""
    return owner, parts[-1]


def _timed(func: Callable[..., Any], tally: Tally) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            tally.calls += 1
            tally.seconds += time.perf_counter() - t0

    return wrapper


def report(tallies: dict[str, dict[str, float]], total: float) -> str:
    lines = ["| stage (inclusive) | calls | s | share |", "|---|---:|---:|---:|"]
    for spec, t in tallies.items():
        if t["calls"]:
            lines.append(f"| `{spec.removeprefix('briefing.')}` | {int(t['calls']):,} | {t['seconds']:.2f} | "
                         f"{t['seconds'] / total:.0%} |")
    return "\n".join(lines)
