# GENERATED FILE - DO NOT EDIT.
# Source: ui/preview_dialog.ui. Regenerate with: python packaging/build_ui.py
# ruff: noqa
# mypy: ignore-errors
# -*- coding: utf-8 -*-

#  File > Print preview. Controller: src/her2aid/ui/preview_dialog.py. The pages are drawn by her2aid itself, with no printer (no print server is asked anything). 

################################################################################
## Form generated from reading UI file 'preview_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PreviewDialog(object):
    def setupUi(self, PreviewDialog):
        if not PreviewDialog.objectName():
            PreviewDialog.setObjectName(u"PreviewDialog")
        PreviewDialog.resize(900, 700)
        self.previewLayout = QVBoxLayout(PreviewDialog)
        self.previewLayout.setSpacing(6)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(8, 8, 8, 8)
        self.toolsLayout = QHBoxLayout()
        self.toolsLayout.setObjectName(u"toolsLayout")
        self.zoomOutButton = QPushButton(PreviewDialog)
        self.zoomOutButton.setObjectName(u"zoomOutButton")
        self.zoomOutButton.setAutoDefault(False)

        self.toolsLayout.addWidget(self.zoomOutButton)

        self.zoomInButton = QPushButton(PreviewDialog)
        self.zoomInButton.setObjectName(u"zoomInButton")
        self.zoomInButton.setAutoDefault(False)

        self.toolsLayout.addWidget(self.zoomInButton)

        self.fitWidthButton = QPushButton(PreviewDialog)
        self.fitWidthButton.setObjectName(u"fitWidthButton")
        self.fitWidthButton.setAutoDefault(False)

        self.toolsLayout.addWidget(self.fitWidthButton)

        self.pagesLabel = QLabel(PreviewDialog)
        self.pagesLabel.setObjectName(u"pagesLabel")
        self.pagesLabel.setText(u"pages")

        self.toolsLayout.addWidget(self.pagesLabel)

        self.toolsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolsLayout.addItem(self.toolsSpacer)

        self.printButton = QPushButton(PreviewDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.toolsLayout.addWidget(self.printButton)

        self.closeButton = QPushButton(PreviewDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.toolsLayout.addWidget(self.closeButton)


        self.previewLayout.addLayout(self.toolsLayout)

        self.pageArea = QScrollArea(PreviewDialog)
        self.pageArea.setObjectName(u"pageArea")
        self.pageArea.setWidgetResizable(False)
        self.pageArea.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)

        self.previewLayout.addWidget(self.pageArea)

        QWidget.setTabOrder(self.pageArea, self.zoomOutButton)
        QWidget.setTabOrder(self.zoomOutButton, self.zoomInButton)
        QWidget.setTabOrder(self.zoomInButton, self.fitWidthButton)
        QWidget.setTabOrder(self.fitWidthButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.closeButton)

        self.retranslateUi(PreviewDialog)

        QMetaObject.connectSlotsByName(PreviewDialog)
    # setupUi

    def retranslateUi(self, PreviewDialog):
        PreviewDialog.setWindowTitle(QCoreApplication.translate("PreviewDialog", u"Print preview", None))
        self.zoomOutButton.setText(QCoreApplication.translate("PreviewDialog", u"Zoom &out", None))
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("PreviewDialog", u"Smaller pages (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoomOutButton.setAccessibleName(QCoreApplication.translate("PreviewDialog", u"Zoom out", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.zoomOutButton.setAccessibleDescription(QCoreApplication.translate("PreviewDialog", u"Show the pages smaller.", None))
#endif // QT_CONFIG(accessibility)
        self.zoomInButton.setText(QCoreApplication.translate("PreviewDialog", u"Zoom &in", None))
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("PreviewDialog", u"Larger pages (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoomInButton.setAccessibleName(QCoreApplication.translate("PreviewDialog", u"Zoom in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.zoomInButton.setAccessibleDescription(QCoreApplication.translate("PreviewDialog", u"Show the pages larger.", None))
#endif // QT_CONFIG(accessibility)
        self.fitWidthButton.setText(QCoreApplication.translate("PreviewDialog", u"Fit &width", None))
#if QT_CONFIG(tooltip)
        self.fitWidthButton.setToolTip(QCoreApplication.translate("PreviewDialog", u"Pages as wide as the window (Ctrl+0)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.fitWidthButton.setAccessibleName(QCoreApplication.translate("PreviewDialog", u"Fit width", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fitWidthButton.setAccessibleDescription(QCoreApplication.translate("PreviewDialog", u"Show the pages as wide as the window.", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("PreviewDialog", u"&Print\u2026", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("PreviewDialog", u"Print", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleDescription(QCoreApplication.translate("PreviewDialog", u"Close the preview and open the system print dialog to choose a printer.", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("PreviewDialog", u"&Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("PreviewDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleDescription(QCoreApplication.translate("PreviewDialog", u"Close the preview without printing.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pageArea.setAccessibleName(QCoreApplication.translate("PreviewDialog", u"Handout pages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pageArea.setAccessibleDescription(QCoreApplication.translate("PreviewDialog", u"The handout's pages as they will print; scroll with the arrow and Page Up/Page Down keys.", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

