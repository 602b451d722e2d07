"""Fixtures for the window tests: a scripted dialog seam and a shown window.

No test may open a real modal dialog (it would block the run): every
``exec()`` of a Qt dialog class fails the test instead, and the window gets a
:class:`FakeDialogs` that answers from a script and records what was asked.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from ui_fakes import FakeDialogs, shown_window

from her2aid.qtbase.settings import Settings
from her2aid.ui.app import configure
from her2aid.ui.main_window import MainWindow


def _blocked(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("a test opened a blocking dialog; route it through her2aid.ui.dialogs")


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail, never hang, if anything calls exec() on a dialog or a static dialog helper."""
    for cls in (QDialog, QMessageBox, QFileDialog, QPrintDialog, QPrintPreviewDialog):
        monkeypatch.setattr(cls, "exec", _blocked)
    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, _blocked)
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, _blocked)


@pytest.fixture(scope="session")
def configured_app(qapp: QApplication) -> QApplication:
    """pytest-qt's QApplication, set up as the app sets it up (fonts, no settings files)."""
    configure(qapp, "en")  # whatever the machine's locale: the tests read English
    return qapp


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def settings(tmp_path_factory: pytest.TempPathFactory, configured_app: QApplication) -> Settings:
    """A fresh preferences file for each test (never the real one), apart from tmp_path."""
    return Settings(tmp_path_factory.mktemp("settings") / "her2aid.ini")


@pytest.fixture
def window(
    configured_app: QApplication, qtbot: QtBot, dialogs: FakeDialogs, settings: Settings
) -> Iterator[MainWindow]:
    """A shown main window with the scripted dialogs, closed without questions at the end."""
    yield from shown_window(qtbot, dialogs, settings)
