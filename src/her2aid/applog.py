"""Where her2aid writes its log, and what it never writes there.

One log file in the platform's log folder, for the window and the command
line alike, started afresh at 1 MB with four old ones kept; nothing goes to
the terminal, so a command's error stays one line. The log records events
(started, case opened, export failed and why), never what is in a case: no
receptor values, no file paths (a file name can be a patient's name), no
patient or clinic names. As a second line of defence, :func:`redact`
registers strings (a typed patient name) that a filter then replaces
wherever they would appear in a record.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

import platformdirs

APP = "her2aid"
LOG_NAME = "her2aid.log"
MAX_BYTES = 1_000_000
BACKUPS = 4
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_redacted: set[str] = set()
_configured_dir: Path | None = None
_handler: logging.Handler | None = None
_log_file: Path | None = None


def log_dir() -> Path:
    """The platform log folder (``HER2AID_LOG_DIR`` overrides it, e.g. in tests)."""
    override = os.environ.get("HER2AID_LOG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def redact(text: str) -> None:
    """Never let ``text`` (e.g. a patient name typed into a field) reach the log."""
    if text.strip():
        _redacted.add(text.strip())


class _RedactingFormatter(logging.Formatter):
    """Replace every registered sensitive string in the finished log line.

    The whole formatted text is redacted, traceback and stack included: a name
    can sit in an exception's message, which a filter on the record's message
    alone would miss.
    """

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in _redacted:
            text = text.replace(secret, "[redacted]")
        return text


def _rotate(path: Path) -> None:
    """Move a full log aside as ``.1``, shifting older ones along; BACKUPS are kept.

    The names are those of logging's RotatingFileHandler (``her2aid.log.1`` is
    the newest old file). The live file is moved first: if that fails (another
    her2aid has it open on Windows) nothing has changed and it is simply
    appended to; only then are the old files shifted, so a failure never costs
    an old log.
    """
    moving = path.with_name(f"{path.name}.rotating")
    try:
        os.replace(path, moving)
    except OSError:
        return  # no log yet, or in use elsewhere: keep appending
    try:
        for n in range(BACKUPS - 1, 0, -1):
            older = path.with_name(f"{path.name}.{n}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{n + 1}"))
        os.replace(moving, path.with_name(f"{path.name}.1"))
    except OSError:
        # An old file is in use: put the log back and append to it; try again next time.
        with contextlib.suppress(OSError):
            os.replace(moving, path)


class _LogFile(logging.FileHandler):
    """A log file that starts afresh once it reaches MAX_BYTES, at launch or while running.

    What logging.handlers.RotatingFileHandler does, without importing that
    module: it brings sockets, pickle and queues, about 4 ms of every start.
    """

    def __init__(self, path: Path) -> None:
        if _size(path) >= MAX_BYTES:
            _rotate(path)
        # Text that is not valid Unicode (a lone surrogate from a file name) is
        # escaped rather than failing the record.
        super().__init__(path, encoding="utf-8", errors="backslashreplace")

    def emit(self, record: logging.LogRecord) -> None:
        """Write the record; then rotate if the file is full (the handler's lock is held)."""
        super().emit(record)
        stream = self.stream
        if stream is not None and stream.tell() >= MAX_BYTES:
            self.stream = None  # FileHandler reopens when None
            stream.close()
            _rotate(Path(self.baseFilename))
            self.stream = self._open()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send all logging to the log file; returns its path, or None if unwritable.

    Safe to call more than once. When the folder cannot be created or written
    (a locked-down profile), logging is dropped rather than breaking the app.
    """
    global _configured_dir, _handler, _log_file
    folder = log_dir()
    if _configured_dir == folder:
        return log_file()
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.setLevel(level)
    # Without any handler, Python prints warnings to stderr (logging.lastResort);
    # the CLI's stderr is reserved for its one-line messages.
    logging.lastResort = None
    # ...and a record that cannot be written is dropped, not reported there with a traceback.
    logging.raiseExceptions = False
    path: Path | None = folder / LOG_NAME
    handler: logging.Handler
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(folder / LOG_NAME)
    except OSError:
        handler, path = logging.NullHandler(), None
    handler.setFormatter(_RedactingFormatter(FORMAT))
    root.addHandler(handler)
    _handler, _configured_dir, _log_file = handler, folder, path
    logging.getLogger(__name__).info(
        "her2aid started (%s, Python %s)", sys.platform, sys.version.split()[0]
    )
    return path


def log_file() -> Path | None:
    """The current log file, if logging to a file is set up."""
    return _log_file
