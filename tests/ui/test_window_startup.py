"""Starting the window as a user would, in a real process; and what it leaves on disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from procs import private_env, run_her2aid, run_python

EXAMPLE = Path(__file__).parents[2] / "src" / "her2aid" / "examples" / "er-low-early.json"


@pytest.mark.slow
def test_startup_check_opens_the_window_and_exits_0(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    proc = run_her2aid(
        "--startup-check", "--no-crash-dialog", env=private_env(home, QT_QPA_PLATFORM="offscreen")
    )
    assert proc.returncode == 0, proc.stderr
    assert "startup check passed" in proc.stdout
    assert "Traceback" not in proc.stderr
    # Nothing about anyone was written: no settings, caches or logs in the home folder.
    assert [p for p in home.rglob("*") if p.is_file()] == []


@pytest.mark.slow
def test_open_option_starts_the_window_with_that_case(tmp_path: Path) -> None:
    """What a file manager's "Open with her2aid" runs."""
    proc = run_her2aid(
        "--open",
        str(EXAMPLE),
        "--startup-check",
        "--no-crash-dialog",
        env=private_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
    )
    assert proc.returncode == 0, proc.stderr
    assert "startup check passed" in proc.stdout
    assert EXAMPLE.name in proc.stdout  # the window title names the opened file


def test_open_option_with_a_broken_file_in_a_scripted_run_is_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "her2aid-case/1", ', encoding="utf-8")
    proc = run_her2aid(
        "--open",
        str(broken),
        "--startup-check",
        env=private_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"her2aid: error: {broken}: line 1, column 30: not valid JSON "
        "(Expecting property name enclosed in double quotes)"
    ]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland check")
def test_no_display_is_a_clear_error_not_a_crash(tmp_path: Path) -> None:
    env = private_env(tmp_path)
    env.pop("QT_QPA_PLATFORM", None)
    proc = run_her2aid(env=env)
    assert proc.returncode == 1
    assert "no display found" in proc.stderr


def test_classify_never_loads_qt() -> None:
    code = (
        "import sys; from her2aid.cli import main; "
        f"assert main(['classify', {str(EXAMPLE)!r}]) == 0; "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]"
    )
    proc = run_python(code, env=os.environ)
    assert proc.returncode == 0, proc.stderr


#: Loaded when first used, never at start-up: each was measured to cost start-up time.
LOADED_ON_DEMAND = (
    "her2aid.pdf",  # the handout: on Export PDF, Print, Print preview
    "PySide6.QtPrintSupport",
    "her2aid.ui.handout_dialog",
    "her2aid.ui.crash_dialog",  # only after a crash
    "her2aid.ui.about",
    "her2aid.ui.preferences_dialog",
    "tomllib",  # only when the content sources are newer than compiled.json
    "logging.handlers",  # sockets, pickle and queues for handlers her2aid does not use
    "platform",  # the crash report's system line
    "difflib",  # "did you mean" for a case file with a misspelt field
)


@pytest.mark.slow
def test_the_window_starts_without_what_it_loads_on_demand(tmp_path: Path) -> None:
    code = (
        "import json, sys; from her2aid.cli import main\n"
        "code = main(['--startup-check', '--no-crash-dialog'])\n"
        "print(json.dumps(sorted(sys.modules)))\n"
        "sys.exit(code)\n"
    )
    proc = run_python(code, env=private_env(tmp_path, QT_QPA_PLATFORM="offscreen"))
    assert proc.returncode == 0, proc.stderr
    loaded = json.loads(proc.stdout.splitlines()[-1])
    packages = tuple(f"{lazy}." for lazy in LOADED_ON_DEMAND)
    assert [m for m in loaded if m in LOADED_ON_DEMAND or m.startswith(packages)] == []


