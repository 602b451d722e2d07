"""What each rule adds, and what it must not add: next steps, flags and the trace.

The truth table checks the statuses. These check the rest a clinician reads:
a test asked for only when it is needed, a flag only where it applies, and a
trace that says what was done (a recount only when there was one, the right
side of a threshold at exactly the threshold). Each case here was written
because a mutation of the rule (tools/mutate.py) changed what a user sees
and every other test still passed. Thresholds are the guideline's numbers,
typed in as in test_truth_table.py; sentences are read from the content, so
rewording them does not break these tests, but a rule that picks the wrong
sentence, or fills it with the wrong values, does.
"""

from __future__ import annotations

import pytest

from her2aid.core import content
from her2aid.core.classify import classify
from her2aid.core.models import (
    CaseInputs,
    Classification,
    Context,
    DualIsh,
    ErInput,
    Her2Category,
    Her2Input,
    Her2Status,
    Ihc,
    Ish,
    IshResult,
    PrInput,
    PrognosisCase,
    PrStatus,
    ReportedIsh,
    Setting,
    SingleIsh,
    Subtype,
)

CONTENT = content.load()


def steps(result: Classification) -> set[str]:
    return {n.id for n in result.next_steps}


def rules(result: Classification) -> list[str]:
    return [s.rule for s in result.trace]


def sentence(rule: str, **values: str) -> str:
    """The clinician sentence the content has for ``rule``, filled in."""
    return CONTENT.trace[rule].clinician.format(**values)


def text_of(result: Classification, rule: str) -> str:
    (step,) = [s for s in result.trace if s.rule == rule]
    return step.text


# --- ER and PR testing: asked for exactly what is not known ---------------------------

KNOWN_ER = [ErInput(0), ErInput(5), ErInput(50)]
KNOWN_PR = [PrInput(0), PrInput(50)]


@pytest.mark.parametrize("er", [ErInput(), *KNOWN_ER])
@pytest.mark.parametrize("pr", [PrInput(), *KNOWN_PR])
def test_er_and_pr_testing_is_asked_for_only_what_is_unknown(er: ErInput, pr: PrInput) -> None:
    result = classify(CaseInputs(er=er, pr=pr, her2=Her2Input(Ihc.ONE)))
    er_unknown, pr_unknown = er.percent is None, pr.percent is None
    asked = steps(result) & {"er_pr_testing", "er_testing", "pr_testing"}
    expected = set()
    if er_unknown and pr_unknown:
        expected = {"er_pr_testing"}
    elif er_unknown:
        expected = {"er_testing"}
    elif pr_unknown:
        expected = {"pr_testing"}
    assert asked == expected


# --- HER2: "HER2-low cannot be assessed" only for HER2-negative without an IHC score ----


@pytest.mark.parametrize(
    ("her2", "flagged"),
    [
        (Her2Input(), False),  # not tested at all: unknown, not "negative without IHC"
        (Her2Input(ish=ReportedIsh()), False),  # ISH pending
        (Her2Input(ish=DualIsh()), False),
        (Her2Input(ish=ReportedIsh(IshResult.AMPLIFIED)), False),  # positive
        (Her2Input(ish=DualIsh(1.5, 4.5)), False),  # group 4 without IHC: equivocal
        (Her2Input(ish=SingleIsh(5.0)), False),  # single-probe middle band: equivocal
        (Her2Input(Ihc.ONE, ReportedIsh(IshResult.NOT_AMPLIFIED)), False),  # IHC known
        (Her2Input(ish=ReportedIsh(IshResult.NOT_AMPLIFIED)), True),
        (Her2Input(ish=DualIsh(1.2, 2.0)), True),  # group 5
        (Her2Input(ish=SingleIsh(3.0)), True),
    ],
)
def test_her2_low_not_assessable_only_when_negative_without_ihc(
    her2: Her2Input, flagged: bool
) -> None:
    result = classify(CaseInputs(her2=her2))
    assert ("her2_low_not_assessable" in result.flags) is flagged
    assert ("her2.category.no_ihc" in rules(result)) is flagged
    if flagged:
        assert result.her2.status is Her2Status.NEGATIVE
        assert result.her2.category is Her2Category.UNKNOWN


