"""Dates, people, quotes, attribution, corroboration and differences (on seeds and invented stories)."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from support import FIXTURES, ROOT, one_item

from briefing.model import Briefing
from briefing.pipeline import Result, build


def timeline(b: Briefing) -> list[tuple[str, str, str, str]]:
    return [(e.start.isoformat(), e.end.isoformat(), e.precision, e.phrase) for e in b.timeline]


def person(b: Briefing, name: str):  # noqa: ANN201
    found = [p for p in b.people if p.name == name]
    assert len(found) == 1, [p.name for p in b.people]
    return found[0]


# --- the seeds ---


def test_seed_timeline(seeds_build: Result) -> None:
    t = timeline(seeds_build.briefing)
    assert ("2024-09-13", "2024-09-13", "day", "on September 13") in t
    assert ("2024-08-31", "2024-08-31", "day", "On August 31") in t
    assert ("2024-06-01", "2024-06-30", "month", "In June") in t
    assert ("2024-07-11", "2024-07-20", "part-of-month", "In mid-July") in t
    assert ("2022-09-01", "2022-11-30", "season", "in the fall of 2022") in t
    assert [e.start for e in seeds_build.briefing.timeline] == sorted(e.start for e in seeds_build.briefing.timeline)


def test_undated_article_borrows_a_year_only_with_a_note(seeds_build: Result) -> None:
    b = seeds_build.briefing
    mid_july = next(e for e in b.timeline if e.phrase == "In mid-July")
    assert b.article(mid_july.citation.source).date is None
    assert "corroborating" in mid_july.citation.date.note
    # "on Friday" in the undated article: its year and week only from a report of the same event that dates it
    # (Shoigu's talks, "on September 13", a Friday), and saying so
    friday = [c for s in b.sections for i in s.items for c in i.citations if c.date and c.date.phrase == "on Friday"]
    assert friday and all(c.date.start_date is None or "corroborating" in c.date.note for c in friday)
    assert {c.date.start_date for c in friday} <= {None, dt.date(2024, 9, 13)}


def test_seed_name_pairs_reconciled(seeds_build: Result) -> None:
    b = seeds_build.briefing
    shoigu = person(b, "Sergei Shoigu")
    assert {v.text for v in shoigu.variants} == {"Sergei Shoigu", "Sergey Shoigu"}
    by_text = {v.text: v.sources for v in shoigu.variants}
    assert by_text["Sergey Shoigu"] == ("000-ed452c7c3a345e91",)
    assert by_text["Sergei Shoigu"] == ("003-bab6a6b4a46bcf72",)
    assert {v.text for v in person(b, "Aleksey Krivoruchko").variants} == {"Aleksey Krivoruchko", "Alexei Krivoruchko"}
    assert person(b, "Kim Il Sung").key != person(b, "Kim Jong-un").key


def test_seed_differences(seeds_build: Result) -> None:
    kinds = {(d.kind, tuple(v.value for v in d.versions)) for d in seeds_build.briefing.discrepancies}
    assert ("name", ("Sergey Shoigu", "Sergei Shoigu")) in kinds
    quote = next(v for k, v in kinds if k == "quote")
    assert "trusting, friendly" in quote and any("exceptionally trusting, friendly" in q for q in quote)


def test_seed_attribution_and_quotes(seeds_build: Result) -> None:
    b = seeds_build.briefing
    vias = {c.via for s in b.sections for i in s.items for c in i.citations}
    assert "KCNA" in vias
    raw = {a.id: a.text for a in b.corpus.articles}
    for q in b.quotes:
        assert q.text in raw[q.citation.source]  # verbatim, character for character
    putin = [q for q in b.quotes if q.speaker == "Putin"]
    assert putin and putin[0].text.startswith("Russia does not rule out")


def test_seed_registers(seeds_build: Result) -> None:
    gifts = next(r for r in seeds_build.briefing.registers if r.section == "gifts")
    rows = {row.cells[3]: row.cells for row in gifts.rows}
    assert rows["a herd of horses"][:3] == ("31 August 2024", "Vladimir Putin", "Kim Jong-un")
    for row in gifts.rows:  # names as the People page gives them; what was given in the article's own words
        e = row.event
        named = {p.name for p in e.participants}
        assert all(name in named for cell in row.cells[1:3] if cell for name in cell.split(", "))
        assert not row.cells[3] or any(row.cells[3] in c.text for c in e.citations)


def test_key_points_prefer_corroborated_statements(seeds_build: Result) -> None:
    points = seeds_build.briefing.key_points
    assert len(points) == 5 and sum(1 for p in points if p.independent > 1) >= 4


# --- an invented story ---


def test_other_spellings_found_without_curation(corridor_build: Result) -> None:
    b = corridor_build.briefing
    orlov = next(p for p in b.people if "Orlov" in p.name)
    assert {v.text: v.sources for v in orlov.variants} == {"Dmitry Orlov": ("a-capital-news",),
                                                          "Dmitriy Orlov": ("b-wire",)}
    assert {v.text for v in next(p for p in b.people if "Tkachenko" in p.name).variants} == {
        "Yuliya Tkachenko", "Yulia Tkachenko"}
    hassans = sorted(p.name for p in b.people if p.name.endswith("Hassan"))
    assert hassans == ["Ahmed Hassan", "Omar Hassan"]  # one family name, two people


def test_other_date_phrasings(corridor_build: Result) -> None:
    t = timeline(corridor_build.briefing)
    assert ("2025-05-08", "2025-05-08", "weekday", "on Thursday") in t  # weekday before a Saturday article
    assert ("2025-05-09", "2025-05-09", "day", "on 9 May") in t
    assert ("2025-06-01", "2025-06-10", "part-of-month", "in early June") in t  # announced: still ahead
    # "Last year, 12 grain ships were seized": dated, but other reporting, and the timeline holds the sections' events
    assert "Last year" not in {phrase for *_, phrase in t}


def test_corroboration_and_differences_elsewhere(corridor_build: Result) -> None:
    b = corridor_build.briefing
    signed = one_item(corridor_build, "treaty", "signed the Grain Corridor Treaty", sources=2)
    assert signed.date is not None and signed.date.date.start_date == dt.date(2025, 5, 9)
    kinds = {d.kind: [v.value for v in d.versions] for d in b.discrepancies}
    assert kinds["number"] == ["12", "15"]  # found in other reporting too
    assert kinds["quote"] == ["This treaty feeds millions,", "This treaty feeds millions of people,"]
    gifts = next(r for r in b.registers if r.section == "gifts")
    assert {row.cells[1:] for row in gifts.rows} == {("Dmitriy Orlov", "Yulia Tkachenko", "a silver samovar"),
                                                     ("Yulia Tkachenko", "Dmitriy Orlov", "a hand-woven carpet")}


def test_distractor_story_stays_out_of_sections(corridor_build: Result) -> None:
    cited = {c.source for s in corridor_build.briefing.sections for i in s.items for c in i.citations}
    assert "d-sport" not in cited


def test_json_carries_dates_people_quotes_differences(corridor_build: Result) -> None:
    data = json.loads(corridor_build.files["briefing.json"])
    item = next(e for e in data["events"] if "Grain Corridor Treaty" in e["text"])
    assert item["date"]["start"] == "2025-05-09" and item["date"]["precision"] == "day"
    assert item["date"]["phrase"] in {"on May 9"}
    assert {"timeline", "people", "quotes", "discrepancies"} <= set(data)
    orlov = next(p for p in data["people"] if "Orlov" in p["name"])
    assert {v["text"] for v in orlov["variants"]} == {"Dmitry Orlov", "Dmitriy Orlov"}


# --- the seeds with more articles on the same story, worded by other outlets ---


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> Result:
    seeds = tmp_path_factory.mktemp("grown") / "seeds"
    seeds.mkdir()
    for path in [*(ROOT / "seeds").glob("*.txt"), *(FIXTURES / "more_story" / "seeds").glob("*.txt")]:
        shutil.copy(path, seeds / path.name)
    return build(seeds, ROOT / "briefing.yml", None)


def test_new_wording_joins_the_existing_facts(grown: Result) -> None:
    signing = one_item(grown, "treaty", "Treaty on Comprehensive Strategic Partnership", sources=3)
    assert "u1-summit" in signing.sources and signing.date.date.start_date == dt.date(2024, 6, 19)
    # "Russia delivered 24 Orlov trotter horses ... on Saturday" (a 1 September article) is the gift the seeds
    # date "On August 31": one event, whatever the verb
    horses = one_item(grown, "gifts", "Orlov trotter horses", sources=2)
    assert "herd of horses" in " ".join(c.text for c in horses.citations)
    assert horses.date.date.start_date == dt.date(2024, 8, 31)
    assert any("u2-talks" in i.sources and len(i.sources) > 1 for s in grown.briefing.sections for i in s.items)


def test_unhyphenated_spelling_is_the_same_person(grown: Result) -> None:
    kim = person(grown.briefing, "Kim Jong-un")
    assert {v.text for v in kim.variants} == {"Kim Jong-un", "Kim Jong Un"}
    names = [d for d in grown.briefing.discrepancies if d.kind == "name"]
    assert all(len({v.value for v in d.versions}) == len(d.versions) for d in names)  # one person per entry


def test_near_duplicate_is_reported_and_confirms_nothing(tmp_path) -> None:  # noqa: ANN001
    seeds = tmp_path / "seeds"
    shutil.copytree(FIXTURES / "pacific" / "seeds", seeds)
    original = (seeds / "001_wellington.txt").read_text(encoding="utf-8")
    copy = original.replace("a three-day visit", "a three-day official visit")  # a copy with an edit
    (seeds / "009_reposted.txt").write_text(copy, encoding="utf-8")
    result = build(seeds, FIXTURES / "pacific" / "briefing.yml", None)
    b = result.briefing
    assert b.copies == {"009-reposted": "001-wellington"}
    assert any(w.file == "009_reposted.txt" and "near-duplicate of 001_wellington.txt" in w.reason
               for w in b.corpus.warnings)
    signed = one_item(result, "treaty", "South Pacific Fisheries Agreement", sources=4)
    assert signed.independent == 3  # four reports, one of them a copy
    assert "4 reports, 3 independent" in result.files["index.md"].decode()
