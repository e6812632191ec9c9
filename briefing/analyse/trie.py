"""A list of words or phrases as one regular expression factored by common prefixes.

"signed|signing|sign|signature" as written makes the regex engine try every
alternative at every position of a sentence; factored as one trie
("sign(?:ed|ing|ature)?") it rejects most positions after one character. The
action table and the date word lists are hundreds of entries, matched against
every sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


def trie_regex(words: Iterable[str], piece: Callable[[str], str] = re.escape) -> str:
    """An alternation of ``words`` factored by common prefixes; ``piece`` writes one character as regex.

    Longer words are tried before the shorter ones they extend, as a greedy
    optional group does, so the longest listed word at a place matches.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [piece(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)
