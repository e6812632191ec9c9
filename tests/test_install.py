"""`pip install .` into a fresh virtualenv, then the README's lines in a folder that holds only articles.

Marked ``venv``: making the virtualenv and installing MkDocs and Material into it takes about a
minute (from the machine's pip cache and index, as in CI), so these run under CI=true, where
.ci/run runs every test, or with ``pytest --venv``. Nothing here imports the checkout: every
command runs in the virtualenv, from a folder outside it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sitecheck import broken_links, json_ld
from support import PACIFIC, ROOT, TRADE

pytestmark = pytest.mark.venv

ARTICLES = ("001_wellington.txt", "003_herald.txt")


def readme_block(first_line: str) -> str:
    """The README's shell block that starts with first_line (the one a test runs as written)."""
    blocks = re.findall(r"```sh\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), flags=re.S)
    found = [b for b in blocks if b.startswith(first_line)]
    assert len(found) == 1, f"README: no single ```sh block starts with {first_line!r}"
    return found[0]


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    env = tmp_path_factory.mktemp("install") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(env)], check=True, timeout=300)
    pip = subprocess.run([str(env / "bin" / "python"), "-m", "pip", "install", "-q", str(ROOT)],
                         capture_output=True, text=True, timeout=1200)
    assert pip.returncode == 0, pip.stdout[-2000:] + pip.stderr[-4000:]
    return env


def in_venv(env: Path) -> dict[str, str]:
    """The environment a user of the installed command has: its bin/ first, no trace of the checkout."""
    keep = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return {**keep, "PATH": f"{env / 'bin'}:/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1"}


@pytest.fixture(scope="module")
def folder(venv: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """A folder of two articles where the README's lines have run: `briefing build`, then the site."""
    here = tmp_path_factory.mktemp("articles") / "my-story"
    here.mkdir()
    for name in ARTICLES:
        shutil.copy(PACIFIC / "seeds" / name, here / name)
    script = "set -eu\n" + readme_block("briefing build")
    run = subprocess.run(["bash", "-c", script], cwd=here, env=in_venv(venv), capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    return here, run


def installed_package(env: Path) -> Path:
    out = subprocess.run(["python", "-c", "import briefing, pathlib; print(pathlib.Path(briefing.__file__).parent)"],
                         cwd=env, env=in_venv(env), capture_output=True, text=True, timeout=60, check=True)
    return Path(out.stdout.strip())


def test_the_package_carries_its_data_files_theme_and_assets(venv: Path) -> None:
    package = installed_package(venv)
    assert package.is_relative_to(venv) and package.parent.name == "site-packages"
    ours = {p.relative_to(ROOT / "briefing") for p in (ROOT / "briefing").rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}
    assert ours - {p.relative_to(package) for p in package.rglob("*") if p.is_file()} == set()
    assert (package / "theme" / "main.html").read_bytes() == (ROOT / "overrides" / "main.html").read_bytes()
    assert (package / "theme" / "partials" / "search.html").is_file()
    for name in ("briefing.css", "briefing.js"):
        assert (package / "assets" / name).read_bytes() == (ROOT / "docs" / "assets" / name).read_bytes()


def test_paths_name_the_installed_files(venv: Path) -> None:
    out = subprocess.run(["briefing", "paths"], env=in_venv(venv), capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    named = dict(line.split(None, 1) for line in out.stdout.splitlines())
    package = installed_package(venv)
    assert named == {"hook": str(package / "mkdocs_hook.py"), "theme": str(package / "theme"),
                     "assets": str(package / "assets")}


def test_build_in_a_folder_of_articles_writes_the_pages(folder: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    here, run = folder
    assert "note: no briefing.yml" in run.stderr and "no mkdocs.yml here" in run.stdout
    data = json.loads((here / "docs" / "briefing.json").read_text(encoding="utf-8"))
    assert [s["file"] for s in data["sources"]] == list(ARTICLES)
    assert data["title"] == "my-story" and data["sections"] == [] and data["unplaced"]
    for page in ("index.md", "timeline.md", "other-reporting.md", "sources/001-wellington.md"):
        assert (here / "docs" / page).is_file(), page


def test_the_readme_mkdocs_yml_builds_the_site_with_the_installed_hook(
        venv: Path, folder: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    here, run = folder
    assert "WARNING" not in run.stderr, run.stderr
    assert f"hooks: [{venv}" in (here / "mkdocs.yml").read_text(encoding="utf-8")
    site = here / "site"
    (report,), _ = json_ld(site / "index.html")
    assert report["@type"] == "Report" and len(report["isBasedOn"]) == len(ARTICLES)
    assert (site / "assets" / "briefing.js").is_file() and (site / "sources" / "003-herald" / "index.html").is_file()
    assert broken_links(site) == []


def test_old_flags_work_without_a_subcommand(venv: Path, folder: tuple[Path, subprocess.CompletedProcess[str]],
                                             tmp_path: Path) -> None:
    here = tmp_path / "my-story"
    shutil.copytree(folder[0], here)
    check = subprocess.run(["briefing", "--check", "-q"], cwd=here, env=in_venv(venv), capture_output=True,
                           text=True, timeout=300)
    assert check.returncode == 0, check.stderr
    (here / "002_wire.txt").write_bytes((PACIFIC / "seeds" / "002_wire.txt").read_bytes())
    stale = subprocess.run(["briefing", "build", "--check"], cwd=here, env=in_venv(venv), capture_output=True,
                           text=True, timeout=300)
    assert stale.returncode == 1 and "out of date" in stale.stderr and "run: briefing" in stale.stderr


def test_init_then_build_in_a_folder_holding_only_articles(venv: Path, tmp_path: Path) -> None:
    """*Start a briefing on your own story*, as written: init, build, then the site with the written mkdocs.yml."""
    here = tmp_path / "dispute"
    here.mkdir()
    for f in sorted((TRADE / "seeds").iterdir()):
        shutil.copy(f, here / f.name)
    script = "set -eu\n" + readme_block("briefing init") + "mkdocs build --strict\n"
    run = subprocess.run(["bash", "-c", script], cwd=here, env=in_venv(venv), capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert run.stdout.startswith("wrote briefing.yml: ") and "then: briefing build" in run.stdout
    assert f'hooks: ["{venv}' in (here / "mkdocs.yml").read_text(encoding="utf-8")
    data = json.loads((here / "site" / "briefing.json").read_text(encoding="utf-8"))
    assert data["sections"] and all(s["events"] for s in data["sections"])
    assert [w for w in data["warnings"] if w["file"] == "briefing.yml"] == []
    assert broken_links(here / "site") == []
