"""St Gallen surrogate subtypes, treatment options and next steps, case by case.

Expected values come from clinical.md sections 4 (St Gallen 2013 Table 4) and
5 (treatments by subtype and setting), typed in here independently.
"""

from __future__ import annotations

import pytest

from her2aid.core.classify import classify
from her2aid.core.models import (
    Applies,
    CaseInputs,
    Classification,
    Context,
    DualIsh,
    ErInput,
    ErStatus,
    Her2Input,
    Ihc,
    Menopause,
    PrInput,
    PrStatus,
    Setting,
    Surrogate,
)

EARLY, MET = Setting.EARLY, Setting.METASTATIC


def case(
    er: float | None = 90,
    pr: float | None = 50,
    ihc: Ihc | None = Ihc.ONE,
    ki67: float | None = 10,
    **ctx: object,
) -> CaseInputs:
    return CaseInputs(
        er=ErInput(er),
        pr=PrInput(pr),
        her2=Her2Input(ihc),
        ki67_percent=ki67,
        context=Context(**ctx),  # type: ignore[arg-type]
    )


# --- St Gallen 2013 surrogate subtypes: PR 20 % and Ki-67 20 % cut-offs ------------------


@pytest.mark.parametrize(
    ("er", "pr", "ihc", "ki67", "expected"),
    [
        (90, 20, Ihc.ONE, 19.99, Surrogate.LUMINAL_A_LIKE),
        (90, 19.99, Ihc.ONE, 5, Surrogate.LUMINAL_B_LIKE_HER2_NEGATIVE),
        (90, 80, Ihc.ONE, 20, Surrogate.LUMINAL_B_LIKE_HER2_NEGATIVE),
        (90, 5, Ihc.ONE, 30, Surrogate.LUMINAL_B_LIKE_HER2_NEGATIVE),
        (90, 0, Ihc.ONE, None, Surrogate.LUMINAL_B_LIKE_HER2_NEGATIVE),  # PR < 20 % decides
        (90, 80, Ihc.ONE, None, None),  # needs Ki-67
        (90, None, Ihc.ONE, 10, None),  # needs PR
        (90, None, Ihc.ONE, 25, Surrogate.LUMINAL_B_LIKE_HER2_NEGATIVE),  # Ki-67 decides
        (5, 0, Ihc.ONE, 10, Surrogate.LUMINAL_B_LIKE_HER2_NEGATIVE),  # ER-low, PR < 20 %
        (90, 0, Ihc.THREE, None, Surrogate.LUMINAL_B_LIKE_HER2_POSITIVE),  # any Ki-67, any PR
        (0, 30, Ihc.THREE, None, Surrogate.LUMINAL_B_LIKE_HER2_POSITIVE),  # ER and/or PR
        (0, 0, Ihc.THREE, 90, Surrogate.HER2_ENRICHED),
        (0, 0, Ihc.ZERO, 90, Surrogate.TRIPLE_NEGATIVE),
        (0, 30, Ihc.ONE, 10, None),  # ER-/PR+ not covered by the 2013 definitions
        (None, 30, Ihc.ONE, 10, None),  # ER unknown
        (90, 50, Ihc.TWO, 10, None),  # HER2 equivocal
        (None, None, Ihc.THREE, 10, None),  # HR unknown
    ],
)
def test_surrogate(
    er: float | None, pr: float | None, ihc: Ihc, ki67: float | None, expected: Surrogate | None
) -> None:
    assert classify(case(er, pr, ihc, ki67)).surrogate is expected


def test_surrogate_needs_pr_percent_not_just_positive() -> None:
    result = classify(
        CaseInputs(ErInput(90), PrInput(status=PrStatus.POSITIVE), Her2Input(Ihc.ONE), 10)
    )
    assert result.surrogate is None
    assert "surrogate.undetermined.pr_percent" in [s.rule for s in result.trace]
    negative = classify(
        CaseInputs(ErInput(90), PrInput(status=PrStatus.NEGATIVE), Her2Input(Ihc.ONE), 10)
    )
    assert negative.surrogate is Surrogate.LUMINAL_B_LIKE_HER2_NEGATIVE


def test_reported_unknown_status_counts_as_unknown() -> None:
    result = classify(
        CaseInputs(ErInput(status=ErStatus.UNKNOWN), PrInput(status=PrStatus.UNKNOWN))
    )
    assert (result.er, result.pr) == (ErStatus.UNKNOWN, PrStatus.UNKNOWN)


