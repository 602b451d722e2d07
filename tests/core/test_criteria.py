"""Trial and guideline entry criteria worked out from the case, row by row.

Expected verdicts are typed in from the criteria as the sources state them
(monarchE: Johnston et al. JCO 2020, cohorts 1 and 2; NATALEE: Slamon et al.
NEJM 2024, anatomical stage IIA with risk features, IIB, III; ASCO 2022:
Andre et al. JCO 2022, recommendations 1.1 and 1.2), not computed from
criteria.toml, so a wrong clause there fails a row. Boundaries are tested on
both sides.
"""

from __future__ import annotations

import pytest

from her2aid.core import content
from her2aid.core.classify import classify
from her2aid.core.models import (
    Applies,
    CaseInputs,
    Context,
    DualIsh,
    ErInput,
    Her2Input,
    Ihc,
    Menopause,
    PrInput,
    PrognosisCase,
    ReportedIsh,
    Setting,
    SingleIsh,
)
from her2aid.core.rules.criteria import Verdict, case_values, evaluate

CONTENT = content.load()
MET, COND, NOT, UNK = Verdict.MET, Verdict.CONDITIONAL, Verdict.NOT_MET, Verdict.UNKNOWN


def values(
    size: float | None = None,
    nodes: int | None = None,
    grade: int | None = None,
    ki67: float | None = None,
    menopause: Menopause | None = None,
) -> dict[str, float | str | None]:
    return case_values(
        CaseInputs(
            ki67_percent=ki67,
            context=Context(menopause=menopause),
            prognosis=PrognosisCase(size_mm=size, nodes=nodes, grade=grade),
        )
    )


def verdict(criteria: str, **kw: object) -> Verdict:
    return evaluate(CONTENT.criteria[criteria], values(**kw))[0]  # type: ignore[arg-type]


# monarchE cohort 1 (the 2023 label): 4+ nodes; or 1-3 nodes with grade 3 or a tumor >= 5 cm
@pytest.mark.parametrize(
    ("size", "nodes", "grade", "ki67", "expected"),
    [
        (10, 4, 1, 5, MET),
        (10, 3, 1, 5, NOT),
        (10, 1, 3, 5, MET),
        (10, 1, 2, 5, NOT),
        (50, 1, 1, 5, MET),
        (49.9, 1, 1, 5, NOT),
        (10, 2, 1, 20, NOT),  # Ki-67 alone (cohort 2) is not in the 2023 label
        (10, 2, 1, 19.9, NOT),
        (80, 0, 3, 90, NOT),  # node-negative disease was not enrolled
        (10, 2, None, None, UNK),  # 1-3 nodes: grade and Ki-67 decide
        (10, None, 3, 30, UNK),
        (None, 0, None, None, NOT),  # no node: nothing else can qualify
        (None, 5, None, None, MET),
    ],
)
def test_monarche(
    size: float | None, nodes: int | None, grade: int | None, ki67: float | None, expected: Verdict
) -> None:
    assert verdict("monarche", size=size, nodes=nodes, grade=grade, ki67=ki67) is expected


# NATALEE: N1 or more at any size; N0 only T3 (> 50 mm) or T2 (> 20 mm) with grade 3, or grade 2
# with Ki-67 >= 20 % or high genomic risk (which her2aid cannot know: conditional).
@pytest.mark.parametrize(
    ("size", "nodes", "grade", "ki67", "expected"),
    [
        (5, 1, 1, 5, MET),
        (5, 0, 3, 90, NOT),  # T1 N0
        (20, 0, 3, 90, NOT),  # 20 mm is still T1
        (20.1, 0, 3, 5, MET),
        (50, 0, 1, 5, NOT),  # T2 N0 grade 1
        (50.1, 0, 1, 5, MET),  # T3 N0: stage IIB
        (30, 0, 2, 20, MET),
        (30, 0, 2, 19.9, COND),  # only with a high genomic risk
        (30, 0, 2, None, COND),
        (30, 0, None, None, UNK),
        (None, 0, 3, 30, UNK),
        (None, 2, None, None, MET),
    ],
)
def test_natalee(
    size: float | None, nodes: int | None, grade: int | None, ki67: float | None, expected: Verdict
) -> None:
    assert verdict("natalee", size=size, nodes=nodes, grade=grade, ki67=ki67) is expected


