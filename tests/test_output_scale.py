"""Output that grows with the corpus, not with the corpus squared.

A fact every article repeats gathers hundreds of citations in one statement: each
article must stay linked to its exact sentence, but only the first few links carry
a label and hover text, the rest fold away; the other pages count them and link to the statement;
briefing.json holds each cited sentence once and refers to it by id.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from benchmarks.corpus import write_config, write_corpus
from briefing.model import Article, Block, Briefing, Citation, Corpus, Event, Section, Sentence, TimelineEntry
from briefing.pipeline import Result, build
from briefing.render import page_text
from briefing.render.briefing_page import render_briefing
from briefing.render.export import briefing_data, briefing_json
from briefing.render.section_page import section_pages
from briefing.render.timeline_page import render_timeline
from briefing.render.widgets import FULL_CITES, Cited, noting_cited

N_ARTICLES = 40
CLAUSE = "The treaty obliges each side to defend the other."
SHOWN = "Officials said the treaty obliges each side to defend the other."  # the last article's wording
# The target is given as from the top folder: a section's page has it after "../", its later pages after "../../".
LINK = re.compile(r'\[(\d+)\]\((?:\.\./)*(sources/[^ )]+\.md#s-[\w-]+)(?: "([^"]*)")?\)\{\.cite\}')


def _article(n: int, body: str = CLAUSE) -> Article:
    title = f"Report number {n}"
    text = f"{title}\n\n{body}\n"
    title_s = Sentence(f"s-t{n}", title, 0, len(title), 0)
    body_s = Sentence("s-clause", body, len(title) + 2, len(title) + 2 + len(body), 1)
    return Article(f"a{n:03d}", f"a{n:03d}.txt", title, dt.date(2024, 5, 1), "date line in the file", "0" * 64, text,
                   (Block("title", (title_s,)), Block("paragraph", (body_s,))))


@pytest.fixture(scope="module")
def evergreen() -> Briefing:
    """One statement cited by every one of N_ARTICLES articles; its text and date come from late ones."""
    articles = [_article(n) for n in range(1, N_ARTICLES)] + [_article(N_ARTICLES, SHOWN)]
    citations = tuple(Citation(a.id, "s-clause", a.body_sentences[0].text) for a in articles)
    shown, dating = citations[-1], citations[-2]
    item = Event("treaty-clause", "treaty", SHOWN, citations, date=dating, independent=N_ARTICLES)
    section = Section("treaty", "Treaty", "", ("treaty",), (item,))
    timeline = [TimelineEntry(dt.date(2024, 5, 1), dt.date(2024, 5, 1), "day", "1 May 2024", "today", item, dating)]
    b = Briefing("Evergreen", "", dt.date(2024, 5, 1), Corpus(articles), [section], [item], [], timeline=timeline)
    assert item.shown == shown
    return b


def _listed(b: Briefing) -> str:
    """The section pages, where each event is listed in full."""
    return "\n".join(page_text(lines) for _, lines in section_pages(b))


def _item_links(page: str, item_id: str) -> list[tuple[str, str, str]]:
    """The citation links of an event's line, leaving out its other wordings (each links a citation listed before)."""
    line = next(line for line in page.splitlines() if f'id="item-{item_id}"' in line)
    return LINK.findall(line.split('<details class="wordings">')[0])


def test_every_article_is_linked_and_only_the_first_few_carry_the_sentence(evergreen: Briefing) -> None:
    cited: Cited = {}
    with noting_cited(cited):
        links = _item_links(_listed(evergreen), "treaty-clause")
    numbers = [int(n) for n, _, _ in links]
    assert sorted(numbers) == list(range(1, N_ARTICLES + 1))  # each article once
    assert all(target == f"sources/a{n:03d}.md#s-clause" for n, (_, target, _) in zip(numbers, links, strict=True))
    titled = [int(n) for n, _, title in links if title]
    assert len(titled) == FULL_CITES
    # The article whose words are shown and the one whose date is shown are named first.
    assert {N_ARTICLES, N_ARTICLES - 1} <= set(titled)
    for n, _, title in links:
        if title:  # who and when; the sentence is in the page's hover text, once
            assert title == f"Report number {n}, 1 May 2024"
            assert cited["sections/treaty.md"][f"a{int(n):03d}#s-clause"] == (SHOWN if int(n) == N_ARTICLES else CLAUSE)
    assert SHOWN not in "".join(title for _, _, title in links)


def test_the_rest_fold_under_a_count(evergreen: Briefing) -> None:
    line = next(line for line in _listed(evergreen).splitlines() if 'id="item-treaty-clause"' in line)
    badge = line.index('class="badge"')
    folded = line.index('<details class="more-cites">')
    assert badge < folded  # the statement's line reads to its badge; the numbers come after
    assert f"<summary>{N_ARTICLES - FULL_CITES} more articles</summary>" in line
    assert len(LINK.findall(line[folded:line.index("</details>", folded)])) == N_ARTICLES - FULL_CITES
    # The one other wording is listed once, however many articles give it.
    wordings = line[line.index('<details class="wordings">'):]
    assert wordings.count(CLAUSE) == 1 and f"(and {N_ARTICLES - 2} more articles in the same words)" in wordings


