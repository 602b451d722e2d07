"""The window ends on SIGTERM, SIGHUP and SIGINT, and finishes an export first (issue 15, point 3).

The real window runs in a child process (offscreen), with its dialogs
answered in advance and a PDF writer that pauses half way through.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from procs import headless_env

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")

#: The real window, exporting as soon as it is shown; the writer pauses for the signal.
CHILD = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from her2aid import atomic
from her2aid.ui import app, main_window
from her2aid.ui.dialogs import Dialogs
from her2aid.ui.handout_dialog import HandoutOptions

out, marker, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
atomic.UNNAMED_TEMP = atomic.UNNAMED_TEMP and mode != "named"
real = atomic._write_all

def half_then_wait(fd, data):
    real(fd, data[: len(data) // 2])
    marker.write_text("writing")
    time.sleep(0.5)  # the signal arrives here
    real(fd, data[len(data) // 2 :])

atomic._write_all = half_then_wait
Dialogs.handout_options = lambda self, parent, defaults, action: HandoutOptions(
    "patient", "A4", "Ada Quist", ""
)
Dialogs.export_pdf_path = lambda self, parent, suggested: out
Dialogs.error = lambda self, parent, title, text, details="": print(title, text, file=sys.stderr)
Dialogs.confirm = lambda self, *args, **kwargs: True  # "this case is empty: go ahead?"
shown = main_window.MainWindow.show

def show_then_act(self):
    shown(self)
    if mode == "idle":
        marker.write_text("idle")
    else:
        QTimer.singleShot(0, self.export_pdf)

main_window.MainWindow.show = show_then_act
raise SystemExit(app.run(no_crash_dialog=True))
"""


def run_until_marked(tmp_path: Path, mode: str) -> tuple[subprocess.Popen[str], Path]:
    folder = tmp_path / "out"
    folder.mkdir()
    marker = tmp_path / "marker"
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder / "h.pdf"), str(marker), mode],
        env=headless_env({"QT_QPA_PLATFORM": "offscreen"}),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not marker.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            _, err = proc.communicate(timeout=10)
            pytest.fail(f"the window did not get that far: {proc.returncode} {err}")
        time.sleep(0.02)
    return proc, folder


SIGNALS = [
    pytest.param(signal.SIGTERM, id="SIGTERM"),
    pytest.param(getattr(signal, "SIGHUP", signal.SIGTERM), id="SIGHUP"),
    pytest.param(signal.SIGINT, id="SIGINT"),
]


@pytest.mark.parametrize("mode", ["unnamed", "named"])
@pytest.mark.parametrize("sig", SIGNALS)
def test_a_signal_during_an_export_finishes_it_then_ends(
    tmp_path: Path, sig: int, mode: str
) -> None:
    proc, folder = run_until_marked(tmp_path, mode)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + sig, err
    assert "Traceback" not in err
    assert "Could not" not in err  # no error dialog either
    assert os.listdir(folder) == ["h.pdf"]  # the complete handout, and no temporary file
    data = (folder / "h.pdf").read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")


def test_sigterm_ends_an_idle_window_at_once(tmp_path: Path) -> None:
    proc, folder = run_until_marked(tmp_path, "idle")
    started = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert time.monotonic() - started < 5  # woken by the signal, not by some later event
    assert os.listdir(folder) == []