# ASCO 2022: a multigene assay for node-negative disease, and for 1-3 nodes after menopause;
# not to decide chemotherapy before menopause with positive nodes.
@pytest.mark.parametrize(
    ("nodes", "menopause", "expected"),
    [
        (0, None, MET),
        (0, Menopause.PRE, MET),
        (0, Menopause.POST, MET),
        (1, Menopause.POST, MET),
        (3, Menopause.POST, MET),
        (4, Menopause.POST, NOT),
        (1, Menopause.PRE, NOT),
        (3, Menopause.PRE, NOT),
        (2, None, UNK),
        (None, Menopause.POST, UNK),
    ],
)
def test_genomic_assay_criteria(
    nodes: int | None, menopause: Menopause | None, expected: Verdict
) -> None:
    assert verdict("genomic_assay", nodes=nodes, menopause=menopause) is expected


# --- what the case then shows ---------------------------------------------------------------


def early_case(
    er: float = 90,
    pr: float = 50,
    ihc: Ihc = Ihc.ONE,
    ki67: float | None = 10,
    setting: Setting | None = Setting.EARLY,
    menopause: Menopause | None = Menopause.POST,
    **prognosis: float,
) -> CaseInputs:
    return CaseInputs(
        ErInput(er),
        PrInput(pr),
        Her2Input(ihc),
        ki67,
        Context(setting=setting, menopause=menopause),
        PrognosisCase(**prognosis) if prognosis else None,  # type: ignore[arg-type]
    )


def cdk46(case: CaseInputs) -> Applies | None:
    found = [o.applies for o in classify(case).options if o.id == "cdk46_inhibitor"]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("prognosis", "expected"),
    [
        ({}, Applies.CONDITIONAL),  # nothing to judge by: both trials' criteria as conditions
        ({"size_mm": 30, "nodes": 5, "grade": 2}, Applies.YES),  # both
        ({"size_mm": 15, "nodes": 1, "grade": 1}, Applies.YES),  # NATALEE only
        ({"size_mm": 30, "nodes": 0, "grade": 2}, Applies.CONDITIONAL),  # genomic risk decides
        ({"size_mm": 15, "nodes": 0, "grade": 3}, None),  # T1 N0: neither
        ({"size_mm": 30, "nodes": 0}, Applies.CONDITIONAL),  # grade unknown
    ],
)
def test_adjuvant_cdk46_follows_the_criteria(
    prognosis: dict[str, float], expected: Applies | None
) -> None:
    assert cdk46(early_case(**prognosis)) is expected


def test_the_cdk46_card_says_which_criteria_are_met() -> None:
    result = classify(early_case(size_mm=15, nodes=1, grade=1))
    option = next(o for o in result.options if o.id == "cdk46_inhibitor")
    notes = {n.clinician for p in option.paths for n in p.notes}
    assert any(n.startswith("NATALEE criteria met") for n in notes)
    assert any(n.startswith("monarchE criteria not met") for n in notes)
    traced = {s.source: s for s in result.trace if s.rule.startswith("criteria.")}
    assert traced["natalee"].rule == "criteria.met"
    assert "15 mm, 1 positive node, grade 1" in traced["natalee"].text
    assert traced["monarche"].rule == "criteria.not_met"
    assert traced["monarche"].locator


def test_criteria_are_traced_only_where_an_option_or_step_asks() -> None:
    def traced(case: CaseInputs) -> set[str]:
        return {s.source for s in classify(case).trace if s.rule.startswith("criteria.")}

    tnbc = early_case(er=0, pr=0, size_mm=30, nodes=5, grade=3)
    assert traced(tnbc) == {"keynote-522"}
    her2_positive = early_case(ihc=Ihc.THREE, size_mm=30, nodes=5, grade=3)
    assert traced(her2_positive) == {"destiny-breast11"}  # T-DXd before surgery
    luminal = early_case(size_mm=30, nodes=5, grade=3)
    assert traced(luminal) == {"monarche", "natalee", "asco-2022-early-biomarkers"}


def steps(case: CaseInputs) -> list[str]:
    return [n.id for n in classify(case).next_steps]


@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        ({"nodes": 0, "size_mm": 15}, True),
        ({"nodes": 2, "size_mm": 15}, True),  # postmenopausal by default
        ({"nodes": 2, "size_mm": 15, "menopause": Menopause.PRE}, False),
        ({"nodes": 4, "size_mm": 15}, False),
        ({}, False),  # no prognosis block: nothing to decide by
        ({"nodes": 0, "size_mm": 15, "er": 0, "pr": 0}, False),  # triple negative
        ({"nodes": 0, "size_mm": 15, "ihc": Ihc.THREE}, False),  # HER2-positive
        ({"nodes": 0, "size_mm": 15, "setting": Setting.METASTATIC}, False),
        ({"nodes": 0, "size_mm": 15, "setting": None}, False),
    ],
)
def test_genomic_assay_next_step(kw: dict[str, object], expected: bool) -> None:
    assert ("genomic_assay" in steps(early_case(**kw))) is expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("setting", "expected"), [(Setting.METASTATIC, True), (Setting.EARLY, False), (None, False)]
)
def test_metastatic_biopsy_retest_only_when_the_cancer_has_spread(
    setting: Setting | None, expected: bool
) -> None:
    for er, pr, ihc in [(90, 50, Ihc.ONE), (0, 0, Ihc.ZERO_NULL), (0, 0, Ihc.THREE)]:
        case = early_case(er=er, pr=pr, ihc=ihc, setting=setting)
        assert ("metastatic_biopsy_retest" in steps(case)) is expected


