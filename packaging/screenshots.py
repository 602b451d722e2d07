"""Take the screenshots in docs/ from the real window, under X (Xvfb is enough).

    Xvfb :99 -screen 0 2600x1500x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb python packaging/screenshots.py
    DISPLAY=:99 QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=2 python packaging/screenshots.py --scaled

Each shot opens one shipped example in a 1280x720 window (logical pixels) and
saves ``widget.grab()`` as a PNG in docs/. Nothing is saved but the images.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

#: file name -> (example, audience, dark, text typed into Ki-67)
SHOTS = {
    "screenshot-clinician.png": ("hr-positive-her2-low-metastatic", "clinician", False, ""),
    "screenshot-patient.png": ("hr-positive-her2-low-metastatic", "patient", False, ""),
    "screenshot-dark.png": ("tnbc-metastatic-pdl1", "clinician", True, ""),
    "screenshot-invalid-entry.png": ("ish-group2-recount-needed", "clinician", False, "abc"),
    "screenshot-prognosis.png": ("her2-positive-early", "patient", False, ""),
}
SCALED = {"screenshot-200-percent.png": ("ish-group3-recount-positive", "clinician", False, "")}

DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#2b2b2b",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#3a3a3a",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.Highlight: "#3d7bd9",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Link: "#8cc4ff",
    QPalette.ColorRole.Light: "#5a5a5a",
    QPalette.ColorRole.Mid: "#4a4a4a",
    QPalette.ColorRole.Dark: "#202020",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scaled", action="store_true", help="take the 200 %% shot only")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from her2aid.ui.app import configure
    from her2aid.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    configure(app)
    app.setStyle("Fusion")  # the same look on every machine the shots are taken on
    light = app.palette()
    DOCS.mkdir(exist_ok=True)
    for name, (example, audience, dark, typed) in (SCALED if args.scaled else SHOTS).items():
        palette = QPalette(light)
        if dark:
            for role, colour in DARK.items():
                palette.setColor(role, QColor(colour))
        app.setPalette(palette)
        window = MainWindow()
        window.resize(1280, 720)
        window.move(0, 0)
        window.show()
        window.open_example(example)
        window.set_audience(audience)  # type: ignore[arg-type]
        if typed:
            edit = window.form.ui.ki67Percent
            edit.setFocus()
            edit.setText(typed)
        for _ in range(20):
            app.processEvents()
        window.grab().save(str(DOCS / name))
        print(f"wrote docs/{name}")
        window.undo_stack.setClean()
        window.close()
        window.deleteLater()
        app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
