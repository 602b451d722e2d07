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
from ui_fakes import FakeDialogs

from her2aid.core.language import SOURCE
from her2aid.qtbase.settings import Settings
from her2aid.ui import translation
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
def language() -> str:
    """The window's language in a test (a test or module overrides it, e.g. "es")."""
    return SOURCE


@pytest.fixture
def window_language(configured_app: QApplication, language: str) -> Iterator[str]:
    """The interface in ``language`` for the test, English again after it."""
    assert translation.install(configured_app, language) == language
    try:
        yield language
    finally:
        translation.install(configured_app, SOURCE)


@pytest.fixture
def window(
    window_language: str, qtbot: QtBot, dialogs: FakeDialogs, settings: Settings
) -> Iterator[MainWindow]:
    """A shown main window with the scripted dialogs, closed without questions at the end."""
    win = MainWindow(dialogs=dialogs, settings=settings)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    win.undo_stack.setClean()  # teardown closes the window: no unsaved-changes question
