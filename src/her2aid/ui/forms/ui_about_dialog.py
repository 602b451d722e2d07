# GENERATED FILE - DO NOT EDIT.
# Source: ui/about_dialog.ui. Regenerate with: python packaging/build_ui.py
# ruff: noqa
# mypy: ignore-errors
# -*- coding: utf-8 -*-

#  Help > About. Controller: src/her2aid/ui/about.py. 

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(680, 560)
        self.aboutLayout = QVBoxLayout(AboutDialog)
        self.aboutLayout.setSpacing(8)
        self.aboutLayout.setObjectName(u"aboutLayout")
        self.aboutLayout.setContentsMargins(12, 12, 12, 12)
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.aboutLayout.addWidget(self.titleLabel)

        self.disclaimerLabel = QLabel(AboutDialog)
        self.disclaimerLabel.setObjectName(u"disclaimerLabel")
        self.disclaimerLabel.setWordWrap(True)

        self.aboutLayout.addWidget(self.disclaimerLabel)

        self.details = QTextBrowser(AboutDialog)
        self.details.setObjectName(u"details")
        self.details.setOpenLinks(False)

        self.aboutLayout.addWidget(self.details)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.aboutLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About her2aid", None))
        self.titleLabel.setText(QCoreApplication.translate("AboutDialog", u"her2aid", None))
        self.disclaimerLabel.setText(QCoreApplication.translate("AboutDialog", u"A decision aid, not a diagnosis. her2aid supports a conversation between a patient and their care team. It does not replace the pathology report, the treating clinician's judgement or a multidisciplinary team. Nothing leaves this computer unless you print: her2aid connects to nothing but the print service, and only when you print, and stores nothing about a patient unless you save a case file or export a handout.", None))
#if QT_CONFIG(accessibility)
        self.details.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Versions and references", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.details.setAccessibleDescription(QCoreApplication.translate("AboutDialog", u"App, ruleset and content versions with their dates, and every reference the content cites.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleDescription(QCoreApplication.translate("AboutDialog", u"Close the About window.", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

