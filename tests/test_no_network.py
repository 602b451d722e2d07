"""No network, checked where it happens: the system calls (issue 15, point 2).

Patching Python's ``socket`` module (tests/ui/test_offline_and_privacy.py)
cannot see what Qt's libraries do: Qt's print support links libcups, which
talks to the CUPS server over TCP or a local socket. Here each run is traced
with ``strace -f -e trace=%network`` (every thread and child process, every
network system call, whatever library makes it):

- the window's whole flow (open, export PDF, print preview, save, reopen,
  About, Preferences), the window's start-up, and every command makes none
  (on the offscreen platform: under a real display the window's only
  sockets are the local ones to the display server and the session bus);
- Print… (the system print dialog) is the one place that does, and it
  contacts only the print server (CUPS_SERVER here) and the local name
  service cache;
- a control: creating a QPrinter is seen connecting, so a trace without
  connections means something.

CI must run these: without strace (``./dev`` installs it) they fail there
instead of skipping.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from procs import headless_env

ROOT = Path(__file__).parents[1]
EXAMPLES = ROOT / "src/her2aid/examples"

#: One traced system call: "PID name(args) = result".
CALL = re.compile(r"^\d+\s+([a-z0-9_]+)\(")

WINDOW_FLOW = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QDialog
from her2aid.ui.app import Her2aidApplication, configure

app = Her2aidApplication(["her2aid"])
configure(app)
from her2aid.ui import preview_dialog
from her2aid.ui.dialogs import Dialogs
from her2aid.ui.handout_dialog import HandoutOptions
from her2aid.ui.main_window import MainWindow

out = Path(sys.argv[1])
shown = []

def show_briefly(dialog):
    # Every dialog the flow opens is really made, shown and painted, then closed.
    dialog.show()
    app.processEvents()
    dialog.grab()
    shown.append(type(dialog).__name__)
    dialog.reject()
    return 0

QDialog.exec = show_briefly
Dialogs.handout_options = lambda self, parent, defaults, action: HandoutOptions(
    "both", "A4", "Ann Example", "Clinic"
)
Dialogs.export_pdf_path = lambda self, parent, suggested: out / "handout.pdf"
Dialogs.save_case_path = lambda self, parent, suggested: out / "case.json"
painted = []
real_image = preview_dialog.page_image
preview_dialog.page_image = lambda *args: painted.append(args[1]) or real_image(*args)

window = MainWindow()
window.show()
app.processEvents()
window.open_example("hr-positive-her2-low-metastatic")
window.export_pdf()
window.print_preview()
assert window.save_case_as()
assert window.open_path(out / "case.json")
window.show_about()
window.show_preferences()
assert (out / "handout.pdf").read_bytes().startswith(b"%PDF-")
assert shown == ["PreviewDialog", "AboutDialog", "PreferencesDialog"], shown
assert painted, "the preview painted no page"
print("flow done", flush=True)
"""

PRINT = """
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication
from her2aid.ui.dialogs import Dialogs
from her2aid.ui.handout_dialog import HandoutOptions
from her2aid.ui.main_window import MainWindow

app = QApplication(["her2aid"])
QPrintDialog.exec = lambda dialog: 0  # the print dialog is made (it lists printers), then cancelled
Dialogs.handout_options = lambda self, parent, defaults, action: HandoutOptions("patient", "A4")
window = MainWindow()
window.open_example("her2-positive-early")
window.print_handout()
print("print dialog done", flush=True)
"""

CONTROL = """
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

app = QApplication([])
QPrinter(QPrinter.PrinterMode.HighResolution)
"""


def _strace() -> str:
    found = shutil.which("strace")
    if found:
        check = subprocess.run(
            [found, "-f", "-qq", "-e", "trace=none", "-o", os.devnull, "true"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if check.returncode == 0:
            return found
        why = f"strace cannot trace here ({check.stderr.strip()})"
    else:
        why = "strace is not installed (./dev setup installs it)"
    if os.environ.get("CI"):
        pytest.fail(f"{why}: CI must check the network at the system-call level")
    pytest.skip(why)


@pytest.fixture(scope="module")
def cups_server() -> str:
    """A local address nothing listens on: a print-server contact fails fast and shows here."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"127.0.0.1:{port}"


def traced(
    tmp_path: Path, argv: list[str], cups_server: str, *, name: str
) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """Run ``argv`` under strace; returns the process and its network system calls."""
    log = tmp_path / f"{name}.trace"
    env = headless_env(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "CUPS_SERVER": cups_server,
            "HER2AID_LOG_DIR": str(tmp_path / "logs"),
            "HER2AID_CONFIG_DIR": str(tmp_path / "config"),
        }
    )
    proc = subprocess.run(
        [_strace(), "-f", "-qq", "-e", "trace=%network", "-o", str(log), *argv],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    calls = [line for line in log.read_text().splitlines() if CALL.match(line)]
    return proc, calls


def python(code: str, *args: str) -> list[str]:
    return [sys.executable, "-c", code, *args]


def her2aid(*args: str) -> list[str]:
    return [sys.executable, "-m", "her2aid", *args]


def test_control_a_qprinter_is_seen_contacting_the_print_server(
    tmp_path: Path, cups_server: str
) -> None:
    proc, calls = traced(tmp_path, python(CONTROL), cups_server, name="control")
    assert proc.returncode == 0, proc.stderr
    port = cups_server.rsplit(":", 1)[1]
    connects = [c for c in calls if c.split()[1].startswith("connect(")]
    # Without this, a trace with no connections would prove nothing.
    assert any(f"sin_port=htons({port})" in c for c in connects), calls


def test_the_window_flow_makes_no_network_call(tmp_path: Path, cups_server: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    proc, calls = traced(tmp_path, python(WINDOW_FLOW, str(out)), cups_server, name="window")
    assert proc.returncode == 0, proc.stderr
    assert "flow done" in proc.stdout
    assert calls == []


@pytest.mark.parametrize(
    "args",
    [
        ["--startup-check", "--no-crash-dialog"],
        ["classify", str(EXAMPLES / "her2-positive-early.json")],
        ["prognosis", str(EXAMPLES / "luminal-a-early.json")],
        ["summary", str(EXAMPLES / "her2-positive-early.json")],
        ["handout", str(EXAMPLES / "her2-positive-early.json"), "-o", "{tmp}/h.pdf"],
        ["--selftest"],
    ],
    ids=["window start-up", "classify", "prognosis", "summary", "handout", "selftest"],
)
def test_the_app_and_every_command_make_no_network_call(
    tmp_path: Path, cups_server: str, args: list[str]
) -> None:
    argv = her2aid(*(a.replace("{tmp}", str(tmp_path)) for a in args))
    proc, calls = traced(tmp_path, argv, cups_server, name="command")
    assert proc.returncode == 0, proc.stderr
    assert calls == []


def test_print_contacts_only_the_print_server(tmp_path: Path, cups_server: str) -> None:
    """What the README says Print… contacts: the print server, and the name service cache."""
    proc, calls = traced(tmp_path, python(PRINT), cups_server, name="print")
    assert proc.returncode == 0, proc.stderr
    assert "print dialog done" in proc.stdout
    host, port = cups_server.rsplit(":", 1)
    connects = [c for c in calls if c.split()[1].startswith("connect(")]
    assert connects, "the print dialog asked no print server for its printers"
    for call in connects:
        to_server = f"sin_port=htons({port})" in call and f'inet_addr("{host}")' in call
        to_name_cache = 'sun_path="/var/run/nscd/socket"' in call or "/run/nscd/" in call
        assert to_server or to_name_cache, call
