"""The extraction cache and the worker processes must never change what is built."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support import PACIFIC

from benchmarks.corpus import write_config, write_corpus
from briefing.analyse import extract
from briefing.cache import FactsCache
from briefing.pipeline import build, open_cache


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Forty synthetic articles: shared facts, near-copies, both seed formats."""
    root = tmp_path_factory.mktemp("cache-corpus")
    write_corpus(root / "seeds", 40, seed=3)
    write_config(root / "briefing.yml")
    return root


def project(src: Path, dst: Path) -> Path:
    shutil.copytree(src / "seeds", dst / "seeds")
    shutil.copy(src / "briefing.yml", dst / "briefing.yml")
    return dst


def files(root: Path, cache: Path | None = None, workers: int = 1) -> dict[str, bytes]:
    return build(root / "seeds", root / "briefing.yml", None, cache_dir=cache, workers=workers).files


def counts(root: Path, cache: Path) -> FactsCache:
    """A build through a cache object we can read the counters of afterwards."""
    opened = open_cache(cache, root / "seeds")
    assert opened is not None
    from briefing.analyse.extract import Extractor, extract_all
    from briefing.config import load_config
    from briefing.curate.people import name_finder
    from briefing.curate.sources import apply_metadata
    from briefing.read import read_corpus

    config = load_config(root / "briefing.yml")
    articles = apply_metadata(read_corpus(root / "seeds"), config).articles
    extract_all(articles, Extractor(name_finder(config)), opened, 1, lambda _: None)
    return opened


def test_cold_warm_and_uncached_builds_give_the_same_bytes(corpus: Path, tmp_path: Path) -> None:
    cold = files(corpus)
    assert files(corpus, tmp_path / "cache") == cold  # fills the cache
    assert files(corpus, tmp_path / "cache") == cold  # reads it
    warm = counts(corpus, tmp_path / "cache")
    assert warm.hits == len(list((corpus / "seeds").glob("*.txt"))) - warm.misses and warm.misses == 0
    assert warm.written == 0


def test_one_changed_article_is_the_only_one_extracted_again(corpus: Path, tmp_path: Path) -> None:
    root = project(corpus, tmp_path / "p")
    cache = tmp_path / "cache"
    files(root, cache)
    first = sorted((root / "seeds").glob("*.txt"))[5]
    with first.open("a", encoding="utf-8") as f:
        f.write("\nThe treaty was welcomed by a group of farmers on Tuesday.\n")
    after = counts(root, cache)
    assert after.misses == 1 and after.written == 1
    assert files(root, cache) == files(root)


def test_a_damaged_entry_is_a_miss_not_a_failure(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cold = files(corpus, cache)
    entries = sorted(cache.glob("*/facts/*/*.pickle"))
    entries[0].write_bytes(b"not a pickle")
    entries[1].write_bytes(entries[1].read_bytes()[:20])  # torn write
    again = counts(corpus, cache)
    assert again.unreadable == 2 and again.written == 2
    assert files(corpus, cache) == cold


def test_the_cache_can_be_deleted_and_keeps_only_the_corpus(corpus: Path, tmp_path: Path) -> None:
    root = project(corpus, tmp_path / "p")
    cache = tmp_path / "cache"
    files(root, cache)
    kept = len(list(cache.glob("*/facts/*/*.pickle")))
    removed = sorted((root / "seeds").glob("*.txt"))[:3]
    for path in removed:
        path.unlink()
    files(root, cache)
    assert len(list(cache.glob("*/facts/*/*.pickle"))) == kept - 3  # entries of removed articles pruned
    shutil.rmtree(cache)
    assert files(root, cache) == files(root)


def test_new_section_terms_reuse_the_cache_and_give_the_new_output(corpus: Path, tmp_path: Path) -> None:
    """Sections are placed after the cache: new terms change the briefing, not what an article says."""
    root = project(corpus, tmp_path / "p")
    cache = tmp_path / "cache"
    before = files(root, cache)
    config = root / "briefing.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - gift*", "  - gift*\n  - memento", 1),
                      encoding="utf-8")
    assert "memento" in config.read_text(encoding="utf-8")
    after = counts(root, cache)
    assert after.misses == 0 and after.hits > 0
    assert files(root, cache) == files(root) and files(root) != before


def test_cached_names_follow_the_vocabulary_of_the_whole_corpus(tmp_path: Path) -> None:
    """A word another article writes in lower case changes how a capitalised one is read."""
    root = project(PACIFIC, tmp_path / "p")
    cache = tmp_path / "cache"
    files(root, cache)
    entry = counts(root, cache)
    asked = sorted({w for f in _facts(root, cache) for w, known in f.lookups if not known and w.isalpha()})
    assert asked, "the name finder asked the vocabulary nothing"
    (root / "seeds" / "zz-extra.txt").write_text(
        "Extra words\n\nA note on " + " and ".join(asked[:50]) + ".\n", encoding="utf-8")
    again = counts(root, cache)
    assert entry.misses == 0 and again.stale >= 1  # cached, but the vocabulary now answers otherwise
    assert again.written == again.misses + again.stale > 1  # the new article and the stale ones
    assert files(root, cache) == files(root)


def _facts(root: Path, cache: Path) -> list[extract.ArticleFacts]:
    from briefing.analyse.extract import Extractor
    from briefing.config import load_config
    from briefing.curate.people import name_finder
    from briefing.curate.sources import apply_metadata
    from briefing.read import read_corpus

    config = load_config(root / "briefing.yml")
    opened = open_cache(cache, root / "seeds")
    assert opened is not None
    ex = Extractor(name_finder(config))
    return [opened.get(opened.key(a.sha256, a.date, ex.settings))
            for a in apply_metadata(read_corpus(root / "seeds"), config).articles]


def test_worker_processes_give_the_same_bytes(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract, "POOL_MIN", 1)
    assert files(corpus, workers=2) == files(corpus)


def test_the_build_gives_the_cycle_collector_back_as_it_found_it(tmp_path: Path) -> None:
    import gc

    assert gc.isenabled()
    files(PACIFIC)
    assert gc.isenabled()
    gc.disable()
    try:
        files(PACIFIC)
        assert not gc.isenabled()
    finally:
        gc.enable()
