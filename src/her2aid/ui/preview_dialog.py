"""File > Print preview, drawn by her2aid itself: no printer, so no print server is asked.

Qt's QPrintPreviewDialog needs a QPrinter, and creating a QPrinter makes Qt's
print support contact the system's print service (CUPS, over a socket) for
its printers. This preview instead shows the handout exactly as File > Export
PDF writes it on the chosen paper: the same laid-out pages
(:class:`~her2aid.pdf.layout.PagedHandout`), painted on images. "Print…"
closes it and goes on to the system print dialog, the one step that talks to
a print server.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import QDialog, QScrollArea, QWidget

from her2aid.pdf.handout import page_image
from her2aid.pdf.layout import PagedHandout
from her2aid.ui.forms.ui_preview_dialog import Ui_PreviewDialog
from her2aid.ui.translation import translate

#: Screen pixels per inch at 100 %: a page shown at its printed size on a 96 dpi screen.
SCREEN_DPI = 96
ZOOMS = (0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
GAP = 16  # between pages and around them, in screen pixels


class PageStrip(QWidget):
    """The pages one under the other, painted on demand (only those in view) and cached."""

    def __init__(self, handout: PagedHandout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.handout = handout
        self.zoom = 1.0
        self._cache: dict[int, QImage] = {}
        self._cache_dpi = 0
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self._resize()

    def page_size(self) -> QSize:
        """One page on screen at the current zoom, in device-independent pixels."""
        sheet = self.handout.frame.sheet
        k = SCREEN_DPI / 72 * self.zoom
        return QSize(round(sheet.width() * k), round(sheet.height() * k))

    def set_zoom(self, zoom: float) -> None:
        """Show the pages at ``zoom`` (1.0 = their printed size on a 96 dpi screen)."""
        self.zoom = max(ZOOMS[0], min(ZOOMS[-1], zoom))
        self._resize()
        self.update()

    def page_rect(self, index: int) -> QRect:
        """Where page ``index`` is drawn in this widget."""
        size = self.page_size()
        return QRect(GAP, GAP + index * (size.height() + GAP), size.width(), size.height())

    def _resize(self) -> None:
        size = self.page_size()
        count = self.handout.page_count
        self.resize(size.width() + 2 * GAP, count * (size.height() + GAP) + GAP)

    def image(self, index: int) -> QImage:
        """Page ``index`` rendered for the screen at the current zoom (cached)."""
        dpi = max(12, round(SCREEN_DPI * self.zoom * self.devicePixelRatioF()))
        if dpi != self._cache_dpi:
            self._cache.clear()
            self._cache_dpi = dpi
        if index not in self._cache:
            image = page_image(self.handout, index, dpi)
            image.setDevicePixelRatio(self.devicePixelRatioF())
            self._cache[index] = image
        return self._cache[index]

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the pages that intersect the area to repaint, each with a thin frame."""
        painter = QPainter(self)
        try:
            painter.setPen(QColor("#808080"))
            for index in range(self.handout.page_count):
                rect = self.page_rect(index)
                if not rect.intersects(event.rect()):
                    continue
                painter.drawImage(QRectF(rect), self.image(index))
                painter.drawRect(rect.adjusted(-1, -1, 0, 0))
        finally:
            painter.end()


class PreviewDialog(QDialog):
    """The handout's pages as they will print, with zoom; "Print…" asks to go on to print."""

    def __init__(self, parent: QWidget | None, handout: PagedHandout, paper: str) -> None:
        super().__init__(parent)
        self.ui = Ui_PreviewDialog()
        self.ui.setupUi(self)
        #: True once the user chose "Print…" (the caller then opens the print dialog).
        self.print_requested = False
        self.strip = PageStrip(handout)
        area: QScrollArea = self.ui.pageArea
        area.setWidget(self.strip)
        area.setBackgroundRole(QPalette.ColorRole.Dark)
        count = handout.page_count
        pages = (
            translate("PreviewDialog", "1 page, {paper}")
            if count == 1
            else translate("PreviewDialog", "{count} pages, {paper}")
        )
        self.ui.pagesLabel.setText(pages.format(count=count, paper=paper))
        self.ui.zoomInButton.clicked.connect(lambda: self.step_zoom(+1))
        self.ui.zoomOutButton.clicked.connect(lambda: self.step_zoom(-1))
        self.ui.fitWidthButton.clicked.connect(self.fit_width)
        self.ui.printButton.clicked.connect(self._print)
        self.ui.closeButton.clicked.connect(self.reject)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.step_zoom(+1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.step_zoom(-1)),
            (QKeySequence("Ctrl+0"), self.fit_width),
            (QKeySequence.StandardKey.Print, self._print),
        ):
            QShortcut(keys, self, slot)
        self._fitting = True  # follow the window's width until the user zooms
        area.viewport().installEventFilter(self)
        area.setFocus()

    def step_zoom(self, direction: int) -> None:
        """The next zoom level up (+1) or down (-1) from the current one."""
        self._fitting = False
        zoom = self.strip.zoom
        if direction > 0:
            bigger = [z for z in ZOOMS if z > zoom + 1e-6]
            self.strip.set_zoom(bigger[0] if bigger else ZOOMS[-1])
        else:
            smaller = [z for z in ZOOMS if z < zoom - 1e-6]
            self.strip.set_zoom(smaller[-1] if smaller else ZOOMS[0])

    def fit_width(self) -> None:
        """Pages as wide as the visible area."""
        self._fitting = True
        width = self.ui.pageArea.viewport().width() - 2 * GAP
        sheet = self.strip.handout.frame.sheet
        self.strip.set_zoom(width / (sheet.width() * SCREEN_DPI / 72))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep fitting the width to the visible area while the user has not chosen a zoom."""
        if event.type() == QEvent.Type.Resize and self._fitting:
            self.fit_width()
        return False

    def _print(self) -> None:
        self.print_requested = True
        self.accept()
