"""``her2aid --selftest`` in a real process, as clinic IT runs it after installing."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from her2aid import selftest


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "her2aid", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=full_env,
    )


@pytest.mark.slow
def test_selftest_passes_and_prints_one_line() -> None:
    proc = _run("--selftest", "--no-crash-dialog")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 1, proc.stdout
    assert lines[0].startswith("selftest ok:")
    assert "Traceback" not in proc.stderr


def test_selftest_failure_is_one_line_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from her2aid import cli

    def broken() -> str:
        raise selftest.SelftestError("no example cases found: package data is missing")

    monkeypatch.setattr(selftest, "run", broken)
    assert cli.main(["--selftest"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["her2aid: selftest failed: no example cases found: package data is missing"]


def test_unexpected_selftest_error_names_its_type(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from her2aid import cli

    def broken() -> str:
        raise OSError("No space left on device")

    monkeypatch.setattr(selftest, "run", broken)
    assert cli.main(["--selftest"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("her2aid: selftest failed: OSError: No space left on device")
    assert "\n" not in err


@pytest.mark.slow
def test_selftest_keeps_qt_warnings_off_stderr() -> None:
    # A C locale makes Qt warn ("Detected locale C ... not UTF-8") as the app starts.
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env = {k: v for k, v in env.items() if k != "LANG" and not k.startswith("LC_")}
    env["LC_ALL"] = "C"
    proc = subprocess.run(
        [sys.executable, "-m", "her2aid", "--selftest"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert len(proc.stdout.splitlines()) == 1, proc.stdout
    assert proc.stdout.startswith("selftest ok:")
