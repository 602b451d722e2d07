"""her2aid works with the network gone, and writes nothing about a patient unprompted.

Issue 5: "A test runs the whole GUI flow and the CLI with network sockets made
to fail, and everything works", and "a test checks the settings and log files
after a session with a patient name".
"""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from her2aid import applog
from her2aid.qtbase.settings import Settings
from her2aid.ui.handout_dialog import HandoutOptions
from her2aid.ui.main_window import MainWindow

ROOT = Path(__file__).parents[2]
NONET = Path(__file__).parent / "nonet"
EXAMPLE = ROOT / "src/her2aid/examples/tnbc-metastatic-pdl1.json"
PATIENT = "Zebulon Quixote-Patient"


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every way of reaching the network fail, and record any attempt."""
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args[:2]))
        raise OSError("network disabled by the offline test")

    for name in ("connect", "connect_ex"):
        monkeypatch.setattr(socket.socket, name, refuse)
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse)
    return attempts


def test_the_whole_window_flow_works_offline(
    no_network: list[str], window: MainWindow, dialogs: object, qtbot: QtBot, tmp_path: Path
) -> None:
    from ui_fakes import FakeDialogs

    assert isinstance(dialogs, FakeDialogs)
    assert window.open_path(EXAMPLE)
    qtbot.mouseClick(window.form.ui.ihcTwo, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    window.set_audience("patient")
    dialogs.pdf_paths.append(tmp_path / "handout.pdf")
    dialogs.handout_answers.append(HandoutOptions("both", "A4", PATIENT, "Clinic"))
    window.export_pdf()  # the real export, nothing mocked
    assert (tmp_path / "handout.pdf").read_bytes().startswith(b"%PDF-")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialogs.print_answers.append(True)
    window._paint(printer, HandoutOptions("patient", "A4"))  # what Print does after the dialog
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000
    dialogs.save_paths.append(tmp_path / "case.json")
    assert window.save_case_as()
    assert dialogs.errors() == []
    assert no_network == []  # and nothing even tried


@pytest.mark.parametrize(
    "args",
    [
        ["classify", str(EXAMPLE)],
        ["prognosis", str(ROOT / "src/her2aid/examples/luminal-a-early.json")],
        ["handout", str(EXAMPLE), "-o", "{tmp}/h.pdf", "--audience", "both"],
        ["--startup-check", "--no-crash-dialog"],
    ],
)
def test_the_command_line_works_offline(args: list[str], tmp_path: Path) -> None:
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join([str(NONET), os.environ.get("PYTHONPATH", "")]),
        QT_QPA_PLATFORM="offscreen",
        HER2AID_LOG_DIR=str(tmp_path / "logs"),
        HER2AID_CONFIG_DIR=str(tmp_path / "config"),
    )
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    check = subprocess.run(
        [sys.executable, "-c", "import socket; socket.getaddrinfo('example.org', 80)"],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert "network disabled" in check.stderr  # the network really is gone in these runs
    proc = subprocess.run(
        [sys.executable, "-m", "her2aid", *argv],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr


def test_nothing_about_the_patient_is_written(
    window: MainWindow,
    dialogs: object,
    settings: Settings,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A session with a patient name typed for the handout leaves it in no log or setting."""
    from ui_fakes import FakeDialogs

    assert isinstance(dialogs, FakeDialogs)
    logs = tmp_path_factory.mktemp("logs")
    out = tmp_path_factory.mktemp("out")
    monkeypatch.setenv("HER2AID_LOG_DIR", str(logs))
    applog.setup_logging()
    try:
        window.open_path(EXAMPLE)
        dialogs.preference_changes.append({"clinic_name": "Riverside Clinic"})
        window.show_preferences()
        dialogs.handout_answers.append(HandoutOptions("patient", "A4", PATIENT, "Riverside Clinic"))
        dialogs.pdf_paths.append(out / "handout.pdf")
        window.export_pdf()
        # a failing export logs an error mentioning what was being done
        dialogs.handout_answers.append(HandoutOptions("patient", "A4", PATIENT, ""))
        dialogs.pdf_paths.append(out / "no such folder" / "x.pdf")
        window.export_pdf()
        logging.getLogger("her2aid.test").error("exporting a handout for %s failed", PATIENT)
        for handler in logging.getLogger().handlers:
            handler.flush()
    finally:
        monkeypatch.undo()  # back to the suite's temporary log folder, not the user's
        applog.setup_logging()
    written = [p for p in [*logs.rglob("*"), *settings.path.parent.rglob("*")] if p.is_file()]
    assert any(p.name == applog.LOG_NAME for p in written)
    assert settings.path in written
    for path in written:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert PATIENT not in text, path
        assert "Zebulon" not in text, path
    assert "[redacted]" in (logs / applog.LOG_NAME).read_text(encoding="utf-8")
    # the exported handout is the one place the name is: the user asked for it there
    assert (out / "handout.pdf").exists()


