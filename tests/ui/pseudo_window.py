"""Open the window with a pseudo-localised catalog and print what is clipped, as JSON.

Run by tests/ui/test_window_language.py in its own process, on an offscreen
screen of a clinic laptop's size (QT_QPA_PLATFORM=offscreen:configfile=...):
the test process's own offscreen screen is 800x800.

    python pseudo_window.py PSEUDO.qm WIDTH HEIGHT
"""

from __future__ import annotations

import json
import sys
import tempfile

from PySide6.QtCore import QPoint, QTranslator
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget


def clipped(root: QWidget) -> list[str]:
    """Visible texts narrower than they need, or running past their scroll area's view."""
    found = []
    for child in root.findChildren(QWidget):
        if not child.isVisibleTo(root) or child.width() == 0:
            continue
        if not isinstance(child, QLabel | QAbstractButton) or not child.text():
            continue
        name = f"{child.objectName() or type(child).__name__}: {child.text()!r}"
        one_line = not (isinstance(child, QLabel) and child.wordWrap())
        if one_line and child.width() + 1 < child.sizeHint().width():
            found.append(f"{name} is {child.width()} px of {child.sizeHint().width()}")
        parent = child.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QAbstractScrollArea):
            view = parent.viewport()
            right = child.mapTo(view, QPoint(child.width(), 0)).x()
            if right > view.width() + 1:
                found.append(f"{name} ends at {right} px, past its view's {view.width()} px")
    return found


def main() -> int:
    qm, width, height = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    import os

    os.environ["HER2AID_CONFIG_DIR"] = tempfile.mkdtemp(prefix="her2aid-pseudo-")
    from her2aid.qtbase.settings import Settings
    from her2aid.ui.app import Her2aidApplication, configure
    from her2aid.ui.handout_dialog import HandoutDialog, HandoutOptions
    from her2aid.ui.main_window import MainWindow
    from her2aid.ui.preferences_dialog import PreferencesDialog

    app = Her2aidApplication([])
    configure(app, "en")
    translator = QTranslator()
    if not translator.load(qm):
        print(json.dumps(["the pseudo catalog did not load"]))
        return 1
    app.installTranslator(translator)
    window = MainWindow()
    window.resize(width, height)
    window.show()
    problems: list[str] = []
    if not window.ui.menuFile.title().startswith("["):
        problems.append("the pseudo catalog is not in use")
    for example in ("luminal-a-early", "ish-group2-recount-needed", "tnbc-metastatic-pdl1"):
        window.undo_stack.setClean()  # no unsaved-changes question between examples
        window.open_example(example)
        if example == "ish-group2-recount-needed":
            window.form.ui.ki67Percent.setText("abc")  # a reason under a field, and the banner
        for _ in range(5):
            app.processEvents()
        problems += [f"{example}: {p}" for p in clipped(window)]
    window.undo_stack.setClean()
    settings = Settings(os.path.join(os.environ["HER2AID_CONFIG_DIR"], "her2aid.ini"))
    for dialog in (
        HandoutDialog(window, HandoutOptions(audience="patient", paper="A4"), "Export PDF"),
        PreferencesDialog(window, settings, lambda *_: None),
    ):
        dialog.show()
        for _ in range(5):
            app.processEvents()
        problems += [f"{type(dialog).__name__}: {p}" for p in clipped(dialog)]
        dialog.close()
    print(json.dumps(problems))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
