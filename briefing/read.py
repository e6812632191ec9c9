"""Read the seeds folder into a Corpus: every file an Article or a Problem.

Reading is defensive: one bad file never stops the rest, and every problem is
reported once, in plain words, naming the file.

* Files: every regular ``*.txt`` (any case) directly in the folder, sorted by
  the bytes of their names.  Symlinks are rejected without touching their
  target (the file is opened with ``O_NOFOLLOW``, so a swap between listing
  and opening cannot slip one through); other non-regular entries named
  ``*.txt`` (folders, FIFOs, sockets) are rejected as "not a regular file",
  never opened for reading.  Names with control or bidi characters, or bytes
  that are not UTF-8, are rejected: such a name cannot be shown or linked
  safely.
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
  punctuation that has more text after it is a subheading.
* A paragraph with a "sentence" longer than ``MAX_SENTENCE_CHARS`` means the
  file has no sentence structure (say a megabyte on one line without full
  stops): it is rejected rather than shown as one unreadable block.
"""

from __future__ import annotations

import codecs
import datetime as dt
import errno
import hashlib
import os
import re
import stat
from dataclasses import replace
from pathlib import Path

from .model import Article, Block, BlockKind, Corpus, Problem, Sentence
from .split import split_sentences

__all__ = ["read_corpus", "read_article", "slugify", "sentence_id", "MAX_SENTENCE_CHARS"]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_SENTENCE_CHARS = 20_000

# Subheading: at most this long, this many words, and no final punctuation.
_HEADING_MAX_CHARS = 80
_HEADING_MAX_WORDS = 12
_TITLE_MAX_CHARS = 2_000
# Stray invalid bytes are repaired only while they are at most 1 % of the file.
_STRAY_BYTES_PER_MILLE = 10
_SHOW_OFFSETS = 5


class _Reject(Exception):
    """Raised inside the per-file steps; the message is the one-line reason."""


# --------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------


