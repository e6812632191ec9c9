from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError
from support import PACIFIC, ROOT

from briefing.hook import on_pre_build, on_serve

CLI = [sys.executable, str(ROOT / "build_briefing.py")]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120)


def test_help_has_examples() -> None:
    out = run("--help")
    assert out.returncode == 0 and "examples:" in out.stdout and "--check" in out.stdout


def test_missing_seeds_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    out = run("--seeds", str(tmp_path / "nope"), "--out", str(tmp_path / "md"))
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0 and "folder not found" in out.stderr and "Traceback" not in out.stderr


def test_writes_then_check_passes_then_detects_edit(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(PACIFIC / "seeds", seeds)
    args = ["--seeds", str(seeds), "--config", str(PACIFIC / "briefing.yml"), "--out", str(tmp_path / "md")]
    assert run(*args).returncode == 0
    assert (tmp_path / "md" / "index.md").is_file() and (tmp_path / "md" / "briefing.json").is_file()
    assert run(*args, "--check").returncode == 0
    (seeds / "002_wire.txt").write_text("A new title\nA new body sentence about nothing.\n", encoding="utf-8")
    check = run(*args, "--check")
    assert check.returncode == 1 and "out of date" in check.stderr


def test_strict_fails_on_a_skipped_file(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(PACIFIC / "seeds", seeds)
    (seeds / "zz_empty.txt").write_bytes(b"")
    args = ["--seeds", str(seeds), "--config", str(PACIFIC / "briefing.yml"), "--out", str(tmp_path / "md")]
    assert run(*args).returncode == 0
    strict = run(*args, "--strict")
    assert strict.returncode == 1 and "zz_empty.txt" in strict.stderr


BAD_CONFIG = """\
title: ""
key_points: 50
sections:
  - id: Treaty
    title: Agreement
    term: [agreement]
"""


def test_every_config_problem_is_its_own_error_line(tmp_path: Path) -> None:
    config = tmp_path / "briefing.yml"
    config.write_text(BAD_CONFIG, encoding="utf-8")
    out = run("--seeds", str(PACIFIC / "seeds"), "--config", str(config), "--out", str(tmp_path / "md"))
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.splitlines() == [
        "warning: briefing.yml: sections[0]: unknown key 'term' (did you mean 'terms'?); ignored",
        "error: briefing.yml: title: expected non-empty text, got text ''",
        "error: briefing.yml: key_points: expected a whole number from 0 to 20, got 50",
        "error: briefing.yml: sections[0].id: expected a short lowercase slug (a letter, then letters, digits or '-'),"
        " got text 'Treaty' — use letters, digits and '-', e.g. 'treaty'",
        "error: briefing.yml: sections[0]: missing key 'terms' — add 'terms:' with a list of non-empty texts",
    ]
    assert not (tmp_path / "md").exists()


def test_an_unknown_key_warns_and_fails_only_strict_builds(tmp_path: Path) -> None:
    config = tmp_path / "briefing.yml"
    text = (PACIFIC / "briefing.yml").read_text(encoding="utf-8")
    config.write_text(text.replace("key_points: 3", "key_points: 3\nkey_point: 4"), encoding="utf-8")
    args = ["--seeds", str(PACIFIC / "seeds"), "--config", str(config), "--out", str(tmp_path / "md"), "-q"]
    warning = "warning: briefing.yml: unknown key 'key_point' (did you mean 'key_points'?); ignored"
    out = run(*args)
    assert out.returncode == 0 and warning in out.stderr.splitlines()
    assert run(*args, "--strict").returncode == 1


def test_the_mkdocs_hook_lists_every_problem(tmp_path: Path) -> None:
    (tmp_path / "briefing.yml").write_text(BAD_CONFIG, encoding="utf-8")
    config = SimpleNamespace(config_file_path=str(tmp_path / "mkdocs.yml"), docs_dir=str(tmp_path / "docs"),
                             use_directory_urls=True)
    with pytest.raises(PluginError) as info:
        on_pre_build(config)
    lines = str(info.value).splitlines()
    assert len(lines) == 4 and lines[0] == "briefing.yml: title: expected non-empty text, got text ''"
    assert lines[3].startswith("briefing.yml: sections[0]: missing key 'terms'")


def briefing_command(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The installed command's way in (``python -m briefing``: the current folder is the project)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "briefing", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def test_a_folder_of_articles_alone_builds_with_no_sections(tmp_path: Path) -> None:
    for name in ("001_wellington.txt", "004_storm.txt"):
        shutil.copy(PACIFIC / "seeds" / name, tmp_path / name)
    out = briefing_command("build", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "note: no briefing.yml" in out.stderr and "no mkdocs.yml here" in out.stdout
    data = json.loads((tmp_path / "docs" / "briefing.json").read_text(encoding="utf-8"))
    assert len(data["sources"]) == 2 and data["sections"] == [] and data["unplaced"]
    assert data["title"] == tmp_path.name
    assert briefing_command("--check", "-q", cwd=tmp_path).returncode == 0  # the old flags, no subcommand


def test_build_is_the_default_subcommand() -> None:
    with_word, without = run("build", "--help"), run("--help")
    assert with_word.returncode == 0 and with_word.stdout == without.stdout
    assert "paths [hook|theme|assets]" in without.stdout


def test_paths_prints_one_path_for_scripts(tmp_path: Path) -> None:
    out = briefing_command("paths", "hook", cwd=tmp_path)
    assert out.returncode == 0 and out.stdout == f"{ROOT / 'briefing' / 'mkdocs_hook.py'}\n"
    assert briefing_command("paths", "nothing", cwd=tmp_path).returncode == 2


class RecordingServer:
    def __init__(self) -> None:
        self.watched: list[str] = []

    def watch(self, path: str) -> None:
        self.watched.append(path)

    def unwatch(self, path: str) -> None:
        if path in self.watched:
            self.watched.remove(path)


def test_serve_watches_each_article_of_a_folder_that_holds_them(tmp_path: Path) -> None:
    """Not the folder itself: docs/ is in it, and the hook's own pages must start no second build."""
    for name in ("001_wellington.txt", "004_storm.txt"):
        shutil.copy(PACIFIC / "seeds" / name, tmp_path / name)
    (tmp_path / "docs" / "assets").mkdir(parents=True)
    config = SimpleNamespace(config_file_path=str(tmp_path / "mkdocs.yml"), docs_dir=str(tmp_path / "docs"))
    server = RecordingServer()
    on_serve(server, config, None)
    assert sorted(server.watched) == [str(tmp_path / "001_wellington.txt"), str(tmp_path / "004_storm.txt"),
                                      str(tmp_path / "docs" / "assets")]
