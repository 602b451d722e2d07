"""The summary's text view: one Tab stop, its links reached with Ctrl+Tab.

A plain QTextBrowser makes every link a Tab stop: a metastatic case has
dozens of citation links, and a keyboard user would press Tab fifty times to
get back to the form. Here Tab and Shift+Tab always leave the summary, as
they leave any other control; inside it, Ctrl+Tab and Ctrl+Shift+Tab step
from link to link (wrapping round), Enter follows the link, and the arrow
and page keys scroll. A screen reader reads the text and its links through
the accessibility interface either way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget


class SummaryBrowser(QTextBrowser):
    """QTextBrowser that is one Tab stop, with Ctrl+Tab for its links."""

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab leave the summary instead of walking its links."""
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Tab / Ctrl+Shift+Tab: select the next or previous link."""
        key = event.key()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and key in (
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        ):
            backward = key == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self.step_link(forward=not backward)
            event.accept()
            return
        super().keyPressEvent(event)

    def links(self) -> list[tuple[int, int, str]]:
        """Every link in the document: (start, end, href), in reading order."""
        found: list[tuple[int, int, str]] = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isAnchor() and fmt.anchorHref():
                    start, end = fragment.position(), fragment.position() + fragment.length()
                    href = fmt.anchorHref()
                    if found and found[-1][1] == start and found[-1][2] == href:
                        found[-1] = (found[-1][0], end, href)  # one link over several fragments
                    else:
                        found.append((start, end, href))
                it += 1
            block = block.next()
        return found

    def step_link(self, *, forward: bool) -> bool:
        """Select the next (or previous) link after the cursor; False if there is none."""
        links = self.links()
        if not links:
            return False
        cursor = self.textCursor()
        if forward:
            after = cursor.selectionEnd() if cursor.hasSelection() else cursor.position() - 1
            chosen = next((link for link in links if link[0] >= after), links[0])
        else:
            before = cursor.selectionStart() if cursor.hasSelection() else cursor.position() + 1
            chosen = next((link for link in reversed(links) if link[1] <= before), links[-1])
        start, end, _href = chosen
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True
