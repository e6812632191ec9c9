"""Events as readers get them: a heading line from the fields, the sentence with any insertion marked, the
context it leans on, the other wordings folded, the corroboration badge; background and off-story apart."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re

import markdown
import pytest
from support import article, briefing, citation, cite, item, tiny_briefing

from briefing.derive.who import names
from briefing.model import Briefing, ContextInsert, Event, Participant, Section
from briefing.render import page_text
from briefing.render.briefing_page import render_briefing
from briefing.render.events import WORDINGS, heading
from briefing.render.other_page import render_other_reporting
from briefing.render.section_page import section_pages
from briefing.render.sources_page import render_sources
from briefing.render.timeline_page import render_timeline
from briefing.render.widgets import corroboration

EXTENSIONS = ["attr_list", "md_in_html", "tables", "toc"]


def visible(markdown_text: str) -> str:
    """What a reader sees of a line or a page: the rendered HTML's text."""
    out = markdown.markdown(markdown_text.split("\n---\n", 1)[-1], extensions=EXTENSIONS)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", out)).split())


def person(name: str, role: str = "") -> Participant:
    return Participant("@" + name.lower().replace(" ", "-"), name, role)


def party(name: str, role: str = "") -> Participant:
    return Participant("@entity:" + name.lower(), name, role)


@pytest.fixture(scope="module")
def tiny() -> Briefing:
    return tiny_briefing()


@pytest.fixture(scope="module")
def index(tiny: Briefing) -> str:
    return page_text(render_briefing(tiny))


@pytest.fixture(scope="module")
def listed(tiny: Briefing) -> str:
    return sections_text(tiny)


def sections_text(b: Briefing) -> str:
    """Every section page, one after the other: where each event is listed in full."""
    return "\n".join(page_text(lines) for _, lines in section_pages(b))


def line_of(page: str, event: Event) -> str:
    return next(line for line in page.splitlines() if f'id="item-{event.id}"' in line)


# --- the heading line ---------------------------------------------------------------------------

WHO = [
    ((person("Kim Jong-un"),), "Kim Jong-un"),
    ((party("Russia"), person("Vladimir Putin")), "Vladimir Putin, Russia"),  # people before parties
    ((person("A One"), person("B Two"), person("C Three")), "A One, B Two, C Three"),
    ((person("A One"), person("B Two"), person("C Three"), person("D Four")), "A One, B Two, C Three and 1 other"),
    ((party("Russia"), person("A One"), person("B Two"), person("C Three"), party("Korea")),
     "A One, B Two, C Three and 2 others"),
    ((), ""),
]


@pytest.mark.parametrize(("participants", "shown"), WHO)
def test_who_names_at_most_three_people_first(participants: tuple[Participant, ...], shown: str) -> None:
    assert names(participants, 3) == shown


HEADINGS = [
    # (sentence, its article's date, place, participants) -> the heading as read
    ("The envoy arrived on Friday.", dt.date(2024, 9, 14), "Valdoria", (person("Anna Lind"),),
     "Friday 13 September 2024 (‘on Friday’) · Valdoria · Anna Lind"),
    ("The envoy arrived on Friday.", dt.date(2024, 9, 14), "", (person("Anna Lind"),),
     "Friday 13 September 2024 (‘on Friday’) · Anna Lind"),
    ("The envoy arrived on Friday.", None, "", (), "undated: ‘on Friday’"),
    ("The envoy arrived.", None, "Valdoria", (), "Valdoria"),
    # A party a visit went to is where, not who.
    ("The envoy arrived.", None, "", (person("Anna Lind", "guest"), party("Valdoria", "place")),
     "Valdoria · Anna Lind"),
]


@pytest.mark.parametrize(("text", "published", "place", "participants", "shown"), HEADINGS)
def test_the_heading_leaves_out_what_the_event_does_not_say(text: str, published: dt.date | None, place: str,
                                                           participants: tuple[Participant, ...], shown: str) -> None:
    c = citation(text, published=published)
    e = dataclasses.replace(item(c, date=c if c.date else None), place=place, participants=participants)
    assert visible(heading(e)) == shown


def test_no_heading_when_the_event_says_nothing_of_when_where_or_who() -> None:
    assert heading(item(citation("The talks ended."))) == ""


# --- the sentence, its insertion, its context ------------------------------------------------------

def test_an_insertion_is_bracketed_marked_and_links_to_its_words(tiny: Briefing, listed: str) -> None:
    met = tiny.sections[0].items[1]
    assert met.context is not None and met.context.insert == "the envoy"
    line = line_of(listed, met)
    assert "[the envoy] met the prime minister in the afternoon." in visible(line)
    (marked,) = re.findall(r'\[&#91;the envoy&#93;\]\(([^ )]+) "([^"]*)"\)\{\.insert\}', line)
    target, title = marked
    assert target == f"../sources/beta.md#{met.context.source.sentence}"  # the earlier sentence the words come from
    assert title.startswith("Inserted by the briefing") and "We found common ground" in html.unescape(title)
    assert "<span class=\"context\">" not in line  # the insertion is enough: no sentence beside it


