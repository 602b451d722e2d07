"""Register the bundled DejaVu Sans fonts with Qt, once per process.

A machine with no system fonts otherwise prints every glyph as a box in the
PDF, silently (../shared/reference/tech.md, trap 1). The fonts ship inside the
bundled Qt resources (resources/fonts, see :mod:`her2aid.qtbase.resources`).
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from her2aid.qtbase.resources import register_resources

log = logging.getLogger(__name__)

FAMILY = "DejaVu Sans"
FONT_FILES = (":/fonts/DejaVuSans.ttf", ":/fonts/DejaVuSans-Bold.ttf")

_registered: str | None = None


def register_fonts() -> str:
    """Make the bundled family available; returns its family name.

    Needs a QGuiApplication. Safe to call more than once.
    """
    global _registered
    if _registered is None:
        register_resources()
        for path in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(path)
            if font_id < 0:
                log.error("could not load bundled font %s", path)
                continue
        _registered = FAMILY
    return _registered
