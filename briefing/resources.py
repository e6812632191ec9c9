"""The files a site needs besides the generated pages: the theme override, its stylesheet and script, the hook.

In a checkout they are where this repository's own ``mkdocs.yml`` uses them (``overrides/``,
``docs/assets/``). An installed package carries copies inside itself (``pyproject.toml``,
``[tool.hatch.build.targets.wheel.force-include]``), so that a ``mkdocs.yml`` written anywhere
can name them: ``briefing paths`` prints where they are.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
CHECKOUT = PACKAGE.parent
ASSETS = ("briefing.css", "briefing.js")  # what mkdocs.yml's extra_css and extra_javascript name, under assets/


def theme_dir() -> Path:
    """The folder for ``theme: custom_dir:`` (Material's templates, overridden)."""
    return _installed_or_checkout(PACKAGE / "theme", CHECKOUT / "overrides")


def assets_dir() -> Path:
    """The folder holding ASSETS, which belong in the site's ``docs/assets/``."""
    return _installed_or_checkout(PACKAGE / "assets", CHECKOUT / "docs" / "assets")


def hook_file() -> Path:
    """The file for ``hooks:`` in mkdocs.yml (MkDocs loads hooks by path, not by module name)."""
    return PACKAGE / "mkdocs_hook.py"


def paths() -> dict[str, Path]:
    return {"hook": hook_file(), "theme": theme_dir(), "assets": assets_dir()}


def _installed_or_checkout(installed: Path, checkout: Path) -> Path:
    # The installed copy first: beside an installed package, "overrides/" may be another distribution.
    return installed if installed.is_dir() else checkout
