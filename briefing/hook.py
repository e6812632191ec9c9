"""The MkDocs hook: ``mkdocs build`` and ``mkdocs serve`` regenerate docs/ from seeds/ first.

MkDocs loads hooks by path, so ``mkdocs.yml`` names ``build_briefing.py``,
which hands these functions to MkDocs.
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
from .write import owned_entries

log = logging.getLogger("mkdocs.plugins.briefing")
TOOLS = Path(__file__).resolve().parent.parent / "tools"


def on_pre_build(config: Any) -> None:
    from mkdocs.exceptions import PluginError

    root = Path(config.config_file_path).resolve().parent
    try:
        with raising():
            result = build(root / "seeds", root / "briefing.yml", Path(config.docs_dir),
                           directory_urls=config.use_directory_urls, progress=lambda m: log.info(f"briefing: {m}"),
                           cache_dir=root / CACHE, workers=default_workers())
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
    for path in (root / "seeds", root / "briefing.yml"):
        if path.exists():
            server.watch(str(path))
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
    # Loaded by path: tools/ is no package, and another "tools" on sys.path could shadow it.
    spec = importlib.util.spec_from_file_location("briefing_tools_pdf", TOOLS / "pdf.py")
    assert spec is not None and spec.loader is not None
    pdf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pdf)
    log.info(pdf.make_pdf(Path(config.site_dir)))
