# GENERATED FILE - DO NOT EDIT.
# Source: ui/case_form.ui. Regenerate with: python packaging/build_ui.py
# ruff: noqa
# mypy: ignore-errors
# -*- coding: utf-8 -*-

#  The input panel, grouped as a pathology report is read. Controller: src/her2aid/ui/case_form.py. Compile with packaging/build_ui.py. 

################################################################################
## Form generated from reading UI file 'case_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CaseForm(object):
    def setupUi(self, CaseForm):
        if not CaseForm.objectName():
            CaseForm.setObjectName(u"CaseForm")
        self.formLayout = QVBoxLayout(CaseForm)
        self.formLayout.setSpacing(10)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(8, 8, 8, 8)
        self.erGroup = QGroupBox(CaseForm)
        self.erGroup.setObjectName(u"erGroup")
        self.erLayout = QGridLayout(self.erGroup)
        self.erLayout.setSpacing(6)
        self.erLayout.setObjectName(u"erLayout")
        self.erPercentLabel = QLabel(self.erGroup)
        self.erPercentLabel.setObjectName(u"erPercentLabel")

        self.erLayout.addWidget(self.erPercentLabel, 0, 0, 1, 1)

        self.erPercentRow = QHBoxLayout()
        self.erPercentRow.setSpacing(4)
        self.erPercentRow.setObjectName(u"erPercentRow")
        self.erPercent = QLineEdit(self.erGroup)
        self.erPercent.setObjectName(u"erPercent")
        self.erPercent.setMaximumSize(QSize(110, 16777215))
        self.erPercent.setMaxLength(24)
        self.erPercent.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)

        self.erPercentRow.addWidget(self.erPercent)

        self.erPercentUnit = QLabel(self.erGroup)
        self.erPercentUnit.setObjectName(u"erPercentUnit")

        self.erPercentRow.addWidget(self.erPercentUnit)

        self.erPercentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.erPercentRow.addItem(self.erPercentSpacer)


        self.erLayout.addLayout(self.erPercentRow, 0, 1, 1, 1)

        self.erPercentError = QLabel(self.erGroup)
        self.erPercentError.setObjectName(u"erPercentError")
        self.erPercentError.setWordWrap(True)
        self.erPercentError.setTextFormat(Qt.TextFormat.PlainText)
        self.erPercentError.setVisible(False)
        self.erPercentError.setProperty(u"role", u"error")

        self.erLayout.addWidget(self.erPercentError, 1, 1, 1, 1)

        self.erCategoryLabel = QLabel(self.erGroup)
        self.erCategoryLabel.setObjectName(u"erCategoryLabel")

        self.erLayout.addWidget(self.erCategoryLabel, 2, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.erCategoryGrid = QGridLayout()
        self.erCategoryGrid.setObjectName(u"erCategoryGrid")
        self.erCategoryGrid.setHorizontalSpacing(12)
        self.erCategoryGrid.setVerticalSpacing(4)
        self.erPositive = QRadioButton(self.erGroup)
        self.erStatusGroup = QButtonGroup(CaseForm)
        self.erStatusGroup.setObjectName(u"erStatusGroup")
        self.erStatusGroup.addButton(self.erPositive)
        self.erPositive.setObjectName(u"erPositive")

        self.erCategoryGrid.addWidget(self.erPositive, 0, 0, 1, 1)

        self.erLowPositive = QRadioButton(self.erGroup)
        self.erStatusGroup.addButton(self.erLowPositive)
        self.erLowPositive.setObjectName(u"erLowPositive")

        self.erCategoryGrid.addWidget(self.erLowPositive, 0, 1, 1, 1)

        self.erNegative = QRadioButton(self.erGroup)
        self.erStatusGroup.addButton(self.erNegative)
        self.erNegative.setObjectName(u"erNegative")

        self.erCategoryGrid.addWidget(self.erNegative, 1, 0, 1, 1)

        self.erUnknown = QRadioButton(self.erGroup)
        self.erStatusGroup.addButton(self.erUnknown)
        self.erUnknown.setObjectName(u"erUnknown")

        self.erCategoryGrid.addWidget(self.erUnknown, 1, 1, 1, 1)


        self.erLayout.addLayout(self.erCategoryGrid, 2, 1, 1, 1)

        self.erLayout.setColumnStretch(1, 1)

        self.formLayout.addWidget(self.erGroup)

        self.prGroup = QGroupBox(CaseForm)
        self.prGroup.setObjectName(u"prGroup")
        self.prLayout = QGridLayout(self.prGroup)
        self.prLayout.setSpacing(6)
        self.prLayout.setObjectName(u"prLayout")
        self.prPercentLabel = QLabel(self.prGroup)
        self.prPercentLabel.setObjectName(u"prPercentLabel")

        self.prLayout.addWidget(self.prPercentLabel, 0, 0, 1, 1)

        self.prPercentRow = QHBoxLayout()
        self.prPercentRow.setSpacing(4)
        self.prPercentRow.setObjectName(u"prPercentRow")
        self.prPercent = QLineEdit(self.prGroup)
        self.prPercent.setObjectName(u"prPercent")
        self.prPercent.setMaximumSize(QSize(110, 16777215))
        self.prPercent.setMaxLength(24)
        self.prPercent.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)

        self.prPercentRow.addWidget(self.prPercent)

        self.prPercentUnit = QLabel(self.prGroup)
        self.prPercentUnit.setObjectName(u"prPercentUnit")

        self.prPercentRow.addWidget(self.prPercentUnit)

        self.prPercentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.prPercentRow.addItem(self.prPercentSpacer)


        self.prLayout.addLayout(self.prPercentRow, 0, 1, 1, 1)

        self.prPercentError = QLabel(self.prGroup)
        self.prPercentError.setObjectName(u"prPercentError")
        self.prPercentError.setWordWrap(True)
        self.prPercentError.setTextFormat(Qt.TextFormat.PlainText)
        self.prPercentError.setVisible(False)
        self.prPercentError.setProperty(u"role", u"error")

        self.prLayout.addWidget(self.prPercentError, 1, 1, 1, 1)

        self.prCategoryLabel = QLabel(self.prGroup)
        self.prCategoryLabel.setObjectName(u"prCategoryLabel")

        self.prLayout.addWidget(self.prCategoryLabel, 2, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.prCategoryGrid = QGridLayout()
        self.prCategoryGrid.setObjectName(u"prCategoryGrid")
        self.prCategoryGrid.setHorizontalSpacing(12)
        self.prCategoryGrid.setVerticalSpacing(4)
        self.prPositive = QRadioButton(self.prGroup)
        self.prStatusGroup = QButtonGroup(CaseForm)
        self.prStatusGroup.setObjectName(u"prStatusGroup")
        self.prStatusGroup.addButton(self.prPositive)
        self.prPositive.setObjectName(u"prPositive")

        self.prCategoryGrid.addWidget(self.prPositive, 0, 0, 1, 1)

        self.prNegative = QRadioButton(self.prGroup)
        self.prStatusGroup.addButton(self.prNegative)
        self.prNegative.setObjectName(u"prNegative")

        self.prCategoryGrid.addWidget(self.prNegative, 0, 1, 1, 1)

        self.prUnknown = QRadioButton(self.prGroup)
        self.prStatusGroup.addButton(self.prUnknown)
        self.prUnknown.setObjectName(u"prUnknown")

        self.prCategoryGrid.addWidget(self.prUnknown, 1, 0, 1, 1)


        self.prLayout.addLayout(self.prCategoryGrid, 2, 1, 1, 1)

        self.prLayout.setColumnStretch(1, 1)

        self.formLayout.addWidget(self.prGroup)

        self.ihcGroup = QGroupBox(CaseForm)
        self.ihcGroup.setObjectName(u"ihcGroup")
        self.ihcLayout = QGridLayout(self.ihcGroup)
        self.ihcLayout.setSpacing(6)
        self.ihcLayout.setObjectName(u"ihcLayout")
        self.ihcNotDone = QRadioButton(self.ihcGroup)
        self.ihcScoreGroup = QButtonGroup(CaseForm)
        self.ihcScoreGroup.setObjectName(u"ihcScoreGroup")
        self.ihcScoreGroup.addButton(self.ihcNotDone)
        self.ihcNotDone.setObjectName(u"ihcNotDone")

        self.ihcLayout.addWidget(self.ihcNotDone, 0, 0, 1, 1)

        self.ihcZero = QRadioButton(self.ihcGroup)
        self.ihcScoreGroup.addButton(self.ihcZero)
        self.ihcZero.setObjectName(u"ihcZero")

        self.ihcLayout.addWidget(self.ihcZero, 1, 0, 1, 1)

        self.ihcZeroNull = QRadioButton(self.ihcGroup)
        self.ihcScoreGroup.addButton(self.ihcZeroNull)
        self.ihcZeroNull.setObjectName(u"ihcZeroNull")

        self.ihcLayout.addWidget(self.ihcZeroNull, 2, 0, 1, 1)

        self.ihcZeroUltralow = QRadioButton(self.ihcGroup)
        self.ihcScoreGroup.addButton(self.ihcZeroUltralow)
        self.ihcZeroUltralow.setObjectName(u"ihcZeroUltralow")

        self.ihcLayout.addWidget(self.ihcZeroUltralow, 3, 0, 1, 1)

        self.ihcOne = QRadioButton(self.ihcGroup)
        self.ihcScoreGroup.addButton(self.ihcOne)
        self.ihcOne.setObjectName(u"ihcOne")

        self.ihcLayout.addWidget(self.ihcOne, 4, 0, 1, 1)

        self.ihcTwo = QRadioButton(self.ihcGroup)
        self.ihcScoreGroup.addButton(self.ihcTwo)
        self.ihcTwo.setObjectName(u"ihcTwo")

        self.ihcLayout.addWidget(self.ihcTwo, 5, 0, 1, 1)

        self.ihcThree = QRadioButton(self.ihcGroup)
        self.ihcScoreGroup.addButton(self.ihcThree)
        self.ihcThree.setObjectName(u"ihcThree")

        self.ihcLayout.addWidget(self.ihcThree, 6, 0, 1, 1)


        self.formLayout.addWidget(self.ihcGroup)

        self.ishGroup = QGroupBox(CaseForm)
        self.ishGroup.setObjectName(u"ishGroup")
        self.ishLayout = QVBoxLayout(self.ishGroup)
        self.ishLayout.setSpacing(6)
        self.ishLayout.setObjectName(u"ishLayout")
        self.ishMethodLayout = QGridLayout()
        self.ishMethodLayout.setSpacing(6)
        self.ishMethodLayout.setObjectName(u"ishMethodLayout")
        self.ishNone = QRadioButton(self.ishGroup)
        self.ishMethodGroup = QButtonGroup(CaseForm)
        self.ishMethodGroup.setObjectName(u"ishMethodGroup")
        self.ishMethodGroup.addButton(self.ishNone)
        self.ishNone.setObjectName(u"ishNone")

        self.ishMethodLayout.addWidget(self.ishNone, 0, 0, 1, 1)

        self.ishReported = QRadioButton(self.ishGroup)
        self.ishMethodGroup.addButton(self.ishReported)
        self.ishReported.setObjectName(u"ishReported")

        self.ishMethodLayout.addWidget(self.ishReported, 0, 1, 1, 1)

        self.ishDual = QRadioButton(self.ishGroup)
        self.ishMethodGroup.addButton(self.ishDual)
        self.ishDual.setObjectName(u"ishDual")

        self.ishMethodLayout.addWidget(self.ishDual, 1, 0, 1, 1)

        self.ishSingle = QRadioButton(self.ishGroup)
        self.ishMethodGroup.addButton(self.ishSingle)
        self.ishSingle.setObjectName(u"ishSingle")

        self.ishMethodLayout.addWidget(self.ishSingle, 1, 1, 1, 1)


        self.ishLayout.addLayout(self.ishMethodLayout)

        self.ishReportedPage = QWidget(self.ishGroup)
        self.ishReportedPage.setObjectName(u"ishReportedPage")
        self.ishReportedLayout = QHBoxLayout(self.ishReportedPage)
        self.ishReportedLayout.setSpacing(12)
        self.ishReportedLayout.setObjectName(u"ishReportedLayout")
        self.ishReportedLayout.setContentsMargins(0, 0, 0, 0)
        self.ishResultLabel = QLabel(self.ishReportedPage)
        self.ishResultLabel.setObjectName(u"ishResultLabel")

        self.ishReportedLayout.addWidget(self.ishResultLabel)

        self.ishAmplified = QRadioButton(self.ishReportedPage)
        self.ishResultGroup = QButtonGroup(CaseForm)
        self.ishResultGroup.setObjectName(u"ishResultGroup")
        self.ishResultGroup.addButton(self.ishAmplified)
        self.ishAmplified.setObjectName(u"ishAmplified")

        self.ishReportedLayout.addWidget(self.ishAmplified)

        self.ishNotAmplified = QRadioButton(self.ishReportedPage)
        self.ishResultGroup.addButton(self.ishNotAmplified)
        self.ishNotAmplified.setObjectName(u"ishNotAmplified")

        self.ishReportedLayout.addWidget(self.ishNotAmplified)

        self.ishPending = QRadioButton(self.ishReportedPage)
        self.ishResultGroup.addButton(self.ishPending)
        self.ishPending.setObjectName(u"ishPending")

        self.ishReportedLayout.addWidget(self.ishPending)

        self.ishReportedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ishReportedLayout.addItem(self.ishReportedSpacer)


        self.ishLayout.addWidget(self.ishReportedPage)

        self.ishDualPage = QWidget(self.ishGroup)
        self.ishDualPage.setObjectName(u"ishDualPage")
        self.ishDualLayout = QGridLayout(self.ishDualPage)
        self.ishDualLayout.setSpacing(6)
        self.ishDualLayout.setObjectName(u"ishDualLayout")
        self.ishDualLayout.setContentsMargins(0, 0, 0, 0)
        self.ishRatioLabel = QLabel(self.ishDualPage)
        self.ishRatioLabel.setObjectName(u"ishRatioLabel")

        self.ishDualLayout.addWidget(self.ishRatioLabel, 0, 0, 1, 1)

        self.ishRatioRow = QHBoxLayout()
        self.ishRatioRow.setSpacing(4)
        self.ishRatioRow.setObjectName(u"ishRatioRow")
        self.ishRatio = QLineEdit(self.ishDualPage)
        self.ishRatio.setObjectName(u"ishRatio")
        self.ishRatio.setMaximumSize(QSize(110, 16777215))
        self.ishRatio.setMaxLength(24)
        self.ishRatio.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)

        self.ishRatioRow.addWidget(self.ishRatio)

        self.ishRatioSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ishRatioRow.addItem(self.ishRatioSpacer)


        self.ishDualLayout.addLayout(self.ishRatioRow, 0, 1, 1, 1)

        self.ishRatioError = QLabel(self.ishDualPage)
        self.ishRatioError.setObjectName(u"ishRatioError")
        self.ishRatioError.setWordWrap(True)
        self.ishRatioError.setTextFormat(Qt.TextFormat.PlainText)
        self.ishRatioError.setVisible(False)
        self.ishRatioError.setProperty(u"role", u"error")

        self.ishDualLayout.addWidget(self.ishRatioError, 1, 1, 1, 1)

        self.ishDualCopiesLabel = QLabel(self.ishDualPage)
        self.ishDualCopiesLabel.setObjectName(u"ishDualCopiesLabel")

        self.ishDualLayout.addWidget(self.ishDualCopiesLabel, 2, 0, 1, 1)

        self.ishDualCopiesRow = QHBoxLayout()
        self.ishDualCopiesRow.setSpacing(4)
        self.ishDualCopiesRow.setObjectName(u"ishDualCopiesRow")
        self.ishDualCopies = QLineEdit(self.ishDualPage)
        self.ishDualCopies.setObjectName(u"ishDualCopies")
        self.ishDualCopies.setMaximumSize(QSize(110, 16777215))
        self.ishDualCopies.setMaxLength(24)
        self.ishDualCopies.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)

        self.ishDualCopiesRow.addWidget(self.ishDualCopies)

        self.ishDualCopiesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ishDualCopiesRow.addItem(self.ishDualCopiesSpacer)


        self.ishDualLayout.addLayout(self.ishDualCopiesRow, 2, 1, 1, 1)

        self.ishDualCopiesError = QLabel(self.ishDualPage)
        self.ishDualCopiesError.setObjectName(u"ishDualCopiesError")
        self.ishDualCopiesError.setWordWrap(True)
        self.ishDualCopiesError.setTextFormat(Qt.TextFormat.PlainText)
        self.ishDualCopiesError.setVisible(False)
        self.ishDualCopiesError.setProperty(u"role", u"error")

        self.ishDualLayout.addWidget(self.ishDualCopiesError, 3, 1, 1, 1)

        self.ishRecount = QCheckBox(self.ishDualPage)
        self.ishRecount.setObjectName(u"ishRecount")

        self.ishDualLayout.addWidget(self.ishRecount, 4, 0, 1, 2)

        self.ishDualLayout.setColumnStretch(1, 1)

        self.ishLayout.addWidget(self.ishDualPage)

        self.ishSinglePage = QWidget(self.ishGroup)
        self.ishSinglePage.setObjectName(u"ishSinglePage")
        self.ishSingleLayout = QGridLayout(self.ishSinglePage)
        self.ishSingleLayout.setSpacing(6)
        self.ishSingleLayout.setObjectName(u"ishSingleLayout")
        self.ishSingleLayout.setContentsMargins(0, 0, 0, 0)
        self.ishSingleCopiesLabel = QLabel(self.ishSinglePage)
        self.ishSingleCopiesLabel.setObjectName(u"ishSingleCopiesLabel")

        self.ishSingleLayout.addWidget(self.ishSingleCopiesLabel, 0, 0, 1, 1)

        self.ishSingleCopiesRow = QHBoxLayout()
        self.ishSingleCopiesRow.setSpacing(4)
        self.ishSingleCopiesRow.setObjectName(u"ishSingleCopiesRow")
        self.ishSingleCopies = QLineEdit(self.ishSinglePage)
        self.ishSingleCopies.setObjectName(u"ishSingleCopies")
        self.ishSingleCopies.setMaximumSize(QSize(110, 16777215))
        self.ishSingleCopies.setMaxLength(24)
        self.ishSingleCopies.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)

        self.ishSingleCopiesRow.addWidget(self.ishSingleCopies)

        self.ishSingleCopiesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ishSingleCopiesRow.addItem(self.ishSingleCopiesSpacer)


        self.ishSingleLayout.addLayout(self.ishSingleCopiesRow, 0, 1, 1, 1)

        self.ishSingleCopiesError = QLabel(self.ishSinglePage)
        self.ishSingleCopiesError.setObjectName(u"ishSingleCopiesError")
        self.ishSingleCopiesError.setWordWrap(True)
        self.ishSingleCopiesError.setTextFormat(Qt.TextFormat.PlainText)
        self.ishSingleCopiesError.setVisible(False)
        self.ishSingleCopiesError.setProperty(u"role", u"error")

        self.ishSingleLayout.addWidget(self.ishSingleCopiesError, 1, 1, 1, 1)

        self.ishSingleLayout.setColumnStretch(1, 1)

        self.ishLayout.addWidget(self.ishSinglePage)


        self.formLayout.addWidget(self.ishGroup)

        self.ki67Group = QGroupBox(CaseForm)
        self.ki67Group.setObjectName(u"ki67Group")
        self.ki67Layout = QGridLayout(self.ki67Group)
        self.ki67Layout.setSpacing(6)
        self.ki67Layout.setObjectName(u"ki67Layout")
        self.ki67PercentLabel = QLabel(self.ki67Group)
        self.ki67PercentLabel.setObjectName(u"ki67PercentLabel")

        self.ki67Layout.addWidget(self.ki67PercentLabel, 0, 0, 1, 1)

        self.ki67PercentRow = QHBoxLayout()
        self.ki67PercentRow.setSpacing(4)
        self.ki67PercentRow.setObjectName(u"ki67PercentRow")
        self.ki67Percent = QLineEdit(self.ki67Group)
        self.ki67Percent.setObjectName(u"ki67Percent")
        self.ki67Percent.setMaximumSize(QSize(110, 16777215))
        self.ki67Percent.setMaxLength(24)
        self.ki67Percent.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)

        self.ki67PercentRow.addWidget(self.ki67Percent)

        self.ki67PercentUnit = QLabel(self.ki67Group)
        self.ki67PercentUnit.setObjectName(u"ki67PercentUnit")

        self.ki67PercentRow.addWidget(self.ki67PercentUnit)

        self.ki67PercentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ki67PercentRow.addItem(self.ki67PercentSpacer)


        self.ki67Layout.addLayout(self.ki67PercentRow, 0, 1, 1, 1)

        self.ki67PercentError = QLabel(self.ki67Group)
        self.ki67PercentError.setObjectName(u"ki67PercentError")
        self.ki67PercentError.setWordWrap(True)
        self.ki67PercentError.setTextFormat(Qt.TextFormat.PlainText)
        self.ki67PercentError.setVisible(False)
        self.ki67PercentError.setProperty(u"role", u"error")

        self.ki67Layout.addWidget(self.ki67PercentError, 1, 1, 1, 1)

        self.ki67Layout.setColumnStretch(1, 1)

        self.formLayout.addWidget(self.ki67Group)

        self.contextGroup = QGroupBox(CaseForm)
        self.contextGroup.setObjectName(u"contextGroup")
        self.contextLayout = QGridLayout(self.contextGroup)
        self.contextLayout.setSpacing(6)
        self.contextLayout.setObjectName(u"contextLayout")
        self.settingLabel = QLabel(self.contextGroup)
        self.settingLabel.setObjectName(u"settingLabel")
        self.settingLabel.setWordWrap(True)

        self.contextLayout.addWidget(self.settingLabel, 0, 0, 1, 1)

        self.settingRow = QHBoxLayout()
        self.settingRow.setSpacing(12)
        self.settingRow.setObjectName(u"settingRow")
        self.settingEarly = QRadioButton(self.contextGroup)
        self.settingGroup = QButtonGroup(CaseForm)
        self.settingGroup.setObjectName(u"settingGroup")
        self.settingGroup.addButton(self.settingEarly)
        self.settingEarly.setObjectName(u"settingEarly")

        self.settingRow.addWidget(self.settingEarly)

        self.settingMetastatic = QRadioButton(self.contextGroup)
        self.settingGroup.addButton(self.settingMetastatic)
        self.settingMetastatic.setObjectName(u"settingMetastatic")

        self.settingRow.addWidget(self.settingMetastatic)

        self.settingUnknown = QRadioButton(self.contextGroup)
        self.settingGroup.addButton(self.settingUnknown)
        self.settingUnknown.setObjectName(u"settingUnknown")

        self.settingRow.addWidget(self.settingUnknown)

        self.settingRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.settingRow.addItem(self.settingRowSpacer)


        self.contextLayout.addLayout(self.settingRow, 0, 1, 1, 1)

        self.menopauseLabel = QLabel(self.contextGroup)
        self.menopauseLabel.setObjectName(u"menopauseLabel")
        self.menopauseLabel.setWordWrap(True)

        self.contextLayout.addWidget(self.menopauseLabel, 1, 0, 1, 1)

        self.menopauseRow = QHBoxLayout()
        self.menopauseRow.setSpacing(12)
        self.menopauseRow.setObjectName(u"menopauseRow")
        self.menopausePre = QRadioButton(self.contextGroup)
        self.menopauseGroup = QButtonGroup(CaseForm)
        self.menopauseGroup.setObjectName(u"menopauseGroup")
        self.menopauseGroup.addButton(self.menopausePre)
        self.menopausePre.setObjectName(u"menopausePre")

        self.menopauseRow.addWidget(self.menopausePre)

        self.menopausePost = QRadioButton(self.contextGroup)
        self.menopauseGroup.addButton(self.menopausePost)
        self.menopausePost.setObjectName(u"menopausePost")

        self.menopauseRow.addWidget(self.menopausePost)

        self.menopauseUnknown = QRadioButton(self.contextGroup)
        self.menopauseGroup.addButton(self.menopauseUnknown)
        self.menopauseUnknown.setObjectName(u"menopauseUnknown")

        self.menopauseRow.addWidget(self.menopauseUnknown)

        self.menopauseRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.menopauseRow.addItem(self.menopauseRowSpacer)


        self.contextLayout.addLayout(self.menopauseRow, 1, 1, 1, 1)

        self.brcaLabel = QLabel(self.contextGroup)
        self.brcaLabel.setObjectName(u"brcaLabel")
        self.brcaLabel.setWordWrap(True)

        self.contextLayout.addWidget(self.brcaLabel, 2, 0, 1, 1)

        self.brcaRow = QHBoxLayout()
        self.brcaRow.setSpacing(12)
        self.brcaRow.setObjectName(u"brcaRow")
        self.brcaYes = QRadioButton(self.contextGroup)
        self.brcaGroup = QButtonGroup(CaseForm)
        self.brcaGroup.setObjectName(u"brcaGroup")
        self.brcaGroup.addButton(self.brcaYes)
        self.brcaYes.setObjectName(u"brcaYes")

        self.brcaRow.addWidget(self.brcaYes)

        self.brcaNo = QRadioButton(self.contextGroup)
        self.brcaGroup.addButton(self.brcaNo)
        self.brcaNo.setObjectName(u"brcaNo")

        self.brcaRow.addWidget(self.brcaNo)

        self.brcaUnknown = QRadioButton(self.contextGroup)
        self.brcaGroup.addButton(self.brcaUnknown)
        self.brcaUnknown.setObjectName(u"brcaUnknown")

        self.brcaRow.addWidget(self.brcaUnknown)

        self.brcaRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.brcaRow.addItem(self.brcaRowSpacer)


        self.contextLayout.addLayout(self.brcaRow, 2, 1, 1, 1)

        self.pik3caLabel = QLabel(self.contextGroup)
        self.pik3caLabel.setObjectName(u"pik3caLabel")
        self.pik3caLabel.setWordWrap(True)

        self.contextLayout.addWidget(self.pik3caLabel, 3, 0, 1, 1)

        self.pik3caRow = QHBoxLayout()
        self.pik3caRow.setSpacing(12)
        self.pik3caRow.setObjectName(u"pik3caRow")
        self.pik3caYes = QRadioButton(self.contextGroup)
        self.pik3caGroup = QButtonGroup(CaseForm)
        self.pik3caGroup.setObjectName(u"pik3caGroup")
        self.pik3caGroup.addButton(self.pik3caYes)
        self.pik3caYes.setObjectName(u"pik3caYes")

        self.pik3caRow.addWidget(self.pik3caYes)

        self.pik3caNo = QRadioButton(self.contextGroup)
        self.pik3caGroup.addButton(self.pik3caNo)
        self.pik3caNo.setObjectName(u"pik3caNo")

        self.pik3caRow.addWidget(self.pik3caNo)

        self.pik3caUnknown = QRadioButton(self.contextGroup)
        self.pik3caGroup.addButton(self.pik3caUnknown)
        self.pik3caUnknown.setObjectName(u"pik3caUnknown")

        self.pik3caRow.addWidget(self.pik3caUnknown)

        self.pik3caRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pik3caRow.addItem(self.pik3caRowSpacer)


        self.contextLayout.addLayout(self.pik3caRow, 3, 1, 1, 1)

        self.esr1Label = QLabel(self.contextGroup)
        self.esr1Label.setObjectName(u"esr1Label")
        self.esr1Label.setWordWrap(True)

        self.contextLayout.addWidget(self.esr1Label, 4, 0, 1, 1)

        self.esr1Row = QHBoxLayout()
        self.esr1Row.setSpacing(12)
        self.esr1Row.setObjectName(u"esr1Row")
        self.esr1Yes = QRadioButton(self.contextGroup)
        self.esr1Group = QButtonGroup(CaseForm)
        self.esr1Group.setObjectName(u"esr1Group")
        self.esr1Group.addButton(self.esr1Yes)
        self.esr1Yes.setObjectName(u"esr1Yes")

        self.esr1Row.addWidget(self.esr1Yes)

        self.esr1No = QRadioButton(self.contextGroup)
        self.esr1Group.addButton(self.esr1No)
        self.esr1No.setObjectName(u"esr1No")

        self.esr1Row.addWidget(self.esr1No)

        self.esr1Unknown = QRadioButton(self.contextGroup)
        self.esr1Group.addButton(self.esr1Unknown)
        self.esr1Unknown.setObjectName(u"esr1Unknown")

        self.esr1Row.addWidget(self.esr1Unknown)

        self.esr1RowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.esr1Row.addItem(self.esr1RowSpacer)


        self.contextLayout.addLayout(self.esr1Row, 4, 1, 1, 1)

        self.pdl1CpsLabel = QLabel(self.contextGroup)
        self.pdl1CpsLabel.setObjectName(u"pdl1CpsLabel")

        self.contextLayout.addWidget(self.pdl1CpsLabel, 5, 0, 1, 1)

        self.pdl1CpsRow = QHBoxLayout()
        self.pdl1CpsRow.setSpacing(4)
        self.pdl1CpsRow.setObjectName(u"pdl1CpsRow")
        self.pdl1Cps = QLineEdit(self.contextGroup)
        self.pdl1Cps.setObjectName(u"pdl1Cps")
        self.pdl1Cps.setMaximumSize(QSize(110, 16777215))
        self.pdl1Cps.setMaxLength(24)
        self.pdl1Cps.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)

        self.pdl1CpsRow.addWidget(self.pdl1Cps)

        self.pdl1CpsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pdl1CpsRow.addItem(self.pdl1CpsSpacer)


        self.contextLayout.addLayout(self.pdl1CpsRow, 5, 1, 1, 1)

        self.pdl1CpsError = QLabel(self.contextGroup)
        self.pdl1CpsError.setObjectName(u"pdl1CpsError")
        self.pdl1CpsError.setWordWrap(True)
        self.pdl1CpsError.setTextFormat(Qt.TextFormat.PlainText)
        self.pdl1CpsError.setVisible(False)
        self.pdl1CpsError.setProperty(u"role", u"error")

        self.contextLayout.addWidget(self.pdl1CpsError, 6, 1, 1, 1)

        self.contextLayout.setColumnStretch(1, 1)

        self.formLayout.addWidget(self.contextGroup)

        self.prognosisGroup = QGroupBox(CaseForm)
        self.prognosisGroup.setObjectName(u"prognosisGroup")
        self.prognosisLayout = QGridLayout(self.prognosisGroup)
        self.prognosisLayout.setObjectName(u"prognosisLayout")
        self.progAgeLabel = QLabel(self.prognosisGroup)
        self.progAgeLabel.setObjectName(u"progAgeLabel")
        self.progAgeLabel.setWordWrap(True)

        self.prognosisLayout.addWidget(self.progAgeLabel, 0, 0, 1, 1)

        self.progAgeRow = QHBoxLayout()
        self.progAgeRow.setSpacing(4)
        self.progAgeRow.setObjectName(u"progAgeRow")
        self.progAge = QLineEdit(self.prognosisGroup)
        self.progAge.setObjectName(u"progAge")
        self.progAge.setMaximumSize(QSize(110, 16777215))
        self.progAge.setMaxLength(24)
        self.progAge.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)

        self.progAgeRow.addWidget(self.progAge)

        self.progAgeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.progAgeRow.addItem(self.progAgeSpacer)


        self.prognosisLayout.addLayout(self.progAgeRow, 0, 1, 1, 1)

        self.progAgeError = QLabel(self.prognosisGroup)
        self.progAgeError.setObjectName(u"progAgeError")
        self.progAgeError.setWordWrap(True)
        self.progAgeError.setTextFormat(Qt.TextFormat.PlainText)
        self.progAgeError.setVisible(False)
        self.progAgeError.setProperty(u"role", u"error")

        self.prognosisLayout.addWidget(self.progAgeError, 1, 1, 1, 1)

        self.progSizeLabel = QLabel(self.prognosisGroup)
        self.progSizeLabel.setObjectName(u"progSizeLabel")
        self.progSizeLabel.setWordWrap(True)

        self.prognosisLayout.addWidget(self.progSizeLabel, 2, 0, 1, 1)

        self.progSizeRow = QHBoxLayout()
        self.progSizeRow.setSpacing(4)
        self.progSizeRow.setObjectName(u"progSizeRow")
        self.progSize = QLineEdit(self.prognosisGroup)
        self.progSize.setObjectName(u"progSize")
        self.progSize.setMaximumSize(QSize(110, 16777215))
        self.progSize.setMaxLength(24)
        self.progSize.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)

        self.progSizeRow.addWidget(self.progSize)

        self.progSizeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.progSizeRow.addItem(self.progSizeSpacer)


        self.prognosisLayout.addLayout(self.progSizeRow, 2, 1, 1, 1)

        self.progSizeError = QLabel(self.prognosisGroup)
        self.progSizeError.setObjectName(u"progSizeError")
        self.progSizeError.setWordWrap(True)
        self.progSizeError.setTextFormat(Qt.TextFormat.PlainText)
        self.progSizeError.setVisible(False)
        self.progSizeError.setProperty(u"role", u"error")

        self.prognosisLayout.addWidget(self.progSizeError, 3, 1, 1, 1)

        self.progNodesLabel = QLabel(self.prognosisGroup)
        self.progNodesLabel.setObjectName(u"progNodesLabel")
        self.progNodesLabel.setWordWrap(True)

        self.prognosisLayout.addWidget(self.progNodesLabel, 4, 0, 1, 1)

        self.progNodesRow = QHBoxLayout()
        self.progNodesRow.setSpacing(4)
        self.progNodesRow.setObjectName(u"progNodesRow")
        self.progNodes = QLineEdit(self.prognosisGroup)
        self.progNodes.setObjectName(u"progNodes")
        self.progNodes.setMaximumSize(QSize(110, 16777215))
        self.progNodes.setMaxLength(24)
        self.progNodes.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)

        self.progNodesRow.addWidget(self.progNodes)

        self.progNodesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.progNodesRow.addItem(self.progNodesSpacer)


        self.prognosisLayout.addLayout(self.progNodesRow, 4, 1, 1, 1)

        self.progNodesError = QLabel(self.prognosisGroup)
        self.progNodesError.setObjectName(u"progNodesError")
        self.progNodesError.setWordWrap(True)
        self.progNodesError.setTextFormat(Qt.TextFormat.PlainText)
        self.progNodesError.setVisible(False)
        self.progNodesError.setProperty(u"role", u"error")

        self.prognosisLayout.addWidget(self.progNodesError, 5, 1, 1, 1)

        self.progGradeLabel = QLabel(self.prognosisGroup)
        self.progGradeLabel.setObjectName(u"progGradeLabel")
        self.progGradeLabel.setWordWrap(True)

        self.prognosisLayout.addWidget(self.progGradeLabel, 6, 0, 1, 1)

        self.progGradeRow = QHBoxLayout()
        self.progGradeRow.setSpacing(12)
        self.progGradeRow.setObjectName(u"progGradeRow")
        self.progGrade1 = QRadioButton(self.prognosisGroup)
        self.progGradeGroup = QButtonGroup(CaseForm)
        self.progGradeGroup.setObjectName(u"progGradeGroup")
        self.progGradeGroup.addButton(self.progGrade1)
        self.progGrade1.setObjectName(u"progGrade1")

        self.progGradeRow.addWidget(self.progGrade1)

        self.progGrade2 = QRadioButton(self.prognosisGroup)
        self.progGradeGroup.addButton(self.progGrade2)
        self.progGrade2.setObjectName(u"progGrade2")

        self.progGradeRow.addWidget(self.progGrade2)

        self.progGrade3 = QRadioButton(self.prognosisGroup)
        self.progGradeGroup.addButton(self.progGrade3)
        self.progGrade3.setObjectName(u"progGrade3")

        self.progGradeRow.addWidget(self.progGrade3)

        self.progGradeUnknown = QRadioButton(self.prognosisGroup)
        self.progGradeGroup.addButton(self.progGradeUnknown)
        self.progGradeUnknown.setObjectName(u"progGradeUnknown")

        self.progGradeRow.addWidget(self.progGradeUnknown)

        self.progGradeRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.progGradeRow.addItem(self.progGradeRowSpacer)


        self.prognosisLayout.addLayout(self.progGradeRow, 6, 1, 1, 1)

        self.progDetectionLabel = QLabel(self.prognosisGroup)
        self.progDetectionLabel.setObjectName(u"progDetectionLabel")
        self.progDetectionLabel.setWordWrap(True)

        self.prognosisLayout.addWidget(self.progDetectionLabel, 7, 0, 1, 1)

        self.progDetectionRow = QHBoxLayout()
        self.progDetectionRow.setSpacing(12)
        self.progDetectionRow.setObjectName(u"progDetectionRow")
        self.progDetectionScreen = QRadioButton(self.prognosisGroup)
        self.progDetectionGroup = QButtonGroup(CaseForm)
        self.progDetectionGroup.setObjectName(u"progDetectionGroup")
        self.progDetectionGroup.addButton(self.progDetectionScreen)
        self.progDetectionScreen.setObjectName(u"progDetectionScreen")

        self.progDetectionRow.addWidget(self.progDetectionScreen)

        self.progDetectionSymptoms = QRadioButton(self.prognosisGroup)
        self.progDetectionGroup.addButton(self.progDetectionSymptoms)
        self.progDetectionSymptoms.setObjectName(u"progDetectionSymptoms")

        self.progDetectionRow.addWidget(self.progDetectionSymptoms)

        self.progDetectionUnknown = QRadioButton(self.prognosisGroup)
        self.progDetectionGroup.addButton(self.progDetectionUnknown)
        self.progDetectionUnknown.setObjectName(u"progDetectionUnknown")

        self.progDetectionRow.addWidget(self.progDetectionUnknown)

        self.progDetectionRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.progDetectionRow.addItem(self.progDetectionRowSpacer)


        self.prognosisLayout.addLayout(self.progDetectionRow, 7, 1, 1, 1)

        self.progChemoLabel = QLabel(self.prognosisGroup)
        self.progChemoLabel.setObjectName(u"progChemoLabel")
        self.progChemoLabel.setWordWrap(True)

        self.prognosisLayout.addWidget(self.progChemoLabel, 8, 0, 1, 1)

        self.progChemoRow = QHBoxLayout()
        self.progChemoRow.setSpacing(12)
        self.progChemoRow.setObjectName(u"progChemoRow")
        self.progChemoNone = QRadioButton(self.prognosisGroup)
        self.progChemoGroup = QButtonGroup(CaseForm)
        self.progChemoGroup.setObjectName(u"progChemoGroup")
        self.progChemoGroup.addButton(self.progChemoNone)
        self.progChemoNone.setObjectName(u"progChemoNone")

        self.progChemoRow.addWidget(self.progChemoNone)

        self.progChemoSecond = QRadioButton(self.prognosisGroup)
        self.progChemoGroup.addButton(self.progChemoSecond)
        self.progChemoSecond.setObjectName(u"progChemoSecond")

        self.progChemoRow.addWidget(self.progChemoSecond)

        self.progChemoThird = QRadioButton(self.prognosisGroup)
        self.progChemoGroup.addButton(self.progChemoThird)
        self.progChemoThird.setObjectName(u"progChemoThird")

        self.progChemoRow.addWidget(self.progChemoThird)

        self.progChemoRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.progChemoRow.addItem(self.progChemoRowSpacer)


        self.prognosisLayout.addLayout(self.progChemoRow, 8, 1, 1, 1)

        self.progEndocrineLabel = QLabel(self.prognosisGroup)
        self.progEndocrineLabel.setObjectName(u"progEndocrineLabel")
        self.progEndocrineLabel.setWordWrap(True)

        self.prognosisLayout.addWidget(self.progEndocrineLabel, 9, 0, 1, 1)

        self.progEndocrineRow = QHBoxLayout()
        self.progEndocrineRow.setSpacing(12)
        self.progEndocrineRow.setObjectName(u"progEndocrineRow")
        self.progEndocrineNone = QRadioButton(self.prognosisGroup)
        self.progEndocrineGroup = QButtonGroup(CaseForm)
        self.progEndocrineGroup.setObjectName(u"progEndocrineGroup")
        self.progEndocrineGroup.addButton(self.progEndocrineNone)
        self.progEndocrineNone.setObjectName(u"progEndocrineNone")

        self.progEndocrineRow.addWidget(self.progEndocrineNone)

        self.progEndocrine5 = QRadioButton(self.prognosisGroup)
        self.progEndocrineGroup.addButton(self.progEndocrine5)
        self.progEndocrine5.setObjectName(u"progEndocrine5")

        self.progEndocrineRow.addWidget(self.progEndocrine5)

        self.progEndocrine10 = QRadioButton(self.prognosisGroup)
        self.progEndocrineGroup.addButton(self.progEndocrine10)
        self.progEndocrine10.setObjectName(u"progEndocrine10")

        self.progEndocrineRow.addWidget(self.progEndocrine10)

        self.progEndocrineRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.progEndocrineRow.addItem(self.progEndocrineRowSpacer)


        self.prognosisLayout.addLayout(self.progEndocrineRow, 9, 1, 1, 1)

        self.progOtherLabel = QLabel(self.prognosisGroup)
        self.progOtherLabel.setObjectName(u"progOtherLabel")
        self.progOtherLabel.setWordWrap(True)

        self.prognosisLayout.addWidget(self.progOtherLabel, 10, 0, 1, 1)

        self.progOtherRow = QHBoxLayout()
        self.progOtherRow.setSpacing(12)
        self.progOtherRow.setObjectName(u"progOtherRow")
        self.progTrastuzumab = QCheckBox(self.prognosisGroup)
        self.progTrastuzumab.setObjectName(u"progTrastuzumab")

        self.progOtherRow.addWidget(self.progTrastuzumab)

        self.progBisphosphonates = QCheckBox(self.prognosisGroup)
        self.progBisphosphonates.setObjectName(u"progBisphosphonates")

        self.progOtherRow.addWidget(self.progBisphosphonates)

        self.progOtherRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.progOtherRow.addItem(self.progOtherRowSpacer)


        self.prognosisLayout.addLayout(self.progOtherRow, 10, 1, 1, 1)

        self.progModelLabel = QLabel(self.prognosisGroup)
        self.progModelLabel.setObjectName(u"progModelLabel")
        self.progModelLabel.setWordWrap(True)

        self.prognosisLayout.addWidget(self.progModelLabel, 11, 0, 1, 1)

        self.progModelRow = QHBoxLayout()
        self.progModelRow.setSpacing(12)
        self.progModelRow.setObjectName(u"progModelRow")
        self.progModelV22 = QRadioButton(self.prognosisGroup)
        self.progModelGroup = QButtonGroup(CaseForm)
        self.progModelGroup.setObjectName(u"progModelGroup")
        self.progModelGroup.addButton(self.progModelV22)
        self.progModelV22.setObjectName(u"progModelV22")

        self.progModelRow.addWidget(self.progModelV22)

        self.progModelV21 = QRadioButton(self.prognosisGroup)
        self.progModelGroup.addButton(self.progModelV21)
        self.progModelV21.setObjectName(u"progModelV21")

        self.progModelRow.addWidget(self.progModelV21)

        self.progModelRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.progModelRow.addItem(self.progModelRowSpacer)


        self.prognosisLayout.addLayout(self.progModelRow, 11, 1, 1, 1)

        self.prognosisLayout.setColumnStretch(1, 1)

        self.formLayout.addWidget(self.prognosisGroup)

        self.valuesGroup = QGroupBox(CaseForm)
        self.valuesGroup.setObjectName(u"valuesGroup")
        self.valuesLayout = QVBoxLayout(self.valuesGroup)
        self.valuesLayout.setSpacing(6)
        self.valuesLayout.setObjectName(u"valuesLayout")
        self.valuesHint = QLabel(self.valuesGroup)
        self.valuesHint.setObjectName(u"valuesHint")
        self.valuesHint.setWordWrap(True)

        self.valuesLayout.addWidget(self.valuesHint)

        self.valuesRows = QWidget(self.valuesGroup)
        self.valuesRows.setObjectName(u"valuesRows")
        self.valuesRowsLayout = QVBoxLayout(self.valuesRows)
        self.valuesRowsLayout.setSpacing(2)
        self.valuesRowsLayout.setObjectName(u"valuesRowsLayout")
        self.valuesRowsLayout.setContentsMargins(0, 0, 0, 0)

        self.valuesLayout.addWidget(self.valuesRows)


        self.formLayout.addWidget(self.valuesGroup)

        self.formBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.formBottomSpacer)

