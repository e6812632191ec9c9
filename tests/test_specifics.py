"""Alike sentences with contradicting specifics are never one fact; one disputed figure still is.

The stories here are invented (a parliament's votes, a flood, a port strike):
the rules must hold for any corpus, not the seeds.
"""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from briefing.analyse.dates import best_date, find_dates
from briefing.analyse.quotes import find_quotes
from briefing.analyse.specifics import contradict, one_figure_apart, read_specifics
from briefing.model import NONE, Specifics
from briefing.pipeline import Result, build


def spec(text: str, article_date: dt.date | None = None) -> Specifics:
    mentions = find_dates(text, article_date)
    return read_specifics(text, mentions, best_date(mentions, text), find_quotes(text))


def test_figures_leave_out_the_date_and_keep_separators() -> None:
    s = spec("On March 3, 1,250 workers walked out at the port for 4.5 hours.")
    assert s.figures == {"1250", "4.5"}
    assert spec("The strike ended on March 3.").figures == frozenset()


@pytest.mark.parametrize(("text", "figures"), [
    ("The airline grounded all 65 of its Max 9 jets.", {"65"}),  # "Max 9" names the model
    ("Regulators grounded more than 170 MAX 9 jets.", {"170"}),
    ("The crew of Flight 1282 landed with 171 passengers.", {"171"}),
    ("About 170 flights were cancelled.", {"170"}),  # a capital opening the sentence names nothing
    ("The vote was 221 to 14.", {"221", "14"}),
])
def test_a_number_in_a_name_is_no_figure(text: str, figures: set[str]) -> None:
    assert spec(text).figures == figures


@pytest.mark.parametrize(("text", "figures"), [
    ("The sheriff says two people have died in the fire.", {"2"}),
    ("Officials said five people were killed and twelve injured.", {"5", "12"}),
    ("Rescuers found three more people alive.", {"3"}),
    ("Twenty were taken to hospital.", {"20"}),
    ("The two leaders signed the treaty.", set()),  # the parties, not a count
    ("The visit lasted five days.", set()),  # a count of another noun: often a fixed part of the story
    ("One of the injured died in hospital.", set()),
    ("Thirty-five people are still missing.", set()),  # a compound count: no part of it is the figure
])
def test_a_count_of_people_in_words_is_a_figure(text: str, figures: set[str]) -> None:
    assert spec(text).figures == figures


def test_two_counts_of_the_dead_in_words_are_told_apart() -> None:
    a = spec("The sheriff said two people had died and more than 100 homes had burned.")
    b = spec("The sheriff said five people had died.")
    assert contradict(a, b)


@pytest.mark.parametrize(("a", "b", "apart"), [
    ("The senate passed the budget by 61 votes to 38.", "The senate passed the budget by 52 votes to 47.", True),
    ("The senate passed the budget by 61 votes to 38.", "The senate passed the budget 61-39.", False),  # one disputed
    ("Floods forced 4,000 people from their homes.", "Floods forced 6,500 people from their homes.", False),
])
def test_every_figure_changed_is_another_event(a: str, b: str, apart: bool) -> None:
    assert contradict(spec(a), spec(b)) is apart


def test_one_differing_figure_is_left_to_the_wording() -> None:
    a, b = spec("Floods forced 4,000 people from their homes."), spec("Floods forced 6,500 people from their homes.")
    assert one_figure_apart(a, b)
    assert not one_figure_apart(a, spec("Floods forced 4,000 people from their homes on Monday."))


@pytest.mark.parametrize(("text", "times", "figures"), [
    ("The dam burst at about 1:30 a.m., flooding 40 homes.", {90}, {"40"}),
    ("The update went out at 04:09 UTC.", {249}, set()),
    ("Divers found the truck around 10 a.m. in 25 feet of water.", {600}, {"25"}),
    ("The shift ran from 12 a.m. to 12:30 p.m.", {0, 750}, set()),
    ("2:22 a.m.: The plane has landed.", set(), set()),  # when a live entry was posted, not when it happened
    ("The port lost 3.5 hours of work.", set(), {"3.5"}),
    ("The bow followed at 3:05 that afternoon.", {905}, set()),  # a clock before "that afternoon" is after noon
    ("The stern swung free at 4:30 that morning.", {270}, set()),
])
def test_a_time_of_day_is_no_figure(text: str, times: set[int], figures: set[str]) -> None:
    s = spec(text)
    assert (set(s.times), set(s.figures)) == (times, figures)


@pytest.mark.parametrize(("a", "b", "apart"), [
    ("The dam burst at 1:28 a.m.", "The dam burst at about 1:30 a.m. on Monday.", False),  # one time, rounded
    ("The dam burst at 1:28 a.m.", "The dam burst at 4 p.m.", True),
    ("The dam burst at 1:28 a.m.", "The dam burst, flooding 1,200 homes.", False),  # nothing to compare
])
def test_times_of_day_far_apart_are_two_events(a: str, b: str, apart: bool) -> None:
    assert contradict(spec(a), spec(b)) is apart