# --- options --------------------------------------------------------------------------


def options(result: Classification) -> dict[str, Applies]:
    return {o.id: o.applies for o in result.options}


def steps(result: Classification) -> set[str]:
    return {n.id for n in result.next_steps}


Y, C = Applies.YES, Applies.CONDITIONAL


def test_hr_positive_her2_low_metastatic() -> None:
    result = classify(case(setting=MET, menopause=Menopause.POST))
    got = options(result)
    assert got["endocrine_therapy"] is Y
    assert got["cdk46_inhibitor"] is Y
    assert got["trastuzumab_deruxtecan"] is C  # after chemo (DB-04) or after ET (DB-06)
    assert got["pi3k_akt_pathway_inhibitor"] is C
    assert got["elacestrant"] is C
    assert got["parp_inhibitor"] is C
    assert got["sacituzumab_govitecan"] is C
    assert "ovarian_function_suppression" not in got  # postmenopausal
    assert "anti_her2_therapy" not in got
    assert "immunotherapy" not in got
    assert {"germline_brca_testing", "pik3ca_akt1_pten_testing", "esr1_testing"} <= steps(result)


def test_biomarkers_known_settle_the_conditions() -> None:
    present = classify(case(setting=MET, germline_brca=True, pik3ca_akt1_pten=True, esr1=True))
    got = options(present)
    # the biomarker is settled; what remains is the line of therapy the labels name
    for option_id in (
        "parp_inhibitor",
        "pi3k_akt_pathway_inhibitor",
        "elacestrant",
        "imlunestrant",
    ):
        assert got[option_id] is C
        chosen = next(o for o in present.options if o.id == option_id)
        conditions = [c.clinician for p in chosen.paths for c in p.conditions]
        assert len(conditions) == 1, option_id
        assert conditions[0].startswith("after"), option_id
    assert not {"germline_brca_testing", "pik3ca_akt1_pten_testing", "esr1_testing"} & steps(
        present
    )
    absent = options(
        classify(case(setting=MET, germline_brca=False, pik3ca_akt1_pten=False, esr1=False))
    )
    assert not {
        "parp_inhibitor",
        "pi3k_akt_pathway_inhibitor",
        "elacestrant",
        "imlunestrant",
    } & set(absent)


# ASCO 2016: by risk, so conditional even when premenopausal (Rec 1.1)
@pytest.mark.parametrize(
    ("menopause", "expected"), [(Menopause.PRE, C), (None, C), (Menopause.POST, None)]
)
def test_ovarian_function_suppression_by_menopause(
    menopause: Menopause | None, expected: Applies | None
) -> None:
    got = options(classify(case(setting=EARLY, menopause=menopause)))
    assert got.get("ovarian_function_suppression") is expected


@pytest.mark.parametrize(
    ("ihc", "expected"),
    [
        (Ihc.ONE, C),  # after chemotherapy (DB-04) or after endocrine therapy (DB-06)
        (Ihc.ZERO_ULTRALOW, C),  # DESTINY-Breast06: after endocrine therapy
        (Ihc.ZERO, C),  # needs the extent of faint staining
        (Ihc.ZERO_NULL, None),  # studied in neither trial
        (None, None),  # HER2 unknown: no HER2-dependent option
    ],
)
def test_trastuzumab_deruxtecan_hr_positive_metastatic(
    ihc: Ihc | None, expected: Applies | None
) -> None:
    result = classify(case(ihc=ihc, setting=MET))
    assert options(result).get("trastuzumab_deruxtecan") is expected
    assert ("record_ihc0_extent" in steps(result)) is (ihc is Ihc.ZERO)


def test_her2_negative_by_ish_alone_asks_for_ihc_in_metastatic_disease() -> None:
    her2 = Her2Input(None, DualIsh(1.2, 2.5))
    result = classify(CaseInputs(ErInput(90), PrInput(50), her2, context=Context(setting=MET)))
    assert options(result)["trastuzumab_deruxtecan"] is C
    assert "ihc_for_her2_low" in steps(result)
    early = classify(CaseInputs(ErInput(90), PrInput(50), her2, context=Context(setting=EARLY)))
    assert "ihc_for_her2_low" not in steps(early)
    tnbc = classify(CaseInputs(ErInput(0), PrInput(0), her2, context=Context(setting=MET)))
    assert options(tnbc)["trastuzumab_deruxtecan"] is C


