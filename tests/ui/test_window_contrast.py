"""WCAG AA contrast for the controls and the icon array, light and dark (issue 16, point 6)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QRadioButton, QStyle, QStyleOptionButton
from pytestqt.qtbot import QtBot

from her2aid.report.context import DARK, LIGHT
from her2aid.ui.style import (
    NON_TEXT_CONTRAST,
    ContrastStyle,
    contrast,
    mark_colour,
    outline_colour,
)

#: The dark palette the screenshots use (packaging/screenshots.py), a typical dark desktop.
DARK_ROLES = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#3a3a3a",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.Highlight: "#3d7bd9",
    QPalette.ColorRole.HighlightedText: "#ffffff",
}


def palette(kind: str) -> QPalette:
    result = QPalette(QApplication.palette())
    if kind == "dark":
        for role, colour in DARK_ROLES.items():
            result.setColor(role, QColor(colour))
    return result


@pytest.mark.parametrize("kind", ["light", "dark"])
def test_outline_and_mark_colours_meet_3_to_1(configured_app: QApplication, kind: str) -> None:
    pal = palette(kind)
    ring = outline_colour(pal)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert contrast(ring, pal.color(role)) >= NON_TEXT_CONTRAST
    assert contrast(mark_colour(pal), pal.color(QPalette.ColorRole.Base)) >= NON_TEXT_CONTRAST


def test_the_app_draws_fusion_indicators_itself(configured_app: QApplication) -> None:
    assert isinstance(configured_app.style(), ContrastStyle)


@pytest.mark.parametrize("kind", ["light", "dark"])
def test_checked_and_unchecked_radio_buttons_differ_clearly(
    configured_app: QApplication, qtbot: QtBot, kind: str
) -> None:
    """The indicator's centre: the mark against the empty box, at least 3:1."""
    centres = []
    for checked in (False, True):
        button = QRadioButton("Positive")
        qtbot.addWidget(button)
        button.setPalette(palette(kind))
        button.setChecked(checked)
        button.resize(button.sizeHint())
        image = button.grab().toImage()
        option = QStyleOptionButton()
        button.initStyleOption(option)
        rect = button.style().subElementRect(
            QStyle.SubElement.SE_RadioButtonIndicator, option, button
        )
        ratio = image.width() / button.width()
        centre = rect.center()
        centres.append(image.pixelColor(int(centre.x() * ratio), int(centre.y() * ratio)))
        ring = image.pixelColor(int(rect.left() * ratio) + 1, int(centre.y() * ratio))
        window = palette(kind).color(QPalette.ColorRole.Window)
        assert contrast(ring, window) >= NON_TEXT_CONTRAST * 0.9  # antialiased edge pixel
    assert contrast(centres[0], centres[1]) >= NON_TEXT_CONTRAST


@pytest.mark.parametrize(("theme", "background"), [(LIGHT, "#ffffff"), (DARK, "#1e1e1e")])
def test_icon_array_colours_stand_out_from_the_background(theme: object, background: str) -> None:
    for colour in theme.icons:  # type: ignore[attr-defined]
        assert contrast(QColor(colour), QColor(background)) >= NON_TEXT_CONTRAST, colour
