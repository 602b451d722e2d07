"""Time from process start to the window shown with its first summary rendered.

Why: her2aid is opened many times a day, between patients; it must feel as
quick as any Qt window. Target: median <= 1.5 x a bare PySide6 QMainWindow
started the same way (a fresh ``python`` process, offscreen, shown and exposed).

Each run starts a process and stops the clock when it prints its "ready"
line: ``her2aid --startup-check`` prints it once the window is exposed and
the summary is rendered; the bare window prints it once it is exposed. Two
more kinds measure the floor under the target: ``startup_standin.py``, a
window with her2aid's widgets and first summary but none of its code, alone
and after importing Jinja2. The kinds of run take turns so machine noise hits
all alike. Time to process exit and CPU time are reported too.

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


def _first_summary(folder: str) -> str:
    """The new case's clinician summary as her2aid renders it, in a file for the stand-in."""
    sys.path.insert(0, str(ROOT / "src"))
    from her2aid.core.classify import classify
    from her2aid.core.models import CaseInputs
    from her2aid.report.render import render_summary

    inputs = CaseInputs()
    path = Path(folder) / "first-summary.html"
    path.write_text(render_summary(classify(inputs), inputs, audience="clinician"), "utf-8")
    return str(path)


def main(argv: list[str]) -> int:
    """Run every kind of start in turn, print medians and the ratios, return 0."""
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
    summary = _first_summary(cache)
    standin = [sys.executable, str(ROOT / "benchmarks" / "startup_standin.py"), summary]
    kinds = {
        "her2aid: window + summary shown": [sys.executable, "-m", "her2aid", "--startup-check"],
        "bare QMainWindow: shown": [sys.executable, "-c", BARE_WINDOW],
        "stand-in, same widgets: shown": standin,
        "stand-in + Jinja2 import: shown": [*standin, "--jinja2"],
    }
    for _ in range(2):  # warm the OS file cache and the bytecode cache for every kind
        for args in kinds.values():
            time_run(args, env)
    ready: dict[str, list[float]] = {name: [] for name in kinds}
    cpu: dict[str, list[float]] = {name: [] for name in kinds}
    exits: dict[str, list[float]] = {name: [] for name in kinds}
    for _ in range(runs):  # in turn, so machine noise hits every kind alike
        for name, args in kinds.items():
            r, e, c = time_run(args, env)
            ready[name].append(r)
            exits[name].append(e)
            cpu[name].append(c)
    shutil.rmtree(cache, ignore_errors=True)

    def show(label: str, values: list[float], bare: float | None = None) -> None:
        median = statistics.median(values)
        ratio = f"  {median / bare:4.2f} x bare" if bare else ""
        print(
            f"{label:<34} median {median:6.0f} ms  (min {min(values):.0f}, "
            f"max {max(values):.0f}){ratio}"
        )

    app_name, bare_name = list(kinds)[:2]
    print(f"{runs} runs each, offscreen, {sys.executable}")
    bare = statistics.median(ready[bare_name])
    for name in kinds:
        show(name, ready[name], bare)
    show("her2aid: process exit", exits[app_name])
    show("bare QMainWindow: process exit", exits[bare_name])
    bare_cpu = statistics.median(cpu[bare_name])
    for name in kinds:
        show(name.split(":")[0] + ": CPU time", cpu[name], bare_cpu)
    ratio = statistics.median(ready[app_name]) / bare
    print(f"ratio (shown): {ratio:.2f}  target <= {TARGET_RATIO}")
    print("target met" if ratio <= TARGET_RATIO else "target NOT met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
