"""English stems (Snowball), for the sentence readers that compare words by their stem: "signed" and "signing" for
similarity (``tokens``), "crashed" and "the crash" for narrative time (``dates``)."""

from __future__ import annotations

import snowballstemmer

_STEM = snowballstemmer.stemmer("english")
_STEMS: dict[str, str] = {}  # news reuses its words: stem each once (pure-Python Snowball is slow)
_STEMS_MAX = 500_000


def stem(word: str) -> str:
    found = _STEMS.get(word)
    if found is None:
        if len(_STEMS) >= _STEMS_MAX:
            _STEMS.clear()
        found = _STEMS[word] = _STEM.stemWord(word)
    return found
