"""Run the real ``her2aid`` command in a child process, as a user or a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path


def headless_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """This process's environment without a display, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(extra or {})
    return env


def private_env(home: Path, **extra: str) -> dict[str, str]:
    """No display, and a home of its own: nothing read from or written to the real one."""
    env = headless_env()
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        LC_ALL="C.UTF-8",  # English whatever the machine's locale (a test may choose another)
        LANG="C.UTF-8",
    )
    env.update(extra)
    return env


def run_her2aid(
    *args: str,
    env: Mapping[str, str] | None = None,
    stdin: str | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """``python -m her2aid ARGS`` with ``env`` (default: this environment, no display)."""
    return subprocess.run(
        [sys.executable, "-m", "her2aid", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env=dict(env) if env is not None else headless_env(),
    )


def run_python(
    code: str, *, env: Mapping[str, str], timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """``python -c CODE`` in a fresh process (a real start-up, its own QApplication)."""
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env=dict(env),
    )


def start_until_marked(
    args: Sequence[str],
    marker: Path,
    *,
    env: Mapping[str, str],
    waiting_for: str,
    poll: float = 0.02,
) -> subprocess.Popen[str]:
    """``python ARGS`` in a child that creates ``marker`` once it got as far as a test needs
    (an export writing, a dialog open); fails the test, saying ``waiting_for``, if it
    ends or takes more than a minute first."""
    import time

    import pytest

    proc = subprocess.Popen(
        [sys.executable, *args],
        env=dict(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not marker.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            _, err = proc.communicate(timeout=10)
            pytest.fail(f"{waiting_for}: {proc.returncode} {err}")
        time.sleep(poll)
    return proc
