"""The log file and the crash path: local, nothing about a patient, no traceback on stderr."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from her2aid import applog, crash

EXAMPLE = Path(__file__).parents[1] / "src/her2aid/examples/luminal-a-early.json"


@pytest.fixture
def log_to(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HER2AID_LOG_DIR", str(tmp_path))
    path = applog.setup_logging()
    assert path == tmp_path / applog.LOG_NAME
    return path


def flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_log_goes_to_the_log_file(log_to: Path) -> None:
    logging.getLogger("her2aid.test").warning("something happened")
    flush()
    text = log_to.read_text(encoding="utf-8")
    assert "her2aid started" in text
    assert "WARNING her2aid.test: something happened" in text


def test_a_full_log_is_rotated_at_start_and_old_ones_are_capped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / applog.LOG_NAME
    for n in range(1, applog.BACKUPS + 1):
        log.with_name(f"{log.name}.{n}").write_text(f"old {n}\n", encoding="utf-8")
    log.write_bytes(b"x" * applog.MAX_BYTES)
    monkeypatch.setenv("HER2AID_LOG_DIR", str(tmp_path))
    monkeypatch.setattr(applog, "_configured_dir", None)
    assert applog.setup_logging() == log
    flush()
    assert "her2aid started" in log.read_text(encoding="utf-8")  # a fresh file
    assert log.with_name(f"{log.name}.1").stat().st_size == applog.MAX_BYTES
    for n in range(2, applog.BACKUPS + 1):  # each old file moved one along
        assert log.with_name(f"{log.name}.{n}").read_text(encoding="utf-8") == f"old {n - 1}\n"
    assert not log.with_name(f"{log.name}.{applog.BACKUPS + 1}").exists()  # the oldest dropped


def test_a_log_below_the_limit_is_appended_to(
    log_to: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = log_to.read_text(encoding="utf-8")
    monkeypatch.setattr(applog, "_configured_dir", None)
    assert applog.setup_logging() == log_to
    flush()
    assert log_to.read_text(encoding="utf-8").startswith(before)
    assert not log_to.with_name(f"{log_to.name}.1").exists()


def test_a_log_that_fills_up_while_running_starts_afresh(
    log_to: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(applog, "MAX_BYTES", 2_000)
    for n in range(200):
        logging.getLogger("her2aid.test").warning("event %d", n)
    flush()
    files = sorted(log_to.parent.glob(f"{log_to.name}*"))
    assert [f.name for f in files] == [log_to.name] + [
        f"{log_to.name}.{n}" for n in range(1, applog.BACKUPS + 1)
    ]
    assert all(f.stat().st_size < 2_000 + 200 for f in files)  # each cut near the limit
    assert "event 199" in log_to.read_text(encoding="utf-8")  # the newest is in the live file


def test_a_rotation_that_cannot_move_the_live_log_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows: another her2aid has the log open, so it cannot be renamed."""
    log = tmp_path / applog.LOG_NAME
    log.write_bytes(b"x" * applog.MAX_BYTES)
    for n in range(1, applog.BACKUPS + 1):
        log.with_name(f"{log.name}.{n}").write_text(f"old {n}\n", encoding="utf-8")
    real_replace = applog.os.replace

    def locked(src: object, dst: object) -> None:
        if Path(str(src)) == log:
            raise PermissionError(13, "in use by another process")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(applog.os, "replace", locked)
    applog._rotate(log)
    assert log.stat().st_size == applog.MAX_BYTES
    for n in range(1, applog.BACKUPS + 1):
        assert log.with_name(f"{log.name}.{n}").read_text(encoding="utf-8") == f"old {n}\n"


def test_a_rotation_that_cannot_shift_an_old_log_puts_the_live_one_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / applog.LOG_NAME
    log.write_bytes(b"x" * applog.MAX_BYTES)
    log.with_name(f"{log.name}.1").write_text("old 1\n", encoding="utf-8")
    real_replace = applog.os.replace

    def locked(src: object, dst: object) -> None:
        if Path(str(src)).name == f"{log.name}.1":
            raise PermissionError(13, "in use by another process")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(applog.os, "replace", locked)
    applog._rotate(log)
    assert log.stat().st_size == applog.MAX_BYTES
    assert log.with_name(f"{log.name}.1").read_text(encoding="utf-8") == "old 1\n"
    assert not log.with_name(f"{log.name}.rotating").exists()


