"""The MkDocs hook of this package, for ``hooks:`` in a mkdocs.yml anywhere (``briefing paths hook``).

MkDocs loads a hook from its path as a module of its own, outside any package, so this file
imports the hook by absolute name; a checkout that is not installed puts itself on the path
first, as ``build_briefing.py`` does.
"""

from __future__ import annotations

import sys
from pathlib import Path

_HOME = str(Path(__file__).resolve().parent.parent)  # the folder that holds the briefing package
if _HOME not in sys.path:
    sys.path.insert(0, _HOME)

from briefing.hook import on_post_build, on_pre_build, on_serve  # noqa: E402

__all__ = ["on_post_build", "on_pre_build", "on_serve"]
