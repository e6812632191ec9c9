"""Where sources differ: one fact, reported with different numbers, dates, names or quotes.

Every version shown is a verbatim slice of its citation, side by side, so a
reader sees the disagreement instead of a smoothed-over summary.
"""

from __future__ import annotations

import re

from ..model import Citation, Discrepancy, Section, Statement, Version, fold, is_resolved

NUMBER = re.compile(r"(?<![\w.,])\d[\d,.]*\d|(?<![\w.,])\d(?![\w])")
WORDS = re.compile(r"\w+")
NOT_OWN_WORDS = frozenset({"context", "live"})  # date origins no words of the sentence give
YEAR = re.compile(r"(?:1[89]|20)\d\d")  # a bare four-digit year, not "2,000"
ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")  # "its 13th package", "the 12th Aviation Battalion": a rank, no count

# One article's report of the fact: the item's citation (its date as the item shows it) and what analysis found.
Report = tuple[Citation, Statement]


def find_discrepancies(sections: list[Section], statements: dict[tuple[str, str], Statement]) -> list[Discrepancy]:
    """Every disagreement within one event; ``statements`` by (article id, sentence id)."""
    out: list[Discrepancy] = []
    for section in sections:
        for item in section.items:
            if len(item.sources) < 2:
                continue
            reports = [(c, statements[(c.source, c.sentence)]) for c in item.citations]
            for kind, finder in (("number", _numbers), ("date", _dates), ("quote", _quotes)):
                versions = finder(reports)
                if versions:
                    out.append(Discrepancy(item.id, kind, tuple(versions)))
            out += [Discrepancy(item.id, "name", tuple(v)) for v in _names(reports)]
    return out


def _numbers(reports: list[Report]) -> list[Version]:
    """Figures outside every date phrase (analysis masked them: ``Specifics.figures``), and not years: different
    sets of figures for one fact, however each report orders them. A year is compared as a date, never
    against a sum ("a 2013 fight" is no figure to set beside "35.3%")."""
    found = []
    for c, st in reports:
        figures = st.specifics.figures
        nums = [m for m in NUMBER.finditer(c.text) if m.group(0).replace(",", "") in figures
                and not YEAR.fullmatch(m.group(0)) and not ORDINAL.match(c.text, m.end())]
        if nums:
            kinds: dict[str, set[str]] = {}
            for m in nums:
                kinds.setdefault(_kind(c.text, m), set()).add(m.group(0).replace(",", ""))
            found.append((kinds, [m.group(0) for m in nums], c))
    if not _differ([kinds for kinds, _, _ in found]):
        return []
    return [Version(", ".join(nums), c) for _, nums, c in found]


def _kind(text: str, m: re.Match[str]) -> str:
    """What a figure measures, as far as its own signs tell: a share ("22.94%", "40 percent"), a sum ("$103
    million", "HK$2 billion"), or a count of the noun after it ("171 jets", "row 26" counts none). An age and a
    share, or 65 jets and 171 passengers, are no two versions of one figure."""
    if PERCENT_AFTER.match(text, m.end()):
        return "share"
    if CURRENCY_BEFORE.search(text, 0, m.start()):
        return "sum"
    if AGE_AFTER.match(text, m.end()) or (NAME_COMMA_BEFORE.search(text, 0, m.start()) and text[m.end():][:1] == ","):
        return "age"  # "a 42-year-old driver", "Hasina, 76, had left"
    noun = COUNTED.match(text, m.end())
    if noun is None or noun.group(1).lower() in NOT_COUNTED:
        return "count"  # a figure with no noun after it ("by 221 votes to 14"): counts of no named kind
    word = noun.group(1).lower()
    word = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") and not word.endswith("ss") \
        else word
    return "count:" + PEOPLE.get(word, word)


# The noun a count counts: the word after it, past a scale ("1.2 million") and "of the" ("53 of the passengers")
COUNTED = re.compile(r"(?:\s+(?:million|billion|thousand|hundred|more|other|additional|of|the))*\s+([A-Za-z][a-z\-]+)")
# Words after a figure that name nothing it counts ("44 early on Thursday", "55, and", "nearly 3,000 in all")
NOT_COUNTED = frozenset("and or but nor early late earlier later on in at by to with from for as than after before "
                        "since until when while who which that were was had have has are is".split())
# Words a count of people goes by in one report or another ("260 people", "260 dead", "260 victims")
PEOPLE = dict.fromkeys("people person dead death victim live body casualty fatality".split(), "people")


AGE_AFTER = re.compile(r"-year-old\b")
NAME_COMMA_BEFORE = re.compile(r"\b[A-Z][\w'’\-]+,\s$")
PERCENT_AFTER = re.compile(r"\s?(?:%|per\s?cent\b)", re.IGNORECASE)
CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₹]|\b(?:USD|EUR|GBP|Rs\.?|yuan|rubles?|won))\s?$")


def _differ(reports: list[dict[str, set[str]]]) -> bool:
    """Two reports give different figures of one kind; a kind only one report gives is no disagreement ("Georgescu,
    62, won 22.94%" against "won 22.94%")."""
    kinds = {k for r in reports for k in r}
    return any(len({frozenset(r[k]) for r in reports if k in r}) > 1 for k in kinds)


def _dates(reports: list[Report]) -> list[Version]:
    """Dates the sentences give in their own words (a date lent by the sentence before, or a live page's day,
    says nothing new)."""
    dated = [c for c, _ in reports if is_resolved(c.date) and c.date.origin not in NOT_OWN_WORDS]  # type: ignore[union-attr]
    intervals = {c.date.span for c in dated}  # type: ignore[union-attr]
    if len(intervals) < 2 or _all_overlap(intervals):
        return []
    return [Version(c.date.phrase, c) for c in dated]  # type: ignore[union-attr]


def _all_overlap(intervals: set) -> bool:
    return max(s for s, _ in intervals) <= min(e for _, e in intervals)


def _names(reports: list[Report]) -> list[list[Version]]:
    """The same person spelled differently by different articles: one list per person."""
    spellings: dict[str, dict[str, Citation]] = {}
    for c, st in reports:
        for m in st.mentions:
            if m.via in ("name", "alias"):
                spellings.setdefault(m.person, {}).setdefault(fold(m.text), c)
    out = []
    for person in sorted(spellings):
        forms = spellings[person]
        if len({c.source for c in forms.values()}) > 1 and len(forms) > 1:
            out.append([Version(text, c) for text, c in forms.items()])
    return out


def _quotes(reports: list[Report]) -> list[Version]:
    """Quotations of one remark that do not match character for character."""
    quotes = [(q.text, c) for c, st in reports for q in st.quotes]
    for i, (a, ca) in enumerate(quotes):
        for b, cb in quotes[i + 1:]:
            if ca.source != cb.source and a != b and _overlap(a, b) >= 0.5:
                return [Version(a, ca), Version(b, cb)]
    return []


def _overlap(a: str, b: str) -> float:
    wa, wb = set(WORDS.findall(a.casefold())), set(WORDS.findall(b.casefold()))
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0
