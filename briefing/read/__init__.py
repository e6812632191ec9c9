"""Read the seeds folder into a Corpus: every file an Article or a Problem.

Reading is defensive: one bad file never stops the rest, and every problem is
reported once, in plain words, naming the file.

* Files: the folder and its subfolders, walked by ``folders.walk`` in the
  order of the bytes of each file's relative path; each file is read by the
  reader its kind names (plain text here; ``markdown``, ``html`` for saved
  pages, ``mail`` for ``.eml``), every other kind is listed as not read.
  Symlinks are rejected without touching their target (a file is opened
  with ``O_NOFOLLOW``, so a swap between listing and opening cannot slip one
  through); other non-regular entries (FIFOs, sockets) are rejected as "not a
  regular file", never opened for reading.  Names with control or bidi
  characters, or bytes that are not UTF-8, are rejected: such a name cannot
  be shown or linked safely.
* Bytes: a file over ``max_bytes`` is rejected from its size alone.  Binary
  data (known magic numbers, NUL bytes) is rejected.  UTF-8 is the norm; a
  UTF-8 BOM and CRLF/CR line ends are normalised *without* a warning, because
  nothing is lost.  UTF-16/32 with a BOM is decoded with a warning.  Legacy
  single-byte encodings are decoded only when ``charset-normalizer``
  (restricted to windows-1252/1250/1251 and KOI8-R) and our own plausibility
  check agree; otherwise the file is rejected.  A few stray invalid bytes in
  otherwise good UTF-8 become U+FFFD, with a warning giving their offsets.
* Text: control characters (except newline and tab), terminal escape
  sequences, bidi overrides/isolates and zero-width troublemakers are removed
  with one warning.  Zero-width (non-)joiners stay: scripts and emoji need
  them.  Form feeds, vertical tabs, NEL and Unicode line/paragraph separators
  become line breaks silently.
* Layout: an optional date line, the title, then the body.  If the body has
  blank lines they separate paragraphs and single newlines are wraps;
  otherwise each line is a paragraph.  A short line without final
  punctuation that has more text after it is a subheading.  A first line
  that reads as a paragraph is the lead, and the title is its first
  sentence; a dateline opening the first paragraph is kept apart.
* A paragraph with a "sentence" longer than ``MAX_SENTENCE_CHARS`` means the
  file has no sentence structure (say a megabyte on one line without full
  stops): it is rejected rather than shown as one unreadable block.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ..cache import FactsCache
from ..model import Article, Corpus, Problem
from .decode import clean, decode
from .files import Rejected, display, one_line, read_bytes, slugify
from .folders import KINDS, READERS, Entry, walk
from .layout import MAX_SENTENCE_CHARS, parse, sentence_id
from .published import dated_by_its_lines

__all__ = ["read_corpus", "read_article", "slugify", "sentence_id", "MAX_SENTENCE_CHARS"]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024

# One reader per kind: the file's bytes to an Article, or Rejected.
Reader = Callable[[bytes, str, str, dt.date, list[Problem]], Article]


def read_corpus(seeds_dir: Path, *, today: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                pages: FactsCache | None = None, skip: frozenset[Path] = frozenset()) -> Corpus:
    """Read every file in ``seeds_dir`` and its subfolders (sorted by the bytes of their paths).

    ``pages`` keeps what each saved page reads into between builds (see ``html.read_html``);
    entries of pages no longer in the folder are pruned.
    """
    today = today or dt.date.today()
    corpus = Corpus()
    used: set[str] = set()
    first_of_hash: dict[str, str] = {}  # sha256 -> file name of the accepted article
    ids: set[str] = set()
    for entry in walk(seeds_dir, skip):
        if isinstance(entry, Problem):
            corpus.rejected.append(entry)
            continue
        warnings: list[Problem] = []
        result = _read_entry(entry, today, max_bytes, warnings, first_of_hash, pages, used)
        if isinstance(result, Problem):
            corpus.rejected.append(result)
            continue
        first_of_hash[result.sha256] = result.file
        article_id = _unique(result.id, ids)
        ids.add(article_id)
        corpus.articles.append(result if article_id == result.id else replace(result, id=article_id))
        corpus.warnings.extend(warnings)
    if pages is not None:
        pages.prune(used)
    return corpus


def read_article(path: Path, seeds_dir: Path, *, today: dt.date | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES,
                 warnings: list[Problem] | None = None) -> Article | Problem:
    """Read one file of the seeds folder (or a subfolder): an Article, or a Problem saying why not.

    Repairs are appended to ``warnings`` (if given) as Problems.  The article id
    is the slug of the file's path; ``read_corpus`` makes ids unique.
    """
    sink: list[Problem] = [] if warnings is None else warnings
    root = os.path.realpath(seeds_dir)
    parent = os.path.realpath(path.parent)
    if os.path.commonpath([root, parent]) != root:
        return Problem(display(path.name), "outside the seeds folder, not read")
    name = Path(os.path.relpath(parent, root), path.name).as_posix().removeprefix("./")
    if path.is_symlink():
        return Problem(display(name), "symlink, not followed")
    reader = KINDS.get(os.path.splitext(path.name)[1].lower(), "")
    if reader not in READERS:
        return Problem(display(name), f"not read: {reader or 'unknown kind of file'}")
    return _read_entry(Entry(path, name, reader), today or dt.date.today(), max_bytes, sink, {})


def _read_entry(entry: Entry, today: dt.date, max_bytes: int, warnings: list[Problem],
                first_of_hash: dict[str, str], pages: FactsCache | None = None,
                used: set[str] | None = None) -> Article | Problem:
    """All steps for one file; any Rejected becomes the file's single Problem."""
    name = entry.name
    shown = display(name)
    local: list[Problem] = []
    try:
        if shown != name:
            raise Rejected("file name has control characters or is not UTF-8; rename it")
        data = read_bytes(entry.path, max_bytes)
        digest = hashlib.sha256(data).hexdigest()
        if digest in first_of_hash:
            raise Rejected(f"duplicate of {first_of_hash[digest]}")
        if entry.reader == "html":
            from .html import read_html  # loads trafilatura: only a folder with pages waits for it

            article = read_html(data, name, digest, today, local, pages, used)
        else:
            article = _reader(entry.reader)(data, name, digest, today, local)
    except Rejected as reject:
        return Problem(shown, one_line(str(reject)))
    except Exception as exc:  # noqa: BLE001
        # A bug or an odd file system must cost one file, never the whole
        # briefing; the reason names the exception so it can be reported.
        return Problem(shown, one_line(f"could not be read: {exc.__class__.__name__}: {exc}"))
    article = dated_by_its_lines(article, today, local, shown)
    warnings.extend(local)  # only kept files report repairs: a rejected one has one reason
    return article


def _reader(kind: str) -> Reader:
    """The reader for a kind of file. The others are imported when first needed: a saved page's
    reader loads trafilatura, which a folder of text files should not wait for."""
    if kind == "markdown":
        from .markdown import read_markdown
        return read_markdown
    if kind == "html":
        from .html import read_html
        return read_html  # without a cache
    if kind == "email":
        from .mail import read_email
        return read_email
    return _read_text


def _read_text(data: bytes, name: str, digest: str, today: dt.date, warnings: list[Problem]) -> Article:
    shown = display(name)
    return parse(clean(decode(data, shown, warnings), shown, warnings), name, digest, today, warnings)


def _unique(base: str, taken: set[str]) -> str:
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
