"""Which articles are about the story and which only share some of its words (curate/relevance.py).

The cases are small corpora, ``tests/data/relevance.yml``: a storm report in a trade dispute's folder, a
city-budget story beside a bridge collapse, a tourism piece beside an election. Articles are given as their
tokens, names already folded to party keys, as ``off_story`` receives them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections import Counter

import pytest
import yaml
from case_tables import DATA, params
from support import sentence, statement

from briefing.curate.passing import in_passing
from briefing.curate.relevance import CLOSE, Reach, _anchors, _closeness, off_story, reaches, sightings
from briefing.curate.statements import story_parties
from briefing.model import Config, DateMention, EntityRule, SectionRule, Statement

CASES = [{**case, "id": case["name"]} for case in yaml.safe_load((DATA / "relevance.yml").read_text("utf-8"))]
FAR = "shares little of the other articles' vocabulary"
# An article a case gives no reach names the parties in its lead and is dated (an undated one is judged apart)
DEFAULT_DAY = dt.date(2024, 1, 1)


def run(case: dict) -> dict[str, str]:
    ids = list(case["articles"])
    words = [frozenset(case["articles"][i].split()) for i in ids]
    seen = [frozenset((key, dt.date.fromisoformat(day)) for key, day in map(str.split, case.get("seen", {}).get(i, [])))
            for i in ids]
    passing = [frozenset(case.get("passing", {}).get(i, [])) for i in ids]
    reach = [Reach(frozenset(r["lead"]), r["naming"], r["sentences"], r.get("published"),
                   frozenset((_day(a), _day(b)) for a, b in r.get("told", ())))
             if (r := case.get("reach", {}).get(i)) else
             Reach(frozenset(case["parties"]), 1, 1, DEFAULT_DAY) for i in ids]
    return off_story(ids, words, case["parties"], case.get("sides", {}), seen, passing, reach)


@pytest.mark.parametrize("case", params(CASES))
def test_off_story(case: dict) -> None:
    found = run(case)
    assert sorted(found) == sorted(case["off_story"])
    for article, reason in case["off_story"].items():
        assert found[article].startswith(reason), found[article]
        share = re.search(r"\((\d+)% of the typical article's\)$", found[article])
        assert (share is not None) == (FAR in reason)
        assert share is None or int(share.group(1)) < CLOSE * 100


def test_the_cases_have_every_outcome() -> None:
    """Both reasons, an article on the story through people's sides, and one naming a single anchor that stays."""
    reasons = [r for case in CASES if not case.get("gap") for r in case["off_story"].values()]
    assert any(r.startswith("names none") for r in reasons) and any(FAR in r for r in reasons)
    assert any(case.get("sides") for case in CASES)
    kept_with_one_anchor = 0
    for case in CASES:
        ids = list(case["articles"])
        named = [frozenset(case.get("sides", {}).get(t, t) for t in case["articles"][i].split()
                           if t in case["parties"]) for i in ids]
        anchors = _anchors(named)
        off = case["off_story"]
        kept_with_one_anchor += sum(1 for i, n in zip(ids, named) if len(n & anchors) == 1 and i not in off)
    assert kept_with_one_anchor >= 2


# --------------------------------------------------------------------------- the parts


def test_anchors_are_the_two_parties_most_articles_name_ties_by_key() -> None:
    named = [frozenset({"@c", "@d"}), frozenset({"@c", "@b"}), frozenset({"@c", "@a"}), frozenset({"@b"}),
             frozenset({"@a"})]
    assert _anchors(named) == {"@c", "@a"}  # @c by three articles; @a and @b by two each, @a first
    assert _anchors([frozenset({"@z"})]) == {"@z"}
    assert _anchors([frozenset()]) == frozenset()


