"""The dialog the crash path shows: what happened, where the log is, copyable details.

Nothing is sent anywhere; the user can copy the report into an e-mail to
whoever supports the app. The dialog never hides the case: the window stays
open behind it with every input as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


class CrashDialog(QMessageBox):
    """An unexpected error, with the crash report as copyable details."""

    def __init__(self, parent: QWidget | None, report: str, log_file: Path | None) -> None:
        super().__init__(parent)
        self.report = report
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle("her2aid: unexpected error")
        self.setText(
            "her2aid ran into an unexpected error. Your inputs are still on screen; "
            "save the case if you can, then restart her2aid."
        )
        where = (
            f"The details are in the log file:\n{log_file}"
            if log_file
            else ("The log file could not be written.")
        )
        self.setInformativeText(f"{where}\nNothing has been sent anywhere.")
        self.setDetailedText(report)
        self.copy_button = self.addButton("&Copy details", QMessageBox.ButtonRole.ActionRole)
        self.copy_button.setAccessibleName("Copy the error details")
        self.copy_button.setAccessibleDescription(
            "Copy the crash report to the clipboard, to paste into a message to support."
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
