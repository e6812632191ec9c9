"""python -m benchmarks.quality: the synthetic-corpus scorer, or ``dates|events|all`` for the labelled sets."""

from __future__ import annotations

import sys

from . import evalsets, synthetic


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in evalsets.COMMANDS:
        return evalsets.main(argv)
    return synthetic.main(argv)


if __name__ == "__main__":
    sys.exit(main())
