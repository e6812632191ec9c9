"""The briefing stays brief: a few events per section on the briefing page, every event on the section's own
pages, the timeline by year, other reporting by article, and every link to an event landing on its anchor."""

from __future__ import annotations

import dataclasses
import datetime as dt
import posixpath
import re
from collections.abc import Iterator
from pathlib import Path

import markdown
import pytest
from support import article, briefing, cite, item

from briefing.config import ConfigError, parse_config
from briefing.derive.key_points import highlights
from briefing.model import Briefing, Discrepancy, Mention, Person, QuoteRecord, Section, TimelineEntry, Variant, Version
from briefing.render import iter_pages, page_text, paging, people_page, quotes_page, sources_page
from briefing.render.paging import split
from briefing.write import write_outputs

EXTENSIONS = ["attr_list", "md_in_html", "tables", "toc"]
CITE = re.compile(r'\[(\d+)\]\(([^ )]+)(?: "[^"]*")?\)\{\.cite\}')
ITEM_LINK = re.compile(r'\]\(([^ )#]*)#(item-[\w-]+)[ )]')


def story(events: int, *, section: str = "s", day: dt.date = dt.date(2024, 3, 1), others: int = 0) -> Briefing:
    """One article per event, each one sentence ("Event 7 took place."), dated a day apart; ``others``
    articles more whose sentences no section claims."""
    arts, items = [], []
    for n in range(events):
        a = article(f"e{n:03d}", f"Report {n}", f"Event {n} took place.", date=day + dt.timedelta(days=n))
        arts.append(a)
        items.append(item(cite(a, f"Event {n} "), section=section))
    for n in range(others):
        arts.append(article(f"o{n:03d}", f"Other {n}", *(f"Aside {n}.{k} was noted." for k in range(3)),
                            date=day))
    return briefing(arts, [Section(section, "Events", "", ("event",), tuple(items))])


def pages_of(b: Briefing) -> dict[str, str]:
    return {path: page_text(lines) for path, lines in iter_pages(b)}