def test_registered_names_are_redacted(log_to: Path) -> None:
    applog.redact("Jane Q. Doe")
    logging.getLogger("her2aid.test").error("exporting for %s", "Jane Q. Doe")
    flush()
    text = log_to.read_text(encoding="utf-8")
    assert "Jane Q. Doe" not in text
    assert "exporting for [redacted]" in text


def test_a_name_inside_a_traceback_is_redacted(log_to: Path) -> None:
    applog.redact("Jane Q. Doe")
    root = logging.getLogger()
    # pytest's own capture handler would format the traceback first; the app has none.
    others = [h for h in root.handlers if h is not applog._handler]
    for handler in others:
        root.removeHandler(handler)
    try:
        raise ValueError("could not write 'Jane Q. Doe handout.pdf'")
    except ValueError:
        logging.getLogger("her2aid.test").exception("export failed")
    finally:
        for handler in others:
            root.addHandler(handler)
    flush()
    text = log_to.read_text(encoding="utf-8")
    assert "ValueError: could not write '[redacted] handout.pdf'" in text
    assert "Jane Q. Doe" not in text


def test_unwritable_log_folder_is_survived(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("HER2AID_LOG_DIR", str(blocker / "logs"))  # parent is a file
    assert applog.setup_logging() is None
    logging.getLogger("her2aid.test").error("still fine")


def boom() -> None:
    raise RuntimeError("kaboom")


def test_crash_report_has_versions_and_traceback(log_to: Path) -> None:
    try:
        boom()
    except RuntimeError:
        text = crash.report(*sys.exc_info())  # type: ignore[arg-type]
    from her2aid import __version__
    from her2aid.core import content

    loaded = content.load()
    assert f"her2aid {__version__}" in text
    assert f"ruleset {loaded.ruleset.version}" in text
    assert f"content {loaded.about.content_version}" in text
    assert "RuntimeError: kaboom" in text
    assert str(log_to) in text


def test_unhandled_exceptions_are_logged_and_shown(log_to: Path) -> None:
    shown: list[str] = []
    crash.install(shown.append)
    try:
        try:
            boom()
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
        thread = threading.Thread(target=boom)
        thread.start()
        thread.join()
    finally:
        crash.uninstall()
    flush()
    assert len(shown) == 2
    assert all("RuntimeError: kaboom" in s for s in shown)
    assert log_to.read_text(encoding="utf-8").count("CRITICAL") == 2


def test_a_failing_dialog_does_not_crash_the_crash_handler(log_to: Path) -> None:
    def broken_dialog(text: str) -> None:
        raise ValueError("dialog broke")

    crash.install(broken_dialog)
    try:
        try:
            boom()
        except RuntimeError:
            crash.handle(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        crash.uninstall()
    flush()
    assert "the crash handler itself failed" in log_to.read_text(encoding="utf-8")


def test_cli_internal_error_is_one_line(tmp_path: Path) -> None:
    code = (
        "import sys, her2aid.core.classify as c\n"
        "def broken(*a, **k): raise RuntimeError('simulated bug')\n"
        "c.classify = broken\n"
        "from her2aid.cli import main\n"
        f"sys.exit(main(['classify', {str(EXAMPLE)!r}]))\n"
    )
    env = {"HER2AID_LOG_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f"her2aid: internal error; details are in {tmp_path / applog.LOG_NAME}"
    ]
    log_text = (tmp_path / applog.LOG_NAME).read_text(encoding="utf-8")
    assert "RuntimeError: simulated bug" in log_text


def test_cli_commands_never_import_qt() -> None:
    examples = Path(__file__).parents[1] / "src/her2aid/examples"
    code = (
        "import sys\nfrom her2aid.cli import main\n"
        f"main(['classify', {str(examples / 'luminal-a-early.json')!r}])\n"
        f"main(['prognosis', {str(examples / 'luminal-a-early.json')!r}])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