# --- IHC 0: recording the extent of faint staining matters outside early disease --------


@pytest.mark.parametrize(
    ("setting", "asked"),
    [(Setting.EARLY, False), (Setting.METASTATIC, True), (None, True)],
)
def test_ihc0_extent_is_asked_for_only_outside_early_disease(
    setting: Setting | None, asked: bool
) -> None:
    case = CaseInputs(
        er=ErInput(50), pr=PrInput(50), her2=Her2Input(Ihc.ZERO), context=Context(setting)
    )
    result = classify(case)
    assert "ihc0_extent_not_recorded" in result.flags  # the fact is flagged in any setting
    assert ("record_ihc0_extent" in steps(result)) is asked


def test_ihc0_extent_is_not_asked_for_in_hr_negative_disease() -> None:
    case = CaseInputs(
        er=ErInput(0), pr=PrInput(0), her2=Her2Input(Ihc.ZERO), context=Context(Setting.METASTATIC)
    )
    result = classify(case)
    assert "ihc0_extent_not_recorded" not in result.flags
    assert "record_ihc0_extent" not in steps(result)


@pytest.mark.parametrize(
    ("setting", "asked"),
    [(Setting.EARLY, False), (Setting.METASTATIC, True), (None, True)],
)
def test_ihc_for_her2_low_only_outside_early_disease(setting: Setting | None, asked: bool) -> None:
    case = CaseInputs(
        er=ErInput(50),
        pr=PrInput(50),
        her2=Her2Input(ish=ReportedIsh(IshResult.NOT_AMPLIFIED)),
        context=Context(setting),
    )
    assert ("ihc_for_her2_low" in steps(classify(case))) is asked


def test_ihc_for_her2_low_not_when_the_ihc_score_is_known() -> None:
    case = CaseInputs(
        er=ErInput(50),
        pr=PrInput(50),
        her2=Her2Input(Ihc.ZERO_NULL, ReportedIsh(IshResult.NOT_AMPLIFIED)),
        context=Context(Setting.METASTATIC),
    )
    assert "ihc_for_her2_low" not in steps(classify(case))


# --- germline BRCA testing: every patient aged 65 or younger (ASCO-SSO 2024) -------------


def _her2_positive(age: float | None, germline: bool | None = None) -> CaseInputs:
    """HER2-positive early disease: no PARP-inhibitor option asks for the test instead."""
    return CaseInputs(
        er=ErInput(80),
        pr=PrInput(80),
        her2=Her2Input(Ihc.THREE),
        ki67_percent=10,
        context=Context(Setting.EARLY, germline_brca=germline),
        prognosis=None if age is None else PrognosisCase(age=age),
    )


@pytest.mark.parametrize(
    ("age", "asked"),
    [(40, True), (64.5, True), (65, True), (65.5, False), (66, False), (80, False), (None, False)],
)
def test_germline_testing_up_to_and_including_65(age: float | None, asked: bool) -> None:
    result = classify(_her2_positive(age))
    assert result.subtype is not Subtype.TNBC
    assert ("germline_brca_testing" in steps(result)) is asked


def test_germline_testing_not_asked_once_the_result_is_known() -> None:
    for known in (True, False):
        assert "germline_brca_testing" not in steps(classify(_her2_positive(50, known)))


def test_germline_testing_at_any_age_for_triple_negative_cancer() -> None:
    case = CaseInputs(
        er=ErInput(0),
        pr=PrInput(0),
        her2=Her2Input(Ihc.ONE),
        context=Context(Setting.EARLY),
        prognosis=PrognosisCase(age=80),
    )
    result = classify(case)
    assert result.subtype is Subtype.TNBC
    assert "germline_brca_testing" in steps(result)


# --- a dual-probe ISH with only one of its two numbers ------------------------------------


