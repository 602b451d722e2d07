"""An export that is killed leaves no trace of the handout (issue 15, point 3).

``her2aid handout`` runs in a child process whose writer stops half way
through the PDF (after signalling the test), and is then sent a signal. A
handout holds the patient's name: nothing of it may stay in the folder, and
the command ends quietly.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from her2aid import atomic
from procs import headless_env

EXAMPLE = Path(__file__).parents[2] / "src/her2aid/examples/her2-positive-early.json"

#: The child: the real command, with a writer that pauses half way (``unnamed`` picks
#: the Linux unnamed temporary file or the named one used elsewhere).
CHILD = """
import sys, time
from pathlib import Path
from her2aid import atomic, cli

out, marker, unnamed = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] == "1"
atomic.UNNAMED_TEMP = atomic.UNNAMED_TEMP and unnamed
real = atomic._write_all

def half_then_wait(fd, data):
    real(fd, data[: len(data) // 2])
    marker.write_text("writing")
    time.sleep(60)
    real(fd, data[len(data) // 2 :])

atomic._write_all = half_then_wait
raise SystemExit(cli.main(["handout", sys.argv[4], "-o", str(out), "--patient-name", "Ada Quist"]))
"""


def start(tmp_path: Path, *, unnamed: bool) -> tuple[subprocess.Popen[str], Path]:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    marker = tmp_path / "marker"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            CHILD,
            str(out_dir / "h.pdf"),
            str(marker),
            str(int(unnamed)),
            str(EXAMPLE),
        ],
        env=headless_env({"QT_QPA_PLATFORM": "offscreen"}),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not marker.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            _out, err = proc.communicate(timeout=10)
            pytest.fail(f"the export did not start writing: {proc.returncode} {err}")
        time.sleep(0.02)
    return proc, out_dir


def end(proc: subprocess.Popen[str], sig: int) -> tuple[int, str, str]:
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=30)
    return proc.returncode, out, err


POSIX_SIGNALS = [
    pytest.param(signal.SIGTERM, id="SIGTERM"),
    pytest.param(getattr(signal, "SIGHUP", signal.SIGTERM), id="SIGHUP"),
    pytest.param(signal.SIGINT, id="SIGINT"),
]


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize("unnamed", [True, False], ids=["unnamed-temp", "named-temp"])
@pytest.mark.parametrize("sig", POSIX_SIGNALS)
def test_a_signal_leaves_nothing_and_ends_quietly(tmp_path: Path, sig: int, unnamed: bool) -> None:
    proc, out_dir = start(tmp_path, unnamed=unnamed)
    code, out, err = end(proc, sig)
    assert (out, err) == ("", "")  # no traceback, not even for Ctrl+C
    assert code == 128 + sig  # what a shell reports for a process ended by that signal
    assert os.listdir(out_dir) == []


@pytest.mark.skipif(not atomic.UNNAMED_TEMP, reason="an unnamed temporary file needs Linux")
def test_sigkill_leaves_nothing_where_the_system_has_unnamed_files(tmp_path: Path) -> None:
    proc, out_dir = start(tmp_path, unnamed=True)
    code, _, _ = end(proc, signal.SIGKILL)
    assert code == -signal.SIGKILL
    assert os.listdir(out_dir) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_what_sigkill_leaves_elsewhere_goes_with_the_next_export(tmp_path: Path) -> None:
    """Without unnamed files a SIGKILL cannot be cleaned up at once; the next export does it."""
    proc, out_dir = start(tmp_path, unnamed=False)
    end(proc, signal.SIGKILL)
    (left,) = os.listdir(out_dir)
    assert left.startswith(".h.pdf.")
    assert left.endswith(".tmp")
    retry = subprocess.run(
        [sys.executable, "-m", "her2aid", "handout", str(EXAMPLE), "-o", str(out_dir / "h.pdf")],
        env=headless_env({"QT_QPA_PLATFORM": "offscreen"}),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert retry.returncode == 0, retry.stderr
    assert os.listdir(out_dir) == ["h.pdf"]
