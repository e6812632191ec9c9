"""Real `mkdocs build --strict` runs, with every link and anchor of the built site checked."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sitecheck import broken_links, make_project, mkdocs_build, read_site, third_party_loads
from support import PACIFIC, ROOT


@pytest.fixture(scope="module")
def seeds_site(seeds_project: Path) -> Path:
    return seeds_project


def test_strict_build_has_no_warning(seeds_site: Path) -> None:
    run = mkdocs_build(seeds_site)  # a second build: nothing to regenerate, still clean
    assert run.returncode == 0 and "WARNING" not in run.stderr, run.stderr


def test_every_link_and_anchor_resolves(seeds_site: Path) -> None:
    assert broken_links(seeds_site / "site") == []


def test_no_link_is_left_as_text(seeds_site: Path) -> None:
    """Markdown inside an HTML block stays text unless md_in_html reads it: every link must have become one."""
    left = [f"{page.relative_to(seeds_site)}: {m}" for page in sorted((seeds_site / "site").rglob("*.html"))
            for m in re.findall(r"\]\([^)\s]*\.md[^)\s]*\)", page.read_text(encoding="utf-8"))]
    assert left == []


def test_no_third_party_request(seeds_site: Path) -> None:
    assert third_party_loads(seeds_site / "site") == []


def test_briefing_json_is_published_and_its_urls_land(seeds_site: Path) -> None:
    site = seeds_site / "site"
    data = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    assert (site / "briefing.json").read_bytes() == (ROOT / "docs" / "briefing.json").read_bytes()
    pages = read_site(site)
    assert data["citations"]
    for c in data["citations"].values():  # every cited sentence, whichever part of the file cites it
        path, anchor = c["url"].split("#")
        assert anchor in pages[path + "index.html"].ids


def test_source_pages_stay_out_of_the_nav(seeds_site: Path) -> None:
    index = (seeds_site / "site" / "index.html").read_text(encoding="utf-8")
    nav = index.split('class="md-nav__list"', 1)[1].split("</nav>", 1)[0]
    assert "sources/000" not in nav


def test_deleted_seed_leaves_no_page(tmp_path: Path) -> None:
    project = make_project(tmp_path, PACIFIC / "seeds", PACIFIC / "briefing.yml")
    assert mkdocs_build(project).returncode == 0
    assert (project / "site" / "sources" / "004-storm" / "index.html").is_file()
    (project / "seeds" / "004_storm.txt").unlink()
    run = mkdocs_build(project)
    assert run.returncode == 0, run.stderr
    assert not (project / "docs" / "sources" / "004-storm.md").exists()
    assert not (project / "site" / "sources" / "004-storm").exists()
    assert broken_links(project / "site") == []


def test_skipped_file_fails_strict_build(tmp_path: Path) -> None:
    project = make_project(tmp_path, PACIFIC / "seeds", PACIFIC / "briefing.yml")
    (project / "seeds" / "005_empty.txt").write_bytes(b"  \n")
    run = mkdocs_build(project)
    assert run.returncode != 0
    assert "005_empty.txt" in run.stderr and "empty" in run.stderr
    assert "Traceback" not in run.stderr


def test_config_error_is_one_clear_line(tmp_path: Path) -> None:
    project = make_project(tmp_path, PACIFIC / "seeds", PACIFIC / "briefing.yml")
    (project / "briefing.yml").write_text("title: x\nsections: nope\n", encoding="utf-8")
    run = mkdocs_build(project)
    assert run.returncode != 0
    assert "briefing.yml: sections: expected a list" in run.stderr
    assert "Traceback" not in run.stderr
