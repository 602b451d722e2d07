"""Start the window: QApplication setup and :func:`run`.

Imported only when the window is wanted (``her2aid`` with no command), so the
command-line subcommands never load Qt.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QSocketNotifier, QTimer, Signal, Slot
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication, QDialog

from her2aid import __version__, interrupts
from her2aid.core.errors import one_line
from her2aid.qtbase.fonts import register_fonts
from her2aid.qtbase.resources import register_resources

if TYPE_CHECKING:
    from her2aid.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: How long --startup-check waits for the window and its first summary.
STARTUP_CHECK_TIMEOUT_S = 30.0

#: Where Qt's own settings would go: nowhere. Qt's file dialog otherwise
#: records the folders it visited in ~/.config/QtProject.conf, and her2aid
#: writes nothing about a patient unless the user saves a case.
_NO_SETTINGS_PATH = os.devnull + "/her2aid-writes-no-settings"


@dataclass(frozen=True)
class LaunchOptions:
    """Command-line options the window was started with."""

    startup_check: bool = False
    no_crash_dialog: bool = False
    language: str = "en"


_options = LaunchOptions()


def launch_options() -> LaunchOptions:
    """The options of this run (read by the crash handler)."""
    return _options


def keep_settings_off_disk() -> None:
    """Point every QSettings file at a path that cannot be created."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, _NO_SETTINGS_PATH)


def configure(app: QApplication, language: str | None = None) -> str:
    """Names, icon, fonts, language and no settings files; call once, before any window.

    ``language`` is the one asked for (``--language``); None means the one
    chosen in Preferences, else the system's if her2aid has it, else English.
    Returns the language chosen.
    """
    register_resources()
    app.setApplicationName("her2aid")
    app.setOrganizationName("her2aid")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("her2aid")
    app.setWindowIcon(QIcon(":/icons/her2aid.svg"))
    keep_settings_off_disk()
    register_fonts()
    from her2aid.ui import style

    style.install(app)  # Fusion's radio and check marks fail WCAG contrast on dark palettes
    from her2aid.ui import translation

    return translation.install(app, translation.choose(language or _preferred_language()))


def _preferred_language() -> str | None:
    """The window language chosen in Preferences, if it is still installed (None: the system's)."""
    from her2aid.core.language import installed_codes
    from her2aid.qtbase.settings import Settings

    chosen = Settings().get("window_language")
    return chosen if chosen in installed_codes() else None


def _readable_case(path: Path) -> bool:
    """True if the core accepts the case file; otherwise say why on stderr."""
    from her2aid.core import casefile
    from her2aid.core.errors import InputError

    try:
        casefile.read(path)
    except InputError as exc:
        print(f"her2aid: error: {one_line(f'{path}: {exc}')}", file=sys.stderr)
        return False
    return True


def _show_crash(report: str) -> None:
    """The crash dialog, imported only if something goes wrong (GUI thread only)."""
    from her2aid.ui.crash_dialog import show_crash

    show_crash(report)