def test_the_sentence_before_is_shown_beside_one_that_leans_on_it(tiny: Briefing, listed: str) -> None:
    first = tiny.sections[1].items[1]
    assert first.context is not None and not first.context.insert
    line = line_of(listed, first)
    context = line[line.index('<span class="context">'):]
    assert "He met the prime minister in the afternoon." in visible(context)
    assert f"(../sources/beta.md#{first.context.source.sentence}){{.cite}}" in context  # its own citation
    assert line.index('class="badge') < line.index('class="context"')  # after the event's own citations


def test_an_insertion_that_does_not_fit_the_sentence_falls_back_to_the_context() -> None:
    a = article("a", "A title", ("Putin arrived.", "He met Kim."), date=dt.date(2024, 9, 14))
    e = dataclasses.replace(item(cite(a, "met")), context=ContextInsert(cite(a, "arrived"), "She", "Putin"))
    b = briefing([a], [Section("s", "S", "", (), (e,))])
    line = line_of(sections_text(b), e)
    assert "[Putin]" not in visible(line) and "Putin arrived." in visible(line)


# --- other wordings, the badge ----------------------------------------------------------------------

def test_other_wordings_fold_each_once_and_are_capped() -> None:
    texts = [f"The treaty was signed by the {n} leaders." for n in ("two", "both", "rival", "allied", "old", "new",
                                                                      "young")]
    arts = [article(f"a{n}", f"Title {n}", text) for n, text in enumerate(texts)]
    arts.append(article("copy", "Copy", texts[1]))  # a second article in the same words
    cs = [cite(a, "signed") for a in arts]
    e = item(*cs)
    b = briefing(arts, [Section("s", "S", "", (), (e,))])
    line = line_of(sections_text(b), e)
    folded = line[line.index('<details class="wordings">'):]
    assert f"<summary>{len(texts) - 1} other wordings</summary>" in folded
    shown = re.findall(r'<span class="wording">‘([^’]*)’', folded)
    assert shown == texts[1:1 + WORDINGS]
    assert "(and 1 more article in the same words)" in folded
    assert f"… and {len(texts) - 1 - WORDINGS} more, in the articles cited above" in folded
    assert texts[0] not in folded  # the shown sentence is no other wording


def test_no_wordings_fold_when_every_report_says_the_same() -> None:
    a, c = article("a", "A", "The talks ended."), article("c", "C", "The talks ended.")
    e = item(cite(a, "talks"), cite(c, "talks"))
    line = line_of(sections_text(briefing([a, c], [Section("s", "S", "", (), (e,))])), e)
    assert "wordings" not in line


@pytest.mark.parametrize(("sources", "independent", "badge"), [
    (1, 1, "single source"), (3, 3, "reported by 3 independent sources"), (3, 2, "3 reports, 2 independent")])
def test_the_badge_says_how_many_independent_sources(sources: int, independent: int, badge: str) -> None:
    e = item(*(citation("The talks ended.", f"a{n}") for n in range(sources)), independent=independent)
    assert visible(corroboration(e)) == badge


# --- order and background ------------------------------------------------------------------------------

def test_background_events_come_last_under_their_label(tiny: Briefing, listed: str) -> None:
    visits = listed[listed.index("# Visits"):listed.index("## Visits at a glance")]
    label = visits.index('<p class="background-label">Background: before the story began</p>')
    for e in tiny.sections[1].items:
        assert (visits.index(f'id="item-{e.id}"') > label) == e.background
    assert any(e.background for e in tiny.sections[1].items)


def test_key_points_carry_their_heading_line(tiny: Briefing, index: str) -> None:
    points = index[index.index("## Key points"):index.index("## Talks")]
    assert visible(points).startswith("Key points Friday 13 September 2024 (‘on Friday’) · Valdoria · Anna <Lind> "
                                      "The envoy arrived in Valdoria on Friday.")


def test_the_timeline_shows_each_event_once_and_the_background_apart(tiny: Briefing) -> None:
    page = page_text(render_timeline(tiny))
    story, background = page.split("## Background: before the story began")
    assert story.count("(sections/visits.md#item-visits-") == 1 and "2019" not in story
    assert background.count("(sections/visits.md#item-visits-") == 1 and "in 2019" in background
    assert "Markets in the capital" not in page and "storm" not in page  # other reporting is no event


# --- off the story -----------------------------------------------------------------------------------------

def test_sources_lists_the_articles_considered_and_excluded(tiny: Briefing) -> None:
    page = page_text(render_sources(tiny))
    part = page[page.index("## Considered and excluded"):page.index("## Skipped and repaired sources")]
    assert "- Article 3, [Storm hits the coast](sources/gamma.md): names none of the story's &#60;parties&#62;" in part


def test_other_reporting_puts_other_stories_apart(tiny: Briefing) -> None:
    page = page_text(render_other_reporting(tiny))
    ours, elsewhere = page.split("## On other stories")
    assert "Markets in the capital were calm." in ours and "storm" not in ours
    assert "### Storm hits the coast" in elsewhere and "A storm hit the coast on Monday." in elsewhere
