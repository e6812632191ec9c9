"""Name candidates, sentence by sentence.

1. **Vocabulary.**  Every word written in lower case anywhere in the corpus is
   collected.  A capitalised word that also occurs in lower case ("Security",
   "Strategic", "Harvest") is an ordinary word: a candidate made only of such
   words is dropped (unless it starts with a known given name), and a
   sentence-initial word of that kind is cut off ("Concluding ...").

2. **Candidates.**  Capitalised tokens that touch (only spaces between them;
   a dot only after an initial) form runs; possessives ("Russia's") end a run.
   Runs are split at stop words: function words, months, weekdays, countries,
   cities and regions, demonyms, organisation/place/event words ("Council",
   "Street", "Hurricane"), acronyms ("DPRK") and title words ("Deputy",
   "Minister"; a title word counts as one only when a name follows it, so
   "John Major" keeps "Major").  A few stop words read as a name after a
   name token ("Theresa May", "Michael Jordan").  Particles may stand inside
   a name ("bin", "van", "de") and hyphenated parts are one token
   ("Jong-un", "al-Assad").  2-4 capitalised tokens make a full-name
   candidate, one token a surname candidate; longer runs are dropped.  In a
   3-4 token candidate, unknown words before a known given name are dropped
   ("Gazprom Alexei Miller" -> "Alexei Miller").

Tokens, runs and their classification are in ``runs.py``, the word lists in
``data/``.  Curated names and aliases are also matched literally
(case-sensitive, :class:`NameFinder`), so one-word aliases work and curated
spellings win over overlapping heuristic candidates.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ...model import NameCandidate, PersonHint
from .keys import EA_SURNAME_KEYS, is_given_name, token_key
from .roles import stated_roles
from .runs import LOWER_WORD, Tok, classify, name_tokens, segments, token_runs
from .words import PLACE_PREPOSITIONS

_SENTENCE_START = re.compile(r"(?:^|[.!?:]['\"”’)]*)[\s\"“‘'(\[«—–-]*$")
_PREPOSITION_ALT = "|".join(sorted(PLACE_PREPOSITIONS, key=lambda w: (-len(w), w)))
_LOCATIVE_BEFORE = re.compile(rf"\b(?:{_PREPOSITION_ALT})\s+$")


def article_words(texts: Iterable[str]) -> frozenset[str]:
    """The words a text writes in lower case: its share of the vocabulary."""
    words: set[str] = set()
    for text in texts:
        words.update(w.lower() for w in LOWER_WORD.findall(text))
    return frozenset(words)


class Vocabulary:
    """Membership in the corpus vocabulary, remembering every question asked.

    The candidates of a sentence depend on the vocabulary only through these
    answers, so a cached result stays right while the answers stay the same.
    """

    def __init__(self, words: frozenset[str] | set[str]) -> None:
        self._words = words
        self._asked: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        known = word in self._words
        self._asked[word] = known  # type: ignore[index]
        return known

    def answers(self) -> tuple[tuple[str, bool], ...]:
        return tuple(sorted(self._asked.items()))


@dataclass(frozen=True)
class NameFinder:
    """Finds name candidates sentence by sentence; the curated spellings win where they match."""

    literal: tuple[tuple[str, int], ...]  # normalised curated spelling -> hint index

    @classmethod
    def for_hints(cls, hints: Sequence[PersonHint]) -> NameFinder:
        literal: dict[str, int] = {}
        for h_idx, hint in enumerate(hints):
            for spelling in (hint.name, *hint.aliases):
                literal.setdefault(norm_phrase(spelling), h_idx)
        return cls(tuple(literal.items()))

    def candidates(self, texts: Sequence[str], vocab: Vocabulary | set[str]) -> list[NameCandidate]:
        """Candidates of ``texts``, each with its index in ``texts`` as ``sent``."""
        literal = dict(self.literal)
        literal_re = _literal_regex(self.literal)
        out: list[NameCandidate] = []
        for s_idx, text in enumerate(texts):
            cands = _candidates(s_idx, text, vocab)  # type: ignore[arg-type]
            if literal_re is not None:
                lits = []
                for m in literal_re.finditer(text):
                    surface = norm_phrase(m.group(0))
                    roles = stated_roles(text, m.start(), m.end())
                    lits.append(NameCandidate(s_idx, m.start(), m.end(), surface, False, bool(roles), roles,
                                              hint=literal[surface]))
                if lits:
                    cands = [c for c in cands if not any(c.start < lit.end and lit.start < c.end for lit in lits)]
                    cands += lits
            out.extend(cands)
        return out


@functools.lru_cache(maxsize=8)
def _literal_regex(literal: tuple[tuple[str, int], ...]) -> re.Pattern[str] | None:
    return phrase_regex(s for s, _ in literal)


def _is_sentence_start(text: str, pos: int) -> bool:
    return _SENTENCE_START.search(text, max(0, pos - 20), pos) is not None


def _only_sentence_case(text: str, tok: Tok, vocab: set[str]) -> bool:
    return (
        tok.kind == "name"
        and tok.text.lower() in vocab
        and not is_given_name(tok.text)
        and _is_sentence_start(text, tok.start)
    )


def _candidates(sent: int, text: str, vocab: set[str]) -> list[NameCandidate]:
    out: list[NameCandidate] = []
    for run in token_runs(text, name_tokens(text)):
        classify(run)
        for i, j in segments(run):
            # A capital that only marks the sentence start: "Concluding ...",
            # but not a known given name ("Mark Rutte said ...").
            if _only_sentence_case(text, run[i], vocab):
                i += 1
                while i < j and run[i].kind == "part":
                    i += 1
            if i >= j or run[j - 1].kind == "initial":
                continue
            cand = _candidate(sent, text, vocab, run, i, j)
            if cand is not None:
                out.append(cand)
    return out


def _candidate(sent: int, text: str, vocab: set[str], run: list[Tok], i: int, j: int) -> NameCandidate | None:
    """The candidate in run[i:j], or None when it cannot be a name."""
    n_caps = sum(1 for t in run[i:j] if t.kind != "part")
    if n_caps > 4:
        return None  # too long to be one name; precision first
    if n_caps >= 3:
        i = _drop_unknown_prefix(run, i, j)
    seg = run[i:j]
    if n_caps >= 2:
        words = [t.text.lower() for t in seg if t.kind == "name"]
        if all(w in vocab for w in words) and not is_given_name(seg[0].text):
            return None  # "Comprehensive Strategic Partnership": ordinary words
    start, end = seg[0].start, seg[-1].end
    titled = i > 0 and run[i - 1].kind in ("title", "honor")
    roles = stated_roles(text, start, end)
    locative = _LOCATIVE_BEFORE.search(text, max(0, start - 12), start) is not None
    return NameCandidate(sent, start, end, norm_phrase(text[start:end]), len(seg) == 1, titled or bool(roles), roles,
                         locative)


def _drop_unknown_prefix(run: list[Tok], i: int, j: int) -> int:
    """"Gazprom Alexei Miller" -> "Alexei Miller": an unknown word before a
    known given name is more likely an organisation than a first name."""
    caps = [k for k in range(i, j) if run[k].kind != "part"]
    first = run[caps[0]].text
    if is_given_name(first) or token_key(first) in EA_SURNAME_KEYS:
        return i  # "Lee Harvey Oswald", "Kim Il Sung": the first word is a name
    for k in caps[1:-1]:
        if is_given_name(run[k].text):
            return k
    return i


# --------------------------------------------------------------------------
# Curated phrases: literal names/aliases and descriptions
# --------------------------------------------------------------------------


def norm_phrase(text: str) -> str:
    """Spaces collapsed, curly apostrophes straightened: how a spelling is compared."""
    return " ".join(text.replace("’", "'").split())


def phrase_regex(phrases: Iterable[str], flags: int = 0) -> re.Pattern[str] | None:
    """One alternation of phrases, longest first; spaces and apostrophes loose."""
    parts = []
    for p in sorted(set(phrases), key=lambda s: (-len(s), s)):
        words = [re.escape(w).replace("'", "['’]") for w in p.split()]
        parts.append(r"\s+".join(words))
    if not parts:
        return None
    return re.compile(rf"(?<![\w'’\-])(?:{'|'.join(parts)})(?![\w\-])", flags)
