"""Bytes to text: binary sniffing, byte-order marks, legacy encodings, stray bytes, invisible characters."""

from __future__ import annotations

import codecs
import re

from ..model import Problem
from .files import Rejected

# Stray invalid bytes are repaired only while they are at most 1 % of the file.
_STRAY_BYTES_PER_MILLE = 10
_SHOW_OFFSETS = 5


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


def decode(data: bytes, shown: str, warnings: list[Problem]) -> str:
    """Bytes -> str, or Rejected with what the bytes are."""
    refuse_binary(data)
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _decode_utf16_32(data[len(bom):], codec, label, shown, warnings)
    if b"\x00" in data:
        return _decode_without_bom(data, shown, warnings)
    try:
        return data.decode("utf-8")  # the common case; a UTF-8 BOM is dropped in _clean
    except UnicodeDecodeError:
        return _decode_damaged(data, shown, warnings)


def refuse_binary(data: bytes) -> None:
    """Rejected("not text: <what>") when the bytes start as a known binary format does."""
    for magic, offset, what in _MAGIC:
        if data.startswith(magic, offset) and (not magic.isascii() or _binary_head(data)):
            raise Rejected(f"not text: {what}")


def decode_with_bom(data: bytes, shown: str, warnings: list[Problem]) -> str | None:
    """The text of a file that opens with a UTF-16/32 byte-order mark, else None."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _decode_utf16_32(data[len(bom):], codec, label, shown, warnings)
    return None


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
        raise Rejected(f"not text: invalid {label} after a {label} byte-order mark") from None
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
    raise Rejected("not text: binary data (NUL bytes)")


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
    raise Rejected("not UTF-8 text (could not tell the encoding)")


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


def clean(text: str, shown: str, warnings: list[Problem]) -> str:
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
        raise Rejected("not text: binary data (mostly control characters)")
    return cleaned


def _normalise_line_breaks(text: str) -> str:
    """CRLF, CR, VT, FF, NEL, U+2028 -> "\\n"; U+2029 -> a blank line.  Loses nothing."""
    for old, new in _LINE_BREAKS:
        if old in text:
            text = text.replace(old, new)
    return text


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


