# GENERATED FILE - DO NOT EDIT.
# Source: ui/handout_dialog.ui. Regenerate with: python packaging/build_ui.py
# ruff: noqa
# mypy: ignore-errors
# -*- coding: utf-8 -*-

#  Export PDF, Print and Print preview ask these first. Controller: src/her2aid/ui/handout_dialog.py. 

################################################################################
## Form generated from reading UI file 'handout_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_HandoutDialog(object):
    def setupUi(self, HandoutDialog):
        if not HandoutDialog.objectName():
            HandoutDialog.setObjectName(u"HandoutDialog")
        HandoutDialog.resize(520, 200)
        self.handoutDialogLayout = QVBoxLayout(HandoutDialog)
        self.handoutDialogLayout.setObjectName(u"handoutDialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.audienceLabel = QLabel(HandoutDialog)
        self.audienceLabel.setObjectName(u"audienceLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.audienceLabel)

        self.audienceRow = QHBoxLayout()
        self.audienceRow.setObjectName(u"audienceRow")
        self.audiencePatient = QRadioButton(HandoutDialog)
        self.audienceGroup = QButtonGroup(HandoutDialog)
        self.audienceGroup.setObjectName(u"audienceGroup")
        self.audienceGroup.addButton(self.audiencePatient)
        self.audiencePatient.setObjectName(u"audiencePatient")

        self.audienceRow.addWidget(self.audiencePatient)

        self.audienceClinician = QRadioButton(HandoutDialog)
        self.audienceGroup.addButton(self.audienceClinician)
        self.audienceClinician.setObjectName(u"audienceClinician")

        self.audienceRow.addWidget(self.audienceClinician)

        self.audienceBoth = QRadioButton(HandoutDialog)
        self.audienceGroup.addButton(self.audienceBoth)
        self.audienceBoth.setObjectName(u"audienceBoth")

        self.audienceRow.addWidget(self.audienceBoth)

        self.audienceRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.audienceRow.addItem(self.audienceRowSpacer)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.audienceRow)

        self.paperLabel = QLabel(HandoutDialog)
        self.paperLabel.setObjectName(u"paperLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperRow = QHBoxLayout()
        self.paperRow.setObjectName(u"paperRow")
        self.paperA4 = QRadioButton(HandoutDialog)
        self.paperGroup = QButtonGroup(HandoutDialog)
        self.paperGroup.setObjectName(u"paperGroup")
        self.paperGroup.addButton(self.paperA4)
        self.paperA4.setObjectName(u"paperA4")

        self.paperRow.addWidget(self.paperA4)

        self.paperLetter = QRadioButton(HandoutDialog)
        self.paperGroup.addButton(self.paperLetter)
        self.paperLetter.setObjectName(u"paperLetter")

        self.paperRow.addWidget(self.paperLetter)

        self.paperRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paperRow.addItem(self.paperRowSpacer)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.paperRow)

        self.patientNameLabel = QLabel(HandoutDialog)
        self.patientNameLabel.setObjectName(u"patientNameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.patientNameLabel)

        self.patientName = QLineEdit(HandoutDialog)
        self.patientName.setObjectName(u"patientName")
        self.patientName.setMaxLength(120)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.patientName)

        self.clinicNameLabel = QLabel(HandoutDialog)
        self.clinicNameLabel.setObjectName(u"clinicNameLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.clinicNameLabel)

        self.clinicName = QLineEdit(HandoutDialog)
        self.clinicName.setObjectName(u"clinicName")
        self.clinicName.setMaxLength(120)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.clinicName)

        self.clinicContactLabel = QLabel(HandoutDialog)
        self.clinicContactLabel.setObjectName(u"clinicContactLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.clinicContactLabel)

        self.clinicContact = QLineEdit(HandoutDialog)
        self.clinicContact.setObjectName(u"clinicContact")
        self.clinicContact.setMaxLength(160)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.clinicContact)

        self.handoutLanguageLabel = QLabel(HandoutDialog)
        self.handoutLanguageLabel.setObjectName(u"handoutLanguageLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.handoutLanguageLabel)

        self.handoutLanguage = QComboBox(HandoutDialog)
        self.handoutLanguage.setObjectName(u"handoutLanguage")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.handoutLanguage)

        self.leaveOutSurvival = QCheckBox(HandoutDialog)
        self.leaveOutSurvival.setObjectName(u"leaveOutSurvival")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.leaveOutSurvival)


        self.handoutDialogLayout.addLayout(self.formLayout)

        self.namesProblem = QLabel(HandoutDialog)
        self.namesProblem.setObjectName(u"namesProblem")
        self.namesProblem.setWordWrap(True)
        self.namesProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.namesProblem.setVisible(False)

        self.handoutDialogLayout.addWidget(self.namesProblem)

        self.privacyNote = QLabel(HandoutDialog)
        self.privacyNote.setObjectName(u"privacyNote")
        self.privacyNote.setWordWrap(True)

        self.handoutDialogLayout.addWidget(self.privacyNote)

        self.buttonBox = QDialogButtonBox(HandoutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.handoutDialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.patientNameLabel.setBuddy(self.patientName)
        self.clinicNameLabel.setBuddy(self.clinicName)
        self.clinicContactLabel.setBuddy(self.clinicContact)
        self.handoutLanguageLabel.setBuddy(self.handoutLanguage)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.audiencePatient, self.audienceClinician)
        QWidget.setTabOrder(self.audienceClinician, self.audienceBoth)
        QWidget.setTabOrder(self.audienceBoth, self.paperA4)
        QWidget.setTabOrder(self.paperA4, self.paperLetter)
        QWidget.setTabOrder(self.paperLetter, self.patientName)
        QWidget.setTabOrder(self.patientName, self.clinicName)
        QWidget.setTabOrder(self.clinicName, self.clinicContact)
        QWidget.setTabOrder(self.clinicContact, self.handoutLanguage)
        QWidget.setTabOrder(self.handoutLanguage, self.leaveOutSurvival)
        QWidget.setTabOrder(self.leaveOutSurvival, self.buttonBox)

        self.retranslateUi(HandoutDialog)

        QMetaObject.connectSlotsByName(HandoutDialog)
    # setupUi

    def retranslateUi(self, HandoutDialog):
        HandoutDialog.setWindowTitle(QCoreApplication.translate("HandoutDialog", u"Handout options", None))
        self.audienceLabel.setText(QCoreApplication.translate("HandoutDialog", u"Handout for", None))
        self.audiencePatient.setText(QCoreApplication.translate("HandoutDialog", u"&Patient (plain language)", None))
