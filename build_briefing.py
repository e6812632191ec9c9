#!/usr/bin/env python3
"""Build the briefing from the articles in seeds/.

Two ways in, one pipeline (``briefing.pipeline``):

* as a command: ``python build_briefing.py`` writes the Markdown pages and
  briefing.json into docs/ (see ``--help``; the command is ``briefing.cli``);
* as an MkDocs hook (``hooks: [build_briefing.py]`` in mkdocs.yml): a plain
  ``mkdocs build`` or ``mkdocs serve`` regenerates everything first
  (``briefing.hook``).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # MkDocs loads hooks by path, without the repo on sys.path
    sys.path.insert(0, str(HERE))

from briefing import cli  # noqa: E402
from briefing.hook import on_post_build, on_pre_build, on_serve  # noqa: E402

__all__ = ["main", "on_post_build", "on_pre_build", "on_serve"]


def main(argv: list[str] | None = None) -> int:
    """The command, with seeds/, briefing.yml and docs/ beside this file by default."""
    return cli.main(argv, root=HERE)


if __name__ == "__main__":
    sys.exit(main())
