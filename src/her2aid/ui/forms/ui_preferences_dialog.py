# GENERATED FILE - DO NOT EDIT.
# Source: ui/preferences_dialog.ui. Regenerate with: python packaging/build_ui.py
# ruff: noqa
# mypy: ignore-errors
# -*- coding: utf-8 -*-

#  Edit > Preferences. Controller: src/her2aid/ui/preferences_dialog.py. 

################################################################################
## Form generated from reading UI file 'preferences_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(600, 220)
        self.preferencesDialogLayout = QVBoxLayout(PreferencesDialog)
        self.preferencesDialogLayout.setObjectName(u"preferencesDialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.prefClinicNameLabel = QLabel(PreferencesDialog)
        self.prefClinicNameLabel.setObjectName(u"prefClinicNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.prefClinicNameLabel)

        self.prefClinicName = QLineEdit(PreferencesDialog)
        self.prefClinicName.setObjectName(u"prefClinicName")
        self.prefClinicName.setMaxLength(120)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.prefClinicName)

        self.prefClinicContactLabel = QLabel(PreferencesDialog)
        self.prefClinicContactLabel.setObjectName(u"prefClinicContactLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.prefClinicContactLabel)

        self.prefClinicContact = QLineEdit(PreferencesDialog)
        self.prefClinicContact.setObjectName(u"prefClinicContact")
        self.prefClinicContact.setMaxLength(160)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.prefClinicContact)

        self.clinicLogoLabel = QLabel(PreferencesDialog)
        self.clinicLogoLabel.setObjectName(u"clinicLogoLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.clinicLogoLabel)

        self.logoRow = QHBoxLayout()
        self.logoRow.setObjectName(u"logoRow")
        self.clinicLogo = QLineEdit(PreferencesDialog)
        self.clinicLogo.setObjectName(u"clinicLogo")
        self.clinicLogo.setMaxLength(120)

        self.logoRow.addWidget(self.clinicLogo)

        self.chooseLogo = QPushButton(PreferencesDialog)
        self.chooseLogo.setObjectName(u"chooseLogo")

        self.logoRow.addWidget(self.chooseLogo)

        self.removeLogo = QPushButton(PreferencesDialog)
        self.removeLogo.setObjectName(u"removeLogo")

        self.logoRow.addWidget(self.removeLogo)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.logoRow)

        self.defaultPaperLabel = QLabel(PreferencesDialog)
        self.defaultPaperLabel.setObjectName(u"defaultPaperLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.defaultPaperLabel)

        self.defaultPaperRow = QHBoxLayout()
        self.defaultPaperRow.setObjectName(u"defaultPaperRow")
        self.paperSystem = QRadioButton(PreferencesDialog)
        self.defaultPaperGroup = QButtonGroup(PreferencesDialog)
        self.defaultPaperGroup.setObjectName(u"defaultPaperGroup")
        self.defaultPaperGroup.addButton(self.paperSystem)
        self.paperSystem.setObjectName(u"paperSystem")

        self.defaultPaperRow.addWidget(self.paperSystem)

        self.prefPaperA4 = QRadioButton(PreferencesDialog)
        self.defaultPaperGroup.addButton(self.prefPaperA4)
        self.prefPaperA4.setObjectName(u"prefPaperA4")

        self.defaultPaperRow.addWidget(self.prefPaperA4)

        self.prefPaperLetter = QRadioButton(PreferencesDialog)
        self.defaultPaperGroup.addButton(self.prefPaperLetter)
        self.prefPaperLetter.setObjectName(u"prefPaperLetter")

        self.defaultPaperRow.addWidget(self.prefPaperLetter)

        self.defaultPaperRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.defaultPaperRow.addItem(self.defaultPaperRowSpacer)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.defaultPaperRow)

        self.defaultAudienceLabel = QLabel(PreferencesDialog)
        self.defaultAudienceLabel.setObjectName(u"defaultAudienceLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.defaultAudienceLabel)

        self.defaultAudienceRow = QHBoxLayout()
        self.defaultAudienceRow.setObjectName(u"defaultAudienceRow")
        self.prefAudiencePatient = QRadioButton(PreferencesDialog)
        self.defaultAudienceGroup = QButtonGroup(PreferencesDialog)
        self.defaultAudienceGroup.setObjectName(u"defaultAudienceGroup")
        self.defaultAudienceGroup.addButton(self.prefAudiencePatient)
        self.prefAudiencePatient.setObjectName(u"prefAudiencePatient")

        self.defaultAudienceRow.addWidget(self.prefAudiencePatient)

        self.prefAudienceClinician = QRadioButton(PreferencesDialog)
        self.defaultAudienceGroup.addButton(self.prefAudienceClinician)
        self.prefAudienceClinician.setObjectName(u"prefAudienceClinician")

        self.defaultAudienceRow.addWidget(self.prefAudienceClinician)

        self.prefAudienceBoth = QRadioButton(PreferencesDialog)
        self.defaultAudienceGroup.addButton(self.prefAudienceBoth)
        self.prefAudienceBoth.setObjectName(u"prefAudienceBoth")

        self.defaultAudienceRow.addWidget(self.prefAudienceBoth)

        self.defaultAudienceRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.defaultAudienceRow.addItem(self.defaultAudienceRowSpacer)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.defaultAudienceRow)

        self.prefHandoutLanguageLabel = QLabel(PreferencesDialog)
        self.prefHandoutLanguageLabel.setObjectName(u"prefHandoutLanguageLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.prefHandoutLanguageLabel)

        self.prefHandoutLanguage = QComboBox(PreferencesDialog)
        self.prefHandoutLanguage.setObjectName(u"prefHandoutLanguage")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.prefHandoutLanguage)

        self.prefWindowLanguageLabel = QLabel(PreferencesDialog)
        self.prefWindowLanguageLabel.setObjectName(u"prefWindowLanguageLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.prefWindowLanguageLabel)

        self.prefWindowLanguage = QComboBox(PreferencesDialog)
        self.prefWindowLanguage.setObjectName(u"prefWindowLanguage")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.prefWindowLanguage)

        self.recentLabel = QLabel(PreferencesDialog)
        self.recentLabel.setObjectName(u"recentLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.recentLabel)

        self.recentRow = QHBoxLayout()
        self.recentRow.setObjectName(u"recentRow")
        self.rememberRecent = QCheckBox(PreferencesDialog)
        self.rememberRecent.setObjectName(u"rememberRecent")

        self.recentRow.addWidget(self.rememberRecent)

        self.clearRecent = QPushButton(PreferencesDialog)
        self.clearRecent.setObjectName(u"clearRecent")

        self.recentRow.addWidget(self.clearRecent)

        self.recentRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recentRow.addItem(self.recentRowSpacer)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.recentRow)


        self.preferencesDialogLayout.addLayout(self.formLayout)

        self.thresholdsNote = QLabel(PreferencesDialog)
        self.thresholdsNote.setObjectName(u"thresholdsNote")
        self.thresholdsNote.setWordWrap(True)

        self.preferencesDialogLayout.addWidget(self.thresholdsNote)

        self.buttonBox = QDialogButtonBox(PreferencesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.preferencesDialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.prefClinicNameLabel.setBuddy(self.prefClinicName)
        self.prefClinicContactLabel.setBuddy(self.prefClinicContact)
        self.clinicLogoLabel.setBuddy(self.clinicLogo)
        self.prefHandoutLanguageLabel.setBuddy(self.prefHandoutLanguage)
        self.prefWindowLanguageLabel.setBuddy(self.prefWindowLanguage)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.prefClinicName, self.prefClinicContact)
        QWidget.setTabOrder(self.prefClinicContact, self.clinicLogo)
        QWidget.setTabOrder(self.clinicLogo, self.chooseLogo)
        QWidget.setTabOrder(self.chooseLogo, self.removeLogo)
        QWidget.setTabOrder(self.removeLogo, self.paperSystem)
        QWidget.setTabOrder(self.paperSystem, self.prefPaperA4)
        QWidget.setTabOrder(self.prefPaperA4, self.prefPaperLetter)
        QWidget.setTabOrder(self.prefPaperLetter, self.prefAudiencePatient)
        QWidget.setTabOrder(self.prefAudiencePatient, self.prefAudienceClinician)
        QWidget.setTabOrder(self.prefAudienceClinician, self.prefAudienceBoth)
        QWidget.setTabOrder(self.prefAudienceBoth, self.prefHandoutLanguage)
        QWidget.setTabOrder(self.prefHandoutLanguage, self.prefWindowLanguage)
        QWidget.setTabOrder(self.prefWindowLanguage, self.rememberRecent)
        QWidget.setTabOrder(self.rememberRecent, self.clearRecent)
        QWidget.setTabOrder(self.clearRecent, self.buttonBox)

        self.retranslateUi(PreferencesDialog)

        QMetaObject.connectSlotsByName(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.prefClinicNameLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Cl&inic name", None))
        self.prefClinicName.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", u"none", None))
#if QT_CONFIG(accessibility)
        self.prefClinicName.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Clinic name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.prefClinicName.setAccessibleDescription(QCoreApplication.translate("PreferencesDialog", u"Printed in the header of every handout.", None))
#endif // QT_CONFIG(accessibility)
        self.prefClinicContactLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Care team cont&act", None))
        self.prefClinicContact.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", u"none: the handout leaves a space to write it in", None))
#if QT_CONFIG(accessibility)
        self.prefClinicContact.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Care team contact", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.prefClinicContact.setAccessibleDescription(QCoreApplication.translate("PreferencesDialog", u"A phone number or address printed in the \"Your care team\" box of the patient handout.", None))
