from __future__ import annotations

from pathlib import Path

import pytest

from briefing.write import MANIFEST, write_outputs


def test_writes_only_changed_files_and_removes_stale(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    (out / "assets").mkdir(parents=True)
    (out / "assets" / "mine.css").write_text("kept")
    first = write_outputs(out, {"index.md": b"a", "sources/x.md": b"x", "sources/y.md": b"y"})
    assert sorted(first.written) == ["index.md", "sources/x.md", "sources/y.md"]
    mtime = (out / "index.md").stat().st_mtime_ns
    second = write_outputs(out, {"index.md": b"a", "sources/x.md": b"x2"})
    assert second.written == ["sources/x.md"] and second.unchanged == 1 and second.removed == ["sources/y.md"]
    assert (out / "index.md").stat().st_mtime_ns == mtime  # untouched: mkdocs serve sees no edit
    assert not (out / "sources" / "y.md").exists()
    assert (out / "assets" / "mine.css").read_text() == "kept"  # hand-written files are not ours
    assert (out / MANIFEST).read_text() == "index.md\nsources/x.md\n"


def test_stray_file_in_owned_folder_is_removed(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    (out / "sources").mkdir(parents=True)
    (out / "sources" / "deleted-seed.md").write_text("old")
    report = write_outputs(out, {"index.md": b"a"})
    assert report.removed == ["sources/deleted-seed.md"]


def test_refuses_paths_leaving_the_output(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="leaves"):
        write_outputs(tmp_path / "docs", {"../escape.md": b"x"})
    assert not (tmp_path / "escape.md").exists()
