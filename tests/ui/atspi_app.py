"""The her2aid window with one example open, for tests/ui/atspi_probe.py (run as a script).

Prints "ready" once the window is shown and active; runs until terminated.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from her2aid.ui.app import Her2aidApplication, configure
from her2aid.ui.main_window import MainWindow


def main() -> int:
    app = Her2aidApplication(sys.argv[:1])
    configure(app, "en")
    window = MainWindow()
    window.resize(1280, 760)
    window.show()
    window.open_example(sys.argv[1])
    window.undo_stack.setClean()  # terminated without an unsaved-changes question

    def when_shown() -> None:
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            QTimer.singleShot(10, when_shown)
            return
        window.activateWindow()
        print("ready", flush=True)

    QTimer.singleShot(0, when_shown)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
