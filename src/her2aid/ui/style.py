"""Radio buttons and check boxes that can be told apart in light and dark palettes.

Qt's Fusion style (the Linux default) draws their outline a shade darker than
the window: on a dark palette it all but vanishes, and a checked radio button
differs from an unchecked one by a small grey dot. WCAG 1.4.11 asks for 3:1
against what is next to it. Here the outline is drawn in a colour between
the text and the window (at least 3:1 against the window) and the mark in the
highlight colour, or in the text colour where the highlight is too faint.
Only Fusion is adjusted: the Windows and macOS styles follow the system's own
(high-contrast aware) drawing.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

#: The least contrast for a control's outline and mark (WCAG 2.1, 1.4.11).
NON_TEXT_CONTRAST = 3.0


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2.1)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """Contrast ratio between two colours, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _mix(a: QColor, b: QColor, share_a: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() * share_a + b.redF() * (1 - share_a),
        a.greenF() * share_a + b.greenF() * (1 - share_a),
        a.blueF() * share_a + b.blueF() * (1 - share_a),
    )


def outline_colour(palette: QPalette) -> QColor:
    """An outline between text and window colour with at least 3:1 against both backgrounds."""
    text = palette.color(QPalette.ColorRole.WindowText)
    for share in (0.6, 0.7, 0.8, 0.9, 1.0):
        colour = _mix(text, palette.color(QPalette.ColorRole.Window), share)
        if all(
            contrast(colour, palette.color(role)) >= NON_TEXT_CONTRAST
            for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base)
        ):
            return colour
    return text


def mark_colour(palette: QPalette) -> QColor:
    """The checked mark: the highlight colour if it stands out from the box, else the text."""
    highlight = palette.color(QPalette.ColorRole.Highlight)
    if contrast(highlight, palette.color(QPalette.ColorRole.Base)) >= NON_TEXT_CONTRAST:
        return highlight
    return palette.color(QPalette.ColorRole.Text)


class ContrastStyle(QProxyStyle):
    """Fusion with radio and check indicators drawn to WCAG AA non-text contrast."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Draw the two indicators here; everything else as Fusion does."""
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            self._radio(option, painter)
        elif element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            self._check(option, painter)
        else:
            super().drawPrimitive(element, option, painter, widget)

    @staticmethod
    def _box(option: QStyleOption) -> QRectF:
        rect = QRectF(option.rect)
        side = min(rect.width(), rect.height()) - 1
        return QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)

    def _radio(self, option: QStyleOption, painter: QPainter) -> None:
        palette = option.palette
        box = self._box(option)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(outline_colour(palette))
        pen.setWidthF(max(1.5, box.width() / 9))
        painter.setPen(pen)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        inset = pen.widthF() / 2
        painter.drawEllipse(box.adjusted(inset, inset, -inset, -inset))
        if option.state & QStyle.StateFlag.State_On:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mark_colour(palette))
            dot = box.width() * 0.27
            painter.drawEllipse(box.center(), dot, dot)
        painter.restore()

    def _check(self, option: QStyleOption, painter: QPainter) -> None:
        palette = option.palette
        box = self._box(option)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(outline_colour(palette))
        pen.setWidthF(max(1.5, box.width() / 9))
        painter.setPen(pen)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        inset = pen.widthF() / 2
        painter.drawRoundedRect(box.adjusted(inset, inset, -inset, -inset), 2, 2)
        mark = QPen(mark_colour(palette))
        mark.setWidthF(max(2.0, box.width() / 6))
        mark.setCapStyle(Qt.PenCapStyle.RoundCap)
        mark.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(mark)
        w, x, y = box.width(), box.left(), box.top()
        if option.state & QStyle.StateFlag.State_On:
            tick = QPolygonF(
                [
                    QPointF(x + w * 0.25, y + w * 0.52),
                    QPointF(x + w * 0.43, y + w * 0.70),
                    QPointF(x + w * 0.76, y + w * 0.32),
                ]
            )
            painter.drawPolyline(tick)
        elif option.state & QStyle.StateFlag.State_NoChange:
            painter.drawLine(QPointF(x + w * 0.28, y + w / 2), QPointF(x + w * 0.72, y + w / 2))
        painter.restore()


def install(app: QApplication) -> None:
    """Use ContrastStyle when the application's style is Fusion."""
    base = app.style()
    if base is not None and base.name().lower() == "fusion" and not isinstance(base, QProxyStyle):
        app.setStyle(ContrastStyle("Fusion"))
