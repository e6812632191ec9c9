"""``briefing init``: write a starting curation file (and, in a folder with no site yet, the site's settings).

Nothing is overwritten without ``force``: a curation file is the user's work.
The file written is checked as any curation file is before anything is
written, so a build from it runs with no edit.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..analyse.extract import Progress
from ..config import parse_config
from ..durable import write_temporary
from ..errors import BriefingError, SeedsError
from ..project import CURATION, SEEDS, project_entries, seeds_folder
from ..render.widgets import long_date
from .emit import Proposal, curation_text
from .entities import propose_entities
from .findings import Findings, read_findings
from .people import propose_people
from .sections import propose_sections
from .site import asset_files, mkdocs_text
from .title import propose_title

SITE = "mkdocs.yml"


@dataclass(frozen=True)
class Started:
    """What ``init`` made: the files written, and the proposal they hold."""

    root: Path  # the project folder
    seeds: Path  # the articles
    written: tuple[Path, ...]
    proposal: Proposal


def project_of(folder: Path) -> tuple[Path, Path]:
    """(project folder, articles folder) for FOLDER: a project (holding ``seeds/`` or its articles), or the
    ``seeds/`` folder of one."""
    if folder.name == SEEDS and not (folder / SEEDS).is_dir():
        return folder.parent, folder
    return folder, seeds_folder(folder)


def start(folder: Path, *, force: bool = False, workers: int = 1, say: Progress = lambda _: None,
          again: str = "briefing init --force") -> Started:
    """Propose a curation file from the articles of ``folder`` and write it; ``again`` is the command that would
    replace an existing one, for the message that refuses to."""
    if not folder.is_dir():
        raise SeedsError("folder not found", str(folder), "name the folder that holds the articles, or their project")
    root, seeds = project_of(folder)
    if not seeds.is_dir():  # a folder with neither articles nor a seeds/ folder
        raise BriefingError("no article found", str(folder), "put the articles in it (.txt, .md, .html, .eml), or "
                            "in a seeds/ folder in it")
    target = root / CURATION
    if target.exists() and not force:
        raise BriefingError("already exists", str(target), f"edit it, or run '{again}' to replace it")
    where = "seeds/" if seeds != root else "this folder"
    proposal = propose(read_findings(seeds, project_entries(seeds, root), workers, say), root, where)
    text = curation_text(proposal, where)
    parse_config(yaml.safe_load(text), CURATION)  # a proposal that does not read back is a bug, not the user's
    files = {target: text.encode("utf-8")}
    if not (root / SITE).exists():  # a folder with no site yet: its settings and the pages' assets
        files[root / SITE] = mkdocs_text(proposal.title.text).encode("utf-8")
        files.update({p: data for p, data in asset_files(root / "docs").items() if force or not p.exists()})
    for path, data in files.items():
        _write(path, data)
    return Started(root, seeds, tuple(files), proposal)


def propose(findings: Findings, root: Path, folder: str) -> Proposal:
    dates = sorted(a.date for a in findings.counted if a.date)
    undated = len(findings.counted) - len(dates)
    n = len(findings.counted)
    return Proposal(
        title=propose_title(findings, root.resolve().name or "Briefing"),
        description=f"What {n:,} article{'s' if n != 1 else ''} in {folder} report{'s' if n == 1 else ''}"
                    + (f", {_span(dates[0], dates[-1], 'as of')}." if dates else "."),
        span=(("Every dated article is of " + long_date(dates[0]) if dates[0] == dates[-1] else
               f"The articles are dated {_span(dates[0], dates[-1])}") if dates else "No article carries a date")
             + (f"; {undated:,} {'is' if undated == 1 else 'are'} undated." if undated and dates else "."),
        sections=propose_sections(findings),
        entities=propose_entities(findings),
        people=propose_people(findings),
        articles=n,
        copies=len(findings.copies),
    )


def _span(first: dt.date, last: dt.date, one: str = "on") -> str:
    return f"{one} {long_date(first)}" if first == last else f"from {long_date(first)} to {long_date(last)}"


def _write(path: Path, data: bytes) -> None:
    """Whole or not at all: a new file beside it, renamed over it."""
    os.replace(write_temporary(path, [data]), path)
