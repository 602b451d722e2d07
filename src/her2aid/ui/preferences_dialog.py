"""Edit > Preferences: clinic name, contact and logo, paper, audience, languages, recent cases.

Reads and writes :class:`~her2aid.qtbase.settings.Settings` only when the user
presses OK. Clinical thresholds are never preferences.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from her2aid.qtbase.settings import Settings
from her2aid.ui.forms.ui_preferences_dialog import Ui_PreferencesDialog
from her2aid.ui.handout_dialog import fill_languages
from her2aid.ui.translation import translate

ChooseImage = Callable[[QWidget, Path], Path | None]
_EXACT = Qt.MatchFlag.MatchExactly


class PreferencesDialog(QDialog):
    """The preferences form; ``save()`` writes what is shown."""

    def __init__(
        self, parent: QWidget | None, settings: Settings, choose_image: ChooseImage
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_PreferencesDialog()
        ui.setupUi(self)
        self._settings = settings
        self._choose_image = choose_image
        self._paper = {"": ui.paperSystem, "A4": ui.prefPaperA4, "Letter": ui.prefPaperLetter}
        self._audience = {
            "patient": ui.prefAudiencePatient,
            "clinician": ui.prefAudienceClinician,
            "both": ui.prefAudienceBoth,
        }
        ui.prefClinicName.setText(settings.get("clinic_name"))
        ui.prefClinicContact.setText(settings.get("clinic_contact"))
        ui.clinicLogo.setText(settings.get("clinic_logo"))
        self._paper[settings.get("default_paper")].setChecked(True)
        self._audience[settings.get("default_audience")].setChecked(True)
        fill_languages(ui.prefHandoutLanguage, settings.get("handout_language"))
        fill_languages(ui.prefWindowLanguage, settings.get("window_language"))
        ui.prefWindowLanguage.insertItem(0, translate("PreferencesDialog", "As the system"), "")
        chosen = ui.prefWindowLanguage.findData(settings.get("window_language"), flags=_EXACT)
        ui.prefWindowLanguage.setCurrentIndex(max(0, chosen))
        ui.rememberRecent.setChecked(settings.get("remember_recent"))
        ui.clearRecent.setEnabled(bool(settings.recent_files()))
        ui.clearRecent.clicked.connect(self._on_clear_recent_clicked)
        ui.chooseLogo.clicked.connect(self._on_choose_logo_clicked)
        ui.removeLogo.clicked.connect(self._on_remove_logo_clicked)
        ui.clinicLogo.textChanged.connect(self._on_clinic_logo_text_changed)
        self._on_clinic_logo_text_changed(ui.clinicLogo.text())
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.recent_cleared = False
        self.resize(self.width(), self.sizeHint().height())  # no empty band

    def save(self) -> None:
        """Write the preferences shown to the settings file."""
        s, ui = self._settings, self.ui
        s.set("clinic_name", ui.prefClinicName.text().strip())
        s.set("clinic_contact", ui.prefClinicContact.text().strip())
        s.set("clinic_logo", ui.clinicLogo.text().strip())
        s.set("default_paper", next(k for k, b in self._paper.items() if b.isChecked()))
        s.set("default_audience", next(k for k, b in self._audience.items() if b.isChecked()))
        s.set("handout_language", ui.prefHandoutLanguage.currentData() or "en")
        s.set("window_language", ui.prefWindowLanguage.currentData() or "")
        s.set("remember_recent", ui.rememberRecent.isChecked())
        if self.recent_cleared or not ui.rememberRecent.isChecked():
            s.clear_recent()

    def _on_clear_recent_clicked(self) -> None:
        self.recent_cleared = True
        self.ui.clearRecent.setEnabled(False)

    def _on_remove_logo_clicked(self) -> None:
        self.ui.clinicLogo.clear()
        self.ui.clinicLogo.setFocus()

    def _on_clinic_logo_text_changed(self, text: str) -> None:
        self.ui.removeLogo.setEnabled(bool(text.strip()))

    def _on_choose_logo_clicked(self) -> None:
        current = self.ui.clinicLogo.text().strip()
        start = Path(current).parent if current else Path.home()
        chosen = self._choose_image(self, start)
        if chosen is not None:
            self.ui.clinicLogo.setText(str(chosen))
