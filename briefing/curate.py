"""Curation: place each statement in a section and merge what several articles report.

Statements stay extractive: an item's text is one source sentence, verbatim
(whitespace folded), and every article whose sentence states the same fact is
cited. What no section claims is kept as *other reporting*, never dropped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from dataclasses import dataclass

from .cache import FactsCache
from .compare import find_discrepancies
from .config import Config, SectionRule
from .dates import DateMention, best_date, find_dates
from .dedupe import find_copies
from .extract import ArticleFacts, Extractor, Progress, SentenceFacts, extract_all
from .match import Alias, Lexicon, Scorer, candidate_pairs, idf_weights, leans_on_context
from .model import Briefing, Citation, Corpus, Item, Problem, Section, Sentence
from .names import Mention, NameFinder, Person, PersonHint, find_people
from .quotes import Quote
from .registers import build_registers, build_timeline, collect_quotes
from .specifics import DAY_SLACK, NONE, Specifics, contradict, one_figure_apart

# Two sentences state one fact at or above this IDF-weighted overlap; a
# third sentence from an article already in a cluster needs the higher bar.
SAME_FACT = 0.30
SAME_FACT_REPEAT = 0.40
WEAK_SAME_FACT = 0.15  # ... accepted only between mutual best matches
CLOSE_WORDING = 0.6  # two sentences differing in their one figure are one fact only when this alike otherwise
LINKAGE_CHECK = 8  # members compared when two clusters merge
OTHER = "other"  # the id of statements no section claims
NO_TOKENS: frozenset[str] = frozenset()
PRONOUN = re.compile(r"\b(?:he|she|it|they|him|her|them|his|its|their)\b", re.IGNORECASE)


@dataclass(slots=True)
class Statement:
    """A body sentence under curation, with what matching needs to know."""

    article: int  # position of the article in the corpus
    order: int  # position of the sentence in its article
    source: str
    sentence: Sentence
    tokens: frozenset[str]
    date: DateMention | None = None
    quotes: tuple[Quote, ...] = ()  # tuples: an empty one is shared, an empty list is 56 bytes each
    mentions: tuple[Mention, ...] = ()
    via: str = ""
    section: str | None = None
    specifics: Specifics = NONE

    def citation(self) -> Citation:
        return Citation(self.source, self.sentence.id, self.sentence.text, self.via, self.date)


def curate(corpus: Corpus, config: Config, cache: FactsCache | None = None, workers: int = 1,
           progress: Progress | None = None) -> Briefing:
    corpus = apply_metadata(corpus, config)
    facts = extract_all(corpus.articles, extractor(config), cache, workers, progress or (lambda _: None))
    copies = find_copies(corpus.articles, [f.shingles for f in facts])
    corpus = note_copies(corpus, copies)
    people = find_people(sentence_triples(corpus), person_hints(config), name_candidates(corpus, facts))
    per_sentence = [f.sentences for f in facts]
    del facts  # shingles, words and name candidates are done with: at 10,000 articles they are hundreds of MiB
    statements = analyse_statements(corpus, per_sentence, build_lexicon(config), people)
    del per_sentence
    scorer = Scorer(idf_weights([s.tokens for s in statements]))  # corpus-wide: a section alone says little
    origin = {copy: original for copy, (original, _) in copies.items()}
    sections = [build_section(rule, [s for s in statements if s.section == rule.id], scorer, origin)
                for rule in config.sections]
    unplaced = [s for s in statements if s.section is None]
    # Other reporting is listed sentence by sentence, but compared like a section,
    # so a disagreement there is shown too.
    other = build_section(SectionRule(OTHER, "Other reporting", ("",)), unplaced, scorer, origin)
    return Briefing(
        title=config.title,
        description=config.description,
        as_of=max((a.date for a in corpus.articles if a.date), default=None),
        corpus=corpus,
        sections=sections,
        key_points=pick_key_points(sections, config.key_points),
        unplaced=[s.citation() for s in unplaced],
        outlets={a.id: config.sources[a.file].outlet for a in corpus.articles if a.file in config.sources},
        urls={a.id: config.sources[a.file].url for a in corpus.articles if a.file in config.sources},
        people=people,
        quotes=collect_quotes(statements),
        discrepancies=find_discrepancies([*sections, other], {(s.source, s.sentence.id): s for s in statements}),
        timeline=build_timeline(sections, unplaced),
        registers=build_registers(sections, config.sections),
        copies=origin,
    )


def apply_metadata(corpus: Corpus, config: Config) -> Corpus:
    """Fill a missing article date from the curation file, saying so."""
    articles = []
    for a in corpus.articles:
        meta = config.sources.get(a.file)
        if a.date is None and meta and meta.date:
            how = f": {meta.date_note}" if meta.date_note else " (the file has no date)"
            a = dataclasses.replace(a, date=meta.date, date_note=f"from {config.path}{how}")
        articles.append(a)
    return dataclasses.replace(corpus, articles=articles)


def note_copies(corpus: Corpus, copies: dict[str, tuple[str, float]]) -> Corpus:
    """Report each near-duplicate once; it stays readable but confirms nothing."""
    files = {a.id: a.file for a in corpus.articles}
    notes = [Problem(files[copy], f"near-duplicate of {files[original]} ({score:.0%} the same text); "
                     "not counted as independent confirmation")
             for copy, (original, score) in sorted(copies.items())]
    return dataclasses.replace(corpus, warnings=sorted(corpus.warnings + notes, key=lambda p: (p.file, p.reason)))


def extractor(config: Config) -> Extractor:
    return Extractor(config.sections, NameFinder.for_hints(person_hints(config)))


def name_candidates(corpus: Corpus, facts: list[ArticleFacts]) -> list:
    """The articles' name candidates, their sentence indexes made corpus-wide (as in sentence_triples)."""
    out = []
    offset = 0
    for a, f in zip(corpus.articles, facts):
        out += [c.moved(offset) for c in f.names]
        offset += len(a.sentences)
    return out


