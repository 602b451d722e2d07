"""The one seam every dialog goes through.

The window never opens a QFileDialog, QMessageBox, QPrintDialog or print
preview itself: it asks its :class:`Dialogs` object, which the tests replace
with a scripted fake, so no test ever blocks on a modal dialog.

File dialogs are Qt's own (not the platform's): the GTK dialog records the
files it opens in the desktop's "recently used" list, and her2aid writes
nothing about a patient anywhere unless the user saves a case.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from her2aid.ui.translation import translate

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    from her2aid.pdf.layout import PagedHandout
    from her2aid.qtbase.settings import Settings
    from her2aid.ui.handout_dialog import HandoutOptions

log = logging.getLogger(__name__)

UnsavedChoice = Literal["save", "discard", "cancel"]


def _case_filter() -> str:
    return translate("Dialogs", "her2aid case (*.json);;All files (*)")


def _pdf_filter() -> str:
    return translate("Dialogs", "PDF document (*.pdf)")


def _image_filter() -> str:
    return translate("Dialogs", "Images (*.png *.jpg *.jpeg *.svg)")


class Dialogs:
    """The real dialogs. Each method blocks until the user answers."""

    def _file_dialog(
        self,
        parent: QWidget,
        title: str,
        start: Path,
        name_filter: str,
        *,
        save: bool,
        suffix: str = "",
    ) -> Path | None:
        dialog = QFileDialog(parent, title, str(start), name_filter)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        if save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setFileMode(QFileDialog.FileMode.AnyFile)
            dialog.setDefaultSuffix(suffix)
            if start.suffix:
                dialog.selectFile(start.name)
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return None
        selected = dialog.selectedFiles()
        return Path(selected[0]) if selected else None

    def open_case_path(self, parent: QWidget, start: Path) -> Path | None:
        """Ask which case file to open."""
        title = translate("Dialogs", "Open case")
        return self._file_dialog(parent, title, start, _case_filter(), save=False)

    def save_case_path(self, parent: QWidget, suggested: Path) -> Path | None:
        """Ask where to save the case file."""
        title = translate("Dialogs", "Save case as")
        return self._file_dialog(parent, title, suggested, _case_filter(), save=True, suffix="json")

    def export_pdf_path(self, parent: QWidget, suggested: Path) -> Path | None:
        """Ask where to write the PDF handout."""
        title = translate("Dialogs", "Export PDF")
        return self._file_dialog(parent, title, suggested, _pdf_filter(), save=True, suffix="pdf")

    def unsaved_changes(self, parent: QWidget, name: str) -> UnsavedChoice:
        """Ask what to do with unsaved changes: save, discard or cancel."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Dialogs", "Unsaved changes"))
        box.setText(translate("Dialogs", "Save the changes to {name}?").format(name=name))
        box.setInformativeText(
            translate("Dialogs", "If you don't save, your changes will be lost.")
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        # Alt+S / Alt+D from the keyboard (Enter saves, Esc cancels), on every platform.
        for button, text in (
            (QMessageBox.StandardButton.Save, translate("Dialogs", "&Save")),
            (QMessageBox.StandardButton.Discard, translate("Dialogs", "&Don't save")),
            (QMessageBox.StandardButton.Cancel, translate("Dialogs", "Cancel")),
        ):
            box.button(button).setText(text)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def error(self, parent: QWidget, title: str, text: str, details: str = "") -> None:
        """Tell the user something failed, and that nothing was lost."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        if details:
            box.setInformativeText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()

    def confirm(self, parent: QWidget, title: str, text: str, question: str, go: str) -> bool:
        """Ask whether to go ahead; ``go`` names the button that does (Cancel is default)."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        box.setInformativeText(question)
        go_button = box.addButton(go, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is go_button

    def print_setup(self, parent: QWidget, printer: QPrinter) -> bool:
        """Let the user pick and configure a printer; True to go ahead.

        The one dialog that contacts a print server: it lists the system's printers.
        """
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, parent)
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def print_preview(self, parent: QWidget, handout: PagedHandout, paper: str) -> bool:
        """Show the laid-out handout's pages; True if the user chose to print from there."""
        from her2aid.ui.preview_dialog import PreviewDialog

        dialog = PreviewDialog(parent, handout, paper)
        dialog.exec()
        return dialog.print_requested

    def handout_options(
        self, parent: QWidget, defaults: HandoutOptions, action: str
    ) -> HandoutOptions | None:
        """Ask who the handout is for, the paper and the header names; None if cancelled."""
        from her2aid.ui.handout_dialog import HandoutDialog

        dialog = HandoutDialog(parent, defaults, action)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options()

    def image_path(self, parent: QWidget, start: Path) -> Path | None:
        """Ask for an image file (the clinic logo)."""
        title = translate("Dialogs", "Choose the clinic logo")
        return self._file_dialog(parent, title, start, _image_filter(), save=False)

    def preferences(self, parent: QWidget, settings: Settings) -> bool:
        """Show Edit > Preferences; True if the user saved changes."""
        from her2aid.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(parent, settings, self.image_path)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        dialog.save()
        return True

    def about(self, parent: QWidget, details_html: str) -> None:
        """Show Help > About with the versions and references given as HTML."""
        from her2aid.ui.about import AboutDialog

        AboutDialog(parent, details_html).exec()
