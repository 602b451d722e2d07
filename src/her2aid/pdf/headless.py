"""A QGuiApplication for exporting without a window (``her2aid handout``).

Laying out and writing a PDF needs Qt's GUI module (fonts, text layout) but no
screen. The command therefore starts Qt on the ``offscreen`` platform: it works
the same on a desktop, over ssh and in CI, starts faster than a window-system
connection, and cannot abort the way Qt does when ``DISPLAY`` names a display
that is not there (Qt's failure to start a platform is fatal, not an
exception). A platform the user chose with ``QT_QPA_PLATFORM`` is respected,
with ``offscreen`` added as the fallback Qt tries if it cannot start.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from her2aid.qtbase import qtlog
from her2aid.qtbase.fonts import register_fonts

OFFSCREEN = "offscreen"


def platform_spec(environ: dict[str, str] | os._Environ[str]) -> str:
    """The QT_QPA_PLATFORM value to use for an export without a window."""
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if not chosen:
        return OFFSCREEN
    if OFFSCREEN in (p.split(":", 1)[0] for p in chosen.split(";")):
        return chosen
    return f"{chosen};{OFFSCREEN}"


def gui_application() -> QCoreApplication:
    """The running Qt application, or a new offscreen QGuiApplication; fonts registered.

    A new application sends Qt's messages to the log (``her2aid.qtbase.qtlog``).
    """
    app = QCoreApplication.instance()
    if app is None:
        # Qt's own warnings go to the log, not after the command's one line on stderr.
        qtlog.install()
        os.environ["QT_QPA_PLATFORM"] = platform_spec(os.environ)
        app = QGuiApplication(["her2aid"])
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("the handout needs a QGuiApplication, not a QCoreApplication")
    register_fonts()
    return app
