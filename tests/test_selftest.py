"""``her2aid --selftest`` in a real process, as clinic IT runs it after installing."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from her2aid import selftest
from procs import headless_env, run_her2aid


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return run_her2aid(*args, env=headless_env(env))


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
def test_selftest_keeps_qt_warnings_off_stderr(tmp_path: Path) -> None:
    # A C locale makes Qt warn ("Detected locale C ... not UTF-8") as the app starts.
    env = {k: v for k, v in headless_env().items() if k != "LANG" and not k.startswith("LC_")}
    env.update(LC_ALL="C", HER2AID_LOG_DIR=str(tmp_path))
    proc = run_her2aid("--selftest", env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert len(proc.stdout.splitlines()) == 1, proc.stdout
    assert proc.stdout.startswith("selftest ok:")
    # Qt did warn, and the warning went to the log instead.
    log = (tmp_path / "her2aid.log").read_text(encoding="utf-8")
    assert "WARNING her2aid.qt:" in log
    assert 'Detected locale "C"' in log
