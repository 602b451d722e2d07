"""Where the focus and the scroll positions go as a clinician moves between cases (issue 16)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_fakes import FakeDialogs

from her2aid.ui.main_window import MainWindow

KEYBOARD = Qt.WidgetAttribute.WA_KeyboardFocusChange


def focused_name() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


def activate(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_arrow_keys_in_a_radio_group_keep_the_focus_ring(window: MainWindow, qtbot: QtBot) -> None:
    """WCAG 2.4.7: the window keeps drawing the focus after an arrow key chose a button."""
    activate(window, qtbot)
    ui = window.form.ui
    ui.prUnknown.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(ui.prUnknown, Qt.Key.Key_Tab)
    assert focused_name() == "ihcNotDone"
    assert window.testAttribute(KEYBOARD)
    for expected in ("ihcZero", "ihcZeroNull", "ihcZeroUltralow", "ihcOne"):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        assert focused_name() == expected
        assert window.testAttribute(KEYBOARD), f"focus ring lost on {expected}"
    # ER and PR categories are set by the engine after each change: the same holds there.
    ui.erPercent.setFocus()
    qtbot.keyClick(ui.erPercent, Qt.Key.Key_Tab)
    assert focused_name() == "erUnknown"
    qtbot.keyClick(ui.erUnknown, Qt.Key.Key_Up)
    assert focused_name() == "erLowPositive"
    assert window.testAttribute(KEYBOARD)


def test_a_mouse_click_still_shows_no_focus_ring(window: MainWindow, qtbot: QtBot) -> None:
    activate(window, qtbot)
    ui = window.form.ui
    qtbot.mouseClick(ui.ihcTwo, Qt.MouseButton.LeftButton, pos=QPoint(6, ui.ihcTwo.height() // 2))
    assert ui.ihcTwo.isChecked()
    assert not window.testAttribute(KEYBOARD)


def test_her2_ihc_arrow_keys_follow_the_score(window: MainWindow, qtbot: QtBot) -> None:
    """One column in score order: no arrow key jumps from 0 to 3+ on its way."""
    activate(window, qtbot)
    ui = window.form.ui
    order = [
        ui.ihcNotDone,
        ui.ihcZero,
        ui.ihcZeroNull,
        ui.ihcZeroUltralow,
        ui.ihcOne,
        ui.ihcTwo,
        ui.ihcThree,
    ]
    xs = {b.geometry().x() for b in order}
    assert len(xs) == 1, "the IHC scores are in one column"
    ys = [b.geometry().y() for b in order]
    assert ys == sorted(ys)
    ui.ihcNotDone.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down):
        qtbot.keyClick(QApplication.focusWidget(), key)
        seen.append(window.form.state.ihc)
        assert window.result is not None
        assert window.result.her2.status.value != "positive", seen
    assert seen == [None, "0", "0-null", "0-ultralow"]  # Right: nothing beside it
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert window.form.state.ihc == "1+"  # after ultralow comes 1+, in score order


def test_the_summary_is_one_tab_stop_and_ctrl_tab_walks_its_links(
    window: MainWindow, qtbot: QtBot
) -> None:
    activate(window, qtbot)
    window.open_example("her2-ultralow-metastatic")
    browser = window.summary.ui.browser
    links = browser.links()
    assert len(links) > 20  # many citations: each used to be a Tab stop
    browser.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not browser
    browser.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(browser, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not browser

    browser.setFocus(Qt.FocusReason.TabFocusReason)
    control = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(browser, Qt.Key.Key_Tab, control)
    first = browser.textCursor().selectedText()
    assert QApplication.focusWidget() is browser
    assert (browser.textCursor().selectionStart(), browser.textCursor().selectionEnd()) == links[0][
        :2
    ]
    qtbot.keyClick(browser, Qt.Key.Key_Tab, control)
    assert browser.textCursor().selectionStart() == links[1][0]
    qtbot.keyClick(browser, Qt.Key.Key_Backtab, control | Qt.KeyboardModifier.ShiftModifier)
    assert browser.textCursor().selectedText() == first
    # Backwards from the first link wraps round to the last.
    qtbot.keyClick(browser, Qt.Key.Key_Backtab, control | Qt.KeyboardModifier.ShiftModifier)
    assert browser.textCursor().selectionStart() == links[-1][0]
    assert QApplication.focusWidget() is browser


def test_enter_follows_the_selected_citation(window: MainWindow, qtbot: QtBot) -> None:
    activate(window, qtbot)
    window.open_example("her2-ultralow-metastatic")
    browser = window.summary.ui.browser
    browser.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(len(browser.links())):
        if browser.textCursor().charFormat().anchorHref().startswith("#ref-"):
            break
        qtbot.keyClick(browser, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(browser.anchorClicked):
        qtbot.keyClick(browser, Qt.Key.Key_Return)


@pytest.mark.parametrize("how", ["new", "example", "open", "recent"])
def test_another_case_starts_at_the_top_with_the_focus_on_er(
    window: MainWindow, qtbot: QtBot, dialogs: FakeDialogs, tmp_path: Path, how: str
) -> None:
    activate(window, qtbot)
    window.open_example("her2-ultralow-metastatic")
    saved = tmp_path / "case.json"
    dialogs.save_paths.append(saved)
    assert window.save_case_as()
    assert "Saved" in window.statusBar().currentMessage()
    browser_bar = window.summary.ui.browser.verticalScrollBar()
    form_bar = window.ui.formScroll.verticalScrollBar()
    window.form.ui.pdl1Cps.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: form_bar.value() > 0)
    browser_bar.setValue(browser_bar.maximum())
    assert browser_bar.value() > 0
    if how == "new":
        window.new_case()
    elif how == "example":
        window.open_example("luminal-a-early")
    elif how == "open":
        dialogs.open_paths.append(saved)
        window.open_case()
    else:
        window.open_recent(saved)
    assert browser_bar.value() == 0
    assert form_bar.value() == 0
    assert QApplication.focusWidget() is window.form.ui.erPercent
    assert "Saved" not in window.statusBar().currentMessage()
