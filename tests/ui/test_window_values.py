"""The values exercise in the window (issue 14): shown per case, undoable, accessible,
saved only in the case file, and printed in the handout."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from ui_fakes import FakeDialogs

from her2aid.core import casefile, content
from her2aid.ui.case_form import values_answers
from her2aid.ui.main_window import MainWindow


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))  # type: ignore[arg-type]


def answer_button(window: MainWindow, item_id: str, answer: str | None) -> object:
    _group, buttons = window.form.values_rows[item_id]
    return next(b for b, value in buttons.items() if value == answer)


def test_the_statements_are_the_cases_own_and_hidden_without_a_decision(
    window: MainWindow,
) -> None:
    ui = window.form.ui
    assert not ui.valuesGroup.isVisibleTo(window)  # a new, empty case: nothing to decide
    window.open_example("luminal-a-early")
    assert window.result is not None
    assert tuple(window.form.values_rows) == window.result.values_items
    assert window.result.values_items  # early HR+: a decision with statements
    assert ui.valuesGroup.isVisibleTo(window)
    items = content.load().values_items
    for item_id, (group, buttons) in window.form.values_rows.items():
        assert list(buttons.values()) == [a for a, _ in values_answers()]
        assert group.checkedButton() is answer_button(window, item_id, None)  # not answered
        for button in buttons:
            name = button.accessibleName()  # type: ignore[attr-defined]
            assert name.startswith(items[item_id].text + ": "), name
            assert "&" not in name
    window.open_example("tnbc-metastatic-pdl1")
    assert tuple(window.form.values_rows) == window.result.values_items
    assert "lower_return" not in window.form.values_rows  # early-disease statement only


def test_an_answer_is_one_undo_step_named_after_it(window: MainWindow, qtbot: QtBot) -> None:
    window.open_example("luminal-a-early")
    very = answer_button(window, "live_longer", "very_important")
    click(qtbot, very)
    assert window.form.state.values == (("live_longer", "very_important"),)
    assert window.evaluation.inputs.values[0][0] == "live_longer"
    assert window.modified
    assert window.ui.actionUndo.text() == "&Undo Living as long as I can: very important"
    window.ui.actionUndo.trigger()
    assert window.form.state.values == ()
    assert answer_button(window, "live_longer", None).isChecked()  # type: ignore[attr-defined]
    assert not window.modified
    window.ui.actionRedo.trigger()
    assert very.isChecked()  # type: ignore[attr-defined]
    click(qtbot, answer_button(window, "live_longer", None))
    assert window.form.state.values == ()  # "No answer" clears it


def test_answers_round_trip_through_the_case_file_only(
    window: MainWindow, qtbot: QtBot, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    window.open_example("luminal-a-early")
    click(qtbot, answer_button(window, "live_longer", "very_important"))
    click(qtbot, answer_button(window, "avoid_hair_loss", "not_important"))
    target = tmp_path / "case.json"
    dialogs.save_paths.append(target)
    window.ui.actionSaveCaseAs.trigger()
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["values"] == {"avoid_hair_loss": "not_important", "live_longer": "very_important"}
    # Never in the preferences file.
    window.settings._q.sync()
    assert "important" not in window.settings.path.read_text(encoding="utf-8")
    window.ui.actionNewCase.trigger()
    assert window.form.state.values == ()
    dialogs.open_paths.append(target)
    window.ui.actionOpenCase.trigger()
    assert answer_button(window, "live_longer", "very_important").isChecked()  # type: ignore[attr-defined]
    assert answer_button(window, "avoid_hair_loss", "not_important").isChecked()  # type: ignore[attr-defined]
    assert window.evaluation.inputs == casefile.read(target)


def test_an_answer_survives_a_change_that_hides_its_statement(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.open_example("luminal-a-early")
    click(qtbot, answer_button(window, "lower_return", "somewhat_important"))
    click(qtbot, window.form.ui.settingMetastatic)
    assert "lower_return" not in window.form.values_rows
    click(qtbot, window.form.ui.settingEarly)
    assert answer_button(window, "lower_return", "somewhat_important").isChecked()  # type: ignore[attr-defined]


def test_the_answers_reach_the_exported_handout(
    window: MainWindow, qtbot: QtBot, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    window.open_example("luminal-a-early")
    click(qtbot, answer_button(window, "live_longer", "very_important"))
    out = tmp_path / "handout.pdf"
    dialogs.pdf_paths.append(out)
    window.export_pdf()
    text = "\n".join(p.extract_text(extraction_mode="layout") for p in PdfReader(out).pages)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    line = next(line for line in lines if line.startswith("Living as long as I can"))
    assert "".join(c for c in line if c in "☐☒") == "☐☐☒"
