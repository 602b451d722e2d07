"""Treatment options by line of therapy, risk and trial population (content 1.3.0).

Each expectation is typed in from the source named beside it (labels' section 1,
ASCO guidelines, trial eligibility), not from options.toml.
"""

from __future__ import annotations

import pytest

from her2aid.core.classify import classify
from her2aid.core.models import (
    Applies,
    CaseInputs,
    Classification,
    Context,
    ErInput,
    ErStatus,
    Her2Input,
    Ihc,
    Menopause,
    OptionResult,
    PrInput,
    PrognosisCase,
    Setting,
)

EARLY, MET = Setting.EARLY, Setting.METASTATIC
Y, C = Applies.YES, Applies.CONDITIONAL


def case(
    er: float | None = 90,
    pr: float | None = 50,
    ihc: Ihc | None = Ihc.ONE,
    setting: Setting | None = EARLY,
    prognosis: PrognosisCase | None = None,
    **ctx: object,
) -> CaseInputs:
    return CaseInputs(
        ErInput(er),
        PrInput(pr),
        Her2Input(ihc),
        10,
        Context(setting=setting, **ctx),  # type: ignore[arg-type]
        prognosis,
    )


def option(result: Classification, option_id: str) -> OptionResult | None:
    return next((o for o in result.options if o.id == option_id), None)


def applies(c: CaseInputs, option_id: str) -> Applies | None:
    found = option(classify(c), option_id)
    return None if found is None else found.applies


def conditions(c: CaseInputs, option_id: str) -> list[list[str]]:
    found = option(classify(c), option_id)
    assert found is not None, option_id
    return [[x.clinician for x in p.conditions] for p in found.paths]


def sources(c: CaseInputs, option_id: str) -> set[str]:
    found = option(classify(c), option_id)
    assert found is not None, option_id
    return {e.source for p in found.paths for e in p.evidence}


# --- 1. HR+/HER2+ metastatic: endocrine therapy (ASCO HER2+ advanced, Rec 6.0.2 and 7.0) ----------


def test_hr_positive_her2_positive_metastatic_offers_endocrine_therapy_conditionally() -> None:
    c = case(ihc=Ihc.THREE, setting=MET)
    assert applies(c, "endocrine_therapy") is C
    (alternative,) = conditions(c, "endocrine_therapy")
    assert "HER2-targeted" in alternative[0]
    assert {"asco-her2-mbc", "patina"} <= sources(c, "endocrine_therapy")
    assert applies(case(ihc=Ihc.THREE, setting=EARLY), "endocrine_therapy") is Y
    assert applies(case(er=0, pr=0, ihc=Ihc.THREE, setting=MET), "endocrine_therapy") is None


# --- 2. line of therapy in metastatic HR+/HER2- (labels, section 1) ---------------------------


@pytest.mark.parametrize(
    "option_id", ["pi3k_akt_pathway_inhibitor", "elacestrant", "imlunestrant", "parp_inhibitor"]
)
def test_later_line_options_are_never_yes_at_first_presentation(option_id: str) -> None:
    c = case(setting=MET, germline_brca=True, pik3ca_akt1_pten=True, esr1=True)
    assert applies(c, option_id) is C
    assert all(alt[-1].startswith("after") for alt in conditions(c, option_id))


def test_an_unknown_biomarker_and_the_line_are_both_conditions() -> None:
    alternatives = conditions(case(setting=MET), "imlunestrant")
    assert alternatives == [["if an ESR1 mutation is found", alternatives[0][1]]]
    assert alternatives[0][1].startswith("after at least one line of endocrine therapy")


# --- 3. ovarian function suppression by risk, any HER2 (ASCO 2016 Rec 1.1; SOFT/TEXT) ----------