@pytest.mark.parametrize("ish", [DualIsh(2.5, None), DualIsh(None, 5.0), DualIsh(None, None)])
@pytest.mark.parametrize(
    ("ihc", "status"),
    [(None, Her2Status.UNKNOWN), (Ihc.TWO, Her2Status.EQUIVOCAL), (Ihc.THREE, Her2Status.POSITIVE)],
)
def test_a_half_filled_dual_probe_result_is_pending(
    ish: DualIsh, ihc: Ihc | None, status: Her2Status
) -> None:
    """The Python API can build one (the case file refuses it): it is pending, not a crash."""
    result = classify(CaseInputs(her2=Her2Input(ihc, ish)))
    assert result.her2.status is status
    assert result.her2.ish_group is None
    assert "her2.ish.pending" in rules(result)
    assert "her2.ish.dual.group" not in rules(result)


@pytest.mark.parametrize("ish", [SingleIsh(None), ReportedIsh(None)])
def test_other_pending_ish_says_pending(ish: Ish) -> None:
    result = classify(CaseInputs(her2=Her2Input(Ihc.TWO, ish)))
    assert "her2.ish.pending" in rules(result)
    assert "her2.equivocal.ish_pending" in rules(result)
    assert "reflex_ish" not in steps(result)  # ordered already


# --- the trace says what was done ------------------------------------------------------


def test_a_recount_is_mentioned_only_when_there_was_one() -> None:
    first = classify(CaseInputs(her2=Her2Input(Ihc.TWO, DualIsh(1.5, 5.0, recount=False))))
    assert "her2.ish.dual.recount" not in rules(first)
    assert "ish_recount" in steps(first)
    again = classify(CaseInputs(her2=Her2Input(Ihc.TWO, DualIsh(1.5, 5.0, recount=True))))
    assert "her2.ish.dual.recount" in rules(again)
    assert text_of(again, "her2.ish.dual.recount") == sentence("her2.ish.dual.recount")
    assert "ish_recount" not in steps(again)


@pytest.mark.parametrize(
    ("ratio", "copies", "ratio_band", "copies_band", "group"),
    [
        # ASCO/CAP 2018 Fig. 3: ratio >= 2.0; HER2 signals per cell >= 4.0, and >= 6.0.
        ("2.0", "4.0", "2.0 or more", "4.0 or more", 1),
        ("2.0", "3.99", "2.0 or more", "below 4.0", 2),
        ("1.99", "6.0", "below 2.0", "6.0 or more", 3),
        ("1.99", "5.99", "below 2.0", "4.0 to below 6.0", 4),
        ("1.99", "4.0", "below 2.0", "4.0 to below 6.0", 4),
        ("1.99", "3.99", "below 2.0", "below 4.0", 5),
    ],
)
def test_the_dual_probe_sentence_names_the_right_side_of_each_threshold(
    ratio: str, copies: str, ratio_band: str, copies_band: str, group: int
) -> None:
    ish = DualIsh(float(ratio), float(copies))
    result = classify(CaseInputs(her2=Her2Input(Ihc.ONE, ish)))
    assert result.her2.ish_group == group
    assert text_of(result, "her2.ish.dual.group") == sentence(
        "her2.ish.dual.group",
        ratio=ratio,
        ratio_band=ratio_band,
        copies=copies,
        copies_band=copies_band,
        group=str(group),
    )


