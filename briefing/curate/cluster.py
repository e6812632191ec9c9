"""Clustering: the sentences of one section that state one fact become one group.

Pairs are scored from an inverted index (no all-pairs comparison) and merged
greedily, best first, so the strongest evidence decides; two groups merge
only when every pair across them is alike and nothing specific contradicts.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterator

from ..analyse.dates.daytime import first_day
from ..analyse.events.lexicon import lexicon
from ..analyse.specifics import one_figure_apart
from ..model import DateMention, Statement
from .apart import DateSpan, counted_from, counts_apart, out_of_news
from .event_keys import FINEST, EventKey, event_keys, event_pairs, event_score, weekday_alone
from .signature import Signature, action_family, signatures
from .similarity import Scorer, candidate_pairs

# Two sentences state one fact at or above this IDF-weighted overlap; a
# third sentence from an article already in a cluster needs the higher bar.
SAME_FACT = 0.30
SAME_FACT_REPEAT = 0.40
WEAK_SAME_FACT = 0.15  # ... accepted only between mutual best matches
CLOSE_WORDING = 0.6  # two sentences differing in their one figure are one fact only when this alike otherwise
ACTION_SLACK = 1  # days two reports of one action may date it apart: a moment near midnight, across time zones
LABEL_BAR = 0.5  # a headline or subheading joins a fact only when worded this much like it
LINKAGE_CHECK = 8  # members compared when two clusters merge
NEXT_SENTENCES = 2  # a sentence opening with "Later" moves on from the sentences this close before it
# a sentence placing its event by another ("after a CoinDesk report", "ahead of the vote")
SEQUENCED = re.compile(r"\b(?:after|following|before|since|until|ahead\s+of|prior\s+to)\b", re.IGNORECASE)
MOVES_ON = re.compile(r"\W*(?:later|afterwards|after that|subsequently|then)\b", re.IGNORECASE)


def cluster_statements(statements: list[Statement], tokens: list[frozenset[str]], scorer: Scorer) -> list[list[int]]:
    """Group statements of one fact, at most one sentence per article at first: lists of indexes into
    ``statements`` (whose token sets ``tokens`` are), in reading order.

    Pairs come from an inverted index of rare words and from blocks of one
    action and one month (no all-pairs comparison) and are merged greedily,
    best first, so the strongest evidence decides; then a group dated only
    vaguely joins the one group of a day within its span that it matches.
    """
    signs = signatures(statements)
    articles = [s.article for s in statements]
    spans = [_span(s.date) for s in statements]  # two resolved dates far apart are two events, however alike the words
    pair = PairScore(tokens, scorer, event_keys(statements))
    table = lexicon()
    counted, families = [counted_from(s, table) for s in statements], [action_family(s, table) for s in statements]
    counting = any(counted)  # most corpora count no report's day from another event: the test is skipped
    # Each pair as one int, i << 32 | j: a set of a million (i, j) tuples is about twice the memory.
    candidates = {i << 32 | j for i, j in candidate_pairs(tokens, articles, scorer.idf)}
    candidates.update(i << 32 | j for i, j in event_pairs(pair.keys, articles))
    # (-score, i, j): sorted as they are, the best pair comes first, and the sort makes no key
    # per pair (millions of pairs at 10,000 articles: the key tuples alone were tens of MiB). A pair
    # below the weak bar can join nothing, nor be the best match a weak pair is checked against.
    scored = [(-score, i, j) for i, j in _decoded(sorted(candidates))
              if _join(spans[i], spans[j], _pair_slack(signs[i], signs[j])) is not None and signs[i].agrees(signs[j])
              and families[j] not in counted[i] and families[i] not in counted[j]
              and _figures_explained(i, j, signs, tokens, scorer) and (score := pair(i, j)) >= WEAK_SAME_FACT
              and (score >= SAME_FACT or not out_of_news(spans[i], statements[j], pair.keys[j])
                   and not out_of_news(spans[j], statements[i], pair.keys[i]))]
    del candidates
    best = _best_by_article(scored, articles)
    scored = [x for x in scored if _same_fact(x, best, articles)]
    del best  # tens of MiB at 10,000 articles, not needed while merging
    scored.sort()
    groups = _Groups(statements, signs, spans)
    for _, i, j in scored:
        a, b = groups.owner[i], groups.owner[j]
        if a == b:
            continue
        joined = _join(groups.span(a), groups.span(b), _slack(groups.kinds(a) | groups.kinds(b)))
        # a group with no date of its own is compared as of the other's: its best pair put it there
        dated = (groups.span(a) or groups.span(b), groups.span(b) or groups.span(a))
        if not groups.sources(a).isdisjoint(groups.sources(b)) and not _repeat_alike(groups, a, b, pair, dated):
            continue
        if joined is None or not _all_agree(groups.kinds(a), groups.kinds(b)) \
                or not _all_alike(groups.members(a), groups.members(b), pair, signs, dated) \
                or _weekday_clash(groups, a, b) \
                or counting and counts_apart(groups.members(a), groups.members(b), counted, families):
            continue
        groups.merge(a, b, joined)
    _sharpen(groups, scored, pair)
    _attach_labels(statements, groups)
    return sorted(groups.clusters(), key=lambda c: min((statements[k].article, statements[k].order) for k in c))


def _sharpen(groups: _Groups, scored: list[tuple[float, int, int]], pair: PairScore) -> None:
    """A group dated only to a month, a week or part of one ("opened in April", "last week") joins the one group
    dated to a day inside that span that some of its reports match ("on April 15, agents boarded"): the vaguer
    reports are of that day's event. With day groups of two days, which one they meant is unknown, and the
    vaguer group stays apart, said vaguely; groups of one day (two events of the day, or one told twice) give
    it that day whichever it joins, and it joins the one worded most like it."""
    for vague, found in sorted(_day_partners(groups, scored).items()):
        owners = sorted({groups.owner[g] for g in found})
        if len({groups.span(g) for g in owners}) == 1:
            a = groups.owner[vague]
            b = _likest(groups, a, owners, pair)
            if a != b and _sharpens(groups, a, b, pair):
                groups.merge(a, b, groups.span(b))


def _likest(groups: _Groups, vague: int, candidates: list[int], pair: PairScore) -> int:
    """The candidate group worded most like the vague group (the first listed on a tie; a lone one without scoring)."""
    if len(candidates) == 1:
        return candidates[0]
    members = _sample(groups.members(vague))
    return max(candidates, key=lambda g: max(pair(i, j) for i in members for j in _sample(groups.members(g))))


def _day_partners(groups: _Groups, scored: list[tuple[float, int, int]]) -> dict[int, set[int]]:
    """Vague group -> the groups dated to a day inside its span that one of its reports matches: strongly, or
    weakly when the day's report names a kind of action and the vague one no other (``_weakly_of``). ``scored``
    holds (-score, i, j), as cluster_statements keeps them."""
    partners: dict[int, set[int]] = {}
    signs = groups.signs
    for negated, i, j in scored:
        for x, y in ((i, j), (j, i)):
            a, b = groups.owner[x], groups.owner[y]
            wide, day = groups.span(a), groups.span(b)
            # the spans first: most pairs are of no vague group and a day's, and the weak test reads the sentence
            if a != b and wide and day and wide[0] < wide[1] and wide[1] - wide[0] <= FINEST and day[0] == day[1] \
                    and _holds(wide, day) \
                    and (-negated >= SAME_FACT or _weakly_of(groups.statements[x], signs[x], signs[y])):
                partners.setdefault(a, set()).add(b)
    return partners


def _weakly_of(vague: Statement, sign: Signature, day: Signature) -> bool:
    """A vague report worded only somewhat like a day's is of that day's event when the day's report names a kind
    of action and the vague one names no other, and it tells no second event to place its own by ("filed for
    bankruptcy in November, after a CoinDesk report": the words it shares may be the report's)."""
    return bool(day.family) and sign.family in ("", day.family) and not SEQUENCED.search(vague.sentence.text)


def _sharpens(groups: _Groups, vague: int, day: int, pair: PairScore) -> bool:
    """Every report of the vague group is vague in its own words and like some report of the day group, and
    nothing contradicts: a vague group holding reports of other events too stays as it is."""
    if not _all_agree(groups.kinds(vague), groups.kinds(day)):
        return False
    if not groups.sources(vague).isdisjoint(groups.sources(day)):
        return False
    members = _running(groups.members(vague), pair)
    if not all(_vague(groups.statements[k].date) for k in members):
        return False
    days = _sample(_running(groups.members(day), pair))
    return all(any(pair(i, j) >= WEAK_SAME_FACT for j in days) for i in _sample(members))


def _vague(d: DateMention | None) -> bool:
    """A report's own date says only roughly when (or nothing): not a span of days it gives ("May 30 to June 3",
    an event of several days), nor a time it could not resolve ("one day after the charges")."""
    return d is None or d.resolved and d.precision != "range"


def _weekday_clash(groups: _Groups, a: int, b: int) -> bool:
    """A report dated by its weekday alone ("on Friday", in an undated article) is no report of an event the
    other group dates to a day of another weekday (Saturday 6 January), whether or not its action is known."""
    days = {g: span[0].weekday() for g in (a, b) if (span := groups.span(g)) and span[0] == span[1]}
    return any(weekday_alone(groups.statements[k]) not in (None, days[y]) for x, y in ((a, b), (b, a)) if y in days
               for k in _sample(groups.members(x)))


def _decoded(codes: list[int]) -> Iterator[tuple[int, int]]:
    yield from ((code >> 32, code & 0xFFFFFFFF) for code in codes)


def _repeat_alike(groups: _Groups, a: int, b: int, pair: PairScore, dated: tuple[DateSpan, DateSpan]) -> bool:
    """Two groups that both hold a sentence of one article merge only when those sentences are alike at the
    higher bar: an article telling one event twice words it alike ("In June, the Russian leader visited
    Pyongyang" and "Before that, Putin visited North Korea"), while two events of one article often share
    their people."""
    statements = groups.statements
    x, y = _sample(groups.members(a)), _sample(groups.members(b))
    same = [(i, j) for i in x for j in y if statements[i].source == statements[j].source
            and not statements[i].label and not statements[j].label]
    # One article dates one event one way: "flew in on 18 October" and "on 19 October the two ministers
    # sat down for talks" are two events of its narrative, however alike (no time zone lies between them).
    spans = groups.first_spans
    return bool(same) and all(_join(spans[i], spans[j]) is not None and pair(i, j, dated) >= SAME_FACT_REPEAT
                              and not _moves_on(statements[i], statements[j]) for i, j in same)


def _moves_on(a: Statement, b: Statement) -> bool:
    """Of two sentences of one article, the one right after the other opens by moving the narrative on ("Later
    the same day Lavrov was received by Kim", "After that, ..."): it tells the next event, not the one just
    told. A step back ("Before that, Putin visited North Korea") may retell an event told earlier."""
    first, then = sorted((a, b), key=lambda s: s.order)
    return then.order - first.order <= NEXT_SENTENCES and MOVES_ON.match(then.sentence.text) is not None


def _attach_labels(statements: list[Statement], groups: _Groups) -> None:
    """A headline or subheading left on its own joins the event of the first sentence after it, in its article,
    that reports an action of the same family: "Chile and New Zealand sign fisheries pact" is the signing its
    lead reports. A label that states no action, or none its text goes on to report, stays on its own."""
    table = lexicon()
    following: dict[int, list[int]] = {}  # article -> its running-text statements with an action, in order
    for k, s in enumerate(statements):
        if not s.label and s.frame is not None and not s.frame.oblique:
            following.setdefault(s.article, []).append(k)
    for k, s in enumerate(statements):
        if not s.label or s.frame is None or len(groups.members(groups.owner[k])) > 1:
            continue
        family = table.actions[s.frame.action].family
        host = next((j for j in following.get(s.article, ()) if statements[j].order > s.order
                     and table.actions[statements[j].frame.action].family == family), None)  # type: ignore[union-attr]
        if host is not None:
            owner = groups.owner[host]
            joined = _join(groups.span(owner), groups.span(k), ACTION_SLACK)  # one action, as _slack allows
            if joined is not None:
                groups.merge(owner, k, joined)


class PairScore:
    """How surely two statements state one fact: the overlap of their words, or the event they both report.

    A headline or a subheading is too short to stand for an event: it joins
    only sentences worded much like it (``LABEL_BAR``).
    """

    def __init__(self, tokens: list[frozenset[str]], scorer: Scorer, keys: list[EventKey]) -> None:
        self.tokens, self.scorer, self.keys = tokens, scorer, keys
        self._lent: dict[tuple[int, DateSpan], EventKey] = {}  # a key with its group's date: made once

    def __call__(self, i: int, j: int, dated: tuple[DateSpan, DateSpan] = ((), ())) -> float:
        """The score of statements ``i`` and ``j``; ``dated`` are the dates of their groups, which a statement
        without a date of its own takes ("The leaders then signed the treaty", in a report dated 19 June)."""
        words = self.scorer.similarity(self.tokens[i], self.tokens[j])
        if self.keys[i].label or self.keys[j].label:
            return words if words >= LABEL_BAR else 0.0
        return max(words, event_score(self._key(i, dated[0]), self._key(j, dated[1])))

    def _key(self, i: int, span: DateSpan) -> EventKey:
        key = self.keys[i]
        if key.dated or not span or not key.family:
            return key
        lent = self._lent.get((i, span))
        if lent is None:
            lent = self._lent[(i, span)] = _dated(key, span)
        return lent


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


def _dated(key: EventKey, span: DateSpan) -> EventKey:
    """The key of a statement with no date of its own, taking its group's: not when it opens on another time
    ("Later, ..."), nor when its article's date puts it elsewhere (an article of June does not report, in
    an undated sentence, a September it has not reached)."""
    if key.dated or key.shifted or not span or (span[1] - span[0]) > FINEST:
        return key
    window = key.near
    if window is not None and not (window[0] <= span[0] and span[1] <= window[1]):
        return key
    return dataclasses.replace(key, start=span[0], end=span[1])


def _all_alike(x: list[int], y: list[int], pair: PairScore, signs: list[Signature],
               dated: tuple[DateSpan, DateSpan]) -> bool:
    """Every sentence of one group must resemble every one of the other, and groups on average strongly.

    Merging on one good pair alone lets a cluster chain through loosely
    related sentences until it cites articles that never said the shown fact;
    formulaic wire copy clears a weak bar pair by pair, so once a group has
    more than one sentence the average must reach the strong bar too. Very
    large groups are compared through an evenly spread sample of members.
    """
    if len(x) == 1 and len(y) == 1:
        return True  # the pair itself was judged by _same_fact
    # A headline joined its group on its words alone; it speaks for the group no more than its sentences do,
    # and its few words would veto every differently worded report of the same event.
    xs, ys = _sample(_running(x, pair)), _sample(_running(y, pair))
    pairs = [(i, j) for i in xs for j in ys]
    if not all(_figures_explained(i, j, signs, pair.tokens, pair.scorer) for i, j in pairs):
        return False
    scores = [pair(i, j, dated) for i, j in pairs]
    if math.fsum(scores) / len(scores) < SAME_FACT:
        return False
    alike = {(i, j) for (i, j), score in zip(pairs, scores) if score >= WEAK_SAME_FACT}
    return all(2 * sum((i, j) in alike for j in ys) >= len(ys) for i in xs) \
        and all(2 * sum((i, j) in alike for i in xs) >= len(xs) for j in ys)


def _running(members: list[int], pair: PairScore) -> list[int]:
    """The group's running-text members, or all of them when it holds only headlines and subheadings."""
    running = [k for k in members if not pair.keys[k].label]
    return running or members


def _sample(members: list[int]) -> list[int]:
    """Up to LINKAGE_CHECK members spread over the whole group, not just its first ones."""
    if len(members) <= LINKAGE_CHECK:
        return members
    step = len(members) / LINKAGE_CHECK
    return [members[int(k * step)] for k in range(LINKAGE_CHECK)]


def both_dated(a: Statement, b: Statement) -> bool:
    """Two statements each dated to a time of at most a month, and to one time."""
    x, y = _span(a.date), _span(b.date)
    return bool(x and y) and x[1] - x[0] <= FINEST and y[1] - y[0] <= FINEST and _join(x, y) is not None


def _span(d: DateMention | None) -> DateSpan:
    return first_day(d) if d is not None and d.resolved else ()


def _join(a: DateSpan, b: DateSpan, slack: int = 0) -> DateSpan | None:
    """The combined span of two groups, or None when some of their dates are more than ``slack`` days apart."""
    if not a or not b:
        return a or b
    latest_start, earliest_end = max(a[0], b[0]), min(a[1], b[1])
    if (latest_start - earliest_end).days > slack and not _holds(a, b) and not _holds(b, a):
        return None
    return (latest_start, earliest_end)


def _holds(wide: DateSpan, group: DateSpan) -> bool:
    """A vaguer report ("last month") holds every day of a group that reports dated a day or two apart."""
    return wide[0] <= wide[1] and wide[0] <= min(group) and max(group) <= wide[1]  # type: ignore[type-var]


def _slack(signs: set[Signature]) -> int:
    """Days two reports of one event may date it apart: ACTION_SLACK when they report one action ("arrived"
    early Wednesday in Pyongyang, late Tuesday in Moscow), none otherwise; an estimate given on Saturday is
    not the crash of Friday, however alike their words, and a welcome at the airport is not the next day's
    talks, though both are of one visit."""
    actions = {s.action for s in signs}
    return ACTION_SLACK if len(actions) == 1 and "" not in actions else 0


def _pair_slack(a: Signature, b: Signature) -> int:
    """``_slack`` of two reports, without hashing their signatures into a set (it runs on every candidate pair)."""
    return ACTION_SLACK if a.action and a.action == b.action else 0


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
