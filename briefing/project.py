"""A project folder: where the command and the MkDocs hook look for the articles and the curation file.

This repository keeps its articles in ``seeds/``. A folder that holds the articles themselves, as
a new user's often does, is its own seeds folder. Without a curation file the briefing has no
sections yet: every statement is listed under *Other reporting*, so nothing the articles say is
left out and nothing is sorted by guesswork until ``briefing.yml`` says how.
"""

from __future__ import annotations

import os
from pathlib import Path

from .model import Config

SEEDS = "seeds"
CURATION = "briefing.yml"
# What a project folder holds besides its articles: the output, the site, the settings.
PROJECT_ENTRIES = ("docs", "site", ".cache", CURATION, "mkdocs.yml")


def seeds_folder(root: Path) -> Path:
    """``root/seeds`` when it exists or ``root`` holds no article; else ``root`` itself."""
    seeds = root / SEEDS
    return root if not seeds.is_dir() and holds_articles(root) else seeds


def holds_articles(folder: Path) -> bool:
    """Whether the folder has a ``*.txt`` file directly in it (the files the reader takes)."""
    try:
        with os.scandir(folder) as entries:
            return any(e.name.lower().endswith(".txt") and e.is_file() for e in entries)
    except OSError:
        return False


def curation(path: Path, root: Path) -> Path | Config:
    """The curation file when there is one, else a briefing with no sections, titled after the folder."""
    if path.exists():
        return path
    return Config(title=root.resolve().name or "Briefing", sections=(), path=path.name)


def project_entries(seeds: Path, root: Path, *made: Path | str | None) -> frozenset[Path]:
    """The project's own files and folders inside the seeds folder: none when the articles have a folder of
    their own (``seeds/``); the output, the site and the settings when they lie in the project folder itself.
    ``made`` are the folders this build writes to, wherever they were set."""
    if seeds.resolve() != root.resolve():
        return frozenset()
    paths = {seeds / name for name in PROJECT_ENTRIES} | {Path(m) for m in made if m}
    return frozenset(Path(os.path.abspath(p)) for p in paths)