@pytest.mark.parametrize(
    ("size", "nodes", "expected"),
    [
        (10, 0, None),  # node-negative 1 cm or less: should not receive it
        (10.1, 0, C),
        (8, 1, C),  # node-positive
        (None, None, C),  # not assessable: the risk condition stands
    ],
)
def test_ovarian_suppression_follows_asco_2016_risk(
    size: float | None, nodes: int | None, expected: Applies | None
) -> None:
    prognosis = None if size is None else PrognosisCase(age=40, size_mm=size, nodes=nodes)
    c = case(menopause=Menopause.PRE, prognosis=prognosis)
    assert applies(c, "ovarian_function_suppression") is expected
    if expected is C:
        assert any(
            "higher-risk" in x for alt in conditions(c, "ovarian_function_suppression") for x in alt
        )


def test_ovarian_suppression_is_by_risk_not_her2_status() -> None:
    assert (
        applies(case(ihc=Ihc.THREE, menopause=Menopause.PRE), "ovarian_function_suppression") is C
    )
    assert (
        applies(case(er=0, pr=0, menopause=Menopause.PRE), "ovarian_function_suppression") is None
    )


# --- 5. ER unknown with PR positive (HR+ by PR alone) ------------------------------------------


ER_FIRST = "if ER is positive, low positive (1-10 %) included (the ER result is needed first)"


@pytest.mark.parametrize("setting", [EARLY, MET])
def test_er_unknown_pr_positive_keeps_endocrine_therapy_conditional(setting: Setting) -> None:
    c = case(er=None, pr=40, setting=setting)
    assert applies(c, "endocrine_therapy") is C
    assert conditions(c, "endocrine_therapy") == [[ER_FIRST]]
    assert "er_testing" in [n.id for n in classify(c).next_steps]


# Every option for ER-positive disease stays on the list, on the condition that ER is
# positive, ahead of its own conditions; options for HR-positive disease as such (labels
# that say "HR-positive", e.g. T-DXd, Dato-DXd) and ER-independent ones are unchanged.
ER_POSITIVE_OPTIONS = [
    # (setting, HER2 IHC, menopause, option, the conditions after the ER one)
    (MET, Ihc.ONE, Menopause.POST, "endocrine_therapy", []),
    (MET, Ihc.ONE, Menopause.PRE, "ovarian_function_suppression", []),
    (MET, Ihc.ONE, Menopause.POST, "cdk46_inhibitor", []),
    (
        MET,
        Ihc.ONE,
        Menopause.POST,
        "pi3k_akt_pathway_inhibitor",
        ["if a PIK3CA", "after progression"],
    ),
    (MET, Ihc.ONE, Menopause.POST, "elacestrant", ["if an ESR1", "after at least one line"]),
    (MET, Ihc.ONE, Menopause.POST, "imlunestrant", ["if an ESR1", "after at least one line"]),
    (MET, Ihc.THREE, Menopause.POST, "endocrine_therapy", ["with HER2-targeted therapy"]),
    (EARLY, Ihc.ONE, Menopause.PRE, "ovarian_function_suppression", ["for higher-risk disease"]),
]


@pytest.mark.parametrize(("setting", "ihc", "menopause", "option_id", "then"), ER_POSITIVE_OPTIONS)
def test_er_unknown_pr_positive_keeps_every_er_positive_option_conditional_on_er(
    setting: Setting, ihc: Ihc, menopause: Menopause, option_id: str, then: list[str]
) -> None:
    c = case(er=None, pr=40, ihc=ihc, setting=setting, menopause=menopause)
    assert applies(c, option_id) is C
    for path in conditions(c, option_id):
        assert path[0] == ER_FIRST
        assert len(path) == 1 + len(then)
        assert all(got.startswith(want) for got, want in zip(path[1:], then, strict=True))
    # ...and the same option with ER known positive has no ER condition at all
    known = case(er=90, pr=40, ihc=ihc, setting=setting, menopause=menopause)
    assert all(ER_FIRST not in path for path in conditions(known, option_id))


def test_er_unknown_pr_positive_early_cdk46_keeps_its_trial_criteria_after_the_er_condition() -> (
    None
):
    c = case(er=None, pr=40, setting=EARLY)  # no size, nodes or grade: criteria unknown
    paths = conditions(c, "cdk46_inhibitor")
    assert [p[0] for p in paths] == [ER_FIRST, ER_FIRST]
    assert [p[1].split(" (")[0] for p in paths] == [
        "if the monarchE criteria are met",
        "if the NATALEE criteria are met",
    ]


