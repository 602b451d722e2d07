# GENERATED FILE - DO NOT EDIT.
# Source: ui/summary_panel.ui. Regenerate with: python packaging/build_ui.py
# ruff: noqa
# mypy: ignore-errors
# -*- coding: utf-8 -*-

#  The summary: view switch, problems banner and the rendered report. Controller: src/her2aid/ui/summary_panel.py. 

################################################################################
## Form generated from reading UI file 'summary_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtGui import (QTextOption)
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QHBoxLayout, QLabel, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from her2aid.ui.summary_browser import SummaryBrowser

class Ui_SummaryPanel(object):
    def setupUi(self, SummaryPanel):
        if not SummaryPanel.objectName():
            SummaryPanel.setObjectName(u"SummaryPanel")
        self.panelLayout = QVBoxLayout(SummaryPanel)
        self.panelLayout.setSpacing(6)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(8, 8, 8, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(12)
        self.headerLayout.setObjectName(u"headerLayout")
        self.viewLabel = QLabel(SummaryPanel)
        self.viewLabel.setObjectName(u"viewLabel")

        self.headerLayout.addWidget(self.viewLabel)

        self.clinicianView = QRadioButton(SummaryPanel)
        self.viewGroup = QButtonGroup(SummaryPanel)
        self.viewGroup.setObjectName(u"viewGroup")
        self.viewGroup.addButton(self.clinicianView)
        self.clinicianView.setObjectName(u"clinicianView")

        self.headerLayout.addWidget(self.clinicianView)

        self.patientView = QRadioButton(SummaryPanel)
        self.viewGroup.addButton(self.patientView)
        self.patientView.setObjectName(u"patientView")

        self.headerLayout.addWidget(self.patientView)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.showTrace = QCheckBox(SummaryPanel)
        self.showTrace.setObjectName(u"showTrace")

        self.headerLayout.addWidget(self.showTrace)


        self.panelLayout.addLayout(self.headerLayout)

        self.problemsLabel = QLabel(SummaryPanel)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemsLabel.setVisible(False)
        self.problemsLabel.setProperty(u"role", u"problems")

        self.panelLayout.addWidget(self.problemsLabel)

        self.browser = SummaryBrowser(SummaryPanel)
        self.browser.setObjectName(u"browser")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.browser.sizePolicy().hasHeightForWidth())
        self.browser.setSizePolicy(sizePolicy)

        self.panelLayout.addWidget(self.browser)

        QWidget.setTabOrder(self.clinicianView, self.patientView)
        QWidget.setTabOrder(self.patientView, self.showTrace)
        QWidget.setTabOrder(self.showTrace, self.browser)

        self.retranslateUi(SummaryPanel)

        QMetaObject.connectSlotsByName(SummaryPanel)
    # setupUi

    def retranslateUi(self, SummaryPanel):
        SummaryPanel.setWindowTitle(QCoreApplication.translate("SummaryPanel", u"Summary", None))
        self.viewLabel.setText(QCoreApplication.translate("SummaryPanel", u"View:", None))
        self.clinicianView.setText(QCoreApplication.translate("SummaryPanel", u"C&linician", None))
#if QT_CONFIG(accessibility)
        self.clinicianView.setAccessibleName(QCoreApplication.translate("SummaryPanel", u"Clinician view", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.clinicianView.setAccessibleDescription(QCoreApplication.translate("SummaryPanel", u"Show the summary for clinicians: classification, alerts, next steps, options with evidence, rule trace and references.", None))
#endif // QT_CONFIG(accessibility)
        self.patientView.setText(QCoreApplication.translate("SummaryPanel", u"Pa&tient", None))
#if QT_CONFIG(accessibility)
        self.patientView.setAccessibleName(QCoreApplication.translate("SummaryPanel", u"Patient view", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.patientView.setAccessibleDescription(QCoreApplication.translate("SummaryPanel", u"Show the plain-language summary for the patient.", None))
#endif // QT_CONFIG(accessibility)
        self.showTrace.setText(QCoreApplication.translate("SummaryPanel", u"Show r&ule trace", None))
#if QT_CONFIG(accessibility)
        self.showTrace.setAccessibleName(QCoreApplication.translate("SummaryPanel", u"Show rule trace", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.showTrace.setAccessibleDescription(QCoreApplication.translate("SummaryPanel", u"List every rule the classification applied, in order, with its source. Clinician view only.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.browser.setAccessibleName(QCoreApplication.translate("SummaryPanel", u"Summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.browser.setAccessibleDescription(QCoreApplication.translate("SummaryPanel", u"The classification of the entered results, updated on every change. Control+Tab moves between its links and Enter follows one; Tab leaves the summary.", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

