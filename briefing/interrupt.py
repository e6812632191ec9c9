"""Ctrl-C and SIGTERM during a build: clean up, then stop with the usual exit code.

Python turns SIGINT into KeyboardInterrupt, so the writer's clean-up runs, but
SIGTERM (what a CI runner or ``kill`` sends) ends the process on the spot.
While a build runs, both raise :class:`Interrupted` instead. Inside a swap
(:func:`held`) a signal waits until the swap is complete, so an interrupted
build leaves the previous output or the new one, never part of each.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupted(KeyboardInterrupt):
    """A build stopped by SIGINT or SIGTERM; ``swapped`` when the new output was already in place."""

    def __init__(self, signum: int, swapped: bool = False) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum
        self.swapped = swapped

    @property
    def exit_code(self) -> int:
        return 128 + self.signum  # 130 for SIGINT, 143 for SIGTERM, as a shell reports them

    def outcome(self, out: object) -> str:
        """One line on what the output folder holds now."""
        if self.swapped:
            return f"interrupted ({self.args[0]}) once a swap was complete: {out}/ holds the new output, whole"
        return f"interrupted ({self.args[0]}): {out}/ still holds the previous output, intact"


_holding = False  # inside a swap: signals wait in _pending
_pending: list[int] = []


def _raise(signum: int, _frame: FrameType | None) -> None:
    if _holding:
        _pending.append(signum)
        return
    raise Interrupted(signum)


@contextmanager
def raising() -> Iterator[None]:
    """SIGINT and SIGTERM raise Interrupted while the block runs; the previous handlers return after it.

    Signal handlers can only be set from the main thread; elsewhere the block
    runs as it is (SIGINT still raises KeyboardInterrupt there).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    # A signal the process was told to ignore (nohup-like launchers) stays ignored.
    previous = {s: signal.signal(s, _raise) for s in SIGNALS if signal.getsignal(s) is not signal.SIG_IGN}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, signal.SIG_DFL if handler is None else handler)


@contextmanager
def held() -> Iterator[None]:
    """A signal arriving inside the block is raised once the block has run to its end (a swap is
    finished, never left half-way); it is then an Interrupted with ``swapped`` set."""
    global _holding
    if _holding:
        yield
        return
    _holding = True
    try:
        yield
    finally:
        _holding = False
        waiting = _pending[:]
        _pending.clear()  # if the block failed, its own error is the one to report
    if waiting:
        raise Interrupted(waiting[0], swapped=True)
