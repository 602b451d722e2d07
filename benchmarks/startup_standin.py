"""A stand-in for her2aid's first window that runs none of her2aid's code.

Why: it measures the floor under the start-up target. It has the same widgets
as her2aid's first window (``WIDGETS``; ``tests/ui/test_startup_standin.py``
keeps the counts equal to the real window's) and shows the same first-summary
HTML, sized as her2aid sizes its window; it does not touch PySide6's ``Qt``
namespace, whose first use costs about 12 ms. What it leaves out is everything
her2aid itself does: the engine, the content, the templates, the form's logic,
the log, settings and fonts. ``bench_startup.py`` times it beside her2aid and
the bare window; with ``--jinja2`` it also imports Jinja2 first, which any
window that renders its summary with Jinja2 (as the issue asks) must do.

Usage (``bench_startup.py`` runs it)::

    python benchmarks/startup_standin.py SUMMARY.html [--jinja2]
"""

from __future__ import annotations

import sys

if "--jinja2" in sys.argv:  # as her2aid does: before PySide6 (see cli._preload_qt_free_modules)
    import jinja2  # noqa: F401

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

#: Widgets of her2aid's first window, by the PySide6 class they are made of.
WIDGETS = {
    QRadioButton: 53,
    QLabel: 40,
    QLineEdit: 10,
    QGroupBox: 8,
    QMenu: 7,
    QCheckBox: 4,
    QTextBrowser: 1,
    QScrollArea: 1,
    QSplitter: 1,
}

_MENUS = ("&File", "&Edit", "&View", "&Help")


def build(summary_html: str) -> QMainWindow:
    """The stand-in window, not yet shown (needs a QApplication)."""
    window = QMainWindow()
    window.setWindowTitle("Untitled case \u2014 stand-in")
    menus = [window.menuBar().addMenu(name) for name in _MENUS]
    # Submenus under File, as Open example and Open recent; the menu bar makes
    # the last QMenu itself (its overflow menu).
    for number in range(WIDGETS[QMenu] - len(menus) - 1):
        menus.append(menus[0].addMenu(f"Submenu {number + 1}"))
    for menu in menus:
        for item in range(4):
            menu.addAction(f"Item {item}")

    form = QWidget()
    column = QVBoxLayout(form)
    labels = WIDGETS[QLabel] - 2  # two are in the summary column
    edits = WIDGETS[QLineEdit]
    radios = WIDGETS[QRadioButton]
    groups = WIDGETS[QGroupBox]
    for group in range(groups):
        box = QGroupBox(f"Section {group + 1}")
        rows = QFormLayout(box)
        share = radios // groups + (1 if group < radios % groups else 0)
        for row in range(share):
            _add_row(rows, QRadioButton(f"Choice {group + 1}.{row + 1}"), labels > 0)
            labels -= labels > 0
        if edits > 0:
            _add_row(rows, QLineEdit(), labels > 0)
            labels -= labels > 0
            edits -= 1
        column.addWidget(box)
    for check in range(WIDGETS[QCheckBox]):
        column.addWidget(QCheckBox(f"Option {check + 1}"))
    for _ in range(edits):
        column.addWidget(QLineEdit())
    for _ in range(labels):
        column.addWidget(QLabel("Note"))
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(form)

    summary = QWidget()
    summary_column = QVBoxLayout(summary)
    summary_column.addWidget(QLabel("Summary"))
    summary_column.addWidget(QLabel("Entries left out"))
    browser = QTextBrowser()
    browser.setHtml(summary_html)
    summary_column.addWidget(browser)

    splitter = QSplitter()  # horizontal
    splitter.addWidget(scroll)
    splitter.addWidget(summary)
    window.setCentralWidget(splitter)
    window.statusBar().showMessage("Ready")
    return window


def inventory(window: QWidget) -> dict[str, int]:
    """How many of each ``WIDGETS`` class ``window`` holds, subclasses included.

    No class in ``WIDGETS`` derives from another, so no widget counts twice.
    """
    children = window.findChildren(QWidget)
    return {cls.__name__: sum(isinstance(c, cls) for c in children) for cls in WIDGETS}


def _add_row(rows: QFormLayout, field: QWidget, labelled: bool) -> None:
    if labelled:
        rows.addRow(QLabel("Result"), field)
    else:
        rows.addRow(field)


def _size_like_her2aid(window: QMainWindow) -> bool:
    """1240 x 760; True if the screen is too small for it (as MainWindow decides)."""
    wanted = QSize(1240, 760)
    screen = window.screen()
    maximize = False
    if screen is not None:
        available = screen.availableGeometry().size()
        maximize = wanted.boundedTo(available - QSize(0, 48)) != wanted
        wanted = wanted.boundedTo(available)
    window.resize(wanted)
    return maximize


def show(window: QMainWindow) -> None:
    """Show it as her2aid shows its window: maximized on a screen too small for it.

    ``showMaximized()``, not a window state made of ``Qt.WindowState`` flags: the
    first use of PySide6's ``Qt`` namespace turns all its enums into Python enums
    (about 12 ms), which these widgets do not need, and the floor must not pay it.
    """
    if _size_like_her2aid(window):
        window.showMaximized()
    else:
        window.show()


def main(argv: list[str]) -> int:
    """Show the stand-in; print "ready" once it is exposed, then exit 0."""
    with open(argv[1], encoding="utf-8") as file:
        html = file.read()
    app = QApplication(argv[:1])
    window = build(html)
    show(window)

    def check() -> None:  # the bare window's check (bench_startup.BARE_WINDOW), word for word
        handle = window.windowHandle()
        if window.isVisible() and handle is not None and handle.isExposed():
            print("ready", flush=True)
            app.exit(0)
        else:
            QTimer.singleShot(5, check)

    QTimer.singleShot(0, check)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
