"""Pause points, so a test can kill a build at a moment it chooses.

With ``BRIEFING_PAUSE_AT=<step>:<n>`` in the environment, the build stops the
n-th time it reaches ``pause("<step>")``: it prints one marker line on stderr
and waits for a signal, and the test sends SIGKILL (or SIGINT, SIGTERM) once
it has read the marker. Every kill then lands at a known point of the run,
the same one every time (tests/test_killed_build.py lists them). ``<n>`` may
be left out (the first time). A signal the build handles without stopping
(one held until a swap is complete) ends the wait, and the build goes on.
Without the variable a pause point costs one comparison.
"""

from __future__ import annotations

import os
import signal
import sys
import time

ENV = "BRIEFING_PAUSE_AT"
MARKER = "briefing: paused at"


def _parse(text: str) -> tuple[str, int] | None:
    step, _, count = text.strip().partition(":")
    if not step:
        return None
    return step, int(count) if count.isdigit() else 1


_AT = _parse(os.environ.get(ENV, ""))
_seen: dict[str, int] = {}


def pause(step: str) -> None:
    """Stop here if this is the step and the count the environment asks for."""
    if _AT is None or _AT[0] != step:
        return
    _seen[step] = _seen.get(step, 0) + 1
    if _seen[step] == _AT[1]:
        _wait(f"{MARKER} {step}:{_AT[1]}")


def _wait(marker: str) -> None:
    """Print the marker, then wait for SIGINT or SIGTERM (or to be killed) and take it as if it came now.

    The two are blocked before the marker is printed, so one sent as soon as
    the marker is read cannot slip in before the wait begins and be missed.
    """
    if not hasattr(signal, "sigwait"):  # no POSIX signals: a test can only kill the process
        print(marker, file=sys.stderr, flush=True)
        time.sleep(3600)
        return
    wake = {signal.SIGINT, signal.SIGTERM}
    before = signal.pthread_sigmask(signal.SIG_BLOCK, wake)
    try:
        print(marker, file=sys.stderr, flush=True)
        signum = signal.sigwait(wake)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)
    signal.raise_signal(signum)
