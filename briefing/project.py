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