class CrashRelay(QObject):
    """Hands crash reports to the GUI thread, whichever thread crashed.

    It lives in the thread that created it (the GUI thread). ``reported`` is
    connected with Qt's automatic connection: emitted on the GUI thread it
    shows the report at once; emitted from a worker (``threading.excepthook``)
    it is queued, and the dialog opens from the GUI thread's event loop.
    """

    reported = Signal(str)

    def __init__(self, show: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show = show
        self._waiting: list[str] = []
        self._showing = False
        self.reported.connect(self._on_reported)

    def show(self, report: str) -> None:
        """Show ``report``; safe to call from any thread."""
        self.reported.emit(report)

    @Slot(str)
    def _on_reported(self, report: str) -> None:
        # One dialog at a time: a report that arrives while one is open (its modal
        # loop delivers queued signals) waits until that one is closed.
        self._waiting.append(report)
        if self._showing:
            return
        self._showing = True
        try:
            while self._waiting:
                self._show(self._waiting.pop(0))
        finally:
            self._showing = False


def crash_show(app: QApplication) -> Callable[[str], None]:
    """The ``show`` for :func:`her2aid.crash.install`: the dialog, on the GUI thread.

    Call it on the GUI thread; the relay is a child of ``app``.
    """
    return CrashRelay(_show_crash, app).show


class Her2aidApplication(QApplication):
    """QApplication that also takes the case files the system asks it to open.

    On macOS a double-clicked file arrives as a QFileOpenEvent sent to the
    application object, not on the command line. Overriding :meth:`event`
    sees only the few events sent to the application itself; an
    application-wide event filter would run Python for every event of every
    widget (measured: about 20 ms of start-up, and a cost on every repaint).
    """

    file_open_requested = Signal(str)

    def event(self, event: QEvent) -> bool:
        """Turn FileOpen into :attr:`file_open_requested`; the rest goes to Qt."""
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file() or event.url().toLocalFile()
            if name:
                self.file_open_requested.emit(name)
            return True
        return super().event(event)


class FileOpener(QObject):
    """Opens the files the application is asked to open, as File > Open does.

    It asks about unsaved changes first; that happens from the event loop, not
    inside the event's delivery, so a question never runs nested in the
    system's event handling. A child of the window: closing the window ends it.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    @Slot(str)
    def request(self, name: str) -> None:
        """Open ``name`` once control is back in the event loop."""
        path = Path(name)
        QTimer.singleShot(0, self._window, lambda: self._open(path))

    def _open(self, path: Path) -> None:
        self._window.raise_()
        self._window.activateWindow()
        self._window.open_file(path)


def open_files_from_the_system(app: QApplication, window: MainWindow) -> FileOpener | None:
    """Let ``window`` open the files the system asks ``app`` to open.

    Returns the opener, or None when ``app`` is not a :class:`Her2aidApplication`
    (someone else's QApplication, e.g. in a test harness): then files arrive
    only through ``--open``.
    """
    if not isinstance(app, Her2aidApplication):
        return None
    opener = FileOpener(window)
    app.file_open_requested.connect(opener.request)
    return opener


class Ending(QObject):
    """Ends the application once a termination signal asked for it, whatever loop is running.

    ``QApplication.exit`` stops every event loop running at that moment, a
    modal dialog's included, and makes any loop started afterwards return at
    once, until ``app.exec()`` starts, which forgets the request. A signal
    that arrives before the main loop (``--open`` of a refused file shows its
    error first) would be lost that way, so a timer, which fires only inside
    a running loop, asks again, and closes (rejects) any modal dialog still
    open: Cancel, never Save or Discard.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        #: The exit code asked for (128 + the first signal), or None.
        self.code: int | None = None
        self._again = QTimer(self)
        self._again.setInterval(10)
        self._again.timeout.connect(self._end)

    def request(self, signum: int) -> None:
        """End with 128 + ``signum`` (the first signal's, if several arrive)."""
        if self.code is None:
            log.info("window ended by signal %d", signum)
            self.code = interrupts.exit_code(signum)
        self._app.exit(self.code)  # the loops running now, nested ones included
        self._again.start()  # and the main loop, if it has not started yet

    def _end(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.isModal():
                if isinstance(widget, QDialog):
                    widget.reject()
                else:
                    widget.close()
        if self.code is not None:
            self._app.exit(self.code)


def end_on_signals(app: QApplication) -> Ending | None:
    """SIGTERM, SIGHUP and SIGINT end the event loop, with exit code 128 + the signal.

    Python runs a signal handler only between its own instructions, which
    never happens while Qt waits for events; a pipe the signal writes to
    (``signal.set_wakeup_fd``) wakes the event loop so the handler runs at
    once. The handler only asks the loop to stop: an export or save in
    progress runs to its end first, so no temporary file is left behind. No
    question is asked about unsaved changes (nobody may be there to answer),
    as when the session ends; an open dialog is cancelled (:class:`Ending`).
    Returns the :class:`Ending` (None on Windows, which sends these signals
    to console programs only).
    """
    if os.name != "posix":
        return None
    read_end, write_end = os.pipe()
    for fd in (read_end, write_end):
        os.set_blocking(fd, False)
    signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    notifier = QSocketNotifier(read_end, QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(OSError):
            os.read(read_end, 512)

    notifier.activated.connect(drain)
    ending = Ending(app)

    def stop(signum: int, _frame: object) -> None:
        ending.request(signum)

    interrupts.install(stop)
    return ending


def _no_display() -> bool:
    """True on Linux when no platform was chosen and there is no display to open."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(
    *,
    startup_check: bool = False,
    no_crash_dialog: bool = False,
    open_path: Path | None = None,
    language: str | None = None,
) -> int:
    """Open the window and run until it is closed; returns the exit code.

    With ``startup_check`` the window is opened, and as soon as it is shown
    with its first summary rendered the process exits 0 (1 on a timeout).
    With ``open_path`` the case is opened once the window is up; a file the
    core refuses is explained in the window, which starts with a new case.
    ``language``: the window's (None: the system's if her2aid has it, else English).
    """
    global _options
    _options = LaunchOptions(startup_check=startup_check, no_crash_dialog=no_crash_dialog)
    if _no_display():
        print(
            "her2aid: error: no display found (DISPLAY is not set). "
            "For a headless check, set QT_QPA_PLATFORM=offscreen.",
            file=sys.stderr,
        )
        return 1
    if startup_check and open_path is not None and not _readable_case(open_path):
        return 2  # a scripted run gets one line, not a modal dialog nobody will close
    from her2aid import crash
    from her2aid.qtbase import qtlog

    qtlog.install()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else Her2aidApplication(sys.argv[:1])
    chosen = configure(app, language)
    _options = LaunchOptions(
        startup_check=startup_check, no_crash_dialog=no_crash_dialog, language=chosen
    )
    end_on_signals(app)
    if no_crash_dialog:
        crash.install(show=None)  # scripted runs: log only, never a modal dialog
    else:
        crash.install(show=crash_show(app))  # thread-safe: the dialog opens on this thread

    from her2aid.ui.main_window import MainWindow

    window = MainWindow()
    if open_files_from_the_system(app, window) is None:  # macOS: double-clicked in Finder
        log.warning("not her2aid's application object: files from the system are not opened")
    window.show()
    if open_path is not None:
        window.open_path(open_path)  # a refused file is explained over the window
    if startup_check:
        _exit_when_ready(app, window)
    code = app.exec()
    window.deleteLater()
    return code


def _exit_when_ready(app: QApplication, window: MainWindow) -> None:
    started = time.monotonic()

    def check() -> None:
        handle = window.windowHandle()
        shown = window.isVisible() and handle is not None and handle.isExposed()
        if shown and window.summary.render_count > 0:
            print(
                "her2aid: startup check passed (window shown, summary rendered): "
                + window.windowTitle().replace("[*]", ""),
                flush=True,
            )
            app.exit(0)
        elif time.monotonic() - started > STARTUP_CHECK_TIMEOUT_S:
            print("her2aid: startup check failed: window not shown in time", file=sys.stderr)
            app.exit(1)
        else:
            QTimer.singleShot(5, check)

    QTimer.singleShot(0, check)
