"""Termination signals (Ctrl+C, ``kill``, a closed terminal): end quietly, leave nothing half-done.

The command line turns SIGINT, SIGTERM and SIGHUP into :class:`Interrupted`
while a command runs: the exception unwinds through the atomic writer, which
removes its temporary file, and the command exits with the shell's
``128 + signal`` code and no traceback. The window instead asks its event loop
to stop (``her2aid.ui.app``), so a file being written is finished first.
A SIGKILL cannot be caught; the atomic writer copes with it on its own.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any

#: The signals that ask a process to end and can be caught (SIGHUP is POSIX only).
SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)

Handler = Callable[[int, FrameType | None], Any]


class Interrupted(BaseException):
    """A termination signal arrived; raised where the program was, to unwind it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        """What a shell reports for a process ended by this signal."""
        return 128 + self.signum


def install(handler: Handler) -> dict[signal.Signals, Any]:
    """Route every signal in SIGNALS to ``handler``; returns the previous handlers."""
    previous: dict[signal.Signals, Any] = {}
    for sig in SIGNALS:
        with contextlib.suppress(ValueError, OSError):  # not the main thread, or not settable
            previous[sig] = signal.signal(sig, handler)
    return previous


def restore(previous: dict[signal.Signals, Any]) -> None:
    """Put back the handlers :func:`install` replaced."""
    for sig, handler in previous.items():
        with contextlib.suppress(ValueError, OSError, TypeError):
            signal.signal(sig, handler)


def _raise_interrupted(signum: int, frame: FrameType | None) -> None:
    # The run is ending: a second Ctrl+C must not interrupt the clean-up of the first.
    for sig in SIGNALS:
        with contextlib.suppress(ValueError, OSError):
            signal.signal(sig, signal.SIG_IGN)
    raise Interrupted(signum)


@contextlib.contextmanager
def raising() -> Iterator[None]:
    """Within the block, SIGINT, SIGTERM and SIGHUP raise :class:`Interrupted`."""
    previous = install(_raise_interrupted)
    try:
        yield
    finally:
        restore(previous)