@pytest.mark.parametrize("pr", [0, None])
def test_er_unknown_without_a_positive_pr_lists_no_hormone_based_option(pr: float | None) -> None:
    c = case(er=None, pr=pr, setting=MET, menopause=Menopause.PRE)
    for option_id in (
        "endocrine_therapy",
        "ovarian_function_suppression",
        "cdk46_inhibitor",
        "elacestrant",
        "imlunestrant",
        "pi3k_akt_pathway_inhibitor",
    ):
        assert applies(c, option_id) is None


def test_er_unknown_pr_positive_er_low_notes_do_not_apply() -> None:
    found = option(classify(case(er=None, pr=40, setting=EARLY)), "endocrine_therapy")
    assert found is not None
    assert not [n for p in found.paths for n in p.notes]


def test_er_reported_unknown_counts_as_unknown_for_the_options() -> None:
    c = CaseInputs(
        ErInput(status=ErStatus.UNKNOWN),
        PrInput(40),
        Her2Input(Ihc.ONE),
        10,
        Context(setting=EARLY),
    )
    assert applies(c, "endocrine_therapy") is C


# --- 7./8. T-DXd in HER2-positive disease ---------------------------------------------------


def test_tdxd_her2_positive_metastatic_first_or_second_line() -> None:
    c = case(er=0, pr=0, ihc=Ihc.THREE, setting=MET)
    assert applies(c, "trastuzumab_deruxtecan") is Y
    assert {"destiny-breast09", "destiny-breast03"} <= sources(c, "trastuzumab_deruxtecan")


def test_tdxd_early_only_for_residual_disease_or_before_surgery_in_stage_2_3() -> None:
    """DESTINY-Breast05 (after surgery) and DESTINY-Breast11 (before it), each conditional."""
    c = case(er=0, pr=0, ihc=Ihc.THREE, setting=EARLY)
    assert applies(c, "trastuzumab_deruxtecan") is C
    residual, before_surgery = conditions(c, "trastuzumab_deruxtecan")
    assert "invasive cancer remains after neoadjuvant" in residual[0]
    assert "before surgery for HER2-positive (IHC 3+ or ISH+) stage II-III" in before_surgery[0]
    assert "cT2 N0 (stage IIA) is in the label but was not studied" in before_surgery[0]
    for path in (residual, before_surgery):
        assert "FDA approval 15 May 2026" in path[0]
    found = option(classify(c), "trastuzumab_deruxtecan")
    assert found is not None
    assert [p.harms for p in found.paths] == ["tdxd_early_residual", "tdxd_neoadjuvant"]


def test_ultralow_needs_an_approved_test() -> None:
    result = classify(case(ihc=Ihc.ZERO_ULTRALOW, setting=MET))
    tdxd = option(result, "trastuzumab_deruxtecan")
    assert tdxd is not None
    assert any("FDA-approved test" in n.clinician for p in tdxd.paths for n in p.notes)


# --- 9. ER-low early HER2-negative -------------------------------------------------------------


@pytest.mark.parametrize(("er", "noted"), [(5, True), (90, False)])
def test_er_low_chemotherapy_carries_the_tnbc_like_note(er: float, noted: bool) -> None:
    found = option(classify(case(er=er, pr=0)), "chemotherapy")
    assert found is not None
    notes = [n.clinician for p in found.paths for n in p.notes]
    assert any("triple-negative" in n for n in notes) is noted


# --- 10. ER-/PR+: retest first, then offer either way (Cserni 2011; PMC4652828) ---------------


@pytest.mark.parametrize("setting", [EARLY, MET])
def test_er_negative_pr_positive_endocrine_therapy_after_retesting(setting: Setting) -> None:
    c = case(er=0, pr=30, setting=setting)
    assert applies(c, "endocrine_therapy") is C
    alternatives = conditions(c, "endocrine_therapy")
    assert alternatives[0] == ["if the repeat ER test is positive"]
    assert alternatives[1][0].startswith("if ER-negative/PR-positive is confirmed on retesting")
    assert {"cserni-2011", "er-neg-pr-pos-2015"} <= sources(c, "endocrine_therapy")


