"""An article's text as hashed word 5-grams (shingles): what near-copies share."""

from __future__ import annotations

import re
import zlib
from array import array

SHINGLE = 5
WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str) -> frozenset[int]:
    words = WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return frozenset({_hash(" ".join(words))}) if words else frozenset()
    return frozenset(_hash(" ".join(words[i:i + SHINGLE])) for i in range(len(words) - SHINGLE + 1))


def _hash(text: str) -> int:
    """CRC-32: deterministic across runs (unlike hash()) and fast; rare collisions only blur Jaccard."""
    return zlib.crc32(text.encode())


def packed_shingles(text: str) -> bytes:
    """The shingles as sorted 32-bit values: about a tenth of a frozenset's memory, and sorted
    already, so an article's sketch is its first SKETCH values."""
    return array("I", sorted(shingles(text))).tobytes()
