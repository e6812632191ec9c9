"""Date expressions in news sentences: finding, resolving, choosing and labelling them."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.analyse.dates import (
    NOTE_EVENT,
    NOTE_NO_YEAR,
    NOTE_OPEN,
    NOTE_UNDATED,
    DateMention,
    best_date,
    find_dates,
    format_date,
)

SEP14 = date(2024, 9, 14)  # a Saturday, the date of the Shoigu articles
SEP13 = date(2024, 9, 13)  # a Friday

D = date  # short alias for expected values


def only(sentence: str, article: date | None = SEP14) -> DateMention:
    """The single mention the sentence must have."""
    found = find_dates(sentence, article)
    assert len(found) == 1, found
    return found[0]


def span(m: DateMention) -> tuple[date | None, date | None]:
    return m.start_date, m.end_date


# --------------------------------------------------------------------------- the Shoigu articles


def test_day_and_month_without_year_takes_the_article_year() -> None:
    s = "The meeting took place in Pyongyang, where Shoigu arrived on September 13."
    m = only(s)
    assert m.phrase == "on September 13"
    assert s[m.start : m.end] == m.phrase
    assert (m.precision, span(m), m.relative) == ("day", (D(2024, 9, 13), D(2024, 9, 13)), True)


def test_sentence_initial_day() -> None:
    m = only("On August 31, Putin presented Kim Jong-un with a herd of horses.")
    assert m.phrase == "On August 31"
    assert (m.precision, span(m)) == ("day", (D(2024, 8, 31), D(2024, 8, 31)))


def test_month_alone() -> None:
    m = only("In June, the Russian leader visited Pyongyang.")
    assert m.phrase == "In June"
    assert (m.precision, span(m), m.relative) == ("month", (D(2024, 6, 1), D(2024, 6, 30)), True)


def test_month_of_this_year() -> None:
    m = only("In July of this year, Kim Jong-un received a Russian military delegation.")
    assert m.phrase == "In July of this year"
    assert (m.precision, span(m)) == ("month", (D(2024, 7, 1), D(2024, 7, 31)))


def test_season_with_year_and_the_count_is_not_a_date() -> None:
    m = only("30 horses were already brought to Pyongyang in the fall of 2022.")
    assert m.phrase == "in the fall of 2022"
    assert (m.precision, span(m), m.relative) == ("season", (D(2022, 9, 1), D(2022, 11, 30)), False)


def test_since_the_beginning_of_the_year_runs_to_the_article_date() -> None:
    m = only("Also, since the beginning of the year, Kim received two cars of the premium Russian brand Aurus.")
    assert m.phrase == "since the beginning of the year"
    assert (m.precision, span(m), m.relative) == ("range", (D(2024, 1, 1), D(2024, 9, 14)), True)
    assert best_date([m]) == m


def test_this_june_beats_since_2000() -> None:
    s = "This June, Russian President Vladimir Putin paid a state visit to North Korea for the first time since 2000."
    found = find_dates(s, SEP13)
    assert [m.phrase for m in found] == ["This June", "since 2000"]
    this_june, since_2000 = found
    assert span(this_june) == (D(2024, 6, 1), D(2024, 6, 30))
    assert span(since_2000) == (D(2000, 1, 1), D(2000, 12, 31))
    assert not since_2000.relative
    assert best_date(found) == this_june
    assert format_date(best_date(found)) == "June 2024"  # type: ignore[arg-type]


def test_mid_month() -> None:
    m = only("In mid-July, Kim received a Russian military delegation", SEP13)
    assert m.phrase == "In mid-July"
    assert (m.precision, span(m)) == ("part-of-month", (D(2024, 7, 11), D(2024, 7, 20)))
    assert format_date(m) == "mid-July 2024"


@pytest.mark.parametrize("article", [SEP13, SEP14])
def test_on_friday_is_the_latest_friday_on_or_before_the_article_date(article: date) -> None:
    m = only("According to the Security Council, a delegation led by Shoigu was in Pyongyang on Friday.", article)
    assert m.phrase == "on Friday"
    assert (m.precision, span(m), m.relative) == ("weekday", (D(2024, 9, 13), D(2024, 9, 13)), True)


UNDATED_CASES = [
    ("The meeting took place in Pyongyang, where Shoigu arrived on September 13.", "day", NOTE_NO_YEAR),
    ("On August 31, Putin presented Kim Jong-un with a herd of horses.", "day", NOTE_NO_YEAR),
    ("In June, the Russian leader visited Pyongyang.", "month", NOTE_NO_YEAR),
    ("In July of this year, Kim Jong-un received a delegation.", "month", NOTE_UNDATED),
    ("Also, since the beginning of the year, Kim received two cars.", "range", NOTE_UNDATED),
    ("In mid-July, Kim received a Russian military delegation", "part-of-month", NOTE_NO_YEAR),
    ("A delegation led by Shoigu was in Pyongyang on Friday.", "weekday", NOTE_UNDATED),
]


@pytest.mark.parametrize(("sentence", "precision", "note"), UNDATED_CASES)
def test_undated_article_leaves_relative_dates_unresolved(sentence: str, precision: str, note: str) -> None:
    m = only(sentence, None)
    assert (m.precision, span(m), m.relative, m.note) == (precision, (None, None), True, note)
    assert format_date(m) == f"undated (‘{m.phrase}’)"


def test_undated_article_still_resolves_explicit_years() -> None:
    m = only("30 horses were already brought to Pyongyang in the fall of 2022.", None)
    assert span(m) == (D(2022, 9, 1), D(2022, 11, 30))
    assert m.note == ""
    s = "This June, Russian President Vladimir Putin paid a state visit to North Korea for the first time since 2000."
    this_june, since_2000 = find_dates(s, None)
    assert span(this_june) == (None, None) and this_june.note == NOTE_UNDATED
    assert span(since_2000) == (D(2000, 1, 1), D(2000, 12, 31))
    # The anchor still does not date the event: the unresolved "This June" is returned.
    assert best_date([this_june, since_2000]) == this_june
    assert format_date(this_june) == "undated (‘This June’)"


def test_since_the_beginning_of_a_given_year_needs_the_article_date_for_its_end() -> None:
    m = only("Since the beginning of 2024, prices have doubled.", None)
    assert (m.precision, span(m), m.note) == ("range", (None, None), NOTE_OPEN)
    m = only("Since the beginning of 2024, prices have doubled.")
    assert span(m) == (D(2024, 1, 1), SEP14)


# --------------------------------------------------------------------------- absolute dates

ABSOLUTE = [
    ("The vote was held on 13 September 2024.", "on 13 September 2024", "day", (D(2024, 9, 13), D(2024, 9, 13))),
    ("The vote was held Sept. 13, 2024, in Ohio.", "Sept. 13, 2024", "day", (D(2024, 9, 13), D(2024, 9, 13))),
    ("Filed on 2024-09-13 by the ministry.", "on 2024-09-13", "day", (D(2024, 9, 13), D(2024, 9, 13))),
    ("The decree of 13.09.2024 took effect.", "13.09.2024", "day", (D(2024, 9, 13), D(2024, 9, 13))),
    (
        "Voting closed on Friday, September 13, 2024, at noon.",
        "on Friday, September 13, 2024",
        "day",
        (D(2024, 9, 13), D(2024, 9, 13)),
    ),
    ("He resigned on the 3rd of March 2021.", "on the 3rd of March 2021", "day", (D(2021, 3, 3), D(2021, 3, 3))),
    ("The party was founded in 2000.", "in 2000", "year", (D(2000, 1, 1), D(2000, 12, 31))),
    ("The border has been closed since 2000.", "since 2000", "year", (D(2000, 1, 1), D(2000, 12, 31))),
    ("Turnout fell in the 2022 election.", "2022", "year", (D(2022, 1, 1), D(2022, 12, 31))),
    ("Prices peaked in June 2022.", "in June 2022", "month", (D(2022, 6, 1), D(2022, 6, 30))),
    ("Prices peaked in March of 2022.", "in March of 2022", "month", (D(2022, 3, 1), D(2022, 3, 31))),
    ("Output grew in autumn 2022.", "in autumn 2022", "season", (D(2022, 9, 1), D(2022, 11, 30))),
    ("Snow fell in winter 2022.", "in winter 2022", "season", (D(2022, 12, 1), D(2023, 2, 28))),
    ("The plant opened in early March 2023.", "in early March 2023", "part-of-month", (D(2023, 3, 1), D(2023, 3, 10))),
    (
        "Talks stalled in late February 2024.",
        "in late February 2024",
        "part-of-month",
        (D(2024, 2, 21), D(2024, 2, 29)),
    ),
    (
        "Sales rose in the first half of 2023.",
        "in the first half of 2023",
        "part-of-year",
        (D(2023, 1, 1), D(2023, 6, 30)),
    ),
    ("Sales rose in mid-2023.", "in mid-2023", "part-of-year", (D(2023, 5, 1), D(2023, 8, 31))),
    ("Sales rose in Q3 2023.", "in Q3 2023", "part-of-year", (D(2023, 7, 1), D(2023, 9, 30))),
    ("The storm season ended in late 2023.", "in late 2023", "part-of-year", (D(2023, 9, 1), D(2023, 12, 31))),
    ("The club last won the league in the 1990s.", "in the 1990s", "decade", (D(1990, 1, 1), D(1999, 12, 31))),
    ("Crops failed in early autumn 2022.", "in early autumn 2022", "part-of-season", (D(2022, 9, 1), D(2022, 9, 30))),
]


@pytest.mark.parametrize(("sentence", "phrase", "precision", "expected"), ABSOLUTE)
@pytest.mark.parametrize("article", [SEP14, None])
def test_absolute_dates(
    sentence: str, phrase: str, precision: str, expected: tuple[date, date], article: date | None
) -> None:
    m = only(sentence, article)
    assert (m.phrase, m.precision, span(m), m.relative) == (phrase, precision, expected, False)


# --------------------------------------------------------------------------- partial dates and the year rule

PARTIAL = [
    (
        "The strike began at the end of August.",
        "at the end of August",
        "part-of-month",
        (D(2024, 8, 21), D(2024, 8, 31)),
    ),
    ("Fighting resumed in late June.", "in late June", "part-of-month", (D(2024, 6, 21), D(2024, 6, 30))),
    ("The fair opened in early September.", "in early September", "part-of-month", (D(2024, 9, 1), D(2024, 9, 10))),
    ("Prices rose in the summer.", "in the summer", "season", (D(2024, 6, 1), D(2024, 8, 31))),
    # October 2024 would be after the article date: last October is meant.
    ("The ministry changed hands in October.", "in October", "month", (D(2023, 10, 1), D(2023, 10, 31))),
    ("The treaty was signed in December.", "in December", "month", (D(2023, 12, 1), D(2023, 12, 31))),
    # A few days ahead is still this year's: announcements of the coming days.
    ("The summit opens on September 20.", "on September 20", "day", (D(2024, 9, 20), D(2024, 9, 20))),
    # Future tense: the next occurrence.
    ("The new minister will take office in October.", "in October", "month", (D(2024, 10, 1), D(2024, 10, 31))),
    ("Hart is expected to visit Santiago in March.", "in March", "month", (D(2025, 3, 1), D(2025, 3, 31))),
    ("The ministry said talks are due to resume on Friday.", "on Friday", "weekday", (D(2024, 9, 20), D(2024, 9, 20))),
    ("On Friday, the leaders will meet in Geneva.", "On Friday", "weekday", (D(2024, 9, 20), D(2024, 9, 20))),
    ("On Friday, he said he will resign.", "On Friday", "weekday", (D(2024, 9, 13), D(2024, 9, 13))),
    ("The World Cup will be played in June and July 2026.", "in June", "month", (D(2026, 6, 1), D(2026, 6, 30))),
]


@pytest.mark.parametrize(("sentence", "phrase", "precision", "expected"), PARTIAL)
def test_partial_dates(sentence: str, phrase: str, precision: str, expected: tuple[date, date]) -> None:
    m = find_dates(sentence, SEP14)[0]
    assert (m.phrase, m.precision, span(m)) == (phrase, precision, expected)


def test_month_in_january_article_is_last_december() -> None:
    m = only("The floods began in December.", D(2025, 1, 5))
    assert span(m) == (D(2024, 12, 1), D(2024, 12, 31))


def test_february_29_without_year_finds_a_leap_year() -> None:
    m = only("The contract was signed on February 29.", D(2025, 3, 3))
    assert span(m) == (D(2024, 2, 29), D(2024, 2, 29))


def test_winter_without_year_in_january_is_the_current_winter() -> None:
    m = only("This winter has been the coldest in a decade.", D(2024, 1, 20))
    assert (m.precision, span(m)) == ("season", (D(2023, 12, 1), D(2024, 2, 29)))
    assert format_date(m) == "winter 2023–24"


# --------------------------------------------------------------------------- relative to the article date

RELATIVE = [
    ("This June, the ministry reported record sales.", "This June", "month", (D(2024, 6, 1), D(2024, 6, 30))),
    ("Last June, the ministry reported record sales.", "Last June", "month", (D(2024, 6, 1), D(2024, 6, 30))),
    ("Next June, the ministry will report again.", "Next June", "month", (D(2025, 6, 1), D(2025, 6, 30))),
    ("The election is due next month.", "next month", "month", (D(2024, 10, 1), D(2024, 10, 31))),
    ("The quake struck yesterday.", "yesterday", "day", (D(2024, 9, 13), D(2024, 9, 13))),
    ("Talks continue today in Paris.", "today", "day", (D(2024, 9, 14), D(2024, 9, 14))),
    ("The storm hit the coast last night.", "last night", "day", (D(2024, 9, 13), D(2024, 9, 13))),
    ("Prices fell last week.", "last week", "week", (D(2024, 9, 2), D(2024, 9, 8))),
    ("Prices fell this week.", "this week", "week", (D(2024, 9, 9), D(2024, 9, 15))),
    ("Turnout was low last year.", "last year", "year", (D(2023, 1, 1), D(2023, 12, 31))),
    ("Earlier this month, the bank raised rates.", "Earlier this month", "range", (D(2024, 9, 1), D(2024, 9, 14))),
    ("Later this year, the plant will reopen.", "Later this year", "range", (D(2024, 9, 14), D(2024, 12, 31))),
    ("The league was founded two years ago.", "two years ago", "year", (D(2022, 1, 1), D(2022, 12, 31))),
    ("The flood came three days ago.", "three days ago", "day", (D(2024, 9, 11), D(2024, 9, 11))),
    ("Rates fell two months ago.", "two months ago", "month", (D(2024, 7, 1), D(2024, 7, 31))),
    ("Rents rose over the past two years.", "over the past two years", "range", (D(2022, 9, 14), D(2024, 9, 14))),
    ("Rents rose over the past week.", "over the past week", "range", (D(2024, 9, 7), D(2024, 9, 14))),
    ("The match was played last Friday.", "last Friday", "weekday", (D(2024, 9, 13), D(2024, 9, 13))),
    ("The match is next Friday.", "next Friday", "weekday", (D(2024, 9, 20), D(2024, 9, 20))),
    ("The rally was held last weekend.", "last weekend", "range", (D(2024, 9, 7), D(2024, 9, 8))),
    ("Inflation eased early this year.", "early this year", "part-of-year", (D(2024, 1, 1), D(2024, 4, 30))),
    ("The deal closed late last month.", "late last month", "part-of-month", (D(2024, 8, 21), D(2024, 8, 31))),
    ("Ice returned last winter.", "last winter", "season", (D(2023, 12, 1), D(2024, 2, 29))),
]


@pytest.mark.parametrize(("sentence", "phrase", "precision", "expected"), RELATIVE)
def test_relative_dates(sentence: str, phrase: str, precision: str, expected: tuple[date, date]) -> None:
    m = only(sentence)
    assert (m.phrase, m.precision, span(m), m.relative) == (phrase, precision, expected, True)
    undated = only(sentence, None)
    assert span(undated) == (None, None) and undated.note and undated.relative


def test_last_month_name_in_that_same_month_is_a_year_back() -> None:
    m = only("Last June, the ministry reported record sales.", D(2024, 6, 20))
    assert span(m) == (D(2023, 6, 1), D(2023, 6, 30))


def test_on_friday_when_the_article_is_dated_friday_is_that_day_and_last_friday_is_a_week_back() -> None:
    assert span(only("The vote took place on Friday.", SEP13)) == (SEP13, SEP13)
    assert span(only("The vote took place last Friday.", SEP13)) == (D(2024, 9, 6), D(2024, 9, 6))


@pytest.mark.parametrize(
    ("sentence", "phrase", "precision"),
    [
        ("A day earlier, the army had withdrawn.", "A day earlier", "day"),
        ("Two weeks later, the ceasefire collapsed.", "Two weeks later", "week"),
        ("The following year, the plant closed.", "The following year", "year"),
        ("He returned the next day.", "the next day", "day"),
    ],
)
def test_dates_counted_from_another_event_stay_unresolved(sentence: str, phrase: str, precision: str) -> None:
    m = only(sentence)
    assert (m.phrase, m.precision, span(m), m.note) == (phrase, precision, (None, None), NOTE_EVENT)


# --------------------------------------------------------------------------- ranges

RANGES = [
    ("The festival ran from 10 to 12 June.", "from 10 to 12 June", (D(2024, 6, 10), D(2024, 6, 12)), True),
    (
        "Talks were held between March and May 2023.",
        "between March and May 2023",
        (D(2023, 3, 1), D(2023, 5, 31)),
        False,
    ),
    ("The games ran June 10-12, 2024, in Rome.", "June 10-12, 2024", (D(2024, 6, 10), D(2024, 6, 12)), False),
    ("Prices rose from March 2022 to May 2023.", "from March 2022 to May 2023", (D(2022, 3, 1), D(2023, 5, 31)), False),
    ("He served from 2019 to 2022.", "from 2019 to 2022", (D(2019, 1, 1), D(2022, 12, 31)), False),
    ("He served in 2019–2022.", "in 2019–2022", (D(2019, 1, 1), D(2022, 12, 31)), False),
    (
        "The show ran from 28 August to 3 September.",
        "from 28 August to 3 September",
        (D(2024, 8, 28), D(2024, 9, 3)),
        True,
    ),
]


@pytest.mark.parametrize(("sentence", "phrase", "expected", "relative"), RANGES)
def test_ranges(sentence: str, phrase: str, expected: tuple[date, date], relative: bool) -> None:
    m = only(sentence)
    assert (m.phrase, m.precision, span(m), m.relative) == (phrase, "range", expected, relative)


def test_a_range_across_new_year_starts_in_the_previous_year() -> None:
    m = only("The storm season lasted from December to February.", D(2024, 3, 10))
    assert span(m) == (D(2023, 12, 1), D(2024, 2, 29))
    assert format_date(m) == "December 2023 – February 2024"


# --------------------------------------------------------------------------- other stories, other phrasings


def test_election_story() -> None:
    s = "Voters will go to the polls on November 5, the first presidential election since 2020."
    found = find_dates(s, SEP14)
    assert [(m.phrase, span(m)) for m in found] == [
        ("on November 5", (D(2024, 11, 5), D(2024, 11, 5))),
        ("since 2020", (D(2020, 1, 1), D(2020, 12, 31))),
    ]
    assert best_date(found) == found[0]


def test_storm_story() -> None:
    s = "Hurricane Milton made landfall near Siesta Key late on Wednesday night, the weather service said."
    m = only(s, D(2024, 10, 11))
    assert (m.phrase, span(m)) == ("on Wednesday night", (D(2024, 10, 9), D(2024, 10, 9)))
    assert format_date(m) == "Wednesday 9 October 2024"


def test_sports_story() -> None:
    s = "Tarsk United beat Rovno 3-1 in the cup final on Saturday, their first title since the 1990s."
    found = find_dates(s, D(2025, 5, 10))
    assert [m.phrase for m in found] == ["on Saturday", "since the 1990s"]
    assert span(found[0]) == (D(2025, 5, 10), D(2025, 5, 10))
    assert best_date(found) == found[0]
    assert best_date(found[1:]) is None  # a decade after "since" dates nothing


def test_trade_story_reporting_date_gives_way_to_the_event_date() -> None:
    s = "Exports rose 5% in the third quarter of 2023, the statistics office said on Tuesday."
    found = find_dates(s, D(2024, 1, 12))
    assert [m.phrase for m in found] == ["in the third quarter of 2023", "on Tuesday"]
    assert span(found[1]) == (D(2024, 1, 9), D(2024, 1, 9))
    assert best_date(found) == found[1]  # without the sentence: the most precise
    assert best_date(found, s) == found[0]  # with it: "said on Tuesday" is the report's date
    assert format_date(found[0]) == "Q3 2023"


def test_the_june_summit_names_an_event() -> None:
    m = only("Ahead of the June summit, ministers met in Brussels.")
    assert (m.phrase, span(m)) == ("June", (D(2024, 6, 1), D(2024, 6, 30)))


def test_month_list_shares_context() -> None:
    found = find_dates("Protests were held in March and May.", SEP14)
    assert [(m.phrase, m.start_date) for m in found] == [("in March", D(2024, 3, 1)), ("May", D(2024, 5, 1))]


# --------------------------------------------------------------------------- not dates

NOT_DATES = [
    "Russia may respond to the sanctions.",
    "Thousands joined a march through the capital.",
    "Putin gave Kim Jong-un 24 Orlov trotters.",
    "Russia sent 2,000 troops to the border.",
    "The 2,000-strong force crossed the river.",
    "The 2000-strong force crossed the river.",
    "It was the fifth meeting between the two leaders.",
    "He was elected for a second time.",
    "Theresa May spoke to reporters.",
    "Friday's vote was postponed.",
    "Shoppers crowded the malls on Black Friday.",
    "The March on Washington drew 250,000 people.",
    "The Arab Spring toppled several governments.",
    "The Long March 5 rocket lifted off.",
    "The fall of Kabul shocked the world.",
    "Prices could fall further, analysts say.",
    "The company spent $2024 on each unit.",
    "Turnout was 20.24 percent.",
    "USA Today reported the story.",
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_dates(sentence: str) -> None:
    assert find_dates(sentence, SEP14) == []


# --------------------------------------------------------------------------- best_date and format_date


def test_best_date_prefers_the_most_precise_resolved_mention() -> None:
    s = "In 2023, the company opened a plant on 5 May, its first since 2019."
    found = find_dates(s, SEP14)
    assert [m.phrase for m in found] == ["In 2023", "on 5 May", "since 2019"]
    assert best_date(found) == found[1]
    assert best_date([]) is None


def test_best_date_never_picks_until_or_by() -> None:
    found = find_dates("The ban stays until 2030, and emissions must halve by 2035.", SEP14)
    assert [m.phrase for m in found] == ["until 2030", "by 2035"]
    assert best_date(found) is None


@pytest.mark.parametrize(
    ("sentence", "article", "label"),
    [
        ("The vote was held on 13 September 2024.", SEP14, "13 September 2024"),
        ("In June, the Russian leader visited Pyongyang.", SEP14, "June 2024"),
        ("In mid-July, Kim received a delegation.", SEP14, "mid-July 2024"),
        ("30 horses were brought in the fall of 2022.", SEP14, "autumn 2022"),
        ("Also, since the beginning of the year, Kim received two cars.", SEP13, "1 January – 13 September 2024"),
        ("In June, the Russian leader visited Pyongyang.", None, "undated (‘In June’)"),
        ("The festival ran from 10 to 12 June.", SEP14, "10–12 June 2024"),
        ("Talks were held between March and May 2023.", SEP14, "March–May 2023"),
        ("He served from 2019 to 2022.", SEP14, "2019–2022"),
        ("Snow fell in winter 2022.", SEP14, "winter 2022–23"),
        ("Sales rose in the first half of 2023.", SEP14, "first half of 2023"),
        ("The plant opened in early March 2023.", SEP14, "early March 2023"),
        ("The club last won the league in the early 1990s.", SEP14, "the early 1990s"),
        ("A delegation was in Pyongyang on Friday.", SEP14, "Friday 13 September 2024"),
        ("The party was founded in 2000.", None, "2000"),
    ],
)
def test_format_date(sentence: str, article: date | None, label: str) -> None:
    assert format_date(only(sentence, article)) == label


# --------------------------------------------------------------------------- invariants and speed

INVARIANT_SENTENCES = (
    [s for s, *_ in ABSOLUTE]
    + [s for s, *_ in PARTIAL]
    + [s for s, *_ in RELATIVE]
    + [s for s, *_ in RANGES]
    + NOT_DATES
    + [
        "On Monday, May 5, and again from 10 to 12 June 2023, between 2019 and 2022, the İstanbul office "
        "said last week that earlier this month two years ago it was in mid-2023, then the next day.",
    ]
)


@pytest.mark.parametrize("article", [SEP14, D(2024, 1, 1), D(2024, 12, 31), None])
def test_invariants(article: date | None) -> None:
    for s in INVARIANT_SENTENCES:
        found = find_dates(s, article)
        assert found == find_dates(s, article)  # deterministic
        previous_end = 0
        for m in found:
            assert s[m.start : m.end] == m.phrase
            assert m.start >= previous_end  # sorted, no overlaps
            previous_end = m.end
            assert (m.start_date is None) == (m.end_date is None)
            if m.start_date is not None:
                assert m.start_date <= m.end_date  # type: ignore[operator]
                assert m.note == ""
            else:
                assert m.note
            assert format_date(m)


def test_offsets_survive_characters_that_grow_when_lower_cased() -> None:
    s = "İİİ officials met on 13 September 2024."
    m = only(s)
    assert s[m.start : m.end] == "on 13 September 2024"


def test_a_sentence_without_dates_has_none() -> None:
    """The pre-check path (its speed is measured by `python -m benchmarks`)."""
    s = (
        "The North Korean leader thanked the visiting officials for the gift of thoroughbred horses "
        "and promised closer ties between the two neighbouring countries, according to state media."
    )
    assert find_dates(s, SEP14) == []
