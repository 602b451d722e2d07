"""Undo and redo of input changes, including after New case and Open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from ui_fakes import FakeDialogs

from her2aid.core import casefile
from her2aid.core.examples import EXAMPLES_PACKAGE
from her2aid.ui.case_state import FormState
from her2aid.ui.main_window import MainWindow

EXAMPLES = Path(__file__).parents[2] / "src" / EXAMPLES_PACKAGE.replace(".", "/")


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))  # type: ignore[arg-type]


def test_undo_and_redo_a_toggle(window: MainWindow, qtbot: QtBot) -> None:
    ui = window.form.ui
    assert not window.ui.actionUndo.isEnabled()
    click(qtbot, ui.ihcTwo)
    assert window.ui.actionUndo.isEnabled()
    assert window.ui.actionUndo.text() == "&Undo HER2 IHC 2+"
    window.ui.actionUndo.trigger()
    assert ui.ihcNotDone.isChecked()
    assert window.form.state == FormState()
    assert not window.modified
    assert window.result is not None
    assert window.result.her2.status.value == "unknown"
    window.ui.actionRedo.trigger()
    assert ui.ihcTwo.isChecked()
    assert window.result.her2.status.value == "equivocal"


def test_typing_in_one_field_is_one_step(window: MainWindow, qtbot: QtBot) -> None:
    ui = window.form.ui
    qtbot.keyClicks(ui.ki67Percent, "35")
    qtbot.keyClicks(ui.erPercent, "80")
    assert window.undo_stack.count() == 2
    window.undo_stack.undo()
    assert ui.erPercent.text() == ""
    assert ui.erUnknown.isChecked()
    assert ui.ki67Percent.text() == "35"
    window.undo_stack.undo()
    assert ui.ki67Percent.text() == ""


def test_ctrl_z_in_a_text_field_undoes_the_case_not_just_the_field(
    window: MainWindow, qtbot: QtBot
) -> None:
    ui = window.form.ui
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    click(qtbot, ui.settingEarly)
    ui.ki67Percent.setFocus()
    qtbot.keyClicks(ui.ki67Percent, "20")
    qtbot.keyClick(ui.ki67Percent, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ui.ki67Percent.text() == ""
    qtbot.keyClick(ui.ki67Percent, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ui.settingUnknown.isChecked()
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(ui.ki67Percent, Qt.Key.Key_Z, shift_ctrl)
    qtbot.keyClick(ui.ki67Percent, Qt.Key.Key_Z, shift_ctrl)
    assert ui.settingEarly.isChecked()
    assert ui.ki67Percent.text() == "20"


def test_ctrl_y_redoes_too(window: MainWindow, qtbot: QtBot) -> None:
    """Windows' redo key, which users bring with them to every platform."""
    ui = window.form.ui
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    click(qtbot, ui.settingEarly)
    ui.ki67Percent.setFocus()
    qtbot.keyClick(ui.ki67Percent, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ui.settingUnknown.isChecked()
    qtbot.keyClick(ui.ki67Percent, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert ui.settingEarly.isChecked()


def test_undo_after_new_case_brings_the_case_back(window: MainWindow, qtbot: QtBot) -> None:
    window.open_example("tnbc-metastatic-pdl1")
    example = window.form.state
    window.ui.actionNewCase.trigger()
    assert window.form.state == FormState()
    assert window.document.name == "Untitled case"
    assert not window.modified
    window.ui.actionUndo.trigger()
    assert window.form.state == example
    assert window.document.name.startswith("Example: ")
    assert window.modified  # it differs from the new case last "saved"
    window.ui.actionRedo.trigger()
    assert window.form.state == FormState()


def test_undoing_an_open_detaches_the_opened_file(
    window: MainWindow, dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    click(qtbot, window.form.ui.ihcOne)
    dialogs.unsaved_answers.append("discard")
    dialogs.open_paths.append(EXAMPLES / "her2-null-early.json")
    window.open_case()
    assert window.document.path is not None
    window.undo_stack.undo()
    assert window.document.path is None  # Save would not overwrite her2-null-early.json
    assert window.form.state.ihc == "1+"


def test_the_title_follows_the_modified_state(window: MainWindow, qtbot: QtBot) -> None:
    assert not window.isWindowModified()
    click(qtbot, window.form.ui.esr1Yes)
    assert window.isWindowModified()
    window.undo_stack.undo()
    assert not window.isWindowModified()
    assert window.windowTitle() == "Untitled case[*] \u2014 her2aid"


def assert_form_shows_its_state(window: MainWindow) -> None:
    state = window.form.state
    for field, edit in window.form.texts.items():
        assert edit.text() == getattr(state, field), field
    for field, (group, values) in window.form.choices.items():
        if field in ("er_status", "pr_status"):
            continue  # these show the engine's category
        checked = group.checkedButton()
        assert checked is not None
        assert values[checked] == getattr(state, field), field


def test_the_form_always_shows_the_case_it_classifies(window: MainWindow, qtbot: QtBot) -> None:
    ui = window.form.ui
    window.open_example("ish-group3-recount-positive")
    ui.ishRatio.clear()  # any change of text, not only typing, reaches the case
    assert window.evaluation.inputs.her2.ish is not None
    assert window.form.state.ish_ratio == ""
    ui.ishRatio.undo()  # the field's own context-menu undo
    assert window.form.state.ish_ratio == "1.7"
    for _ in range(3):
        window.undo_stack.undo()
        assert_form_shows_its_state(window)
    for _ in range(3):
        window.undo_stack.redo()
        assert_form_shows_its_state(window)
    assert window.result is not None
    assert window.result.her2.ish_group == 3


def test_redo_after_save_as_returns_to_the_saved_file(
    window: MainWindow, dialogs: FakeDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    window.open_example("luminal-a-early")
    click(qtbot, window.form.ui.esr1Yes)
    target = tmp_path / "x.json"
    dialogs.save_paths.append(target)
    assert window.save_case_as()
    saved = window.form.state
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.document.path is None
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert window.form.state == saved
    assert window.document.path == target
    assert not window.modified
    assert window.windowTitle() == "x.json[*] \u2014 her2aid"
    assert window.windowFilePath() == str(target)
    click(qtbot, window.form.ui.esr1No)
    target.unlink()
    window.ui.actionSaveCase.trigger()
    assert "save_case_path" not in dialogs.names()[1:]  # Save writes there without asking
    saved_case = casefile.read(target)
    assert saved_case == window.evaluation.inputs
    assert saved_case.context.esr1 is False  # the change made after the redo


def test_a_case_saved_after_undoing_its_replacement_keeps_its_file(
    window: MainWindow, dialogs: FakeDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    window.open_example("luminal-a-early")
    window.new_case()
    window.undo_stack.undo()  # back on the example, New case still to redo
    target = tmp_path / "kept.json"
    dialogs.save_paths.append(target)
    assert window.save_case_as()
    window.undo_stack.redo()
    assert window.document.path is None
    window.undo_stack.undo()
    assert window.document.path == target
    assert not window.modified
