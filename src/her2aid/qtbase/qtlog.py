"""Route Qt's own messages (qWarning, qCritical...) into Python logging.

Otherwise Qt prints them to stderr, where a double-clicked app loses them and
a command's one-line error message gets company.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("her2aid.qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "qt"
    log.log(_LEVELS.get(kind, logging.WARNING), "[%s] %s", category, message)


def install() -> None:
    """Send every Qt message to the ``her2aid.qt`` logger from now on."""
    qInstallMessageHandler(_handler)
