"""Keyboard and accessibility: names, descriptions, mnemonics, tab order, keys."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_fakes import FakeDialogs

from her2aid.ui.main_window import MainWindow


def interactive(widget: QWidget) -> bool:
    if isinstance(widget, (QAbstractButton, QLineEdit, QTextEdit, QComboBox, QAbstractSpinBox)):
        return True
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def test_every_interactive_widget_has_an_accessible_name_and_description(
    window: MainWindow,
) -> None:
    checked = 0
    for widget in window.findChildren(QWidget):
        if not interactive(widget):
            continue
        what = f"{type(widget).__name__} {widget.objectName()!r}"
        assert widget.accessibleName().strip(), f"{what} has no accessibleName"
        assert widget.accessibleDescription().strip(), f"{what} has no accessibleDescription"
        iface = QAccessible.queryAccessibleInterface(widget)
        assert iface is not None
        assert iface.text(QAccessible.Text.Name) == widget.accessibleName()
        checked += 1
    assert checked >= 45  # every form control, the view switch, the summary


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


@pytest.mark.parametrize("language", ["en", "es"])
def test_menus_and_actions_have_mnemonics_without_clashes(window: MainWindow) -> None:
    """In every language: Alt+letter must reach one field, one menu, one action."""
    bar_keys = [mnemonic(a.text()) for a in window.menuBar().actions()]
    assert None not in bar_keys
    assert len(set(bar_keys)) == len(bar_keys)
    for menu in window.findChildren(QMenu):
        keys = [mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        if menu is window.ui.menuOpenExample:
            continue  # example names
        assert None not in keys, menu.title()
        assert len(set(keys)) == len(keys), menu.title()
    # Alt+letter in the window must not be ambiguous between the form and the menu bar.
    window_keys = list(bar_keys)
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            window_keys.append(mnemonic(widget.text()))
        elif isinstance(widget, QGroupBox):
            window_keys.append(mnemonic(widget.title()))
        elif isinstance(widget, QAbstractButton):
            window_keys.append(mnemonic(widget.text()))
    keys = [k for k in window_keys if k]
    assert len(keys) >= 15
    assert len(set(keys)) == len(keys), sorted(keys)


def test_shortcuts(window: MainWindow) -> None:
    ui = window.ui
    expected = {
        ui.actionNewCase: "Ctrl+N",
        ui.actionOpenCase: "Ctrl+O",
        ui.actionSaveCase: "Ctrl+S",
        ui.actionSaveCaseAs: "Ctrl+Shift+S",
        ui.actionExportPdf: "Ctrl+E",
        ui.actionPrint: "Ctrl+P",
        ui.actionQuit: "Ctrl+Q",
        ui.actionUndo: "Ctrl+Z",
        ui.actionRedo: "Ctrl+Shift+Z",
        ui.actionClinicianView: "Ctrl+1",
        ui.actionPatientView: "Ctrl+2",
        ui.actionShowTrace: "Ctrl+T",
    }
    for action, key in expected.items():
        keys = [s.toString() for s in action.shortcuts()]
        assert key in keys, (action.objectName(), keys)


def tab_chain(qtbot: QtBot, start: QWidget, stop: str) -> list[str]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    names: list[str] = []
    for _ in range(60):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        name = QApplication.focusWidget().objectName()  # type: ignore[union-attr]
        names.append(name)
        if name == stop:
            return names
    raise AssertionError(f"never reached {stop}: {names}")


def test_tab_order_follows_the_report_one_stop_per_group(window: MainWindow, qtbot: QtBot) -> None:
    chain = tab_chain(qtbot, window.form.ui.erPercent, "browser")
    assert chain == [
        "erUnknown",
        "prPercent",
        "prUnknown",
        "ihcNotDone",
        "ishNone",
        "ki67Percent",
        "settingUnknown",
        "menopauseUnknown",
        "brcaUnknown",
        "pik3caUnknown",
        "esr1Unknown",
        "pdl1Cps",
        "clinicianView",
        "showTrace",
        "browser",
    ]


def test_tab_lands_on_the_chosen_button_and_shown_fields(window: MainWindow, qtbot: QtBot) -> None:
    window.open_example("ish-group3-recount-positive")
    chain = tab_chain(qtbot, window.form.ui.erPercent, "pdl1Cps")
    assert chain == [
        "erPositive",
        "prPercent",
        "prPositive",
        "ihcTwo",
        "ishDual",
        "ishRatio",
        "ishDualCopies",
        "ishRecount",
        "ki67Percent",
        "settingEarly",
        "menopauseUnknown",
        "brcaUnknown",
        "pik3caUnknown",
        "esr1Unknown",
        "pdl1Cps",
    ]


def test_a_case_can_be_entered_with_the_keyboard_alone(window: MainWindow, qtbot: QtBot) -> None:
    ui = window.form.ui
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # E&R %
    assert QApplication.focusWidget() is ui.erPercent
    qtbot.keyClicks(ui.erPercent, "95")
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # HER2 &IHC
    assert QApplication.focusWidget() is ui.ihcNotDone
    for _ in range(4):  # arrows move and choose, in score order: 0, null, ultralow, 1+
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert ui.ihcOne.isChecked()
    qtbot.keyClick(ui.ihcOne, Qt.Key.Key_Down)
    assert ui.ihcTwo.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # HER2 I&SH
    focused = QApplication.focusWidget()
    assert focused is ui.ishNone
    qtbot.keyClick(focused, Qt.Key.Key_Down)
    assert ui.ishDual.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # r&atio
    qtbot.keyClicks(ui.ishRatio, "1.5")
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # &Mean copies
    qtbot.keyClicks(ui.ishDualCopies, "6.5")
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # &Blinded recount
    qtbot.waitUntil(ui.ishRecount.isChecked)  # a mnemonic clicks after a short animation
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # Clinical &context
    assert QApplication.focusWidget() is ui.settingUnknown
    qtbot.keyClick(ui.settingUnknown, Qt.Key.Key_Left)
    assert ui.settingMetastatic.isChecked()
    result = window.result
    assert result is not None
    assert result.her2.ish_group == 3
    assert result.her2.status.value == "positive"
    assert window.form.state.setting == "metastatic"

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.summary.audience == "patient"
    assert window.summary.ui.patientView.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.summary.audience == "clinician"
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.summary.trace_expanded
    assert "Hide the rule trace" in window.summary.plain_text()


def test_space_chooses_the_focused_button(window: MainWindow, qtbot: QtBot) -> None:
    ui = window.form.ui
    ui.brcaYes.setFocus()
    qtbot.keyClick(ui.brcaYes, Qt.Key.Key_Space)
    assert window.form.state.germline_brca is True


@pytest.mark.parametrize("scale_size", [(1280, 720), (1600, 900)])
def test_the_window_fits_the_smallest_supported_screen(
    window: MainWindow, qtbot: QtBot, scale_size: tuple[int, int]
) -> None:
    width, height = scale_size
    assert window.minimumSizeHint().width() <= 1280
    assert window.minimumSizeHint().height() <= 720
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    assert window.summary.ui.browser.width() >= 500
    # Every form control can be scrolled into view.
    last = window.form.ui.pdl1Cps
    last.setFocus()
    qtbot.waitUntil(lambda: last.visibleRegion().boundingRect().height() == last.height())


def test_a_screen_smaller_than_the_default_size_gets_a_maximized_window(
    window: MainWindow,
) -> None:
    """Offscreen's screen is 800x800: the 1240x760 default plus a title bar would not fit."""
    screen = window.screen()
    assert screen is not None
    assert screen.availableGeometry().width() < 1240
    assert window.windowState() & Qt.WindowState.WindowMaximized