def person_hints(config: Config) -> list[PersonHint]:
    return [PersonHint(p.name, p.aliases, p.roles, p.descriptions, p.not_same_as) for p in config.people]


def sentence_triples(corpus: Corpus) -> list[tuple[str, str, str]]:
    return [(a.id, s.id, s.text) for a in corpus.articles for s in a.sentences]


def build_lexicon(config: Config) -> Lexicon:
    """Entity aliases; people are folded from the name finder's mentions instead.

    The key is the casefolded name itself: an ASCII slug would give every
    entity named in another script the same key.
    """
    return Lexicon(Alias(t, "@entity:" + e.name.casefold()) for e in config.entities for t in (e.name, *e.aliases))


def analyse_statements(corpus: Corpus, facts: list[tuple[SentenceFacts, ...]], lexicon: Lexicon,
                       people: list[Person]) -> list[Statement]:
    """One Statement per body sentence, with its extracted facts and its people folded into tokens."""
    mentions: dict[tuple[str, str], list[Mention]] = {}
    for p in people:
        for m in p.mentions:
            mentions.setdefault((m.source, m.sentence), []).append(m)
    out = []
    for i, (a, f) in enumerate(zip(corpus.articles, facts)):
        for n, (s, sf) in enumerate(zip(a.body_sentences, f)):
            found = sorted(mentions.get((a.id, s.id), []), key=lambda m: (m.start, m.end))
            spans = [(m.start, m.end, "@" + m.person) for m in found]
            out.append(Statement(i, n, a.id, s, lexicon.tokens(s.text, spans), sf.date, sf.quotes, tuple(found),
                                 sf.via, sf.section, sf.specifics))
    return out


def build_section(rule: SectionRule, statements: list[Statement], scorer: Scorer,
                  origin: dict[str, str]) -> Section:
    clusters = cluster_statements(statements, scorer)
    items = [make_item(rule.id, c, origin) for c in clusters]
    release_tokens(statements, scorer)
    return Section(rule.id, rule.title, rule.intro, rule.terms, tuple(items))


def release_tokens(statements: list[Statement], scorer: Scorer) -> None:
    """Let a section's token sets go once it is clustered: nothing after needs them.

    They are the largest part of a statement (about 700 bytes each, a quarter
    of a GiB at 10,000 articles), and the next section is clustered while
    these would otherwise still be held, by the statements and by the scorer's
    cache of set weights.
    """
    for s in statements:
        s.tokens = NO_TOKENS
    scorer.forget()


