"""Name candidates, sentence by sentence.

1. **Vocabulary.**  Every word written in lower case anywhere in the corpus is
   collected.  A capitalised word that also occurs in lower case ("Security",
   "Strategic", "Harvest") is an ordinary word: a candidate made only of such
   words is dropped (unless it starts with a known given name), and a
   sentence-initial word of that kind is cut off ("Concluding ...").

2. **Candidates.**  Capitalised tokens that touch (only spaces between them;
   a dot only after an initial or a short title: "Gov.", "Mr.") form runs;
   possessives ("Russia's") end a run.  Runs are split at stop words:
   function words, months, weekdays, countries, cities and regions,
   demonyms, organisation/place/event words ("Council", "Street",
   "Hurricane"), acronyms ("DPRK") and title words ("Deputy", "Minister",
   "Gov."; a title word counts as one only when a name follows it, so "John
   Major" keeps "Major").  Words right before a title word belong to the
   title ("Associate Attorney General Benjamin Mizer"), not to a name.  A few
   stop words read as a name after a name token ("Theresa May", "Michael
   Jordan").  Particles may stand inside a name ("bin", "van", "de"),
   hyphenated parts are one token ("Jong-un", "al-Assad") and a suffix ends
   one ("Roland Butler Jr.").  2-4 capitalised tokens make a full-name
   candidate, one token a surname candidate; longer runs are dropped.  In a
   3-4 token candidate, unknown words before a known given name are dropped
   ("Gazprom Alexei Miller" -> "Alexei Miller").

3. **Things.**  A candidate ending in, or followed by, the head word of a
   place, a body or a thing ("Vostochny Cosmodrome", "the Francis Scott Key
   Bridge") is dropped, and one standing where places stand is marked
   locative (``things.py``).

Tokens, runs and their classification are in ``runs.py``, the word lists in
``data/``.  Curated names and aliases are also matched literally
(case-sensitive, :class:`NameFinder`), so one-word aliases work and curated
spellings win over overlapping heuristic candidates.  The curation's names of
things (its entities and their aliases, and ``not_people``) are matched the
same way, and no candidate inside one is kept, a curated person's spelling
included: they are never people ("Francis Scott Key Bridge" holds no mention of
Francis Scott Key; "Jordan" the country does not veto "Michael Jordan").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ...model import NameCandidate, PersonHint
from .keys import EA_SURNAME_KEYS, hyphenated_syllables, is_given_name, token_key
from .roles import stated_roles
from .runs import LOWER_WORD, STOP_SURNAMES, Tok, classify, name_tokens, segments, token_runs
from .things import ends_in_thing_head, names_a_thing, place_cues
from .words import TITLE_HEADS

_WORD_BEFORE = re.compile(r"\b([a-z]+)[^\S\n]+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]['\"”’)]*)[\s\"“‘'(\[«—–-]*$")


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
    """Finds name candidates sentence by sentence; the curated spellings win where they match, and
    the curated names of things (``vetoed``: entities, ``not_people``) are never a person's."""

    literal: tuple[tuple[str, int], ...]  # normalised curated spelling -> hint index
    vetoed: tuple[str, ...] = ()  # normalised names that are no person's, sorted

    @classmethod
    def for_hints(cls, hints: Sequence[PersonHint], not_people: Iterable[str] = ()) -> NameFinder:
        literal: dict[str, int] = {}
        for h_idx, hint in enumerate(hints):
            for spelling in (hint.name, *hint.aliases):
                literal.setdefault(norm_phrase(spelling), h_idx)
        return cls(tuple(literal.items()), tuple(sorted({norm_phrase(n) for n in not_people} - {""})))

    def candidates(self, texts: Sequence[str], vocab: Vocabulary | set[str]) -> list[NameCandidate]:
        """Candidates of ``texts``, each with its index in ``texts`` as ``sent``."""
        literal = dict(self.literal)
        literal_re = _literal_regex(self.literal)
        vetoes = _veto_index(self.vetoed)
        out: list[NameCandidate] = []
        for s_idx, text in enumerate(texts):
            cands = _candidates(s_idx, text, vocab)  # type: ignore[arg-type]
            if literal_re is not None:
                lits = []
                for m in literal_re.finditer(text):
                    if names_a_thing(text, m.end()):
                        continue  # "Kim Il Sung Square": the square, not the curated person
                    surface = norm_phrase(m.group(0))
                    roles = stated_roles(text, m.start(), m.end())
                    lits.append(NameCandidate(s_idx, m.start(), m.end(), surface, False, bool(roles), roles,
                                              hint=literal[surface]))
                if lits:
                    cands = [c for c in cands if not any(c.start < lit.end and lit.start < c.end for lit in lits)]
                    cands += lits
            if vetoes:
                cands = [c for c in cands if not _vetoed(text, c, vetoes, vocab)]
            out.extend(cands)
        return out


@functools.lru_cache(maxsize=8)
def _literal_regex(literal: tuple[tuple[str, int], ...]) -> re.Pattern[str] | None:
    return phrase_regex(s for s, _ in literal)


