"""The pipeline, stage by stage: read, analyse, curate, derive, render, write.

``build()`` is the table of contents: one verb-named call per stage. The
whole model is made before anything is written, so a failure in any stage
leaves the previous output as it was.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .analyse.extract import Extractor, Progress, extract_all, rereader
from .cache import FactsCache, code_fingerprint, sweep_cache
from .config import load_config
from .curate.assemble import Setting
from .curate.copies import find_copies, own_lines_dated
from .curate.event_sections import settle_sections
from .curate.named_days import dated_by_named_events
from .curate.passing import in_passing
from .curate.people import corpus_people, name_finder
from .curate.phases import by_phase
from .curate.relevance import off_story, reaches, sightings
from .curate.sections import build_sections
from .curate.sources import apply_metadata, date_by_datelines, date_copies, dated_elsewhen, note_copies
from .curate.statements import build_lexicon, display_names, make_statements, placing_rules, story_parties
from .curate.unplaced import place_unplaced
from .curate.unused import unused_entries
from .derive.background import story_start, with_background
from .derive.differences import find_discrepancies
from .derive.key_points import highlights, pick_key_points
from .derive.latest import first_reported, latest
from .derive.order import in_date_order
from .derive.quotes import collect_quotes
from .derive.tables import build_registers, table_warnings
from .derive.timeline import build_timeline
from .errors import SeedsError
from .executor import Executor, Mapper, opened
from .faults import pause
from .model import Briefing, Citation, Config, Corpus, Person, Section, Statement
from .read import read_corpus
from .render import render_files
from .write import WriteReport, recover, write_outputs

CACHE = ".cache/briefing"  # the extraction cache, under the project folder (git-ignored)


@dataclass
class Result:
    briefing: Briefing
    files: dict[str, bytes]  # the generated files, when the build writes none (out_dir None)
    warnings: list[str] = field(default_factory=list)  # one line per problem, for the log
    report: WriteReport | None = None


@dataclass(frozen=True)
class Curated:
    """What curation hands to derivation: the corpus as noted, its people, statements and sections."""

    corpus: Corpus
    people: list[Person]
    statements: list[Statement]
    sections: list[Section]
    other: Section  # what no section claims, clustered like a section
    copies: dict[str, str]  # article id -> the article it copies
    off_story: dict[str, str]  # article id -> why it is about another story
    notes: list[tuple[str, str]] = field(default_factory=list)  # (file, problem) of the curation file


def build(seeds: Path, config_path: Path | Config, out_dir: Path | None, *, directory_urls: bool = True,
          today: dt.date | None = None, progress: Progress | None = None, cache_dir: Path | None = None,
          workers: int = 1, skip: frozenset[Path] = frozenset(), executor: Executor | None = None) -> Result:
    """Seeds to pages. ``config_path`` is the curation file, or a Config already made;
    ``cache_dir`` keeps per-article extraction between runs (None: no cache); ``workers``
    processes share the extraction of articles not in the cache, or ``executor`` names a Dask
    cluster whose workers do (connected first, so a wrong address fails at once); ``out_dir`` None writes nothing
    and returns the files instead; ``skip`` are files and folders inside ``seeds`` that are not articles (the
    project's own, when the articles lie in the project folder)."""
    say = progress or (lambda _: None)
    if out_dir is not None:
        recover(out_dir)  # first, whatever happens next: a swap a killed build began is finished
    pause("start")
    with no_cycle_collection(), opened(executor, code_fingerprint) as mapper:
        if executor and mapper:
            say(f"extraction on the Dask cluster at {executor.scheduler}")
        config = config_path if isinstance(config_path, Config) else load_config(config_path)
        corpus = read_seeds(seeds, today, open_cache(cache_dir, seeds, "pages"), skip)
        say(f"read {len(corpus.articles):,} articles ({len(corpus.rejected)} skipped)")
        for p in corpus.rejected:
            if p.quiet:
                say(f"seeds/{p.file}: skipped: {p.reason}")
        pause("read")
        curated = curate(corpus, config, open_cache(cache_dir, seeds), workers, say, mapper)
        pause("curated")
        briefing = derive(curated, config)
        # The briefing holds citations, not statements: their frames, dates and participants go before the
        # pages are rendered (a few hundred MiB at 10,000 articles).
        del curated
        say(f"curated {sum(len(s.items) for s in briefing.sections):,} statements, {len(briefing.people):,} people")
        result = Result(briefing, {}, collect_warnings(corpus, config, briefing))  # the files as read: a near-copy
        # is no fault
        files = render_files(briefing, directory_urls)
        if out_dir is None:
            result.files = {path: data if isinstance(data, bytes) else b"".join(data) for path, data in files}
        else:
            # Each page is staged as it is rendered and then let go: at 10,000 articles the output
            # is about 300 MiB, which holding whole would double the build's peak memory.
            result.report = write_outputs(out_dir, files)
        say(f"rendered {len(result.files) if out_dir is None else len(result.report.sizes):,} files")  # type: ignore[union-attr]
        return result


def curate(corpus: Corpus, config: Config, cache: FactsCache | None, workers: int, say: Progress,
           mapper: Mapper | None = None) -> Curated:
    """Analyse every article (the per-article map, here or by ``mapper`` on a cluster), then what needs the
    whole corpus: near-copies, people, statements and the sections they are clustered into."""
    corpus = apply_metadata(corpus, config)
    # judged on the dateline as written, before a year is found for it: a year the lead's weekdays rule out is
    # another year's report, even when the article's own dates then say which year that is
    elsewhen = dated_elsewhen(corpus)
    corpus = date_by_datelines(corpus)
    copies = find_copies(corpus.articles)
    own_dates = {a.id: a.date for a in corpus.articles}
    corpus = date_copies(note_copies(corpus, copies), copies)  # before extraction: a copy's dates are its original's
    ex = Extractor(name_finder(config))
    facts = extract_all(corpus.articles, ex, cache, workers, say, mapper)
    facts = own_lines_dated(corpus.articles, facts, copies, own_dates, rereader(ex, facts))  # ... but for its own lines
    facts = dated_by_named_events(corpus.articles, facts, copies)
    people = corpus_people(corpus, facts, config)
    per_sentence = [f.sentences for f in facts]
    del facts  # words and name candidates are done with: at 10,000 articles they are hundreds of MiB
    statements, tokens = make_statements(corpus, per_sentence, build_lexicon(config), people, placing_rules(config))
    del per_sentence
    ids = [a.id for a in corpus.articles]
    parties, sides = story_parties(config, people)
    excluded = off_story(ids, tokens.per_article(statements, len(ids)), parties, sides, sightings(statements, len(ids)),
                         in_passing(statements, len(ids)),
                         reaches(statements, len(ids), parties, {i for i, a in enumerate(ids) if a in copies}))
    excluded = {**elsewhen, **excluded} if parties else excluded
    origin = {copy: original for copy, (original, _) in copies.items()}
    setting = Setting(origin, display_names(config, people))
    statements = settle_sections(statements, excluded)  # one event's reports in one section
    statements = by_phase(statements, placing_rules(config), excluded)  # ... and a phase's reports in its section
    statements = place_unplaced(statements, tokens.sets, tokens.idf(), excluded)  # ... and reports like a placed one
    sections, other = build_sections(statements, tokens, config.sections, setting, excluded)
    return Curated(corpus, people, statements, sections, other, origin, excluded, curation_notes(corpus, config))


def curation_notes(corpus: Corpus, config: Config) -> list[tuple[str, str]]:
    """What in the curation file does nothing: entries no article uses, table columns no event can fill."""
    return [(config.path, line) for line in (*unused_entries(corpus, config), *table_warnings(config.sections))]


def derive(c: Curated, config: Config) -> Briefing:
    """The briefing: the curated sections and everything derived from them, each by a pure function."""
    as_of = max((a.date for a in c.corpus.articles if a.date), default=None)
    published = {a.id: a.date for a in c.corpus.articles}
    sections = in_date_order(with_background(c.sections, story_start(c.sections, as_of, published)), c.corpus)
    cited: dict[tuple[str, str], Citation] = {
        (ref.source, ref.sentence): ref for s in (*c.sections, c.other) for item in s.items for ref in item.citations}
    unplaced = [cited[(s.source, s.sentence.id)] for s in c.statements
                if s.section is None or s.source in c.off_story]
    labels = {(s.source, s.sentence.id) for s in c.statements if s.label}
    # Other reporting is compared too, so that a disagreement there is shown; an article on another story is not.
    other = dataclasses.replace(c.other, items=tuple(e for e in c.other.items
                                                     if any(src not in c.off_story for src in e.sources)))
    as_of = max((a.date for a in c.corpus.articles if a.date), default=None)
    first = first_reported(sections, c.corpus)
    return Briefing(
        title=config.title,
        description=config.description,
        as_of=as_of,
        corpus=c.corpus,
        sections=sections,
        key_points=pick_key_points(sections, config.key_points, labels),
        unplaced=unplaced,
        outlets=_per_article(c.corpus, config, "outlet"),
        urls=_per_article(c.corpus, config, "url"),
        people=c.people,
        quotes=collect_quotes(c.statements, cited),
        discrepancies=find_discrepancies([*sections, other], {(s.source, s.sentence.id): s for s in c.statements}),
        timeline=build_timeline(sections),
        registers=build_registers(sections, config.sections),
        copies=c.copies,
        off_story=c.off_story,
        curation_notes=c.notes,
        first_reported=first,
        latest=latest(sections, first, c.corpus, as_of, config.latest_days),
        highlights=highlights(sections, config.events_per_section, labels),
    )


def _per_article(corpus: Corpus, config: Config, key: str) -> dict[str, str]:
    """The outlet or address of each article: the curation file's, else what the file itself says."""
    found = {}
    for a in corpus.articles:
        meta = config.sources.get(a.file)
        value = (getattr(meta, key) if meta else "") or getattr(a, key)
        if meta or value:
            found[a.id] = value
    return found


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


def read_seeds(seeds: Path, today: dt.date | None, pages: FactsCache | None = None,
               skip: frozenset[Path] = frozenset()) -> Corpus:
    if not seeds.is_dir():
        raise SeedsError("folder not found", str(seeds), "create it and put the articles in it (.txt, .md, .html)")
    return read_corpus(seeds, today=today, pages=pages, skip=skip)


def open_cache(cache_dir: Path | None, seeds: Path, part: str = "") -> FactsCache | None:
    """One cache per seeds folder inside ``cache_dir``, so pruning one corpus never empties another's;
    ``part`` "pages" is the one for what saved pages read into, pruned apart from the extraction's.

    The temporary files of entries a killed build was writing are removed
    first (a concurrent build may lose an entry it was writing: a miss, no
    more)."""
    if cache_dir is None:
        return None
    sweep_cache(cache_dir)
    scope = hashlib.sha256(os.fsencode(seeds.resolve())).hexdigest()[:16]
    return FactsCache(cache_dir / scope / part if part else cache_dir / scope)


def collect_warnings(corpus: Corpus, config: Config, briefing: Briefing | None = None) -> list[str]:
    """Every problem once, naming the file; under --strict these fail the build."""
    lines = list(config.warnings)
    lines += [f"{file}: {problem}" for file, problem in (briefing.curation_notes if briefing else ())]
    lines += [f"seeds/{p.file}: skipped: {p.reason}" for p in corpus.rejected if not p.quiet]
    lines += [f"seeds/{p.file}: repaired: {p.reason}" for p in corpus.warnings]
    known = {a.file for a in corpus.articles} | {p.file for p in corpus.rejected}
    lines += [f"{config.path}: sources names {name!r}, which is not in seeds/" for name in config.sources
              if name not in known]
    return lines