#: What a values-exercise answer could leave behind: the statements' ids and words, and the
#: answers as stored and as shown (the undo step's name says both).
VALUES_TRACES = (
    "live_longer", "avoid_hair_loss", "lower_return", "values",
    "very_important", "somewhat_important", "not_important",
    "Living as long as I can", "Keeping my hair", "very important", "not important",
)  # fmt: skip


def test_the_values_answers_never_reach_the_log(
    window: MainWindow,
    dialogs: object,
    settings: Settings,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 14: the values answers are saved in the case file the user saves, nowhere else.

    A whole session, logging everything down to debug: answer in the window,
    undo and redo, save the case, open it again, export a handout (and fail
    one), change the setting so a statement is hidden; then the command line
    on the saved file, and on a file with a refused answer (which is logged,
    without the answer). No log or setting holds an answer, a statement or its id.
    """
    from ui_fakes import FakeDialogs

    from her2aid.cli import main as cli

    assert isinstance(dialogs, FakeDialogs)
    logs = tmp_path_factory.mktemp("logs")
    out = tmp_path_factory.mktemp("out")
    monkeypatch.setenv("HER2AID_LOG_DIR", str(logs))
    applog.setup_logging(logging.DEBUG)
    try:
        window.open_example("luminal-a-early")
        for item, answer in (
            ("live_longer", "very_important"),
            ("avoid_hair_loss", "not_important"),
        ):
            _group, buttons = window.form.values_rows[item]
            button = next(b for b, value in buttons.items() if value == answer)
            button.click()
        window.ui.actionUndo.trigger()
        window.ui.actionRedo.trigger()
        case = out / "case.json"
        dialogs.save_paths.append(case)
        assert window.save_case_as()
        assert '"very_important"' in case.read_text(encoding="utf-8")  # the one place they go
        window.ui.actionNewCase.trigger()
        dialogs.open_paths.append(case)
        window.ui.actionOpenCase.trigger()
        assert window.form.state.values
        dialogs.handout_answers.append(HandoutOptions("patient", "A4", "", ""))
        dialogs.pdf_paths.append(out / "handout.pdf")
        window.export_pdf()
        dialogs.handout_answers.append(HandoutOptions("patient", "A4", "", ""))
        dialogs.pdf_paths.append(out / "no such folder" / "x.pdf")
        window.export_pdf()  # fails
        window.form.ui.settingMetastatic.click()  # hides the early-disease statement
        window.form.ui.settingEarly.click()
        refused = out / "refused.json"
        data = json.loads(case.read_text(encoding="utf-8"))
        data["values"] = {"live_longer": "very_important", "keep_hair": "not_important"}
        refused.write_text(json.dumps(data), encoding="utf-8")
        for argv in (
            ["classify", str(case)],
            ["summary", str(case), "--audience", "patient"],
            ["handout", str(case), "-o", str(out / "cli.pdf")],
            ["handout", str(refused), "-o", str(out / "refused.pdf")],
        ):
            cli(argv)
        for handler in logging.getLogger().handlers:
            handler.flush()
    finally:
        monkeypatch.undo()  # back to the suite's temporary log folder, not the user's
        applog.setup_logging()
    assert (out / "handout.pdf").exists()
    assert (out / "cli.pdf").exists()
    assert not (out / "refused.pdf").exists()
    log = logs / applog.LOG_NAME
    logged = log.read_text(encoding="utf-8")
    assert "her2aid started" in logged  # the log was written during the session ...
    assert "handout refused its input" in logged  # ... including the refused answer's file
    settings._q.sync()
    written = [p for p in [*logs.rglob("*"), *settings.path.parent.rglob("*")] if p.is_file()]
    assert settings.path in written
    for path in written:
        text = path.read_text(encoding="utf-8", errors="replace")
        for trace in VALUES_TRACES:
            assert trace not in text, (path.name, trace)
