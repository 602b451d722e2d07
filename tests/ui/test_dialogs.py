"""The real dialog seam, with exec() answered by the test (nothing is shown or blocks)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from her2aid.ui.dialogs import Dialogs


@pytest.fixture
def parent(configured_app: QApplication, qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(
    ("button", "choice"),
    [
        (QMessageBox.StandardButton.Save, "save"),
        (QMessageBox.StandardButton.Discard, "discard"),
        (QMessageBox.StandardButton.Cancel, "cancel"),
    ],
)
def test_unsaved_changes_maps_the_buttons(
    parent: QWidget,
    monkeypatch: pytest.MonkeyPatch,
    button: QMessageBox.StandardButton,
    choice: str,
) -> None:
    seen: list[QMessageBox] = []

    def answer(box: QMessageBox) -> int:
        seen.append(box)
        return int(button.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert Dialogs().unsaved_changes(parent, "case.json") == choice
    (box,) = seen
    assert "case.json" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Save)
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Save).text() == "&Save"
    assert box.button(QMessageBox.StandardButton.Discard).text() == "&Don't save"


def test_error_shows_text_and_details(parent: QWidget, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box) or 0)
    Dialogs().error(parent, "Could not save", "x.json: Permission denied.", "Nothing was lost.")
    (box,) = seen
    assert box.windowTitle() == "Could not save"
    assert box.informativeText() == "Nothing was lost."


@pytest.mark.parametrize("method", ["open_case_path", "save_case_path", "export_pdf_path"])
def test_file_dialogs_are_qts_own_and_return_the_chosen_path(
    parent: QWidget, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, method: str
) -> None:
    chosen = tmp_path / "chosen.json"
    chosen.write_text("{}", encoding="utf-8")
    seen: list[QFileDialog] = []

    def accept(dialog: QFileDialog) -> int:
        seen.append(dialog)
        dialog.selectFile(str(chosen))
        return int(QFileDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QFileDialog, "exec", accept)
    path = getattr(Dialogs(), method)(parent, tmp_path / "suggested.json")
    assert path == chosen
    (dialog,) = seen
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)  # no "recent files" entry
    saving = method != "open_case_path"
    assert (dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave) is saving


def test_a_cancelled_file_dialog_returns_none(
    parent: QWidget, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(QFileDialog, "exec", lambda _d: int(QFileDialog.DialogCode.Rejected.value))
    assert Dialogs().open_case_path(parent, tmp_path) is None


@pytest.mark.parametrize("press_go", [True, False])
def test_confirm_goes_ahead_only_on_its_own_button(
    parent: QWidget, monkeypatch: pytest.MonkeyPatch, press_go: bool
) -> None:
    seen: list[QMessageBox] = []

    def answer(box: QMessageBox) -> int:
        seen.append(box)
        go = next(b for b in box.buttons() if b.text() == "Export PDF")
        (go if press_go else box.button(QMessageBox.StandardButton.Cancel)).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    ok = Dialogs().confirm(parent, "Empty", "Nothing entered.", "Export anyway?", "Export PDF")
    assert ok is press_go
    (box,) = seen
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
