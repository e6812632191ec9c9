"""`mkdocs serve` picks up a seed edit with one build: the hook's own writes start no second one."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from sitecheck import make_project
from support import PACIFIC


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(check, limit: float = 60.0) -> bool:  # noqa: ANN001 - a bounded poll, not a timing assertion
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.25)
    return False


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback only
            return response.read().decode("utf-8")
    except OSError:
        return ""


def test_serve_rebuilds_on_seed_edit_and_settles(tmp_path: Path) -> None:
    project = make_project(tmp_path, PACIFIC / "seeds", PACIFIC / "briefing.yml")
    port = free_port()
    log = project / "serve.log"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    with open(log, "w") as out:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
                                  cwd=project, stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        # One "Reloading browsers" per finished rebuild. Not "Documentation built": MkDocs drops a
        # log line that repeats an earlier one word for word, as two builds of the same duration do.
        builds = lambda: log.read_text().count("Reloading browsers")  # noqa: E731
        assert wait_for(lambda: "Serving on" in log.read_text() and fetch(f"http://127.0.0.1:{port}/")), \
            log.read_text()
        (project / "seeds" / "005_new.txt").write_text(
            "Ministers agree on a second round of talks\n\nThe two ministers agreed to visit Lima next year.\n",
            encoding="utf-8")
        page = f"http://127.0.0.1:{port}/sources/005-new/"
        assert wait_for(lambda: "second round of talks" in fetch(page)), log.read_text()
        settled = builds()
        assert settled >= 1, log.read_text()
        time.sleep(5)  # long enough for an echo of our own writes to show itself
        assert builds() == settled, log.read_text()
        assert (project / "docs" / "sources" / "005-new.md").is_file()
        # What a person edits in docs/ (not the generated pages) still starts a build.
        with open(project / "docs" / "assets" / "briefing.css", "a", encoding="utf-8") as css:
            css.write("\n/* edited while serving */\n")
        assert wait_for(lambda: builds() > settled), log.read_text()
    finally:
        server.terminate()
        server.wait(timeout=30)
