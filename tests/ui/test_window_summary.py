"""The summary panel: views, the rule trace, reference links, themes, scroll position."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from her2aid.report.context import DARK, LIGHT
from her2aid.ui.main_window import MainWindow


def test_the_panel_radios_and_the_view_menu_agree(window: MainWindow, qtbot: QtBot) -> None:
    panel = window.summary.ui
    qtbot.mouseClick(panel.patientView, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert window.summary.audience == "patient"
    assert window.ui.actionPatientView.isChecked()
    assert not window.ui.actionShowTrace.isEnabled()
    assert not panel.showTrace.isEnabled()
    assert window.summary.plain_text().startswith("Your breast cancer test results")
    window.ui.actionClinicianView.trigger()
    assert panel.clinicianView.isChecked()
    assert panel.showTrace.isEnabled()


def test_the_trace_link_checkbox_and_menu_stay_in_step(window: MainWindow, qtbot: QtBot) -> None:
    window.open_example("ish-group4-recount-negative")
    summary = window.summary
    assert "Show the rule trace" in summary.plain_text()
    with qtbot.waitSignal(summary.trace_toggled):
        summary.ui.browser.anchorClicked.emit(QUrl("her2aid:trace"))
    assert summary.trace_expanded
    assert window.ui.actionShowTrace.isChecked()
    assert summary.ui.showTrace.isChecked()
    assert window.result is not None
    for step in window.result.trace:
        assert step.text in summary.plain_text()
    window.ui.actionShowTrace.trigger()
    assert not summary.trace_expanded
    assert not summary.ui.showTrace.isChecked()
    qtbot.mouseClick(summary.ui.showTrace, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert window.ui.actionShowTrace.isChecked()


def test_a_reference_link_scrolls_to_the_reference(window: MainWindow, qtbot: QtBot) -> None:
    window.open_example("hr-positive-her2-low-metastatic")
    bar = window.summary.ui.browser.verticalScrollBar()
    assert bar.value() == 0
    assert bar.maximum() > 0
    window.summary.ui.browser.anchorClicked.emit(QUrl("#ref-3"))
    assert bar.value() > 0


@pytest.mark.parametrize("link", ["https://example.org/", "file:///etc/passwd", "javascript:x"])
def test_other_links_are_never_followed(window: MainWindow, link: str) -> None:
    html = window.summary.last_html
    window.summary.ui.browser.anchorClicked.emit(QUrl(link))
    assert window.summary.last_html == html
    assert window.summary.ui.browser.source().isEmpty()


def test_the_reading_position_survives_a_change(window: MainWindow, qtbot: QtBot) -> None:
    window.open_example("hr-positive-her2-low-metastatic")
    bar = window.summary.ui.browser.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    position = bar.value()
    qtbot.mouseClick(window.form.ui.brcaNo, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert abs(bar.value() - position) <= 2
    window.set_audience("patient")  # a different document starts at the top
    assert bar.value() == 0


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#17181a"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Button, "#2d2e31"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def test_a_dark_palette_renders_the_dark_theme(window: MainWindow, qtbot: QtBot) -> None:
    assert window.summary.theme is LIGHT
    window.setPalette(dark_palette())
    qtbot.waitUntil(lambda: window.summary.theme is DARK)
    assert DARK.text in window.summary.last_html
    assert "#ff8a80" in window.form.ui.erPercentError.styleSheet()
    window.setPalette(QPalette())
    qtbot.waitUntil(lambda: window.summary.theme is LIGHT)
    assert LIGHT.text in window.summary.last_html


def test_an_internal_error_clears_the_summary_instead_of_leaving_it_stale(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from her2aid.ui import summary_panel
    from her2aid.ui.case_state import FormState

    window.open_example("her2-positive-early")

    def broken(*_args: object, **_kwargs: object) -> str:
        raise RuntimeError("template bug")

    monkeypatch.setattr(summary_panel, "render_summary", broken)
    with pytest.raises(RuntimeError, match="template bug"):
        window._apply_state(FormState(ihc="1+"))
    assert window.summary.plain_text() == ""
    assert window.summary.ui.problemsLabel.isVisible()
    assert "internal error" in window.summary.ui.problemsLabel.text()
    assert window.result is None
    window.export_pdf()
    assert window.dialogs.errors()[0][0] == "Cannot export yet"  # type: ignore[attr-defined]


def test_clicking_a_citation_opens_the_reference_list(window: MainWindow) -> None:
    window.open_example("her2-null-early")
    assert "Allison KH" not in window.summary.plain_text()
    window.summary.ui.browser.anchorClicked.emit(QUrl("#ref-1"))
    assert "Allison KH" in window.summary.plain_text() or "Wolff AC" in window.summary.plain_text()
    window.summary.ui.browser.anchorClicked.emit(QUrl("her2aid:references"))
    assert "Wolff AC" not in window.summary.plain_text()


@pytest.mark.parametrize("audience", ["clinician", "patient"])
def test_the_summary_never_needs_sideways_scrolling(
    window: MainWindow, qtbot: QtBot, audience: str
) -> None:
    """No horizontal scroll bar (it came and went by one pixel of table rounding), so
    nothing may be wider than the panel: long words and web addresses wrap anywhere."""
    from her2aid.core.examples import example_names

    browser = window.summary.ui.browser
    assert browser.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    window.summary.ui.browser.anchorClicked.emit(QUrl("her2aid:trace"))
    window.summary.ui.browser.anchorClicked.emit(QUrl("her2aid:references"))
    window.set_audience(audience)  # type: ignore[arg-type]
    width = browser.viewport().width()
    assert width < 400  # offscreen's narrow screen: the hardest case
    for name in example_names():
        window.open_example(name)
        assert browser.document().idealWidth() <= width + 1, name


def _laid_out(window: MainWindow) -> None:
    """Let the window lay itself out again, as it does before the next frame is drawn.

    A new case changes the form column's minimum width at once, but the splitter
    moves only when the layout requests it posted have run.
    """
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()
    layout = window.layout()
    assert layout is not None
    layout.activate()


def _results_table_columns(window: MainWindow) -> tuple[int, ...]:
    """Where the results table's columns start, in window coordinates."""
    from PySide6.QtGui import QTextTable

    browser = window.summary.ui.browser
    doc = browser.document()
    table = next(
        f
        for f in doc.rootFrame().childFrames()
        if isinstance(f, QTextTable)
        and f.cellAt(0, 0).firstCursorPosition().block().text() == "Test"
    )
    layout = doc.documentLayout()
    assert browser.verticalScrollBar().value() == 0  # a new case starts at the top
    return tuple(
        browser.viewport()
        .mapTo(
            window,
            QPoint(
                round(
                    layout.blockBoundingRect(
                        table.cellAt(0, c).firstCursorPosition().block()
                    ).left()
                ),
                0,
            ),
        )
        .x()
        for c in range(3)
    )