@pytest.mark.parametrize(
    ("ihc", "expected"), [(Ihc.ONE, C), (Ihc.ZERO_ULTRALOW, None), (Ihc.ZERO_NULL, None)]
)
def test_trastuzumab_deruxtecan_tnbc_only_for_her2_low(ihc: Ihc, expected: Applies | None) -> None:
    assert options(classify(case(0, 0, ihc, setting=MET))).get("trastuzumab_deruxtecan") is expected


# CPS >= 10: first-line pembrolizumab (KEYNOTE-355), so conditional on the line of treatment.
@pytest.mark.parametrize(("cps", "expected"), [(12, C), (10, C), (9.99, None), (None, C)])
def test_immunotherapy_metastatic_tnbc_by_pdl1(cps: float | None, expected: Applies | None) -> None:
    result = classify(case(0, 0, Ihc.ZERO_NULL, setting=MET, pdl1_cps=cps))
    assert options(result).get("immunotherapy") is expected
    assert ("pdl1_testing" in steps(result)) is (cps is None)


def test_tnbc_early() -> None:
    result = classify(case(0, 0, Ihc.ZERO_NULL, setting=EARLY))
    got = options(result)
    assert got["immunotherapy"] is C  # stage II-III, regardless of PD-L1 (KEYNOTE-522)
    assert got["chemotherapy"] is Y
    assert got["parp_inhibitor"] is C
    assert "endocrine_therapy" not in got
    assert "cdk46_inhibitor" not in got
    assert "pdl1_testing" not in steps(result)  # PD-L1 not required in early TNBC


@pytest.mark.parametrize("setting", [EARLY, MET])
def test_her2_positive(setting: Setting) -> None:
    got = options(classify(case(0, 0, Ihc.THREE, setting=setting)))
    assert got["anti_her2_therapy"] is Y
    assert got["chemotherapy"] is Y
    # metastatic: first line with pertuzumab (DESTINY-Breast09) or second line (-03);
    # early: only for high-risk residual disease after neoadjuvant therapy (-05)
    assert got.get("trastuzumab_deruxtecan") is (Y if setting is MET else C)
    assert "endocrine_therapy" not in got
    assert "parp_inhibitor" not in got


def test_hr_positive_her2_positive_gets_endocrine_therapy_early() -> None:
    got = options(classify(case(90, 50, Ihc.THREE, setting=EARLY)))
    assert got["endocrine_therapy"] is Y
    assert got["anti_her2_therapy"] is Y
    assert "cdk46_inhibitor" not in got  # the trials in the notes were HER2-negative


def test_er_low_endocrine_therapy_carries_the_guideline_note() -> None:
    result = classify(case(er=5, pr=0, setting=EARLY))
    endocrine = next(o for o in result.options if o.id == "endocrine_therapy")
    assert endocrine.applies is Y
    assert any("limited" in n.clinician for p in endocrine.paths for n in p.notes)


def test_er_negative_pr_positive_endocrine_is_conditional_on_the_retest() -> None:
    result = classify(case(er=0, pr=30, setting=EARLY))
    endocrine = next(o for o in result.options if o.id == "endocrine_therapy")
    assert endocrine.applies is C
    assert "er_retest" in steps(result)


def test_unknown_setting_lists_both_settings_as_conditions() -> None:
    result = classify(case())
    endocrine = next(o for o in result.options if o.id == "endocrine_therapy")
    assert endocrine.applies is C
    conditions = {c.clinician for p in endocrine.paths for c in p.conditions}
    assert {"in early disease", "in metastatic disease"} <= conditions
    # biomarker tests are asked for only once the setting is known
    assert not {"germline_brca_testing", "pik3ca_akt1_pten_testing"} & steps(result)


def test_no_options_while_her2_is_pending_for_her2_dependent_rules() -> None:
    result = classify(case(ihc=Ihc.TWO, setting=MET))
    assert result.options == ()
    early = options(classify(case(ihc=Ihc.TWO, setting=EARLY)))
    # ER-positive benefit does not depend on HER2, nor does ovarian suppression (by risk)
    assert early == {"endocrine_therapy": Y, "ovarian_function_suppression": C}


