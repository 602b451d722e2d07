"""Write a file all at once or not at all (the handout PDF and saved case files).

The bytes go to a temporary file in the destination folder (so the final
rename never crosses a file system), are flushed to disk, and only then
replace the destination with ``os.replace``. On any failure the temporary file
is removed and the destination, if it existed, is left exactly as it was.

A handout holds the patient's name, so no copy of it may outlive a failed or
killed export:

- On Linux the temporary file is created without a name (``O_TMPFILE``) and
  linked into the folder only once it is complete, immediately before the
  rename: a process killed while writing (even by SIGKILL) leaves nothing.
- Elsewhere, or on a file system without ``O_TMPFILE``, it is a hidden
  ``.NAME.xxxxxxxx.tmp`` from the start. The writer holds a lock on it; the
  next export to the same name removes any such file nobody holds (one left
  by a process that was killed), and the next export into the same folder
  removes another name's (``.NAME.pdf.xxxxxxxx.tmp`` or
  ``.NAME.json.xxxxxxxx.tmp``) that nobody holds and is more than an hour old.
- Every temporary name is registered with ``her2aid.interrupts`` from the
  moment the file has it until it is renamed into place or removed, and
  giving the name and renaming run with the termination signals put off
  (``interrupts.deferred``): the command line removes it on SIGINT, SIGTERM
  and SIGHUP whenever the signal arrives, and the window finishes the write.

A destination that is a symbolic link is written through: the file it points
to is replaced, and the link stays a link, as editors do.

Every failure a user can cause or fix is raised as :class:`WriteError` with a
message that names the path and the reason in plain words.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import sys
import time
from pathlib import Path

from her2aid import interrupts
from her2aid.core.language import N_

if sys.platform != "win32":  # Windows: an open file cannot be deleted, which is lock enough
    import fcntl

#: errno values that mean "no room left", reported as a full disk.
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_DENIED = {errno.EACCES, errno.EPERM}
#: What open(O_TMPFILE) fails with where the kernel or file system lacks it.
_NO_TMPFILE = {errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, getattr(errno, "ENOTSUP", 0)}
_TEMP_TRIES = 20
_MAX_LINKS = 40  # as Linux follows at most
_PROC_FD = Path("/proc/self/fd")
#: Another file's temporary file counts as abandoned only when it is older than this
#: (an export takes seconds) and no writer holds it.
STALE_AFTER_S = 3600.0
#: Temporary files of what her2aid writes (handouts and case files), whatever the name.
_ANY_OF_OURS = re.compile(r"\..+\.(?i:pdf|json)\.[0-9a-f]{8}\.tmp")

#: Use an unnamed temporary file where the system has one (tests turn it off).
UNNAMED_TEMP = hasattr(os, "O_TMPFILE") and os.link in os.supports_follow_symlinks


class WriteError(OSError):
    """The file could not be written; ``str(error)`` says where and why (English).

    ``reason`` and ``params`` are the reason's template and values, so that a
    window in another language can translate it (``ui.translation.file_error``).
    """

    def __init__(self, path: Path, reason: str, params: dict[str, str] | None = None) -> None:
        self.path = path
        self.reason = reason
        self.params = dict(params or {})
        #: The reason in English, filled in.
        self.why = reason.format(**self.params) if self.params else reason
        super().__init__(SAVE_FAILED.format(path=path, reason=self.why))


#: How every failure to write a file is told (the reason is one of the templates below).
SAVE_FAILED = N_('Could not save "{path}": {reason}.')


def _reason(
    exc: OSError, folder: Path, replacing: Path | None = None
) -> tuple[str, dict[str, str]]:
    """The reason for an OSError, in words a user can act on: a template and its values.

    ``replacing`` is the existing file being replaced, when the failure came
    from replacing it (the folder took a new file, so the file is to blame).
    """
    code = exc.errno
    where = {"folder": str(folder)}
    if code in _FULL:
        return N_("the disk is full; free some space or choose another place"), {}
    if code in _DENIED and replacing is not None:
        return (
            N_(
                'the existing file "{file}" cannot be replaced (it is locked against '
                "changes or belongs to someone else); choose another name"
            ),
            {"file": str(replacing)},
        )
    if code in _DENIED:
        return N_('you do not have permission to write in the folder "{folder}"'), where
    if code == errno.EROFS:
        return N_('the folder "{folder}" is on a read-only disk'), where
    if code == errno.ENOENT:
        if folder.is_dir():  # e.g. /proc: the folder is there but takes no new files
            return N_('files cannot be created in the folder "{folder}"'), where
        return NO_FOLDER, where
    if code == errno.ENOTDIR:
        return NOT_A_FOLDER, where
    if code == errno.EISDIR:
        return N_("a folder of that name is in the way; choose another file name"), {}
    if code == errno.ENAMETOOLONG:
        return N_("the file name is too long"), {}
    if code == errno.ELOOP:
        return N_("the path is a loop of symbolic links"), {}
    # The system's own words (not translated); braces would read as placeholders.
    text = (exc.strerror or str(exc) or type(exc).__name__).rstrip(".").lower()
    return "{error}", {"error": text}


NO_FOLDER = N_('the folder "{folder}" does not exist')
NOT_A_FOLDER = N_('"{folder}" is not a folder')


def _fail(path: Path, reason: str, params: dict[str, str] | None = None) -> WriteError:
    return WriteError(path, reason, params)


def _write_all(fd: int, data: bytes) -> None:
    """Write every byte of ``data`` to ``fd`` (os.write may write fewer)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")


