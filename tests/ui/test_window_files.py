"""Open, save, unsaved changes and the window title."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_fakes import FakeDialogs

from her2aid.core import casefile
from her2aid.core.examples import EXAMPLES_PACKAGE, load_example
from her2aid.ui import case_io
from her2aid.ui.app import open_files_from_the_system
from her2aid.ui.dialogs import UnsavedChoice
from her2aid.ui.main_window import MainWindow

EXAMPLES = Path(__file__).parents[2] / "src" / EXAMPLES_PACKAGE.replace(".", "/")


def edit_something(window: MainWindow, qtbot: QtBot) -> None:
    button = window.form.ui.ihcThree
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert window.modified


def test_open_and_save_round_trip(window: MainWindow, dialogs: FakeDialogs, tmp_path: Path) -> None:
    source = EXAMPLES / "ish-group3-recount-positive.json"
    dialogs.open_paths.append(source)
    window.ui.actionOpenCase.trigger()
    assert window.evaluation.inputs == casefile.read(source)
    assert window.document.path == source
    assert not window.modified
    assert window.windowTitle().startswith("ish-group3-recount-positive.json[*]")
    assert window.form.ui.ishRecount.isChecked()
    assert window.form.ui.ishRatio.text() == "1.7"

    target = tmp_path / "copy.json"
    dialogs.save_paths.append(target)
    window.ui.actionSaveCaseAs.trigger()
    assert target.read_text(encoding="utf-8") == casefile.dumps(casefile.read(source))
    assert window.document.path == target
    assert window.windowTitle().startswith("copy.json[*]")
    assert [p.name for p in tmp_path.iterdir()] == ["copy.json"]  # no temporary files left

    window.ui.actionNewCase.trigger()
    dialogs.open_paths.append(target)
    window.ui.actionOpenCase.trigger()
    assert window.evaluation.inputs == casefile.read(source)


def test_save_writes_to_the_open_file_without_asking(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "case.json"
    path.write_text(casefile.dumps(load_example("her2-null-early")), encoding="utf-8")
    dialogs.open_paths.append(path)
    window.open_case()
    edit_something(window, qtbot)
    assert window.isWindowModified()
    window.ui.actionSaveCase.trigger()
    assert "save_case_path" not in dialogs.names()
    assert casefile.read(path).her2.ihc is not None
    assert casefile.read(path).her2.ihc.value == "3+"
    assert not window.modified
    assert not window.isWindowModified()


def test_saving_an_untitled_case_asks_for_a_name(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, qtbot: QtBot
) -> None:
    edit_something(window, qtbot)
    assert window.windowTitle().startswith("Untitled case[*]")
    window.ui.actionSaveCase.trigger()  # cancelled: nothing written, still modified
    assert dialogs.names() == ["save_case_path"]
    assert window.modified
    dialogs.save_paths.append(tmp_path / "new.json")
    assert window.save_case()
    assert casefile.read(tmp_path / "new.json") == window.evaluation.inputs  # what is on screen
    assert window.evaluation.inputs != casefile.from_dict({"format": casefile.FORMAT})
    assert not window.modified


def test_a_malformed_file_shows_the_reason_and_keeps_the_case(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, qtbot: QtBot
) -> None:
    window.open_example("tnbc-metastatic-pdl1")
    before = window.form.state
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "her2aid-case/1", "her2": {"ihc": "4+"}}', encoding="utf-8")
    dialogs.open_paths.append(bad)
    window.ui.actionOpenCase.trigger()
    ((title, text, details),) = dialogs.errors()
    assert title == "Could not open the case"
    assert text.startswith("bad.json: her2.ihc: must be one of")
    assert "\n" not in text
    assert "unchanged" in details
    assert window.form.state == before
    assert window.document.path is None


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"not json", "not valid JSON"),
        (b"\xff\xfe\x00", "not a UTF-8 text file"),
        (b'{"format": "her2aid-case/2"}', "is not supported"),
        (b'{"format": "her2aid-case/1", "ki67_percent": 1' + b"0" * 400 + b"}", "ki67_percent"),
        (b'{"format": "her2aid-case/1", "ki67_percent": 1' + b"0" * 5000 + b"}", "ki67_percent"),
        (b"[" * 100_000, "nested too deeply"),
    ],
)
def test_other_bad_files_are_refused_with_one_line(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, content: bytes, reason: str
) -> None:
    window.open_example("tnbc-metastatic-pdl1")
    before = window.form.state
    bad = tmp_path / "x.json"
    bad.write_bytes(content)
    assert not window.open_path(bad)
    ((title, text, _details),) = dialogs.errors()
    assert title == "Could not open the case"
    assert reason in text
    assert "\n" not in text
    assert window.form.state == before
    assert window.document.path is None


def test_a_failed_save_loses_nothing(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "case.json"
    original = casefile.dumps(load_example("luminal-a-early"))
    path.write_text(original, encoding="utf-8")
    dialogs.open_paths.append(path)
    window.open_case()
    edit_something(window, qtbot)
    state = window.form.state

    def full_disk(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    original_replace = os.replace
    os.replace = full_disk  # type: ignore[assignment]
    try:
        assert not window.save_case()
    finally:
        os.replace = original_replace
    ((title, text, details),) = dialogs.errors()
    assert title == "Could not save the case"
    assert (
        text
        == f'Could not save "{path}": the disk is full; free some space or choose another place.'
    )
    assert "Nothing was lost" in details
    assert path.read_text(encoding="utf-8") == original  # the old file is intact
    assert [p.name for p in tmp_path.iterdir()] == ["case.json"]  # temp file removed
    assert window.modified
    assert window.form.state == state


def test_saving_into_a_folder_that_is_not_writable_says_why(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, qtbot: QtBot
) -> None:
    edit_something(window, qtbot)
    dialogs.save_paths.append(tmp_path / "no-such-folder" / "case.json")
    assert not window.save_case_as()
    ((_title, text, _details),) = dialogs.errors()
    assert f'the folder "{tmp_path / "no-such-folder"}" does not exist' in text  # as Export says
    dialogs.save_paths.append(tmp_path)  # a folder
    assert not window.save_case_as()
    assert "folder" in dialogs.errors()[1][1]
    assert window.modified


def test_a_case_is_never_saved_over_a_device(tmp_path: Path) -> None:
    """The handout's writer, shared: renaming over /dev/null as root would replace it."""
    from her2aid.atomic import WriteError

    with pytest.raises(WriteError, match="not an ordinary file"):
        case_io.write_case(Path(os.devnull), load_example("er-low-early"))


