"""The crash dialog, Qt's messages in the log, Preferences, the handout options, recent cases."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import qInstallMessageHandler, qWarning
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_fakes import FakeDialogs

from her2aid import crash
from her2aid.qtbase import qtlog
from her2aid.qtbase.settings import Settings
from her2aid.ui import app as app_module
from her2aid.ui import crash_dialog
from her2aid.ui.crash_dialog import CrashDialog
from her2aid.ui.handout_dialog import HandoutDialog, HandoutOptions
from her2aid.ui.main_window import MainWindow
from her2aid.ui.preferences_dialog import PreferencesDialog

REPORT = "her2aid crash report\nher2aid 0.1.0\n\nTraceback...\nRuntimeError: kaboom"


def test_crash_dialog_shows_the_log_and_copies_the_report(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = CrashDialog(None, REPORT, tmp_path / "her2aid.log")
    qtbot.addWidget(dialog)
    assert str(tmp_path / "her2aid.log") in dialog.informativeText()
    assert "Nothing has been sent anywhere" in dialog.informativeText()
    assert dialog.detailedText() == REPORT
    dialog.show()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == REPORT
    assert dialog.isVisible()  # copying does not close it
    dialog.close()


def test_qt_warnings_reach_the_log(caplog: pytest.LogCaptureFixture, qtbot: QtBot) -> None:
    previous = qInstallMessageHandler(qtlog._handler)  # what qtlog.install() does
    try:
        with caplog.at_level(logging.WARNING, logger="her2aid.qt"):
            qWarning("a test warning from Qt")
    finally:
        qInstallMessageHandler(previous)  # give pytest-qt its handler back
    assert "a test warning from Qt" in caplog.text


def test_handout_dialog_starts_from_the_defaults(qtbot: QtBot) -> None:
    defaults = HandoutOptions(audience="both", paper="Letter", clinic_name="Riverside")
    dialog = HandoutDialog(None, defaults, "Export PDF")
    qtbot.addWidget(dialog)
    assert dialog.options() == defaults
    dialog.ui.audienceClinician.setChecked(True)
    dialog.ui.paperA4.setChecked(True)
    dialog.ui.patientName.setText("  <b>Jane</b>  ")
    chosen = dialog.options()
    assert chosen.audiences == ("clinician",)
    assert chosen.paper == "A4"
    assert chosen.patient_name == "<b>Jane</b>"
    assert chosen.show_survival
    dialog.ui.leaveOutSurvival.setChecked(True)
    assert dialog.options().show_survival is False
    dialog.ui.clinicContact.setText(" 555-0100 ")
    assert dialog.options().clinic_contact == "555-0100"
    assert dialog.ui.leaveOutSurvival.accessibleName() == "Leave out survival figures"


def test_preferences_dialog_saves_only_on_ok(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.ini")
    logo = tmp_path / "logo.png"
    dialog = PreferencesDialog(None, settings, lambda parent, start: logo)
    qtbot.addWidget(dialog)
    dialog.ui.prefClinicName.setText("Riverside Breast Clinic")
    dialog.ui.prefClinicContact.setText("  Breast care nurses: 555-0100  ")
    dialog.ui.chooseLogo.click()
    assert dialog.ui.clinicLogo.text() == str(logo)
    dialog.ui.prefPaperLetter.setChecked(True)
    dialog.ui.prefAudienceBoth.setChecked(True)
    assert settings.get("clinic_name") == ""  # nothing written before OK
    dialog.save()
    assert settings.get("clinic_name") == "Riverside Breast Clinic"
    assert settings.get("clinic_contact") == "Breast care nurses: 555-0100"
    assert settings.get("clinic_logo") == str(logo)
    assert settings.get("default_paper") == "Letter"
    assert settings.get("default_audience") == "both"


def test_a_chosen_clinic_logo_can_be_removed(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.ini")
    settings.set("clinic_logo", str(tmp_path / "logo.png"))
    dialog = PreferencesDialog(None, settings, lambda parent, start: None)
    qtbot.addWidget(dialog)
    assert dialog.ui.removeLogo.isEnabled()
    dialog.ui.removeLogo.click()
    assert dialog.ui.clinicLogo.text() == ""
    assert not dialog.ui.removeLogo.isEnabled()
    dialog.save()
    assert settings.get("clinic_logo") == ""


@pytest.mark.parametrize("which", ["preferences", "handout"])
def test_dialogs_have_no_empty_band(qtbot: QtBot, settings: Settings, which: str) -> None:
    """Opened at the height their contents need, not a fixed taller one."""
    dialog: QWidget = (
        PreferencesDialog(None, settings, lambda parent, start: None)
        if which == "preferences"
        else HandoutDialog(None, HandoutOptions(audience="patient", paper="A4"), "Export PDF")
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.height() <= dialog.sizeHint().height() + 2


def test_handout_dialog_refuses_a_name_the_handout_cannot_print(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = HandoutDialog(None, HandoutOptions(audience="patient", paper="A4"), "Export PDF")
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    problem = dialog.ui.namesProblem
    assert ok.isEnabled()
    assert not problem.isVisible()
    dialog.ui.clinicContact.setText("\u260e\U0001fae0 555-0100")
    assert not ok.isEnabled()
    assert "care team contact" in problem.text()
    dialog.ui.clinicContact.setText("555-0100")
    assert ok.isEnabled()
    dialog.ui.patientName.setText("Ann \U0001fae0 Lee")
    assert not ok.isEnabled()
    assert problem.isVisible()
    assert "U+1FAE0" in problem.text()
    dialog.ui.patientName.setText("Ann Lee")
    assert ok.isEnabled()
    assert not problem.isVisible()
    dialog.ui.patientName.setText("Jane \U0001f600 Doe")  # printable, but not kept as text
    assert not ok.isEnabled()
    assert "cannot keep as text (\U0001f600 U+1F600)" in problem.text()


def test_recent_cases_menu(window: MainWindow, dialogs: FakeDialogs, tmp_path: Path) -> None:
    menu = window.ui.menuOpenRecent
    assert [a.text() for a in menu.actions()] == ["&No recent cases"]
    saved = tmp_path / "case.json"
    dialogs.save_paths.append(saved)
    window.open_example("luminal-a-early")
    assert window.save_case_as()
    window.ui.menuOpenRecent.aboutToShow.emit()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&1 case.json", "&Clear the list"]
    window.new_case()
    menu.actions()[0].trigger()  # open it again from the menu
    assert window.document.path == saved
    menu.actions()[-1].trigger()  # clear
    assert window.settings.recent_files() == []
    assert [a.text() for a in menu.actions()] == ["&No recent cases"]


def test_recent_cases_can_be_turned_off(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    dialogs.preference_changes.append({"remember_recent": False})
    window.show_preferences()
    dialogs.save_paths.append(tmp_path / "case.json")
    window.open_example("luminal-a-early")
    window.save_case_as()
    assert window.settings.recent_files() == []
    assert window.settings.get("recent_files") == []


def test_a_crash_in_a_worker_thread_is_shown_on_the_gui_thread(
    configured_app: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, threading.Thread]] = []

    def fake_show_crash(report: str) -> None:  # stands in for the modal dialog
        shown.append((report, threading.current_thread()))

    monkeypatch.setattr(crash_dialog, "show_crash", fake_show_crash)

    def worker() -> None:
        raise RuntimeError("kaboom in a worker")

    crash.install(show=app_module.crash_show(configured_app))
    try:
        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: len(shown) == 1)
        # ...and from the GUI thread itself the dialog still opens at once.
        try:
            raise RuntimeError("kaboom on the GUI thread")
        except RuntimeError:
            crash.handle(*sys.exc_info())  # type: ignore[arg-type]
        assert len(shown) == 2
    finally:
        crash.uninstall()
    assert "RuntimeError: kaboom in a worker" in shown[0][0]
    assert "RuntimeError: kaboom on the GUI thread" in shown[1][0]
    assert [t for _report, t in shown] == [threading.main_thread()] * 2


def _mnemonics(dialog: QWidget) -> list[str]:
    """Every Alt+letter in the dialog, checking each labelled one leads somewhere."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    letters = []
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            found = re.search(r"&([^&\s])", widget.text().replace("&&", ""))
            if found is None:
                continue
            letters.append(found.group(1).lower())
            if isinstance(widget, QLabel):
                assert widget.buddy() is not None, f"{widget.objectName()}: mnemonic, no buddy"
    return letters


