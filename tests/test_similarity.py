"""How alike two statements are: tokens (aliases, stems, stopwords), IDF weights, the score, the pairs worth scoring."""

from __future__ import annotations

import math
from itertools import combinations

import pytest

from briefing.analyse.tokens import Alias, Lexicon, leans_on_context, without_asides
from briefing.curate.similarity import Scorer, candidate_pairs, idf_weights

PLAIN = Lexicon(())
KOREA = Lexicon([Alias("DPRK", "@north-korea"), Alias("North Korea", "@north-korea"),
                 Alias("Russia", "@russia"), Alias("Russian Security Council", "@security-council")])


# --- tokens ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Aliases fold to one token, whatever their case; the longest alias wins where two overlap.
        ("North Korea and Russia signed.", {"@north-korea", "@russia", "sign"}),
        ("The DPRK and RUSSIA signed.", {"@north-korea", "@russia", "sign"}),
        ("The Russian Security Council met.", {"@security-council", "met"}),
        # Only whole words: "Russians" is not the alias "Russia".
        ("Russians signed.", {"russian", "sign"}),
    ],
)
def test_lexicon_folds_aliases(text: str, expected: set[str]) -> None:
    assert KOREA.tokens(text) == expected


def test_two_spellings_of_one_entity_give_one_token_set() -> None:
    assert KOREA.tokens("Shoigu visited the DPRK.") == KOREA.tokens("Shoigu visited North Korea.")
    assert PLAIN.tokens("Shoigu visited the DPRK.") != PLAIN.tokens("Shoigu visited North Korea.")


def test_entities_are_reported_with_their_spans() -> None:
    text = "The Russian Security Council met; Russia agreed."
    assert KOREA.entities(text) == [(4, 28, "@security-council"), (34, 40, "@russia")]
    assert PLAIN.entities(text) == []


def test_the_first_key_given_for_an_alias_keeps_it() -> None:
    lexicon = Lexicon([Alias("Korea", "@north-korea"), Alias("korea", "@south-korea")])
    assert lexicon.tokens("Korea agreed.") == {"@north-korea", "agre"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The minister signed the accord.", "The ministers are signing accords."),
        ("Talks were delayed.", "The talk delays."),
        ("Kim’s visit.", "Kim's visits."),  # curly and straight possessive alike
    ],
)
def test_words_are_stemmed(a: str, b: str) -> None:
    assert PLAIN.tokens(a) == PLAIN.tokens(b)


def test_stopwords_and_single_letters_are_dropped_but_digits_kept() -> None:
    assert PLAIN.tokens("He said that the year was a good one for them.") == {"good"}
    assert PLAIN.tokens("Plan B won 5 to 3.") == {"plan", "won", "5", "3"}
    assert PLAIN.tokens("") == frozenset()


def test_spans_found_by_other_means_win_over_an_overlapping_alias() -> None:
    text = "Russia Today reported it."
    # The people finder (say) found "Russia Today" first and longer: the alias inside it does not count.
    assert KOREA.tokens(text, [(0, 12, "@rt")]) == {"@rt", "report"}
    assert KOREA.tokens(text) == {"@russia", "today", "report"}


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("He arrived on Friday.", True),
        ("Later, the talks ended.", True),
        ("“They left,” he said.", True),
        ("However the talks ended.", True),
        ("Shoigu arrived on Friday.", False),
        ("Theatres reopened.", False),  # a word that merely starts like "the"
    ],
)
def test_a_sentence_leaning_on_the_one_before(text: str, leans: bool) -> None:
    assert leans_on_context(text) is leans


# --- IDF weights and the score ---


@pytest.mark.parametrize(("text", "kept"), [
    ("Kurtz, whom the committee had invited to testify, did not appear.", "Kurtz , did not appear."),
    ("The watchdog blocked the deal in April, prompting its president to call it a dark day.",
     "The watchdog blocked the deal in April"),
    ("The ship lost power, leading to the collision with the pier.", "The ship lost power"),
    ("The storm hit the coast, killing six people.", "The storm hit the coast, killing six people."),
])
def test_asides_are_not_the_sentence_s_news(text: str, kept: str) -> None:
    """A relative clause, or one telling what the main clause led to, is blanked out, every other character in
    place; a clause telling the main one's own toll stays."""
    out = without_asides(text)
    assert len(out) == len(text)
    assert " ".join(out.split()) == kept