def events_on(page: str) -> list[str]:
    return re.findall(r'<span class="item" id="item-([\w-]+)"></span>', page)


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Pages of a few entries, so that a briefing of a dozen articles needs several."""
    monkeypatch.setattr(paging, "SECTION_EVENTS", 5)
    monkeypatch.setattr(paging, "TIMELINE_ENTRIES", 4)
    monkeypatch.setattr(paging, "OTHER_STATEMENTS", 4)
    monkeypatch.setattr(paging, "DIFFERENCES_SHOWN", 2)
    monkeypatch.setattr(paging, "DIFFERENCES_PAGE", 3)
    yield


# --- the briefing page --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("events", "shown", "more"), [
    (3, 3, "the section in full →"),
    (8, 8, "the section in full →"),
    (9, 8, "all 9 events →"),
    (30, 8, "all 30 events →"),
])
def test_the_briefing_shows_a_bounded_number_linking_to_the_section(events: int, shown: int, more: str) -> None:
    pages = pages_of(story(events))
    index = pages["index.md"]
    part = index[index.index("## Events"):]
    lines = [line for line in part.splitlines() if line.startswith('- <span class="item"></span>')]
    assert len(lines) == shown
    assert all("](sections/s.md#item-s-" in line for line in lines)  # each to its place on the section's page
    assert f'<p class="all-events" markdown>[{more}](sections/s.md)</p>' in part
    assert f'<a href="sections/s.md">{more}</a>' in markdown.markdown(part, extensions=EXTENSIONS)  # a link
    assert 'id="item-' not in index  # the anchors are on the section's page only
    assert len(events_on(pages["sections/s.md"])) == events


def test_the_most_important_events_are_shown_in_the_section_order() -> None:
    b = story(6)
    s = b.sections[0]
    a, c = article("x1", "X1", "Event 4 took place."), article("x2", "X2", "Event 4 took place.")
    corroborated = item(*s.items[4].citations, cite(a, "Event 4"), cite(c, "Event 4"))
    items = (*s.items[:4], corroborated, s.items[5])
    chosen = highlights([Section("s", "Events", "", (), items)], 2)["s"]
    assert chosen == (items[0], corroborated)  # the best reported, then the earliest of the others; in page order


@pytest.mark.parametrize(("value", "problem"), [
    (0, "got 0"), (51, "got 51"), (True, "got true"), ("all", "got text 'all'")])
def test_events_per_section_is_checked(value: object, problem: str) -> None:
    data = {"title": "x", "sections": [{"id": "a", "title": "A", "terms": ["y"]}], "events_per_section": value}
    with pytest.raises(ConfigError) as info:
        parse_config(data)
    assert info.value.lines() == [f"briefing.yml: events_per_section: expected a whole number from 1 to 50, {problem}"]


def test_events_per_section_is_read() -> None:
    data = {"title": "x", "sections": [{"id": "a", "title": "A", "terms": ["y"]}], "events_per_section": 3}
    assert parse_config(data).events_per_section == 3


# --- the section's pages ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("events", "docs"), [
    (1, ["sections/s.md"]),
    (5, ["sections/s.md"]),  # exactly one page
    (6, ["sections/s.md", "sections/s/2.md"]),  # one more: a second page
    (11, ["sections/s.md", "sections/s/2.md", "sections/s/3.md"]),
])
def test_a_section_is_paged_beyond_a_bounded_size(small_pages: None, events: int, docs: list[str]) -> None:
    b = story(events)
    pages = pages_of(b)
    assert sorted(p for p in pages if p.startswith("sections/")) == docs
    listed = [e for doc in docs for e in events_on(pages[doc])]
    assert listed == [e.id for e in b.sections[0].items]  # every event once, in order
    assert all(len(events_on(pages[doc])) <= 5 for doc in docs)
    for n, doc in enumerate(docs, 1):
        pager = [line for line in pages[doc].splitlines() if line.startswith('<p class="pager"')]
        assert pager == ([f'<p class="pager" markdown>Page {n} of {len(docs)} · ' + pager[0].split(" · ", 1)[1]] * 2
                         if len(docs) > 1 else [])
    if len(docs) > 1:
        assert '<a href="s/2.md">next →</a>' in markdown.markdown(pages["sections/s.md"], extensions=EXTENSIONS)
        assert "[next →](s/2.md)" in pages["sections/s.md"] and "[← previous](../s.md)" in pages["sections/s/2.md"]


@pytest.mark.parametrize(("weights", "size", "budget", "expected"), [
    ([1, 1, 1, 1], 2, 0, [[1, 1], [1, 1]]),
    ([1, 1, 1], 3, 0, [[1, 1, 1]]),
    ([5, 5, 5], 10, 10, [[5, 5], [5]]),
    ([1, 50, 1], 10, 10, [[1], [50], [1]]),  # too heavy for any page: a page to itself
    ([], 3, 0, []),
])
def test_pages_are_bounded_by_count_and_weight(weights: list[int], size: int, budget: int,
                                              expected: list[list[int]]) -> None:
    assert split(weights, size, lambda w: w, budget) == expected


# --- every link to an event lands on it ------------------------------------------------------------------------

def paged_story() -> Briefing:
    """Two sections of several pages, a dated timeline over three years, key points, other reporting."""
    b = story(12, others=3)
    arts = b.corpus.articles
    first = b.sections[0].items
    second = Section("t", "More events", "", ("more",), tuple(
        item(*e.citations, section="t") for e in first[6:]))
    sections = [Section("s", "Events", "", ("event",), first[:6]), second]
    events = [e for s in sections for e in s.items]
    timeline = [TimelineEntry(d, d, "day", d.isoformat(), "then", e, e.citations[0])
                for n, e in enumerate(events) for d in [dt.date(2022 + n // 5, 1 + n % 5, 1)]]
    return briefing(arts, sections, key_points=[events[0], events[-1]], timeline=timeline,
                    as_of=dt.date(2024, 12, 31))


def test_every_link_to_an_event_lands_on_the_page_holding_it(small_pages: None) -> None:
    pages = pages_of(paged_story())
    anchors = {doc: set(events_on(page)) for doc, page in pages.items()}
    links = 0
    for doc, page in pages.items():
        for target, anchor in ITEM_LINK.findall(page):
            landed = posixpath.normpath(posixpath.join(posixpath.dirname(doc), target)) if target else doc
            assert anchor.removeprefix("item-") in anchors.get(landed, set()), f"{doc}: {target}#{anchor}"
            links += 1
    assert links > 20
    # Each event is on exactly one page.
    ids = [e for found in anchors.values() for e in found]
    assert len(ids) == len(set(ids)) == 12


# --- the timeline -------------------------------------------------------------------------------------------

def test_a_long_timeline_is_paged_by_year(small_pages: None) -> None:
    pages = pages_of(paged_story())
    timeline = pages["timeline.md"]
    assert "## By year" in timeline and "<time" not in timeline
    assert "- [2022](timeline/2022.md): 5 dated events" in timeline
    assert "- [2023](timeline/2023.md): 5 dated events — pages [1](timeline/2023.md), [2](timeline/2023/2.md)" \
        in timeline
    assert "- [2024](timeline/2024.md): 2 dated events" in timeline
    years = sorted(p for p in pages if p.startswith("timeline/"))
    assert years == ["timeline/2022.md", "timeline/2022/2.md", "timeline/2023.md", "timeline/2023/2.md",
                     "timeline/2024.md"]
    dates = [d for p in years for d in re.findall(r'<time datetime="([\d-]+)">', pages[p])]
    assert dates == sorted(dates) and len(dates) == 12  # every entry once, oldest first
    assert all(d.startswith(p.split("/")[1][:4]) for p in years for d in re.findall(r'datetime="([\d-]+)"', pages[p]))


def test_a_short_timeline_stays_one_page() -> None:
    pages = pages_of(paged_story())  # 12 entries: within the usual bound
    assert not [p for p in pages if p.startswith("timeline/")]
    assert pages["timeline.md"].count("<time ") == 12 and "## 2022" in pages["timeline.md"]


# --- other reporting ----------------------------------------------------------------------------------------

def test_other_reporting_is_paged_by_article_and_drops_nothing(small_pages: None) -> None:
    b = paged_story()
    b.off_story["o001"] = "about another story"
    pages = pages_of(b)
    docs = sorted(p for p in pages if p.startswith("other-reporting/"))
    assert docs == ["other-reporting/1.md", "other-reporting/2.md", "other-reporting/3.md"]  # 3 sentences a page
    cited = [(doc, target) for doc in docs for _, target in CITE.findall(pages[doc])]
    assert [posixpath.normpath(posixpath.join("other-reporting", t)) for _, t in cited] == \
        [f"sources/{c.source}.md#{c.sentence}" for c in [*b.unplaced[:3], *b.unplaced[6:], *b.unplaced[3:6]]]
    index = pages["other-reporting.md"]
    assert "- [Page 1](other-reporting/1.md), 3 sentences: 13 (3)" in index
    assert "- [Page 3](other-reporting/3.md), 3 sentences: 14 elsewhere (3)" in index  # the other story last
    assert not CITE.findall(index)
    assert "## On other stories" in pages["other-reporting/3.md"]


def test_a_little_other_reporting_stays_one_page() -> None:
    b = story(2, others=1)
    pages = pages_of(b)
    assert not [p for p in pages if p.startswith("other-reporting/")]
    assert [t for _, t in CITE.findall(pages["other-reporting.md"])] == \
        [f"sources/{c.source}.md#{c.sentence}" for c in b.unplaced]


# --- where sources differ -----------------------------------------------------------------------------------

def test_the_briefing_lists_the_first_differences_and_links_to_them_all(small_pages: None) -> None:
    b = paged_story()
    events = [e for s in b.sections for e in s.items]
    b.discrepancies.extend(Discrepancy(e.id, "number", (Version("1", e.citations[0]), Version("2", e.citations[0])))
                           for e in events[:7])
    pages = pages_of(b)
    index = pages["index.md"]
    part = index[index.index("## Where sources differ"):index.index("## Articles cited")]
    assert part.count("- **Figures**") == 2 and "[all 7 differences →](differences/1.md)" in part
    docs = sorted(p for p in pages if p.startswith("differences/"))
    assert docs == ["differences/1.md", "differences/2.md", "differences/3.md"]
    assert sum(pages[d].count("- **Figures**") for d in docs) == 7


# --- a list that fits again leaves no folder behind ----------------------------------------------------------

def test_pages_no_longer_made_leave_no_folder(tmp_path: Path) -> None:
    write_outputs(tmp_path, {"timeline.md": b"years", "timeline/2024.md": b"a", "timeline/2024/2.md": b"b"})
    report = write_outputs(tmp_path, {"timeline.md": b"all of it"})
    assert report.removed == ["timeline/2024.md", "timeline/2024/2.md"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".briefing-generated", "timeline.md"]


def test_the_same_briefing_gives_the_same_pages(small_pages: None) -> None:
    assert pages_of(paged_story()) == pages_of(paged_story())


# --- people and quotes --------------------------------------------------------------------------------------

def with_people_and_quotes(b: Briefing, n: int) -> Briefing:
    """``n`` people, each named once and quoted once, in the first event's sentence."""
    c = b.sections[0].items[0].citations[0]
    people = [Person(f"p{k:02d}", f"Person {k:02d}", (), (Variant(f"Person {k:02d}", (c.source,)),),
                     (Mention(c.source, c.sentence, 0, 5, "Event", f"p{k:02d}", "name"),)) for k in range(n)]
    quotes = [QuoteRecord(f"Words {k}", f"Person {k:02d}", f"p{k:02d}", c) for k in range(n)]
    return dataclasses.replace(b, people=people, quotes=quotes)


