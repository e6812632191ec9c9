"""Where the per-article map runs: on this machine, or on a Dask cluster.

The map (``analyse.extract``) is a pure function of one article, its words
and the extractor, so any engine that runs a function over a list and
returns the results in order gives the same facts, and so the same bytes.
Here that engine is ``distributed``: the extractor (with the corpus
vocabulary) is sent once to every worker, the articles go in batches, and
only a few batches are in flight at a time, so the scheduler never holds a
task per article and the results stream back in input order to be cached
as they come.

Dask is optional (``requirements-dask.txt``) and imported only when chosen.
Every worker must run the same code and libraries as the machine that
builds: a worker whose package hash differs is refused before any work is
sent (workers that join later are not checked).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from .errors import BriefingError

A = TypeVar("A")
B = TypeVar("B")
R = TypeVar("R")

LOCAL, DASK = "local", "dask"
KINDS = (LOCAL, DASK)
CONNECT_SECONDS = 10.0  # to reach the scheduler, and for it to have a worker
BATCH_MAX = 100  # articles per task: a few seconds of work, so the scheduler's per-task cost is noise
IN_FLIGHT_PER_THREAD = 3  # batches queued per worker thread: enough that none idles while results come back
HOW_TO_START = "README, 'Past one machine', says how to start a scheduler and workers"
INSTALL = "pip install -r requirements-dask.txt (on this machine and every worker)"


@dataclass(frozen=True)
class Executor:
    """Where the uncached articles are extracted: ``local`` processes (``-j``), or a Dask scheduler's workers."""

    kind: str = LOCAL
    scheduler: str = ""  # the scheduler's address, for dask: tcp://host:8786

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise BriefingError(f"unknown executor {self.kind!r}", fix=f"use one of {', '.join(KINDS)}")
        if self.kind == DASK and not self.scheduler:
            raise BriefingError("--executor dask needs --scheduler ADDRESS, the address of a running Dask scheduler",
                                fix=HOW_TO_START)
        if self.kind == LOCAL and self.scheduler:
            raise BriefingError("--scheduler is for --executor dask",
                                fix="add --executor dask, or leave --scheduler out")


Mapper = Callable[[Callable[[A, B], R], Sequence[A], Sequence[B]], Iterator[R]]


@contextmanager
def opened(executor: Executor | None, fingerprint: Callable[[], str]) -> Iterator[Mapper | None]:
    """The cluster's map for the length of the block (None: map here). ``fingerprint`` is a module-level
    function giving a hash of the code; each worker must give the same one."""
    if executor is None or executor.kind == LOCAL:
        yield None
        return
    client = connect(executor.scheduler)
    try:
        check_workers(client, executor.scheduler, fingerprint)

        def mapper(fn: Callable[[A, B], R], xs: Sequence[A], ys: Sequence[B]) -> Iterator[R]:
            return map_in_order(client, executor.scheduler, fn, xs, ys)

        yield mapper
    finally:
        client.close()


def connect(address: str) -> Any:
    """A ``distributed.Client`` on ``address``, or a BriefingError saying in one line why not."""
    try:
        from distributed import Client
    except ImportError as exc:
        missing = exc.name or "distributed"
        raise BriefingError(f"--executor dask needs Dask, which is not installed ({missing} is missing)",
                            fix=INSTALL) from None
    try:
        _check_address(address)  # a Client made with a malformed one fails, then hangs closing itself
    except ValueError as exc:
        raise BriefingError(f"not a Dask scheduler address ({_first_line(exc)})", address,
                            "write it as tcp://HOST:PORT (the scheduler prints it as it starts)") from None
    try:
        with _quiet("distributed"):  # its own log would repeat the error, with a traceback
            return Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        raise BriefingError(f"cannot reach the Dask scheduler ({_first_line(exc)})", address, HOW_TO_START) from None


def _check_address(address: str) -> None:
    """ValueError unless ``address`` is one distributed can dial: a known scheme, a host and a port."""
    from distributed.comm import get_address_host_port, parse_address
    from distributed.comm.registry import get_backend

    scheme, _ = parse_address(address)
    get_backend(scheme)
    if scheme != "inproc":
        get_address_host_port(address)


def check_workers(client: Any, address: str, fingerprint: Callable[[], str]) -> None:
    """At least one worker, and every worker running this code: else results could differ from a local build."""
    try:
        client.wait_for_workers(1, timeout=CONNECT_SECONDS)
    except (OSError, TimeoutError) as exc:
        raise BriefingError(f"the Dask scheduler has no workers ({_first_line(exc)})", address, HOW_TO_START) from None
    here = fingerprint()
    others = sorted(worker for worker, theirs in client.run(fingerprint).items() if theirs != here)
    if others:
        raise BriefingError(f"{len(others)} Dask worker(s) run other code or library versions than this build "
                            f"({', '.join(others[:3])})", address,
                            "install the same checkout and requirements on every worker, then restart them")


def map_in_order(client: Any, address: str, fn: Callable[[A, B], R], xs: Sequence[A],
                 ys: Sequence[B]) -> Iterator[R]:
    """``fn`` over the pairs of ``xs`` and ``ys`` on the cluster, yielded in input order as batches finish."""
    from distributed import KilledWorker

    if not xs:
        return
    threads = max(1, sum(client.nthreads().values()))
    size = max(1, min(BATCH_MAX, len(xs) // (threads * 4)))
    starts = iter(range(0, len(xs), size))
    pending: deque[Any] = deque()
    shared = None

    def refill() -> None:
        for start in starts:
            pending.append(_submit(client, shared, xs, ys, start, size))
            if len(pending) >= threads * IN_FLIGHT_PER_THREAD:
                return

    try:
        # hash=False: hashing the extractor and its vocabulary to name the data would cost more than sending it
        shared = client.scatter(fn, broadcast=True, hash=False)
        refill()
        while pending:
            done = pending.popleft().result()
            refill()
            yield from done
    except (OSError, KilledWorker) as exc:
        raise BriefingError(f"the Dask cluster failed during extraction ({_first_line(exc)})", address,
                            "check the workers' logs, then build again (finished articles are cached)") from None
    finally:
        if pending:  # stopped early (an error, Ctrl-C): the queued batches are not wanted any more
            client.cancel(list(pending))
        if shared is not None:
            shared.release()


def _submit(client: Any, shared: Any, xs: Sequence[A], ys: Sequence[B], start: int, size: int) -> Any:
    # pure=False: the task's name is then random, not a hash of the articles it carries
    return client.submit(run_batch, shared, list(xs[start:start + size]), list(ys[start:start + size]), pure=False)


def run_batch(fn: Callable[[A, B], R], xs: list[A], ys: list[B]) -> list[R]:
    """On a worker: one batch, in order."""
    return [fn(x, y) for x, y in zip(xs, ys, strict=True)]


@contextmanager
def _quiet(name: str) -> Iterator[None]:
    logger = logging.getLogger(name)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return text.splitlines()[0]