# --- new options -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        ({"setting": MET}, C),  # after endocrine therapy and chemotherapy
        ({"setting": EARLY}, None),
        ({"setting": MET, "ihc": Ihc.THREE}, None),  # not for HER2-positive disease
        ({"setting": MET, "er": 0, "pr": 0}, None),  # TROPION-Breast01 was HR-positive
        ({"setting": MET, "ihc": Ihc.ZERO_NULL}, C),  # label: IHC 0, 1+ or 2+/ISH-
    ],
)
def test_datopotamab_deruxtecan(kw: dict[str, object], expected: Applies | None) -> None:
    c = case(**kw)  # type: ignore[arg-type]
    assert applies(c, "datopotamab_deruxtecan") is expected
    if expected is C:
        assert "chemotherapy" in conditions(c, "datopotamab_deruxtecan")[0][0]


@pytest.mark.parametrize(
    ("kw", "expected"), [({"ihc": Ihc.THREE}, None), ({"setting": EARLY}, None)]
)
def test_imlunestrant_only_her2_negative_metastatic(kw: dict[str, object], expected: None) -> None:
    assert applies(case(**{"setting": MET, "esr1": True, **kw}), "imlunestrant") is expected  # type: ignore[arg-type]


# --- KEYNOTE-522: T1c N1-2 or T2-T4 N0-2, regardless of PD-L1 ------------------------------------


@pytest.mark.parametrize(
    ("size", "nodes", "expected"),
    [
        (15, 1, Y),
        (10, 1, None),  # T1b
        (10.1, 1, Y),
        (15, 0, None),  # T1c N0
        (20, 0, None),
        (20.1, 0, Y),  # T2 N0
        (60, 9, Y),  # N2
        (60, 10, None),  # N3: outside the trial
        (None, None, C),  # no sizes entered: the stage II-III condition
    ],
)
def test_early_tnbc_pembrolizumab_follows_keynote_522(
    size: float | None, nodes: int | None, expected: Applies | None
) -> None:
    prognosis = None if size is None else PrognosisCase(age=45, size_mm=size, nodes=nodes)
    c = case(er=0, pr=0, ihc=Ihc.ZERO_NULL, prognosis=prognosis)
    assert applies(c, "immunotherapy") is expected
    assert applies(c, "chemotherapy") is Y  # chemotherapy stands either way


# --- metastatic TNBC first line: KEYNOTE-355 interval; ASCENT-04 and ASCENT-03 ------------------


@pytest.mark.parametrize(("cps", "alternatives"), [(15, 2), (5, 1), (None, 2)])
def test_sacituzumab_first_line_with_or_without_pembrolizumab(
    cps: float | None, alternatives: int
) -> None:
    c = case(er=0, pr=0, ihc=Ihc.ZERO_NULL, setting=MET, pdl1_cps=cps)
    assert applies(c, "sacituzumab_govitecan") is C
    assert len(conditions(c, "sacituzumab_govitecan")) == alternatives
    assert ("ascent-04" in sources(c, "sacituzumab_govitecan")) is (cps is None or cps >= 10)


def test_first_line_pembrolizumab_states_the_keynote_355_interval() -> None:
    c = case(er=0, pr=0, ihc=Ihc.ZERO_NULL, setting=MET, pdl1_cps=12)
    (alternative,) = conditions(c, "immunotherapy")
    assert "6 months or more after curative treatment" in alternative[0]


# --- bisphosphonates: EBCTCG 2015 (postmenopausal), ASCO-Ontario Health 2017 ---------------------