def _stale_pattern(path: Path) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(path.name)}\.[0-9a-f]{{8}}\.tmp")


def _created(temp: Path, names: list[Path]) -> None:
    """``temp`` now names a file of this write: remove it if the write fails or is ended."""
    names.append(temp)
    interrupts.remove_on_signal(temp)


def _discard(names: list[Path]) -> None:
    """Remove the temporary files this write created (its descriptor is closed)."""
    for temp in names:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        interrupts.keep(temp)
    names.clear()


def _settled(names: list[Path]) -> None:
    """The temporary file has been renamed into place: nothing left to remove."""
    for temp in names:
        interrupts.keep(temp)
    names.clear()


def _lock(fd: int) -> None:
    """Mark ``fd``'s file as in use, so no other export takes it for an abandoned one."""
    if sys.platform != "win32":
        with contextlib.suppress(OSError):  # a file system without locks: nothing to mark
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _open_named(path: Path, names: list[Path]) -> tuple[int, Path]:
    """Create a new, empty, hidden temporary file beside ``path``; returns (fd, its path)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(_TEMP_TRIES):
        temp = _temp_name(path)
        try:
            with interrupts.deferred():  # created, locked and registered, or not created
                # 0o666 lets the user's umask decide, as for any file they save.
                fd = os.open(temp, flags, 0o666)
                _lock(fd)
                _created(temp, names)
        except FileExistsError:
            continue
        return fd, temp
    raise FileExistsError(errno.EEXIST, "could not pick a temporary file name", str(path))


def _open_unnamed(folder: Path) -> int | None:
    """An unnamed file in ``folder`` (Linux ``O_TMPFILE``), or None where there is none."""
    if not UNNAMED_TEMP or not _PROC_FD.is_dir():
        return None
    try:
        fd = os.open(folder, os.O_WRONLY | os.O_TMPFILE, 0o666)
    except OSError as exc:
        if exc.errno in _NO_TMPFILE:
            return None
        raise
    _lock(fd)
    return fd


class _CannotLink(Exception):
    """The system cannot give an unnamed file a name here; use a named temporary file."""


#: Why linking through /proc or with AT_EMPTY_PATH can fail although the folder takes
#: files: no /proc, a sandbox's /proc on another mount, no privilege for AT_EMPTY_PATH.
_LINK_UNSUPPORTED = {
    errno.EXDEV, errno.ENOENT, errno.EPERM, errno.EACCES, errno.EINVAL, errno.ENOSYS,
}  # fmt: skip


def _link_empty_path(fd: int, temp: Path) -> None:
    """``linkat(fd, "", AT_FDCWD, temp, AT_EMPTY_PATH)``: Linux 6.10+ for the file's opener."""
    import ctypes  # only where /proc cannot do it

    libc = ctypes.CDLL(None, use_errno=True)
    at_fdcwd, at_empty_path = -100, 0x1000
    if libc.linkat(fd, b"", at_fdcwd, os.fsencode(temp), at_empty_path) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(temp))


def _link(fd: int, temp: Path) -> None:
    """Give the unnamed file open as ``fd`` the name ``temp``."""
    try:
        os.link(_PROC_FD / str(fd), temp, follow_symlinks=True)
    except FileExistsError:
        raise
    except OSError:
        _link_empty_path(fd, temp)


def _link_unnamed(fd: int, path: Path, names: list[Path]) -> Path:
    """Give the complete unnamed file a temporary name beside ``path``, for the rename."""
    for _ in range(_TEMP_TRIES):
        temp = _temp_name(path)
        try:
            with interrupts.deferred():  # named and registered, or not named
                _link(fd, temp)
                _created(temp, names)
        except FileExistsError:
            continue
        except OSError as exc:
            if exc.errno in _LINK_UNSUPPORTED:
                raise _CannotLink from exc
            raise
        return temp
    raise FileExistsError(errno.EEXIST, "could not pick a temporary file name", str(path))


def _fill(fd: int, data: bytes, target: Path, temp: Path | None) -> None:
    """Write and flush ``data``; give it the permissions of the file it will replace."""
    _write_all(fd, data)
    os.fsync(fd)
    if target.exists():
        _keep_mode(fd, temp, target)