def test_idf_weighs_rare_tokens_more() -> None:
    sets = [frozenset({"russia", "kim"}), frozenset({"russia", "dog"}), frozenset({"russia"}), frozenset({"russia"})]
    idf = idf_weights(sets)
    assert idf["russia"] == pytest.approx(math.log(2))  # in every set
    assert idf["kim"] == idf["dog"] == pytest.approx(math.log(5))  # in one of four
    assert idf["kim"] > idf["russia"]
    assert idf_weights([]) == {}


IDF = {"x": 1.0, "y": 2.0, "z": 3.0, "w": 4.0}


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ({"x", "y"}, {"y", "z"}, 2 / (3 + 5 - 2)),  # shared weight over the weight of the union
        ({"x", "y", "z"}, {"x", "y", "z"}, 1.0),  # identical
        ({"x"}, {"y", "z", "w"}, 0.0),  # disjoint
        (set(), {"x"}, 0.0),  # empty
        (set(), set(), 0.0),
        ({"unknown"}, {"unknown"}, 0.0),  # a token outside the weights weighs nothing
        ({"unknown", "x"}, {"unknown", "x", "y"}, 1 / 3),
    ],
)
def test_similarity(a: set[str], b: set[str], expected: float) -> None:
    scorer = Scorer(IDF)
    assert scorer.similarity(frozenset(a), frozenset(b)) == pytest.approx(expected)
    assert scorer.similarity(frozenset(b), frozenset(a)) == pytest.approx(expected)


def test_a_shared_rare_token_counts_more_than_a_shared_common_one() -> None:
    scorer = Scorer(IDF)
    assert scorer.similarity(frozenset("xw"), frozenset("yw")) > scorer.similarity(frozenset("xw"), frozenset("xz"))


def test_forgetting_the_cached_weights_changes_no_score() -> None:
    scorer = Scorer(IDF)
    a, b = frozenset("xyz"), frozenset("yzw")
    before = scorer.similarity(a, b)
    scorer.forget()
    assert scorer.similarity(a, b) == before


# --- candidate pairs ---


def _pairs(sets: list[frozenset[str]], groups: list[str], **limits: int) -> list[tuple[int, int]]:
    return list(candidate_pairs(sets, groups, idf_weights(sets), **limits))


def test_pairs_share_a_rare_token_and_come_from_different_groups() -> None:
    sets = [frozenset({"kim", "dog"}), frozenset({"kim", "dog", "gift"}), frozenset({"kim", "dog"}),
            frozenset({"vienna"}), frozenset({"tariff"})]
    groups = ["a", "a", "b", "c", "d"]
    assert sorted(_pairs(sets, groups)) == [(0, 2), (1, 2)]  # never (0, 1): one article


def test_no_pair_is_listed_twice_and_each_is_ordered() -> None:
    sets = [frozenset({"kim", "dog", "gift", "pyongyang"}) for _ in range(8)]
    pairs = _pairs(sets, [f"article-{n}" for n in range(8)])
    assert len(pairs) == len(set(pairs))
    assert all(i < j for i, j in pairs)
    assert sorted(pairs) == list(combinations(range(8), 2))  # few sentences: every pair


def test_sentences_of_one_group_are_never_paired() -> None:
    sets = [frozenset({"kim", "dog"})] * 6
    assert _pairs(sets, ["a"] * 6) == []


def test_partners_are_bounded_however_many_share_a_token() -> None:
    n = 200
    sets = [frozenset({"treaty", f"w{k}"}) for k in range(n)]  # one token every sentence shares
    pairs = _pairs(sets, [f"article-{k}" for k in range(n)], partners=3, window=12)
    assert len(pairs) <= 3 * n  # each sentence adds at most `partners` pairs
    assert len(pairs) < n * (n - 1) // 2 // 10
    partnered = {k for pair in pairs for k in pair}
    assert partnered == set(range(n))  # still no sentence is left without a candidate


def test_the_best_partners_are_those_sharing_the_rarest_tokens() -> None:
    # Sentence 0 shares "treaty" with everyone and the rarer "kim" and "dog" with sentence 5 only; sentences
    # 1 to 4 share "vienna" too, so each has a better partner than sentence 0.
    sets = [frozenset({"treaty", "kim", "dog"}), *(frozenset({"treaty", "vienna"}) for _ in range(4)),
            frozenset({"treaty", "kim", "dog"})]
    pairs = _pairs(sets, [f"article-{k}" for k in range(6)], partners=1)
    assert [pair for pair in pairs if 0 in pair] == [(0, 5)]  # not (0, 1), the earliest sharing "treaty"