@pytest.mark.parametrize(("n", "docs"), [(3, []), (4, []), (5, ["1.md", "2.md"]), (9, ["1.md", "2.md", "3.md"])])
def test_people_and_quotes_are_paged_past_a_bound(monkeypatch: pytest.MonkeyPatch, n: int, docs: list[str]) -> None:
    monkeypatch.setattr(people_page, "PEOPLE_PAGE", 4)
    monkeypatch.setattr(quotes_page, "QUOTES_PAGE", 4)
    pages = pages_of(with_people_and_quotes(story(3), n))
    for top, folder, entry in (("people.md", "people", "## Person "), ("quotes.md", "quotes", "> “Words ")):
        assert sorted(p.removeprefix(folder + "/") for p in pages if p.startswith(folder + "/")) == docs
        on = [pages[f"{folder}/{d}"] for d in docs] or [pages[top]]
        assert sum(page.count(entry) for page in on) == n  # everyone once
        assert all(page.count(entry) <= 4 for page in on)
        if docs:
            assert entry not in pages[top] and f"]({folder}/{docs[-1]}" in pages[top]
    if docs:
        assert f"- [Person {n - 1:02d}](people/{docs[-1]}#person-p{n - 1:02d}) (once)" in pages["people.md"]
        assert "- Person 00: 1 passage ([page 1](quotes/1.md))" in pages["quotes.md"]


@pytest.mark.parametrize(("articles", "docs"), [(4, []), (5, ["1.md", "2.md"])])
def test_the_table_of_sources_is_paged_past_a_bound(monkeypatch: pytest.MonkeyPatch, articles: int,
                                                    docs: list[str]) -> None:
    monkeypatch.setattr(sources_page, "SOURCES_PAGE", 4)
    pages = pages_of(story(articles))
    assert sorted(p.removeprefix("source-list/") for p in pages if p.startswith("source-list/")) == docs
    rows = [line for doc in (docs and [f"source-list/{d}" for d in docs] or ["sources.md"])
            for line in pages[doc].splitlines() if re.match(r"\| \d+ \| ", line)]
    assert [int(r.split(" | ")[0][2:]) for r in rows] == list(range(1, articles + 1))  # every article once
    if docs:
        assert "- [Articles 1 to 4](source-list/1.md)" in pages["sources.md"]
        assert "[Report 4](../sources/e004.md)" in pages["source-list/2.md"]
