"""The per-article stage on a Dask cluster (``--executor dask``): the same bytes as a local build.

The cluster is a LocalCluster of two worker processes. Dask is optional (requirements-dask.txt): the
tests that need it are skipped where it is not installed; the ones of the command's errors run anyway.
"""

from __future__ import annotations

import os
import shutil
import sys
import tomllib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from support import ROOT, TRADE

from benchmarks.corpus import write_config, write_corpus
from briefing import cli, executor
from briefing.errors import BriefingError
from briefing.read import read_corpus


def run(args: Sequence[str], root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    """The command in this process: its exit code and the lines it printed to stderr."""
    code = cli.main(["-q", *args], root=root)
    return code, capsys.readouterr().err.splitlines()


def options(project: Path, out: Path, *more: str) -> list[str]:
    return ["--seeds", str(project / "seeds"), "--config", str(project / "briefing.yml"), "--out", str(out), *more]


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --- the errors a user can make, each one line (no Dask needed) ---------------------------------------------------


def test_dask_without_a_scheduler_is_refused_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(options(TRADE, tmp_path / "out", "--executor", "dask"), tmp_path, capsys)
    assert code == 2 and err == ["error: --executor dask needs --scheduler ADDRESS, the address of a running Dask "
                                 "scheduler — README, 'Past one machine', says how to start a scheduler and workers"]
    assert not (tmp_path / "out").exists()


def test_a_scheduler_without_dask_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(options(TRADE, tmp_path / "out", "--scheduler", "tcp://127.0.0.1:8786"), tmp_path, capsys)
    assert code == 2 and len(err) == 1 and err[0].startswith("error: --scheduler is for --executor dask")


def test_without_dask_installed_the_error_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed: importing it fails
    code, err = run(options(TRADE, tmp_path / "out", "--executor", "dask", "--scheduler", "tcp://127.0.0.1:8786"),
                    tmp_path, capsys)
    assert code == 2
    assert err == ["error: --executor dask needs Dask, which is not installed (distributed is missing) — "
                   "pip install -r requirements-dask.txt (on this machine and every worker)"]


def test_the_optional_dependency_is_pinned_alike_for_pip_install() -> None:
    pinned = [line.split("#")[0].strip() for line in (ROOT / "requirements-dask.txt").read_text().splitlines()]
    extra = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]["dask"]
    assert sorted(p for p in pinned if p) == sorted(extra) and all("==" in p for p in extra)


# --- on a LocalCluster of two worker processes ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    distributed = pytest.importorskip("distributed", reason="Dask is optional: pip install -r requirements-dask.txt")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Sixty synthetic articles (shared facts, near-copies, both seed formats): several batches per worker."""
    root = tmp_path_factory.mktemp("dask-corpus")
    write_corpus(root / "seeds", 60, seed=5)
    write_config(root / "briefing.yml")
    return root


@pytest.mark.parametrize("which", ["synthetic", "trade"])
def test_a_dask_build_gives_the_local_build_byte_for_byte(which: str, scheduler: str, synthetic: Path,
                                                          tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = synthetic if which == "synthetic" else TRADE
    local, dask = tmp_path / "local", tmp_path / "dask"
    here = run(options(project, local, "--no-cache", "-j", "1"), tmp_path, capsys)
    there = run(options(project, dask, "--no-cache", "--executor", "dask", "--scheduler", scheduler), tmp_path, capsys)
    assert there == here and here[0] == 0  # the same warnings too (a small corpus leaves curated names unused)
    built = tree(dask)
    assert len(built) > 20 and built == tree(local)


def test_only_articles_missing_from_the_cache_are_sent(scheduler: str, synthetic: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    sent: list[int] = []
    mapped = executor.map_in_order

    def counted(client: Any, address: str, fn: Any, xs: Sequence[Any], ys: Sequence[Any]) -> Iterator[Any]:
        sent.append(len(xs))
        return mapped(client, address, fn, xs, ys)

    monkeypatch.setattr(executor, "map_in_order", counted)
    project = tmp_path / "p"
    shutil.copytree(synthetic, project)
    cache = ["--cache", str(tmp_path / "cache"), "--executor", "dask", "--scheduler", scheduler]
    assert run(options(project, tmp_path / "out", *cache), tmp_path, capsys)[0] == 0
    assert run(options(project, tmp_path / "out", *cache), tmp_path, capsys)[0] == 0
    edited = sorted((project / "seeds").glob("*.txt"))[7]
    with edited.open("a", encoding="utf-8") as f:
        f.write("\nThe treaty was welcomed by a group of farmers on Tuesday.\n")
    assert run(options(project, tmp_path / "out", *cache), tmp_path, capsys)[0] == 0
    assert sent == [len(read_corpus(project / "seeds").articles), 0, 1]  # all; none; the edited one
    assert run(options(project, tmp_path / "local", "--no-cache"), tmp_path, capsys)[0] == 0
    assert tree(tmp_path / "out") == tree(tmp_path / "local")


@pytest.mark.parametrize("address", ["tcp://127.0.0.1:1", "tcp://127.0.0.1", "nonsense://x"])
def test_a_bad_scheduler_address_is_one_line_without_a_traceback(address: str, scheduler: str, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(executor, "CONNECT_SECONDS", 1.0)  # port 1: nothing listens, so this waits it out
    code, err = run(options(TRADE, tmp_path / "out", "--executor", "dask", "--scheduler", address), tmp_path, capsys)
    assert code == 2 and len(err) == 1, err
    assert err[0].startswith(f"error: {address}: ") and "Dask scheduler" in err[0] and "Traceback" not in err[0]
    assert not (tmp_path / "out").exists()


def test_workers_running_other_code_are_refused(scheduler: str) -> None:
    import distributed

    # os.getpid stands for the code's hash: each worker's answer differs from this process's
    with (distributed.Client(scheduler, set_as_default=False) as client,
          pytest.raises(BriefingError, match=r"2 Dask worker\(s\) run other code")):
        executor.check_workers(client, scheduler, os.getpid)  # type: ignore[arg-type]