@pytest.mark.parametrize(
    ("her2", "expected"),
    [
        (Her2Input(Ihc.TWO, DualIsh()), True),  # ordered, no numbers yet
        (Her2Input(Ihc.TWO, SingleIsh()), True),
        (Her2Input(Ihc.TWO, ReportedIsh()), True),
        (Her2Input(None, DualIsh()), True),
        (Her2Input(Ihc.TWO, None), False),  # not ordered: reflex ISH is the step
        (Her2Input(Ihc.TWO, DualIsh(1.2, 2.5)), False),  # resulted
        (Her2Input(Ihc.TWO, ReportedIsh(None)), True),
    ],
)
def test_await_ish_while_an_ordered_ish_has_no_result(her2: Her2Input, expected: bool) -> None:
    result = classify(CaseInputs(ErInput(90), PrInput(50), her2))
    ids = [n.id for n in result.next_steps]
    assert ("await_ish" in ids) is expected
    if her2.ihc is Ihc.TWO and her2.ish is None:
        assert "reflex_ish" in ids


@pytest.mark.parametrize(
    ("case", "source", "text"),
    [
        (
            early_case(size_mm=15, nodes=1, grade=1),
            "natalee",
            "NATALEE criteria met: node-positive (N1 or more: stage IIA to III) (entered: 15 mm, "
            "1 positive node, grade 1, Ki-67 10 %, postmenopausal).",
        ),
        (
            early_case(size_mm=30, nodes=0, grade=2),
            "natalee",
            "NATALEE criteria met only if Ki-67 is 20 % or more or the genomic risk is high: "
            "node-negative, tumor above 20 mm, grade 2 (T2 N0, stage IIA) (entered: 30 mm, "
            "0 positive nodes, grade 2, Ki-67 10 %, postmenopausal).",
        ),
        (
            early_case(size_mm=30, nodes=0),
            "natalee",
            "NATALEE criteria cannot be assessed yet: a value they need is not entered "
            "(entered: 30 mm, 0 positive nodes, Ki-67 10 %, postmenopausal).",
        ),
        (
            early_case(size_mm=15, nodes=2, grade=1, ki67=12.5, menopause=Menopause.PRE),
            "monarche",
            "monarchE (cohort 1, as in the 2023 label) criteria not met by the entered values "
            "(15 mm, 2 positive nodes, grade 1, Ki-67 12.5 %, premenopausal).",
        ),
        (
            early_case(size_mm=30, nodes=2, grade=3, ki67=None, menopause=None),
            "monarche",
            "monarchE (cohort 1, as in the 2023 label) criteria met: 1 to 3 positive nodes with "
            "grade 3 (entered: 30 mm, 2 positive nodes, grade 3).",
        ),
    ],
)
def test_the_trace_names_the_clause_and_every_value_entered(
    case: CaseInputs, source: str, text: str
) -> None:
    """The criteria step is what a clinician checks a verdict by: its wording is pinned."""
    traced = {s.source: s for s in classify(case).trace if s.rule.startswith("criteria.")}
    assert traced[source].text == text


@pytest.mark.parametrize(
    ("size_mm", "nodes", "expected"),
    [
        (51, 0, "met"),  # cT3 N0
        (50, 0, None),  # 50 mm is T2: stage IIA, in the label, not studied: not listed
        (15, 0, None),  # T1 N0: stage I
        (15, 1, "met"),  # cT1 N1
        (30, 3, "met"),
    ],
)
def test_destiny_breast11_by_the_entered_size_and_nodes(
    size_mm: float, nodes: int, expected: str | None
) -> None:
    """Before surgery, T-DXd then THP: DESTINY-Breast11 enrolled cT3+ N0 or cT0-4 N1-3."""
    result = classify(early_case(ihc=Ihc.THREE, size_mm=size_mm, nodes=nodes, grade=2))
    tdxd = next(o for o in result.options if o.id == "trastuzumab_deruxtecan")
    before = [p for p in tdxd.paths if p.harms == "tdxd_neoadjuvant"]
    if expected is None:
        assert before == []
    else:
        (path,) = before
        assert path.conditions[0].clinician.startswith("before surgery: 4 cycles of T-DXd")
        assert path.conditions[0].patient == "before the cancer is taken out"