@functools.lru_cache(maxsize=8)
def _veto_index(vetoed: tuple[str, ...]) -> dict[str, tuple[tuple[re.Pattern[str], int], ...]]:
    """Each word of a vetoed name -> (pattern, length) of the names holding it: a candidate is looked up by its
    first word, so a sentence is searched only where a vetoed name could hold a candidate."""
    by_word: dict[str, list[str]] = {}
    for phrase in vetoed:
        for word in phrase.split():
            word = word.rstrip(".,")
            by_word.setdefault(word[:-2] if word.endswith("'s") else word, []).append(phrase)
    return {w: tuple((_one_phrase(p), len(p)) for p in dict.fromkeys(ps)) for w, ps in by_word.items()}


@functools.lru_cache(maxsize=4096)
def _one_phrase(phrase: str) -> re.Pattern[str]:
    pattern = phrase_regex([phrase])
    assert pattern is not None  # a vetoed name is never empty
    return pattern


def _vetoed(text: str, c: NameCandidate, vetoes: dict[str, tuple[tuple[re.Pattern[str], int], ...]],
            vocab: Vocabulary | set[str]) -> bool:
    """Is the candidate inside a vetoed name written in the sentence ("Francis Scott Key Bridge" holds
    "Francis Scott Key"), or is it one that is no given name followed by ordinary words ("Delta Connection":
    ``vocab`` holds the corpus's lower-case words)?  A vetoed name further inside a longer candidate
    ("Jordan" in "Michael Jordan") is no veto, nor one before a surname ("Israel Katz")."""
    for pattern, length in vetoes.get(c.surface.split(" ", 1)[0], ()):
        for m in pattern.finditer(text, max(0, c.end - length - 8)):
            if m.start() > c.start:
                break
            if c.end <= m.end():
                return True
        m = pattern.match(text, c.start)
        if m is not None and m.end() < c.end and not is_given_name(m.group()) \
                and all(w.lower() in vocab for w in WORDS.findall(text, m.end(), c.end)):
            return True  # "Delta Connection": a thing's name and an ordinary word (not "Israel Katz")
    return False


def _title_before(text: str, pos: int) -> bool:
    """Does a title head written in lower case end right before ``pos`` ("spokesperson ")?"""
    m = _WORD_BEFORE.search(text, max(0, pos - 24), pos)
    return m is not None and m.group(1) in TITLE_HEADS


def _is_sentence_start(text: str, pos: int) -> bool:
    return _SENTENCE_START.search(text, max(0, pos - 20), pos) is not None


def _only_sentence_case(text: str, run: list[Tok], i: int, vocab: set[str]) -> bool:
    tok = run[i]
    return (
        tok.kind == "name"
        and tok.text.lower() in vocab
        and not is_given_name(tok.text)
        and _is_sentence_start(text, tok.start)
        and not _family_name_first(run, i)
    )


def _family_name_first(run: list[Tok], i: int) -> bool:
    """"Moon Jae-in", "Park Geun-hye": a family name that is also an ordinary word, before a given name."""
    return (token_key(run[i].text) in EA_SURNAME_KEYS and i + 1 < len(run)
            and hyphenated_syllables(run[i + 1].text))


def _candidates(sent: int, text: str, vocab: set[str]) -> list[NameCandidate]:
    out: list[NameCandidate] = []
    for run in token_runs(text, name_tokens(text)):
        classify(run, run[0].text.lower() in STOP_SURNAMES and _title_before(text, run[0].start))
        for i, j in segments(run):
            if j < len(run) and run[j].kind in ("title", "honor"):
                continue  # "Associate Attorney General Benjamin Mizer": words of the title, not a name
            # A capital that only marks the sentence start: "Concluding ...",
            # but not a known given name ("Mark Rutte said ...").
            if _only_sentence_case(text, run, i, vocab):
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
    if ends_in_thing_head([t.text for t in seg if t.kind != "part"]) or names_a_thing(text, end):
        return None  # "Vostochny Cosmodrome", "the Francis Scott Key Bridge": a place or a thing
    if any(FIRM_WORD.match(t.text) for t in seg):
        return None  # "JPMorgan Chase": letters in capitals run into a word, as firms write their names
    if FIRM.match(text, end) or FIRM_BEFORE.search(text, max(0, start - 40), start):
        return None  # "Quinn Emanuel Urquhart & Sullivan", "Ernst & Young": partners' names make a firm
    if len(seg) >= 2 and seg[-1].text.lower() in TITLE_HEADS and ROLE_OF.match(text, end):
        return None  # "Chairman and Managing Director of the Suez Canal Authority": a role, held by someone
    titled = i > 0 and run[i - 1].kind in ("title", "honor")
    roles = stated_roles(text, start, end)
    locative, placed = place_cues(text, start, end)
    return NameCandidate(sent, start, end, norm_phrase(text[start:end]), len(seg) == 1, titled or bool(roles), roles,
                         locative, placed=placed)


# Two capitals or more running into lower case ("JPMorgan"): no one's name is written so.
FIRM_WORD = re.compile(r"[A-Z]{2,}[a-z]{2,}$")

# Names joined by an ampersand are a firm's ("Quinn Emanuel Urquhart & Sullivan"), never a person's.
FIRM = re.compile(r"\s*&\s*[A-Z]")
FIRM_BEFORE = re.compile(r"[A-Z][\w'’\-]*\s*&\s*$")
WORDS = re.compile(r"[^\W\d_]+")  # the words after a vetoed name at a candidate's start
ROLE_OF = re.compile(r"\s+of\s")  # a title head and "of" after it: what the role is of


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
