"""What `pip install .` gets: pyproject.toml in step with requirements.txt, with the files it copies into
the package, and with where the command looks for a project's articles and curation file.

The install itself is tests/test_install.py (a fresh virtualenv; CI runs it).
"""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from support import ROOT

from briefing import hook, resources
from briefing.model import Config
from briefing.project import curation, seeds_folder

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# The packages the output's bytes depend on: the site's renderers, and the stemmer and the encoding
# detector, which decide which sentences merge and which files are read.
BYTES = {"mkdocs", "mkdocs-material", "markdown", "pyyaml", "snowballstemmer", "charset-normalizer"}


def requirements_txt() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = re.fullmatch(r"([A-Za-z0-9_.-]+)==(\S+)", line).groups()
            pins[canonicalize_name(name)] = version
    return pins


def test_dependencies_are_the_versions_of_requirements_txt() -> None:
    declared = {canonicalize_name(r.name): r for r in map(Requirement, PYPROJECT["project"]["dependencies"])}
    pinned = requirements_txt()
    assert sorted(declared) == sorted(pinned)
    assert [name for name, version in pinned.items() if not declared[name].specifier.contains(version)] == []
    exact = {name for name, r in declared.items() if [s.operator for s in r.specifier] == ["=="]}
    assert exact >= BYTES


def test_the_command_is_the_cli() -> None:
    assert PYPROJECT["project"]["scripts"] == {"briefing": "briefing.cli:run"}


def test_the_wheel_copies_in_what_resources_looks_for() -> None:
    wheel = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]
    package = resources.PACKAGE.relative_to(ROOT).as_posix()
    assert wheel["packages"] == [package]
    assert wheel["force-include"] == {
        "overrides": f"{package}/{(resources.PACKAGE / 'theme').name}",
        **{f"docs/assets/{name}": f"{package}/assets/{name}" for name in resources.ASSETS},
    }
    sdist = PYPROJECT["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    assert all(f"/{source}" in sdist and (ROOT / source).exists() for source in wheel["force-include"])


def test_in_a_checkout_the_resources_are_the_repositorys_own() -> None:
    assert resources.paths() == {"hook": ROOT / "briefing" / "mkdocs_hook.py", "theme": ROOT / "overrides",
                                 "assets": ROOT / "docs" / "assets"}
    assert (resources.theme_dir() / "main.html").is_file()
    assert all((resources.assets_dir() / name).is_file() for name in resources.ASSETS)


def test_mkdocs_yml_names_the_assets_the_package_carries() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    named = [*config["extra_css"], *(js["path"] for js in config["extra_javascript"])]
    assert named == [f"assets/{name}" for name in resources.ASSETS]


def test_the_hook_file_loads_by_path_as_mkdocs_loads_it() -> None:
    spec = importlib.util.spec_from_file_location("a_projects_hook", resources.hook_file())
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (module.on_pre_build, module.on_serve, module.on_post_build) == (
        hook.on_pre_build, hook.on_serve, hook.on_post_build)


# --- where a project's articles and curation file are ------------------------------------------------


@pytest.mark.parametrize(("has_seeds_dir", "has_articles", "expected"), [
    (True, True, "seeds"),      # this repository: seeds/ wins, whatever else lies about
    (True, False, "seeds"),
    (False, True, "."),         # a folder of articles is its own seeds folder
    (False, False, "seeds"),    # neither: seeds/, so the error names the folder to create
])
def test_seeds_folder(tmp_path: Path, has_seeds_dir: bool, has_articles: bool, expected: str) -> None:
    if has_seeds_dir:
        (tmp_path / "seeds").mkdir()
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    if has_articles:
        (tmp_path / "a.TXT").write_text("Title\n\nText.\n", encoding="utf-8")
    assert seeds_folder(tmp_path) == (tmp_path / expected if expected != "." else tmp_path)


def test_without_a_curation_file_the_briefing_has_no_sections(tmp_path: Path) -> None:
    folder = tmp_path / "bridge-collapse"
    folder.mkdir()
    assert curation(folder / "briefing.yml", folder) == Config(title="bridge-collapse", sections=())
    (folder / "briefing.yml").write_text("title: x\n", encoding="utf-8")
    assert curation(folder / "briefing.yml", folder) == folder / "briefing.yml"
