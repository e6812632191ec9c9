"""What is new: each event's first report, the Latest block of the last days up to the newest article, the marks."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from support import article, cite, item

from briefing.config import parse_config
from briefing.derive.latest import first_reported, latest
from briefing.model import Corpus, Section
from briefing.pipeline import build

NOV = [dt.date(2024, 11, d) for d in (1, 4, 6, 8)]
A, B, C, D = (article(name, f"Report {name}", f"Sentence of {name}.", "Both report the vote.", date=day)
              for name, day in zip("abcd", NOV))
UNDATED = article("u", "Undated", "Sentence of u.", "Both report the vote.")
CORPUS = Corpus([A, B, C, D, UNDATED])
ONLY_A = item(cite(A, "Sentence of a"), section="s")
ONLY_C = item(cite(C, "Sentence of c"), section="s")
ONLY_D = item(cite(D, "Sentence of d"), section="s")
B_AND_D = item(cite(D, "vote"), cite(B, "vote"), section="s")  # reported on 4 November first, again on 8
ONLY_U = item(cite(UNDATED, "Sentence of u"), section="s")
PAST_D = dataclasses.replace(item(cite(D, "vote"), section="t"), id="t-background", background=True)
SECTIONS = [Section("s", "S", "", ("x",), (ONLY_A, B_AND_D, ONLY_C, ONLY_U, ONLY_D)),
            Section("t", "T", "", ("y",), (PAST_D,))]


def test_first_reported_is_the_earliest_dated_article_citing_the_event() -> None:
    first = first_reported(SECTIONS, CORPUS)
    assert first == {ONLY_A.id: NOV[0], B_AND_D.id: NOV[1], ONLY_C.id: NOV[2], ONLY_D.id: NOV[3],
                     PAST_D.id: NOV[3]}  # an event only undated articles report has none


# latest_days -> the events of the Latest block, newest first (page order within a day); background never
WINDOWS = [
    (0, [ONLY_D]),
    (2, [ONLY_D, ONLY_C]),
    (4, [ONLY_D, ONLY_C, B_AND_D]),
    (6, [ONLY_D, ONLY_C, B_AND_D]),
    (7, []),  # every article is in the window: nothing older to tell the new from
]


@pytest.mark.parametrize(("days", "events"), WINDOWS)
def test_the_latest_block_is_the_events_first_reported_in_the_window(days: int, events: list) -> None:
    new = latest(SECTIONS, first_reported(SECTIONS, CORPUS), CORPUS, NOV[-1], days)
    assert new is not None
    assert (new.start, new.events, new.older) == (NOV[-1] - dt.timedelta(days=days), tuple(events), days < 7)


def test_no_dated_article_no_block() -> None:
    assert latest(SECTIONS, {}, Corpus([UNDATED]), None, 3) is None


ARTICLES = {
    "01-first.txt": ("2024-11-01", "Ministers meet in Lisbon", "The trade ministers met in Lisbon on Friday."),
    "02-second.txt": ("2024-11-04", "Tariff imposed", "The union imposed a tariff of 20% on steel on Monday."),
    "03-third.txt": ("2024-11-07", "Talks resume", "The trade ministers met again in Madrid on Thursday."),
    "04-fourth.txt": ("2024-11-08", "Tariff doubled", "The union imposed a second tariff of 40% on Friday."),
}
CONFIG = {"title": "Steel", "latest_days": 3,
          "sections": [{"id": "tariffs", "title": "Tariffs", "terms": ["tariff*", "imposed"]},
                       {"id": "talks", "title": "Talks", "terms": ["met", "talks"]}]}


@pytest.fixture(scope="module")
def days_apart(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    seeds = tmp_path_factory.mktemp("latest") / "seeds"
    seeds.mkdir()
    for name, (day, title, text) in ARTICLES.items():
        (seeds / name).write_text(f"{day}\n{title}\n\n{text}\n", encoding="utf-8")
    return build(seeds, parse_config(CONFIG), None).files


def test_a_build_lists_marks_and_exports_what_is_new(days_apart: dict[str, bytes]) -> None:
    data = json.loads(days_apart["briefing.json"])
    events = {e["text"]: e for e in data["events"]}
    new = [events[t]["id"] for t in ("The union imposed a second tariff of 40% on Friday.",
                                     "The trade ministers met again in Madrid on Thursday.")]
    assert data["latest"] == {"days": 3, "from": "2024-11-05", "events": new, "older_articles": True}
    assert {t: e["first_reported"] for t, e in events.items()} == {
        "The trade ministers met in Lisbon on Friday.": "2024-11-01",
        "The union imposed a tariff of 20% on steel on Monday.": "2024-11-04",
        "The trade ministers met again in Madrid on Thursday.": "2024-11-07",
        "The union imposed a second tariff of 40% on Friday.": "2024-11-08"}
    index = days_apart["index.md"].decode()
    block = index.split("## Latest", 1)[1].split("\n## ", 1)[0]
    assert "from 5 November 2024 to 8 November 2024" in block
    listed = [line for line in block.splitlines() if line.startswith("- ")]
    assert len(listed) == 2
    assert "first reported 8 November 2024</span> The union imposed a second tariff of 40% on Friday." in listed[0]
    assert "first reported 7 November 2024</span> The trade ministers met again in Madrid on Thursday." in listed[1]
    assert all(f"[in {s}](sections/{s.lower()}.md#item-{i} " in line
               for s, i, line in zip(("Tariffs", "Talks"), new, listed))
    marked = [line for line in index.split("## Latest", 1)[1].split("\n## ", 1)[1].splitlines()
              if '<span class="badge new">new</span>' in line]
    assert len(marked) == 2 and all(f"item-{i}" in m for i, m in zip(new, marked))  # in their sections
    timeline = days_apart["timeline.md"].decode()
    assert [line for line in timeline.splitlines() if "badge new" in line] == [
        line for line in timeline.splitlines() if "Madrid" in line or "40%" in line]


def test_the_same_articles_give_the_same_bytes_whatever_the_day(days_apart: dict[str, bytes], tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, (day, title, text) in ARTICLES.items():
        (seeds / name).write_text(f"{day}\n{title}\n\n{text}\n", encoding="utf-8")
    again = build(seeds, parse_config(CONFIG), None, today=dt.date(2030, 1, 1)).files
    assert again["index.md"] == days_apart["index.md"] and again["briefing.json"] == days_apart["briefing.json"]