def test_write_case_keeps_the_permissions_of_the_file_it_replaces(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text("{}", encoding="utf-8")
    path.chmod(0o640)
    case_io.write_case(path, load_example("er-low-early"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert casefile.read(path) == load_example("er-low-early")


# --- unsaved changes -------------------------------------------------------------


def test_no_question_without_changes(window: MainWindow, dialogs: FakeDialogs) -> None:
    window.ui.actionNewCase.trigger()
    window.open_example("her2-null-early")
    assert "unsaved_changes" not in dialogs.names()


@pytest.mark.parametrize("action", ["new", "open", "example", "close"])
def test_cancel_keeps_the_changed_case(
    window: MainWindow, dialogs: FakeDialogs, qtbot: QtBot, action: str
) -> None:
    edit_something(window, qtbot)
    state = window.form.state
    dialogs.unsaved_answers.append("cancel")
    if action == "new":
        window.ui.actionNewCase.trigger()
    elif action == "open":
        window.ui.actionOpenCase.trigger()
    elif action == "example":
        window.ui.menuOpenExample.actions()[0].trigger()
    else:
        window.ui.actionQuit.trigger()
        assert window.isVisible()
    assert dialogs.calls == [("unsaved_changes", ("Untitled case",))]
    assert window.form.state == state
    assert window.modified


def test_discard_goes_ahead(window: MainWindow, dialogs: FakeDialogs, qtbot: QtBot) -> None:
    edit_something(window, qtbot)
    dialogs.unsaved_answers.append("discard")
    window.ui.menuOpenExample.actions()[0].trigger()
    assert dialogs.names() == ["unsaved_changes"]
    assert window.document.name.startswith("Example: ")
    assert not window.modified


def test_save_then_go_ahead(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, qtbot: QtBot
) -> None:
    edit_something(window, qtbot)
    dialogs.unsaved_answers.append("save")
    dialogs.save_paths.append(tmp_path / "kept.json")
    window.ui.actionNewCase.trigger()
    assert dialogs.names() == ["unsaved_changes", "save_case_path"]
    assert casefile.read(tmp_path / "kept.json").her2.ihc is not None
    assert window.form.state.ihc is None


def test_save_cancelled_means_nothing_happens(
    window: MainWindow, dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    edit_something(window, qtbot)
    dialogs.unsaved_answers.append("save")  # ... then the file dialog is cancelled
    window.ui.actionQuit.trigger()
    assert window.isVisible()
    assert window.modified


def test_quit_with_changes_asks_then_closes(
    window: MainWindow, dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    edit_something(window, qtbot)
    dialogs.unsaved_answers.append("discard")
    window.ui.actionQuit.trigger()
    assert dialogs.names() == ["unsaved_changes"]
    assert not window.isVisible()


def test_invalid_entries_are_not_saved(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, qtbot: QtBot
) -> None:
    qtbot.keyClicks(window.form.ui.ki67Percent, "abc")
    dialogs.save_paths.append(tmp_path / "x.json")
    assert not window.save_case_as()
    ((title, _text, details),) = dialogs.errors()
    assert title == "Cannot save yet"
    assert "Ki-67 % of nuclei" in details
    assert not (tmp_path / "x.json").exists()
    assert dialogs.names() == ["error"]


@pytest.mark.parametrize(("answer", "opened"), [("discard", True), ("cancel", False)])
def test_a_file_the_system_opens_asks_first_then_opens(
    window: MainWindow,
    dialogs: FakeDialogs,
    qtbot: QtBot,
    configured_app: QApplication,
    answer: UnsavedChoice,
    opened: bool,
) -> None:
    edit_something(window, qtbot)
    before = window.form.state
    dialogs.unsaved_answers.append(answer)
    opener = open_files_from_the_system(configured_app, window)
    assert opener is not None, "the tests run with her2aid's own application class"
    try:
        source = EXAMPLES / "ish-group3-recount-positive.json"
        QCoreApplication.postEvent(configured_app, QFileOpenEvent(str(source)))
        qtbot.waitUntil(lambda: "unsaved_changes" in dialogs.names())
        qtbot.wait(20)
    finally:
        opener.deleteLater()  # disconnects it from the application
    if opened:
        assert window.document.path == source
        assert window.evaluation.inputs == casefile.read(source)
        assert not window.modified
    else:
        assert window.document.path is None
        assert window.form.state == before
