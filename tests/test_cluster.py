"""Clustering sentences into facts, and the item made of a cluster: on a few hand-made sentences."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from support import statement, token_sets

from briefing.analyse.events.lexicon import lexicon
from briefing.curate.apart import counted_from
from briefing.curate.assemble import Setting, make_event
from briefing.curate.cluster import cluster_statements
from briefing.curate.similarity import Scorer, idf_weights
from briefing.model import DateMention, Event, Statement

PUBLISHED = dt.date(2024, 9, 14)  # a Saturday: "on Friday" is 13 September 2024
UNDATED: dict[str, Any] = {"published": None}
# Other reporting of the corpus, so that common words weigh as little as they would in a real one.
BACKGROUND = [statement(text, source="background") for text in (
    "Officials in the capital said the talks would continue next week.",
    "The minister met reporters after the meeting in the capital.",
    "The government said the delegation would return home on Sunday.",
    "Analysts said the visit signalled closer ties between the two countries.",
    "The ministry did not comment on the report.",
)]


def statements(*sentences: tuple[str, str] | tuple[str, str, dict[str, Any]]) -> list[Statement]:
    """(article, text[, options]) in reading order; each article is dated PUBLISHED unless told."""
    articles: dict[str, int] = {}
    out = []
    for order, (source, text, *options) in enumerate(sentences):
        kw = {"published": PUBLISHED, **(options[0] if options else {})}
        out.append(statement(text, source=source, article=articles.setdefault(source, len(articles)), order=order,
                             **kw))
    return out


def clusters(sts: list[Statement]) -> list[list[int]]:
    tokens = token_sets(sts)
    return cluster_statements(sts, tokens, Scorer(idf_weights(tokens + token_sets(BACKGROUND))))


def merged(a: str, b: str, a_options: dict[str, Any] | None = None, b_options: dict[str, Any] | None = None) -> bool:
    found = clusters(statements(("a", a, a_options or {}), ("b", b, b_options or {})))
    assert found in ([[0, 1]], [[0], [1]])
    return found == [[0, 1]]


ARRIVED = "Shoigu arrived in Pyongyang on {} for talks with Kim Jong Un."
PUTIN_KIM = {"people": {"Putin": "putin", "Kim": "kim"}}


# Each contradiction comes with a control: the same sentences without it are one fact, so the
# refusal is the contradiction's doing, not the wording's.
@pytest.mark.parametrize(
    ("a", "b", "a_options", "b_options", "one_fact"),
    [
        pytest.param("Defence Minister Shoigu arrived in Pyongyang on Friday for talks with Kim Jong Un.",
                     "Shoigu landed in Pyongyang on Friday for talks with Kim Jong Un, state media reported.",
                     {}, {}, True, id="one fact in two wordings"),
        # Dates: resolved far apart, or a day and month far apart even without the year.
        pytest.param(ARRIVED.format("Friday"), ARRIVED.format("September 13"), {}, {}, True, id="same day"),
        pytest.param(ARRIVED.format("Friday"), ARRIVED.format("July 19"), {}, {}, False, id="days apart"),
        pytest.param(ARRIVED.format("Sept. 13"), ARRIVED.format("September 13"), UNDATED, UNDATED, True,
                     id="same day, no year"),
        pytest.param(ARRIVED.format("Sept. 13"), ARRIVED.format("July 19"), UNDATED, UNDATED, False,
                     id="days apart, no year"),
        # Weekdays: known even where the date is not.
        pytest.param(ARRIVED.format("Friday"), ARRIVED.format("Friday"), UNDATED, UNDATED, True, id="same weekday"),
        pytest.param(ARRIVED.format("Friday"), ARRIVED.format("Tuesday"), UNDATED, UNDATED, False,
                     id="other weekday"),
        # Figures: sharing one is one vote reported two ways; all different is another vote.
        pytest.param("Lawmakers ratified the treaty by 221 votes to 14.",
                     "Lawmakers ratified the treaty by 221 votes to 12.", {}, {}, True, id="figures shared"),
        pytest.param("Lawmakers ratified the treaty by 221 votes to 14.",
                     "Lawmakers ratified the treaty by 338 votes to 3.", {}, {}, False, id="figures all differ"),
        # One figure each that differs: one fact misreported only when the rest is worded alike.
        pytest.param("Coast guards seized 12 grain ships near the port.",
                     "Coast guards seized 15 grain ships near the port.", {}, {}, True, id="one figure, alike"),
        pytest.param("The envoy began a two-day visit to Valdoria with trade talks.",
                     "The envoy held four hours of trade talks in Valdoria.", {}, {}, True, id="no figures, unalike"),
        pytest.param("The envoy began a 2-day visit to Valdoria with trade talks.",
                     "The envoy held 4 hours of trade talks in Valdoria.", {}, {}, False, id="one figure, unalike"),
        # Quotations: most words shared is one remark; at most half is another.
        pytest.param("Kim called the talks with Shoigu “cordial and detailed”.",
                     "Kim called the talks with Shoigu “cordial, detailed and useful”.", {}, {}, True,
                     id="quotes overlap"),
        pytest.param("Kim called the talks with Shoigu “cordial and detailed”.",
                     "Kim called the talks with Shoigu “productive and frank”.", {}, {}, False, id="quotes differ"),
        # People: one naming a subset of the other's can be one fact; each naming someone the other does not is not.
        pytest.param("Putin gave Kim a hunting dog.", "Kim was given a hunting dog.",
                     PUTIN_KIM, {"people": {"Kim": "kim"}}, True, id="people subset"),
        pytest.param("Putin gave Kim a hunting dog.", "Lind gave Kim a hunting dog.",
                     PUTIN_KIM, {"people": {"Lind": "lind", "Kim": "kim"}}, False, id="other people"),
    ],
)
def test_two_articles_one_fact_unless_a_detail_contradicts(a: str, b: str, a_options: dict[str, Any],
                                                           b_options: dict[str, Any], one_fact: bool) -> None:
    assert merged(a, b, a_options, b_options) is one_fact


def test_a_day_apart_is_one_event_whether_or_not_the_articles_are_dated() -> None:
    a, b = ARRIVED.format("September 13"), ARRIVED.format("September 12")
    assert merged(a, b, UNDATED, UNDATED)
    assert merged(a, b)


def test_a_day_apart_is_two_events_when_the_actions_differ() -> None:
    """A welcome one day is not an arrival the next, though both are of one visit (one family of actions)."""
    welcomed = "Kim Jong Un welcomed the Russian minister Shoigu in Pyongyang on September {}."
    arrived = "The Russian minister Shoigu arrived in Pyongyang on September 13 for a visit, state media said."
    assert merged(welcomed.format(13), arrived)
    assert not merged(welcomed.format(12), arrived)


def test_who_tells_of_an_event_is_not_one_of_its_people() -> None:
    """"Ushakov says the talks ran for two hours" is about Putin and Kim's talks, whoever says it; but a remark
    with no day of its own is told apart by who made it."""
    talks = "Putin and Kim held talks in Pyongyang on Wednesday that lasted about two hours."
    told = "Kremlin aide Ushakov said the leaders held talks in Pyongyang on Wednesday that lasted about two hours."
    assert merged(talks, told, {"people": {"Putin": "putin", "Kim": "kim"}}, {"people": {"Ushakov": "ushakov"}})
    remark = "Analyst Novak said the talks were more symbolic than practical."
    assert not merged(remark, remark.replace("Novak", "Berg"), {"people": {"Novak": "novak"}},
                      {"people": {"Berg": "berg"}})


def test_a_vaguer_report_joins_reports_dated_a_day_apart() -> None:
    """"Last month" holds both days of two reports of one arrival a day apart, whatever its action."""
    sts = statements(("a", ARRIVED.format("September 13")), ("b", ARRIVED.format("September 12")),
                     ("c", "Shoigu held talks with Kim Jong Un in Pyongyang last month.",
                      {"published": dt.date(2024, 10, 5)}))
    assert clusters(sts) == [[0, 1, 2]]


def test_unrelated_sentences_stay_apart_and_clusters_come_in_reading_order() -> None:
    sts = statements(
        ("a", "Markets in the capital were calm."),
        ("a", "Coast guards seized 12 grain ships near the port."),
        ("b", "The weather turned cold."),
        ("b", "Coast guards seized 12 grain ships near the port, officials said."),
    )
    assert clusters(sts) == [[0], [1, 3], [2]]


def test_two_sentences_of_one_article_are_never_merged_with_each_other() -> None:
    sts = statements(("a", "Coast guards seized 12 grain ships."), ("a", "Coast guards seized 12 grain ships."))
    assert clusters(sts) == [[0], [1]]


def test_a_sentence_moving_its_article_on_tells_another_event() -> None:
    """Of one article's sentences, one opening with "Later" tells the next event, however alike its words and
    day; without the opener the article tells one sitting twice."""
    published = {"published": dt.date(2023, 10, 20)}
    first = ("a", "On 19 October the two ministers sat down for formal talks in Pyongyang.", published)
    again = "On 19 October, the two ministers sat down for talks."
    assert clusters(statements(first, ("a", again, published))) == [[0, 1]]
    assert clusters(statements(first, ("a", "Later " + again[0].lower() + again[1:], published))) == [[0], [1]]


# --- the thresholds, on hand-made token sets where every token weighs 1 (the score is then Jaccard) ---


def _tokens(spec: str) -> frozenset[str]:
    """ "x1-4 y2" -> {x1, x2, x3, x4, y2} """
    out = set()
    for part in spec.split():
        first, _, last = part[1:].partition("-")
        out |= {f"{part[0]}{n}" for n in range(int(first), int(last or first) + 1)}
    return frozenset(out)


def clusters_of_tokens(*sentences: tuple[str, str]) -> list[list[int]]:
    """(article, token spec) in reading order; the sentences themselves say nothing specific."""
    sts = [statement(f"Sentence {'abcdefgh'[n]} of the report.", source=source, article=ord(source) - ord("a"),
                     order=n)
           for n, (source, _) in enumerate(sentences)]
    tokens = [_tokens(spec) for _, spec in sentences]
    return cluster_statements(sts, tokens, Scorer(dict.fromkeys(frozenset().union(*tokens), 1.0)))


def test_a_third_sentence_from_the_same_article_needs_the_higher_bar() -> None:
    # a's first sentence and b's are one fact (9/11); a's second resembles both at 5/13 (0.38): enough
    # for a sentence of a new article (0.30), not for another sentence of an article already there (0.40).
    assert clusters_of_tokens(("a", "x1-10"), ("b", "x1-9 y1"), ("a", "x1-5 z1-3")) == [[0, 1], [2]]
    assert clusters_of_tokens(("a", "x1-10"), ("b", "x1-9 y1"), ("c", "x1-5 z1-3")) == [[0, 1, 2]]
    # At 6/13 (0.46) it clears the higher bar too.
    assert clusters_of_tokens(("a", "x1-10"), ("b", "x1-9 y1"), ("a", "x1-6 z1-3")) == [[0, 1, 2]]


@pytest.mark.parametrize(
    ("b", "c", "expected"),
    [
        ("x2-12", "x2-11", [[0, 1, 2]]),  # c is like a (0.82) and b (0.91): the three are one fact
        ("x6-15", "x11-20", [[0, 1], [2]]),  # c is like b (0.33), nothing like a: no chaining through b
        ("x2-12", "x8-15", [[0, 1], [2]]),  # c is like a a little (0.20), b more (0.36): below the bar on average
    ],
)
def test_chaining_through_a_loosely_related_sentence_is_refused(b: str, c: str, expected: list[list[int]]) -> None:
    assert clusters_of_tokens(("a", "x1-10"), ("b", b)) == [[0, 1]]
    assert clusters_of_tokens(("a", "x1-10"), ("b", b), ("c", c)) == expected


def test_a_weak_overlap_counts_only_between_mutual_best_matches() -> None:
    # 4/16 (0.25) is below the bar for a strong pair but enough between sentences that match nothing better.
    assert clusters_of_tokens(("a", "x1-10"), ("b", "x7-16")) == [[0, 1]]
    # b's other sentence is a's better match, so the weak pair stays apart; the better one merges.
    assert clusters_of_tokens(("a", "x1-10"), ("b", "x7-16"), ("b", "x5-14")) == [[0, 2], [1]]


def clusters_of_reports(*rows: tuple[str, str, str, str]) -> list[list[int]]:
    """(article, sentence, its article's date, token spec): sentences analysed for their dates and actions,
    scored on hand-made tokens, so that only the dates decide."""
    sts = [dataclasses.replace(statement(text, source=source, article=ord(source) - ord("a"), order=n,
                                         published=dt.date.fromisoformat(day)), published=dt.date.fromisoformat(day))
           for n, (source, text, day, _) in enumerate(rows)]
    tokens = [_tokens(spec) for *_, spec in rows]
    return cluster_statements(sts, tokens, Scorer(dict.fromkeys(frozenset().union(*tokens), 1.0)))


FOUND = ("a", "Divers recovered the body of a worker on March 27.", "2024-03-28", "x1-10")


@pytest.mark.parametrize(
    ("text", "published", "one_event"),
    [
        # told as news in an article of six weeks later: another recovery, for all a weak overlap says
        ("Divers recovered the body of the last missing worker.", "2024-05-09", False),
        ("Divers recovered the body of the last missing worker.", "2024-03-29", True),  # news of those days
        # a time of its own, though it cannot be dated: told as past, and a weak overlap may still join it
        ("Two days after the storm, divers recovered the body of the last missing worker.", "2024-05-09", True),
        # a plan is news of a day to come
        ("Divers are expected to recover the body of the last missing worker.", "2024-03-20", True),
    ],
)
def test_a_weak_overlap_joins_no_undated_report_from_another_time(text: str, published: str, one_event: bool) -> None:
    # 4/16 (0.25): a weak pair, which mutual best matches may join
    found = clusters_of_reports(FOUND, ("b", text, published, "x7-16"))
    assert found == ([[0, 1]] if one_event else [[0], [1]])
    # worded much alike, an old event retold in a later article joins whatever its article's date
    assert clusters_of_reports(FOUND, ("b", text, published, "x1-9 y1")) == [[0, 1]]


# --- the item of a cluster ---


def item_of(sts: list[Statement], origin: dict[str, str] | None = None, section: str = "visits") -> Event:
    return make_event(section, sts, token_sets(sts), Setting(origin or {}, {}))


def test_the_shown_sentence_is_the_one_reading_best_alone() -> None:
    names = {"people": {"Shoigu": "shoigu", "Kim": "kim"}}
    sts = statements(
        ("a", "He arrived in Pyongyang on Friday for talks with the leader."),  # leans on the sentence before
        ("b", "Shoigu arrived in Pyongyang on Friday for talks with Kim.", names),  # names its people
        ("c", "The minister arrived in Pyongyang on Friday for talks."),
    )
    item = item_of(sts)
    assert item.text == "Shoigu arrived in Pyongyang on Friday for talks with Kim."
    assert item.shown.source == "b"
    assert item.id == "visits-" + sts[1].sentence.id.removeprefix("s-")
    # Every article is cited, in reading order, whatever order the cluster came in.
    assert [c.source for c in item_of(sts[::-1]).citations] == ["a", "b", "c"]


def test_the_shown_text_has_its_white_space_folded() -> None:
    sts = statements(("a", "Shoigu arrived\n in  Pyongyang."))
    assert item_of(sts).text == "Shoigu arrived in Pyongyang."
    assert item_of(sts).citations[0].text == "Shoigu arrived\n in  Pyongyang."  # the citation stays verbatim


def test_an_undated_article_borrows_the_year_of_a_corroborating_report() -> None:
    sts = statements(("dated", "In July of this year the delegation signed the accord in Vienna."),
                     ("undated", "In mid-July the delegation signed the accord in Vienna.", UNDATED))
    assert sts[1].date is not None and not sts[1].date.resolved
    item = item_of(sts)
    borrowed = item.citations[1].date
    assert borrowed is not None and borrowed.span == (dt.date(2024, 7, 11), dt.date(2024, 7, 20))
    assert borrowed.note == "year from the corroborating report ‘In July of this year’"
    assert item.date == item.citations[1]  # mid-July is more precise than July


def test_a_date_that_disagrees_with_the_corroborating_report_borrows_nothing() -> None:
    sts = statements(("dated", "In July of this year the delegation signed the accord in Vienna."),
                     ("undated", "In mid-March the delegation signed the accord in Vienna.", UNDATED))
    item = item_of(sts)
    assert item.citations[1].date == sts[1].date  # still unresolved, with its own note
    assert item.date == item.citations[0]


def test_copies_are_cited_but_not_counted_as_independent() -> None:
    sts = statements(("a", "Coast guards seized 12 grain ships."), ("b", "Coast guards seized 12 grain ships."),
                     ("c", "Coast guards seized 12 grain ships."))
    assert item_of(sts).independent == 3
    copied = item_of(sts, {"c": "a"})
    assert copied.sources == ["a", "b", "c"]
    assert copied.independent == 2


def test_two_events_showing_the_same_words_get_distinct_ids() -> None:
    from briefing.curate.sections import unique_ids
    from briefing.model import Event

    def event(id_: str) -> Event:
        return Event(id=id_, section="treaty", text="It was signed.", citations=(), date=None, independent=1)

    ids = [e.id for e in unique_ids([event("treaty-ab"), event("treaty-ab"), event("treaty-ab-2"), event("treaty-c")])]
    assert len(set(ids)) == 4
    assert ids[0] == "treaty-ab" and ids[3] == "treaty-c"


def test_reports_a_day_apart_in_other_words_are_one_event_only_near_midnight() -> None:
    """Told in other words, two days of one action are two events (the search briefing of Monday and that of
    Tuesday), unless a report speaks of the small hours, when time zones put one moment a day apart."""
    landed = "The Russian defence minister's plane landed in the North Korean capital on September {}."
    assert not merged(ARRIVED.format("September 13"), landed.format(12))
    assert merged(ARRIVED.format("September 13"), landed.format(12).replace(" on", " at 1:30 a.m. on"))
    assert merged(ARRIVED.format("September 13"), landed.format(13))


def test_reports_worded_alike_two_days_apart_are_two_events() -> None:
    a, b = ARRIVED.format("September 14"), ARRIVED.format("September 12")
    assert not merged(a, b)


def test_a_report_dated_by_its_weekday_alone_joins_no_event_of_another_weekday() -> None:
    """"on Friday" in an undated article is no report of an arrival another article dates, by the sentence
    before, to Saturday 14 September, however alike the words (no date phrase of its own contradicts it); "on
    Saturday" may be."""
    saturday = DateMention("on September 14", 0, 0, "day", dt.date(2024, 9, 14), dt.date(2024, 9, 14), True,
                           "dated by context", origin="context")
    for day, one in (("Friday", False), ("Saturday", True)):
        sts = statements(("a", "Shoigu arrived in Pyongyang for talks with Kim Jong Un."),
                         ("c", ARRIVED.format(day), UNDATED))
        sts[0] = dataclasses.replace(sts[0], date=saturday)
        assert (clusters(sts) == [[0, 1]]) is one


def test_a_weekday_alone_parts_reports_whose_action_is_unknown_too() -> None:
    """"They buried him on Tuesday" in an undated article, with no action the lexicon knows, is still no report of
    what another article tells of a Saturday, however alike the words."""
    told = "Mourners in the northern city heaped red roses on the grave of the Wagner founder {}."
    for day, one in (("on Tuesday", False), ("on Saturday", True)):
        sts = statements(("a", told.format("today")), ("c", told.format(day), UNDATED))
        assert [s.frame for s in sts] == [None, None]
        assert (clusters(sts) == [[0, 1]]) is one


def test_a_report_counting_its_day_from_an_event_is_no_report_of_it() -> None:
    """"The day after the bridge collapsed, ..." counts its unknown day from the collapse: it joins no report of a
    collapse, however many words they share, but may join a report of what it tells."""
    collapse = "The Key Bridge collapsed into the Patapsco River on Tuesday after a cargo ship struck a pier."
    counted = "The day after the Key Bridge collapsed into the Patapsco River, the governor asked for federal help."
    asked = "The governor asked for federal help on Wednesday after the Key Bridge collapsed into the Patapsco River."
    assert not merged(collapse, counted)
    assert merged(asked, counted)
    acquitted = "A jury in Sherbrooke on Friday acquitted three former rail workers of criminal negligence."
    assert not merged(acquitted, "The plan comes four months after a jury in Sherbrooke acquitted three former rail "
                                 "workers of criminal negligence.")


def test_every_count_of_a_sentence_names_an_event_it_is_not() -> None:
    s = statement("The plan comes eight weeks before the bridge collapsed, and four months after a jury in Sherbrooke "
                  "acquitted three former rail workers.")
    assert counted_from(s, lexicon()) == {"accident", "justice"}


BOARDED = [("a", "The choir sang in the hall on April 15.", "2024-04-16", "x1-10"),
           ("b", "The choir sang in the hall on Monday.", "2024-04-16", "x1-10"),
           ("c", "The fair began in April, when the choir sang in the hall.", "2024-05-20", "x1-5 y1-5")]


@pytest.mark.parametrize(
    ("vague", "joins"),
    [
        ("The fair began last month.", True),  # a month holding the day: that day's event, told vaguely
        ("The fair began in mid-April.", True),
        ("The fair ran from April 14 to April 16.", False),  # a span of days is an event of several days
        ("Two days after the storm, the fair began.", False),  # a time it could not resolve
        ("The fair began in March.", False),  # a month that does not hold the day
    ],
)
def test_a_vague_report_joins_the_one_event_dated_to_a_day_inside_its_span(vague: str, joins: bool) -> None:
    # d matches c alone (5/15, 0.33), too little beside a and b for the three to take it in as a group; once the
    # groups are made, a vague group strongly matching one group dated to a day within its span joins it.
    found = clusters_of_reports(*BOARDED, ("d", vague, "2024-05-10", "y1-10"))
    assert found == ([[0, 1, 2, 3]] if joins else [[0, 1, 2], [3]])


def test_a_vague_report_matching_events_of_two_days_joins_neither() -> None:
    """Which of two days "last month" meant is unknown: it stays apart, said vaguely."""
    searched = [("e", "The band played in the park on April 3.", "2024-04-04", "z1-10"),
                ("f", "The band played in the park on Wednesday.", "2024-04-04", "z1-10"),
                ("g", "The band played in the park in April as the fair began.", "2024-05-20", "z1-5 y6-10")]
    last_month = ("d", "The fair began last month.", "2024-05-10", "y1-10")
    assert clusters_of_reports(*BOARDED, *searched, last_month) == [[0, 1, 2], [6], [3, 4, 5]]
    assert clusters_of_reports(*BOARDED, *searched[:2], last_month) == [[0, 1, 2, 5], [3, 4]]


SIGNED = [("a", "The minister signed the decree in the hall on April 15.", "2024-04-16", "x1-10"),
          ("b", "The minister signed the decree in the hall on Monday.", "2024-04-16", "x1-10"),
          ("c", "The decree was signed in April, when the minister came to the hall.", "2024-05-20", "x1-5 y1-5")]


@pytest.mark.parametrize(
    ("vague", "joins"),
    [
        # 4/14 (0.29), below the strong bar: its words say no other action, the day's reports name a signing
        ("The decree made headlines last month.", True),
        ("The minister's decree was news last month.", True),
        # placed by another event, it may share its words with that event's reports, not with its own
        ("The decree made headlines last month, after a long debate.", False),
    ],
)
def test_a_vague_report_worded_somewhat_alike_joins_an_action_of_a_day(vague: str, joins: bool) -> None:
    found = clusters_of_reports(*SIGNED, ("d", vague, "2024-05-10", "y1-4 x6-9"))
    assert found == ([[0, 1, 2, 3]] if joins else [[0, 1, 2], [3]])


@pytest.mark.parametrize(("spec", "expected"), [("x1-4 z1-3 w1-2", [[0, 1, 2, 5], [3, 4]]),
                                                ("x1-3 z1-4 w1-2", [[0, 1, 2], [3, 4, 5]])])
def test_a_vague_report_matching_two_events_of_one_day_joins_the_likest(spec: str, expected: list[list[int]]) -> None:
    """Whichever of two events of 15 April "last month" is of, it is of 15 April: it joins the one worded more
    like it."""
    met = [("e", "The minister met the governors in the hall on April 15.", "2024-04-16", "z1-10"),
           ("f", "The minister met the governors in the hall on Monday.", "2024-04-16", "z1-10")]
    assert clusters_of_reports(*SIGNED, *met, ("d", "The decree came last month.", "2024-05-10", spec)) == expected