def brute_closeness(words: list[frozenset[str]]) -> list[float]:
    """Cosine of each article's idf vector with the sum of the others': the definition, pair by pair."""
    n = len(words)
    df = Counter(t for w in words for t in w)
    idf = {t: math.log(1 + n / c) for t, c in df.items()}
    out = []
    for k, w in enumerate(words):
        rest = Counter()
        for j, other in enumerate(words):
            if j != k:
                for t in other:
                    rest[t] += idf[t]
        dot = sum(idf[t] * rest[t] for t in w)
        norm_w = math.sqrt(sum(idf[t] ** 2 for t in w))
        norm_r = math.sqrt(sum(v * v for v in rest.values()))
        out.append(dot / (norm_w * norm_r) if norm_w and norm_r else 0.0)
    return out


@pytest.mark.parametrize("case", [c for c in CASES if len(c["articles"]) > 1],
                         ids=[c["id"] for c in CASES if len(c["articles"]) > 1])
def test_closeness_is_the_cosine_with_the_other_articles(case: dict) -> None:
    words = [frozenset(v.split()) for v in case["articles"].values()]
    assert _closeness(words) == pytest.approx(brute_closeness(words), abs=1e-9)


def test_closeness_of_identical_and_disjoint_articles() -> None:
    assert _closeness([frozenset("a b".split())] * 2) == pytest.approx([1.0, 1.0])
    assert _closeness([frozenset({"a"}), frozenset({"b"})]) == [0.0, 0.0]
    assert _closeness([frozenset({"a"})]) == [1.0]
    assert _closeness([]) == []


def test_a_body_stands_on_the_side_of_a_party_its_own_names_hold() -> None:
    """MOFCOM's own name "Chinese Commerce Ministry" holds "Chinese", one of China's names: it stands on China's
    side, as a minister whose role names China does; a body whose names name no other party stands on its own."""
    config = Config("t", (SectionRule("s", "S", ("duties",)),), entities=(
        EntityRule("China", ("Chinese", "Beijing")),
        EntityRule("MOFCOM", ("Ministry of Commerce", "Chinese Commerce Ministry")),
        EntityRule("WTO", ("World Trade Organization",))))
    names, sides = story_parties(config, [])
    assert names["@entity:mofcom"] == "MOFCOM"
    assert sides["@entity:mofcom"] == "@entity:china"
    assert sides["@entity:wto"] == "@entity:wto"
    # a run of words inside the name may be another party's whole name: the canal's authority is the canal's side
    config = Config("t", (SectionRule("s", "S", ("claim",)),), entities=(
        EntityRule("Suez Canal", ("the canal",)), EntityRule("Suez Canal Authority", ("SCA", "the canal authority")),
        EntityRule("Ever Given", ())))
    _, sides = story_parties(config, [])
    assert sides["@entity:suez canal authority"] == "@entity:suez canal"
    assert sides["@entity:ever given"] == "@entity:ever given"


def test_sightings_are_people_on_a_day_the_sentence_itself_gives() -> None:
    wed = dt.date(2024, 11, 20)
    said = statement("Spokesperson Lin Jian said on Wednesday that China asks its ships to obey the law.",
                     published=wed, people={"Lin Jian": "lin"})
    week = statement("Lin Jian said last week that China was not aware of the situation.", article=1,
                     published=wed, people={"Lin Jian": "lin"})
    nobody = statement("The ministry said on Wednesday that it was not aware of the situation.", article=1,
                       published=wed)
    found = sightings([said, week, nobody], 2)
    assert found == [frozenset({("@lin", dt.date(2024, 11, 20))}), frozenset()]