@pytest.mark.parametrize(
    ("ish", "ihc", "comment"),
    [
        (DualIsh(2.5, 3.0), Ihc.ONE, False),  # group 2, IHC 1+: negative with comment
        (DualIsh(1.5, 7.0), Ihc.ONE, False),  # group 3, IHC 1+: negative with comment
        (DualIsh(2.5, 3.0, True), Ihc.TWO, False),  # group 2 recounted with IHC 2+
        (DualIsh(1.5, 5.0), Ihc.ONE, True),  # group 4, IHC 1+
        (DualIsh(1.5, 5.0), Ihc.ZERO, True),
        (DualIsh(1.5, 5.0, True), Ihc.TWO, True),  # group 4 recounted with IHC 2+
        (DualIsh(1.5, 5.0), Ihc.THREE, False),  # positive: no comment
        (DualIsh(1.5, 3.0), Ihc.ONE, False),  # group 5
    ],
)
def test_the_group_4_comment_is_for_group_4_only(ish: DualIsh, ihc: Ihc, comment: bool) -> None:
    result = classify(CaseInputs(her2=Her2Input(ihc, ish)))
    assert ("her2.ish.group4.comment" in rules(result)) is comment
    if comment:
        assert result.her2.with_comment


NEG, LOW, POS = "er.percent.negative", "er.percent.low_positive", "er.percent.positive"


@pytest.mark.parametrize(
    ("er", "pr", "expected"),
    [
        (ErInput(0), PrInput(0), [NEG, "pr.percent.negative", "hr.negative"]),
        (ErInput(0.5), PrInput(1), [NEG, "pr.percent.positive", "hr.positive"]),
        (ErInput(1), PrInput(0.99), [LOW, "pr.percent.negative", "hr.positive"]),
        (ErInput(10), PrInput(50), [LOW, "pr.percent.positive", "hr.positive"]),
        (ErInput(10.5), PrInput(), [POS, "pr.unknown", "hr.positive"]),
        (ErInput(), PrInput(0), ["er.unknown", "pr.percent.negative", "hr.unknown"]),
        (ErInput(), PrInput(), ["er.unknown", "pr.unknown", "hr.unknown"]),
    ],
)
def test_the_hormone_receptor_trace_says_what_the_numbers_mean(
    er: ErInput, pr: PrInput, expected: list[str]
) -> None:
    result = classify(CaseInputs(er=er, pr=pr))
    assert rules(result)[:3] == expected
    for step in result.trace[:2]:
        assert step.text == CONTENT.trace[step.rule].clinician.format(
            percent=_entered(er.percent if step.rule.startswith("er.") else pr.percent)
        )


def _entered(value: float | None) -> str:
    from her2aid.core.numbers import as_entered

    return "" if value is None else as_entered(value)


@pytest.mark.parametrize(
    ("her2", "expected"),
    [
        (Her2Input(Ihc.THREE), ["her2.ihc.3+", "her2.ish.not_done"]),
        (Her2Input(Ihc.TWO), ["her2.ihc.2+", "her2.ish.not_done"]),
        (
            Her2Input(Ihc.ONE, DualIsh(2.5, 5.0)),
            ["her2.ihc.1+", "her2.ish.dual.group", "her2.ish.group1", "her2.discordant"],
        ),
        (
            Her2Input(Ihc.TWO, DualIsh(1.5, 7.0)),
            ["her2.ihc.2+", "her2.ish.dual.group", "her2.ish.workup.recount_needed"],
        ),
        (
            Her2Input(Ihc.TWO, DualIsh(1.5, 7.0, True)),
            [
                "her2.ihc.2+",
                "her2.ish.dual.group",
                "her2.ish.dual.recount",
                "her2.ish.workup.recount_group3",
            ],
        ),
        (
            Her2Input(None, DualIsh(2.5, 3.0)),
            ["her2.ihc.not_done", "her2.ish.dual.group", "her2.ish.workup.ihc_needed"],
        ),
        (
            Her2Input(Ihc.THREE, SingleIsh(5.0)),
            [
                "her2.ihc.3+",
                "her2.ish.single.middle",
                "her2.ish.single.middle.ihc3",
                "her2.ish.single.preferred",
            ],
        ),
        (
            Her2Input(Ihc.THREE, ReportedIsh(IshResult.NOT_AMPLIFIED)),
            ["her2.ihc.3+", "her2.ish.reported.not_amplified", "her2.discordant"],
        ),
        (Her2Input(), ["her2.ihc.not_done", "her2.ish.not_done", "her2.unknown"]),
    ],
)
def test_the_her2_trace_follows_the_work_up(her2: Her2Input, expected: list[str]) -> None:
    """The HER2 steps in order, up to the category (which has its own sentences)."""
    her2_rules = [r for r in rules(classify(CaseInputs(her2=her2))) if r.startswith("her2.")]
    assert her2_rules[: len(expected)] == expected
    assert not [r for r in her2_rules[len(expected) :] if not r.startswith("her2.category")]


