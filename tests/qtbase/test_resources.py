"""The bundled resources: every file in resources/her2aid.qrc is served under ``:/``."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QFile
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from her2aid.qtbase import resources
from her2aid.qtbase.fonts import FAMILY, FONT_FILES, register_fonts

ROOT = Path(__file__).resolve().parents[2]


def qrc_files() -> list[str]:
    return re.findall(r"<file>([^<]+)</file>", (ROOT / "resources/her2aid.qrc").read_text())


def test_every_listed_file_is_served_byte_for_byte(qapp: QApplication) -> None:
    assert resources.register_resources()
    assert resources.register_resources()  # a second call is a no-op, still True
    assert qrc_files()
    for name in qrc_files():
        served = QFile(f":/{name}")
        assert served.open(QFile.OpenModeFlag.ReadOnly), name
        assert bytes(served.readAll().data()) == (ROOT / "resources" / name).read_bytes(), name


def test_the_bundled_fonts_are_registered(qapp: QApplication) -> None:
    assert register_fonts() == FAMILY
    assert FAMILY in QFontDatabase.families()
    assert all(f":/{name}" in FONT_FILES or not name.endswith(".ttf") for name in qrc_files())


def test_a_missing_resource_file_is_logged_not_raised(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A damaged install: the window still opens, with the system fonts and no icon."""
    monkeypatch.setattr(resources, "RCC", "missing.rcc")
    monkeypatch.setattr(resources, "_registered", None)
    with caplog.at_level(logging.ERROR, logger="her2aid.qtbase.resources"):
        assert resources.register_resources() is False
        assert resources.register_resources() is False  # asked once, remembered
    assert [r.getMessage() for r in caplog.records] == [
        "could not register the bundled resources (missing.rcc)"
    ]