# --- corrections from the clinical review ----------------------------------------------


def test_ultralow_extent_alert_only_where_destiny_breast06_could_apply() -> None:
    hr_pos = classify(case(ihc=Ihc.ZERO, setting=EARLY))
    assert "ihc0_extent_not_recorded" in hr_pos.flags  # HR+: DB-06 (HR+ trial) may apply later
    tnbc = classify(case(0, 0, Ihc.ZERO, setting=MET))
    assert "ihc0_extent_not_recorded" not in tnbc.flags
    assert "record_ihc0_extent" not in steps(tnbc)


def test_germline_testing_follows_asco_sso_2024() -> None:
    from her2aid.core.models import PrognosisCase

    def with_age(age: float, **kw: object) -> CaseInputs:
        c = case(**kw)  # type: ignore[arg-type]
        return CaseInputs(c.er, c.pr, c.her2, c.ki67_percent, c.context, PrognosisCase(age=age))

    her2_pos_young = classify(with_age(60, ihc=Ihc.THREE, setting=EARLY))
    assert "germline_brca_testing" in steps(her2_pos_young)  # every patient aged 65 or younger
    her2_pos_old = classify(with_age(70, ihc=Ihc.THREE, setting=EARLY))
    assert "germline_brca_testing" not in steps(her2_pos_old)
    tnbc_old = classify(with_age(78, er=0, pr=0, ihc=Ihc.ZERO_NULL))
    assert "germline_brca_testing" in steps(tnbc_old)  # triple negative at any age
    known = classify(with_age(50, ihc=Ihc.THREE, setting=EARLY, germline_brca=False))
    assert "germline_brca_testing" not in steps(known)


@pytest.mark.parametrize("option", ["sacituzumab_govitecan", "immunotherapy"])
def test_later_line_or_first_line_trials_are_conditions_not_yes(option: str) -> None:
    result = classify(case(0, 0, Ihc.ONE, setting=MET, pdl1_cps=15))
    chosen = next(o for o in result.options if o.id == option)
    assert chosen.applies is C
    assert any("line" in c.clinician for p in chosen.paths for c in p.conditions)


def test_er_neg_pr_pos_her2_pos_metastatic_endocrine_after_retest_or_if_confirmed() -> None:
    """Cserni 2011 (retest first); ASCO HER2+ advanced 2014 Rec 1.A.I covers "ER-positive or
    PgR-positive and HER2-positive disease", so a confirmed ER-/PR+ result keeps the option."""
    result = classify(case(er=0, pr=30, ihc=Ihc.THREE, setting=MET))
    endocrine = next(o for o in result.options if o.id == "endocrine_therapy")
    assert endocrine.applies is Applies.CONDITIONAL
    retest, confirmed = ([c.clinician for c in p.conditions] for p in endocrine.paths)
    assert retest[0].startswith("if the repeat ER test is positive: then with HER2")
    assert confirmed[0].startswith("if ER-negative/PR-positive is confirmed on retesting: ASCO's")
    assert {e.source for e in endocrine.paths[0].evidence} == {"cserni-2011", "asco-her2-mbc"}
    assert {e.source for e in endocrine.paths[1].evidence} == {"asco-her2-mbc"}


@pytest.mark.parametrize(("er", "caution"), [(0.99, False), (1, True), (10, True), (10.01, False)])
def test_er_low_luminal_label_carries_a_caution(er: float, caution: bool) -> None:
    """St Gallen 2015 treated ER 1-9 % as equivocal; the 2013 labels do not say so."""
    result = classify(case(er=er, pr=50, ki67=5))
    rules = [step.rule for step in result.trace]
    assert ("surrogate.er_low_caution" in rules) is caution
    if caution:
        assert result.surrogate is Surrogate.LUMINAL_A_LIKE  # the label itself is unchanged


@pytest.mark.parametrize(
    ("er", "pr", "step"),
    [(None, None, "er_pr_testing"), (85, None, "pr_testing"), (None, 50, "er_testing")],
)
def test_next_step_asks_only_for_the_missing_receptor(
    er: float | None, pr: float | None, step: str
) -> None:
    ids = [n.id for n in classify(case(er=er, pr=pr)).next_steps]
    testing = [i for i in ids if i in ("er_pr_testing", "er_testing", "pr_testing")]
    assert testing == [step]