def _shipped_examples() -> list[str]:
    """Every example shipped in the package (src/her2aid/examples/*.json)."""
    from pathlib import Path

    import her2aid.examples
    from her2aid.core.examples import example_names

    names = sorted(p.stem for p in Path(her2aid.examples.__file__).parent.glob("*.json"))
    assert names == sorted(example_names())
    assert len(names) >= 13
    return names


@pytest.mark.parametrize("audience", ["clinician", "patient"])
@pytest.mark.parametrize("order", ["forward", "backward"])
def test_the_results_table_columns_stay_put_from_case_to_case(
    window: MainWindow, qtbot: QtBot, audience: str, order: str
) -> None:
    """The form column, the summary and the results table's columns stay where they are
    whatever the case: every shipped example one after another, and a new case before
    and after, each measured after the window has laid itself out again (issue 16: the
    form column followed each case's form, so the summary moved 25 px sideways)."""
    window.showNormal()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    window.set_audience(audience)  # type: ignore[arg-type]
    names = _shipped_examples()
    if order == "backward":
        names.reverse()
    places: dict[str, tuple[object, ...]] = {}
    for name in ["", *names, ""]:
        window.undo_stack.setClean()  # no "Discard changes?" between cases
        if name:
            window.open_example(name)
        else:
            window.new_case()
        _laid_out(window)
        summary_x = window.summary.mapTo(window, QPoint(0, 0)).x()
        place: tuple[object, ...] = (tuple(window.ui.splitter.sizes()), summary_x)
        if name:
            place += _results_table_columns(window)
        places[name or "new case"] = place
        # The whole form stays visible: the column never narrows below what it needs.
        assert window.ui.formScroll.viewport().width() >= window.form.minimumSizeHint().width()
    assert len({p[:2] for p in places.values()}) == 1, places
    assert len({p for n, p in places.items() if n != "new case"}) == 1, places


@pytest.mark.parametrize("language", ["es"])
def test_the_summary_stays_put_from_case_to_case_in_spanish_too(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Spanish labels are longer: the widest form is measured in the window's language."""
    window.showNormal()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    places = set()
    for name in _shipped_examples():
        window.undo_stack.setClean()
        window.open_example(name)
        _laid_out(window)
        places.add(
            (tuple(window.ui.splitter.sizes()), window.summary.mapTo(window, QPoint(0, 0)).x())
        )
        assert window.ui.formScroll.viewport().width() >= window.form.minimumSizeHint().width()
    assert len(places) == 1, places