def test_a_party_named_only_of_events_long_before_the_articles_own_is_named_in_passing() -> None:
    people = {"Ever Given": "ever-given", "Ever Forward": "ever-forward"}

    def told(text: str, article: int, published: dt.date) -> Statement:
        return dataclasses.replace(statement(text, article=article, published=published, people=people),
                                   published=published)

    april, march, october = dt.date(2022, 4, 17), dt.date(2021, 3, 30), dt.date(2021, 10, 15)
    found = in_passing([
        told("The Ever Forward was pulled free on Sunday morning.", 0, april),
        told("The grounding recalled the Ever Given, which blocked the Suez Canal in March 2021.", 0, april),
        told("The Ever Given was freed on Monday, March 29, 2021.", 1, march),  # its own news
        told("The Ever Given had struck a ferry in 2019.", 1, march),  # background, but named in the news too
        told("The Ever Given was freed on March 29, 2021.", 2, october),  # a mirror re-posted months later
        told("The Ever Given has been freed, officials said.", 3, april),  # no year named: never in passing
    ], 4)
    assert found == [frozenset({"@ever-given"}), frozenset(), frozenset(), frozenset()]


@pytest.mark.parametrize(("text", "recalled"), [
    ("The incident came two months after a door plug blew off an Alaska Airlines jet.", True),
    ("Shoigu's trip came a month after the Alaska Airlines mutiny.", True),
    ("The fire comes just 15 months after the blaze at Alaska Airlines headquarters.", True),
    ("The grounding followed several weeks after an Alaska Airlines audit.", True),
    ("The recall comes just weeks after Alaska Airlines grounded its fleet.", True),
    ("Alaska Airlines grounded its jets two months after the audit.", False),  # the article's own event
    ("The audit came after Alaska Airlines asked for it.", False),  # no stretch of time between two events
])
def test_a_party_named_only_of_an_event_the_article_sets_its_own_after_is_named_in_passing(text: str,
                                                                                          recalled: bool) -> None:
    people = {"Alaska Airlines": "alaska", "United": "united"}
    day = dt.date(2024, 3, 16)
    found = in_passing([
        dataclasses.replace(statement("United landed a jet with a panel missing on Friday.", people=people),
                            published=day),
        dataclasses.replace(statement(text, people=people), published=day),
    ], 1)
    assert found == [frozenset({"@alaska"}) if recalled else frozenset()]


def _day(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def test_reach_is_what_the_headline_and_lead_name_and_how_many_sentences_name_a_party() -> None:
    """The lead is the headings before the first sentence of running text and that sentence's paragraph; a
    subheading later is no part of it; only the story's parties count, not every person named."""
    people = {"Norfolk Southern": "ns", "Tim Walz": "walz"}
    parties = {"@ns": "Norfolk Southern"}

    def told(text: str, order: int, block: int, label: bool = False, article: int = 0) -> Statement:
        return dataclasses.replace(statement(sentence(text, block), article=article, order=order, people=people),
                                   label=label)

    found = reaches([
        told("Ethanol train derails in Minnesota", 0, 0, label=True),
        told("A train hauling ethanol derailed early Thursday.", 1, 1),
        told("Gov. Tim Walz visited the town.", 2, 1),
        told("Safety questions", 3, 2, label=True),
        told("Rail safety has drawn attention since a Norfolk Southern train derailed last month.", 4, 3),
        told("Residents were allowed home by the afternoon.", 5, 3),
        told("Norfolk Southern train derails, fire burns", 0, 0, label=True, article=1),
        told("A freight train derailed late Friday.", 1, 1, article=1),
    ], 3, parties)
    assert found == [Reach(frozenset(), 1, 4), Reach(frozenset({"@ns"}), 0, 1), Reach(frozenset(), 0, 0)]
    assert found[0].afterthought and not found[1].afterthought and not found[2].afterthought


def test_a_near_copy_tells_no_day_of_its_own() -> None:
    """A report re-posted by another outlet is not one more article recalling its days: only the original
    counts towards the story's first day."""
    day = dt.date(2024, 1, 7)
    dated = DateMention("on Sunday", 0, 9, "day", day, day, True, "")
    found = reaches([
        dataclasses.replace(statement("Hasina won the election on Sunday.", article=0), date=dated),
        dataclasses.replace(statement("Hasina won the election on Sunday.", article=1), date=dated),
    ], 2, {}, copied={1})
    assert [r.told for r in found] == [frozenset({(day, day)}), frozenset()]
