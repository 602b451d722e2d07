"""Export failures: a clear message, no partial file, no temporary file, nothing overwritten."""

from __future__ import annotations

import errno
import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pdfcheck import META, case, read_pdf

from her2aid import atomic, interrupts
from her2aid.pdf.handout import ExportError, export_handout

OLD = b"%PDF-1.4 the handout exported yesterday\n"


def export(path: Path) -> None:
    result, inputs = case("her2-positive-early")
    export_handout(path, result, inputs, audiences=("patient",), paper="A4", meta=META)


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def folder(tmp_path: Path, handout_app: Any) -> Iterator[Path]:
    """An empty folder holding only the previous export."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "handout.pdf").write_bytes(OLD)
    yield out
    out.chmod(0o755)


def fails(path: Path, *reason: str) -> str:
    with pytest.raises(ExportError) as caught:
        export(path)
    message = str(caught.value)
    assert "\n" not in message
    assert str(path) in message
    for words in reason:
        assert words in message, message
    return message


def test_success_replaces_the_old_file_and_leaves_nothing_else(folder: Path) -> None:
    target = folder / "handout.pdf"
    target.chmod(0o640)
    export(target)
    assert target.read_bytes().startswith(b"%PDF-1.4")
    assert target.read_bytes() != OLD
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the old file's permissions
    assert listing(folder) == ["handout.pdf"]
    assert read_pdf(target).pages


def test_a_new_file_gets_the_usual_permissions(folder: Path) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    export(folder / "new.pdf")
    assert stat.S_IMODE((folder / "new.pdf").stat().st_mode) == 0o666 & ~umask


def test_non_ascii_path(tmp_path: Path, handout_app: Any) -> None:
    sub = tmp_path / "Dossiers médicaux ü 患者"
    sub.mkdir()
    target = sub / "Résumé ü 患者.pdf"
    export(target)
    assert "Page 1 of" in read_pdf(target).text
    assert listing(sub) == ["Résumé ü 患者.pdf"]


def test_folder_does_not_exist(tmp_path: Path, handout_app: Any) -> None:
    target = tmp_path / "missing" / "handout.pdf"
    fails(target, "does not exist", str(tmp_path / "missing"))
    assert listing(tmp_path) == []


def test_path_is_a_folder(folder: Path) -> None:
    target = folder / "a folder.pdf"
    target.mkdir()
    fails(target, "is a folder")
    assert target.is_dir()
    assert listing(target) == []
    assert listing(folder) == ["a folder.pdf", "handout.pdf"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_special_file_is_never_replaced(folder: Path) -> None:
    """As root, renaming over /dev/full would replace the device with a PDF."""
    pipe = folder / "pipe.pdf"
    os.mkfifo(pipe)
    fails(pipe, "not an ordinary file")
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert listing(folder) == ["handout.pdf", "pipe.pdf"]


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="Linux /proc")
def test_folder_that_takes_no_new_files_is_not_called_missing(handout_app: Any) -> None:
    message = fails(Path("/proc/her2aid-test.pdf"))
    assert "does not exist" not in message
    assert "cannot be created" in message or "permission" in message


def test_parent_is_a_file(folder: Path) -> None:
    fails(folder / "handout.pdf" / "x.pdf", "is not a folder")
    assert (folder / "handout.pdf").read_bytes() == OLD


def test_folder_not_writable(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder.chmod(0o555)
    if os.geteuid() == 0:
        # root writes anywhere; make creating a file in the folder fail as it would for a user
        real_open = os.open

        def denied(path: Any, flags: int, mode: int = 0o777, **kw: Any) -> int:
            unnamed = getattr(os, "O_TMPFILE", -1)  # a new file without a name, in ``path``
            named = Path(path).parent == folder and flags & os.O_CREAT
            if named or (Path(path) == folder and flags & unnamed == unnamed):
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_open(path, flags, mode, **kw)

        monkeypatch.setattr(atomic.os, "open", denied)
    fails(folder / "handout.pdf", "permission", str(folder))
    assert (folder / "handout.pdf").read_bytes() == OLD
    assert listing(folder) == ["handout.pdf"]


def half_then(code: int) -> Any:
    """A write that stores half the bytes, then fails with ``code``."""

    def write(fd: int, data: bytes) -> None:
        os.write(fd, data[: len(data) // 2])
        raise OSError(code, os.strerror(code))

    return write


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EDQUOT])
def test_disk_full(folder: Path, monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    monkeypatch.setattr(atomic, "_write_all", half_then(code))
    fails(folder / "handout.pdf", "disk is full")
    assert (folder / "handout.pdf").read_bytes() == OLD
    assert listing(folder) == ["handout.pdf"]


def test_disk_full_on_a_new_file(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic, "_write_all", half_then(errno.ENOSPC))
    fails(folder / "new.pdf", "disk is full")
    assert listing(folder) == ["handout.pdf"]


def test_flush_to_disk_fails(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fsync(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    fails(folder / "handout.pdf", "input/output error")
    assert (folder / "handout.pdf").read_bytes() == OLD
    assert listing(folder) == ["handout.pdf"]


def test_rename_fails(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def replace(src: Any, dst: Any) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(atomic.os, "replace", replace)
    fails(folder / "handout.pdf", "invalid cross-device link")
    assert (folder / "handout.pdf").read_bytes() == OLD
    assert listing(folder) == ["handout.pdf"]


def test_read_only_disk(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_only(*args: Any, **kw: Any) -> int:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(atomic.os, "open", read_only)
    fails(folder / "handout.pdf", "read-only")
    assert listing(folder) == ["handout.pdf"]


def test_interrupted_write_leaves_no_temporary_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(fd: int, data: bytes) -> None:
        os.write(fd, data[:100])
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic, "_write_all", interrupted)
    with pytest.raises(KeyboardInterrupt):
        export(folder / "handout.pdf")
    assert (folder / "handout.pdf").read_bytes() == OLD
    assert listing(folder) == ["handout.pdf"]


def test_file_name_too_long(folder: Path) -> None:
    fails(folder / ("x" * 300 + ".pdf"), "too long")
    assert listing(folder) == ["handout.pdf"]


def test_temporary_name_taken_is_retried(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = iter(["aaaa", "aaaa", "bbbb"])
    monkeypatch.setattr(atomic.secrets, "token_hex", lambda n: next(names))
    (folder / ".handout.pdf.aaaa.tmp").write_bytes(b"someone else's")
    export(folder / "handout.pdf")
    assert (folder / ".handout.pdf.aaaa.tmp").read_bytes() == b"someone else's"
    assert listing(folder) == [".handout.pdf.aaaa.tmp", "handout.pdf"]


def test_no_audience_is_a_programming_error(folder: Path) -> None:
    result, inputs = case("her2-positive-early")
    with pytest.raises(ValueError, match="audience"):
        export_handout(folder / "x.pdf", result, inputs, audiences=(), paper="A4", meta=META)
    assert listing(folder) == ["handout.pdf"]


# --- links, locked files and what a killed export leaves (issue 15) -------------------


def test_a_symbolic_link_is_written_through(folder: Path) -> None:
    """As editors do: the file the link points to is replaced, the link stays a link."""
    real = folder / "real.pdf"
    real.write_bytes(OLD)
    real.chmod(0o640)
    link = folder / "link.pdf"
    link.symlink_to("real.pdf")  # relative, as people make them
    export(link)
    assert link.is_symlink()
    assert os.readlink(link) == "real.pdf"
    assert real.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert listing(folder) == ["handout.pdf", "link.pdf", "real.pdf"]


def test_a_chain_of_links_into_another_folder(folder: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (folder / "first.pdf").symlink_to(folder / "second.pdf")
    (folder / "second.pdf").symlink_to(elsewhere / "final.pdf")  # dangling: created there
    export(folder / "first.pdf")
    assert (elsewhere / "final.pdf").read_bytes().startswith(b"%PDF-")
    assert (folder / "first.pdf").is_symlink()
    assert (folder / "second.pdf").is_symlink()
    assert listing(elsewhere) == ["final.pdf"]
    assert listing(folder) == ["first.pdf", "handout.pdf", "second.pdf"]


def test_a_link_to_a_device_is_refused(folder: Path) -> None:
    (folder / "null.pdf").symlink_to(os.devnull)
    fails(folder / "null.pdf", "not an ordinary file")
    assert (folder / "null.pdf").is_symlink()


def test_a_loop_of_links(folder: Path) -> None:
    (folder / "a.pdf").symlink_to("b.pdf")
    (folder / "b.pdf").symlink_to("a.pdf")
    fails(folder / "a.pdf", "loop of symbolic links")
    assert listing(folder) == ["a.pdf", "b.pdf", "handout.pdf"]


def test_a_file_locked_against_changes_is_named_not_the_folder(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``chattr +i`` on the target: the folder takes new files, the rename over it fails."""

    def immutable(src: Any, dst: Any) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted", str(dst))

    monkeypatch.setattr(atomic.os, "replace", immutable)
    message = fails(folder / "handout.pdf", "existing file", "cannot be replaced", "locked")
    assert "permission to write in the folder" not in message
    assert (folder / "handout.pdf").read_bytes() == OLD
    assert listing(folder) == ["handout.pdf"]