@pytest.mark.parametrize(("a", "b", "apart"), [
    ("The dam burst on Sept. 13.", "The dam burst on July 19.", True),  # no year known, still different days
    ("The dam burst on Sept. 13.", "The dam burst on Sept. 14.", False),  # a day apart: one event, told two ways
    ("The dam burst in late December.", "The dam burst on Jan. 2.", False),  # across the new year
    ("The dam burst in late December.", "The dam burst on Jan. 20.", True),
    ("The dam burst on Tuesday.", "The dam burst on Thursday.", True),
    ("The dam burst last week.", "The dam burst on Thursday.", False),  # nothing to compare without a date
])
def test_dates_without_a_year_still_tell_days_apart(a: str, b: str, apart: bool) -> None:
    assert contradict(spec(a), spec(b)) is apart


def test_a_weekday_contradicts_a_resolved_date_on_another_weekday() -> None:
    tuesday = spec("The dam burst on Tuesday.")  # undated article
    dated = dt.date(2024, 5, 10)  # a Friday: "on Tuesday" is 7 May, "on Wednesday" 8 May
    assert not contradict(tuesday, spec("The dam burst on Tuesday.", dated))
    assert contradict(tuesday, spec("The dam burst on Wednesday.", dated))


@pytest.mark.parametrize(("a", "b", "apart"), [
    ("The mayor called the talks “cordial and detailed.”",
     "The mayor called the talks “productive and detailed.”", True),
    ("She said the talks were “trusting, friendly.”",
     "She said the talks “took place in an exceptionally trusting, friendly atmosphere.”", False),
])
def test_quotations_must_share_most_words(a: str, b: str, apart: bool) -> None:
    assert contradict(spec(a), spec(b)) is apart


def test_a_sentence_without_specifics_contradicts_nothing() -> None:
    assert spec("The talks went well.") is NONE
    assert not contradict(NONE, spec("The senate passed the budget by 61 votes to 38 on Sept. 13."))


def test_read_back_from_the_cache_nothing_specific_is_the_shared_value() -> None:
    """Cached and worker results are pickles: "nothing specific" must come back as NONE, not a copy each."""
    assert pickle.loads(pickle.dumps(spec("The talks went well."))) is NONE
    full = spec("On Tuesday the senate passed the budget by 61 votes to 38, calling it “a fair deal.”")
    assert pickle.loads(pickle.dumps(full)) == full and full != NONE


# --- in a build: what a reader sees ---

STORY = {
    "001_herald.txt": " date 2024-05-10 Senate votes on the budget\n\n"
                      "The senate passed the Lindholm budget on Tuesday by 61 votes to 38.\n\n"
                      "Floods forced 4,000 people from their homes in the Arva valley, officials said.\n",
    "002_courier.txt": "Budget clears the senate\n"
                       "The senate passed the Lindholm budget by 52 votes to 47.\n"
                       "Floods forced 6,500 people from their homes in the Arva valley, officials said.\n",
    "003_gazette.txt": " date 2024-05-10 Budget passes\n\n"
                       "The senate passed the Lindholm budget on Wednesday by 61 votes to 38.\n",
    "004_post.txt": "Valley cut off\n"
                    "Floods destroyed 900 homes in the Arva valley, officials said.\n",
}
CONFIG = """title: The Lindholm budget
sections:
  - id: budget
    title: Budget
    terms: [budget, senate]
  - id: floods
    title: Floods
    terms: [flood*]
"""


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Result:
    root = tmp_path_factory.mktemp("story")
    (root / "seeds").mkdir()
    for name, text in STORY.items():
        (root / "seeds" / name).write_text(text, encoding="utf-8")
    (root / "briefing.yml").write_text(CONFIG, encoding="utf-8")
    return build(root / "seeds", root / "briefing.yml", None)


def _items(result: Result) -> dict[str, list[str]]:
    """Shown text -> the sentences its citations quote."""
    return {i.text: [c.text for c in i.citations] for s in result.briefing.sections for i in s.items}


def test_each_vote_is_its_own_statement(story: Result) -> None:
    items = _items(story)
    votes = {t: cited for t, cited in items.items() if "votes to" in t}
    # The same vote template three times: 61-38 on Tuesday and 61-38 on Wednesday in articles of the same
    # day are one vote dated a day apart (shown as a difference); 52-47 is another.
    assert len(votes) == 2, votes
    assert sorted(len([c for c in cited if "votes to" in c]) for cited in votes.values()) == [1, 2]
    dates = [d for d in story.briefing.discrepancies if d.kind == "date"]
    assert [sorted(v.value for v in d.versions) for d in dates] == [["on Tuesday", "on Wednesday"]]


def test_one_disputed_figure_is_one_statement_shown_as_a_difference(story: Result) -> None:
    floods = [cited for t, cited in _items(story).items() if "from their homes" in t]
    assert len(floods) == 1 and len(floods[0]) == 2  # same wording but the figure: one report, two articles
    numbers = [d for d in story.briefing.discrepancies if d.kind == "number"]
    assert [sorted(v.value for v in d.versions) for d in numbers] == [["4,000", "6,500"]]


def test_one_differing_figure_in_other_wording_is_another_fact(story: Result) -> None:
    homes = [cited for t, cited in _items(story).items() if "destroyed" in t]
    assert homes == [["Floods destroyed 900 homes in the Arva valley, officials said."]]