def cluster_statements(statements: list[Statement], scorer: Scorer) -> list[list[Statement]]:
    """Group statements of one fact, at most one sentence per article at first.

    Pairs are scored from an inverted index (no all-pairs comparison) and
    merged greedily, best first, so the strongest evidence decides.
    """
    tokens = [s.tokens for s in statements]
    signs = _signatures(statements)
    articles = [s.article for s in statements]
    spans = [_span(s.date) for s in statements]  # two resolved dates far apart are two events, however alike the words
    # (-score, i, j): sorted as they are, the best pair comes first, and the sort makes no key
    # per pair (millions of pairs at 10,000 articles: the key tuples alone were tens of MiB).
    scored = [(-scorer.similarity(tokens[i], tokens[j]), i, j)
              for i, j in candidate_pairs(tokens, articles, scorer.idf)
              if _join(spans[i], spans[j]) is not None and signs[i].agrees(signs[j])
              and _figures_explained(i, j, signs, tokens, scorer)]
    best = _best_by_article(scored, articles)
    scored = [x for x in scored if _same_fact(x, best, articles)]
    del best  # tens of MiB at 10,000 articles, not needed while merging
    scored.sort()
    groups = _Groups(statements, signs, spans)
    for negated, i, j in scored:
        a, b = groups.owner[i], groups.owner[j]
        if a == b or -negated < SAME_FACT_REPEAT and not groups.sources(a).isdisjoint(groups.sources(b)):
            continue
        joined = _join(groups.span(a), groups.span(b))
        if joined is None or not _all_agree(groups.kinds(a), groups.kinds(b)) \
                or not _all_alike(groups.members(a), groups.members(b), tokens, scorer, signs):
            continue
        groups.merge(a, b, joined)
    clusters = [[statements[k] for k in members] for members in groups.clusters()]
    return sorted(clusters, key=lambda c: min((s.article, s.order) for s in c))


class _Groups:
    """Statements merged into groups, with what a merge must check: members, articles, signatures, dates.

    A group is named by one of its statements. What a group knows is kept
    only for groups of two or more; a statement alone answers from itself,
    as most statements stay alone and a set per statement would be tens of
    MiB at 10,000 articles.
    """

    def __init__(self, statements: list[Statement], signs: list[Signature], spans: list[DateSpan]) -> None:
        self.statements, self.signs, self.first_spans = statements, signs, spans
        self.owner = list(range(len(statements)))  # statement -> its group
        self._members: dict[int, list[int]] = {}
        self._sources: dict[int, set[str]] = {}
        self._kinds: dict[int, set[Signature]] = {}  # distinct signatures that constrain, usually few
        self._spans: dict[int, DateSpan] = {}

    def members(self, g: int) -> list[int]:
        return self._members.get(g) or [g]

    def sources(self, g: int) -> set[str]:
        return self._sources.get(g) or {self.statements[g].source}

    def kinds(self, g: int) -> set[Signature]:
        """The group's signatures, less the free one (which agrees with any)."""
        if g in self._kinds:
            return self._kinds[g]
        return set() if self.signs[g].free else {self.signs[g]}

    def span(self, g: int) -> DateSpan:
        return self._spans[g] if g in self._spans else self.first_spans[g]

    def merge(self, a: int, b: int, span: DateSpan) -> None:
        """Groups ``a`` and ``b`` become one, its members ``a``'s then ``b``'s; ``span`` is their joined dates.

        The larger group keeps its lists and sets and takes the smaller one's
        statements in place: building new ones on every merge would cost the
        size of the group each time, quadratic for a fact that thousands of
        articles report. Which statement names the group does not matter to
        the result; the order of members does (``_sample`` reads it).
        """
        first, second = self.members(a), self.members(b)
        keep, gone = (a, b) if len(first) >= len(second) else (b, a)
        for k in second if keep == a else first:
            self.owner[k] = keep
        if keep == a:
            self._members.setdefault(a, first).extend(second)
        else:
            self._members.setdefault(b, second)[:0] = first  # one memory move, in C
        self._sources.setdefault(keep, self.sources(keep)).update(self.sources(gone))
        self._kinds.setdefault(keep, self.kinds(keep)).update(self.kinds(gone))
        self._spans[keep] = span
        for known in (self._members, self._sources, self._kinds, self._spans):
            known.pop(gone, None)

    def clusters(self) -> list[list[int]]:
        """Each group's statements, in statement order."""
        return [sorted(self.members(g)) for g, owner in enumerate(self.owner) if owner == g]


@dataclass(frozen=True, slots=True)
class Signature:
    """Who a sentence names and its specifics: what two sentences of one fact must not contradict."""

    people: frozenset[str]
    specifics: Specifics

    @property
    def free(self) -> bool:
        """Naming no one and giving nothing specific, the sentence agrees with any other."""
        return not self.people and self.specifics is NONE

    def agrees(self, other: Signature) -> bool:
        if self is other:  # signatures are shared per value (see _signatures), and a value agrees with itself
            return True
        return _people_agree(self.people, other.people) and not contradict(self.specifics, other.specifics)