#endif // QT_CONFIG(accessibility)
        self.clinicLogoLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Clinic l&ogo", None))
        self.clinicLogo.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", u"no logo", None))
#if QT_CONFIG(accessibility)
        self.clinicLogo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Clinic logo image file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.clinicLogo.setAccessibleDescription(QCoreApplication.translate("PreferencesDialog", u"An image (PNG, JPEG or SVG) printed at the left of the handout header. Leave empty for none.", None))
#endif // QT_CONFIG(accessibility)
        self.chooseLogo.setText(QCoreApplication.translate("PreferencesDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.chooseLogo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Choose the clinic logo", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chooseLogo.setAccessibleDescription(QCoreApplication.translate("PreferencesDialog", u"Pick an image file for the handout header.", None))
#endif // QT_CONFIG(accessibility)
        self.removeLogo.setText(QCoreApplication.translate("PreferencesDialog", u"Re&move", None))
#if QT_CONFIG(accessibility)
        self.removeLogo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Remove the clinic logo", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.removeLogo.setAccessibleDescription(QCoreApplication.translate("PreferencesDialog", u"Print the handout header without a logo.", None))
#endif // QT_CONFIG(accessibility)
        self.defaultPaperLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Paper", None))
        self.paperSystem.setText(QCoreApplication.translate("PreferencesDialog", u"From the &system", None))
#if QT_CONFIG(accessibility)
        self.paperSystem.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Paper from the system locale", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.paperSystem.setAccessibleDescription(QCoreApplication.translate("PreferencesDialog", u"Use Letter where the system locale does (US, Canada, Mexico and others), A4 elsewhere.", None))
#endif // QT_CONFIG(accessibility)
        self.prefPaperA4.setText(QCoreApplication.translate("PreferencesDialog", u"A&4", None))
#if QT_CONFIG(accessibility)
        self.prefPaperA4.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"A4 paper by default", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.prefPaperA4.setAccessibleDescription(QCoreApplication.translate("PreferencesDialog", u"Use A4 paper by default.", None))
#endif // QT_CONFIG(accessibility)
        self.prefPaperLetter.setText(QCoreApplication.translate("PreferencesDialog", u"&Letter", None))
#if QT_CONFIG(accessibility)
        self.prefPaperLetter.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Letter paper by default", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.prefPaperLetter.setAccessibleDescription(QCoreApplication.translate("PreferencesDialog", u"Use US Letter paper by default.", None))
#endif // QT_CONFIG(accessibility)
        self.defaultAudienceLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Handout for", None))
        self.prefAudiencePatient.setText(QCoreApplication.translate("PreferencesDialog", u"&Patient", None))
#if QT_CONFIG(accessibility)
        self.prefAudiencePatient.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Patient handout by default", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.prefAudiencePatient.setAccessibleDescription(QCoreApplication.translate("PreferencesDialog", u"The handout options start with the patient handout.", None))
#endif // QT_CONFIG(accessibility)
        self.prefAudienceClinician.setText(QCoreApplication.translate("PreferencesDialog", u"&Clinician", None))
#if QT_CONFIG(accessibility)
        self.prefAudienceClinician.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Clinician handout by default", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.prefAudienceClinician.setAccessibleDescription(QCoreApplication.translate("PreferencesDialog", u"The handout options start with the clinician summary.", None))
#endif // QT_CONFIG(accessibility)
        self.prefAudienceBoth.setText(QCoreApplication.translate("PreferencesDialog", u"&Both", None))
#if QT_CONFIG(accessibility)
        self.prefAudienceBoth.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Both parts by default", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.prefAudienceBoth.setAccessibleDescription(QCoreApplication.translate("PreferencesDialog", u"The handout options start with both parts.", None))
#endif // QT_CONFIG(accessibility)
        self.prefHandoutLanguageLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Lan&guage (patient pages)", None))
#if QT_CONFIG(accessibility)
        self.prefHandoutLanguage.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Default language of the patient pages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.prefHandoutLanguage.setAccessibleDescription(QCoreApplication.translate("PreferencesDialog", u"The handout options start with this language for the patient pages.", None))
#endif // QT_CONFIG(accessibility)
        self.prefWindowLanguageLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Window language", None))
#if QT_CONFIG(accessibility)
        self.prefWindowLanguage.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Window language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.prefWindowLanguage.setAccessibleDescription(QCoreApplication.translate("PreferencesDialog", u"The language of the menus, the form and the patient view. It changes the next time her2aid starts; her2aid --language overrides it.", None))
#endif // QT_CONFIG(accessibility)
        self.recentLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Recent cases", None))
        self.rememberRecent.setText(QCoreApplication.translate("PreferencesDialog", u"&Remember recently opened cases", None))
#if QT_CONFIG(accessibility)
        self.rememberRecent.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Remember recently opened cases", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rememberRecent.setAccessibleDescription(QCoreApplication.translate("PreferencesDialog", u"Keep a list of recently opened or saved case files under File, Open recent. On a shared computer, a file name may identify a patient.", None))
#endif // QT_CONFIG(accessibility)
        self.clearRecent.setText(QCoreApplication.translate("PreferencesDialog", u"Clear the lis&t", None))
#if QT_CONFIG(accessibility)
        self.clearRecent.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Clear the recent cases list", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.clearRecent.setAccessibleDescription(QCoreApplication.translate("PreferencesDialog", u"Forget every recently opened case file now.", None))
#endif // QT_CONFIG(accessibility)
        self.thresholdsNote.setText(QCoreApplication.translate("PreferencesDialog", u"Clinical thresholds and rules are part of the versioned ruleset and cannot be changed here.", None))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Confirm or cancel", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleDescription(QCoreApplication.translate("PreferencesDialog", u"OK goes ahead with these choices; Cancel closes without changes.", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

