"""What the curation file adds to the corpus, and what curation notes about it: dates, near-copies."""

from __future__ import annotations

import dataclasses

from ..model import Config, Corpus, Problem


def apply_metadata(corpus: Corpus, config: Config) -> Corpus:
    """Fill a missing article date from the curation file, saying so."""
    articles = []
    for a in corpus.articles:
        meta = config.sources.get(a.file)
        if a.date is None and meta and meta.date:
            how = f": {meta.date_note}" if meta.date_note else " (the file has no date)"
            a = dataclasses.replace(a, date=meta.date, date_note=f"from {config.path}{how}")
        articles.append(a)
    return dataclasses.replace(corpus, articles=articles)


def note_copies(corpus: Corpus, copies: dict[str, tuple[str, float]]) -> Corpus:
    """Report each near-duplicate once; it stays readable but confirms nothing."""
    files = {a.id: a.file for a in corpus.articles}
    notes = [Problem(files[copy], f"near-duplicate of {files[original]} ({score:.0%} the same text); "
                     "not counted as independent confirmation")
             for copy, (original, score) in sorted(copies.items())]
    return dataclasses.replace(corpus, warnings=sorted(corpus.warnings + notes, key=lambda p: (p.file, p.reason)))


def date_copies(corpus: Corpus, copies: dict[str, tuple[str, float]]) -> Corpus:
    """Give each near-copy the date of the article it copies, and say so.

    A spam mirror re-posts a report months later under its own date: its
    "on Wednesday" is the original's Wednesday, never the mirror's. The
    original never takes the copy's date.
    """
    by_id = {a.id: a for a in corpus.articles}
    articles = []
    for a in corpus.articles:
        original = by_id[copies[a.id][0]] if a.id in copies else None
        if original is not None and original.date != a.date:
            own = a.date.isoformat() if a.date else "none"
            note = f"the date of {original.file}, which this article copies (its own date: {own})"
            a = dataclasses.replace(a, date=original.date, date_note=note)
        articles.append(a)
    return dataclasses.replace(corpus, articles=articles)
