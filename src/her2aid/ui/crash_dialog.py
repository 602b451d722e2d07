"""The dialog the crash path shows: what happened, where the log is, copyable details.

Nothing is sent anywhere; the user can copy the report into an e-mail to
whoever supports the app. The dialog never hides the case: the window stays
open behind it with every input as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from her2aid.ui.translation import translate


class CrashDialog(QMessageBox):
    """An unexpected error, with the crash report as copyable details."""

    def __init__(self, parent: QWidget | None, report: str, log_file: Path | None) -> None:
        super().__init__(parent)
        self.report = report
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(translate("CrashDialog", "her2aid: unexpected error"))
        self.setText(
            translate(
                "CrashDialog",
                "her2aid ran into an unexpected error. Your inputs are still on screen; "
                "save the case if you can, then restart her2aid.",
            )
        )
        where = (
            translate("CrashDialog", "The details are in the log file:\n{path}").format(
                path=log_file
            )
            if log_file
            else translate("CrashDialog", "The log file could not be written.")
        )
        nothing_sent = translate("CrashDialog", "Nothing has been sent anywhere.")
        self.setInformativeText(f"{where}\n{nothing_sent}")
        self.setDetailedText(report)
        self.copy_button = self.addButton(
            translate("CrashDialog", "&Copy details"), QMessageBox.ButtonRole.ActionRole
        )
        self.copy_button.setAccessibleName(translate("CrashDialog", "Copy the error details"))
        self.copy_button.setAccessibleDescription(
            translate(
                "CrashDialog",
                "Copy the crash report to the clipboard, to paste into a message to support.",
            )
        )
        # An action-role button would close the box; copying should not.
        self.copy_button.clicked.disconnect()
        self.copy_button.clicked.connect(self.copy_details)
        self.addButton(QMessageBox.StandardButton.Close)

    def copy_details(self) -> None:
        """Put the report on the clipboard."""
        QApplication.clipboard().setText(self.report)


def show_crash(report: str) -> None:
    """Show the crash dialog over the active window (used as crash.install's ``show``)."""
    from her2aid import applog

    CrashDialog(QApplication.activeWindow(), report, applog.log_file()).exec()
