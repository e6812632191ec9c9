from __future__ import annotations

import os
import signal
import stat
import threading
from pathlib import Path

import pytest

from briefing.cache import FactsCache, sweep_cache
from briefing.durable import Flusher, is_temporary, locked
from briefing.swap import RECORD
from briefing.write import JOURNAL, MANIFEST, owned_entries, recover, write_outputs


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
    assert not list(out.rglob(".briefing-tmp-*"))  # no staging debris


def test_streamed_file_written_once_and_left_alone_when_unchanged(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    first = write_outputs(out, [("data.json", iter([b"{", b'"a":1', b"}"])), ("index.md", b"x")])
    assert first.written == ["data.json", "index.md"] and first.sizes == {"data.json": 7, "index.md": 1}
    assert (out / "data.json").read_bytes() == b'{"a":1}'
    mtime = (out / "data.json").stat().st_mtime_ns
    second = write_outputs(out, [("data.json", iter([b'{"a"', b":1}"])), ("index.md", b"x")])
    assert second.written == [] and second.unchanged == 2
    assert (out / "data.json").stat().st_mtime_ns == mtime
    assert not list(out.rglob(".briefing-tmp-*"))
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
    assert not list(out.rglob(".briefing-tmp-*"))


@pytest.mark.parametrize("new", [b'{"a":1,"b":3}', b'{"a":1}', b'{"a":1,"b":2,"c":3}', b'X"a":1,"b":2}'])
def test_streamed_file_rewritten_from_any_difference(tmp_path: Path, new: bytes) -> None:
    """A change anywhere (middle, shorter, longer, first byte) gives exactly the new bytes."""
    out = tmp_path / "docs"
    write_outputs(out, {"data.json": b'{"a":1,"b":2}'})
    report = write_outputs(out, [("data.json", (new[k:k + 3] for k in range(0, len(new), 3)))])
    assert report.written == ["data.json"] and report.sizes == {"data.json": len(new)}
    assert (out / "data.json").read_bytes() == new
    assert not list(out.rglob(".briefing-tmp-*"))


def test_unchanged_streamed_file_makes_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """mkdocs serve would take even a short-lived temporary file in docs/ for an edit, and build again."""
    out = tmp_path / "docs"
    write_outputs(out, {"data.json": b'{"a":1,"b":2}'})
    import briefing.durable as d

    def no_temporary_files(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("a temporary file was made for an unchanged file")

    monkeypatch.setattr(d, "_create", no_temporary_files)
    report = write_outputs(out, [("data.json", iter([b'{"a":1,', b'"b":2}']))])
    assert report.unchanged == 1 and report.written == []


def leftovers(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if is_temporary(p.name) or p.name == RECORD)


@pytest.mark.parametrize(("umask", "file_mode", "folder_mode"), [(0o022, 0o644, 0o755), (0o027, 0o640, 0o750)])
def test_generated_files_get_the_mode_of_a_normal_write(tmp_path: Path, umask: int, file_mode: int,
                                                        folder_mode: int) -> None:
    """Not the 0600 of a temporary file: a web server or a deploy user must be able to read docs/."""
    out = tmp_path / "docs"
    before = os.umask(umask)
    try:
        write_outputs(out, {"index.md": b"a", "data.json": [b"{", b"}"], "sources/x.md": b"x"})
        cache = FactsCache(tmp_path / "cache" / "0123456789abcdef")
        cache.put("ab" * 32, {"facts": 1})
        modes = {p.relative_to(tmp_path).as_posix(): stat.S_IMODE(p.stat().st_mode) for p in tmp_path.rglob("*")}
        (out / "index.md").chmod(0o600)  # as earlier versions left every generated file
        report = write_outputs(out, {"index.md": b"a", "data.json": b"{}", "sources/x.md": b"x"})
    finally:
        os.umask(before)
    files = {name: m for name, m in modes.items() if (tmp_path / name).is_file()}
    assert set(files.values()) == {file_mode} and len(files) == 5, modes  # 3 pages, the manifest, a cache entry
    assert modes["docs/sources"] == folder_mode
    assert report.written == [] and stat.S_IMODE((out / "index.md").stat().st_mode) == file_mode  # mended in place


def test_only_the_generators_own_temporary_files_are_removed(tmp_path: Path) -> None:
    """What a killed build left goes; a person's files, even with look-alike names or in docs/assets/, stay."""
    out = tmp_path / "docs"
    write_outputs(out, {"index.md": b"a", "sources/x.md": b"x"})
    ours = [".briefing-tmp-0123456789abcdef.md", "sources/.briefing-tmp-fedcba9876543210.md",
            ".tmp-k2j_x9ab.md", ".tmp-a1b2c3d4.json", "sources/.tmp-zzzzzzzz.md"]
    theirs = ["notes.tmp.md", ".tmp-mine.md", ".tmp-abcdefgh.txt", "tmp-abcdefgh.md", "assets/.briefing-tmp-0123.css",
              "assets/.tmp-abcdefgh.md", "drafts/.briefing-tmp-draft.md"]
    for rel in ours + theirs:
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(b"left over")
    report = write_outputs(out, {"index.md": b"a", "sources/x.md": b"x"})
    assert report.written == [] and report.removed == []
    assert [rel for rel in ours if (out / rel).exists()] == []
    assert [rel for rel in theirs if not (out / rel).exists()] == []


def test_cache_sweep_keeps_to_the_folders_entries_live_in(tmp_path: Path) -> None:
    """A --cache pointed at a folder of other things never costs one of them."""
    cache = tmp_path / "cache"
    entry = cache / "0123456789abcdef" / "facts" / "ab"
    entry.mkdir(parents=True)
    (entry / ".briefing-tmp-0011223344556677.pickle").write_bytes(b"torn")
    (entry / ".tmp-abcdefgh.pickle").write_bytes(b"torn")
    (entry / "ab01.pickle").write_bytes(b"an entry")
    part = cache / "0123456789abcdef" / "pages" / "facts" / "cd"  # one scope's cache in parts
    part.mkdir(parents=True)
    (part / ".briefing-tmp-8899aabbccddeeff.pickle").write_bytes(b"torn")
    (cache / ".tmp-abcdefgh.md").write_bytes(b"someone's")
    (cache / "notes" / "facts" / "ab").mkdir(parents=True)
    (cache / "notes" / "facts" / "ab" / ".briefing-tmp-1.md").write_bytes(b"someone's")
    assert sweep_cache(cache) == 3 and list(part.iterdir()) == []
    assert sorted(p.name for p in entry.iterdir()) == ["ab01.pickle"]
    assert (cache / ".tmp-abcdefgh.md").exists() and (cache / "notes" / "facts" / "ab" / ".briefing-tmp-1.md").exists()


def test_ctrl_c_inside_the_swap_finishes_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A KeyboardInterrupt that gets into the swap (no handler holding it) completes the swap first."""
    import briefing.swap as swap

    out = tmp_path / "docs"
    write_outputs(out, {"index.md": b"old", "a.md": b"old a", "sources/x.md": b"x"})
    renames = []

    def interrupt_on_the_second_rename(step: str) -> None:
        renames.append(step)
        if step == "swap" and renames.count("swap") == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(swap, "pause", interrupt_on_the_second_rename)
    with pytest.raises(KeyboardInterrupt):
        write_outputs(out, {"index.md": b"new", "a.md": b"new a", "b.md": b"b"})
    assert {p.name: p.read_bytes() for p in out.rglob("*.md")} == {"index.md": b"new", "a.md": b"new a", "b.md": b"b"}
    assert leftovers(out) == [] and (out / MANIFEST).read_text() == "a.md\nb.md\nindex.md\n"


@pytest.mark.parametrize("record", [
    b"not json", b'{"format": 1, "renames": [["../../etc/x", "index.md"]], "removals": []}',
    b'{"format": 1, "renames": [[".briefing-tmp-1.md", "../outside.md"]], "removals": []}',
    b'{"format": 1, "renames": [["index.md", "a.md"]], "removals": []}',
    b'{"format": 1, "renames": [], "removals": ["/etc/hostname"]}', b'{"format": 99}',
], ids=["garbage", "staged-outside", "target-outside", "not-staged", "absolute-removal", "other-format"])
def test_a_swap_record_this_code_did_not_write_is_never_carried_out(tmp_path: Path, record: bytes) -> None:
    out = tmp_path / "docs"
    write_outputs(out, {"index.md": b"a", "a.md": b"b"})
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (out / RECORD).write_bytes(record)
    recover(out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before and not (tmp_path / "outside.md").exists()


def test_a_second_writer_waits_for_the_first(tmp_path: Path) -> None:
    """Two builds into one folder take turns, so neither sweeps the other's staged files away."""
    out = tmp_path / "docs"
    write_outputs(out, {"index.md": b"a"})
    second = threading.Thread(target=write_outputs, args=(out, {"index.md": b"b"}))
    with locked(out):
        second.start()
        second.join(0.5)
        assert second.is_alive() and (out / "index.md").read_bytes() == b"a"  # waiting, not writing
    second.join(60)
    assert not second.is_alive() and (out / "index.md").read_bytes() == b"b"


def test_a_killed_builds_pages_in_a_folder_of_its_own_are_swept(tmp_path: Path) -> None:
    """A build killed while staging into a folder no finished build wrote (a list grown past one page) left
    its temporary files there: the journal names the folder, so the recovery finds them, and the folder goes
    again; a person's folder with look-alike names is not in the journal and stays."""
    out = tmp_path / "docs"
    write_outputs(out, {"index.md": b"a"})
    staged = out / "differences" / "1" / ".briefing-tmp-0123456789abcdef.md"
    staged.parent.mkdir(parents=True)
    staged.write_bytes(b"half a page")
    theirs = out / "drafts" / ".briefing-tmp-0123456789abcdef.md"
    theirs.parent.mkdir()
    theirs.write_bytes(b"someone's")
    (out / JOURNAL).write_text("differences\ndifferences/1\n", encoding="utf-8")
    recover(out)
    assert not (out / "differences").exists() and not (out / JOURNAL).exists()
    assert theirs.read_bytes() == b"someone's"


def test_the_journal_is_gone_after_a_build(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    write_outputs(out, {"index.md": b"a", "sections/visits/2.md": b"b"})
    assert not (out / JOURNAL).exists() and (out / "sections" / "visits" / "2.md").read_bytes() == b"b"
    assert JOURNAL in owned_entries(out)


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no POSIX signal masks")
def test_the_fsync_thread_leaves_interrupts_to_the_main_thread() -> None:
    """Ctrl-C and SIGTERM are blocked in the background fsync thread, so the kernel can only give them to the
    main thread, which handles them: one given to the fsync thread while the main thread had them blocked for
    a moment (a pause point's wait) would be lost, and the build would hang."""
    with Flusher() as flusher:
        mask = flusher._pool.submit(signal.pthread_sigmask, signal.SIG_BLOCK, []).result()
    assert {signal.SIGINT, signal.SIGTERM} <= set(mask)