def _signatures(statements: list[Statement]) -> list[Signature]:
    """Each statement's signature, one object per distinct value: most share a few (no one named, nothing specific)."""
    seen: dict[Signature, Signature] = {}
    return [seen.setdefault(sign, sign)
            for sign in (Signature(frozenset(m.person for m in s.mentions), s.specifics) for s in statements)]


def _all_agree(x: set[Signature], y: set[Signature]) -> bool:
    """No member of one group contradicts a member of the other: checked on every member, not a sample.

    A group's members mostly share one signature, so comparing the distinct
    ones is cheap even for a fact that thousands of articles report.
    """
    return all(a.agrees(b) for a in x for b in y)


def _figures_explained(i: int, j: int, signs: list[Signature], tokens: list[frozenset[str]], scorer: Scorer) -> bool:
    """A single figure that differs is one fact misreported only when the rest is worded alike.

    "12 grain ships were seized" and "15 grain ships were seized" are one
    report with a disputed figure, shown under *Where sources differ*; "a
    2-day visit to Valdoria" and "4 hours of talks on customs" merely share a
    date and a person.
    """
    if not one_figure_apart(signs[i].specifics, signs[j].specifics):
        return True
    return scorer.similarity(_without_figures(tokens[i]), _without_figures(tokens[j])) >= CLOSE_WORDING


def _without_figures(tokens: frozenset[str]) -> frozenset[str]:
    return frozenset(t for t in tokens if not t.isdigit())


def _all_alike(x: list[int], y: list[int], tokens: list[frozenset[str]], scorer: Scorer,
               signs: list[Signature]) -> bool:
    """Every sentence of one group must resemble every one of the other, and groups on average strongly.

    Merging on one good pair alone lets a cluster chain through loosely
    related sentences until it cites articles that never said the shown fact;
    formulaic wire copy clears a weak bar pair by pair, so once a group has
    more than one sentence the average must reach the strong bar too. Very
    large groups are compared through an evenly spread sample of members.
    """
    if len(x) == 1 and len(y) == 1:
        return True  # the pair itself was judged by _same_fact
    pairs = [(i, j) for i in _sample(x) for j in _sample(y)]
    if not all(_figures_explained(i, j, signs, tokens, scorer) for i, j in pairs):
        return False
    scores = [scorer.similarity(tokens[i], tokens[j]) for i, j in pairs]
    return min(scores) >= WEAK_SAME_FACT and math.fsum(scores) / len(scores) >= SAME_FACT


def _sample(members: list[int]) -> list[int]:
    """Up to LINKAGE_CHECK members spread over the whole group, not just its first ones."""
    if len(members) <= LINKAGE_CHECK:
        return members
    step = len(members) / LINKAGE_CHECK
    return [members[int(k * step)] for k in range(LINKAGE_CHECK)]


# A group's latest start and earliest end among its resolved dates; () when it has none.
DateSpan = tuple[dt.date, dt.date] | tuple[()]


def _span(d: DateMention | None) -> DateSpan:
    if d is None or d.start_date is None or d.end_date is None:
        return ()
    return (d.start_date, d.end_date)


def _join(a: DateSpan, b: DateSpan) -> DateSpan | None:
    """The combined span of two groups, or None when some of their dates are more than DAY_SLACK days apart."""
    if not a or not b:
        return a or b
    latest_start, earliest_end = max(a[0], b[0]), min(a[1], b[1])
    if (latest_start - earliest_end).days > DAY_SLACK:
        return None
    return (latest_start, earliest_end)


