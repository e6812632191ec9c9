"""The synthetic benchmark corpus: deterministic, realistic in the ways the pipeline cares about.

Only the generator is tested here; timings are never asserted.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from benchmarks.corpus import write_config, write_corpus
from briefing.config import load_config
from briefing.read import read_corpus

N = 300  # large enough for a few exact copies (about 1 %) and near-duplicates (about 5 %)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, N, seed=7)
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


def _bytes_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    write_corpus(tmp_path / "a", 60, seed=3)
    write_corpus(tmp_path / "b", 60, seed=3)
    write_corpus(tmp_path / "c", 60, seed=4)
    a, b, c = (_bytes_of(tmp_path / x) for x in "abc")
    assert len(a) == 60
    assert a == b
    assert a != c


def test_both_seed_formats_are_present(corpus: dict[str, str]) -> None:
    dated = [t for t in corpus.values() if re.match(r" date \d{4}-\d{2}-\d{2} \S", t)]
    undated = [t for t in corpus.values() if not t.startswith(" date ")]
    assert dated and undated
    assert all("\n\n" in t for t in dated)  # blank-line paragraphs
    assert all("\n\n" not in t for t in undated)  # one paragraph a line


def test_exact_and_near_duplicates_are_present(corpus: dict[str, str]) -> None:
    copies = Counter(hashlib.sha256(t.encode()).hexdigest() for t in corpus.values())
    exact = sum(n - 1 for n in copies.values())
    assert 1 <= exact <= N * 0.03
    assert N * 0.02 <= _near_duplicates(corpus) <= N * 0.1


def _near_duplicates(corpus: dict[str, str]) -> int:
    """Distinct texts with the same title and layout that differ in exactly one block."""
    by_title: dict[str, set[str]] = defaultdict(set)
    for text in corpus.values():
        by_title[text.split("\n", 1)[0]].add(text)
    pairs = 0
    for texts in by_title.values():
        ordered = sorted(texts)
        for i, x in enumerate(ordered):
            for y in ordered[i + 1:]:
                bx, by = _blocks(x), _blocks(y)
                pairs += len(bx) == len(by) and sum(p != q for p, q in zip(bx, by)) == 1
    return pairs


def _blocks(text: str) -> list[str]:
    return text.split("\n\n") if "\n\n" in text else text.splitlines()


def test_text_has_the_features_the_pipeline_handles(corpus: dict[str, str]) -> None:
    text = "\n".join(corpus.values())
    assert "“" in text and "”" in text and "’" in text  # curly quotes
    assert '"' in text  # and outlets with straight ones
    for abbreviation in ("Mr. ", "Dr. ", "Gen. ", "U.N. ", " a.m."):
        assert abbreviation in text
    assert re.search(r"\bon (?:January|February|March|April|May|June|July|August|September|October|November|"
                     r"December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2}\b", text)
    assert re.search(r"\bin mid-[A-Z][a-z]+", text) and "last week" in text
    for a, b in (("Aleksandr Volkov", "Alexander Volkov"), ("Park Min-ho", "Pak Min Ho")):
        assert a in text and b in text  # transliteration variants of one person


def test_files_read_cleanly_with_varied_lengths_and_subheadings(tmp_path: Path) -> None:
    write_corpus(tmp_path, 120, seed=1)
    read = read_corpus(tmp_path)
    assert not read.warnings
    assert all(p.reason.startswith("duplicate of") for p in read.rejected)
    counts = [len(a.body_sentences) for a in read.articles]
    assert min(counts) <= 8 and max(counts) >= 35  # short and long articles
    assert all(3 <= c <= 70 for c in counts)
    assert sum(1 for a in read.articles if any(b.kind == "heading" for b in a.blocks)) >= 10


def test_config_is_valid_and_names_the_sections(tmp_path: Path) -> None:
    path = tmp_path / "briefing.yml"
    write_config(path)
    config = load_config(path)
    assert [s.id for s in config.sections] == ["treaty", "visits", "gifts"]
    assert config.entities and len(config.people) >= 6


def test_same_volume_baseline_repeats_each_article_to_the_asked_volume(tmp_path: Path) -> None:
    from benchmarks.projects import baseline_project, markdown_volume, same_volume_project

    write_corpus(tmp_path / "seeds", 40, seed=5)
    baseline_project(tmp_path / "plain", tmp_path / "seeds")
    plain = markdown_volume(tmp_path / "plain" / "docs")
    times = same_volume_project(tmp_path / "same", tmp_path / "seeds", 5 * plain)
    assert times > 1
    assert abs(markdown_volume(tmp_path / "same" / "docs") - 5 * plain) < 0.15 * 5 * plain
    for page in sorted((tmp_path / "plain" / "docs" / "sources").glob("*.md")):
        title, _, body = page.read_text(encoding="utf-8").partition("\n")
        padded = (tmp_path / "same" / "docs" / "sources" / page.name).read_text(encoding="utf-8")
        assert padded.startswith(title + "\n")
        assert padded.count(body.strip("\n")) == times  # the article's own text, whole, every time


def test_stage_timers_find_every_named_stage_and_run_no_command_line() -> None:
    """Every stage the timers name exists (a rename would silently drop it from the table), and
    walking the package to find them imports no ``__main__``, which would run the command line."""
    from benchmarks.stages import STAGES, _briefing_modules, _owner

    modules = _briefing_modules()
    assert not [m for m in modules if m.endswith("__main__")]
    missing = []
    for spec in STAGES:
        module, _, qualname = spec.partition(":")
        owner, attr = _owner(modules[module], qualname) if module in modules else (None, "")
        if owner is None or not callable(getattr(owner, attr, None)):
            missing.append(spec)
    assert missing == []


def test_targets_table_prints_each_measure_over_its_limit(tmp_path: Path) -> None:
    from benchmarks.harness import Row, Step, html_sizes, targets_table

    site = tmp_path / "site"
    (site / "timeline").mkdir(parents=True)
    (site / "index.html").write_bytes(b"x" * 150 * 1024)
    (site / "timeline" / "index.html").write_bytes(b"x" * 2048 * 1024)
    assert html_sizes(site) == (150.0, "timeline/index.html", 2048.0)
    assert html_sizes(tmp_path / "none") == (None, "", None)
    small = Row(1000, gen=Step(8.0, 8.0, 512.0), rebuild=Step(1.0), e2e=Step(30.0), baseline=Step(10.0),
                index_md_kib=100.0, largest_page_kib=10.0, index_html_kib=150.0, largest_html_kib=2048.0)
    big = Row(10000, gen=Step(84.0, 84.0, 2048.0), rebuild=Step(42.0))
    lines = targets_table([small, big]).splitlines()
    assert lines[2] == "| 1,000 | 2.00 | — | 1.50 | 0.50 | 100 | 0.50 | 2.00 | 0.50 |"
    assert lines[3] == "| 10,000 | 2.10 | 1.00 | — | 2.00 | 0 | — | — | 2.00 |"
