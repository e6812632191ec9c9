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


def test_failed_staging_leaves_previous_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "docs"
    write_outputs(out, {"index.md": b"old", "sources/a.md": b"old a"})
    import briefing.write as w

    real = w.os.fdopen
    calls = {"n": 0}

    def failing_fdopen(fd: int, mode: str):  # noqa: ANN202 - the second staged file hits a full disk
        calls["n"] += 1
        if calls["n"] == 2:
            w.os.close(fd)
            raise OSError(28, "No space left on device")
        return real(fd, mode)

    monkeypatch.setattr(w.os, "fdopen", failing_fdopen)
    with pytest.raises(OSError):
        write_outputs(out, {"index.md": b"new", "sources/a.md": b"new a"})
    assert (out / "index.md").read_bytes() == b"old" and (out / "sources" / "a.md").read_bytes() == b"old a"
    assert not list(out.rglob(".tmp-*"))  # no staging debris


def test_streamed_file_written_once_and_left_alone_when_unchanged(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    first = write_outputs(out, [("data.json", iter([b"{", b'"a":1', b"}"])), ("index.md", b"x")])
    assert first.written == ["data.json", "index.md"] and first.sizes == {"data.json": 7, "index.md": 1}
    assert (out / "data.json").read_bytes() == b'{"a":1}'
    mtime = (out / "data.json").stat().st_mtime_ns
    second = write_outputs(out, [("data.json", iter([b'{"a"', b":1}"])), ("index.md", b"x")])
    assert second.written == [] and second.unchanged == 2
    assert (out / "data.json").stat().st_mtime_ns == mtime
    assert not list(out.rglob(".tmp-*"))
    third = write_outputs(out, [("data.json", iter([b'{"a":2}'])), ("index.md", b"x")])
    assert third.written == ["data.json"] and (out / "data.json").read_bytes() == b'{"a":2}'


def test_failure_while_files_are_still_being_made_leaves_previous_output(tmp_path: Path) -> None:
    """Files are staged as they are made; an error in the code making a later one undoes the earlier ones."""
    out = tmp_path / "docs"
    write_outputs(out, {"index.md": b"old", "data.json": b"old json"})

    def chunks():  # noqa: ANN202
        yield b"new "
        raise ZeroDivisionError  # fails half-way through a streamed file

    def files():  # noqa: ANN202
        yield "index.md", b"new"
        yield "data.json", chunks()

    with pytest.raises(ZeroDivisionError):
        write_outputs(out, files())
    assert (out / "index.md").read_bytes() == b"old" and (out / "data.json").read_bytes() == b"old json"
    assert not list(out.rglob(".tmp-*"))


@pytest.mark.parametrize("new", [b'{"a":1,"b":3}', b'{"a":1}', b'{"a":1,"b":2,"c":3}', b'X"a":1,"b":2}'])
def test_streamed_file_rewritten_from_any_difference(tmp_path: Path, new: bytes) -> None:
    """A change anywhere (middle, shorter, longer, first byte) gives exactly the new bytes."""
    out = tmp_path / "docs"
    write_outputs(out, {"data.json": b'{"a":1,"b":2}'})
    report = write_outputs(out, [("data.json", (new[k:k + 3] for k in range(0, len(new), 3)))])
    assert report.written == ["data.json"] and report.sizes == {"data.json": len(new)}
    assert (out / "data.json").read_bytes() == new
    assert not list(out.rglob(".tmp-*"))


def test_unchanged_streamed_file_makes_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """mkdocs serve would take even a short-lived temporary file in docs/ for an edit, and build again."""
    out = tmp_path / "docs"
    write_outputs(out, {"data.json": b'{"a":1,"b":2}'})
    import briefing.write as w

    def no_temporary_files(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("a temporary file was made for an unchanged file")

    monkeypatch.setattr(w.tempfile, "mkstemp", no_temporary_files)
    report = write_outputs(out, [("data.json", iter([b'{"a":1,', b'"b":2}']))])
    assert report.unchanged == 1 and report.written == []
