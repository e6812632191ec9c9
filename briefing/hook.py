"""The MkDocs hook: ``mkdocs build`` and ``mkdocs serve`` regenerate docs/ from seeds/ first.

MkDocs loads hooks by path, so this repository's ``mkdocs.yml`` names ``build_briefing.py``,
and a project elsewhere names ``mkdocs_hook.py`` of the installed package (``briefing paths
hook``); both hand these functions to MkDocs. The articles and the curation file are looked
for as the command looks for them (``briefing.project``).
"""

from __future__ import annotations

import importlib.util
import logging
import os
import signal
from pathlib import Path
from typing import Any

from .analyse.extract import default_workers
from .errors import BriefingError
from .interrupt import Interrupted, raising
from .pipeline import CACHE, build
from .project import CURATION, curation, project_entries, seeds_folder
from .write import owned_entries

log = logging.getLogger("mkdocs.plugins.briefing")
TOOLS = Path(__file__).resolve().parent.parent / "tools"


def on_pre_build(config: Any) -> None:
    from mkdocs.exceptions import PluginError

    root = Path(config.config_file_path).resolve().parent
    try:
        seeds, docs = seeds_folder(root), Path(config.docs_dir)
        with raising():
            result = build(seeds, curation(root / CURATION, root), docs,
                           directory_urls=config.use_directory_urls, progress=lambda m: log.info(f"briefing: {m}"),
                           cache_dir=root / CACHE, workers=default_workers(),
                           skip=project_entries(seeds, root, docs, getattr(config, "site_dir", None)))
    except Interrupted as exc:
        log.warning(f"briefing: {exc.outcome(config.docs_dir)}")
        if exc.signum == signal.SIGTERM:
            signal.raise_signal(signal.SIGTERM)  # MkDocs' own handling of SIGTERM, now that nothing is left over
        raise  # SIGINT: MkDocs stops as on any Ctrl-C (serve shuts down, build aborts)
    except BriefingError as exc:
        for line in exc.warnings:
            log.warning(line)
        raise PluginError("\n".join(exc.lines())) from None  # every problem, one per line
    for line in result.warnings:  # counted by MkDocs: --strict turns them into a failed build
        log.warning(line)
    r = result.report
    if r is not None:
        log.info(f"briefing: {len(result.briefing.corpus.articles)} articles, {len(r.written)} files written, "
                 f"{len(r.removed)} removed")


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    """Rebuild when an article or the curation file changes, and not when the hook's own pages do.

    MkDocs watches the whole of docs/, so the pages this hook writes there
    would start a second, identical build after every edit: about 40 s at
    1,000 articles, and page requests wait for a build to finish. docs/ is
    watched entry by entry instead, less what the generator owns. (A file
    added at the top of docs/ while serving is seen after a restart.)
    """
    root = Path(config.config_file_path).resolve().parent
    seeds = seeds_folder(root)
    for path in (seeds, root / CURATION):
        if path.exists() and path != root:  # articles in the project folder itself: watched entry by entry
            server.watch(str(path))
    if seeds == root:
        for article in sorted(root.glob("*.[tT][xX][tT]")):
            server.watch(str(article))
    docs = Path(config.docs_dir)
    owned = owned_entries(docs)
    server.unwatch(config.docs_dir)
    for entry in sorted(docs.iterdir()):
        if entry.name not in owned:
            server.watch(str(entry))
    return server


def on_post_build(config: Any) -> None:
    """With BRIEFING_PDF=1, print the built briefing to site/briefing.pdf (tools/pdf.py) and switch
    on its button. Optional and offline: a missing Chromium or a failed print is one log line,
    never a failed build (an INFO line, so --strict builds are not failed by it either)."""
    if os.environ.get("BRIEFING_PDF") != "1":
        return
    if not (TOOLS / "pdf.py").is_file():
        log.info("briefing: no PDF: tools/pdf.py comes with a checkout of the project, not with the package")
        return
    # Loaded by path: tools/ is no package, and another "tools" on sys.path could shadow it.
    spec = importlib.util.spec_from_file_location("briefing_tools_pdf", TOOLS / "pdf.py")
    assert spec is not None and spec.loader is not None
    pdf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pdf)
    log.info(pdf.make_pdf(Path(config.site_dir)))
