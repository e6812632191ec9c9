"""Near-copies: an article republished with small edits is one source, and points at the first article."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from support import article

from briefing.analyse.extract import Extractor, extract_article, lower_case_words, rereader
from briefing.analyse.shingles import packed_shingles
from briefing.curate.copies import NEAR, edited_from, find_copies, own_lines_dated
from briefing.curate.people import name_finder
from briefing.model import Article
from briefing.propose.findings import NOTHING

STORY = [
    "The Valdorian parliament approved the new border corridor agreement late on Thursday evening.",
    "Deputies voted after a debate that lasted more than nine hours and ended shortly before midnight.",
    "The agreement opens a customs lane for lorries carrying grain, timber and machine parts.",
    "Opposition members walked out of the chamber before the final reading of the text.",
    "The transport minister told reporters that the first lorries could cross within a month.",
    "Farmers in the northern valleys have waited years for a faster route to the coastal ports.",
    "Customs officers will be trained at a new school near the eastern checkpoint.",
    "Neighbouring governments welcomed the vote and promised to open matching lanes on their side.",
    "Critics say the corridor will bring heavy traffic through small mountain villages.",
    "The government has promised to build bypass roads around the worst affected towns.",
    "Construction firms are expected to bid for the first contracts before the end of the year.",
    "A citizens group said it would challenge the agreement in the constitutional court.",
    "Rail operators fear that cheaper road transport will draw freight away from the old lines.",
    "The president is expected to sign the law early next week, according to her office.",
]
WALKOUT, RAIL, FARMERS, CRITICS = 3, 12, 5, 8
STAYED = "Opposition members stayed in the chamber but voted against the final text."
WELCOMED = "Rail operators said they welcomed the corridor and hoped to share its traffic."
WAITED = "Grain farmers said the new lane would halve the time their lorries spend at the border."
DOUBTS = "Village mayors doubted that the promised bypass roads would ever be built."
FOOTBALL = [
    "The national football team won its qualifying match against a much stronger side on Saturday.",
    "Supporters celebrated in the streets of the capital until the early hours of the morning.",
    "The coach praised the young goalkeeper, who saved a penalty in the second half.",
    "The team travels to the coast next month for its final group match of the season.",
    "Ticket sales for the match have already broken the record set three years ago.",
]


def story(id: str, *edits: tuple[int, str], title: str = "Corridor approved") -> Article:
    """The story with some sentences replaced: (index, new sentence)."""
    body = list(STORY)
    for at, text in edits:
        body[at] = text
    return article(id, title, *body)


ORIGINAL = story("a-original")
COPY = story("b-copy", (WALKOUT, STAYED), title="Parliament backs the corridor")  # a new title is no new story
REWRITE = story("b-rewrite", (WALKOUT, STAYED), (RAIL, WELCOMED))  # another outlet's re-run: two sentences its own
# two edits from the rewrite, four from the original
COPY_OF_COPY = story("c-copy-of-copy", (WALKOUT, STAYED), (RAIL, WELCOMED), (FARMERS, WAITED), (CRITICS, DOUBTS))
FOOTBALL_REPORT = article("d-football", "A win at last", *FOOTBALL)


def test_a_copy_with_one_sentence_changed_points_at_the_earlier_article() -> None:
    copies = find_copies([ORIGINAL, COPY, FOOTBALL_REPORT])
    assert list(copies) == ["b-copy"]
    original, score = copies["b-copy"]
    assert original == "a-original"
    assert NEAR <= score < 1


def test_earlier_means_first_in_the_corpus() -> None:
    # The corpus is in file-name order; whichever of the two comes first is the original.
    assert {k: v for k, (v, _) in find_copies([COPY, ORIGINAL]).items()} == {"a-original": "b-copy"}


def test_unrelated_articles_are_not_copies() -> None:
    assert find_copies([ORIGINAL, FOOTBALL_REPORT]) == {}
    other_story = article("e-other", "Corridor approved", *STORY[:4], *FOOTBALL)  # shares a third of its text
    assert find_copies([ORIGINAL, other_story]) == {}


def test_a_re_run_with_two_sentences_of_its_own_is_a_copy() -> None:
    # An outlet re-running a wire story rewrites a sentence or two: still the same report, and a
    # mirror re-posting it months later must not date its "on Wednesday" by its own page.
    assert {k: v for k, (v, _) in find_copies([ORIGINAL, REWRITE]).items()} == {"b-rewrite": "a-original"}


def test_four_edits_apart_is_not_a_copy() -> None:
    assert find_copies([ORIGINAL, COPY_OF_COPY]) == {}


def test_a_chain_of_copies_points_at_the_first() -> None:
    # c copies b (two edits) and b copies a (two edits); c is too far from a to be its copy directly.
    copies = find_copies([ORIGINAL, REWRITE, COPY_OF_COPY, FOOTBALL_REPORT])
    assert {k: v for k, (v, _) in copies.items()} == {"b-rewrite": "a-original", "c-copy-of-copy": "a-original"}


def test_identical_articles_are_copies_with_similarity_one() -> None:
    assert find_copies([ORIGINAL, story("z-same")]) == {"z-same": ("a-original", 1.0)}


@pytest.mark.parametrize("articles", [[ORIGINAL, REWRITE, COPY_OF_COPY], [FOOTBALL_REPORT, ORIGINAL, COPY]])
def test_shingles_made_beforehand_give_the_same_answer(articles: list[Article]) -> None:
    packed = [packed_shingles(" ".join(s.text for s in a.body_sentences)) for a in articles]
    assert find_copies(articles, packed) == find_copies(articles)


def test_a_mirror_that_drops_paragraphs_and_adds_nothing_of_its_own_is_a_copy() -> None:
    mirror = article("m-mirror", "Corridor approved - MUST READ", *STORY[:4], *STORY[10:])  # six paragraphs gone
    copies = find_copies([ORIGINAL, mirror, FOOTBALL_REPORT])
    assert list(copies) == ["m-mirror"]
    original, score = copies["m-mirror"]
    assert original == "a-original" and score < NEAR  # by what it holds, not by Jaccard
    # ... but an earlier short article is no copy of a later one that goes on with news of its own
    brief = article("a-brief", "Corridor approved", *STORY[:5])
    longer = article("b-longer", "Corridor approved", *STORY[:5], *FOOTBALL)
    assert find_copies([brief, longer]) == {}
    # ... a mirror adding a promotion line of its own still holds nearly all its text from the original
    spam = article("m-spam", "Corridor approved", *STORY[:4], *STORY[7:],
                   ">> CLICK HERE: The one kitchen trick doctors don't want you to know")
    assert [v for v, _ in find_copies([ORIGINAL, spam]).values()] == ["a-original"]
    # ... and a mirror holding too little of the original (under half) is left to Jaccard
    assert find_copies([ORIGINAL, article("m-short", "Corridor approved", *STORY[:4])]) == {}


def test_a_copys_own_lines_are_those_no_sentence_of_the_original_mostly_shares() -> None:
    edited = story("b-edited", (WALKOUT, STORY[WALKOUT].replace("Opposition members", "Opposition deputies")))
    assert None not in edited_from(edited, ORIGINAL)  # one word changed: the original's sentence, edited
    edits = edited_from(COPY, ORIGINAL)
    # its new title (sentence 0) and the sentence it rewrote are its own; the rest edit the original's, in order
    assert [i for i, j in enumerate(edits) if j is None] == [0, WALKOUT + 1]
    assert all(j == i for i, j in enumerate(edits) if j is not None and i <= WALKOUT)


def test_a_copys_own_line_is_read_against_its_own_date_and_the_shared_text_against_the_originals() -> None:
    sunday, monday = dt.date(2024, 12, 8), dt.date(2024, 12, 9)
    original = article("a-wire", "Talks held", "The two ministers met on Sunday in the capital.",
                       "They discussed the border corridor.", "The talks lasted four hours.", date=sunday)
    added = "The ministry said on Monday that the corridor would open in May."
    copy = article("b-rerun", "Talks held", "The two ministers met on Sunday in the capital.",
                   "They discussed the border corridor.", "The talks lasted four hours.", added, date=monday)
    copies = {"b-rerun": ("a-wire", 0.8)}
    ex = Extractor(name_finder(NOTHING))
    as_original = dataclasses.replace(copy, date=sunday)  # date_copies gives the copy its original's date
    facts = [extract_article(original, ex, lower_case_words(original)),
             extract_article(as_original, ex, lower_case_words(as_original))]
    dated = own_lines_dated([original, as_original], facts, copies, {"a-wire": sunday, "b-rerun": monday},
                            rereader(ex, facts))
    by_text = {s.text: f.date for s, f in zip(copy.statement_sentences, dated[1].sentences)}
    assert by_text[added].start_date == monday  # not the Monday before the original's Sunday
    assert by_text["The two ministers met on Sunday in the capital."].start_date == sunday
    assert dated[0] is facts[0]


def test_a_copys_shared_line_is_not_dated_from_a_line_the_copy_added() -> None:
    friday, saturday = dt.date(2024, 4, 5), dt.date(2024, 4, 6)
    rain = "Rain forced the crews to stop work on the trail soon after."
    shared = ("Search teams found two hikers on the trail on Friday.", "The police had been told six were missing.")
    original = article("a-wire", "Hikers found", *shared, "Officials kept the toll at ten for now.", rain,
                       date=friday)
    copy = article("b-rerun", "Hikers found", *shared, "Officials added the pair to the list of dead Saturday.",
                   rain, date=saturday)
    copies = {"b-rerun": ("a-wire", 0.7)}
    ex = Extractor(name_finder(NOTHING))
    as_original = dataclasses.replace(copy, date=friday)
    facts = [extract_article(original, ex, lower_case_words(original)),
             extract_article(as_original, ex, lower_case_words(as_original))]
    read_as_original = {s.text: f.date for s, f in zip(copy.statement_sentences, facts[1].sentences)}
    assert read_as_original[rain] is not None and read_as_original[rain].origin == "context"  # the Saturday before
    dated = own_lines_dated([original, as_original], facts, copies, {"a-wire": friday, "b-rerun": saturday},
                            rereader(ex, facts))
    by_text = {s.text: f.date for s, f in zip(copy.statement_sentences, dated[1].sentences)}
    assert by_text["Officials added the pair to the list of dead Saturday."].start_date == saturday
    theirs = {s.text: f.date for s, f in zip(original.statement_sentences, facts[0].sentences)}
    assert by_text[rain] == theirs[rain]  # what the original gives it, not a day borrowed from the added line


def test_a_shared_line_whose_day_the_copy_changed_is_read_against_the_copys_date() -> None:
    sunday, monday = dt.date(2024, 1, 7), dt.date(2024, 1, 8)
    shared = ("On Saturday evening, rescuers pulled a woman from the rubble of her house.",
              "She was taken to hospital with leg injuries, police said.")
    original = article("a-wire", "Woman rescued", *shared,
                       "By Sunday officials had counted 128 dead across the peninsula.", date=sunday)
    updated = "By Monday officials had counted 168 dead across the peninsula."
    copy = article("b-rerun", "Woman rescued", *shared, updated, date=monday)
    copies = {"b-rerun": ("a-wire", 0.9)}
    ex = Extractor(name_finder(NOTHING))
    as_original = dataclasses.replace(copy, date=sunday)
    facts = [extract_article(original, ex, lower_case_words(original)),
             extract_article(as_original, ex, lower_case_words(as_original))]
    assert None not in edited_from(copy, original)  # the toll line edits the original's
    dated = own_lines_dated([original, as_original], facts, copies, {"a-wire": sunday, "b-rerun": monday},
                            rereader(ex, facts))
    by_text = {s.text: f.date for s, f in zip(copy.statement_sentences, dated[1].sentences)}
    assert by_text[updated].start_date == monday  # not the Monday before the original's Sunday
    assert by_text[shared[0]].start_date == dt.date(2024, 1, 6)  # the shared text keeps the original's Saturday
