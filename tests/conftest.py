"""One cached build per corpus, shared by the tests that only read the model."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sitecheck import make_project, mkdocs_build
from support import CORRIDOR, PACIFIC, ROOT

from briefing.pipeline import Result, build


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--venv", action="store_true", help="also run the tests marked venv (CI=true runs them)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked venv pip-install into a fresh virtualenv (about a minute): CI runs them, a local run asks."""
    if config.getoption("--venv") or os.environ.get("CI", "").lower() == "true":
        return
    skip = pytest.mark.skip(reason="makes a virtualenv and pip-installs into it: runs under CI=true or with --venv")
    for item in items:
        if "venv" in item.keywords:
            item.add_marker(skip)


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