#if QT_CONFIG(shortcut)
        self.erPercentLabel.setBuddy(self.erPercent)
        self.prPercentLabel.setBuddy(self.prPercent)
        self.ishRatioLabel.setBuddy(self.ishRatio)
        self.ishDualCopiesLabel.setBuddy(self.ishDualCopies)
        self.ishSingleCopiesLabel.setBuddy(self.ishSingleCopies)
        self.ki67PercentLabel.setBuddy(self.ki67Percent)
        self.pdl1CpsLabel.setBuddy(self.pdl1Cps)
        self.progAgeLabel.setBuddy(self.progAge)
        self.progSizeLabel.setBuddy(self.progSize)
        self.progNodesLabel.setBuddy(self.progNodes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.erPercent, self.erPositive)
        QWidget.setTabOrder(self.erPositive, self.erLowPositive)
        QWidget.setTabOrder(self.erLowPositive, self.erNegative)
        QWidget.setTabOrder(self.erNegative, self.erUnknown)
        QWidget.setTabOrder(self.erUnknown, self.prPercent)
        QWidget.setTabOrder(self.prPercent, self.prPositive)
        QWidget.setTabOrder(self.prPositive, self.prNegative)
        QWidget.setTabOrder(self.prNegative, self.prUnknown)
        QWidget.setTabOrder(self.prUnknown, self.ihcNotDone)
        QWidget.setTabOrder(self.ihcNotDone, self.ihcZero)
        QWidget.setTabOrder(self.ihcZero, self.ihcZeroNull)
        QWidget.setTabOrder(self.ihcZeroNull, self.ihcZeroUltralow)
        QWidget.setTabOrder(self.ihcZeroUltralow, self.ihcOne)
        QWidget.setTabOrder(self.ihcOne, self.ihcTwo)
        QWidget.setTabOrder(self.ihcTwo, self.ihcThree)
        QWidget.setTabOrder(self.ihcThree, self.ishNone)
        QWidget.setTabOrder(self.ishNone, self.ishReported)
        QWidget.setTabOrder(self.ishReported, self.ishDual)
        QWidget.setTabOrder(self.ishDual, self.ishSingle)
        QWidget.setTabOrder(self.ishSingle, self.ishAmplified)
        QWidget.setTabOrder(self.ishAmplified, self.ishNotAmplified)
        QWidget.setTabOrder(self.ishNotAmplified, self.ishPending)
        QWidget.setTabOrder(self.ishPending, self.ishRatio)
        QWidget.setTabOrder(self.ishRatio, self.ishDualCopies)
        QWidget.setTabOrder(self.ishDualCopies, self.ishRecount)
        QWidget.setTabOrder(self.ishRecount, self.ishSingleCopies)
        QWidget.setTabOrder(self.ishSingleCopies, self.ki67Percent)
        QWidget.setTabOrder(self.ki67Percent, self.settingEarly)
        QWidget.setTabOrder(self.settingEarly, self.settingMetastatic)
        QWidget.setTabOrder(self.settingMetastatic, self.settingUnknown)
        QWidget.setTabOrder(self.settingUnknown, self.menopausePre)
        QWidget.setTabOrder(self.menopausePre, self.menopausePost)
        QWidget.setTabOrder(self.menopausePost, self.menopauseUnknown)
        QWidget.setTabOrder(self.menopauseUnknown, self.brcaYes)
        QWidget.setTabOrder(self.brcaYes, self.brcaNo)
        QWidget.setTabOrder(self.brcaNo, self.brcaUnknown)
        QWidget.setTabOrder(self.brcaUnknown, self.pik3caYes)
        QWidget.setTabOrder(self.pik3caYes, self.pik3caNo)
        QWidget.setTabOrder(self.pik3caNo, self.pik3caUnknown)
        QWidget.setTabOrder(self.pik3caUnknown, self.esr1Yes)
        QWidget.setTabOrder(self.esr1Yes, self.esr1No)
        QWidget.setTabOrder(self.esr1No, self.esr1Unknown)
        QWidget.setTabOrder(self.esr1Unknown, self.pdl1Cps)
        QWidget.setTabOrder(self.pdl1Cps, self.progAge)
        QWidget.setTabOrder(self.progAge, self.progSize)
        QWidget.setTabOrder(self.progSize, self.progNodes)
        QWidget.setTabOrder(self.progNodes, self.progGrade1)
        QWidget.setTabOrder(self.progGrade1, self.progGrade2)
        QWidget.setTabOrder(self.progGrade2, self.progGrade3)
        QWidget.setTabOrder(self.progGrade3, self.progGradeUnknown)
        QWidget.setTabOrder(self.progGradeUnknown, self.progDetectionScreen)
        QWidget.setTabOrder(self.progDetectionScreen, self.progDetectionSymptoms)
        QWidget.setTabOrder(self.progDetectionSymptoms, self.progDetectionUnknown)
        QWidget.setTabOrder(self.progDetectionUnknown, self.progChemoNone)
        QWidget.setTabOrder(self.progChemoNone, self.progChemoSecond)
        QWidget.setTabOrder(self.progChemoSecond, self.progChemoThird)
        QWidget.setTabOrder(self.progChemoThird, self.progEndocrineNone)
        QWidget.setTabOrder(self.progEndocrineNone, self.progEndocrine5)
        QWidget.setTabOrder(self.progEndocrine5, self.progEndocrine10)
        QWidget.setTabOrder(self.progEndocrine10, self.progTrastuzumab)
        QWidget.setTabOrder(self.progTrastuzumab, self.progBisphosphonates)
        QWidget.setTabOrder(self.progBisphosphonates, self.progModelV22)
        QWidget.setTabOrder(self.progModelV22, self.progModelV21)

        self.retranslateUi(CaseForm)

        QMetaObject.connectSlotsByName(CaseForm)
    # setupUi

    def retranslateUi(self, CaseForm):
        CaseForm.setWindowTitle(QCoreApplication.translate("CaseForm", u"Case inputs", None))
