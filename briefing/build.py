"""The pipeline, stage by stage: read, curate, render, write.

``build()`` is the table of contents: one verb-named call per stage. The
whole model is made before anything is written, so a failure in any stage
leaves the previous output as it was.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .cache import FactsCache
from .config import Config, load_config
from .curate import curate
from .errors import SeedsError
from .export import iter_briefing_json
from .extract import Progress
from .model import Briefing, Corpus
from .read import read_corpus
from .render import Lines, iter_pages, page_text
from .write import Output, WriteReport, write_outputs

JSON_NAME = "briefing.json"


@dataclass
class Result:
    briefing: Briefing
    files: dict[str, bytes]  # the generated files, when the build writes none (out_dir None)
    warnings: list[str] = field(default_factory=list)  # one line per problem, for the log
    report: WriteReport | None = None


def build(seeds: Path, config_path: Path, out_dir: Path | None, *, directory_urls: bool = True,
          today: dt.date | None = None, progress: Progress | None = None, cache_dir: Path | None = None,
          workers: int = 1) -> Result:
    """Seeds to pages. ``cache_dir`` keeps per-article extraction between runs (None: no cache);
    ``workers`` processes share the extraction of articles not in the cache."""
    with no_cycle_collection():
        return _build(seeds, config_path, out_dir, directory_urls, today, progress or (lambda _: None),
                      cache_dir, workers)


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """The model is millions of small objects and makes next to no reference cycles: the cycle
    collector's full passes over them cost about a tenth of a 1,000-article build, and more the
    more articles there are. Switched off for the build, back on afterwards."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _build(seeds: Path, config_path: Path, out_dir: Path | None, directory_urls: bool, today: dt.date | None,
           say: Progress, cache_dir: Path | None, workers: int) -> Result:
    config = load_config(config_path)
    corpus = read_seeds(seeds, today)
    say(f"read {len(corpus.articles):,} articles ({len(corpus.rejected)} skipped)")
    briefing = curate(corpus, config, open_cache(cache_dir, seeds), workers, say)
    say(f"curated {sum(len(s.items) for s in briefing.sections):,} statements, {len(briefing.people):,} people")
    result = Result(briefing, {}, collect_warnings(corpus, config))
    files = render_files(briefing, directory_urls)
    if out_dir is None:
        result.files = {path: data if isinstance(data, bytes) else b"".join(data) for path, data in files}
        say(f"rendered {len(result.files):,} files")
    else:
        # Each page is written (staged) as it is rendered and then let go: at 10,000 articles
        # the output is about 300 MiB, which holding whole would double the build's peak memory.
        result.report = write_outputs(out_dir, files)
        say(f"rendered {len(result.report.sizes):,} files")
    return result


def read_seeds(seeds: Path, today: dt.date | None) -> Corpus:
    if not seeds.is_dir():
        raise SeedsError("folder not found", str(seeds), "create it and put the article .txt files in it")
    return read_corpus(seeds, today=today)


def open_cache(cache_dir: Path | None, seeds: Path) -> FactsCache | None:
    """One cache per seeds folder inside ``cache_dir``, so pruning one corpus never empties another's."""
    if cache_dir is None:
        return None
    scope = hashlib.sha256(os.fsencode(seeds.resolve())).hexdigest()[:16]
    return FactsCache(cache_dir / scope)


def render_files(briefing: Briefing, directory_urls: bool) -> Iterator[tuple[str, Output]]:
    """Every generated file, one at a time: short pages as bytes, long ones and briefing.json in pieces."""
    for path, lines in iter_pages(briefing):
        yield path, encode_page(lines)
    yield JSON_NAME, iter_briefing_json(briefing, directory_urls)


STREAMED_LINES = 2000  # a page longer than this is encoded and written this many lines at a time


def encode_page(lines: Lines) -> Output:
    """The page's UTF-8 bytes; for a long page (index.md is 58 MiB at 10,000 articles), in pieces."""
    if len(lines) <= STREAMED_LINES:
        return page_text(lines).encode("utf-8")
    return ((("\n" if n else "") + "\n".join(lines[n:n + STREAMED_LINES])).encode("utf-8")
            for n in range(0, len(lines), STREAMED_LINES))


def collect_warnings(corpus: Corpus, config: Config) -> list[str]:
    """Every problem once, naming the file; under --strict these fail the build."""
    lines = [f"seeds/{p.file}: skipped: {p.reason}" for p in corpus.rejected]
    lines += [f"seeds/{p.file}: repaired: {p.reason}" for p in corpus.warnings]
    known = {a.file for a in corpus.articles} | {p.file for p in corpus.rejected}
    lines += [f"{config.path}: sources names {name!r}, which is not in seeds/" for name in config.sources
              if name not in known]
    return lines
