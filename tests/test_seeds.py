"""Acceptance on the two real seed articles: sections, merging, citations, nothing dropped."""

from __future__ import annotations

import json

from support import ROOT, items_citing, one_item

from briefing.pipeline import Result


def test_treaty_signing_and_pledge_cite_both(seeds_build: Result) -> None:
    signing = one_item(seeds_build, "treaty", "Treaty on Comprehensive Strategic Partnership", "sign", sources=2)
    assert {c.source for c in signing.citations} == {a.id for a in seeds_build.briefing.corpus.articles}
    one_item(seeds_build, "treaty", "aggression", sources=2)


def test_visits(seeds_build: Result) -> None:
    one_item(seeds_build, "visits", "Putin", "visit", "North Korea", sources=2)
    one_item(seeds_build, "visits", "Krivoruchko", sources=2)
    one_item(seeds_build, "visits", "Shoigu", "Kim Jong-un", "ecretary", sources=2)
    one_item(seeds_build, "visits", "Ministry of Energy", sources=1)


def test_every_gift_is_listed(seeds_build: Result) -> None:
    for phrases in [("Kim Il Sung", "Palekh"), ("portrait and bust",), ("Pungsan",), ("August 31", "horses"),
                    ("24 Orlov trotters",), ("30 horses", "2022"), ("Aurus",)]:
        assert items_citing(seeds_build, "gifts", *phrases), f"gift missing: {phrases}"


def test_the_same_fact_appears_once(seeds_build: Result) -> None:
    shown = [c.sentence for s in seeds_build.briefing.sections for i in s.items for c in i.citations]
    assert len(shown) == len(set(shown)), "a sentence is cited by two items"


def test_citations_are_verbatim(seeds_build: Result) -> None:
    b = seeds_build.briefing
    for s in b.sections:
        for item in s.items:
            assert any(" ".join(c.text.split()) == item.text for c in item.citations)
            for c in item.citations:
                raw = (ROOT / "seeds" / b.article(c.source).file).read_bytes().decode("utf-8")
                assert c.text in raw


def test_nothing_is_dropped(seeds_build: Result) -> None:
    """Every sentence, headline and subheadings included, is either cited in a section or listed as other
    reporting, once."""
    b = seeds_build.briefing
    cited = {(c.source, c.sentence) for s in b.sections for i in s.items for c in i.citations}
    unplaced = {(c.source, c.sentence) for c in b.unplaced}
    body = {(a.id, s.id) for a in b.corpus.articles for s in a.statement_sentences}
    assert cited | unplaced == body and not cited & unplaced


def test_every_sentence_is_on_its_source_page(seeds_build: Result) -> None:
    for a in seeds_build.briefing.corpus.articles:
        page = seeds_build.files[f"sources/{a.id}.md"].decode()
        for s in a.sentences:
            assert f'id="{s.id}"' in page


def test_json_contract(seeds_build: Result) -> None:
    data = json.loads(seeds_build.files["briefing.json"])
    assert {"title", "sources", "sections", "unplaced", "rejected"} <= set(data)
    dated = {s["file"]: s["date"] for s in data["sources"]}
    assert dated == {"000_ed452c7c3a345e91.txt": None, "003_bab6a6b4a46bcf72.txt": "2024-09-14"}
    assert [s["id"] for s in data["sections"]] == ["treaty", "visits", "gifts"]
    for s in data["sources"]:
        assert len(s["sha256"]) == 64 and s["url"] == f"sources/{s['id']}/"
    table = data["citations"]
    assert [e["id"] for e in data["events"]] == [i for sec in data["sections"] for i in sec["events"]]
    for event in data["events"]:
        for ref in event["citations"]:
            c = table[ref]
            assert ref == f"{c['source']}#{c['sentence']}"
            assert c["url"] == f"sources/{c['source']}/#{c['sentence']}"
    assert data["rejected"] == []


def test_same_seeds_same_bytes(seeds_build: Result) -> None:
    from briefing.pipeline import build

    again = build(ROOT / "seeds", ROOT / "briefing.yml", None)
    assert again.files == seeds_build.files


def test_same_bytes_whatever_the_hash_seed(tmp_path) -> None:  # noqa: ANN001
    """Set and dict order varies with PYTHONHASHSEED between processes; the output must not."""
    import os
    import subprocess
    import sys

    from support import CORRIDOR

    outputs = []
    for seed in ("1", "2", "33"):
        out = tmp_path / f"out-{seed}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        for seeds, config in ((ROOT / "seeds", ROOT / "briefing.yml"), (CORRIDOR / "seeds", CORRIDOR / "briefing.yml")):
            target = out / seeds.parent.name
            subprocess.run([sys.executable, str(ROOT / "build_briefing.py"), "--seeds", str(seeds), "--config",
                            str(config), "--out", str(target), "-q"], check=True, env=env, timeout=120)
        outputs.append({p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert outputs[0] == outputs[1] == outputs[2]
