"""Time from process start to the window shown with its first summary rendered.

Why: her2aid is opened many times a day, between patients; it must feel as
quick as any Qt window. Target: median <= 1.5 x a bare PySide6 QMainWindow
started the same way (a fresh ``python`` process, offscreen, shown and exposed).

Each run starts a process and stops the clock when it prints its "ready"
line: ``her2aid --startup-check`` prints it once the window is exposed and
the summary is rendered; the bare window prints it once it is exposed. The
two kinds of run alternate so machine noise hits both alike. Time to process
exit is reported too.

Run from the repository root::

    python benchmarks/bench_startup.py [runs]      # default 9 runs of each
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_RATIO = 1.5
ROOT = Path(__file__).resolve().parents[1]

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
def check():
    handle = window.windowHandle()
    if window.isVisible() and handle is not None and handle.isExposed():
        print("ready", flush=True)
        app.exit(0)
    else:
        QTimer.singleShot(5, check)
QTimer.singleShot(0, check)
sys.exit(app.exec())
"""


def _children_cpu_ms() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000.0


def time_run(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(ms to the first line on stdout, ms to exit, CPU ms) for one fresh process."""
    cpu_before = _children_cpu_ms()
    start = time.perf_counter()
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    ready = time.perf_counter()
    _out, err = proc.communicate(timeout=60)
    done = time.perf_counter()
    if proc.returncode != 0 or not line:
        raise SystemExit(f"{args} failed (exit {proc.returncode}):\n{err}")
    return (ready - start) * 1000.0, (done - start) * 1000.0, _children_cpu_ms() - cpu_before


def main(argv: list[str]) -> int:
    """Run both kinds of start alternately, print medians and the ratio, return 0."""
    runs = int(argv[1]) if len(argv) > 1 else 9
    # Compiled bytecode is cached as in an installed app (pip compiles wheels on install);
    # with PYTHONDONTWRITEBYTECODE every run would recompile every her2aid module.
    cache = tempfile.mkdtemp(prefix="her2aid-bench-pycache-")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT / "src"),
        PYTHONPYCACHEPREFIX=cache,
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app = [sys.executable, "-m", "her2aid", "--startup-check"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    for _ in range(2):  # warm the OS file cache and the bytecode cache for both
        time_run(app, env)
        time_run(bare, env)
    app_ready: list[float] = []
    app_exit: list[float] = []
    app_cpu: list[float] = []
    bare_ready: list[float] = []
    bare_exit: list[float] = []
    bare_cpu: list[float] = []
    for _ in range(runs):
        r, e, c = time_run(app, env)
        app_ready.append(r)
        app_exit.append(e)
        app_cpu.append(c)
        r, e, c = time_run(bare, env)
        bare_ready.append(r)
        bare_exit.append(e)
        bare_cpu.append(c)

    def show(name: str, values: list[float]) -> float:
        median = statistics.median(values)
        print(f"{name:<34} median {median:6.0f} ms  (min {min(values):.0f}, max {max(values):.0f})")
        return median

    shutil.rmtree(cache, ignore_errors=True)
    print(f"{runs} runs each, offscreen, {sys.executable}")
    app_median = show("her2aid: window + summary shown", app_ready)
    bare_median = show("bare QMainWindow: shown", bare_ready)
    show("her2aid: process exit", app_exit)
    show("bare QMainWindow: process exit", bare_exit)
    app_cpu_median = show("her2aid: CPU time, whole process", app_cpu)
    bare_cpu_median = show("bare QMainWindow: CPU time", bare_cpu)
    print(f"ratio (CPU time, less sensitive to other load): {app_cpu_median / bare_cpu_median:.2f}")
    ratio = app_median / bare_median
    print(f"ratio (shown): {ratio:.2f}  target <= {TARGET_RATIO}")
    print("target met" if ratio <= TARGET_RATIO else "target NOT met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