#if QT_CONFIG(accessibility)
        CaseForm.setAccessibleName(QCoreApplication.translate("CaseForm", u"Case inputs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        CaseForm.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"The receptor results and clinical context of the case.", None))
#endif // QT_CONFIG(accessibility)
        self.erGroup.setTitle(QCoreApplication.translate("CaseForm", u"Estrogen receptor (ER)", None))
        self.erPercentLabel.setText(QCoreApplication.translate("CaseForm", u"E&R % of nuclei stained", None))
        self.erPercent.setPlaceholderText(QCoreApplication.translate("CaseForm", u"not known", None))
#if QT_CONFIG(accessibility)
        self.erPercent.setAccessibleName(QCoreApplication.translate("CaseForm", u"ER percent of nuclei stained", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.erPercent.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Percent of tumour nuclei staining for ER, 0 to 100. Leave empty if not known.", None))
#endif // QT_CONFIG(accessibility)
        self.erPercentUnit.setText(QCoreApplication.translate("CaseForm", u"%", None))
        self.erCategoryLabel.setText(QCoreApplication.translate("CaseForm", u"Category", None))
        self.erPositive.setText(QCoreApplication.translate("CaseForm", u"Positive", None))
#if QT_CONFIG(accessibility)
        self.erPositive.setAccessibleName(QCoreApplication.translate("CaseForm", u"ER positive", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.erPositive.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"ER category as reported. Typing a percent selects the category it falls in; choosing a category that disagrees with the percent clears the percent.", None))
#endif // QT_CONFIG(accessibility)
        self.erLowPositive.setText(QCoreApplication.translate("CaseForm", u"Low positive", None))
#if QT_CONFIG(accessibility)
        self.erLowPositive.setAccessibleName(QCoreApplication.translate("CaseForm", u"ER low positive", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.erLowPositive.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"ER category as reported. Typing a percent selects the category it falls in; choosing a category that disagrees with the percent clears the percent.", None))
#endif // QT_CONFIG(accessibility)
        self.erNegative.setText(QCoreApplication.translate("CaseForm", u"Negative", None))
#if QT_CONFIG(accessibility)
        self.erNegative.setAccessibleName(QCoreApplication.translate("CaseForm", u"ER negative", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.erNegative.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"ER category as reported. Typing a percent selects the category it falls in; choosing a category that disagrees with the percent clears the percent.", None))
#endif // QT_CONFIG(accessibility)
        self.erUnknown.setText(QCoreApplication.translate("CaseForm", u"Not known", None))
#if QT_CONFIG(accessibility)
        self.erUnknown.setAccessibleName(QCoreApplication.translate("CaseForm", u"ER not known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.erUnknown.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"ER result not known or not recorded yet.", None))
#endif // QT_CONFIG(accessibility)
        self.prGroup.setTitle(QCoreApplication.translate("CaseForm", u"Progesterone receptor (PR)", None))
        self.prPercentLabel.setText(QCoreApplication.translate("CaseForm", u"&PR % of nuclei stained", None))
        self.prPercent.setPlaceholderText(QCoreApplication.translate("CaseForm", u"not known", None))
#if QT_CONFIG(accessibility)
        self.prPercent.setAccessibleName(QCoreApplication.translate("CaseForm", u"PR percent of nuclei stained", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.prPercent.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Percent of tumour nuclei staining for PR, 0 to 100. Leave empty if not known.", None))
#endif // QT_CONFIG(accessibility)
        self.prPercentUnit.setText(QCoreApplication.translate("CaseForm", u"%", None))
        self.prCategoryLabel.setText(QCoreApplication.translate("CaseForm", u"Category", None))
        self.prPositive.setText(QCoreApplication.translate("CaseForm", u"Positive", None))
#if QT_CONFIG(accessibility)
        self.prPositive.setAccessibleName(QCoreApplication.translate("CaseForm", u"PR positive", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.prPositive.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"PR category as reported. Typing a percent selects the category it falls in; choosing a category that disagrees with the percent clears the percent.", None))
#endif // QT_CONFIG(accessibility)
        self.prNegative.setText(QCoreApplication.translate("CaseForm", u"Negative", None))
#if QT_CONFIG(accessibility)
        self.prNegative.setAccessibleName(QCoreApplication.translate("CaseForm", u"PR negative", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.prNegative.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"PR category as reported. Typing a percent selects the category it falls in; choosing a category that disagrees with the percent clears the percent.", None))
#endif // QT_CONFIG(accessibility)
        self.prUnknown.setText(QCoreApplication.translate("CaseForm", u"Not known", None))
#if QT_CONFIG(accessibility)
        self.prUnknown.setAccessibleName(QCoreApplication.translate("CaseForm", u"PR not known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.prUnknown.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"PR result not known or not recorded yet.", None))
#endif // QT_CONFIG(accessibility)
        self.ihcGroup.setTitle(QCoreApplication.translate("CaseForm", u"HER2 &IHC score", None))
        self.ihcNotDone.setText(QCoreApplication.translate("CaseForm", u"Not done", None))
#if QT_CONFIG(accessibility)
        self.ihcNotDone.setAccessibleName(QCoreApplication.translate("CaseForm", u"HER2 IHC not done", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ihcNotDone.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"No HER2 immunohistochemistry result yet.", None))
#endif // QT_CONFIG(accessibility)
        self.ihcZero.setText(QCoreApplication.translate("CaseForm", u"0, not stated if null or ultralow", None))
#if QT_CONFIG(accessibility)
        self.ihcZero.setAccessibleName(QCoreApplication.translate("CaseForm", u"HER2 IHC 0, not stated whether null or ultralow", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ihcZero.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"IHC 0 reported without saying whether there was no staining (null) or faint staining in up to 10 percent of cells (ultralow).", None))
#endif // QT_CONFIG(accessibility)
        self.ihcZeroNull.setText(QCoreApplication.translate("CaseForm", u"0, no staining (null)", None))
#if QT_CONFIG(accessibility)
        self.ihcZeroNull.setAccessibleName(QCoreApplication.translate("CaseForm", u"HER2 IHC 0, no staining", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ihcZeroNull.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"IHC 0 with no membrane staining at all.", None))
#endif // QT_CONFIG(accessibility)
        self.ihcZeroUltralow.setText(QCoreApplication.translate("CaseForm", u"0, faint in \u2264 10 % of cells (ultralow)", None))
#if QT_CONFIG(accessibility)
        self.ihcZeroUltralow.setAccessibleName(QCoreApplication.translate("CaseForm", u"HER2 IHC 0, faint staining in up to 10 percent of cells", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ihcZeroUltralow.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"IHC 0 with faint, incomplete membrane staining in up to 10 percent of tumour cells.", None))
#endif // QT_CONFIG(accessibility)
        self.ihcOne.setText(QCoreApplication.translate("CaseForm", u"1+", None))
#if QT_CONFIG(accessibility)
        self.ihcOne.setAccessibleName(QCoreApplication.translate("CaseForm", u"HER2 IHC 1+", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ihcOne.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"IHC score 1+.", None))
#endif // QT_CONFIG(accessibility)
        self.ihcTwo.setText(QCoreApplication.translate("CaseForm", u"2+", None))
#if QT_CONFIG(accessibility)
        self.ihcTwo.setAccessibleName(QCoreApplication.translate("CaseForm", u"HER2 IHC 2+", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ihcTwo.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"IHC score 2+ (equivocal until ISH is done).", None))
#endif // QT_CONFIG(accessibility)
        self.ihcThree.setText(QCoreApplication.translate("CaseForm", u"3+", None))
#if QT_CONFIG(accessibility)
        self.ihcThree.setAccessibleName(QCoreApplication.translate("CaseForm", u"HER2 IHC 3+", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ihcThree.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"IHC score 3+.", None))
#endif // QT_CONFIG(accessibility)
        self.ishGroup.setTitle(QCoreApplication.translate("CaseForm", u"HER2 I&SH", None))
        self.ishNone.setText(QCoreApplication.translate("CaseForm", u"Not done", None))
#if QT_CONFIG(accessibility)
        self.ishNone.setAccessibleName(QCoreApplication.translate("CaseForm", u"ISH not done", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ishNone.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"No in situ hybridisation ordered or reported.", None))
#endif // QT_CONFIG(accessibility)
        self.ishReported.setText(QCoreApplication.translate("CaseForm", u"Reported result", None))
#if QT_CONFIG(accessibility)
        self.ishReported.setAccessibleName(QCoreApplication.translate("CaseForm", u"ISH reported result", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ishReported.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Enter the laboratory's conclusion (amplified or not), or pending.", None))
#endif // QT_CONFIG(accessibility)
        self.ishDual.setText(QCoreApplication.translate("CaseForm", u"Dual-probe numbers", None))
#if QT_CONFIG(accessibility)
        self.ishDual.setAccessibleName(QCoreApplication.translate("CaseForm", u"ISH dual-probe numbers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ishDual.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Enter the HER2/CEP17 ratio and the mean HER2 copies per cell.", None))
#endif // QT_CONFIG(accessibility)
        self.ishSingle.setText(QCoreApplication.translate("CaseForm", u"Single-probe numbers", None))
#if QT_CONFIG(accessibility)
        self.ishSingle.setAccessibleName(QCoreApplication.translate("CaseForm", u"ISH single-probe numbers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ishSingle.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Enter the mean HER2 copies per cell.", None))
#endif // QT_CONFIG(accessibility)
        self.ishResultLabel.setText(QCoreApplication.translate("CaseForm", u"Result", None))
        self.ishAmplified.setText(QCoreApplication.translate("CaseForm", u"Amplified", None))
#if QT_CONFIG(accessibility)
        self.ishAmplified.setAccessibleName(QCoreApplication.translate("CaseForm", u"ISH result amplified", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ishAmplified.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"The report says HER2 is amplified.", None))
#endif // QT_CONFIG(accessibility)
        self.ishNotAmplified.setText(QCoreApplication.translate("CaseForm", u"Not amplified", None))
#if QT_CONFIG(accessibility)
        self.ishNotAmplified.setAccessibleName(QCoreApplication.translate("CaseForm", u"ISH result not amplified", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ishNotAmplified.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"The report says HER2 is not amplified.", None))
#endif // QT_CONFIG(accessibility)
        self.ishPending.setText(QCoreApplication.translate("CaseForm", u"Pending", None))
#if QT_CONFIG(accessibility)
        self.ishPending.setAccessibleName(QCoreApplication.translate("CaseForm", u"ISH result pending", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ishPending.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"ISH is ordered but not reported yet.", None))
#endif // QT_CONFIG(accessibility)
        self.ishRatioLabel.setText(QCoreApplication.translate("CaseForm", u"HER2/CEP17 r&atio", None))
        self.ishRatio.setPlaceholderText(QCoreApplication.translate("CaseForm", u"pending", None))
#if QT_CONFIG(accessibility)
        self.ishRatio.setAccessibleName(QCoreApplication.translate("CaseForm", u"HER2 to CEP17 ratio", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ishRatio.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Dual-probe ratio of HER2 to CEP17 signals, more than 0. Leave empty while pending.", None))
#endif // QT_CONFIG(accessibility)
        self.ishDualCopiesLabel.setText(QCoreApplication.translate("CaseForm", u"&Mean HER2 copies per cell", None))
        self.ishDualCopies.setPlaceholderText(QCoreApplication.translate("CaseForm", u"pending", None))
#if QT_CONFIG(accessibility)
        self.ishDualCopies.setAccessibleName(QCoreApplication.translate("CaseForm", u"Mean HER2 copies per cell, dual probe", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ishDualCopies.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Average number of HER2 signals per cell, more than 0. Leave empty while pending.", None))
#endif // QT_CONFIG(accessibility)
        self.ishRecount.setText(QCoreApplication.translate("CaseForm", u"&Blinded recount by a second observer", None))
#if QT_CONFIG(accessibility)
        self.ishRecount.setAccessibleName(QCoreApplication.translate("CaseForm", u"Blinded recount", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ishRecount.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Check when these numbers come from the blinded recount that ISH groups 2 to 4 call for.", None))
#endif // QT_CONFIG(accessibility)
        self.ishSingleCopiesLabel.setText(QCoreApplication.translate("CaseForm", u"Mean HER2 c&opies per cell", None))
        self.ishSingleCopies.setPlaceholderText(QCoreApplication.translate("CaseForm", u"pending", None))
#if QT_CONFIG(accessibility)
        self.ishSingleCopies.setAccessibleName(QCoreApplication.translate("CaseForm", u"Mean HER2 copies per cell, single probe", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ishSingleCopies.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Average number of HER2 signals per cell, more than 0. Leave empty while pending.", None))
#endif // QT_CONFIG(accessibility)
        self.ki67Group.setTitle(QCoreApplication.translate("CaseForm", u"Proliferation", None))
        self.ki67PercentLabel.setText(QCoreApplication.translate("CaseForm", u"&Ki-67 % of nuclei", None))
        self.ki67Percent.setPlaceholderText(QCoreApplication.translate("CaseForm", u"not known", None))
#if QT_CONFIG(accessibility)
        self.ki67Percent.setAccessibleName(QCoreApplication.translate("CaseForm", u"Ki-67 percent of nuclei", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ki67Percent.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Percent of tumour nuclei staining for Ki-67, 0 to 100. Leave empty if not known.", None))
#endif // QT_CONFIG(accessibility)
        self.ki67PercentUnit.setText(QCoreApplication.translate("CaseForm", u"%", None))
        self.contextGroup.setTitle(QCoreApplication.translate("CaseForm", u"Clinical &context", None))
        self.settingLabel.setText(QCoreApplication.translate("CaseForm", u"Setting", None))
        self.settingEarly.setText(QCoreApplication.translate("CaseForm", u"Early", None))
#if QT_CONFIG(accessibility)
        self.settingEarly.setAccessibleName(QCoreApplication.translate("CaseForm", u"Setting early", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.settingEarly.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Setting: early breast cancer.", None))
#endif // QT_CONFIG(accessibility)
        self.settingMetastatic.setText(QCoreApplication.translate("CaseForm", u"Metastatic", None))
#if QT_CONFIG(accessibility)
        self.settingMetastatic.setAccessibleName(QCoreApplication.translate("CaseForm", u"Setting metastatic", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.settingMetastatic.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Setting: metastatic breast cancer.", None))
#endif // QT_CONFIG(accessibility)
        self.settingUnknown.setText(QCoreApplication.translate("CaseForm", u"Not known", None))
#if QT_CONFIG(accessibility)
        self.settingUnknown.setAccessibleName(QCoreApplication.translate("CaseForm", u"Setting not known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.settingUnknown.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Setting: not known or not tested.", None))
#endif // QT_CONFIG(accessibility)
        self.menopauseLabel.setText(QCoreApplication.translate("CaseForm", u"Menopause", None))
        self.menopausePre.setText(QCoreApplication.translate("CaseForm", u"Pre", None))
#if QT_CONFIG(accessibility)
        self.menopausePre.setAccessibleName(QCoreApplication.translate("CaseForm", u"Premenopausal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.menopausePre.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Menopausal status: premenopausal.", None))
#endif // QT_CONFIG(accessibility)
        self.menopausePost.setText(QCoreApplication.translate("CaseForm", u"Post", None))
#if QT_CONFIG(accessibility)
        self.menopausePost.setAccessibleName(QCoreApplication.translate("CaseForm", u"Postmenopausal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.menopausePost.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Menopausal status: postmenopausal.", None))
#endif // QT_CONFIG(accessibility)
        self.menopauseUnknown.setText(QCoreApplication.translate("CaseForm", u"Not known", None))
#if QT_CONFIG(accessibility)
        self.menopauseUnknown.setAccessibleName(QCoreApplication.translate("CaseForm", u"Menopausal status not known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.menopauseUnknown.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Menopausal status: not known or not tested.", None))
#endif // QT_CONFIG(accessibility)
        self.brcaLabel.setText(QCoreApplication.translate("CaseForm", u"Germline BRCA1/2 pathogenic variant", None))
        self.brcaYes.setText(QCoreApplication.translate("CaseForm", u"Yes", None))
#if QT_CONFIG(accessibility)
        self.brcaYes.setAccessibleName(QCoreApplication.translate("CaseForm", u"Germline BRCA1 or BRCA2 pathogenic variant yes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.brcaYes.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Germline BRCA1 or BRCA2 pathogenic variant: present.", None))
#endif // QT_CONFIG(accessibility)
        self.brcaNo.setText(QCoreApplication.translate("CaseForm", u"No", None))
#if QT_CONFIG(accessibility)
        self.brcaNo.setAccessibleName(QCoreApplication.translate("CaseForm", u"Germline BRCA1 or BRCA2 pathogenic variant no", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.brcaNo.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Germline BRCA1 or BRCA2 pathogenic variant: absent.", None))
#endif // QT_CONFIG(accessibility)
        self.brcaUnknown.setText(QCoreApplication.translate("CaseForm", u"Not known", None))
#if QT_CONFIG(accessibility)
        self.brcaUnknown.setAccessibleName(QCoreApplication.translate("CaseForm", u"Germline BRCA1 or BRCA2 pathogenic variant not known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.brcaUnknown.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Germline BRCA1 or BRCA2 pathogenic variant: not known or not tested.", None))
#endif // QT_CONFIG(accessibility)
        self.pik3caLabel.setText(QCoreApplication.translate("CaseForm", u"PIK3CA, AKT1 or PTEN alteration", None))
        self.pik3caYes.setText(QCoreApplication.translate("CaseForm", u"Yes", None))
#if QT_CONFIG(accessibility)
        self.pik3caYes.setAccessibleName(QCoreApplication.translate("CaseForm", u"PIK3CA, AKT1 or PTEN alteration yes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pik3caYes.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"PIK3CA, AKT1 or PTEN alteration: present.", None))
#endif // QT_CONFIG(accessibility)
        self.pik3caNo.setText(QCoreApplication.translate("CaseForm", u"No", None))
#if QT_CONFIG(accessibility)
        self.pik3caNo.setAccessibleName(QCoreApplication.translate("CaseForm", u"PIK3CA, AKT1 or PTEN alteration no", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pik3caNo.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"PIK3CA, AKT1 or PTEN alteration: absent.", None))
#endif // QT_CONFIG(accessibility)
        self.pik3caUnknown.setText(QCoreApplication.translate("CaseForm", u"Not known", None))
#if QT_CONFIG(accessibility)
        self.pik3caUnknown.setAccessibleName(QCoreApplication.translate("CaseForm", u"PIK3CA, AKT1 or PTEN alteration not known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pik3caUnknown.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"PIK3CA, AKT1 or PTEN alteration: not known or not tested.", None))
#endif // QT_CONFIG(accessibility)
        self.esr1Label.setText(QCoreApplication.translate("CaseForm", u"ESR1 mutation", None))
        self.esr1Yes.setText(QCoreApplication.translate("CaseForm", u"Yes", None))
#if QT_CONFIG(accessibility)
        self.esr1Yes.setAccessibleName(QCoreApplication.translate("CaseForm", u"ESR1 mutation yes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.esr1Yes.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"ESR1 mutation: present.", None))
#endif // QT_CONFIG(accessibility)
        self.esr1No.setText(QCoreApplication.translate("CaseForm", u"No", None))
#if QT_CONFIG(accessibility)
        self.esr1No.setAccessibleName(QCoreApplication.translate("CaseForm", u"ESR1 mutation no", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.esr1No.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"ESR1 mutation: absent.", None))
#endif // QT_CONFIG(accessibility)
        self.esr1Unknown.setText(QCoreApplication.translate("CaseForm", u"Not known", None))
#if QT_CONFIG(accessibility)
        self.esr1Unknown.setAccessibleName(QCoreApplication.translate("CaseForm", u"ESR1 mutation not known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.esr1Unknown.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"ESR1 mutation: not known or not tested.", None))
#endif // QT_CONFIG(accessibility)
        self.pdl1CpsLabel.setText(QCoreApplication.translate("CaseForm", u"P&D-L1 CPS (22C3)", None))
        self.pdl1Cps.setPlaceholderText(QCoreApplication.translate("CaseForm", u"not known", None))
#if QT_CONFIG(accessibility)
        self.pdl1Cps.setAccessibleName(QCoreApplication.translate("CaseForm", u"PD-L1 combined positive score", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pdl1Cps.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"PD-L1 combined positive score with the 22C3 assay, 0 to 100. Leave empty if not known.", None))
#endif // QT_CONFIG(accessibility)
        self.prognosisGroup.setTitle(QCoreApplication.translate("CaseForm", u"Prognosis after surgery (PREDICT, early cancer)", None))
#if QT_CONFIG(accessibility)
        self.prognosisGroup.setAccessibleName(QCoreApplication.translate("CaseForm", u"Prognosis inputs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.prognosisGroup.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Patient and tumor details and planned treatments for a PREDICT Breast survival estimate. Shown when the setting is early.", None))
#endif // QT_CONFIG(accessibility)
        self.progAgeLabel.setText(QCoreApplication.translate("CaseForm", u"A&ge at diagnosis (years)", None))
        self.progAge.setPlaceholderText(QCoreApplication.translate("CaseForm", u"not known", None))
#if QT_CONFIG(accessibility)
        self.progAge.setAccessibleName(QCoreApplication.translate("CaseForm", u"Age at diagnosis", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progAge.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Age at diagnosis in years; PREDICT accepts 25 to 85. Leave empty if not known.", None))
#endif // QT_CONFIG(accessibility)
        self.progSizeLabel.setText(QCoreApplication.translate("CaseForm", u"Invasive si&ze (mm)", None))
        self.progSize.setPlaceholderText(QCoreApplication.translate("CaseForm", u"not known", None))
#if QT_CONFIG(accessibility)
        self.progSize.setAccessibleName(QCoreApplication.translate("CaseForm", u"Invasive tumor size in millimetres", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progSize.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Size of the invasive tumor in millimetres, more than 0. Leave empty if not known.", None))
#endif // QT_CONFIG(accessibility)
        self.progNodesLabel.setText(QCoreApplication.translate("CaseForm", u"Positive &nodes", None))
        self.progNodes.setPlaceholderText(QCoreApplication.translate("CaseForm", u"not known", None))
#if QT_CONFIG(accessibility)
        self.progNodes.setAccessibleName(QCoreApplication.translate("CaseForm", u"Number of positive lymph nodes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progNodes.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Number of lymph nodes with cancer, a whole number, 0 or more. Leave empty if not known.", None))
#endif // QT_CONFIG(accessibility)
        self.progGradeLabel.setText(QCoreApplication.translate("CaseForm", u"Grade", None))
        self.progGrade1.setText(QCoreApplication.translate("CaseForm", u"1", None))
#if QT_CONFIG(accessibility)
        self.progGrade1.setAccessibleName(QCoreApplication.translate("CaseForm", u"Tumor grade 1", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progGrade1.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Tumor grade: 1.", None))
#endif // QT_CONFIG(accessibility)
        self.progGrade2.setText(QCoreApplication.translate("CaseForm", u"2", None))
#if QT_CONFIG(accessibility)
        self.progGrade2.setAccessibleName(QCoreApplication.translate("CaseForm", u"Tumor grade 2", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progGrade2.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Tumor grade: 2.", None))
#endif // QT_CONFIG(accessibility)
        self.progGrade3.setText(QCoreApplication.translate("CaseForm", u"3", None))
#if QT_CONFIG(accessibility)
        self.progGrade3.setAccessibleName(QCoreApplication.translate("CaseForm", u"Tumor grade 3", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progGrade3.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Tumor grade: 3.", None))
#endif // QT_CONFIG(accessibility)
        self.progGradeUnknown.setText(QCoreApplication.translate("CaseForm", u"Not known", None))
#if QT_CONFIG(accessibility)
        self.progGradeUnknown.setAccessibleName(QCoreApplication.translate("CaseForm", u"Tumor grade not known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progGradeUnknown.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Tumor grade: not known.", None))
#endif // QT_CONFIG(accessibility)
        self.progDetectionLabel.setText(QCoreApplication.translate("CaseForm", u"How it was found", None))
        self.progDetectionScreen.setText(QCoreApplication.translate("CaseForm", u"Screening", None))
#if QT_CONFIG(accessibility)
        self.progDetectionScreen.setAccessibleName(QCoreApplication.translate("CaseForm", u"How the cancer was found screen-detected", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progDetectionScreen.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"How the cancer was found: screen-detected.", None))
#endif // QT_CONFIG(accessibility)
        self.progDetectionSymptoms.setText(QCoreApplication.translate("CaseForm", u"Symptoms", None))
#if QT_CONFIG(accessibility)
        self.progDetectionSymptoms.setAccessibleName(QCoreApplication.translate("CaseForm", u"How the cancer was found found with symptoms", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progDetectionSymptoms.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"How the cancer was found: found with symptoms.", None))
#endif // QT_CONFIG(accessibility)
        self.progDetectionUnknown.setText(QCoreApplication.translate("CaseForm", u"Not known", None))
#if QT_CONFIG(accessibility)
        self.progDetectionUnknown.setAccessibleName(QCoreApplication.translate("CaseForm", u"How the cancer was found not known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progDetectionUnknown.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"How the cancer was found: not known.", None))
#endif // QT_CONFIG(accessibility)
        self.progChemoLabel.setText(QCoreApplication.translate("CaseForm", u"Chemotherapy", None))
        self.progChemoNone.setText(QCoreApplication.translate("CaseForm", u"None", None))
#if QT_CONFIG(accessibility)
        self.progChemoNone.setAccessibleName(QCoreApplication.translate("CaseForm", u"Chemotherapy for the estimate none", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progChemoNone.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Chemotherapy for the estimate: none.", None))
#endif // QT_CONFIG(accessibility)
        self.progChemoSecond.setText(QCoreApplication.translate("CaseForm", u"2nd generation", None))
#if QT_CONFIG(accessibility)
        self.progChemoSecond.setAccessibleName(QCoreApplication.translate("CaseForm", u"Chemotherapy for the estimate second generation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progChemoSecond.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Chemotherapy for the estimate: second generation.", None))
#endif // QT_CONFIG(accessibility)
        self.progChemoThird.setText(QCoreApplication.translate("CaseForm", u"3rd generation", None))
#if QT_CONFIG(accessibility)
        self.progChemoThird.setAccessibleName(QCoreApplication.translate("CaseForm", u"Chemotherapy for the estimate third generation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progChemoThird.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Chemotherapy for the estimate: third generation.", None))
#endif // QT_CONFIG(accessibility)
        self.progEndocrineLabel.setText(QCoreApplication.translate("CaseForm", u"Endocrine therapy", None))
        self.progEndocrineNone.setText(QCoreApplication.translate("CaseForm", u"None", None))
#if QT_CONFIG(accessibility)
        self.progEndocrineNone.setAccessibleName(QCoreApplication.translate("CaseForm", u"Endocrine therapy for the estimate none", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progEndocrineNone.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Endocrine therapy for the estimate: none.", None))
#endif // QT_CONFIG(accessibility)
        self.progEndocrine5.setText(QCoreApplication.translate("CaseForm", u"5 years", None))
#if QT_CONFIG(accessibility)
        self.progEndocrine5.setAccessibleName(QCoreApplication.translate("CaseForm", u"Endocrine therapy for the estimate 5 years", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progEndocrine5.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Endocrine therapy for the estimate: 5 years.", None))
#endif // QT_CONFIG(accessibility)
        self.progEndocrine10.setText(QCoreApplication.translate("CaseForm", u"10 years", None))
#if QT_CONFIG(accessibility)
        self.progEndocrine10.setAccessibleName(QCoreApplication.translate("CaseForm", u"Endocrine therapy for the estimate 10 years", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progEndocrine10.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Endocrine therapy for the estimate: 10 years.", None))
#endif // QT_CONFIG(accessibility)
        self.progOtherLabel.setText(QCoreApplication.translate("CaseForm", u"Also", None))
        self.progTrastuzumab.setText(QCoreApplication.translate("CaseForm", u"Trastuzumab", None))
#if QT_CONFIG(accessibility)
        self.progTrastuzumab.setAccessibleName(QCoreApplication.translate("CaseForm", u"Trastuzumab for the estimate", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progTrastuzumab.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Include trastuzumab in the estimate (HER2-positive cancer only).", None))
#endif // QT_CONFIG(accessibility)
        self.progBisphosphonates.setText(QCoreApplication.translate("CaseForm", u"Bisphosphonates", None))
#if QT_CONFIG(accessibility)
        self.progBisphosphonates.setAccessibleName(QCoreApplication.translate("CaseForm", u"Bisphosphonates for the estimate", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progBisphosphonates.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"Include bisphosphonates in the estimate (benefit for postmenopausal women).", None))
#endif // QT_CONFIG(accessibility)
        self.progModelLabel.setText(QCoreApplication.translate("CaseForm", u"Model version", None))
        self.progModelV22.setText(QCoreApplication.translate("CaseForm", u"PREDICT v2.2", None))
#if QT_CONFIG(accessibility)
        self.progModelV22.setAccessibleName(QCoreApplication.translate("CaseForm", u"PREDICT model version v2.2", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progModelV22.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"PREDICT model version: v2.2.", None))
#endif // QT_CONFIG(accessibility)
        self.progModelV21.setText(QCoreApplication.translate("CaseForm", u"PREDICT v2.1", None))
#if QT_CONFIG(accessibility)
        self.progModelV21.setAccessibleName(QCoreApplication.translate("CaseForm", u"PREDICT model version v2.1", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progModelV21.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"PREDICT model version: v2.1.", None))
#endif // QT_CONFIG(accessibility)
        self.valuesGroup.setTitle(QCoreApplication.translate("CaseForm", u"What matters most to you (fill in with the patient)", None))
#if QT_CONFIG(accessibility)
        self.valuesGroup.setAccessibleName(QCoreApplication.translate("CaseForm", u"What matters most to you", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.valuesGroup.setAccessibleDescription(QCoreApplication.translate("CaseForm", u"The values exercise for this decision: how important each statement is to the patient. The answers print in the handout and are saved only in the case file.", None))
#endif // QT_CONFIG(accessibility)
        self.valuesHint.setText(QCoreApplication.translate("CaseForm", u"How important is each of these to the patient? Leave blank to fill in by pen on the handout. Kept only if you save the case.", None))
#if QT_CONFIG(accessibility)
        self.valuesRows.setAccessibleName(QCoreApplication.translate("CaseForm", u"Values statements", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

