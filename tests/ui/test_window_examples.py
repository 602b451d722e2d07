"""The representative cases render the right headline in both views."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from her2aid.core.examples import example_names
from her2aid.ui.main_window import MainWindow, example_title

HR_POS_HER2_NEG = "Your cancer is hormone receptor-positive, HER2-negative."
HR_POS_HER2_POS = "Your cancer is hormone receptor-positive, HER2-positive."
PENDING = "Some of your results are not in yet."

#: example -> (clinician headline, patient headline). Written out by hand from
#: the guidelines' categories, not computed, so a change in either shows here.
HEADLINES = {
    "hr-positive-her2-low-metastatic": (
        "HR+/HER2-: HER2-negative (HER2-low); ER positive, PR positive",
        HR_POS_HER2_NEG,
    ),
    "her2-ultralow-metastatic": (
        "HR+/HER2-: HER2-negative (HER2-ultralow); ER positive, PR positive",
        HR_POS_HER2_NEG,
    ),
    "her2-null-early": (
        "HR+/HER2-: HER2-negative (HER2-null, IHC 0 without staining); ER positive, PR positive",
        HR_POS_HER2_NEG,
    ),
    "ihc2-pending-ish": (
        "Subtype undetermined: HER2 equivocal (final result pending); ER positive, PR positive",
        PENDING,
    ),
    "ish-group2-recount-needed": (
        "Subtype undetermined: HER2 equivocal (final result pending); ER positive, PR positive",
        PENDING,
    ),
    "ish-group3-recount-positive": (
        "HR+/HER2+: HER2-positive; ER positive, PR positive",
        HR_POS_HER2_POS,
    ),
    "ish-group4-recount-negative": (
        "HR+/HER2-: HER2-negative (HER2-low); ER positive, PR positive",
        HR_POS_HER2_NEG,
    ),
    "er-low-early": (
        "HR+/HER2-: HER2-negative (HER2-low); ER low positive (1-10 %), PR negative",
        HR_POS_HER2_NEG,
    ),
    "er-negative-pr-positive": (
        "HR+/HER2-: HER2-negative (IHC 0, not stated if null or ultralow); "
        "ER negative, PR positive",
        HR_POS_HER2_NEG,
    ),
    "her2-positive-early": (
        "HR-/HER2+: HER2-positive; ER negative, PR negative",
        "Your cancer is hormone receptor-negative, HER2-positive.",
    ),
    "hr-positive-her2-positive-metastatic": (
        "HR+/HER2+: HER2-positive; ER positive, PR negative",
        HR_POS_HER2_POS,
    ),
    "tnbc-early": (
        "Triple negative (HR-/HER2-): HER2-negative (HER2-null, IHC 0 without staining); "
        "ER negative, PR negative",
        "Your cancer is triple-negative.",
    ),
    "tnbc-metastatic-pdl1": (
        "Triple negative (HR-/HER2-): HER2-negative (HER2-low); ER negative, PR negative",
        "Your cancer is triple-negative.",
    ),
    "luminal-a-early": (
        "HR+/HER2-: HER2-negative (HER2-null, IHC 0 without staining); ER positive, PR positive",
        HR_POS_HER2_NEG,
    ),
}


def test_every_shipped_example_has_a_headline_here() -> None:
    assert set(HEADLINES) == set(example_names())


@pytest.mark.parametrize("name", sorted(HEADLINES))
def test_example_renders_the_right_headline_in_both_views(window: MainWindow, name: str) -> None:
    clinician, patient = HEADLINES[name]
    window.open_example(name)
    assert window.evaluation.problems == ()
    lines = [line.strip() for line in window.summary.plain_text().splitlines()]
    assert lines[:2] == ["Receptor status summary", clinician]
    assert "Decision aid, not a diagnosis" in lines[2]
    window.ui.actionPatientView.trigger()
    assert window.summary.audience == "patient"
    lines = [line.strip() for line in window.summary.plain_text().splitlines()]
    assert lines[:2] == ["Your breast cancer test results", patient]
    assert "decision aid, not a diagnosis" in window.summary.plain_text()
    window.ui.actionClinicianView.trigger()
    assert window.summary.plain_text().splitlines()[1].strip() == clinician


#: example -> its title in File > Open example, written out by hand.
TITLES = {
    "er-low-early": "ER low early",
    "er-negative-pr-positive": "ER negative PR positive",
    "her2-null-early": "HER2 null early",
    "her2-positive-early": "HER2 positive early",
    "her2-ultralow-metastatic": "HER2 ultralow metastatic",
    "hr-positive-her2-low-metastatic": "HR positive HER2 low metastatic",
    "hr-positive-her2-positive-metastatic": "HR positive HER2 positive metastatic",
    "ihc2-pending-ish": "IHC 2+ pending ISH",
    "ish-group2-recount-needed": "ISH group 2 recount needed",
    "ish-group3-recount-positive": "ISH group 3 recount positive",
    "ish-group4-recount-negative": "ISH group 4 recount negative",
    "luminal-a-early": "Luminal A early",
    "tnbc-early": "TNBC early",
    "tnbc-metastatic-pdl1": "TNBC metastatic PD-L1",
}


def test_every_shipped_example_has_a_title_here() -> None:
    assert set(TITLES) == set(example_names())


@pytest.mark.parametrize("name", sorted(TITLES))
def test_example_titles_spell_the_terms_right(window: MainWindow, name: str) -> None:
    assert example_title(name) == TITLES[name]
    action = window.findChild(QAction, f"example_{name}")
    assert action is not None
    assert action.text() == TITLES[name]
