"""``python -m briefing``: the ``briefing`` command (build, init, paths), run in the current folder."""

from __future__ import annotations

from .cli import run

run()