def test_really_immutable_file(folder: Path) -> None:
    """The same with a real ``chattr +i`` where the system allows it (root on ext4)."""
    import shutil
    import subprocess

    target = folder / "handout.pdf"
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(target)], check=False).returncode:
        pytest.skip("chattr +i is not available here (needs root and a file system with it)")
    try:
        message = fails(target, "cannot be replaced")
        assert "permission to write in the folder" not in message
        assert target.read_bytes() == OLD
        assert listing(folder) == ["handout.pdf"]
    finally:
        subprocess.run([chattr, "-i", str(target)], check=True)


@pytest.mark.skipif(not atomic.UNNAMED_TEMP, reason="Linux O_TMPFILE")
def test_the_temporary_file_has_no_name_while_it_is_written(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Until the handout is complete it is in no folder listing, so a kill leaves nothing."""
    seen: list[list[str]] = []
    real = atomic._write_all

    def watch(fd: int, data: bytes) -> None:
        real(fd, data[:100])
        seen.append(listing(folder))
        real(fd, data[100:])

    monkeypatch.setattr(atomic, "_write_all", watch)
    export(folder / "new.pdf")
    assert seen == [["handout.pdf"]]
    assert listing(folder) == ["handout.pdf", "new.pdf"]


def test_without_unnamed_files_a_named_one_is_used_and_cleaned(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(atomic, "UNNAMED_TEMP", False)
    seen: list[list[str]] = []
    real = atomic._write_all

    def watch(fd: int, data: bytes) -> None:
        seen.append(listing(folder))
        real(fd, data)

    monkeypatch.setattr(atomic, "_write_all", watch)
    export(folder / "handout.pdf")
    ((temp, before),) = seen
    assert before == "handout.pdf"
    assert temp.startswith(".handout.pdf.")
    assert temp.endswith(".tmp")
    assert listing(folder) == ["handout.pdf"]


def test_when_linking_is_impossible_the_named_way_is_taken(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sandbox's /proc, or no right to AT_EMPTY_PATH: the export still succeeds, cleanly."""

    def cannot(*args: object) -> Path:
        raise atomic._CannotLink

    monkeypatch.setattr(atomic, "_link_unnamed", cannot)
    export(folder / "handout.pdf")
    assert read_pdf(folder / "handout.pdf").pages
    assert listing(folder) == ["handout.pdf"]


def test_an_abandoned_temporary_file_is_removed_by_the_next_export(folder: Path) -> None:
    """What a killed export left (a handout with the patient's name) goes at the next one."""
    stale = folder / ".handout.pdf.0123abcd.tmp"
    stale.write_bytes(b"%PDF- a complete handout with a name in it")
    other = folder / ".other.pdf.0123abcd.tmp"  # another file's: left to its own export
    other.write_bytes(b"x")
    lookalike = folder / ".handout.pdf.not-ours.tmp"
    lookalike.write_bytes(b"x")
    export(folder / "handout.pdf")
    assert listing(folder) == [
        ".handout.pdf.not-ours.tmp",
        ".other.pdf.0123abcd.tmp",
        "handout.pdf",
    ]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file locks")
def test_a_temporary_file_in_use_by_a_running_export_is_left_alone(folder: Path) -> None:
    import fcntl

    busy = folder / ".handout.pdf.0123abcd.tmp"
    fd = os.open(busy, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # what a running export holds on its temporary file
        export(folder / "handout.pdf")
        assert busy.exists()
    finally:
        os.close(fd)
    export(folder / "handout.pdf")  # its writer is gone now
    assert listing(folder) == ["handout.pdf"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_only_ordinary_files_are_taken_for_abandoned_ones(folder: Path) -> None:
    os.mkfifo(folder / ".handout.pdf.0123abcd.tmp")  # opening it must not block, nor delete it
    (folder / ".handout.pdf.89abcdef.tmp").symlink_to(folder / "handout.pdf")
    export(folder / "handout.pdf")
    assert listing(folder) == [
        ".handout.pdf.0123abcd.tmp",
        ".handout.pdf.89abcdef.tmp",
        "handout.pdf",
    ]


def test_abandoned_temporary_files_of_other_exports_go_once_they_are_old(folder: Path) -> None:
    """A killed export of another name leaves a handout too: the next export in the folder
    removes it once it is clearly abandoned (over an hour old); anything else stays."""
    hours_ago = time.time() - 2 * 3600

    def make(name: str, *, old: bool) -> None:
        (folder / name).write_bytes(b"%PDF- a handout with a name in it")
        if old:
            os.utime(folder / name, (hours_ago, hours_ago))

    make(".other.pdf.0123abcd.tmp", old=True)  # another handout's, abandoned
    make(".Case.JSON.89abcdef.tmp", old=True)  # a saved case's, abandoned
    make(".recent.pdf.01234567.tmp", old=False)  # perhaps being written right now
    make(".notes.txt.0123abcd.tmp", old=True)  # not something her2aid writes
    make(".other.pdf.not-ours.tmp", old=True)  # not her2aid's pattern
    export(folder / "handout.pdf")
    assert listing(folder) == [
        ".notes.txt.0123abcd.tmp",
        ".other.pdf.not-ours.tmp",
        ".recent.pdf.01234567.tmp",
        "handout.pdf",
    ]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file locks")
def test_an_old_temporary_file_still_held_by_its_writer_is_left_alone(folder: Path) -> None:
    import fcntl

    busy = folder / ".other.pdf.0123abcd.tmp"
    fd = os.open(busy, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        os.utime(busy, (time.time() - 7200, time.time() - 7200))
        fcntl.flock(fd, fcntl.LOCK_EX)
        export(folder / "handout.pdf")
        assert busy.exists()
    finally:
        os.close(fd)


@pytest.mark.parametrize("unnamed", [True, False], ids=["unnamed-temp", "named-temp"])
def test_an_interruption_once_the_handout_is_named_removes_it(
    folder: Path, monkeypatch: pytest.MonkeyPatch, unnamed: bool
) -> None:
    """Ctrl+C in a program without her2aid's handlers (the Python API): still nothing left."""
    if unnamed and not atomic.UNNAMED_TEMP:
        pytest.skip("Linux O_TMPFILE")
    monkeypatch.setattr(atomic, "UNNAMED_TEMP", unnamed)
    real = atomic._fill

    def then_interrupted(*args: Any) -> None:
        real(*args)
        if not unnamed:
            raise KeyboardInterrupt  # the named file exists now

    real_link = atomic._link_unnamed

    def linked_then_interrupted(*args: Any) -> Path:
        real_link(*args)
        raise KeyboardInterrupt  # named, not yet renamed

    monkeypatch.setattr(atomic, "_fill", then_interrupted)
    monkeypatch.setattr(atomic, "_link_unnamed", linked_then_interrupted)
    with pytest.raises(KeyboardInterrupt):
        export(folder / "handout.pdf")
    assert listing(folder) == ["handout.pdf"]
    assert (folder / "handout.pdf").read_bytes() == OLD
    assert interrupts._to_remove == set()  # nothing left for a signal handler to remove


def test_a_finished_or_failed_write_leaves_nothing_registered(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export(folder / "handout.pdf")
    assert interrupts._to_remove == set()

    def replace(src: Any, dst: Any) -> None:
        assert interrupts._to_remove == {str(Path(src).absolute())}  # known while it exists
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic.os, "replace", replace)
    fails(folder / "handout.pdf", "input/output error")
    assert interrupts._to_remove == set()
    assert listing(folder) == ["handout.pdf"]
