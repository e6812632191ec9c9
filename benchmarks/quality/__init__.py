"""Quality scores of the briefing's judgement.

Two scorers share ``python -m benchmarks.quality``:

- ``python -m benchmarks.quality --n 1000``: merging scored against the
  synthetic corpus's record of which fact each sentence states
  (``synthetic.py``; ``Quality`` and ``score`` are imported from here by
  ``tests/test_merging_quality.py``);
- ``python -m benchmarks.quality dates|events|all [SET_DIR ...]``: the tool,
  run as a user runs it, scored against hand-labelled evaluation sets
  (``evalsets.py``; the sets and their format: ``benchmarks/evalsets/README.md``).

Neither imports the tool's package at import time: the synthetic scorer builds
through it only when run, and the evaluation-set scorer only ever reads the
``briefing.json`` that ``build_briefing.py`` writes (``view.py``).
"""

from __future__ import annotations

from .synthetic import Quality, main, measure, score

__all__ = ["Quality", "main", "measure", "score"]
