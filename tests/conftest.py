"""One cached build per corpus, shared by the tests that only read the model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sitecheck import make_project, mkdocs_build
from support import CORRIDOR, PACIFIC, ROOT

from briefing.pipeline import Result, build


@pytest.fixture(scope="session")
def seeds_build() -> Result:
    """The real seeds with the real curation file, built in memory."""
    return build(ROOT / "seeds", ROOT / "briefing.yml", None)


@pytest.fixture(scope="session")
def pacific_build() -> Result:
    """Articles about another story, in other shapes, with their own curation file."""
    return build(PACIFIC / "seeds", PACIFIC / "briefing.yml", None)


@pytest.fixture(scope="session")
def corridor_build() -> Result:
    """An invented story: other names, spellings, date phrasings, and a distractor."""
    return build(CORRIDOR / "seeds", CORRIDOR / "briefing.yml", None)


@pytest.fixture(scope="session")
def seeds_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project around the real seeds, built once with `mkdocs build --strict`."""
    project = make_project(tmp_path_factory.mktemp("seeds-site"), ROOT / "seeds", ROOT / "briefing.yml")
    run = mkdocs_build(project)
    assert run.returncode == 0, run.stderr
    return project


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One Chromium for the whole run: Playwright's sync API allows one session per thread."""
    from browser import launch
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()