def _people_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sentences that each name someone the other does not are about different encounters.

    "A gave B a dog" and "C received a dog from A" share their rare words but
    not their people; one sentence naming a subset of the other's people (or
    nobody) can still state the same fact.
    """
    return not a or not b or a <= b or b <= a


def _same_fact(pair: tuple[float, int, int], best: dict[int, float], articles: list[int]) -> bool:
    """Strong overlap always counts; weaker overlap only between mutual best matches.

    Two articles rarely word one fact alike, so a modest overlap is accepted
    when each sentence is the other's closest match in the other article;
    that keeps a sentence that merely mentions the same names from joining.
    ``pair`` is (-score, i, j), as cluster_statements keeps them.
    """
    score, i, j = -pair[0], pair[1], pair[2]
    if score >= SAME_FACT:
        return True
    if score < WEAK_SAME_FACT:
        return False
    return best.get(_against(i, articles[j])) == score and best.get(_against(j, articles[i])) == score


def _best_by_article(scored: list[tuple[float, int, int]], articles: list[int]) -> dict[int, float]:
    """(statement, other article), as :func:`_against`, -> the statement's best score against that article.

    Kept only for the keys that :func:`_same_fact` will look up, those of weak
    pairs: most pairs are strong and need no lookup, and a table of every key
    was tens of MiB at 10,000 articles. ``scored`` holds (-score, i, j), as
    cluster_statements keeps them.
    """
    wanted: set[int] = set()
    for negated, i, j in scored:
        if WEAK_SAME_FACT <= -negated < SAME_FACT:
            wanted.add(_against(i, articles[j]))
            wanted.add(_against(j, articles[i]))
    best: dict[int, float] = {}
    for negated, i, j in scored:
        score = -negated
        for key in (_against(i, articles[j]), _against(j, articles[i])):
            if key in wanted and score > best.get(key, -1.0):
                best[key] = score
    return best


def _against(statement: int, article: int) -> int:
    """One int for (statement, article): a million of these tuples as dict keys would take about 100 MiB more."""
    return statement << 32 | article


def make_item(section: str, cluster: list[Statement], origin: dict[str, str]) -> Item:
    borrow_dates(cluster)
    shown = max(cluster, key=_standalone_score)
    ordered = sorted(cluster, key=lambda s: (s.article, s.order))
    citations = tuple(s.citation() for s in ordered)
    return Item(
        id=f"{section}-{shown.sentence.id.removeprefix('s-')}",
        section=section,
        text=" ".join(shown.sentence.text.split()),
        citations=citations,
        date=_dating_citation(shown.citation(), citations),
        independent=len({origin.get(c.source, c.source) for c in citations}),
    )


def borrow_dates(cluster: list[Statement]) -> None:
    """Resolve an undated article's relative date against a corroborating article's date.

    "In mid-July" in an undated article, reporting the same fact as "In July
    of this year" in an article of 14 September 2024, is mid-July 2024. The
    result is kept only when it agrees with the corroborating date, and its
    note says where the year came from, so it is never a silent guess.
    """
    anchors = [s for s in cluster if s.date and s.date.start_date and s.date.end_date]
    if not anchors:
        return
    anchor = min(anchors, key=lambda a: (a.date.end_date - a.date.start_date, a.article))  # type: ignore[union-attr,operator]
    assert anchor.date is not None and anchor.date.start_date and anchor.date.end_date
    for st in cluster:
        if not st.date or st.date.start_date:
            continue
        again = best_date(find_dates(st.sentence.text, anchor.date.end_date), st.sentence.text)
        if again and again.start_date and again.end_date and again.phrase == st.date.phrase \
                and again.start_date <= anchor.date.end_date and anchor.date.start_date <= again.end_date:
            st.date = dataclasses.replace(again, note=f"year from the corroborating report ‘{anchor.date.phrase}’")


def _dating_citation(shown: Citation, citations: tuple[Citation, ...]) -> Citation | None:
    """The most precise resolved date among the citations; else the shown one's, if any."""
    resolved = [c for c in citations if c.date and c.date.start_date and c.date.end_date]
    if resolved:
        return min(resolved, key=lambda c: (c.date.end_date - c.date.start_date, c != shown))  # type: ignore[union-attr,operator]
    return shown if shown.date else next((c for c in citations if c.date), None)


def _standalone_score(st: Statement) -> tuple[int, int, int, int, int]:
    """Prefer the sentence that reads best alone: named, specific, not leaning on the one before."""
    text = st.sentence.text
    named = sum(1 for t in st.tokens if t.startswith("@"))
    numbers = len(re.findall(r"\d", text))
    return (0 if leans_on_context(text) else 1, -len(PRONOUN.findall(text)), named + min(numbers, 2),
            -st.article, -st.order)


def pick_key_points(sections: list[Section], count: int) -> list[Item]:
    """The best-corroborated, then most recent statements, spread over the sections."""
    def rank(entry: tuple[int, int, Item]) -> tuple[int, int, int, int]:
        si, n, item = entry
        when = item.date.date.end_date if item.date and item.date.date and item.date.date.end_date else None
        return (-item.independent, -(when.toordinal() if when else 0), si, n)

    ranked = sorted(((si, n, item) for si, s in enumerate(sections) for n, item in enumerate(s.items)), key=rank)
    per_section = max(1, -(-count // max(len(sections), 1)))
    chosen: list[Item] = []
    taken: dict[str, int] = {}
    for _, _, item in ranked:
        if len(chosen) == count:
            break
        if taken.get(item.section, 0) < per_section:
            chosen.append(item)
            taken[item.section] = taken.get(item.section, 0) + 1
    return chosen