@pytest.mark.parametrize(
    ("ihc", "category_rules"),
    [
        (Ihc.ONE, ["her2.category.low", "her2.category.low.tdxd"]),
        (Ihc.TWO, ["her2.category.low", "her2.category.low.tdxd"]),
        (Ihc.ZERO_ULTRALOW, ["her2.category.ultralow", "her2.category.ultralow.caveat"]),
        (Ihc.ZERO_NULL, ["her2.category.null"]),
        (Ihc.ZERO, ["her2.category.zero"]),
    ],
)
def test_the_category_sentences(ihc: Ihc, category_rules: list[str]) -> None:
    result = classify(CaseInputs(her2=Her2Input(ihc, ReportedIsh(IshResult.NOT_AMPLIFIED))))
    assert [r for r in rules(result) if r.startswith("her2.category")] == category_rules
    if ihc in (Ihc.ONE, Ihc.TWO):
        assert text_of(result, "her2.category.low") == sentence("her2.category.low", ihc=ihc.value)


# --- options: each row's own patient wording reaches the result ---------------------------


def test_each_option_row_carries_its_own_patient_wording() -> None:
    """A row's "what it is", harms set and condition wording, exactly as the content has them.

    Rows that override the option's wording (another trial's figure, another
    population) must not fall back to the option's own text, nor to nothing.
    """
    from her2aid.core.models import Remark, Sentence
    from her2aid.core.rules.options import _compile_rule

    checked = {"what": 0, "harms": 0, "condition": 0}
    for option in CONTENT.options:
        for row in option.rules:
            compiled = _compile_rule(row, option.harms)
            text = row.patient_what
            expected = None if text is None else Sentence(text.text, text.source)
            assert compiled.what == expected, (option.id, "what")
            checked["what"] += text is not None
            assert compiled.harms == (row.harms or option.harms), (option.id, "harms")
            checked["harms"] += row.harms is not None
            if row.condition is None:
                assert compiled.condition is None
            else:
                c = row.condition
                assert compiled.condition == Remark(
                    c.clinician, c.patient or "", c.source, now=row.condition_now
                )
                checked["condition"] += bool(c.patient)
            assert compiled.benefits == tuple(
                Sentence(b.text, b.source, b.survival) for b in row.patient_benefits
            )
    assert all(checked.values()), checked  # the content has rows of each kind to check


def test_every_option_shown_has_patient_wording() -> None:
    """Over the categorical grid: no option, path or condition reaches a patient without words."""
    from her2aid.core.examples import full_grid

    for index, case in enumerate(full_grid()):
        if index % 11:
            continue
        for option in classify(case).options:
            for path in option.paths:
                for sentence_ in (path.what, *path.benefits):
                    assert sentence_ is None or sentence_.text.strip()
                assert path.harms in CONTENT.harm_sets, (option.id, path.harms)
                for remark in (*path.conditions, *path.notes):
                    assert remark.patient.strip(), (option.id, remark)
                    assert remark.clinician.strip(), (option.id, remark)


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        (CaseInputs(ErInput(90), PrInput(50), Her2Input()), "subtype.undetermined.her2_unknown"),
        (
            CaseInputs(ErInput(90), PrInput(50), Her2Input(Ihc.TWO)),
            "subtype.undetermined.her2_equivocal",
        ),
        (CaseInputs(ErInput(), PrInput(), Her2Input(Ihc.THREE)), "subtype.undetermined.hr_unknown"),
        # Both unknown: HER2 is named (it decides more of what follows).
        (CaseInputs(ErInput(), PrInput(), Her2Input()), "subtype.undetermined.her2_unknown"),
    ],
)
def test_the_trace_says_why_the_subtype_is_undetermined(case: CaseInputs, expected: str) -> None:
    result = classify(case)
    assert result.subtype is Subtype.UNDETERMINED
    assert [r for r in rules(result) if r.startswith("subtype.")] == [expected]


