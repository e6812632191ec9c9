"""One cached build per corpus, shared by the tests that only read the model."""

from __future__ import annotations

import pytest
from support import CORRIDOR, PACIFIC, ROOT

from briefing.build import Result, build


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
