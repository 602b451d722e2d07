"""File > Print preview: her2aid's own preview of the export's pages, with no printer."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QDialog, QWidget
from pytestqt.qtbot import QtBot

from her2aid.core.classify import classify
from her2aid.core.examples import load_example
from her2aid.pdf import handout
from her2aid.pdf.layout import PagedHandout
from her2aid.report.context import Meta
from her2aid.ui.dialogs import Dialogs
from her2aid.ui.preview_dialog import ZOOMS, PreviewDialog

NAME = "hr-positive-her2-low-metastatic"


@pytest.fixture
def pages(qapp: Any) -> PagedHandout:
    inputs = load_example(NAME)
    return handout.lay_out(
        handout.paper_frame("Letter"),
        classify(inputs),
        inputs,
        audiences=("patient", "clinician"),
        meta=Meta(patient_name="Ann Example"),
    )


@pytest.fixture
def dialog(qtbot: QtBot, pages: PagedHandout) -> PreviewDialog:
    shown = PreviewDialog(None, pages, "Letter")
    qtbot.addWidget(shown)
    shown.resize(900, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_it_shows_every_page_of_the_export(dialog: PreviewDialog, pages: PagedHandout) -> None:
    assert pages.page_count >= 4
    assert dialog.ui.pagesLabel.text() == f"{pages.page_count} pages, Letter"
    grab = dialog.strip.grab().toImage()
    first = dialog.strip.page_rect(0)
    # The page is paper-white with dark text on it; the gap around it is not white.
    corner = grab.pixelColor(first.left() + 2, first.top() + 2)
    assert corner.name() == "#ffffff"
    inked = {
        grab.pixelColor(x, y).name()
        for x in range(first.left(), first.right(), 3)
        for y in range(first.top(), first.top() + first.height() // 3, 3)
    }
    assert len(inked) > 3


def test_it_fits_the_width_then_zooms_by_steps(dialog: PreviewDialog) -> None:
    viewport = dialog.ui.pageArea.viewport().width()
    assert abs(dialog.strip.page_size().width() - (viewport - 32)) <= 2  # fitted
    dialog.ui.zoomInButton.click()
    zoomed = dialog.strip.zoom
    assert zoomed in ZOOMS
    dialog.ui.zoomOutButton.click()
    assert dialog.strip.zoom < zoomed
    dialog.resize(700, 700)  # the user chose a zoom: it stays
    assert dialog.strip.zoom in ZOOMS
    dialog.ui.fitWidthButton.click()
    assert abs(dialog.strip.page_size().width() - (dialog.ui.pageArea.viewport().width() - 32)) <= 2


def test_zoom_stays_within_its_limits(dialog: PreviewDialog) -> None:
    for _ in range(len(ZOOMS) + 2):
        dialog.step_zoom(+1)
    assert dialog.strip.zoom == ZOOMS[-1]
    for _ in range(len(ZOOMS) + 2):
        dialog.step_zoom(-1)
    assert dialog.strip.zoom == ZOOMS[0]


def test_a_page_is_rendered_once_per_zoom(
    dialog: PreviewDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    from her2aid.ui import preview_dialog

    calls: list[int] = []
    real = preview_dialog.page_image

    def counted(pages: PagedHandout, index: int, dpi: int) -> Any:
        calls.append(index)
        return real(pages, index, dpi)

    monkeypatch.setattr(preview_dialog, "page_image", counted)
    dialog.step_zoom(+1)
    dialog.strip.image(0)
    dialog.strip.image(0)
    assert calls == [0]


def test_print_and_close(dialog: PreviewDialog, qtbot: QtBot) -> None:
    dialog.ui.printButton.click()
    assert dialog.print_requested
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_close_does_not_print(dialog: PreviewDialog) -> None:
    dialog.ui.closeButton.click()
    assert not dialog.print_requested
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_keyboard_and_accessible_names(dialog: PreviewDialog, qtbot: QtBot) -> None:
    assert dialog.focusWidget() is dialog.ui.pageArea
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QAbstractButton) or widget is dialog.ui.pageArea:
            assert widget.accessibleName().strip(), widget.objectName()
            assert widget.accessibleDescription().strip(), widget.objectName()
            iface = QAccessible.queryAccessibleInterface(widget)
            assert iface is not None
            assert iface.text(QAccessible.Text.Name) == widget.accessibleName()
    before = dialog.strip.zoom
    qtbot.keyClick(dialog, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.strip.zoom > before
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert dialog.print_requested


def test_the_real_seam_returns_whether_to_print(
    qtbot: QtBot, pages: PagedHandout, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[PreviewDialog] = []

    def press_print(self: PreviewDialog) -> int:
        seen.append(self)
        self.ui.printButton.click()
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(PreviewDialog, "exec", press_print)
    assert Dialogs().print_preview(parent, pages, "Letter") is True
    monkeypatch.setattr(PreviewDialog, "exec", lambda self: 0)
    assert Dialogs().print_preview(parent, pages, "Letter") is False
    assert seen[0].strip.handout is pages


def test_enter_does_not_press_a_button(dialog: PreviewDialog, qtbot: QtBot) -> None:
    """No button is the default: Enter in the page area must not zoom, print or close."""
    before = dialog.strip.zoom
    qtbot.keyClick(dialog.ui.pageArea, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.strip.zoom == before
    assert not dialog.print_requested