@pytest.mark.slow
def test_the_window_opens_a_file_the_system_hands_the_application(tmp_path: Path) -> None:
    """macOS Finder's Open with: a QFileOpenEvent to the application object run() made."""
    code = f"""
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFileOpenEvent
from her2aid.ui import app as app_module

real = app_module.open_files_from_the_system

def wired(app, window):
    opener = real(app, window)
    print(type(app).__name__, opener is not None, flush=True)
    QCoreApplication.postEvent(app, QFileOpenEvent({str(EXAMPLE)!r}))

    def check():
        if {EXAMPLE.name!r} in window.windowTitle():
            print("opened", flush=True)
            app.exit(0)
        else:
            QTimer.singleShot(10, check)

    QTimer.singleShot(0, check)
    QTimer.singleShot(20_000, lambda: app.exit(3))
    return opener

app_module.open_files_from_the_system = wired
sys.exit(app_module.run(no_crash_dialog=True))
"""
    proc = run_python(code, env=private_env(tmp_path, QT_QPA_PLATFORM="offscreen"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["Her2aidApplication True", "opened"]


@pytest.mark.parametrize(
    ("screen", "maximized"),
    [((1280, 720), True), ((1366, 728), True), ((1920, 1080), False)],
)
def test_the_window_is_maximized_only_on_a_screen_too_small_for_it(
    tmp_path: Path, screen: tuple[int, int], maximized: bool
) -> None:
    """1240x760 plus a title bar does not fit 1280x720: the window manager sizes it."""
    width, height = screen
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height}]})
    )
    code = (
        "from PySide6.QtCore import Qt\n"
        "from her2aid.ui.app import Her2aidApplication, configure\n"
        "app = Her2aidApplication([]); configure(app)\n"
        "from her2aid.ui.main_window import MainWindow\n"
        "w = MainWindow(); w.show(); app.processEvents()\n"
        "print(bool(w.windowState() & Qt.WindowState.WindowMaximized),\n"
        "      w.frameGeometry().bottom() < w.screen().size().height())\n"
    )
    env = private_env(tmp_path, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    proc = run_python(code, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == [str(maximized), "True"]  # and the whole window is on screen


def test_qt_settings_files_cannot_be_written(configured_app: QApplication) -> None:
    for settings in (QSettings(), QSettings("QtProject", "x")):
        assert settings.fileName().startswith(os.devnull)
        settings.setValue("probe", 1)
        settings.sync()
        assert (
            settings.status() != QSettings.Status.NoError or not Path(settings.fileName()).exists()
        )


def test_a_large_screen_gets_most_of_it_centred(tmp_path: Path) -> None:
    """At 1920x1080 the first window is not a small 1240x760 one in a corner."""
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": 1920, "height": 1080}]})
    )
    code = (
        "from her2aid.ui.app import Her2aidApplication, configure\n"
        "app = Her2aidApplication([]); configure(app)\n"
        "from her2aid.ui.main_window import MainWindow\n"
        "w = MainWindow(); w.show(); app.processEvents()\n"
        "g = w.geometry(); print(g.width(), g.height(), g.center().x(), g.center().y())\n"
    )
    env = private_env(tmp_path, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    proc = run_python(code, env=env)
    assert proc.returncode == 0, proc.stderr
    width, height, x, y = map(int, proc.stdout.split())
    assert (width, height) == (1536, 864)  # 80 % of the screen
    assert abs(x - 960) <= 2
    assert abs(y - 540) <= 2


def test_the_window_comes_back_at_its_last_size_and_place(tmp_path: Path) -> None:
    """Remembered through the one settings file (a test folder here, never the real one)."""
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": 1920, "height": 1080}]})
    )
    code = (
        "import sys\n"
        "from her2aid.ui.app import Her2aidApplication, configure\n"
        "app = Her2aidApplication([]); configure(app)\n"
        "from her2aid.ui.main_window import MainWindow\n"
        "w = MainWindow(); w.show(); app.processEvents()\n"
        "if sys.argv[1] == 'first':\n"
        "    w.setGeometry(150, 120, 1100, 700); app.processEvents(); w.close()\n"
        "g = w.geometry(); print(g.x(), g.y(), g.width(), g.height())\n"
    )
    settings_dir = tmp_path / "settings"
    env = private_env(
        tmp_path,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        HER2AID_CONFIG_DIR=str(settings_dir),
    )
    first = subprocess.run(
        [sys.executable, "-c", code, "first"], env=env, capture_output=True, text=True, check=False
    )
    assert first.returncode == 0, first.stderr
    assert first.stdout.split() == ["150", "120", "1100", "700"]
    assert "window_geometry" in (settings_dir / "her2aid.ini").read_text()
    again = subprocess.run(
        [sys.executable, "-c", code, "again"], env=env, capture_output=True, text=True, check=False
    )
    assert again.returncode == 0, again.stderr
    assert again.stdout.split() == ["150", "120", "1100", "700"]
