"""Which section a sentence goes in (analyse/placing.py), as a table: ``tests/data/placing.yml``.

Each case is a set of sections and one article; every sentence of it (headline and subheadings included)
is written with the section it should go in. Sentences are read as the pipeline reads them: their frames
by ``read_frame``, whether their action has its agent by ``participants.acted`` over the names the case
gives. The table is checked against the weights: with any one weight or bonus set to nothing, some case
comes out differently, so each has a case that depends on it.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import pytest
import yaml
from case_tables import DATA, params

from briefing.analyse import placing
from briefing.analyse.events.frames import read_frame
from briefing.analyse.placing import common_terms, place_sentences, profiles_of
from briefing.curate.participants import acted
from briefing.curate.statements import _names_party, placing_rules
from briefing.model import Article, Block, Config, EntityRule, SectionRule, Sentence
from briefing.read.layout import sentence_id

CASES = [{**case, "id": case["name"]} for case in yaml.safe_load((DATA / "placing.yml").read_text("utf-8"))]
WEIGHTS = ["MAIN_ACTION", "NOUN_ACTION", "PASSING_ACTION", "OTHER_ACTION", "TERM", "PASSING_TERM", "HEADING_BONUS",
           "FOLLOW_BONUS", "ARTICLE_BONUS"]


def split(cell: str) -> tuple[str | None, str]:
    """'visits | The envoy arrived.' -> ('visits', 'The envoy arrived.'); '- | ...' places nowhere."""
    section, _, text = cell.partition(" | ")
    assert text, f"no section before {cell!r}"
    return (None if section == "-" else section), text


def build(case: dict[str, Any]) -> tuple[Article, list[str | None]]:
    """The case's article (title, subheadings, paragraphs) and the section each sentence should go in."""
    text, blocks, expected = "", [], []
    parts: list[tuple[str, list[str]]] = [("title", [case["article"]["title"]])]
    for p in case["article"]["paragraphs"]:
        if isinstance(p, dict):
            parts.append(("heading", [p["heading"]]))
        else:
            parts.append(("paragraph", [p] if isinstance(p, str) else list(p)))
    for kind, cells in parts:
        text += "\n\n" if text else ""
        found = []
        for n, cell in enumerate(cells):
            section, piece = split(cell)
            expected.append(section)
            text += " " if n else ""
            found.append(Sentence(sentence_id(piece), piece, len(text), len(text) + len(piece), len(blocks)))
            text += piece
        blocks.append(Block(kind, tuple(found)))  # type: ignore[arg-type]
    title = blocks[0].sentences[0].text
    article = Article("x", "x.txt", title, None, "undated", hashlib.sha256(text.encode()).hexdigest(), text + "\n",
                      tuple(blocks))
    return article, expected


def rules(case: dict[str, Any]) -> tuple[SectionRule, ...]:
    return tuple(SectionRule(s["id"], s["title"], tuple(s["terms"]), s.get("intro", "")) for s in case["sections"])


def place(case: dict[str, Any], agents_known: bool = True) -> list[str | None]:
    """Where the code places the case's sentences; without ``agents_known`` every action counts as acted."""
    article, _ = build(case)
    names = case.get("names", [])
    frames, agents, parties = [], [], []
    for s in article.statement_sentences:
        frame = read_frame(s.text)
        spans = [(m.start(), m.end(), "@" + n) for n in names for m in re.finditer(re.escape(n), s.text)]
        frames.append(frame)
        agents.append(acted(s.text, frame, spans) or not agents_known)
        parties.append(bool(spans))
    # a case's "common" terms are those its story's corpus would use in many sentences (``common_terms``)
    common = frozenset((sec["id"], f"t{n}") for sec in case["sections"] for n, term in enumerate(sec["terms"])
                       if term in case.get("common", ()))
    return place_sentences(article, rules(case), frames, agents, parties, common)


@pytest.mark.parametrize("case", params(CASES))
def test_placing(case: dict[str, Any]) -> None:
    article, expected = build(case)
    got = place(case)
    table = [f"{e or '-'} / {g or '-'} | {s.text}" for s, e, g in zip(article.statement_sentences, expected, got)]
    assert got == expected, "expected / got:\n" + "\n".join(table)


