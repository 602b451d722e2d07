"""How refused entries and untested results are worded and shown (issue 16, points 7-9)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from her2aid.ui.main_window import MainWindow


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_the_reason_under_the_last_field_is_scrolled_into_view(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.open_example("tnbc-metastatic-pdl1")
    window.ui.formScroll.verticalScrollBar().setValue(0)
    edit = window.form.ui.pdl1Cps
    retype(qtbot, edit, "abc")
    label = window.form.ui.pdl1CpsError
    assert label.isVisible()

    def whole_label_shown() -> bool:
        viewport = window.ui.formScroll.viewport()
        top = label.mapTo(viewport, label.rect().topLeft()).y()
        return top >= 0 and top + label.height() <= viewport.height()

    qtbot.waitUntil(whole_label_shown)


def test_a_percent_sign_in_cps_says_cps_is_a_score(window: MainWindow, qtbot: QtBot) -> None:
    ui = window.form.ui
    retype(qtbot, ui.pdl1Cps, "90%")
    reason = ui.pdl1CpsError.text()
    assert "score" in reason
    assert "not a percent" in reason
    assert "got text" not in reason
    retype(qtbot, ui.erPercent, "90%")  # ER is a percent: the sign is fine there
    assert not ui.erPercentError.isVisible()
    assert window.evaluation.inputs.er.percent == 90


def test_every_refused_entry_is_reported_the_same_way(window: MainWindow, qtbot: QtBot) -> None:
    """At its field and once in the list above the summary: ER, CPS and PREDICT's age alike."""
    window.open_example("luminal-a-early")
    ui = window.form.ui
    retype(qtbot, ui.erPercent, "200")
    retype(qtbot, ui.progAge, "99")
    banner = window.summary.ui.problemsLabel
    assert banner.isVisible()
    lines = banner.text().splitlines()
    assert lines[0] == "\u26a0 Not used until corrected:"
    assert any(line.startswith("ER % of nuclei stained: ") for line in lines)
    assert any(line.startswith("Age at diagnosis") for line in lines), lines
    for label in (ui.erPercentError, ui.progAgeError):
        assert label.isVisible()
    plain = window.summary.plain_text()
    assert "Left out until corrected" not in plain  # not a second time inside the summary
    window.set_audience("patient")
    assert banner.isVisible()  # the patient view shows the same list


def test_placeholders_say_not_known_everywhere(window: MainWindow) -> None:
    ui = window.form.ui
    for edit in (ui.erPercent, ui.prPercent, ui.ki67Percent, ui.pdl1Cps):
        assert edit.placeholderText() == "not known", edit.objectName()


def test_an_untested_her2_is_not_called_not_assessable(window: MainWindow) -> None:
    text = window.summary.plain_text()
    assert "not assessable" not in text
    assert "HER2 category unknown (no IHC score)" in text


def test_ihc_zero_without_null_or_ultralow_is_worded_so_it_cannot_read_as_no_staining(
    window: MainWindow, qtbot: QtBot
) -> None:
    ui = window.form.ui
    assert "faint staining not recorded" not in ui.ihcZero.text()
    assert "null or ultralow" in ui.ihcZero.text()
    ui.ihcZero.setFocus()
    qtbot.keyClick(ui.ihcZero, Qt.Key.Key_Space)
    assert "IHC 0, not stated if null or ultralow" in window.summary.plain_text()
