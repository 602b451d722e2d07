"""One crash path: every unhandled exception is logged, reported, and survived when possible.

``install()`` hooks ``sys.excepthook`` and ``threading.excepthook`` and turns
on ``faulthandler`` (into a file beside the log) for hard crashes. A crash is
written to the log with a report (app, ruleset and content versions, OS,
traceback) and handed to a ``show`` callback: the window passes one that
opens a dialog with copyable details; scripts and ``--no-crash-dialog`` pass
none. ``show`` is called on the thread that crashed, which may be a worker
thread: a GUI must hand the report to its own thread (``her2aid.ui.app``
does). Nothing is ever uploaded.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import IO

from her2aid import __version__, applog

log = logging.getLogger(__name__)

Show = Callable[[str], None]

_show: Show | None = None
_fault_file: IO[str] | None = None
#: Per thread: set while that thread reports a crash (a crash inside the report is only logged;
#: another thread's crash meanwhile is still reported).
_reporting = threading.local()


def report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The text a user can copy into an e-mail to whoever supports the app."""
    versions = [f"her2aid {__version__}"]
    try:
        from her2aid.core import content

        c = content.load()
        versions.append(f"ruleset {c.ruleset.version} ({c.ruleset.date})")
        versions.append(f"content {c.about.content_version} ({c.about.content_date})")
    except Exception:  # the content itself may be what is broken
        versions.append("content: could not be loaded")
    qt = sys.modules.get("PySide6")
    if qt is not None:
        versions.append(f"PySide6 {getattr(qt, '__version__', '?')}")
    import platform  # only once something has gone wrong

    lines = [
        "her2aid crash report",
        " / ".join(versions),
        f"{platform.platform()}; Python {platform.python_version()}",
        f"log file: {applog.log_file() or 'none'}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return "\n".join(lines)


def handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log an unhandled exception and show it, without ever raising from here."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if getattr(_reporting, "active", False):  # a crash while reporting one: log only
        log.critical("unhandled exception while reporting another", exc_info=(exc_type, exc, tb))
        return
    _reporting.active = True
    try:
        text = report(exc_type, exc, tb)
        log.critical("unhandled exception\n%s", text)
        if _show is not None:
            _show(text)
    except Exception:
        log.exception("the crash handler itself failed")
    finally:
        _reporting.active = False


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    handle(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)


def install(show: Show | None = None) -> None:
    """Route unhandled exceptions (all threads) and hard faults to the log and ``show``."""
    global _show, _fault_file
    _show = show
    sys.excepthook = handle
    threading.excepthook = _thread_hook
    path = applog.log_file()
    if path is not None and _fault_file is None:
        try:
            _fault_file = open(path.with_name("faults.log"), "a", encoding="utf-8")  # noqa: SIM115
            faulthandler.enable(_fault_file)
        except OSError:
            _fault_file = None


def uninstall() -> None:
    """Restore the default hooks (tests)."""
    global _show, _fault_file
    _show = None
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    if _fault_file is not None:
        faulthandler.disable()
        _fault_file.close()
        _fault_file = None
