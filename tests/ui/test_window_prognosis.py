"""The PREDICT section of the window: inputs for early disease, estimate in the summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot
from ui_fakes import FakeDialogs

from her2aid.core import casefile
from her2aid.core.models import Setting
from her2aid.ui.main_window import MainWindow


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def type_into(qtbot: QtBot, window: MainWindow, field: str, text: str) -> None:
    edit = window.form.texts[field]
    edit.clear()
    qtbot.keyClicks(edit, text)


def early_her2_positive(qtbot: QtBot, window: MainWindow) -> None:
    ui = window.form.ui
    type_into(qtbot, window, "er_percent", "90")
    click(qtbot, ui.ihcThree)
    click(qtbot, ui.settingEarly)


def test_inputs_show_only_for_early_disease(window: MainWindow, qtbot: QtBot) -> None:
    ui = window.form.ui
    assert not ui.prognosisGroup.isVisible()
    click(qtbot, ui.settingMetastatic)
    assert not ui.prognosisGroup.isVisible()
    click(qtbot, ui.settingEarly)
    assert ui.prognosisGroup.isVisible()


def test_estimate_appears_and_follows_the_inputs(window: MainWindow, qtbot: QtBot) -> None:
    early_her2_positive(qtbot, window)
    assert "Enter age, invasive size and positive nodes" in window.summary.plain_text()
    type_into(qtbot, window, "prog_age", "52")
    type_into(qtbot, window, "prog_size", "22")
    type_into(qtbot, window, "prog_nodes", "1")
    click(qtbot, window.form.ui.progTrastuzumab)
    text = window.summary.plain_text()
    assert "PREDICT v2.2, overall survival" in text
    assert "+ Trastuzumab" in text
    inputs = window.evaluation.inputs
    assert inputs.prognosis is not None
    assert (inputs.prognosis.age, inputs.prognosis.size_mm, inputs.prognosis.nodes) == (52, 22, 1)
    click(qtbot, window.form.ui.progModelV21)
    assert "PREDICT v2.1, overall survival" in window.summary.plain_text()


def test_predict_refusal_is_marked_at_the_field(window: MainWindow, qtbot: QtBot) -> None:
    early_her2_positive(qtbot, window)
    type_into(qtbot, window, "prog_age", "20")
    type_into(qtbot, window, "prog_size", "22")
    type_into(qtbot, window, "prog_nodes", "0")
    error = window.form.ui.progAgeError
    assert error.isVisible()
    assert "between 25 and 85" in error.text()
    assert "between 25 and 85" in window.form.ui.progAge.accessibleDescription()
    summary = window.summary.plain_text()
    assert "No PREDICT estimate: Age at diagnosis: must be between 25 and 85" in summary
    type_into(qtbot, window, "prog_age", "30")
    assert not error.isVisible()


@pytest.mark.parametrize(
    ("field", "text", "label", "reason"),
    [
        ("prog_age", "abc", "progAgeError", "must be a number"),
        ("prog_nodes", "1.5", "progNodesError", "whole number"),
    ],
)
def test_a_refused_entry_shows_why_it_was_refused_not_that_it_is_needed(
    window: MainWindow, qtbot: QtBot, field: str, text: str, label: str, reason: str
) -> None:
    """PREDICT then finds the field empty too; the refusal is what the user must fix."""
    early_her2_positive(qtbot, window)
    for name, value in (("prog_age", "50"), ("prog_size", "22"), ("prog_nodes", "0")):
        type_into(qtbot, window, name, value)
    type_into(qtbot, window, field, text)
    error = getattr(window.form.ui, label)
    assert reason in error.text().lower()
    assert "needed" not in error.text().lower()


def test_not_a_whole_number_of_nodes_is_refused(window: MainWindow, qtbot: QtBot) -> None:
    early_her2_positive(qtbot, window)
    type_into(qtbot, window, "prog_nodes", "2.5")
    assert "whole number" in window.form.ui.progNodesError.text()
    inputs = window.evaluation.inputs
    assert inputs.prognosis is None or inputs.prognosis.nodes is None


def test_opening_an_example_with_a_prognosis_block_fills_the_section(window: MainWindow) -> None:
    window.open_example("luminal-a-early")
    ui = window.form.ui
    assert ui.prognosisGroup.isVisible()
    assert ui.progAge.text() == "62"
    assert ui.progGrade1.isChecked()
    assert ui.progEndocrine5.isChecked()
    assert ui.progBisphosphonates.isChecked()
    assert "PREDICT v2.2" in window.summary.plain_text()


def test_a_refused_entry_in_the_hidden_section_does_not_block_saving(
    window: MainWindow, qtbot: QtBot, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    ui = window.form.ui
    early_her2_positive(qtbot, window)
    type_into(qtbot, window, "prog_age", "abc")
    type_into(qtbot, window, "prog_size", "22")
    assert window.evaluation.problems
    click(qtbot, ui.settingMetastatic)
    assert not ui.prognosisGroup.isVisible()
    assert window.evaluation.problems == ()
    target = tmp_path / "metastatic.json"
    dialogs.save_paths.append(target)
    assert window.save_case_as()
    assert dialogs.errors() == []
    saved = casefile.read(target)
    assert saved.prognosis is None
    assert saved.context.setting is Setting.METASTATIC
    click(qtbot, ui.settingEarly)  # nothing typed was lost
    assert ui.progAge.text() == "abc"
    assert ui.progSize.text() == "22"
    assert [p.field for p in window.evaluation.problems] == ["prog_age"]


def test_the_predict_version_is_saved_with_the_case_and_reopened(
    window: MainWindow, qtbot: QtBot, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    """Choosing v2.1 marks the case changed, so it must be in the file (prognosis.model)."""
    window.open_example("luminal-a-early")
    click(qtbot, window.form.ui.progModelV21)
    assert window.modified
    target = tmp_path / "v21.json"
    dialogs.save_paths.append(target)
    assert window.save_case_as()
    saved = casefile.read(target)
    assert saved.prognosis is not None
    assert saved.prognosis.model == "v2.1"
    window.new_case()
    assert window.form.ui.progModelV22.isChecked()
    assert window.open_path(target)
    assert window.form.ui.progModelV21.isChecked()
    assert window.form.state.predict_model == "v2.1"
    assert "PREDICT v2.1" in window.summary.plain_text()
    assert not window.modified


def test_only_the_predict_version_chosen_is_saved_too(
    window: MainWindow, qtbot: QtBot, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    early_her2_positive(qtbot, window)
    click(qtbot, window.form.ui.progModelV21)
    target = tmp_path / "model-only.json"
    dialogs.save_paths.append(target)
    assert window.save_case_as()
    saved = casefile.read(target)
    assert saved.prognosis is not None
    assert saved.prognosis.model == "v2.1"