def _complete_temp(target: Path, folder: Path, data: bytes, names: list[Path]) -> tuple[int, Path]:
    """A temporary file beside ``target`` holding all of ``data``, flushed; (open fd, path).

    The descriptor stays open (and the file locked) until the caller has
    renamed it into place. Every name given to a file is added to ``names``
    (and registered with ``interrupts``) at once; on failure the descriptor
    is closed and the caller removes what ``names`` holds.
    """
    fd = _open_unnamed(folder)
    if fd is not None:
        try:
            _fill(fd, data, target, None)
            return fd, _link_unnamed(fd, target, names)
        except _CannotLink:
            os.close(fd)  # an unnamed file disappears with its last descriptor
        except BaseException:
            os.close(fd)
            raise
    fd, temp = _open_named(target, names)
    try:
        _fill(fd, data, target, temp)
    except BaseException:
        os.close(fd)
        raise
    return fd, temp


def _old_enough(mtime: float, min_age: float) -> bool:
    return min_age <= 0 or time.time() - mtime >= min_age


def _remove_if_abandoned(temp: Path, min_age: float = 0.0) -> None:
    """Delete ``temp`` if no running export holds it (its writer was killed).

    ``min_age``: only if it was last written at least that many seconds ago.
    """
    if sys.platform == "win32":
        with contextlib.suppress(OSError):  # Windows refuses while its writer has it open
            found = os.lstat(temp)
            if stat.S_ISREG(found.st_mode) and _old_enough(found.st_mtime, min_age):
                os.unlink(temp)
        return
    try:
        fd = os.open(temp, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return
    try:
        found = os.fstat(fd)
        if not stat.S_ISREG(found.st_mode) or not _old_enough(found.st_mtime, min_age):
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return  # held by a writer that is still running (or locks are not available)
        now = os.lstat(temp)
        if (now.st_dev, now.st_ino) == (found.st_dev, found.st_ino):
            os.unlink(temp)
    except OSError:
        return
    finally:
        os.close(fd)


def remove_abandoned_temps(path: Path) -> None:
    """Remove temporary files that killed exports left in ``path``'s folder.

    Only this writer's own names, only regular files, and only those no
    running writer holds: for ``path`` (``.NAME.xxxxxxxx.tmp``) whatever
    their age; for other handouts and case files in the folder
    (``.OTHER.pdf.xxxxxxxx.tmp``, ``.OTHER.json.xxxxxxxx.tmp``) only once
    they are more than :data:`STALE_AFTER_S` old. Best effort.
    """
    pattern = _stale_pattern(path)
    try:
        with os.scandir(path.parent) as entries:
            names = [(Path(e.path), e.name) for e in entries]
    except OSError:
        return
    for temp, name in names:
        if pattern.fullmatch(name):
            _remove_if_abandoned(temp)
        elif _ANY_OF_OURS.fullmatch(name):
            _remove_if_abandoned(temp, STALE_AFTER_S)


def _keep_mode(fd: int, temp: Path | None, path: Path) -> None:
    """Give the new file the permissions of the file it replaces, if any."""
    with contextlib.suppress(OSError):
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        elif temp is not None:
            os.chmod(temp, mode)


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


def _through_links(path: Path) -> Path:
    """The file a symbolic link at ``path`` points to (at the end of any chain); else ``path``."""
    for _ in range(_MAX_LINKS):
        if not path.is_symlink():
            return path
        link = Path(os.readlink(path))
        path = link if link.is_absolute() else path.parent / link
    raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path))


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically, or raise WriteError and change nothing."""
    target, folder = path, path.absolute().parent
    #: The temporary names this write has given a file and not yet renamed into place.
    names: list[Path] = []
    try:
        try:
            target = _through_links(path)
            folder = target.absolute().parent
            if target.is_dir():
                raise _fail(path, N_("that is a folder; choose a file name"))
            if target.exists() and not target.is_file():
                # A device, pipe or socket: renaming over it would replace it (as root,
                # even /dev/full), and writing to it would not save anything.
                raise _fail(
                    path, N_("that is not an ordinary file (a device or other special file)")
                )
            if not folder.exists():
                raise _fail(path, NO_FOLDER, {"folder": str(folder)})
            if not folder.is_dir():
                raise _fail(path, NOT_A_FOLDER, {"folder": str(folder)})
            remove_abandoned_temps(target)
            fd, temp = _complete_temp(target, folder, data, names)
        except WriteError:
            raise
        except OSError as exc:
            raise _fail(path, *_reason(exc, folder)) from exc
        replacing = target if target.exists() else None
        try:
            try:
                with interrupts.deferred():  # renamed and forgotten, or neither
                    os.replace(temp, target)
                    _settled(names)
            finally:
                os.close(fd)  # after the rename: the lock is held until the file is in place
        except OSError as exc:
            raise _fail(path, *_reason(exc, folder, replacing)) from exc
    except BaseException:
        _discard(names)  # whatever went wrong, and wherever: no temporary file stays
        raise
    _sync_folder(folder)