def _right() -> list[dict[str, Any]]:
    """The cases the code gets right as it is: only these can show that a weight or a rule decides something
    (a case already wrong would count as changed by anything)."""
    return [case for case in CASES if not case.get("gap") and place(case) == build(case)[1]]


@pytest.mark.parametrize("weight", WEIGHTS)
def test_every_weight_decides_a_case(weight: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the weight at nothing, some case the code gets right comes out differently."""
    right = _right()
    monkeypatch.setattr(placing, weight, 0.0)
    changed = [case["name"] for case in right if place(case) != build(case)[1]]
    assert changed, f"no case of placing.yml depends on {weight}"


def test_continuing_and_pointing_back_decide_cases(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence with no evidence goes on with its paragraph, or the paragraph before when it points back."""
    right = _right()
    monkeypatch.setattr(placing, "points_back", lambda text: False)
    assert [case["name"] for case in right if place(case) != build(case)[1]]


def test_an_action_without_its_agent_decides_a_case() -> None:
    """"24 horses arrived": the visit is named in passing, and 'arrived' is no term of the visits section."""
    right = _right()
    assert [case["name"] for case in right if place(case, agents_known=False) != build(case)[1]]


def test_the_cases_come_from_several_stories_and_leave_sentences_out() -> None:
    placed = [section for case in CASES for section in build(case)[1]]
    assert placed.count(None) >= 5
    assert len({s["id"] for case in CASES for s in case["sections"]}) >= 8


# --------------------------------------------------------------------------- profiles

PROFILES = [
    # (title, terms, intro, actions the section is about)
    ("Visits and meetings", ("visit*", "met with", "talks"), "", {"visit", "meet"}),
    ("Agreements", ("treaty", "signed", "ratif*"), "", {"sign", "ratify"}),
    ("Gifts", ("gift*", "present*", "horse*"), "", {"gift"}),
    ("Tariffs", ("tariff*", "duties", "anti-dumping"), "", {"impose", "investigate"}),
    ("Recovery", ("recover*", "divers", "bodies"), "", {"recover"}),
    ("Visits", ("Kumsusan",), "", {"visit"}),  # the title names the action
    # The intro is prose: its verbs say little about the section's kind of event.
    ("Agreements", ("treaty",), "Who visited whom, and what they signed.", set()),
    # "Election" is a noun of vote: a section of election results is one of votes.
    ("Election results", ("turnout", "tally"), "", {"vote"}),
    ("Results", ("turnout", "tally"), "", set()),
]


@pytest.mark.parametrize(("title", "terms", "intro", "actions"), PROFILES)
def test_profiles_name_the_actions_of_terms_and_title(title: str, terms: tuple[str, ...], intro: str,
                                                      actions: set[str]) -> None:
    (profile,) = profiles_of((SectionRule("s", title, terms, intro),))
    assert profile.actions == actions
    assert profile.id == "s"
    for term in terms:
        assert profile.pattern.search(term.rstrip("*") + ("s" if term.endswith("*") else ""))


@pytest.mark.parametrize(("text", "named"), [
    ("The Dali left Baltimore under its own power.", True),
    ("Opposition lawmakers in Ostrel criticised the plans.", False),  # a party named only as a place
    ("Crowds gathered at the Dali's berth.", False),
])
def test_a_party_named_only_as_a_place_does_not_count(text: str, named: bool) -> None:
    entities = [(m.start(), m.end(), "@entity:" + m.group().lower()) for m in re.finditer(r"Dali|Ostrel", text)]
    assert _names_party(text, entities) is named


def test_a_term_naming_an_entity_matches_its_other_names() -> None:
    """"NTSB" as a section term also finds "the National Transportation Safety Board", as the curation file
    says the two are one; a term naming no entity, or with a wildcard, is left as written."""
    sections = (SectionRule("inquiry", "Inquiries", ("NTSB", "probe*")), SectionRule("money", "Money", ("court",)))
    config = Config("t", sections, entities=(EntityRule("NTSB", ("National Transportation Safety Board",)),
                                                EntityRule("Court of Appeals", ("appeals court",))))
    inquiry, money = placing_rules(config)
    assert inquiry.terms == ("NTSB", "probe*", "National Transportation Safety Board")
    assert money is config.sections[1]
    text = "a report by the National Transportation Safety Board"
    assert profiles_of((inquiry,))[0].pattern.search(text)
    assert not profiles_of(sections[:1])[0].pattern.search(text)


CABLES = {"name": "cables", "sections": [{"id": "damage", "title": "Damage", "terms": ["cable*", "cut"]},
                                         {"id": "inquiry", "title": "The inquiry", "terms": ["tracking"]}],
          "article": {"title": "- | Navy follows the freighter",
                      "paragraphs": ["- | The cable was crossed by a ship the navy is tracking."]}}


def test_a_term_most_sentences_use_tells_no_section_apart() -> None:
    """The story's own word ("cable" in a story of cut cables), used by a quarter of the corpus's sentences or
    more, weighs as a word named in passing: the sentence goes where its other evidence points."""
    texts = ["Two cables were cut on Sunday.", "The cable operator said repairs would start.",
             "Divers inspected the cable.", "The minister spoke in Brussels.", "The port reopened on Monday.",
             "Shares fell in Helsinki.", "The ship left port on Friday.", "The navy said little."]
    common = common_terms([[t] for t in texts], rules(CABLES))
    assert common == {("damage", "t0")}
    article, _ = build(CABLES)
    frames = [read_frame(s.text) for s in article.statement_sentences]
    n = len(frames)
    assert place_sentences(article, rules(CABLES), frames, [True] * n, [False] * n) == [None, "damage"]
    assert place_sentences(article, rules(CABLES), frames, [True] * n, [False] * n, common) == [None, "inquiry"]


def test_a_name_a_tenth_of_the_sentences_use_tells_no_section_apart() -> None:
    """A name among the terms ("Delta") is a party of the story once a tenth of the corpus's sentences name it:
    named in many kinds of its events, it weighs as a word named in passing. Other terms need a quarter."""
    airline = {"id": "travel", "title": "Airlines", "terms": ["Delta", "flights"]}
    texts = ["Delta cancelled its flights.", "Flights resumed on Monday.", "The update crashed computers.",
             "Banks were hit too.", "Hospitals postponed surgery.", "The company apologised.",
             "Shares fell by a tenth.", "Engineers rolled the update back.", "Regulators asked questions.",
             "Airports were crowded."]
    assert common_terms([[t] for t in texts], rules({"sections": [airline]})) == {("travel", "t0")}


def test_a_name_most_articles_use_tells_no_section_apart() -> None:
    """A place among the terms ("Yambali", where the landslide struck) that half the articles name or more is
    the story's own place: named in every kind of its events, however few of the sentences name it. A word that
    is no name needs a quarter of the sentences still, and a handful of articles tells nothing."""
    slide = {"id": "disaster", "title": "The landslide", "terms": ["Yambali", "boulders"]}
    filler = [f"Aid convoy {n} arrived." for n in range(12)]  # a name in one sentence of thirteen: under a tenth
    articles = [[f"Rescuers reached Yambali on day {n}.", *filler] for n in range(3)] \
        + [["Boulders fell.", *filler] for _ in range(3)]
    assert common_terms(articles, rules({"sections": [slide]})) == {("disaster", "t0")}
    assert common_terms(articles[:3], rules({"sections": [slide]})) == frozenset()
    assert common_terms(articles[1:], rules({"sections": [slide]})) == frozenset()


def test_a_word_three_quarters_of_the_articles_use_tells_no_section_apart() -> None:
    """A term that is no name ("landslide") is the story's own word once three quarters of its articles use it,
    however few of its sentences do; half of them is not enough for a word, as it is for a name."""
    slide = {"id": "disaster", "title": "The landslide", "terms": ["landslide", "boulders"]}
    filler = [f"Aid convoy {n} arrived." for n in range(12)]
    articles = [[f"The landslide struck on day {n}.", *filler] for n in range(6)] + [["Boulders fell.", *filler]] * 2
    assert common_terms(articles, rules({"sections": [slide]})) == {("disaster", "t0")}
    assert common_terms(articles[1:], rules({"sections": [slide]})) == frozenset()  # five of seven