def test_the_whole_form_width_stays_visible_when_the_prognosis_section_appears(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The form column has no horizontal scroll bar: the splitter must widen it instead."""
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280)
    assert not window.form.ui.prognosisGroup.isVisible()
    window.open_example("luminal-a-early")
    assert window.form.ui.prognosisGroup.isVisible()
    viewport = window.ui.formScroll.viewport()
    qtbot.waitUntil(lambda: viewport.width() >= window.form.minimumSizeHint().width())


@pytest.mark.parametrize(
    ("keys", "asked"),
    [("Ctrl+E", "handout_options"), ("Ctrl+P", "handout_options"), ("Ctrl+,", "preferences")],
)
def test_window_shortcuts_work_while_typing_in_a_field(
    window: MainWindow, qtbot: QtBot, dialogs: object, keys: str, asked: str
) -> None:
    """A text field must not swallow Export (Ctrl+E is "end of line" in a Linux line edit).

    Offscreen, QLineEdit has no such binding, so the key press alone passes either
    way; under xcb (``QT_QPA_PLATFORM=xcb`` on Xvfb) it fails without the filter.
    """
    from PySide6.QtGui import QKeySequence
    from ui_fakes import FakeDialogs

    assert isinstance(dialogs, FakeDialogs)
    assert QKeySequence(keys).toString() in window.form._undo_filter.window_keys
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    edit = window.form.ui.ki67Percent
    edit.setFocus()
    qtbot.keyClicks(edit, "30")
    combo = QKeySequence(keys)[0]
    qtbot.keyClick(edit, combo.key(), combo.keyboardModifiers())
    qtbot.waitUntil(lambda: asked in dialogs.names(), timeout=2000)
    assert edit.text() == "30"


def activate(window: MainWindow, qtbot: QtBot) -> None:
    """Make the window the active one, as for a user at the keyboard."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_after_a_new_case_a_group_mnemonic_goes_to_the_selected_button(
    window: MainWindow, qtbot: QtBot, dialogs: FakeDialogs
) -> None:
    """A group box remembers its last focused button; after New that one is not selected."""
    ui = window.form.ui
    activate(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # HER2 &IHC
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert ui.ihcZeroUltralow.isChecked()
    dialogs.unsaved_answers.append("discard")
    window.new_case()
    assert ui.ihcNotDone.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is ui.ihcNotDone
    qtbot.keyClick(ui.ihcNotDone, Qt.Key.Key_Down)  # and the arrows choose again
    assert ui.ihcZero.isChecked()


def test_focus_follows_the_checked_button_while_a_question_is_open(
    window: MainWindow, qtbot: QtBot, dialogs: FakeDialogs
) -> None:
    """A real "Discard changes?" box makes the window inactive while the new case is set."""
    from PySide6.QtWidgets import QWidget

    ui = window.form.ui
    activate(window, qtbot)
    ui.ihcZeroUltralow.setFocus()
    qtbot.keyClick(ui.ihcZeroUltralow, Qt.Key.Key_Space)
    assert ui.ihcZeroUltralow.isChecked()
    question = QWidget()  # stands in for the message box
    qtbot.addWidget(question)
    question.show()
    question.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    dialogs.unsaved_answers.append("discard")
    window.new_case()
    question.close()
    activate(window, qtbot)
    # A new case starts at ER (issue 16), never on a button that is no longer chosen.
    assert QApplication.focusWidget() is ui.erPercent
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # HER2 &IHC
    assert QApplication.focusWidget() is ui.ihcNotDone


@pytest.mark.parametrize("typed", ["-1e-300", "1e300", "9" * 24])
def test_an_odd_number_never_pushes_the_summary_off_the_window(
    window: MainWindow, qtbot: QtBot, typed: str
) -> None:
    ui = window.form.ui
    ui.erPercent.setFocus()
    qtbot.keyClicks(ui.erPercent, typed)
    assert ui.erPercentError.isVisible()
    assert len(ui.erPercentError.text()) < 120
    assert window.ui.formScroll.minimumWidth() <= window.width() * 2 // 3
    assert window.summary.isVisible()