@pytest.mark.parametrize(
    ("pr", "ki67", "text"),
    [
        (
            PrInput(50),
            30.5,
            "ER positive, HER2 negative, Ki-67 30.5 % (20 % or more): Luminal B-like "
            "(HER2-negative).",
        ),
        (
            PrInput(12.5),
            8,
            "ER positive, HER2 negative, PR 12.5 % (below 20 %): Luminal B-like (HER2-negative).",
        ),
        (
            PrInput(status=PrStatus.NEGATIVE),
            8,
            "ER positive, HER2 negative, PR negative (below 20 %): Luminal B-like (HER2-negative).",
        ),
        (
            PrInput(0),
            45,
            "ER positive, HER2 negative, Ki-67 45 % (20 % or more) and PR 0 % (below 20 %): "
            "Luminal B-like (HER2-negative).",
        ),
        (
            PrInput(60),
            10,
            "ER positive, HER2 negative, PR 60 % (20 % or more) and Ki-67 10 % (below 20 %): "
            "Luminal A-like.",
        ),
    ],
)
def test_the_surrogate_trace_names_the_values_that_decided(
    pr: PrInput, ki67: float, text: str
) -> None:
    """The clinician checks the St Gallen label by these numbers: the wording is pinned."""
    result = classify(CaseInputs(ErInput(90), pr, Her2Input(Ihc.ONE), ki67))
    (step,) = [s for s in result.trace if s.rule.startswith("surrogate.luminal")]
    assert step.text == text


def test_a_row_with_its_own_name_keeps_both_wordings() -> None:
    """Comfort care is "no added treatment" for spread cancer, named for each reader."""
    case = CaseInputs(
        ErInput(0),
        PrInput(0),
        Her2Input(Ihc.ZERO_NULL),
        context=Context(setting=Setting.METASTATIC),
    )
    option = next(o for o in classify(case).options if o.id == "no_added_treatment")
    names = {p.name for p in option.paths}
    assert len(names) == 1
    (name,) = names
    assert name is not None
    clinician, patient = name
    assert patient == "Care for comfort only"
    assert clinician != patient


def _her2_pos(**kw: object) -> CaseInputs:
    age = kw.pop("age", None)
    return CaseInputs(
        ErInput(90),
        PrInput(50),
        Her2Input(Ihc.THREE),
        context=Context(setting=Setting.EARLY, **kw),  # type: ignore[arg-type]
        prognosis=None if age is None else PrognosisCase(age=age),  # type: ignore[arg-type]
    )


GERMLINE = {"germline_brca_testing", "germline_brca_testing_age_unknown"}
TNBC_EARLY = CaseInputs(
    ErInput(0), PrInput(0), Her2Input(Ihc.ZERO_NULL), context=Context(setting=Setting.EARLY)
)


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        # Age not entered: the offer, on the condition the age decides.
        (_her2_pos(), {"germline_brca_testing_age_unknown"}),
        # 65 or younger: offered outright; older: not (no TNBC, no PARP option here).
        (_her2_pos(age=65), {"germline_brca_testing"}),
        (_her2_pos(age=66), set()),
        # Triple-negative: offered at any age, so never the age-unknown wording.
        (TNBC_EARLY, {"germline_brca_testing"}),
        # Already tested: nothing.
        (_her2_pos(germline_brca=False), set()),
    ],
)
def test_germline_testing_with_and_without_the_age(case: CaseInputs, expected: set[str]) -> None:
    """ASCO-SSO 2024: every newly diagnosed patient aged 65 or younger (issue 13 review)."""
    assert steps(classify(case)) & GERMLINE == expected