@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        ({"menopause": Menopause.POST}, Y),
        ({"menopause": Menopause.PRE}, C),  # only with menopause induced by ovarian suppression
        ({}, C),
        ({"menopause": Menopause.POST, "er": 0, "pr": 0, "ihc": Ihc.THREE}, Y),  # any subtype
        ({"menopause": Menopause.POST, "setting": MET}, None),
        ({"menopause": Menopause.POST, "ihc": Ihc.TWO}, None),  # no decision while HER2 is pending
    ],
)
def test_bisphosphonates(kw: dict[str, object], expected: Applies | None) -> None:
    assert applies(case(**kw), "bisphosphonates") is expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kw", "name"),
    [
        ({"setting": EARLY}, "No added treatment"),
        ({"setting": MET}, "No cancer-directed treatment now (comfort-focused care)"),
    ],
)
def test_no_added_treatment_is_listed_whenever_there_is_a_decision(
    kw: dict[str, object], name: str
) -> None:
    found = option(classify(case(**kw)), "no_added_treatment")  # type: ignore[arg-type]
    assert found is not None
    assert found.applies is Y
    assert found.paths[0].name is None or found.paths[0].name[0] == name
    for pending in ({"ihc": Ihc.TWO}, {"er": None, "pr": None}, {"setting": None}):
        assert option(classify(case(**pending)), "no_added_treatment") is None  # type: ignore[arg-type]


# --- after the clinical review of content 1.4.0 (content 1.5.0) ------------------------


def test_chemotherapy_for_hr_positive_spread_cancer_follows_hormone_treatment() -> None:
    """ASCO 2016 (unchanged 2021): hormone therapy first unless the disease is life-threatening."""
    c = case(setting=Setting.METASTATIC)
    assert applies(c, "chemotherapy") is Applies.CONDITIONAL
    (alt,) = conditions(c, "chemotherapy")
    assert "no longer responds to hormone-based treatment" in alt[0]
    assert "immediately life-threatening" in alt[0]
    assert applies(case(er=0, pr=0, setting=Setting.METASTATIC), "chemotherapy") is Applies.YES


def test_sacituzumab_lines_of_therapy_are_the_labels() -> None:
    hr_positive = conditions(case(setting=MET), "sacituzumab_govitecan")
    assert any("at least two additional systemic therapies" in c for a in hr_positive for c in a)
    tnbc = conditions(case(er=0, pr=0, setting=MET), "sacituzumab_govitecan")
    assert any("at least one of them for metastatic disease" in c for a in tnbc for c in a)


def test_a_prior_immune_drug_is_raised_where_one_is_offered_again() -> None:
    c = case(er=0, pr=0, setting=Setting.METASTATIC, pdl1_cps=15.0)
    result = classify(c)
    for option_id in ("immunotherapy", "sacituzumab_govitecan"):
        found = option(result, option_id)
        assert found is not None
        notes = {n.clinician for p in found.paths for n in p.notes}
        assert any("KEYNOTE-522" in n for n in notes), option_id
    early = option(classify(case(er=0, pr=0, setting=EARLY)), "immunotherapy")
    assert early is None or not any(
        "re-treatment" in n.clinician for p in early.paths for n in p.notes
    )


def test_er_unknown_pr_positive_her2_positive_keeps_the_patina_caveat() -> None:
    """The note says palbociclib is not approved here and not after T-DXd + pertuzumab."""
    found = option(classify(case(er=None, pr=40, ihc=Ihc.THREE, setting=MET)), "endocrine_therapy")
    assert found is not None
    assert any("PATINA added palbociclib" in n.clinician for p in found.paths for n in p.notes)


@pytest.mark.parametrize(("er", "pr", "listed"), [(90, 50, True), (0, 0, False)])
def test_bisphosphonates_before_menopause_only_with_ovarian_suppression_so_hr_positive(
    er: float, pr: float, listed: bool
) -> None:
    """ASCO-Ontario Health 2017: menopause induced by ovarian suppression, a hormone
    treatment; nothing brings it on in triple-negative disease (EBCTCG 2015: no effect
    before menopause)."""
    c = case(er=er, pr=pr, setting=EARLY, menopause=Menopause.PRE)
    assert (applies(c, "bisphosphonates") is not None) is listed
