"""Entries the core refuses are marked at their field; the summary covers the rest."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from her2aid.ui.case_form import ERROR_MARK
from her2aid.ui.main_window import MainWindow


@pytest.mark.parametrize(
    ("field", "typed", "reason"),
    [
        ("erPercent", "150", "Must be from 0 to 100, got 150"),
        ("prPercent", "lots", 'Must be a number from 0 to 100, got text "lots"'),
        ("ki67Percent", "-3", "Must be from 0 to 100, got -3"),
        ("pdl1Cps", "inf", "Must be a finite number from 0 to 100, got Infinity"),
    ],
)
def test_a_refused_number_is_marked_with_the_reason(
    window: MainWindow, qtbot: QtBot, field: str, typed: str, reason: str
) -> None:
    ui = window.form.ui
    edit = getattr(ui, field)
    error = getattr(ui, f"{field}Error")
    assert not error.isVisible()
    base_description = edit.accessibleDescription()
    qtbot.keyClicks(edit, typed)
    assert error.isVisible()
    assert error.text() == f"{ERROR_MARK} {reason}"
    assert edit.property("invalid") is True
    assert "border" in edit.styleSheet()
    assert edit.accessibleDescription().startswith(base_description)
    assert reason.lower() in edit.accessibleDescription().lower()
    # The summary still renders, without the refused entry, and says so.
    banner = window.summary.ui.problemsLabel
    assert banner.isVisible()
    assert window.form.field_label(_state_field(field)) in banner.text()
    refused = window.summary.plain_text()
    # Correcting it clears every mark.
    edit.clear()
    empty = window.summary.plain_text()
    if field == "pdl1Cps":
        # Not one of the results the summary lists as missing: left out, it reads as unknown.
        assert refused == empty
    else:
        # The results table names the refused entry (the banner above lists it once).
        assert "left out until corrected" in refused
        assert "left out until corrected" not in empty
        assert "Not recorded yet" in empty
    qtbot.keyClicks(edit, "5")
    assert not error.isVisible()
    assert not banner.isVisible()
    assert edit.styleSheet() == ""
    assert edit.accessibleDescription() == base_description


def _state_field(widget_name: str) -> str:
    return {
        "erPercent": "er_percent",
        "prPercent": "pr_percent",
        "ki67Percent": "ki67_percent",
        "pdl1Cps": "pdl1_cps",
    }[widget_name]


def test_a_dual_probe_ratio_without_copies_marks_the_missing_number(
    window: MainWindow, qtbot: QtBot
) -> None:
    ui = window.form.ui
    qtbot.mouseClick(ui.ishDual, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    qtbot.mouseClick(ui.ihcTwo, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    qtbot.keyClicks(ui.ishRatio, "2.4")
    assert ui.ishDualCopiesError.isVisible()
    assert "needs both the ratio and the mean HER2 copies" in ui.ishDualCopiesError.text()
    assert not ui.ishRatioError.isVisible()
    # The case is treated as dual-probe ISH pending: still equivocal.
    assert window.result is not None
    assert window.result.her2.status.value == "equivocal"
    qtbot.keyClicks(ui.ishDualCopies, "4.5")
    assert not ui.ishDualCopiesError.isVisible()
    assert window.result.her2.ish_group == 1


def test_several_refused_entries_are_all_listed(window: MainWindow, qtbot: QtBot) -> None:
    ui = window.form.ui
    window.open_example("hr-positive-her2-low-metastatic")
    ui.erPercent.selectAll()
    qtbot.keyClicks(ui.erPercent, "x")
    ui.ki67Percent.selectAll()
    qtbot.keyClicks(ui.ki67Percent, "101")
    text = window.summary.ui.problemsLabel.text()
    assert "ER % of nuclei stained" in text
    assert "Ki-67 % of nuclei" in text
    assert ui.erUnknown.isChecked()
    plain = window.summary.plain_text()
    # Entered but refused: not "not recorded", which would contradict the form, and
    # listed once (the banner above), not again in the summary (issue 16, point 8).
    assert "Left out until corrected" not in plain
    assert "Not recorded yet" not in plain
    assert "ER\nleft out until corrected" in plain
    assert "Ki-67\nleft out until corrected" in plain
    assert "PR positive" in plain  # the rest of the case is still summarised


def type_text(edit: QLineEdit, text: str) -> None:
    """Type any text, as an input method would (QTest.keyClicks only knows ASCII)."""
    event = QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, text
    )
    QApplication.sendEvent(edit, event)


@pytest.mark.parametrize(
    "typed",
    [
        " ",
        "1e999",
        "-0",
        "0x10",
        "١٢",
        "12abc",
        "\u00bd",
        "\u0000",
        "\U0001f600",
        "%",
        "85 %",
        "NaN",
        "9" * 24,
        "1,5",
        "..",
        "'",
    ],
)
def test_nothing_typed_breaks_the_window(window: MainWindow, qtbot: QtBot, typed: str) -> None:
    ui = window.form.ui
    for method in (ui.ishDual, ui.ishSingle):
        qtbot.mouseClick(method, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
        for edit in window.form.texts.values():
            if edit.isVisible():
                type_text(edit, typed)
    assert window.result is not None
    assert window.summary.render_count >= 3  # and no exception in any slot (pytest-qt)
