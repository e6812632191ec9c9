"""Sentences as sets of informative tokens: names folded to one token each, other words stemmed.

Two sentences from different articles state the same fact when they share
enough *informative* vocabulary: names are first folded to one token per
entity or person (so "EU" and "European Union" agree), and words are stemmed
("signed"/"signing"); ``curate.similarity`` then weighs each shared token by
how rare it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .stems import stem

# Function words carry no fact; listed once here so similarity ignores them.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself one two said says say according also already among time well per
    year years month months week day days later earlier ago since first last""".split()
)
# Calendar words: dates are compared as dates (``curate.cluster``), so two sentences sharing "July 2000" are
# no more alike for it ("the trip is his first since July 2000" is not the visit of July 2000).
CALENDAR = frozenset(
    """january february march april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""".split())
YEAR = re.compile(r"(?:19|20)\d\d")

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
# A live page's entry opens with the time it was posted ("2:22 a.m.: The plane has landed"): when it was posted,
# not a time of the event it tells, nor a clause of its sentence.
POSTED = re.compile(r"\W*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[:\-\u2013\u2014]\s", re.IGNORECASE)


def entry_start(text: str) -> int:
    """Where a sentence's own words start: past the time a live entry was posted, if it opens with one."""
    posted = POSTED.match(text)
    return posted.end() if posted else 0
# Leading words that make a sentence lean on the one before it; such a
# sentence is a poorer stand-alone statement when choosing what to show.
ANAPHORA = re.compile(r"^\W*(?:he|she|it|they|this|that|these|those|his|her|its|their|also|later|then|"
                      r"before that|after that|in return|however|but|and)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Alias:
    text: str
    key: str  # canonical token, e.g. "@north-korea"


class Lexicon:
    """Folds every alias of an entity or person to one token before comparison."""

    def __init__(self, aliases: Iterable[Alias]) -> None:
        by_text = {}
        for a in aliases:
            by_text.setdefault(a.text.casefold(), a.key)
        self._keys = by_text
        # Longest first, so "European Commission" wins over "European".
        ordered = sorted(by_text, key=lambda t: (-len(t), t))
        body = "|".join(re.escape(t) for t in ordered)
        self._pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE) if ordered else None

    def entities(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, key) of every alias occurrence in the text."""
        if self._pattern is None:
            return []
        return [(m.start(), m.end(), self._keys[m.group(0).casefold()]) for m in self._pattern.finditer(text)]

    def tokens(self, text: str, spans: Sequence[tuple[int, int, str]] = ()) -> frozenset[str]:
        """Entity and person keys, plus stemmed content words of what is left.

        ``spans`` are (start, end, key) found by other means (the people
        finder); where they overlap an alias match, the earlier, longer wins.
        """
        found = _non_overlapping([*spans, *self.entities(text)])
        keys = {k for _, _, k in found}
        rest, last = [], 0
        for start, end, _ in found:
            rest.append(text[last:start])
            last = end
        rest.append(text[last:])
        words = [w.casefold().replace("’", "'") for w in WORD.findall(" ".join(rest))]
        words = [w[:-2] if w.endswith("'s") else w for w in words]
        content = [w for w in words if w not in STOPWORDS and w not in CALENDAR and not YEAR.fullmatch(w)
                   and (len(w) > 1 or w.isdigit())]
        return frozenset(keys | {stem(w) for w in content})


# A clause set off by a comma and opened by "which", "who", "whom" or "whose", up to the next comma or the
# end: what it says is background to the sentence's own news ("Kurtz, whom the committee had invited to
# testify in July, did not appear" reports that he did not appear).
# A relative clause set off by commas, or a clause telling what the main one led to (", prompting Microsoft's
# president to call it ..."): another thing than the sentence's news.
ASIDE = re.compile(r",\s*(?:which|who|whom|whose|prompting|sparking|triggering|forcing|leading)\b[^,;:]*(?=[,;:]|$)",
                   re.IGNORECASE)


def without_asides(text: str) -> str:
    """The text with its asides (relative clauses and clauses of what followed, set off by commas) blanked out,
    every other character in place."""
    return ASIDE.sub(lambda m: " " * len(m.group()), text) if "," in text else text


def _non_overlapping(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1], s[2])):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def leans_on_context(text: str) -> bool:
    return bool(ANAPHORA.match(text))


# A sentence opening by pointing back to the one before: its people, its event, its date are that one's.
POINTS_BACK = re.compile(r"^\W*(?:he|she|they|his|her|their|its|it|both|later|then|afterwards|in return|the two|"
                         r"the (?:meeting|meetings|talks|summit|visit|trip|leaders|ministers|men|sides|delegations|"
                         r"conversation|negotiations|ceremony|complaint|lawsuit|suit|filing|petition|ruling|order|"
                         r"verdict|indictment|statement|letter|memo))\b", re.IGNORECASE)


def points_back(text: str) -> bool:
    """The sentence opens by pointing back ("Their talks ...", "The meeting ...")."""
    return POINTS_BACK.match(text) is not None
