"""Termination signals (Ctrl+C, ``kill``, a closed terminal): end quietly, leave nothing half-done.

The command line (:func:`quietly`, from the first line of ``cli.main``) ends
at once on SIGINT, SIGTERM or SIGHUP: it removes the temporary files the
atomic writer has registered (:func:`remove_on_signal`), logs one line and
leaves with ``os._exit(128 + signal)``. No exception is raised into the code
that was running, so a signal that arrives while PySide6 is being imported,
while Qt paints a page or anywhere else in third-party code cannot turn into
a traceback, a Python fatal error or a Qt warning; and no Python or Qt
clean-up runs after it, so nothing else can print either.

The window instead asks its event loop to stop (``her2aid.ui.app``), so a
file being written is finished first.

Whichever handler is installed, the short steps that create, name or rename
a temporary file run inside :func:`deferred`: the signals are blocked there
(``pthread_sigmask``) and a handler that runs anyway (a signal received by
another thread) is put off until the step, and its registration, are done.
So the files registered are always exactly the temporary files on disk.

A SIGKILL cannot be caught; the atomic writer copes with it on its own.
Nor can anything be done once Python has finished and shuts down (it gives
the signals back to the system first): a signal then, with the work done,
ends the process the system's way, which a shell also reports as 128 + N.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

log = logging.getLogger(__name__)

#: The signals that ask a process to end and can be caught (SIGHUP is POSIX only).
SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)

Handler = Callable[[int, FrameType | None], Any]

#: Files (and folders) to remove if the process is ended by a signal: the temporary
#: files being written, which may hold a patient's name.
_to_remove: set[str] = set()
#: How many :func:`deferred` blocks the main thread is in, and the signal that
#: arrived meanwhile with the handler it was meant for.
_depth = 0
_pending: tuple[int, Handler] | None = None
#: What :func:`quietly` logs (the command, or the window while it starts).
_what = "her2aid"


def exit_code(signum: int) -> int:
    """What a shell reports for a process ended by signal ``signum``."""
    return 128 + signum


def remove_on_signal(path: Path | str) -> None:
    """Remove ``path`` (a file or a folder) if a signal ends the process before :func:`keep`."""
    _to_remove.add(os.path.abspath(path))


def keep(path: Path | str) -> None:
    """``path`` is settled (renamed into place or already removed): leave it alone."""
    _to_remove.discard(os.path.abspath(path))


def remove_registered() -> None:
    """Remove every registered file and folder now (best effort)."""
    for name in sorted(_to_remove):
        with contextlib.suppress(OSError):
            if os.path.isdir(name) and not os.path.islink(name):
                shutil.rmtree(name, ignore_errors=True)
            else:
                os.unlink(name)
    _to_remove.clear()


def _dispatch(handler: Handler) -> Handler:
    """``handler``, put off while the main thread is inside :func:`deferred`."""

    def dispatch(signum: int, frame: FrameType | None) -> Any:
        global _pending
        if _depth:
            if _pending is None:  # the first request is the one answered
                _pending = (signum, handler)
            return None
        return handler(signum, frame)

    return dispatch


def install(handler: Handler) -> dict[signal.Signals, Any]:
    """Route every signal in SIGNALS to ``handler``; returns the previous handlers."""
    previous: dict[signal.Signals, Any] = {}
    wrapped = _dispatch(handler)
    for sig in SIGNALS:
        with contextlib.suppress(ValueError, OSError):  # not the main thread, or not settable
            previous[sig] = signal.signal(sig, wrapped)
    return previous


def restore(previous: dict[signal.Signals, Any]) -> None:
    """Put back the handlers :func:`install` replaced."""
    for sig, handler in previous.items():
        with contextlib.suppress(ValueError, OSError, TypeError):
            signal.signal(sig, handler)


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def deferred() -> Iterator[None]:
    """Within the block, SIGINT, SIGTERM and SIGHUP wait; they take effect when it ends.

    For steps that must not be cut in two: creating or naming a temporary
    file and registering it, renaming it and forgetting it. Keep the block
    to a few system calls: the user's Ctrl+C waits for it.
    """
    global _depth, _pending
    if not _in_main_thread():  # Python runs handlers in the main thread only
        yield
        return
    blocked = False
    if hasattr(signal, "pthread_sigmask"):
        with contextlib.suppress(OSError, ValueError):
            signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)
            blocked = True
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if blocked and _depth == 0:
            # A signal that arrived meanwhile is delivered here, and (with _depth
            # back at 0) its handler runs at once.
            with contextlib.suppress(OSError, ValueError):
                signal.pthread_sigmask(signal.SIG_UNBLOCK, SIGNALS)
        if _depth == 0 and _pending is not None:
            signum, handler = _pending
            _pending = None
            handler(signum, None)


def _end_now(signum: int, _frame: FrameType | None) -> None:
    """Remove what is half-written, log one line, and end with 128 + the signal."""
    for sig in SIGNALS:  # a second Ctrl+C must not interrupt the clean-up of the first
        with contextlib.suppress(ValueError, OSError):
            signal.signal(sig, signal.SIG_IGN)
    try:
        with contextlib.suppress(BaseException):  # nothing may stop the exit below
            remove_registered()
            log.info("%s ended by signal %d", _what, signum)
    finally:
        os._exit(exit_code(signum))


def describe(what: str) -> None:
    """Name the run in the log line :func:`quietly` writes (e.g. the command)."""
    global _what
    _what = what


@contextlib.contextmanager
def quietly(what: str = "her2aid", *, to_the_end: bool = False) -> Iterator[None]:
    """Within the block, SIGINT, SIGTERM and SIGHUP end the process at once, quietly.

    Registered temporary files are removed first; the exit code is 128 + the
    signal; nothing is printed. The window replaces this with its own handler
    once its event loop can take the request (``ui.app.end_on_signals``).

    ``to_the_end``: the block is the whole program, so keep ending quietly
    after it too (while Python and Qt shut down) instead of putting back the
    handlers found on entry, which a caller in the same process (a test) needs.
    """
    describe(what)
    previous = install(_end_now)
    try:
        yield
    finally:
        if to_the_end:
            install(_end_now)  # also in place of whatever the block installed (the window's)
        else:
            restore(previous)
