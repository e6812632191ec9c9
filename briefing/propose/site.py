"""The site of a new project: a ``mkdocs.yml`` naming this installation's theme override and hook, and the
stylesheet and script the pages need, copied to ``docs/assets/`` (as the README's lines do by hand)."""

from __future__ import annotations

from pathlib import Path

from ..resources import ASSETS, assets_dir, hook_file, theme_dir
from .emit import scalar

# Folders of generated pages the nav leaves out: one page per article, and the pages of the long lists
# (each section's events, the timeline's years, people, quotes, other reporting, the differences, the
# table of sources).
NOT_IN_NAV = ("/sources/", "/source-list/", "/sections/", "/timeline/", "/people/", "/quotes/", "/other-reporting/",
              "/differences/")


def mkdocs_text(title: str) -> str:
    """The site's settings; the paths are this installation's (``briefing paths``)."""
    return "\n".join([
        "# The site: `mkdocs build` (or `mkdocs serve`) regenerates the briefing from the articles first (the hook),",
        "# then builds it into site/. The theme override and the hook are those of the installed briefing package.",
        f"site_name: {scalar(title)}",
        f"theme: {{name: material, custom_dir: {scalar(str(theme_dir()))}, font: false}}",
        f"hooks: [{scalar(str(hook_file()))}]",
        "extra_css: [assets/briefing.css]",
        "extra_javascript: [{path: assets/briefing.js, defer: true}]",
        "markdown_extensions: [attr_list, md_in_html, tables, {toc: {permalink: false}}]",
        "plugins: [search]",
        "not_in_nav: " + scalar("\n".join(NOT_IN_NAV)),
        "",
    ])


def asset_files(docs: Path) -> dict[Path, bytes]:
    """The site's stylesheet and script, where the pages look for them."""
    return {docs / "assets" / name: (assets_dir() / name).read_bytes() for name in ASSETS}