def read_corpus(seeds_dir: Path, *, today: dt.date | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    """Read every ``*.txt`` file directly in ``seeds_dir`` (sorted by name bytes)."""
    today = today or dt.date.today()
    corpus = Corpus()
    first_of_hash: dict[str, str] = {}  # sha256 -> file name of the accepted article
    ids: set[str] = set()
    for name in _txt_names(seeds_dir):
        warnings: list[Problem] = []
        result = _read_named(seeds_dir, name, today, max_bytes, warnings, first_of_hash)
        if isinstance(result, Problem):
            corpus.rejected.append(result)
            continue
        first_of_hash[result.sha256] = result.file
        article_id = _unique(result.id, ids)
        ids.add(article_id)
        corpus.articles.append(result if article_id == result.id else replace(result, id=article_id))
        corpus.warnings.extend(warnings)
    return corpus


def read_article(path: Path, seeds_dir: Path, *, today: dt.date | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES,
                 warnings: list[Problem] | None = None) -> Article | Problem:
    """Read one file of the seeds folder: an Article, or a Problem saying why not.

    Repairs are appended to ``warnings`` (if given) as Problems.  The article id
    is the slug of the file name; ``read_corpus`` makes ids unique.
    """
    name = path.name
    sink: list[Problem] = [] if warnings is None else warnings
    if path.is_symlink():
        return Problem(_display(name), "symlink, not followed")
    if os.path.realpath(path.parent) != os.path.realpath(seeds_dir):
        return Problem(_display(name), "outside the seeds folder, not read")
    return _read_named(seeds_dir, name, today or dt.date.today(), max_bytes, sink, {})


def _txt_names(seeds_dir: Path) -> list[str]:
    with os.scandir(seeds_dir) as entries:
        names = [e.name for e in entries if e.name.lower().endswith(".txt")]
    return sorted(names, key=os.fsencode)


def _read_named(seeds_dir: Path, name: str, today: dt.date, max_bytes: int,
                warnings: list[Problem], first_of_hash: dict[str, str]) -> Article | Problem:
    """All steps for one file; any _Reject becomes the file's single Problem."""
    shown = _display(name)
    local: list[Problem] = []
    try:
        if shown != name:
            raise _Reject("file name has control characters or is not UTF-8; rename it")
        data = _read_bytes(seeds_dir / name, max_bytes)
        digest = hashlib.sha256(data).hexdigest()
        if digest in first_of_hash:
            raise _Reject(f"duplicate of {first_of_hash[digest]}")
        text = _clean(_decode(data, shown, local), shown, local)
        article = _parse(text, name, digest, today, local)
    except _Reject as reject:
        return Problem(shown, _one_line(str(reject)))
    except Exception as exc:  # noqa: BLE001
        # A bug or an odd file system must cost one file, never the whole
        # briefing; the reason names the exception so it can be reported.
        return Problem(shown, _one_line(f"could not be read: {exc.__class__.__name__}: {exc}"))
    warnings.extend(local)  # only kept files report repairs: a rejected one has one reason
    return article


def _unique(base: str, taken: set[str]) -> str:
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def slugify(stem: str) -> str:
    """File stem -> ``[a-z0-9-]`` id: lowercase, other runs -> '-', trimmed."""
    return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "article"


def sentence_id(text: str) -> str:
    """Stable anchor from the sentence's own words (whitespace-insensitive)."""
    # Folding whitespace is most of the cost; skip it when it would change
    # nothing: printable text has no whitespace but " " (no tabs, newlines or
    # no-break spaces), so then only doubled or outer spaces need folding.
    if not text.isprintable() or "  " in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    return "s-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


# --------------------------------------------------------------------------
# Bytes: open safely, size limit, binary sniffing, decoding
# --------------------------------------------------------------------------

_O_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing symlinks, non-regular files and oversize files."""
    try:
        info = os.lstat(path)
    except OSError as exc:
        raise _Reject(f"could not be read: {exc.strerror or exc.__class__.__name__}") from None
    if stat.S_ISLNK(info.st_mode):
        raise _Reject("symlink, not followed")
    if not stat.S_ISREG(info.st_mode):
        raise _Reject(f"not a regular file ({_kind(info.st_mode)})")
    try:
        fd = os.open(path, _O_FLAGS)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _Reject("symlink, not followed") from None
        raise _Reject(f"could not be read: {exc.strerror or exc.__class__.__name__}") from None
    try:
        info = os.fstat(fd)  # the file we actually opened
        if not stat.S_ISREG(info.st_mode):
            raise _Reject(f"not a regular file ({_kind(info.st_mode)})")
        if info.st_size > max_bytes:
            raise _Reject(f"too large: {_size(info.st_size)} (limit {_size(max_bytes, limit=True)})")
        data = _read_all(fd, max_bytes + 1)  # it may have grown since fstat
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise _Reject(f"too large: more than {_size(max_bytes, limit=True)}")
    return data


def _read_all(fd: int, limit: int) -> bytes:
    """Up to ``limit`` bytes; plain os.read avoids a buffered file object per file."""
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        chunk = os.read(fd, min(limit - size, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _kind(mode: int) -> str:
    for test, word in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"),
                       (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device")):
        if test(mode):
            return word
    return "special file"


def _size(n: int, *, limit: bool = False) -> str:
    """``50.0 MB`` for a measured size; a round limit without decimals, ``5 MB``."""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= scale:
            if limit and n % scale == 0:
                return f"{n // scale} {unit}"
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "PNG image"),
    (b"\xff\xd8\xff", 0, "JPEG image"),
    (b"GIF87a", 0, "GIF image"),
    (b"GIF89a", 0, "GIF image"),
    (b"%PDF-", 0, "PDF document"),
    (b"PK\x03\x04", 0, "ZIP archive (or an Office document)"),
    (b"PK\x05\x06", 0, "ZIP archive"),
    (b"\x1f\x8b", 0, "gzip archive"),
    (b"BZh", 0, "bzip2 archive"),
    (b"\xfd7zXZ\x00", 0, "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "old Office document"),
    (b"\x7fELF", 0, "program (ELF)"),
    (b"MZ\x90\x00", 0, "Windows program"),
    (b"SQLite format 3\x00", 0, "SQLite database"),
    (b"OggS", 0, "Ogg audio/video"),
    (b"ID3", 0, "MP3 audio"),
    (b"fLaC", 0, "FLAC audio"),
    (b"RIFF", 0, "RIFF media (WAV/AVI/WebP)"),
    (b"II*\x00", 0, "TIFF image"),
    (b"MM\x00*", 0, "TIFF image"),
    (b"wOFF", 0, "web font"),
    (b"ftyp", 4, "MP4/MOV video"),
)

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)


def _decode(data: bytes, shown: str, warnings: list[Problem]) -> str:
    """Bytes -> str, or _Reject with what the bytes are."""
    for magic, offset, what in _MAGIC:
        if data.startswith(magic, offset) and (not magic.isascii() or _binary_head(data)):
            raise _Reject(f"not text: {what}")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _decode_utf16_32(data[len(bom):], codec, label, shown, warnings)
    if b"\x00" in data:
        return _decode_without_bom(data, shown, warnings)
    try:
        return data.decode("utf-8")  # the common case; a UTF-8 BOM is dropped in _clean
    except UnicodeDecodeError:
        return _decode_damaged(data, shown, warnings)


def _binary_head(data: bytes) -> bool:
    """Confirms an all-ASCII magic number ("ID3", "RIFF"...): a real text may begin so."""
    head = data[:1024]
    if b"\x00" in head:
        return True
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start < len(head) - 3  # not just a character cut at the 1 KB edge
    return False


def _decode_utf16_32(body: bytes, codec: str, label: str, shown: str, warnings: list[Problem]) -> str:
    try:
        text = body.decode(codec)
    except UnicodeDecodeError:
        raise _Reject(f"not text: invalid {label} after a {label} byte-order mark") from None
    warnings.append(Problem(shown, f"decoded as {label}"))
    return text


def _decode_without_bom(data: bytes, shown: str, warnings: list[Problem]) -> str:
    """NUL bytes: UTF-16 without a BOM if every other byte is NUL, else binary."""
    if len(data) % 2 == 0 and len(data) >= 4:
        odd, even = data[1::2], data[0::2]
        for codec, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
            # Mostly-Latin UTF-16: nearly all high bytes are NUL, no low byte is.
            if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) == 0:
                try:
                    text = data.decode(codec)
                except UnicodeDecodeError:
                    break
                warnings.append(Problem(shown, "decoded as UTF-16 (no byte-order mark)"))
                return text
    raise _Reject("not text: binary data (NUL bytes)")


def _decode_damaged(data: bytes, shown: str, warnings: list[Problem]) -> str:
    """Not valid UTF-8: a legacy encoding, UTF-8 with a few stray bytes, or unknown."""
    bad = _invalid_utf8_offsets(data)
    replaced = data.decode("utf-8", errors="replace")
    non_ascii = len(replaced) - len(replaced.encode("ascii", "ignore"))
    good_multibyte = non_ascii - replaced.count("\ufffd")
    # Legacy text almost never contains valid UTF-8 sequences; damaged UTF-8 does.
    if good_multibyte == 0 or len(bad) > 8 * good_multibyte:
        legacy = _decode_legacy(data)
        if legacy is not None:
            text, label = legacy
            warnings.append(Problem(shown, f"decoded as {label}"))
            return text
    if len(bad) * 1000 <= len(data) * _STRAY_BYTES_PER_MILLE:
        warnings.append(Problem(shown, _stray_bytes_reason(bad)))
        return replaced
    raise _Reject("not UTF-8 text (could not tell the encoding)")


def _invalid_utf8_offsets(data: bytes) -> list[int]:
    """Byte offsets of invalid UTF-8 sequences (each counted once)."""
    offsets: list[int] = []
    view = memoryview(data)
    pos = 0
    limit = len(data) // 50 + 10  # past ~2 % the file is not "a few stray bytes"
    while len(offsets) < limit:
        try:
            # A memoryview slice is not a copy, and decoding stops at the next
            # error, so the whole loop reads each byte about once.
            codecs.utf_8_decode(view[pos:], "strict", True)
            break
        except UnicodeDecodeError as exc:
            offsets.append(pos + exc.start)
            pos += exc.end
    return offsets


def _stray_bytes_reason(bad: list[int]) -> str:
    shown = ", ".join(str(b) for b in bad[:_SHOW_OFFSETS])
    more = f" and {len(bad) - _SHOW_OFFSETS} more" if len(bad) > _SHOW_OFFSETS else ""
    noun = "byte" if len(bad) == 1 else "bytes"
    return f"invalid UTF-8 at {noun} {shown}{more} (replaced with U+FFFD)"


_LEGACY = {"cp1252": "windows-1252", "cp1250": "windows-1250", "cp1251": "windows-1251", "koi8_r": "KOI8-R"}


def _decode_legacy(data: bytes) -> tuple[str, str] | None:
    """(text, label) when a legacy encoding is confidently detected, else None.

    charset-normalizer ranks the few encodings we accept; we then require low
    "chaos", a recognised language (or all candidates agreeing on the text),
    and words that do not mix scripts, which is how mojibake shows.
    """
    try:
        from charset_normalizer import from_bytes  # slow import: only for the rare legacy file
    except ImportError:  # it comes with mkdocs-material (via requests); without it, no guessing
        return None

    results = list(from_bytes(data, cp_isolation=list(_LEGACY)))
    if not results:
        return None
    best = results[0]
    if best.encoding not in _LEGACY or best.chaos > 0.1:
        return None
    text = str(best)
    texts = {str(r) for r in results if r.chaos <= 0.1}
    if best.coherence < 0.2 and len(texts) > 1:
        return None  # too little text to tell the candidates apart
    if not _plausible(text):
        return None
    # Equal text from windows-1252 is the same file: name the common encoding.
    label = _LEGACY[best.encoding]
    if best.encoding == "cp1250" and _same_as(data, "cp1252", text):
        label = "windows-1252"
    return text, label


def _same_as(data: bytes, codec: str, text: str) -> bool:
    try:
        return data.decode(codec) == text
    except UnicodeDecodeError:
        return False


_WORD = re.compile(r"[^\W\d_]+")


def _plausible(text: str) -> bool:
    """At most 1 word in 20 mixes Latin and Cyrillic letters (mojibake does, real text hardly ever)."""
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    if not words:
        return True
    mixed = sum(1 for w in words if _mixes_scripts(w))
    return mixed * 20 <= len(words)


def _mixes_scripts(word: str) -> bool:
    latin = any("a" <= ch.lower() <= "z" or "\u00c0" <= ch <= "\u024f" for ch in word)
    cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in word)
    return latin and cyrillic


# --------------------------------------------------------------------------
# Text clean-up: line ends, invisible and control characters
# --------------------------------------------------------------------------

# Line-break characters other than "\n", and what they become.  A paragraph
# separator is a blank line; the others are plain line breaks.
_LINE_BREAKS = (("\r\n", "\n"), ("\r", "\n"), ("\x0b", "\n"), ("\x0c", "\n"), ("\x85", "\n"),
                ("\u2028", "\n"), ("\u2029", "\n\n"))
# Terminal escape sequences: CSI (colours, cursor moves), OSC (titles, links;
# only when terminated on the same line, so a stray one cannot eat the text),
# and two-character escapes.  The classes are disjoint: matching is linear.
_ESCAPE = r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]"
_CONTROL = r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]"  # ESC too, when not part of a sequence
_BIDI = r"[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]"
# Zero-width space, word joiner and friends, BOMs inside the text, soft hyphens,
# interlinear annotations and tag characters (used to smuggle hidden text).
_INVISIBLE = r"[\u200b\u2060-\u2064\ufeff\u00ad\u180e\ufff9-\ufffb\U000e0000-\U000e007f]"
_STRIP = re.compile(f"(?P<esc>{_ESCAPE})|(?P<ctl>{_CONTROL})|(?P<bidi>{_BIDI})|(?P<inv>{_INVISIBLE})")
# One character class covering every match of _STRIP (ESC is a control):
# scanning with it is several times faster than with the alternation.
_SUSPECT = re.compile("[" + _CONTROL[1:-1] + _BIDI[1:-1] + _INVISIBLE[1:-1] + "]")

_STRIP_WORDS = {
    "esc": ("terminal escape sequence", "terminal escape sequences"),
    "ctl": ("control character", "control characters"),
    "bidi": ("bidirectional-override character", "bidirectional-override characters"),
    "inv": ("invisible zero-width character", "invisible zero-width characters"),
}


def _clean(text: str, shown: str, warnings: list[Problem]) -> str:
    """Normalise line ends (silently) and strip invisible troublemakers (with a warning)."""
    if text.startswith("\ufeff"):
        text = text[1:]  # a BOM is an encoding mark, not content: no warning
    if text.replace("\n", " ").replace("\t", " ").isprintable():
        return text  # the common case, checked at C speed: the regexes below cost 50x more
    text = _normalise_line_breaks(text)
    if _SUSPECT.search(text) is None:
        return text  # e.g. no-break spaces or joiners: not printable, but nothing to strip
    counts = dict.fromkeys(_STRIP_WORDS, 0)

    def drop(match: re.Match[str]) -> str:
        counts[match.lastgroup or "ctl"] += 1
        return ""

    cleaned = _STRIP.sub(drop, text)
    if cleaned.strip():  # an empty result is reported as an empty file, not as a repair
        parts = [f"{n} {_STRIP_WORDS[k][n != 1]}" for k, n in counts.items() if n]
        warnings.append(Problem(shown, "removed " + _join(parts)))
    if counts["ctl"] > 16 and counts["ctl"] * 10 > len(text):
        # Text does not consist of control bytes: this is binary data that happens to decode.
        raise _Reject("not text: binary data (mostly control characters)")
    return cleaned


def _normalise_line_breaks(text: str) -> str:
    """CRLF, CR, VT, FF, NEL, U+2028 -> "\\n"; U+2029 -> a blank line.  Loses nothing."""
    for old, new in _LINE_BREAKS:
        if old in text:
            text = text.replace(old, new)
    return text


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


# --------------------------------------------------------------------------
# Layout: date line, title, paragraphs, subheadings
# --------------------------------------------------------------------------

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
# "date 2024-09-14" at the start of the first line; the title may follow on it.
_ISO_LINE = re.compile(r"\s*(?:date\b\s*:?\s*)?(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?=\s|$)", re.I)
# A line that is only a written-out date: "Date: 14 September 2024", "September 14, 2024".
_WORDS_LINE = re.compile(
    rf"\s*(?:date\b\s*:?\s*)?{_WEEKDAY}(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}}))\s*$",
    re.I,
)
# Sentence-final (or continuing) punctuation, optionally closed by quotes or brackets.
_FINAL_PUNCT = re.compile(r"[.!?…:;,。！？：；，][”’\"')\]}»›」』）]*$")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line with its surrounding whitespace excluded.

    A blank line gives an empty span (start == end).
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        lead = len(line) - len(line.lstrip())
        if lead == len(line):
            spans.append((start, start))
        else:
            spans.append((start + lead, start + len(line.rstrip())))
        start += len(line) + 1
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span to exclude surrounding whitespace."""
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + len(piece.rstrip())


def _parse(text: str, name: str, digest: str, today: dt.date, warnings: list[Problem]) -> Article:
    if not text.strip():
        raise _Reject("empty file")
    lines = _lines(text)
    filled = [i for i, (s, e) in enumerate(lines) if e > s]
    shown = _display(name)
    date, title_at, title_span = _date_and_title(text, lines, filled, shown, today, warnings)
    body = [i for i in filled if i > title_at]
    if title_span is None:
        raise _Reject("date line but no title or body text")
    _check_title_length(text, title_span)
    if not body:
        raise _Reject("title but no body text")
    spans = [("title", title_span)] + _body_blocks(text, lines, body)
    blocks = _blocks(text, spans)
    title = " ".join(text[title_span[0]:title_span[1]].split())
    return Article(
        id=slugify(os.path.splitext(name)[0]),
        file=name,
        title=title,
        date=date,
        date_note="date line in the file" if date else "undated",
        sha256=digest,
        text=text,
        blocks=blocks,
    )


def _check_title_length(text: str, span: tuple[int, int]) -> None:
    """A first line of thousands of characters is no title: say what it is instead."""
    length = span[1] - span[0]
    if length <= _TITLE_MAX_CHARS:
        return
    longest = max(e - s for s, e in split_sentences(text[span[0]:span[1]]))
    if longest > MAX_SENTENCE_CHARS:
        raise _Reject(f"no sentence structure: {longest:,} characters without a sentence break")
    raise _Reject(f"no title: the first line is {length:,} characters long")


def _date_and_title(text: str, lines: list[tuple[int, int]], filled: list[int], shown: str,
                    today: dt.date, warnings: list[Problem]
                    ) -> tuple[dt.date | None, int, tuple[int, int] | None]:
    """(date, index of the title line, title span) from the first non-empty lines."""
    first = filled[0]
    start, end = lines[first]
    line = text[start:end]
    iso = _ISO_LINE.match(line)
    if iso:
        date = _checked_date(iso.group("y"), iso.group("m"), iso.group("d"),
                             line[iso.start("y"):iso.end("d")], shown, today, warnings)
        rest = _trim(text, start + iso.end(), end)
        if rest[1] > rest[0]:
            return date, first, rest  # " date 2024-09-14 Title here"
        return date, *_next_title(lines, filled, first)
    words = _WORDS_LINE.match(line) if len(line) <= 60 else None
    if words:
        g = words.groupdict()
        day, month, year = (g["d1"], g["m1"], g["y1"]) if g["d1"] else (g["d2"], g["m2"], g["y2"])
        month_no = str(_MONTHS[month.lower().rstrip(".")])
        shown_date = line.strip()
        if shown_date.lower().startswith("date"):
            shown_date = shown_date[4:].lstrip(" :\t")
        date = _checked_date(year, month_no, day, shown_date, shown, today, warnings)
        return date, *_next_title(lines, filled, first)
    return None, first, lines[first]


def _next_title(lines: list[tuple[int, int]], filled: list[int], date_at: int
                ) -> tuple[int, tuple[int, int] | None]:
    later = [i for i in filled if i > date_at]
    if not later:
        return date_at, None
    return later[0], lines[later[0]]


def _checked_date(year: str, month: str, day: str, written: str, shown: str, today: dt.date,
                  warnings: list[Problem]) -> dt.date | None:
    """A real date not after today, else None with a warning (the article is undated)."""
    try:
        date = dt.date(int(year), int(month), int(day))
    except ValueError:
        warnings.append(Problem(shown, f"impossible date {written} (treated as undated)"))
        return None
    if date > today:
        warnings.append(Problem(shown, f"date {written} is in the future (treated as undated)"))
        return None
    return date


def _body_blocks(text: str, lines: list[tuple[int, int]], body: list[int]
                 ) -> list[tuple[BlockKind, tuple[int, int]]]:
    """(kind, span) of each paragraph or subheading of the body."""
    first, last = body[0], body[-1]
    blank_separated = len(body) < last - first + 1  # some blank line inside the body
    if blank_separated:
        chunks: list[list[int]] = []
        previous = -2
        for i in body:
            if i == previous + 1:
                chunks[-1].append(i)
            else:
                chunks.append([i])
            previous = i
        spans = [(lines[c[0]][0], lines[c[-1]][1]) for c in chunks]
        single = [len(c) == 1 for c in chunks]
    else:
        spans = [lines[i] for i in body]
        single = [True] * len(spans)
    blocks: list[tuple[BlockKind, tuple[int, int]]] = []
    for n, span in enumerate(spans):
        more_follows = n + 1 < len(spans)
        heading = single[n] and more_follows and _looks_like_heading(text[span[0]:span[1]])
        blocks.append(("heading" if heading else "paragraph", span))
    return blocks


def _looks_like_heading(line: str) -> bool:
    """Short, no final punctuation, starts with a capital or digit: a subheading."""
    if len(line) > _HEADING_MAX_CHARS or len(line.split()) > _HEADING_MAX_WORDS:
        return False
    if _FINAL_PUNCT.search(line):
        return False
    letters = [ch for ch in line if ch.isalpha()]
    return bool(letters) and not letters[0].islower()


def _blocks(text: str, spans: list[tuple[BlockKind, tuple[int, int]]]) -> tuple[Block, ...]:
    seen: dict[str, int] = {}
    blocks: list[Block] = []
    for index, (kind, (start, end)) in enumerate(spans):
        sentences = []
        for s, e in split_sentences(text[start:end]):
            if e - s > MAX_SENTENCE_CHARS:
                raise _Reject(f"no sentence structure: {e - s:,} characters without a sentence break")
            piece = text[start + s:start + e]
            sentences.append(Sentence(_numbered(sentence_id(piece), seen), piece, start + s, start + e, index))
        blocks.append(Block(kind, tuple(sentences)))
    return tuple(blocks)


def _numbered(base: str, seen: dict[str, int]) -> str:
    """``base``, or ``base-2``, ``base-3``... for repeats within one article."""
    n = seen.get(base, 0) + 1
    seen[base] = n
    return base if n == 1 else f"{base}-{n}"


# --------------------------------------------------------------------------
# Names and reasons fit for one log line
# --------------------------------------------------------------------------

_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _display(name: str) -> str:
    """The name with control, bidi and undecodable characters shown as '?'."""
    return _UNSAFE.sub("?", name)


def _one_line(reason: str) -> str:
    return " ".join(_UNSAFE.sub("?", reason).split())