@pytest.mark.parametrize("language", ["en", "es"])
def test_dialog_mnemonics_lead_somewhere_and_do_not_clash(
    qtbot: QtBot, settings: Settings, window_language: str
) -> None:
    dialogs: list[QWidget] = [
        PreferencesDialog(None, settings, lambda parent, start: None),
        HandoutDialog(None, HandoutOptions(audience="patient", paper="A4"), "Export PDF"),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        letters = _mnemonics(dialog)
        assert len(letters) >= 8, dialog.objectName()
        assert len(letters) == len(set(letters)), (dialog.objectName(), sorted(letters))


def test_crash_reports_arriving_while_a_dialog_is_open_wait_their_turn(
    configured_app: QApplication, qtbot: QtBot
) -> None:
    """A worker's crash while the GUI thread's dialog is open: shown after, not on top."""
    events: list[str] = []
    relay = app_module.CrashRelay(lambda report: None, configured_app)

    def show(report: str) -> None:  # the "modal dialog": its loop delivers queued reports
        events.append(f"open {report}")
        if report == "first":
            worker = threading.Thread(target=lambda: relay.show("second"))
            worker.start()
            worker.join()
            qtbot.wait(50)  # the queued "second" is delivered while "first" is open
        events.append(f"close {report}")

    relay._show = show
    relay.show("first")
    qtbot.waitUntil(lambda: len(events) == 4)
    assert events == ["open first", "close first", "open second", "close second"]
    relay.deleteLater()


def test_the_patient_pages_language_is_chosen_per_handout_and_by_default(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Issue 17: an English-speaking clinician exports a Spanish patient handout."""
    dialog = HandoutDialog(None, HandoutOptions(audience="patient", paper="A4"), "Export PDF")
    qtbot.addWidget(dialog)
    box = dialog.ui.handoutLanguage
    assert [box.itemData(i) for i in range(box.count())] == ["en", "es"]
    assert box.itemText(1) == "Español (EE. UU.) (not reviewed)"
    assert dialog.options().language == "en"
    box.setCurrentIndex(1)
    assert dialog.options().language == "es"
    settings = Settings(tmp_path / "s.ini")
    prefs = PreferencesDialog(None, settings, lambda parent, start: None)
    qtbot.addWidget(prefs)
    prefs.ui.prefHandoutLanguage.setCurrentIndex(prefs.ui.prefHandoutLanguage.findData("es"))
    prefs.save()
    assert settings.get("handout_language") == "es"
    again = HandoutDialog(None, HandoutOptions("patient", "A4", language="es"), "Print")
    qtbot.addWidget(again)
    assert again.ui.handoutLanguage.currentData() == "es"