def test_other_views_count_the_rest_and_link_to_the_statement(evergreen: Briefing) -> None:
    key_points = page_text(render_briefing(evergreen)).split("## Key points", 1)[1].split("\n## ", 1)[0]
    timeline = page_text(render_timeline(evergreen))
    for page in (key_points, timeline):
        assert len(LINK.findall(page)) == FULL_CITES
        assert "<details" not in page
        assert re.search(rf"\[\+{N_ARTICLES - FULL_CITES} more\]\(sections/treaty\.md#item-treaty-clause\)", page)
    # The timeline names the article its date comes from.
    assert f"[{N_ARTICLES - 1}](sources/a{N_ARTICLES - 1:03d}.md#s-clause " in timeline


def test_json_lists_each_citation_once(evergreen: Briefing) -> None:
    data = briefing_data(evergreen)
    (item,) = data["events"]
    assert item["citations"] == [f"a{n:03d}#s-clause" for n in range(1, N_ARTICLES + 1)]
    assert list(data["citations"]) == item["citations"]  # reading order, once each
    assert data["citations"]["a007#s-clause"] == {"source": "a007", "sentence": "s-clause", "text": CLAUSE,
                                                  "url": "sources/a007/#s-clause", "via": None, "date": None}
    assert data["timeline"][0]["citation"] == f"a{N_ARTICLES - 1:03d}#s-clause"
    text = briefing_json(evergreen)
    assert json.loads(text) == data and text.count(f'"text":"{CLAUSE}"') == N_ARTICLES - 1


# --- a synthetic corpus with evergreen facts, end to end ---


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Result:
    root = tmp_path_factory.mktemp("synthetic")
    write_corpus(root / "seeds", 120, seed=0)
    write_config(root / "briefing.yml")
    return build(root / "seeds", root / "briefing.yml", None)


def _refs(data: dict) -> list[str]:
    refs = [r for e in data["events"] for r in e["citations"]]
    refs += [x["citation"] for e in data["events"] for x in e["context_inserts"]]
    refs += data["unplaced"] + [e["citation"] for e in data["timeline"]] + [q["citation"] for q in data["quotes"]]
    refs += [v["citation"] for d in data["discrepancies"] for v in d["versions"]]
    return refs


def test_json_references_resolve_to_the_articles_sentences(synthetic: Result) -> None:
    data = json.loads(synthetic.files["briefing.json"])
    assert data["schema_version"] == 4
    table, refs = data["citations"], _refs(data)
    assert set(refs) == set(table)  # every id used is in the table, and the table holds nothing else
    sentences = {(a.id, s.id): s.text for a in synthetic.briefing.corpus.articles for s in a.sentences}
    for ref, c in table.items():
        assert ref == f"{c['source']}#{c['sentence']}"
        assert c["text"] == sentences[(c["source"], c["sentence"])]
    assert len(table) == len({(c["source"], c["sentence"]) for c in table.values()})


def test_a_large_statement_links_every_article(synthetic: Result) -> None:
    b = synthetic.briefing
    big = max((i for s in b.sections for i in s.items), key=lambda i: len(i.sources))
    assert len(big.sources) > 2 * FULL_CITES  # the corpus has evergreen facts
    listed = "\n".join(data.decode() for path, data in synthetic.files.items() if path.startswith("sections/"))
    links = _item_links(listed, big.id)
    assert sorted(int(n) for n, _, _ in links) == sorted(b.numbers[s] for s in big.sources)  # each once
    first = {s: next(c.sentence for c in big.citations if c.source == s) for s in big.sources}
    assert {target for _, target, _ in links} == {f"sources/{s}.md#{first[s]}" for s in big.sources}
    assert sum(1 for _, _, title in links if title) == FULL_CITES


def test_people_page_stays_small(synthetic: Result) -> None:
    """A person's statements are listed with a few citations each, never the whole list again."""
    people = synthetic.files["people.md"].decode()
    for line in people.splitlines():
        assert len(LINK.findall(line)) <= FULL_CITES


def test_json_is_compact_and_one_entry_a_line(synthetic: Result) -> None:
    text = synthetic.files["briefing.json"].decode()
    assert "\n " not in text and '": ' not in text  # no indentation, compact separators
    lines = set(text.splitlines())
    data = json.loads(text)
    for ref, c in data["citations"].items():  # a line per cited sentence, not one line for the file
        assert json.dumps(ref) + ":" + json.dumps(c, ensure_ascii=False, separators=(",", ":")) + "," in lines \
            or ref == list(data["citations"])[-1]


def test_json_is_smaller_than_repeating_citations(synthetic: Result) -> None:
    """The citation table and the references to it cost less than writing each citation where it is used."""
    data = json.loads(synthetic.files["briefing.json"])
    refs = _refs(data)
    inlined = sum(len(json.dumps(data["citations"][r], ensure_ascii=False, separators=(",", ":"))) for r in refs)
    table = len(json.dumps(data["citations"], ensure_ascii=False, separators=(",", ":")))
    referenced = table + sum(len(json.dumps(r, ensure_ascii=False)) for r in refs)
    assert referenced < inlined


def test_json_written_field_by_field_equals_the_whole_dict_dumped(synthetic: Result) -> None:
    """briefing_json streams its fields to save memory; the bytes must be those of the plain dump."""
    from briefing.render.export import dumps

    b = synthetic.briefing
    assert briefing_json(b) == dumps(briefing_data(b))
    assert briefing_json(b, directory_urls=False) == dumps(briefing_data(b, directory_urls=False))
