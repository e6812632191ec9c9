"""Two reports of one event, however worded: actions of one family on agreeing dates (curate/event_keys.py).

``tests/data/event_keys.tsv`` gives pairs of sentences, each with its article's date, and how event_score
scores them; the statements are analysed as the pipeline analyses them (``support.statement``). The
candidate pairs (``event_pairs``) are checked on hand-made keys.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from case_tables import Row, load_rows, params, passing
from support import statement

from briefing.curate.event_keys import (
    EVENT_DAY,
    EVENT_MONTH,
    EVENT_NEAR,
    NEWS_DAYS,
    NO_EVENT,
    WINDOW,
    EventKey,
    event_keys,
    event_pairs,
    event_score,
)
from briefing.model import Statement

ROWS = load_rows("event_keys.tsv", ["a", "a_published", "b", "b_published", "score", "gap"])
SCORES = {"DAY": EVENT_DAY, "MONTH": EVENT_MONTH, "NEAR": EVENT_NEAR, "0": 0.0}
# The people and parties of the table's stories: a name as written -> its key.
PEOPLE = {"Putin": "putin", "Kim": "kim", "Grace Ocean": "grace-ocean", "Ruto": "ruto", "Milton": "milton",
          "Brussels": "eu", "EU": "eu", "Beijing": "china", "Kurtz": "kurtz", "CrowdStrike": "crowdstrike"}


def made(text: str, published: str, *, article: int = 0) -> Statement:
    """The statement of a table cell: 'H: ' makes a headline; the article's date is the statement's."""
    label = text.startswith("H: ")
    text = text.removeprefix("H: ")
    day = None if published == "-" else dt.date.fromisoformat(published)
    st = statement(text, article=article, published=day, people={n: k for n, k in PEOPLE.items() if n in text})
    return dataclasses.replace(st, published=day, label=label)


def scored(row: Row) -> tuple[float, float]:
    a, b = event_keys([made(row["a"], row["a_published"]), made(row["b"], row["b_published"], article=1)])
    return event_score(a, b), event_score(b, a)


@pytest.mark.parametrize("row", params(ROWS))
def test_event_score(row: Row) -> None:
    assert scored(row) == (SCORES[row["score"]],) * 2


def test_the_table_has_every_score_and_one_undated_side_each_way() -> None:
    rows = passing(ROWS)
    assert {r["score"] for r in rows} == set(SCORES)
    keys = [event_keys([made(r["a"], r["a_published"]), made(r["b"], r["b_published"])]) for r in rows]
    near = [k for k, r in zip(keys, rows) if r["score"] == "NEAR"]
    assert all(a.dated != b.dated for a, b in near)
    assert sum(1 for r in rows if r["score"] == "0") >= 10


# --------------------------------------------------------------------------- what event_keys reads

KEYS = [
    # (sentence, article date, family, start, end, published, planned)
    ("Putin and Kim signed a pact on Wednesday.", "2024-06-20", "sign", "2024-06-19", "2024-06-19", None, False),
    ("Putin and Kim signed a pact in June.", "2024-09-14", "sign", "2024-06-01", "2024-06-30", None, False),
    # A date wider than a month places nothing, and a resolved date is no undated report either.
    ("Putin and Kim signed a pact in 2024.", "2024-09-14", "sign", None, None, None, False),
    ("Putin and Kim signed a pact pledging mutual aid.", "2024-06-21", "sign", None, None, "2024-06-21", False),
    ("Putin and Kim signed a pact on Wednesday.", "-", "sign", None, None, None, False),
    # The key holds the action's family: arriving, visiting, receiving and meeting are all encounters.
    ("Putin will visit Pyongyang on June 18.", "2024-06-14", "encounter", "2024-06-18", "2024-06-18", None, True),
    ("A royal visit is planned.", "2024-06-14", "encounter", None, None, "2024-06-14", True),
    ("A visit is planned for next spring.", "2024-06-14", "encounter", None, None, None, True),
    ("Putin and Kim held talks on Wednesday.", "2024-06-20", "encounter", "2024-06-19", "2024-06-19", None, False),
    ("The Dali struck the Key Bridge on March 26.", "2024-03-28", "accident", "2024-03-26", "2024-03-26", None,
     False),
    # An action named in passing is no action of the statement's: such a statement, like one naming no action,
    # gets the one shared key of no event, whatever its date.
    ("Protesters gathered after the vote on August 9.", "2022-08-10", "", None, None, None, False),
    ("Turnout was 64 percent on Tuesday.", "2022-08-10", "", None, None, None, False),
]


@pytest.mark.parametrize(("text", "published", "family", "start", "end", "undated_in", "planned"), KEYS)
def test_event_keys(text: str, published: str, family: str, start: str | None, end: str | None,
                    undated_in: str | None, planned: bool) -> None:
    (key,) = event_keys([made(text, published)])
    day = lambda s: None if s is None else dt.date.fromisoformat(s)  # noqa: E731
    assert (key.family, key.start, key.end, key.published, key.planned) == (
        family, day(start), day(end), day(undated_in), planned)
    assert key.dated == (start is not None)


# (sentence, article date, field, value): the fields that keep reports of one family and month apart, or join
# a report with no full date to a dated one.
FIELDS = [
    # things: the object's words, for an action whose object tells its events apart (and only for one)
    ("On Friday, airlines cancelled 3,000 flights.", "2024-07-20", "things", {"flight"}),
    ("On Wednesday, Putin also handed over a hunting rifle.", "2024-06-20", "things", {"hunt", "rifl"}),
    ("On Friday, Putin and Kim signed a pact.", "2024-06-22", "things", set()),
    ("The talks were cancelled.", "2024-07-20", "things", set()),  # passive: the object region is empty
    # stretch: an explicit span of days, not a single day nor a month
    ("Airlines cancelled 10,000 flights from July 19 to July 21.", "2024-07-22", "stretch", True),
    ("The leaders met on 18-19 June.", "2024-06-25", "stretch", True),
    ("Airlines cancelled 3,000 flights on Friday.", "2024-07-20", "stretch", False),
    ("The channel reopened in June.", "2024-08-01", "stretch", False),
    # yearless: the days of the year of a date with no year, in an undated article
    ("Putin and Kim met this June.", "-", "yearless", (153, 182)),
    ("The Dali struck the bridge in March.", "-", "yearless", (61, 91)),
    ("Putin and Kim met this June.", "2024-07-01", "yearless", None),  # a dated article gives the year
    ("Putin met Kim on Friday.", "-", "yearless", None),  # a weekday names no day of the year
    # weekday: a weekday alone, in an undated article
    ("Putin met Kim on Friday.", "-", "weekday", 4),
    ("Kurtz apologised to customers on Monday.", "-", "weekday", 0),
    ("Putin met Kim on Friday.", "2024-06-22", "weekday", None),  # dated: the calendar day is known
    ("Putin and Kim met this June.", "-", "weekday", None),
    # shifted: the sentence opens by moving to another time, and reaches for no date of its article's days
    ("Later, Putin arrived in Pyongyang.", "2024-06-20", "shifted", True),
    ("Before that, the EU imposed duties on Chinese electric cars.", "2024-07-08", "shifted", True),
    ("Putin arrived in Pyongyang later than planned.", "2024-06-20", "shifted", False),
    ("Putin arrived in Pyongyang.", "2024-06-20", "shifted", False),
]


@pytest.mark.parametrize(("text", "published", "field", "value"), FIELDS)
def test_the_fields_that_keep_reports_apart(text: str, published: str, field: str, value: object) -> None:
    (key,) = event_keys([made(text, published)])
    assert getattr(key, field) == value


def test_a_shifted_report_has_no_article_days() -> None:
    (key,) = event_keys([made("Later, Putin arrived in Pyongyang.", "2024-06-20")])
    assert key.published == dt.date(2024, 6, 20) and key.near is None


def test_parties_are_participants_and_mentions() -> None:
    (key,) = event_keys([made("Putin gave Kim a limousine on Friday.", "2024-06-22")])
    assert key.parties == {"@putin", "@kim"}
    (nobody,) = event_keys([made("The two leaders exchanged gifts.", "2024-06-22")])
    assert nobody.parties == frozenset()


def test_the_near_window_is_the_ten_days_before_the_article_and_the_day_after() -> None:
    (key,) = event_keys([made("Putin and Kim signed a pact pledging mutual aid.", "2024-06-21")])
    assert key.near == (dt.date(2024, 6, 21) - NEWS_DAYS, dt.date(2024, 6, 22))
    (dated,) = event_keys([made("Putin and Kim signed a pact on Wednesday.", "2024-06-20")])
    assert dated.near is None


# --------------------------------------------------------------------------- event_pairs


def key(family: str, start: str | None, end: str | None = None, *, published: str | None = None,
        label: bool = False, yearless: tuple[int, int] | None = None, weekday: int | None = None) -> EventKey:
    day = lambda s: None if s is None else dt.date.fromisoformat(s)  # noqa: E731
    return EventKey(family, day(start), day(end or start), label, day(published), yearless=yearless,
                    weekday=weekday)


def test_pairs_within_one_family_and_month_within_one_article_too() -> None:
    """Blocks are of one family and month; two reports of one article are paired too (clustering holds them
    to a higher bar)."""
    keys = [key("sign", "2024-06-19"), key("sign", "2024-06-20"), key("encounter", "2024-06-19"),
            key("sign", "2024-07-01"), key("sign", "2024-06-19"), key("sign", "2024-06-21")]
    articles = [0, 1, 2, 3, 0, 0]
    assert sorted(event_pairs(keys, articles)) == [(0, 1), (0, 4), (0, 5), (1, 4), (1, 5), (4, 5)]


def test_actions_of_one_family_share_a_block() -> None:
    """An arrival, a reception and talks (one family, encounter) are paired; a gift (transfer) is not."""
    keys = [key("encounter", "2024-06-19"), key("encounter", "2024-06-19"), key("transfer", "2024-06-19"),
            key("encounter", "2024-06-20")]
    assert sorted(event_pairs(keys, [0, 1, 2, 3])) == [(0, 1), (0, 3), (1, 3)]


def test_a_date_without_a_year_joins_its_months_blocks_of_every_year() -> None:
    """"This June" in an undated article joins the June blocks of its family, whatever their year; a weekday
    alone joins every month's; with no dated report of its family, it is paired with nothing. (A pair may come
    from two blocks: clustering takes the pairs as a set.)"""
    june = (153, 182)
    keys = [key("encounter", "2024-06-19"), key("encounter", "2023-06-10"), key("encounter", None, yearless=june),
            key("encounter", "2024-09-13"), key("transfer", None, yearless=june),
            key("encounter", None, weekday=4)]
    pairs = sorted(set(event_pairs(keys, [0, 1, 2, 3, 4, 5])))
    assert [p for p in pairs if 2 in p] == [(0, 2), (1, 2), (2, 5)]
    assert [p for p in pairs if 5 in p] == [(0, 5), (1, 5), (2, 5), (3, 5)]
    assert not [p for p in pairs if 4 in p]


def test_a_span_over_two_months_is_in_both_blocks() -> None:
    keys = [key("strike", "2024-06-28", "2024-07-04"), key("strike", "2024-06-20"), key("strike", "2024-07-10")]
    assert sorted(event_pairs(keys, [0, 1, 2])) == [(0, 1), (0, 2)]


def test_an_undated_report_is_blocked_by_its_article_days() -> None:
    keys = [key("sign", "2024-06-19"), key("sign", None, published="2024-06-21"),
            key("sign", None, published="2024-08-21"), key("sign", None)]
    assert sorted(event_pairs(keys, [0, 1, 2, 3])) == [(0, 1)]


def test_headlines_and_unknown_actions_are_never_paired() -> None:
    keys = [key("sign", "2024-06-19", label=True), key("sign", "2024-06-19"), key("", "2024-06-19"),
            key("", "2024-06-19")]
    assert list(event_pairs(keys, [0, 1, 2, 3])) == []


def test_each_statement_is_paired_with_at_most_window_neighbours_in_date_order() -> None:
    n = WINDOW + 8
    keys = [key("visit", f"2024-06-{1 + (i * 7) % 28:02d}") for i in range(n)]  # shuffled days
    pairs = set(event_pairs(keys, list(range(n))))
    order = sorted(range(n), key=lambda i: (keys[i].start, i))
    expected = {tuple(sorted((order[x], order[y]))) for x in range(n) for y in range(x + 1, min(n, x + 1 + WINDOW))}
    assert pairs == expected
    assert all(i < j for i, j in pairs)
    assert len(pairs) == sum(min(WINDOW, n - 1 - x) for x in range(n))


def test_a_statement_reporting_no_action_shares_the_key_of_no_event() -> None:
    keys = event_keys([made("Turnout was 64 percent on Tuesday.", "2022-08-10"),
                       made("Protesters gathered after the vote on August 9.", "2022-08-10")])
    assert keys[0] is keys[1] is NO_EVENT
    assert event_score(NO_EVENT, NO_EVENT) == 0.0


def test_a_month_holding_reports_of_its_family_on_days_apart_tells_none_of_them() -> None:
    """"The railroad was sued in March" is one of March's suits, when the section holds suits of the 14th and
    the 30th: it is scored as neither (only its words may join it); with one suit of March, it is that one."""
    one, two, month = (made("The state sued the railroad on March 14.", "2023-04-02"),
                       made("The families sued the railroad on March 30.", "2023-04-02", article=1),
                       made("The railroad was sued in March.", "2023-04-20", article=2))
    a, b, m = event_keys([one, two, month])
    assert m.ambiguous and not a.ambiguous and not b.ambiguous
    assert event_score(m, a) == event_score(a, m) == event_score(m, b) == 0.0
    a, m = event_keys([one, month])
    assert not m.ambiguous and event_score(m, a) == EVENT_MONTH
    # two reports a day apart (time zones, "late Tuesday", "early Wednesday") may be one event: no choice to make
    near = made("The families sued the railroad on March 15.", "2023-04-02", article=1)
    assert not event_keys([one, near, month])[2].ambiguous


def test_an_undated_report_whose_news_days_hold_two_days_of_its_action_tells_neither() -> None:
    """"Putin and Kim signed a pact pledging mutual aid", in an article of 21 June, is news of the ten days
    before it; with signings of the 12th and the 19th in them it is neither by its action alone."""
    undated = made("Putin and Kim signed a pact pledging mutual aid.", "2024-06-21", article=2)
    first, second = (made("Putin and Kim signed a pact on June 12.", "2024-06-13"),
                     made("Putin and Kim signed a pact on June 19.", "2024-06-20", article=1))
    a, b, u = event_keys([first, second, undated])
    assert u.ambiguous and event_score(u, a) == event_score(u, b) == 0.0
    b, u = event_keys([second, undated])
    assert not u.ambiguous and event_score(u, b) == EVENT_NEAR
