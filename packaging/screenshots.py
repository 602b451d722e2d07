"""Take the screenshots in docs/ from the real window, under X (Xvfb is enough).

    Xvfb :99 -screen 0 2600x1500x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb python packaging/screenshots.py
    DISPLAY=:99 QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=2 python packaging/screenshots.py --scaled
    DISPLAY=:99 QT_QPA_PLATFORM=xcb python packaging/screenshots.py --spanish
    python packaging/screenshots.py --handouts     # first pages, via her2aid handout + pdftoppm

Each shot opens one shipped example in a 1280x720 window (logical pixels) and
saves ``widget.grab()`` as a PNG in docs/. Nothing is saved but the images.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

#: file name -> (example, audience, dark, text typed into Ki-67)
#: (a shot in SCROLL_TO is scrolled to that heading, and its form to the prognosis group)
SHOTS = {
    "screenshot-clinician.png": ("hr-positive-her2-low-metastatic", "clinician", False, ""),
    "screenshot-patient.png": ("hr-positive-her2-low-metastatic", "patient", False, ""),
    "screenshot-dark.png": ("tnbc-metastatic-pdl1", "clinician", True, ""),
    "screenshot-invalid-entry.png": ("ish-group2-recount-needed", "clinician", False, "abc"),
    "screenshot-prognosis.png": ("her2-positive-early", "patient", False, ""),
    "screenshot-values.png": ("luminal-a-early", "patient", False, ""),
}
SCROLL_TO = {
    "screenshot-prognosis.png": "How treatment may change the outlook",
    "screenshot-values.png": "What matters most to you",
}
#: Shots whose form is scrolled to a group other than the prognosis inputs.
FORM_GROUP = {"screenshot-values.png": "valuesGroup"}
#: Values-exercise answers given in the window before the shot (id -> answer).
ANSWERS = {
    "screenshot-values.png": {
        "live_longer": "very_important",
        "avoid_hair_loss": "somewhat_important",
    }
}
SCALED = {"screenshot-200-percent.png": ("ish-group3-recount-positive", "clinician", False, "")}
#: The window in Spanish (issue 17): the patient view, and a refused entry's reason.
SPANISH = {
    "screenshot-es.png": ("luminal-a-early", "patient", False, ""),
    "screenshot-es-invalid-entry.png": ("ish-group2-recount-needed", "clinician", False, "abc"),
}

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


#: docs file -> (example, audience, page): rendered with pdftoppm at 80 dpi
HANDOUTS = {
    "handout-patient.png": ("her2-positive-early", "patient", 1),
    "handout-clinician.png": ("hr-positive-her2-low-metastatic", "clinician", 1),
    # The options with their side effects, and the values exercise with notes and contact.
    "handout-patient-options.png": ("luminal-a-early", "patient", 2),
    "handout-patient-values.png": ("luminal-a-early", "patient", 4),
    # Spanish (issue 17): the first page of the same patient handout.
    "handout-patient-es.png": ("luminal-a-early", "patient", 1),
}
#: Handouts in another language than English (docs file -> language code).
HANDOUT_LANGUAGE = {"handout-patient-es.png": "es"}
#: Values-exercise answers written into the case before its handout is made.
HANDOUT_ANSWERS = {
    "luminal-a-early": {
        "live_longer": "very_important",
        "avoid_hair_loss": "somewhat_important",
        "no_daily_pills": "not_important",
    }
}


def handouts() -> int:
    """Write each handout with the real command, then its first page as a PNG."""
    import json
    import os
    import subprocess
    import tempfile

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        for name, (example, audience, page) in HANDOUTS.items():
            pdf = Path(tmp) / f"{audience}.pdf"
            case = ROOT / "src" / "her2aid" / "examples" / f"{example}.json"
            if example in HANDOUT_ANSWERS:
                data = json.loads(case.read_text(encoding="utf-8"))
                data["values"] = HANDOUT_ANSWERS[example]
                case = Path(tmp) / f"{example}.json"
                case.write_text(json.dumps(data), encoding="utf-8")
            subprocess.run(
                [sys.executable, "-m", "her2aid", "handout", str(case), "-o", str(pdf),
                 "--audience", audience, "--paper", "A4",
                 "--clinic-name", "Riverside Breast Unit", "--patient-name", "Jane Example",
                 "--clinic-contact", "Breast care nurses: 555-0100 (weekdays 8 am to 6 pm)",
                 "--language", HANDOUT_LANGUAGE.get(name, "en")],
                check=True, env=env,
            )  # fmt: skip
            stem = Path(tmp) / audience
            subprocess.run(
                ["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile",
                 str(pdf), str(stem)],
                check=True,
            )  # fmt: skip
            DOCS.mkdir(exist_ok=True)
            stem.with_suffix(".png").replace(DOCS / name)
            print(f"wrote docs/{name}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scaled", action="store_true", help="take the 200 %% shot only")
    parser.add_argument("--spanish", action="store_true", help="take the Spanish shots only")
    parser.add_argument(
        "--handouts", action="store_true", help="render the two handout pages only (no display)"
    )
    args = parser.parse_args()
    if args.handouts:
        return handouts()
    sys.path.insert(0, str(ROOT / "src"))
    import os
    import tempfile

    # The window remembers its size in the settings: never in the real file.
    os.environ["HER2AID_CONFIG_DIR"] = tempfile.mkdtemp(prefix="her2aid-shots-")
    from her2aid.ui.app import configure
    from her2aid.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    configure(app, "es" if args.spanish else "en")
    app.setStyle("Fusion")  # the same look on every machine the shots are taken on
    from her2aid.ui import style

    style.install(app)  # as the app does on Fusion
    light = app.palette()
    DOCS.mkdir(exist_ok=True)
    shots = SCALED if args.scaled else SPANISH if args.spanish else SHOTS
    for name, (example, audience, dark, typed) in shots.items():
        palette = QPalette(light)
        if dark:
            for role, colour in DARK.items():
                palette.setColor(role, QColor(colour))
        app.setPalette(palette)
        window = MainWindow()
        window.setWindowState(Qt.WindowState.WindowNoState)  # a fixed size, on any screen
        window.resize(1280, 720)
        window.move(0, 0)
        window.show()
        window.open_example(example)
        window.set_audience(audience)  # type: ignore[arg-type]
        for item_id, answer in ANSWERS.get(name, {}).items():
            _group, buttons = window.form.values_rows[item_id]
            next(b for b, v in buttons.items() if v == answer).click()
        if typed:
            edit = window.form.ui.ki67Percent
            edit.setFocus()
            edit.setText(typed)
        for _ in range(20):
            app.processEvents()
        heading = SCROLL_TO.get(name)
        if heading:
            browser = window.summary.ui.browser
            found = browser.document().find(heading)
            bar = browser.verticalScrollBar()
            bar.setValue(bar.value() + browser.cursorRect(found).top() - 4)
            group = getattr(window.form.ui, FORM_GROUP.get(name, "prognosisGroup"))
            window.ui.formScroll.ensureWidgetVisible(group, 0, 0)
            window.ui.formScroll.horizontalScrollBar().setValue(0)
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
