"""Every control changes the summary exactly as the engine says."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from her2aid.core import casefile
from her2aid.core.classify import classify
from her2aid.core.models import CaseInputs
from her2aid.report.render import render_summary
from her2aid.ui.main_window import MainWindow


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click where the indicator is (the centre of a wide button can miss it)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def expected(**parts: Any) -> CaseInputs:
    return casefile.from_dict({"format": casefile.FORMAT, **parts})


def assert_summary_is_the_engines(window: MainWindow, inputs: CaseInputs) -> None:
    assert window.evaluation.inputs == inputs
    result = classify(inputs)
    assert window.result == result
    assert window.summary.last_html == render_summary(
        result,
        inputs,
        audience=window.summary.audience,
        theme=window.summary.theme,
        expand_trace=window.summary.trace_expanded,
    )


DUAL_PENDING = {"ish": {"assay": "dual"}}
TOGGLES: list[tuple[list[str], str, dict[str, Any]]] = [
    ([], "erPositive", {"er": {"status": "positive"}}),
    ([], "erLowPositive", {"er": {"status": "low_positive"}}),
    ([], "erNegative", {"er": {"status": "negative"}}),
    (["erNegative"], "erUnknown", {}),
    ([], "prPositive", {"pr": {"status": "positive"}}),
    ([], "prNegative", {"pr": {"status": "negative"}}),
    (["prNegative"], "prUnknown", {}),
    ([], "ihcZero", {"her2": {"ihc": "0"}}),
    ([], "ihcZeroNull", {"her2": {"ihc": "0-null"}}),
    ([], "ihcZeroUltralow", {"her2": {"ihc": "0-ultralow"}}),
    ([], "ihcOne", {"her2": {"ihc": "1+"}}),
    ([], "ihcTwo", {"her2": {"ihc": "2+"}}),
    ([], "ihcThree", {"her2": {"ihc": "3+"}}),
    (["ihcThree"], "ihcNotDone", {}),
    ([], "ishReported", {"her2": {"ish": {"result": None}}}),
    (["ishReported"], "ishAmplified", {"her2": {"ish": {"result": "amplified"}}}),
    (["ishReported"], "ishNotAmplified", {"her2": {"ish": {"result": "not_amplified"}}}),
    (["ishReported", "ishAmplified"], "ishPending", {"her2": {"ish": {"result": None}}}),
    ([], "ishDual", {"her2": DUAL_PENDING}),
    (["ishDual"], "ishRecount", {"her2": {"ish": {"assay": "dual", "recount": True}}}),
    ([], "ishSingle", {"her2": {"ish": {"assay": "single"}}}),
    (["ishSingle"], "ishNone", {}),
    ([], "settingEarly", {"context": {"setting": "early"}}),
    ([], "settingMetastatic", {"context": {"setting": "metastatic"}}),
    (["settingEarly"], "settingUnknown", {}),
    ([], "menopausePre", {"context": {"menopause": "pre"}}),
    ([], "menopausePost", {"context": {"menopause": "post"}}),
    (["menopausePost"], "menopauseUnknown", {}),
    ([], "brcaYes", {"context": {"germline_brca": True}}),
    ([], "brcaNo", {"context": {"germline_brca": False}}),
    (["brcaNo"], "brcaUnknown", {}),
    ([], "pik3caYes", {"context": {"pik3ca_akt1_pten": True}}),
    ([], "pik3caNo", {"context": {"pik3ca_akt1_pten": False}}),
    (["pik3caYes"], "pik3caUnknown", {}),
    ([], "esr1Yes", {"context": {"esr1": True}}),
    ([], "esr1No", {"context": {"esr1": False}}),
    (["esr1Yes"], "esr1Unknown", {}),
    # PREDICT inputs: shown for early disease only, so chosen after "Early".
    *[
        (["settingEarly", *before], button, {"context": {"setting": "early"}, **parts})
        for before, button, parts in [
            ([], "progGrade1", {"prognosis": {"grade": 1}}),
            ([], "progGrade2", {"prognosis": {"grade": 2}}),
            ([], "progGrade3", {"prognosis": {"grade": 3}}),
            (["progGrade3"], "progGradeUnknown", {}),
            ([], "progDetectionScreen", {"prognosis": {"detection": "screen"}}),
            ([], "progDetectionSymptoms", {"prognosis": {"detection": "symptoms"}}),
            (["progDetectionScreen"], "progDetectionUnknown", {}),
            ([], "progChemoSecond", {"prognosis": {"treatments": {"chemo": "second_gen"}}}),
            ([], "progChemoThird", {"prognosis": {"treatments": {"chemo": "third_gen"}}}),
            (["progChemoThird"], "progChemoNone", {}),
            ([], "progEndocrine5", {"prognosis": {"treatments": {"endocrine": "5y"}}}),
            ([], "progEndocrine10", {"prognosis": {"treatments": {"endocrine": "10y"}}}),
            (["progEndocrine10"], "progEndocrineNone", {}),
            ([], "progTrastuzumab", {"prognosis": {"treatments": {"trastuzumab": True}}}),
            ([], "progBisphosphonates", {"prognosis": {"treatments": {"bisphosphonates": True}}}),
            ([], "progModelV21", {"prognosis": {"model": "v2.1"}}),  # saved with the case
            (["progModelV21"], "progModelV22", {}),
        ]
    ],
]


@pytest.mark.parametrize(
    ("before", "button", "parts"),
    TOGGLES,
    ids=[t[1] + "".join(f"-after-{b}" for b in t[0]) for t in TOGGLES],
)
def test_each_toggle_updates_the_summary_as_the_engine_says(
    window: MainWindow, qtbot: QtBot, before: list[str], button: str, parts: dict[str, Any]
) -> None:
    ui = window.form.ui
    for name in before:
        click(qtbot, getattr(ui, name))
    renders = window.summary.render_count
    click(qtbot, getattr(ui, button))
    assert getattr(ui, button).isChecked()
    assert window.summary.render_count == renders + 1
    assert_summary_is_the_engines(window, expected(**parts))


def test_every_button_is_covered_by_the_toggle_table(window: MainWindow) -> None:
    covered = {t[1] for t in TOGGLES}
    buttons = {
        b.objectName() for _group, values in window.form.choices.values() for b in values
    } | {box.objectName() for box in window.form.checks.values()}
    assert buttons <= covered


def test_a_case_toggled_from_an_example_follows_the_engine(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.open_example("hr-positive-her2-low-metastatic")
    click(qtbot, window.form.ui.ihcThree)
    parts = casefile.to_dict(window.evaluation.inputs)
    assert parts["her2"]["ihc"] == "3+"
    assert window.result is not None
    assert window.result.her2.category.value == "positive"
    assert "HR+/HER2+" in window.summary.plain_text()


def test_typing_a_percent_selects_its_category(window: MainWindow, qtbot: QtBot) -> None:
    ui = window.form.ui
    qtbot.keyClicks(ui.erPercent, "5")
    assert ui.erLowPositive.isChecked()
    assert_summary_is_the_engines(window, expected(er={"percent": 5}))
    qtbot.keyClicks(ui.erPercent, "0")  # 50
    assert ui.erPositive.isChecked()
    ui.erPercent.selectAll()
    qtbot.keyClicks(ui.erPercent, "0.5")
    assert ui.erNegative.isChecked()
    assert_summary_is_the_engines(window, expected(er={"percent": 0.5}))


def test_a_category_that_disagrees_with_the_percent_clears_the_percent(
    window: MainWindow, qtbot: QtBot
) -> None:
    ui = window.form.ui
    qtbot.keyClicks(ui.prPercent, "40")
    assert ui.prPositive.isChecked()
    click(qtbot, ui.prPositive)  # agrees: the percent stays
    assert ui.prPercent.text() == "40"
    click(qtbot, ui.prNegative)
    assert ui.prPercent.text() == ""
    assert ui.prNegative.isChecked()
    assert_summary_is_the_engines(window, expected(pr={"status": "negative"}))
    qtbot.keyClicks(ui.prPercent, "3")
    assert ui.prPositive.isChecked()
    assert_summary_is_the_engines(window, expected(pr={"percent": 3}))
    click(qtbot, ui.prUnknown)
    assert ui.prPercent.text() == ""
    assert ui.prUnknown.isChecked()
    assert_summary_is_the_engines(window, expected())


def test_clearing_the_percent_makes_the_category_not_known(
    window: MainWindow, qtbot: QtBot
) -> None:
    ui = window.form.ui
    qtbot.keyClicks(ui.erPercent, "80")
    qtbot.keyClick(ui.erPercent, Qt.Key.Key_Backspace)
    qtbot.keyClick(ui.erPercent, Qt.Key.Key_Backspace)
    assert ui.erUnknown.isChecked()
    assert_summary_is_the_engines(window, expected())


def test_numbers_appear_only_for_the_chosen_ish_method(window: MainWindow, qtbot: QtBot) -> None:
    ui = window.form.ui
    pages = (ui.ishReportedPage, ui.ishDualPage, ui.ishSinglePage)
    assert [p.isVisible() for p in pages] == [False, False, False]
    click(qtbot, ui.ishDual)
    assert [p.isVisible() for p in pages] == [False, True, False]
    qtbot.keyClicks(ui.ishRatio, "2.3")
    qtbot.keyClicks(ui.ishDualCopies, "3.5")
    click(qtbot, ui.ihcTwo)
    assert window.result is not None
    assert window.result.her2.ish_group == 2
    assert_summary_is_the_engines(
        window,
        expected(her2={"ihc": "2+", "ish": {"assay": "dual", "ratio": 2.3, "mean_copies": 3.5}}),
    )
    click(qtbot, ui.ishSingle)
    assert [p.isVisible() for p in pages] == [False, False, True]
    qtbot.keyClicks(ui.ishSingleCopies, "7")
    assert_summary_is_the_engines(
        window, expected(her2={"ihc": "2+", "ish": {"assay": "single", "mean_copies": 7}})
    )
    click(qtbot, ui.ishDual)  # the dual numbers were kept
    assert ui.ishRatio.text() == "2.3"
    assert window.result is not None
    assert window.result.her2.ish_group == 2


def test_ki67_and_pdl1_reach_the_engine(window: MainWindow, qtbot: QtBot) -> None:
    ui = window.form.ui
    qtbot.keyClicks(ui.ki67Percent, "25")
    qtbot.keyClicks(ui.pdl1Cps, "12")
    click(qtbot, ui.settingMetastatic)
    assert_summary_is_the_engines(
        window, expected(ki67_percent=25, context={"setting": "metastatic", "pdl1_cps": 12})
    )
