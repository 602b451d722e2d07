"""Handout options, asked before Export PDF, Print and Print preview.

Who the handout is for (patient, clinician or both), the paper, the two
names printed in the page header, and whether the patient pages leave out
survival figures (for a patient who asks not to see them). The clinic name
and the defaults come from Preferences; the patient name is kept only for this one handout, never
stored, and kept out of the log.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from her2aid.report.context import Audience
from her2aid.ui.forms.ui_handout_dialog import Ui_HandoutDialog
from her2aid.ui.translation import translate

if TYPE_CHECKING:  # the PDF layer is imported when a handout is made, not at startup
    from her2aid.pdf.handout import Paper

AUDIENCES: dict[str, tuple[Audience, ...]] = {
    "patient": ("patient",),
    "clinician": ("clinician",),
    "both": ("patient", "clinician"),
}


@dataclass(frozen=True)
class HandoutOptions:
    """What one handout should contain and how it is printed."""

    audience: str  # "patient" | "clinician" | "both"
    paper: Paper
    patient_name: str = ""
    clinic_name: str = ""
    clinic_contact: str = ""  # the care team's phone or address (patient handout)
    language: str = "en"  # the patient pages' language; the clinician pages are English
    #: False when the patient asked not to see survival figures (this handout only).
    show_survival: bool = True

    @property
    def audiences(self) -> tuple[Audience, ...]:
        """The parts of the handout, in print order."""
        return AUDIENCES[self.audience]


def fill_languages(box: QComboBox, chosen: str) -> None:
    """The installed languages by their own names, ``chosen`` selected (English if gone)."""
    from her2aid.core.language import available

    box.clear()
    for code, language in available().items():
        if language.reviewed:
            box.addItem(language.native, code)
        else:
            box.addItem(
                translate("HandoutDialog", "{language} (not reviewed)").format(
                    language=language.native
                ),
                code,
            )
    index = box.findData(chosen)
    box.setCurrentIndex(max(0, index))


class HandoutDialog(QDialog):
    """Asks for the handout options; ``options()`` reads the answer."""

    def __init__(self, parent: QWidget | None, defaults: HandoutOptions, action: str) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_HandoutDialog()
        ui.setupUi(self)
        self.setWindowTitle(
            translate("HandoutDialog", "{action}: handout options").format(action=action)
        )
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(action)
        self._audience = {
            "patient": ui.audiencePatient,
            "clinician": ui.audienceClinician,
            "both": ui.audienceBoth,
        }
        self._paper = {"A4": ui.paperA4, "Letter": ui.paperLetter}
        self._audience[defaults.audience].setChecked(True)
        self._paper[defaults.paper].setChecked(True)
        ui.patientName.setText(defaults.patient_name)
        ui.clinicName.setText(defaults.clinic_name)
        ui.clinicContact.setText(defaults.clinic_contact)
        fill_languages(ui.handoutLanguage, defaults.language)
        ui.leaveOutSurvival.setChecked(not defaults.show_survival)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.patientName.textChanged.connect(self._on_name_text_changed)
        ui.clinicName.textChanged.connect(self._on_name_text_changed)
        ui.clinicContact.textChanged.connect(self._on_name_text_changed)
        self._on_name_text_changed()
        self.resize(self.width(), self.sizeHint().height())  # no empty band

    def _on_name_text_changed(self) -> None:
        """Say at once if a name has characters the handout cannot print; OK waits for a fix."""
        from her2aid.pdf.handout import names_problem

        ui = self.ui
        problem = names_problem(
            ui.patientName.text(), ui.clinicName.text(), clinic_contact=ui.clinicContact.text()
        )
        self.ui.namesProblem.setText(f"\u26a0 {problem}" if problem else "")
        self.ui.namesProblem.setVisible(bool(problem))
        self.ui.namesProblem.setAccessibleName(
            translate("HandoutDialog", "Problem with a name") if problem else ""
        )
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def options(self) -> HandoutOptions:
        """The options as chosen."""
        audience = next(k for k, b in self._audience.items() if b.isChecked())
        paper: Paper = "Letter" if self.ui.paperLetter.isChecked() else "A4"
        return HandoutOptions(
            audience=audience,
            paper=paper,
            patient_name=self.ui.patientName.text().strip(),
            clinic_name=self.ui.clinicName.text().strip(),
            clinic_contact=self.ui.clinicContact.text().strip(),
            language=self.ui.handoutLanguage.currentData() or "en",
            show_survival=not self.ui.leaveOutSurvival.isChecked(),
        )
