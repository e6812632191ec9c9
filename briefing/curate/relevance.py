"""Which articles are about the story, and which only share some of its words.

A folder of coverage holds articles on other stories: the same leaders
meeting someone else, the same kind of gift in another capital, another
country's bridge collapse. The story is known by its parties, the entities
and people of the curation file:

- The two sides named by the most articles are its anchors ("the EU" and
  "China"; "the Key Bridge" and "the Dali"). A person or a body stands
  on the side of the entity their roles name ("the Chinese commerce minister"). An
  article naming both anchors is on the story, but for the case below.
- An article naming no party at all is not ("names none of the story's
  parties").
- The two anchors are the story's two sides only when at least ``PAIRED`` of
  the articles naming either name both: a blast site and the pipeline it
  broke are the two names most articles use, but seldom together.
- An article naming both anchors is off the story all the same when it
  shares less than ``FAR`` of the median article's vocabulary, in a corpus of
  ``STEADY`` articles or more: a report of a game's record sales names the two
  companies of a takeover fight in passing, and little else the coverage uses.
- Any other article is on the story when its vocabulary is close to the
  rest of the corpus: the rarity-weighted overlap (cosine) of its words and
  names with the other articles' is at least ``CLOSE`` of the median
  article's. A report of US tariffs on Chinese cars names China, but little else
  the EU–China coverage uses; a report of the third victim found names only the
  bridge, and everything else the other bridge reports use. When the anchors
  are no two sides, naming one of them is enough.
- ... or when it reports one of the story's people on a day an article on the
  story reports them too, each sentence dating its event to that day in its own
  words. A state agency's readout of a spokesman's briefing shares few words
  with the wire copy, but the wire copy reports the same briefing. The day must
  be one of the coverage's, not half a year or more before it: the report of an
  election years ago, recalled by the story's articles, is still another story.
- ... or when each day it tells is one the story's articles tell, and it tells
  ``TOLD_DAYS`` of them, or one when its headline or lead names one of the two
  sides and it was published inside the run of the story's articles: a state
  agency's toll update names the place and reports a day of the story in words
  of its own.
- A party an article names only in passing, in sentences about events long
  before the ones it reports ("another Evergreen ship, the Ever Given, which
  blocked the Suez Canal in March 2021", in a report of a grounding a year
  later), or only where it sets its own event after the story's by a stretch of
  time ("The incident came two months after a door plug blew off an Alaska
  Airlines jet"), does not count as named: such an article tells another story
  and recalls this one (``passing.in_passing``).
- An article whose headline and lead name none of the parties, and which names
  them in under ``AFTERTHOUGHT`` of its sentences, reports another event and
  brings this story in as an afterthought (``reach``; news writing names what it
  reports in its lead) when its vocabulary is far from the rest (under ``CLOSE``
  of the median: a train derailing in another state "since" the story's
  derailment) or when it was published half a year or more before the run of
  articles most of the coverage belongs to (an anniversary piece on an older
  bank failure, in a folder on this one); in a corpus of ``STEADY`` articles or
  more, as a few articles are too few to tell a lead's silence from a style.
- An undated article naming one of the two sides, every day of whose news
  another article tells too, is not judged by its words: a blog or a copy is
  written in its own voice, and nothing dates it apart from the story
  (``_undated_on_a_side``).
- An article whose headline and lead name none of the parties, and no day of
  whose news (give or take one) another article on the story tells, reports an
  event of its own: another fire a year on, naming the governor and the sheriff
  further down (``_told_alone``); in a corpus of ``STEADY`` articles or more,
  and only when the article is dated, as an undated one tells only the days its
  words give in full. So does one whose lead names another body of the story
  but neither of its two sides (``_on_a_side``): a rival exchange's founder
  sentenced, in a folder on an exchange's collapse.
- An article published more than half a year after every other article on the
  story, no day of whose news (give or take one) another of them tells, reports
  an event of its own naming the same parties (``_told_late``): the same
  leader's next state visit a year on. A later phase of the story, such as a
  trial, is told by more than one article, or recalls the story's days.
- An article published half a year or more before that run, whatever it names,
  was written before the story's events and cannot report them (the same town's
  fire five years earlier, the first investment of a partnership now in the news),
  unless it is at most a year older than the run and ``RECALLED`` articles of
  the run date something they report to its day: then it is the story's first
  news ("the deal announced in January 2022"), where a test flight five years
  before is background every article recalls.
- An article published before the story's first day, by more than the day
  before it, cannot report the story either, however close its words: the
  same president's news conference a month before the decree. The first day is
  the earliest that ``RECALLED`` articles of the coverage date an event to, at
  most one of them by its month alone, each counted once however many of its
  sentences tell the day (``_story_start``); a day only that article and one
  other tell of rescues it no more. Only articles naming one of the story's two
  sides count: reports of a yacht owner's trial, naming him and his company but
  not the yacht, tell his acquittal's day, which is no day of the sinking's story.

Off-story articles stay readable (their sentences are listed under other
reporting) but confirm nothing: they are kept out of the sections, the
timeline and the key points, and the Sources page says why.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from ..model import PARTY_KEY, STORY_SILENCE, Statement
from .event_keys import FINEST, parties_of

CLOSE = 0.8
PAIRED = 0.4  # the share of the articles naming either anchor that name both, for the two to be the two sides
FAR = 0.5  # ... and an article this far from the rest is on another story whoever it names,
STEADY = 10  # ... in a corpus of this many articles or more: in fewer, the typical article is too noisy a measure
RECALLED = 3  # ... unless this many articles of the coverage date an event to its day: the story's first news
FIRST_NEWS = dt.timedelta(days=366)  # ... at most this long before it
ONE_DAY = dt.timedelta(days=1)
NEWS_DAY = dt.timedelta(days=6)  # a span told at most this wide tells a day of news, a wider one a stretch
TOLD_DAYS = 3  # an article far in words but telling this many days of news, all the coverage's, is on the story
LEAD_TIME = ONE_DAY  # an article this long before the story's first day may still report it
AFTERTHOUGHT = 1 / 3  # an article naming the parties in fewer of its sentences, and not in its lead, may be elsewhere's


@dataclass(frozen=True, slots=True)
class Reach:
    """How far into an article the story's parties go: those its headline and lead name, and how many of its
    sentences of running text name any."""

    lead: frozenset[str] = frozenset()
    naming: int = 0
    sentences: int = 0
    published: dt.date | None = None  # the article's date
    told: frozenset[tuple[dt.date, dt.date]] = frozenset()  # the spans, a month wide at most, its sentences date to

    @property
    def afterthought(self) -> bool:
        return bool(self.sentences) and not self.lead and self.naming < AFTERTHOUGHT * self.sentences


def off_story(articles: Sequence[str], words: Sequence[frozenset[str]], parties: Mapping[str, str],
              sides: Mapping[str, str], seen: Sequence[frozenset[Sighting]] = (),
              passing: Sequence[frozenset[str]] = (), reach: Sequence[Reach] = ()) -> dict[str, str]:
    """Article id -> why it is off the story, for the articles that are.

    ``words`` are each article's tokens (names folded to their party keys), in
    the order of ``articles``; ``parties`` maps a party's key to its name and
    ``sides`` to the side it stands on (a person on their country's);
    ``seen``, when given, each article's sightings of the story's people
    (:func:`sightings`); ``passing``, when given, the parties each names only in passing (:func:`in_passing`);
    ``reach``, when given, how far into each the parties go (:func:`reaches`).
    """
    gone = passing or [frozenset()] * len(words)
    reach = reach or [Reach()] * len(words)
    coverage = _coverage_start([r.published for r in reach])
    anchors = _anchors([frozenset(sides.get(p, p) for p in w & parties.keys()) for w in words])
    named = [frozenset(sides.get(p, p) for p in (w & parties.keys()) - old) for w, old in zip(words, gone)]
    closeness = _closeness(words)
    typical = _median(closeness)
    paired = _paired(anchors, named)
    start = _story_start([r for r, f in zip(reach, named) if anchors & f], coverage) if len(words) >= STEADY else None
    out: dict[str, str] = {}
    by_words: set[str] = set()  # articles excluded for their words alone, which the days they tell may rescue
    news = [_news_days(how) for how in reach]  # each article's days of news, read once for the three tests below
    undated = _undated_on_a_side(reach, news, named, anchors)
    for article, found, close, old, how, spared in zip(articles, named, closeness, gone, reach, undated):
        far = close < CLOSE * typical and not spared
        if not found and parties:
            out[article] = ("names the story's parties only in passing, recalling events long before those it "
                            "reports") if old & parties.keys() else "names none of the story's parties"
        elif anchors and not anchors <= found and far and paired:
            both = " and ".join(sorted(parties[a] for a in anchors))
            out[article] = f"does not name both {both}, and {_shares_little(close, typical)}"
            by_words.add(article)
        elif how.afterthought and len(words) >= STEADY and (far or _before(how.published, coverage)):
            why = _shares_little(close, typical) if far else (
                f"was published on {how.published}, half a year or more before the coverage of the story begins "
                f"({coverage})")
            out[article] = (f"names the story's parties in neither its headline nor its lead and in only {how.naming} "
                            f"of its {how.sentences} sentences, and {why}")
        elif len(words) >= STEADY and _before(how.published, coverage) and not _first_news(how, reach, coverage):
            out[article] = (f"was published on {how.published}, half a year or more before the coverage of the story "
                            f"begins ({coverage}), so it cannot report the story's events")
        elif _ahead(how.published, start):
            out[article] = (f"was published on {how.published}, before {start}, the first day the story's articles "
                            f"report, so it cannot report the story's events")
        elif anchors and close < FAR * typical and len(words) >= STEADY:
            out[article] = (f"shares less than half of the other articles' vocabulary "
                            f"({close / typical:.0%} of the typical article's), though it names the story's parties")
    # a side in the headline or lead, and words not as far from the rest as another story's ("shares less than half")
    leading = {a for a, how, close in zip(articles, reach, closeness)
               if close >= FAR * typical and anchors & {sides.get(p, p) for p in how.lead}}
    for article in _days_all_told(by_words, articles, reach, news, out, leading, start):
        del out[article]  # worded apart (state media, a readout), but every day it tells is a day of the story's
    for article in _seen_on_story(articles, seen, named, out, coverage, start):
        del out[article]  # a far vocabulary, but a person of the story on a day the story's articles report
    if len(words) >= STEADY:
        out.update(_own_news(articles, reach, news, out, anchors if paired else frozenset(), sides))
    return out


def _own_news(articles: Sequence[str], reach: Sequence[Reach], news: Sequence[frozenset[dt.date]],
              out: Mapping[str, str], anchors: frozenset[str], sides: Mapping[str, str]) -> dict[str, str]:
    """Article id -> why, for the articles still on the story that report news of their own: told alone in
    the coverage's time (:func:`_told_alone`), or after every other article by half a year (:func:`_told_late`)."""
    sided = [_on_a_side(how.lead, anchors, sides) for how in reach]
    found = _told_alone(articles, reach, news, out, sided)
    return found | _told_late(articles, reach, news, {**out, **found})


def _undated_on_a_side(reach: Sequence[Reach], news: Sequence[frozenset[dt.date]], named: Sequence[frozenset[str]],
                       anchors: frozenset[str]) -> list[bool]:
    """For each article: it has no date, names one of the story's two sides, and every day of news it tells
    (give or take one) another article tells too. Its words are no measure of its story: an undated blog or copy
    is written in its own voice ("I still wake up at three in the morning"), with no date to set it before the
    story or apart from it; a blog on another year's flood tells that year's days, which no other article tells."""
    tellers = Counter(day for mine in news for day in mine)
    return [how.published is None and bool(anchors & found) and all(_others_tell(d, mine, tellers) for d in mine)
            for how, found, mine in zip(reach, named, news)]


def _seen_on_story(articles: Sequence[str], seen: Sequence[frozenset[Sighting]], named: Sequence[frozenset[str]],
                   out: Mapping[str, str], coverage: dt.date | None, start: dt.date | None) -> list[str]:
    """Those articles now off the story that name its parties and see one of its people on a day an article on
    the story sees them too. Only the story's own days count: two articles recalling one election years before
    both see its winner that day, and an article reporting only that election is background, not the story."""
    on_story = frozenset(x for a, s in zip(articles, seen) if a not in out for x in s
                         if not _before(x[1], coverage) and not _ahead(x[1], start))
    return [a for a, own, found in zip(articles, seen, named) if a in out and own & on_story and found]


def _on_a_side(lead: frozenset[str], anchors: frozenset[str], sides: Mapping[str, str]) -> bool:
    """The headline and lead name one of the story's two sides, or at least no body but theirs. A lead naming
    another body of the story ("Binance and its founder", in a folder on FTX) may report that body's own
    news; one naming only a person of the story ("Sheriff Luna said ...") gets the benefit of the doubt, as a
    person acts on the story's behalf; with no two sides (``anchors`` empty) any party will do."""
    if not lead:
        return False
    if not anchors:
        return True
    stands = {sides.get(p, p) for p in lead}
    return bool(anchors & stands) or not any(p.startswith(PARTY_KEY) for p in stands)


def _told_alone(articles: Sequence[str], reach: Sequence[Reach], news: Sequence[frozenset[dt.date]],
                out: Mapping[str, str], sided: Sequence[bool]) -> dict[str, str]:
    """Article id -> why, for the articles still on the story whose headline and lead name neither of its two
    sides (``sided`` is false: the lead names at most a figure of the story, such as a founder of a rival
    exchange sentenced for his own firm's crimes) and whose every day of news (give or take one) no other
    article on the story tells: news writing names in its lead what it reports, and the story's days are told
    by more than one of its articles. A report of another wildfire a year on, naming the governor and the
    sheriff further down, tells days of its own. An undated article is not judged so: the days it tells are
    only those its words give in full."""
    tellers = Counter(day for article, mine in zip(articles, news) if article not in out for day in mine)
    lead = {False: "names the story's parties in neither its headline nor its lead",
            True: "names neither of the story's two sides in its headline or lead"}
    return {article: (f"{lead[bool(how.lead)]}, and no other article tells a day it reports "
                      f"({_first_days(mine)}): it reports an event of its own")
            for article, mine, how, side in zip(articles, news, reach, sided)
            if article not in out and mine and not side and how.published is not None
            and not any(_others_tell(d, mine, tellers) for d in mine)}


def _told_late(articles: Sequence[str], reach: Sequence[Reach], news: Sequence[frozenset[dt.date]],
               out: Mapping[str, str]) -> dict[str, str]:
    """Article id -> why, for the article still on the story published more than half a year after every other
    article on it (only the latest can be), when no day of its news (give or take one) another of those tells. A
    later phase of the story (the trial, the report a year on) is told by more than one article, or recalls the
    story's days; an article that tells only days of its own, after that long a silence, reports another event
    naming the same parties: the same leader's next visit a year on, another strike on the same group."""
    on = [(how.published, k) for k, (article, how) in enumerate(zip(articles, reach))
          if article not in out and how.published]
    if len(on) < 2:
        return {}
    (published, k), (last, _) = heapq.nlargest(2, on)
    mine = news[k]
    if published - last <= STORY_SILENCE or not mine:
        return {}
    tellers = Counter(day for article, days in zip(articles, news) if article not in out for day in days)
    if any(_others_tell(d, mine, tellers) for d in mine):
        return {}
    return {articles[k]: (f"was published on {published}, more than half a year after every other article on the "
                          f"story (the latest on {last}), and no other article tells a day it reports "
                          f"({_first_days(mine)}): it reports an event of its own")}


def _first_days(days: frozenset[dt.date]) -> str:
    return ", ".join(str(d) for d in sorted(days)[:3])


def _others_tell(day: dt.date, mine: frozenset[dt.date], tellers: Counter[dt.date]) -> bool:
    """An article other than the one telling ``mine`` tells ``day``, give or take one (``tellers`` counts each
    article once a day)."""
    return any(tellers[day + k * ONE_DAY] - (day + k * ONE_DAY in mine) for k in (-1, 0, 1))


def _news_days(how: Reach) -> frozenset[dt.date]:
    """Every day of the spans an article tells that are a day of news (a week wide at most), one by one."""
    return frozenset(a + dt.timedelta(days=k) for a, b in how.told if b - a <= NEWS_DAY
                     for k in range((b - a).days + 1))


def _days_all_told(candidates: Collection[str], articles: Sequence[str], reach: Sequence[Reach],
                   news: Sequence[frozenset[dt.date]], out: Mapping[str, str], leading: Collection[str] = (),
                   start: dt.date | None = None) -> list[str]:
    """Those of ``candidates`` (articles now off the story) that tell ``TOLD_DAYS`` days of news or more, each a day
    (give or take one) that an article on the story tells too: they report the story's events, however their words
    differ from the rest. Another story's article may share a day or two with the coverage (a storm the same
    weekend), seldom every one. The story's days start at its first day (``start``): a day before it that one of its
    articles recalls (the acquittal of the yacht's owner) is background. An article of ``leading``, whose headline
    or lead names one of the two sides, needs one such day, when it was published inside the run of the story's
    articles: a state agency's toll update or a readout names the place and reports the day; another story's
    article, naming a side in its lead, reports a day of its own or was published outside the run."""
    days = [[s for s in how.told if s[1] - s[0] <= NEWS_DAY] for how in reach]
    # every day the story's articles tell, one by one (a span is a week at most): a set, so that the test below
    # costs the same at 10,000 articles as at 20
    story = {d for article, mine in zip(articles, news) if article not in out for d in mine if not _ahead(d, start)}
    published = [how.published for article, how in zip(articles, reach) if article not in out and how.published]
    run = (min(published), max(published)) if published else None
    return [article for article, spans, how in zip(articles, days, reach) if article in candidates
            and len(spans) >= (1 if article in leading and _inside(how.published, run) else TOLD_DAYS)
            and all(any(a + dt.timedelta(days=k) in story for k in range(-1, (b - a).days + 2)) for a, b in spans)]


def _inside(day: dt.date | None, run: tuple[dt.date, dt.date] | None) -> bool:
    return day is not None and run is not None and run[0] <= day <= run[1]


def _paired(anchors: frozenset[str], named: Sequence[frozenset[str]]) -> bool:
    """The two anchors are the story's two sides: of the articles naming either, ``PAIRED`` name both. A blast
    site and the pipeline it broke, named together by a third of the coverage, are not two sides, and an
    article naming only the pipeline is no sign of another story."""
    either = sum(1 for found in named if anchors & found)
    return bool(either) and sum(1 for found in named if anchors <= found) >= PAIRED * either


def _shares_little(close: float, typical: float) -> str:
    return f"shares little of the other articles' vocabulary ({close / typical:.0%} of the typical article's)"


Sighting = tuple[str, dt.date]  # (a person's key, a day a sentence dates what it reports of them to)


def sightings(statements: Sequence[Statement], count: int) -> list[frozenset[Sighting]]:
    """For each of ``count`` articles: the story's people its sentences name, each with the one day the
    sentence's own words date its event to (not a day lent by the sentence before, nor a span)."""
    out: list[set[Sighting]] = [set() for _ in range(count)]
    for s in statements:
        d = s.date
        if d is None or d.start_date is None or d.start_date != d.end_date or d.origin == "context":
            continue
        out[s.article].update((key, d.start_date) for key in parties_of(s) if not key.startswith(PARTY_KEY))
    return [frozenset(found) for found in out]


def reaches(statements: Sequence[Statement], count: int, parties: Mapping[str, str],
            copied: Collection[int] = ()) -> list[Reach]:
    """For each of ``count`` articles, how far into it the story's ``parties`` go: those its headline and first
    paragraph name (the headings before its first sentence of running text, and that sentence's paragraph),
    how many of its sentences of running text name any, and its date. ``statements`` are in reading order,
    article by article, as ``make_statements`` gives them. An article in ``copied`` (a near-copy of another)
    tells no day of its own: a report re-posted is not one more article recalling the day."""
    lead: list[set[str]] = [set() for _ in range(count)]
    told: list[set[tuple[dt.date, dt.date]]] = [set() for _ in range(count)]
    naming, sentences = [0] * count, [0] * count
    published: list[dt.date | None] = [None] * count
    first: dict[int, Statement] = {}
    for s in statements:
        keys = parties_of(s) & parties.keys()
        published[s.article] = s.published
        opening = first.setdefault(s.article, s) if not s.label else first.get(s.article)
        if opening is None or opening.sentence.block == s.sentence.block:
            lead[s.article].update(keys)
        if not s.label:
            sentences[s.article] += 1
            naming[s.article] += bool(keys)
        d = s.date
        if d is not None and d.resolved and d.end_date - d.start_date <= FINEST and s.article not in copied:  # type: ignore[operator]
            told[s.article].add((d.start_date, d.end_date))  # type: ignore[arg-type]
    return [Reach(frozenset(k), n, t, published[a], frozenset(told[a]))
            for a, (k, n, t) in enumerate(zip(lead, naming, sentences))]


def _first_news(how: Reach, reach: Sequence[Reach], coverage: dt.date | None) -> bool:
    """The article, published before the coverage, tells the story's first news: within ``FIRST_NEWS`` of the
    coverage, and dated to by ``RECALLED`` of its articles. A test flight five years before the crewed one is
    recalled by every article, but as background: the story did not start then."""
    return coverage is not None and how.published is not None and coverage - how.published <= FIRST_NEWS \
        and _recalled_by(how.published, reach, coverage) >= RECALLED


def _recalled_by(day: dt.date | None, reach: Sequence[Reach], coverage: dt.date | None) -> int:
    """How many articles of the coverage date something they report to ``day`` or the day before: the story's
    first news, told again by its later coverage ("the deal announced in January 2022")."""
    if day is None:
        return 0
    return sum(1 for r in reach if not _before(r.published, coverage)
               and any(a <= day and day - ONE_DAY <= b for a, b in r.told))


def _story_start(reach: Sequence[Reach], coverage: dt.date | None) -> dt.date | None:
    """The first day the story's articles report: the earliest day, at most ``FIRST_NEWS`` before the coverage
    begins, that ``RECALLED`` articles of the coverage each date an event to in their own words, or the day
    after it (the night a decree was declared; "the deal, announced in January 2022"), at most one of them by
    a span wider than ``NEWS_DAY`` ("won a fourth term in January" is half the evidence "on January 7" is).
    Background days recalled by as many (an election years before) lie further back. ``reach`` holds only the
    articles naming one of the story's two sides: the others' days are their own stories'. One sweep over the
    spans, not one count per day."""
    if coverage is None:
        return None
    edges: list[tuple[dt.date, int]] = []
    for r in reach:
        if _before(r.published, coverage):
            continue
        spans = [(a, b + ONE_DAY, 1 if b - a > NEWS_DAY else 2) for a, b in r.told if coverage - b <= FIRST_NEWS]
        edges += _strongest(spans)  # "in January" is half the evidence "on January 7" is of a first day,
    count = 0
    for day, step in sorted(edges):
        count += step
        if count >= 2 * RECALLED - 1:  # ... so three articles, at most one of them telling only the month
            return day
    return None


def _strongest(spans: Sequence[tuple[dt.date, dt.date, int]]) -> list[tuple[dt.date, int]]:
    """One article's edges for the sweep of ``_story_start``: on each day, the weight of the strongest of its
    spans that day covers (``(first, last, weight)``), so an article telling "in August" and "on August 19"
    is one article telling the day, not one and a half."""
    ends = sorted([(a, w, 1) for a, _, w in spans] + [(b + ONE_DAY, w, -1) for _, b, w in spans])
    open_: Counter[int] = Counter()
    out: list[tuple[dt.date, int]] = []
    now = 0
    for i, (day, weight, step) in enumerate(ends):
        open_[weight] += step
        if i + 1 < len(ends) and ends[i + 1][0] == day:
            continue  # every edge of the day first, then its weight
        best = max((w for w, c in open_.items() if c), default=0)
        if best != now:
            out.append((day, best - now))
            now = best
    return out


def _ahead(day: dt.date | None, start: dt.date | None) -> bool:
    """``day`` is before the story's first day, by more than the day before it (a report filed the evening
    before, dated in another time zone)."""
    return day is not None and start is not None and start - day > LEAD_TIME


def _coverage_start(days: Sequence[dt.date | None]) -> dt.date | None:
    """The first day of the first run of article dates, with no half-year silence inside, that holds at least
    ``MAIN_RUN`` of the articles the largest run holds: where the coverage of the story begins. A story told in
    phases (a collapse, then a trial a year later) has a run of coverage for each."""
    ordered = sorted(d for d in days if d is not None)
    runs: list[list[dt.date]] = []
    for day in ordered:
        if runs and day - runs[-1][-1] <= STORY_SILENCE:
            runs[-1].append(day)
        else:
            runs.append([day])
    largest = max((len(r) for r in runs), default=0)
    return next((r[0] for r in runs if len(r) >= MAIN_RUN * largest), None)


MAIN_RUN = 0.5


def _before(day: dt.date | None, coverage: dt.date | None) -> bool:
    return day is not None and coverage is not None and coverage - day > STORY_SILENCE


def _anchors(named: Sequence[frozenset[str]]) -> frozenset[str]:
    """The (at most) two parties named by the most articles; ties go to the key first in order."""
    df = Counter(p for found in named for p in found)
    return frozenset(p for p, _ in sorted(df.items(), key=lambda kv: (-kv[1], kv[0]))[:2])


def _closeness(words: Sequence[frozenset[str]]) -> list[float]:
    """Each article's cosine with the centroid of all the others (rarity-weighted, leave-one-out).

    The centroid of the others is the corpus's document frequencies less the
    article's own, so the whole list costs one pass over the words, not one
    comparison per pair of articles.
    """
    n = len(words)
    if n < 2:
        return [1.0] * n
    df = Counter(t for w in words for t in w)
    idf = {t: math.log(1 + n / c) for t, c in df.items()}
    full = math.fsum((df[t] * idf[t]) ** 2 for t in df)
    out = []
    for w in words:
        # The article is idf(t) on each of its words; the others' centroid is (df(t) - own) * idf(t).
        dot = math.fsum((df[t] - 1) * idf[t] ** 2 for t in w)
        own = math.sqrt(math.fsum(idf[t] ** 2 for t in w))
        rest = math.sqrt(max(full - math.fsum((2 * df[t] - 1) * idf[t] ** 2 for t in w), 0.0))
        out.append(dot / (own * rest) if own and rest else 0.0)
    return out


def _median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0.0
