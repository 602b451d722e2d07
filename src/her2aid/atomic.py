"""Write a file all at once or not at all (the handout PDF and saved case files).

The bytes go to a temporary file in the destination folder (so the final
rename never crosses a file system), are flushed to disk, and only then
replace the destination with ``os.replace``. On any failure the temporary file
is removed and the destination, if it existed, is left exactly as it was.

Every failure a user can cause or fix is raised as :class:`WriteError` with a
message that names the path and the reason in plain words.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

#: errno values that mean "no room left", reported as a full disk.
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_DENIED = {errno.EACCES, errno.EPERM}
_TEMP_TRIES = 20


class WriteError(OSError):
    """The file could not be written; ``str(error)`` says where and why."""


def _reason(exc: OSError, folder: Path) -> str:
    """The reason for an OSError, in words a user can act on."""
    code = exc.errno
    if code in _FULL:
        return "the disk is full; free some space or choose another place"
    if code in _DENIED:
        return f'you do not have permission to write in the folder "{folder}"'
    if code == errno.EROFS:
        return f'the folder "{folder}" is on a read-only disk'
    if code == errno.ENOENT:
        if folder.is_dir():  # e.g. /proc: the folder is there but takes no new files
            return f'files cannot be created in the folder "{folder}"'
        return f'the folder "{folder}" does not exist'
    if code == errno.ENOTDIR:
        return f'"{folder}" is not a folder'
    if code == errno.EISDIR:
        return "a folder of that name is in the way; choose another file name"
    if code == errno.ENAMETOOLONG:
        return "the file name is too long"
    return (exc.strerror or str(exc) or type(exc).__name__).rstrip(".").lower()


def _fail(path: Path, reason: str) -> WriteError:
    return WriteError(f'Could not save "{path}": {reason}.')


def _write_all(fd: int, data: bytes) -> None:
    """Write every byte of ``data`` to ``fd`` (os.write may write fewer)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _open_temp(path: Path) -> tuple[int, Path]:
    """Create a new, empty temporary file beside ``path``; returns (fd, temp path)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(_TEMP_TRIES):
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            # 0o666 lets the user's umask decide, as for any file they save.
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "could not pick a temporary file name", str(path))


def _keep_mode(temp: Path, path: Path) -> None:
    """Give the new file the permissions of the file it replaces, if any."""
    with contextlib.suppress(OSError):
        os.chmod(temp, stat.S_IMODE(os.stat(path).st_mode))


def _sync_folder(folder: Path) -> None:
    """Flush the rename itself to disk where the OS allows it (best effort)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically, or raise WriteError and change nothing."""
    folder = path.absolute().parent
    try:
        if path.is_dir():
            raise _fail(path, "that is a folder; choose a file name")
        if path.exists() and not path.is_file():
            # A device, pipe or socket: renaming over it would replace it (as root,
            # even /dev/full), and writing to it would not save anything.
            raise _fail(path, "that is not an ordinary file (a device or other special file)")
        if not folder.exists():
            raise _fail(path, f'the folder "{folder}" does not exist')
        if not folder.is_dir():
            raise _fail(path, f'"{folder}" is not a folder')
        fd, temp = _open_temp(path)
    except WriteError:
        raise
    except OSError as exc:
        raise _fail(path, _reason(exc, folder)) from exc
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if path.exists():
            _keep_mode(temp, path)
        os.replace(temp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise _fail(path, _reason(exc, folder)) from exc
        raise
    _sync_folder(folder)