#if QT_CONFIG(accessibility)
        self.audiencePatient.setAccessibleName(QCoreApplication.translate("HandoutDialog", u"Handout for the patient", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.audiencePatient.setAccessibleDescription(QCoreApplication.translate("HandoutDialog", u"The plain-language patient handout.", None))
#endif // QT_CONFIG(accessibility)
        self.audienceClinician.setText(QCoreApplication.translate("HandoutDialog", u"&Clinician", None))
#if QT_CONFIG(accessibility)
        self.audienceClinician.setAccessibleName(QCoreApplication.translate("HandoutDialog", u"Handout for the clinician", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.audienceClinician.setAccessibleDescription(QCoreApplication.translate("HandoutDialog", u"The clinician summary with the rule trace and references.", None))
#endif // QT_CONFIG(accessibility)
        self.audienceBoth.setText(QCoreApplication.translate("HandoutDialog", u"&Both", None))
#if QT_CONFIG(accessibility)
        self.audienceBoth.setAccessibleName(QCoreApplication.translate("HandoutDialog", u"Handout for patient and clinician", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.audienceBoth.setAccessibleDescription(QCoreApplication.translate("HandoutDialog", u"Both parts: the patient pages first, then the clinician summary, each starting on a new page.", None))
#endif // QT_CONFIG(accessibility)
        self.paperLabel.setText(QCoreApplication.translate("HandoutDialog", u"Paper", None))
        self.paperA4.setText(QCoreApplication.translate("HandoutDialog", u"A&4", None))
#if QT_CONFIG(accessibility)
        self.paperA4.setAccessibleName(QCoreApplication.translate("HandoutDialog", u"A4 paper", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.paperA4.setAccessibleDescription(QCoreApplication.translate("HandoutDialog", u"Print on A4 paper (210 by 297 mm).", None))
#endif // QT_CONFIG(accessibility)
        self.paperLetter.setText(QCoreApplication.translate("HandoutDialog", u"&Letter", None))
#if QT_CONFIG(accessibility)
        self.paperLetter.setAccessibleName(QCoreApplication.translate("HandoutDialog", u"US Letter paper", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.paperLetter.setAccessibleDescription(QCoreApplication.translate("HandoutDialog", u"Print on US Letter paper (8.5 by 11 inches).", None))
#endif // QT_CONFIG(accessibility)
        self.patientNameLabel.setText(QCoreApplication.translate("HandoutDialog", u"Patient &name (optional)", None))
        self.patientName.setPlaceholderText(QCoreApplication.translate("HandoutDialog", u"not printed if empty", None))
#if QT_CONFIG(accessibility)
        self.patientName.setAccessibleName(QCoreApplication.translate("HandoutDialog", u"Patient name for the handout header", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.patientName.setAccessibleDescription(QCoreApplication.translate("HandoutDialog", u"Printed in the page header of this handout only. her2aid never stores or logs it.", None))
#endif // QT_CONFIG(accessibility)
        self.clinicNameLabel.setText(QCoreApplication.translate("HandoutDialog", u"Cl&inic name", None))
        self.clinicName.setPlaceholderText(QCoreApplication.translate("HandoutDialog", u"not printed if empty", None))
#if QT_CONFIG(accessibility)
        self.clinicName.setAccessibleName(QCoreApplication.translate("HandoutDialog", u"Clinic name for the handout header", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.clinicName.setAccessibleDescription(QCoreApplication.translate("HandoutDialog", u"Printed in the page header. The default comes from Preferences.", None))
#endif // QT_CONFIG(accessibility)
        self.clinicContactLabel.setText(QCoreApplication.translate("HandoutDialog", u"Care team cont&act", None))
        self.clinicContact.setPlaceholderText(QCoreApplication.translate("HandoutDialog", u"a space to write it in if empty", None))
#if QT_CONFIG(accessibility)
        self.clinicContact.setAccessibleName(QCoreApplication.translate("HandoutDialog", u"Care team contact for the patient handout", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.clinicContact.setAccessibleDescription(QCoreApplication.translate("HandoutDialog", u"A phone number or address printed in the patient handout's \"Your care team\" box. The default comes from Preferences.", None))
#endif // QT_CONFIG(accessibility)
        self.handoutLanguageLabel.setText(QCoreApplication.translate("HandoutDialog", u"Lan&guage (patient pages)", None))
#if QT_CONFIG(accessibility)
        self.handoutLanguage.setAccessibleName(QCoreApplication.translate("HandoutDialog", u"Language of the patient pages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.handoutLanguage.setAccessibleDescription(QCoreApplication.translate("HandoutDialog", u"The patient pages of this handout are made in this language; the clinician pages stay in English. A translation not yet reviewed says so on every page.", None))
#endif // QT_CONFIG(accessibility)
        self.leaveOutSurvival.setText(QCoreApplication.translate("HandoutDialog", u"Leave out &survival figures (patient pages)", None))
#if QT_CONFIG(accessibility)
        self.leaveOutSurvival.setAccessibleName(QCoreApplication.translate("HandoutDialog", u"Leave out survival figures", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.leaveOutSurvival.setAccessibleDescription(QCoreApplication.translate("HandoutDialog", u"For a patient who asks not to see them: the patient pages leave out every survival figure and say so. Side effects stay.", None))
#endif // QT_CONFIG(accessibility)
        self.privacyNote.setText(QCoreApplication.translate("HandoutDialog", u"The patient name is used for this handout only and is not saved.", None))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("HandoutDialog", u"Confirm or cancel", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleDescription(QCoreApplication.translate("HandoutDialog", u"OK goes ahead with these choices; Cancel closes without changes.", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

