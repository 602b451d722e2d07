"""Clinical statements added for the late-2026 content update, as the reader sees them.

Each expected phrase is typed in from the source named beside it, not copied from the
content files, so a wording change that drops the fact fails here.
"""

from __future__ import annotations

from dataclasses import replace

from her2aid.core.classify import classify
from her2aid.core.examples import load_example
from her2aid.core.models import Setting
from her2aid.report.render import render_summary

from .prose import prose


def text_for(name: str, audience: str) -> str:
    case = load_example(name)
    return prose(render_summary(classify(case), case, audience=audience))  # type: ignore[arg-type]


def test_predict_caveats_name_the_cohort_years_and_the_treatments_it_does_not_model() -> None:
    """Wishart 2010 (5,694 women, East Anglia, 1999-2003); PREDICT v2.1 code (no pertuzumab...)."""
    clinician = text_for("luminal-a-early", "clinician")
    assert "5,694 women treated in East Anglia, UK, in 1999-2003" in clinician
    for treatment in (
        "pertuzumab",
        "antibody-drug conjugates",
        "CDK4/6 inhibitors",
        "PARP inhibitors",
        "immunotherapy",
        "ovarian suppression",
    ):
        assert treatment in clinician
    assert "radiotherapy is switched off in v2" in clinician
    patient = text_for("luminal-a-early", "patient")
    assert "women treated in the UK from 1999 to 2003" in patient
    assert "Some newer drugs are not in its numbers." in patient


def test_ultralow_needs_an_fda_approved_test_in_the_next_step() -> None:
    """FDA approval of T-DXd for HER2-ultralow, 27 January 2025: companion diagnostic."""
    early = load_example("er-negative-pr-positive")  # IHC 0, extent not stated
    case = replace(early, context=replace(early.context, setting=Setting.METASTATIC))
    clinician = prose(render_summary(classify(case), case, audience="clinician"))
    assert "ultralow must be called with an FDA-approved test (PATHWAY HER2 (4B5))" in clinician


def test_cdk46_overall_survival_updates_are_shown_to_clinicians() -> None:
    """MONARCH 3 final OS (Goetz, Ann Oncol 2024); monarchE OS (Ann Oncol 2026)."""
    metastatic = text_for("hr-positive-her2-low-metastatic", "clinician")
    assert "HR 0.804" in metastatic
    assert "not significant" in metastatic
    early = text_for("her2-null-early", "clinician")
    assert "HR 0.842" in early
