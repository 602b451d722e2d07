"""Tests for the PREDICT Breast v2.1 / v2.2 implementation.

The numbers checked here come from ``shared/reference/predict.md`` (the
worked example and the equations); a few extra worked-example values are
from section 6.7 of ``shared/reference/clinical.md``.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import replace

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from her2aid.core.errors import InputError
from her2aid.core.prognosis import (
    DEFAULT_MODEL,
    MODELS,
    YEARS,
    Curve,
    PrognosisInputs,
    PrognosisResult,
    TreatmentNote,
    Treatments,
    all_combinations,
    baseline_breast_cumhaz,
    baseline_other_cumhaz,
    cumulative_mortality,
    mortality_index,
    predict,
    prognostic_index,
    validate,
)

CHEMOS = ("none", "second_gen", "third_gen")
ENDOCRINES = ("none", "5y", "10y")
STATUSES = ("positive", "negative", "unknown")

# The worked example in predict.md.
EXAMPLE = PrognosisInputs(
    age=25,
    size_mm=2,
    nodes=2,
    grade=1,
    detection="screen",
    er_positive=True,
    her2="positive",
    ki67="positive",
)
HCTB_5Y = Treatments(chemo="third_gen", endocrine="5y", trastuzumab=True, bisphosphonates=True)
HCTB_10Y = replace(HCTB_5Y, endocrine="10y")

# A typical case used by many tests below.
TYPICAL = PrognosisInputs(
    age=55.5,
    size_mm=22,
    nodes=1,
    grade=2,
    detection="symptoms",
    er_positive=True,
    her2="positive",
    ki67="unknown",
)


def printed(expected: str) -> float:
    """Half a unit in the last printed digit of ``expected``."""
    decimals = len(expected.split(".")[1])
    return 0.5 * 10.0**-decimals


# ---------------------------------------------------------------------------
# Worked example
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    ("year", "expected"),
    [(1, "0.002359754"), (10, "0.093863760"), (15, "0.151576452")],
)
def test_worked_example_surgery_only_mortality(model: str, year: int, expected: str) -> None:
    """D(t) for surgery only matches every digit predict.md prints."""
    d = cumulative_mortality(EXAMPLE, Treatments(), model)
    assert abs(d[year - 1] - float(expected)) <= printed(expected)
    assert d[year - 1] == pytest.approx(float(expected), rel=1e-6)


@pytest.mark.parametrize(("year", "expected"), [(1, 99.76), (10, 90.61), (15, 84.84)])
def test_worked_example_surgery_only_os(year: int, expected: float) -> None:
    """The OS percentages in the worked example, to the 2 decimals shown."""
    result = predict(EXAMPLE)
    assert round(result.surgery_only.os[year - 1], 2) == expected


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    ("year", "expected"),
    [(1, "0.1423600"), (5, "2.4213923"), (10, "6.1357672"), (15, "9.5692331")],
)
def test_worked_example_benefit_5y_endocrine(model: str, year: int, expected: str) -> None:
    """Benefit of hctb (5-year endocrine) in points, 100*(D_surgery - D_treated)."""
    result = predict(EXAMPLE, HCTB_5Y, model)
    assert abs(result.total_benefit[year - 1] - float(expected)) <= printed(expected)
    assert result.total_benefit[year - 1] == pytest.approx(float(expected), rel=1e-6)
    d_surgery = cumulative_mortality(EXAMPLE, Treatments(), model)
    d_treated = cumulative_mortality(EXAMPLE, HCTB_5Y, model)
    direct = 100.0 * (d_surgery[year - 1] - d_treated[year - 1])
    assert direct == pytest.approx(float(expected), rel=1e-6)


def test_worked_example_benefit_10y_endocrine_v21() -> None:
    """With 10-year endocrine therapy (v2.1, -0.342) the year-15 benefit."""
    result = predict(EXAMPLE, HCTB_10Y, "v2.1")
    assert abs(result.total_benefit[14] - 9.9468541) <= printed("9.9468541")
    assert result.total_benefit[14] == pytest.approx(9.9468541, rel=1e-6)


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2, "0.5289672"), (3, "1.0759822"), (4, "1.7200768")],
)
def test_worked_example_extra_years_from_clinical_md(year: int, expected: str) -> None:
    """Further hctb benefits listed in clinical.md section 6.7."""
    result = predict(EXAMPLE, HCTB_5Y, "v2.1")
    assert abs(result.total_benefit[year - 1] - float(expected)) <= printed(expected)


def test_worked_example_extra_mortalities_from_clinical_md() -> None:
    """Surgery-only D(5) and treated (10-year endocrine) D(10), clinical.md 6.7."""
    d_surgery = cumulative_mortality(EXAMPLE, Treatments(), "v2.1")
    d_treated = cumulative_mortality(EXAMPLE, HCTB_10Y, "v2.1")
    assert abs(d_surgery[4] - 0.036333378) <= printed("0.036333378")
    assert abs(d_treated[9] - 0.0325060877) <= printed("0.0325060877")


def test_worked_example_steps_add_up_to_total() -> None:
    """The incremental steps are in the fixed order and sum to the total."""
    result = predict(EXAMPLE, HCTB_10Y, "v2.2")
    assert [b.treatment for b in result.benefits] == [
        "endocrine",
        "chemo",
        "trastuzumab",
        "bisphosphonates",
    ]
    assert [b.label for b in result.benefits] == [
        "Hormone (endocrine) therapy, 10 years",
        "Chemotherapy, third generation",
        "Trastuzumab",
        "Bisphosphonates",
    ]
    for year in range(YEARS):
        total = sum(b.added_os[year] for b in result.benefits)
        assert total == pytest.approx(result.total_benefit[year], abs=1e-9)


# ---------------------------------------------------------------------------
# Intermediate quantities, straight from the equations
# ---------------------------------------------------------------------------


def test_baseline_hazards_at_year_one() -> None:
    """At t = 1, ln t = 0 and sqrt t = 1, so each baseline is a plain exp."""
    assert baseline_other_cumhaz(1) == pytest.approx(math.exp(-6.052919 + 0.3255321))
    assert baseline_breast_cumhaz(1, True) == pytest.approx(math.exp(0.7424402 - 7.527762))
    assert baseline_breast_cumhaz(1, False) == pytest.approx(
        math.exp(-1.156036 + 0.4707332 - 3.51355)
    )


def test_baseline_hazards_at_year_four() -> None:
    """At t = 4 the square root is 2, so the terms are easy to check by hand."""
    ln4 = math.log(4)
    assert baseline_other_cumhaz(4) == pytest.approx(
        math.exp(-6.052919 + 1.079863 * ln4 + 0.3255321 * 2)
    )
    assert baseline_breast_cumhaz(4, True) == pytest.approx(
        math.exp(0.7424402 - 7.527762 / 2 - 1.812513 * ln4 / 2)
    )
    assert baseline_breast_cumhaz(4, False) == pytest.approx(
        math.exp(-1.156036 + 0.4707332 / 16 - 3.51355 / 4)
    )


def test_baselines_increase_with_time() -> None:
    """Cumulative hazards must grow, or annual hazards would be negative."""
    for er in (True, False):
        values = [baseline_breast_cumhaz(t, er) for t in range(1, YEARS + 1)]
        assert all(b > a for a, b in itertools.pairwise(values))
    other = [baseline_other_cumhaz(t) for t in range(1, YEARS + 1)]
    assert all(b > a for a, b in itertools.pairwise(other))


def test_mortality_index() -> None:
    """MI is 0 at the centring age and follows 0.0698252*((a/10)^2 - c)."""
    assert mortality_index(10 * math.sqrt(34.23391957)) == pytest.approx(0, abs=1e-12)
    assert mortality_index(50) == pytest.approx(0.0698252 * (25 - 34.23391957))


def pi(inputs: PrognosisInputs, **changes: object) -> float:
    """PI for ``inputs`` with some fields changed."""
    return prognostic_index(replace(inputs, **changes))  # type: ignore[arg-type]


def test_prognostic_index_er_positive_terms() -> None:
    """Each ER-positive term changes PI by its coefficient times its coding."""
    assert pi(TYPICAL, grade=3) - pi(TYPICAL, grade=1) == pytest.approx(2 * 0.746655)
    assert pi(TYPICAL, grade=None) - pi(TYPICAL, grade=1) == pytest.approx(1.13 * 0.746655)
    assert pi(TYPICAL, detection="screen") - pi(TYPICAL, detection="symptoms") == pytest.approx(
        -0.22763366
    )
    assert pi(TYPICAL, detection="unknown") - pi(TYPICAL, detection="symptoms") == pytest.approx(
        0.204 * -0.22763366
    )
    assert pi(TYPICAL, nodes=9) - pi(TYPICAL, nodes=0) == pytest.approx(0.7060723 * math.log(10))
    assert pi(TYPICAL, size_mm=20) - pi(TYPICAL, size_mm=10) == pytest.approx(
        0.7530729 * math.log(2)
    )
    assert pi(TYPICAL, her2="positive") - pi(TYPICAL, her2="unknown") == pytest.approx(0.2413)
    assert pi(TYPICAL, her2="negative") - pi(TYPICAL, her2="unknown") == pytest.approx(-0.0762)
    assert pi(TYPICAL, ki67="positive") - pi(TYPICAL, ki67="unknown") == pytest.approx(0.14904)
    assert pi(TYPICAL, ki67="negative") - pi(TYPICAL, ki67="unknown") == pytest.approx(-0.11333)


def test_prognostic_index_er_positive_centred_value() -> None:
    """With the centring constants the ER+ PI is a short hand calculation."""
    case = replace(TYPICAL, age=40, size_mm=10, nodes=0, grade=1, her2="unknown")
    a10 = 4.0
    expected = (
        34.53642 * (a10**-2 - 0.0287449295)
        - 34.20342 * (a10**-2 * math.log(a10) - 0.0510121013)
        + 0.7530729 * (math.log(0.1) + 1.545233938)
        + 0.7060723 * (math.log(0.1) + 1.387566896)
        + 0.746655
    )
    assert prognostic_index(case) == pytest.approx(expected)


def test_prognostic_index_er_negative() -> None:
    """ER-negative PI: G is 1 for grade 2/3 and 0 for grade 1 or unknown."""
    er_neg = replace(TYPICAL, er_positive=False, age=60, size_mm=25, nodes=4)
    expected = (
        0.0089827 * (60 - 56.3254902)
        + 2.093446 * (math.sqrt(0.25) - 0.5090456276)
        + 0.6260541 * (math.log(0.5) + 1.086916249)
        + 1.129091
        + 0.2413
    )
    assert prognostic_index(er_neg) == pytest.approx(expected)
    assert pi(er_neg, grade=3) == pi(er_neg, grade=2)
    assert pi(er_neg, grade=None) == pi(er_neg, grade=1)
    assert pi(er_neg, grade=2) - pi(er_neg, grade=1) == pytest.approx(1.129091)


def test_er_negative_unknown_grade_uses_g_zero() -> None:
    """An unknown grade in ER-negative cancer gives the grade-1 (G = 0) result."""
    er_neg = replace(TYPICAL, er_positive=False)
    unknown = predict(replace(er_neg, grade=None), Treatments(chemo="third_gen"))
    grade1 = predict(replace(er_neg, grade=1), Treatments(chemo="third_gen"))
    assert unknown == grade1


def test_er_negative_ignores_detection_and_ki67() -> None:
    """The ER-negative PI has no detection or Ki-67 term."""
    er_neg = replace(TYPICAL, er_positive=False)
    values = {
        pi(er_neg, ki67=k, detection=d) for k in STATUSES for d in ("screen", "symptoms", "unknown")
    }
    assert len(values) == 1


# ---------------------------------------------------------------------------
# Results, treatments and notes
# ---------------------------------------------------------------------------


def test_surgery_only_by_default() -> None:
    """With no treatment chosen there is no benefit and nothing to note."""
    result = predict(TYPICAL)
    assert isinstance(result, PrognosisResult)
    assert result.model == DEFAULT_MODEL == "v2.2"
    assert result.years == tuple(range(1, 16))
    assert result.with_treatment == result.surgery_only
    assert result.benefits == ()
    assert result.total_benefit == (0.0,) * YEARS
    assert result.not_applied == ()


def test_second_generation_chemo_and_5y_label() -> None:
    """Labels for the other chemotherapy and endocrine options."""
    result = predict(TYPICAL, Treatments(chemo="second_gen", endocrine="5y"))
    assert [b.label for b in result.benefits] == [
        "Hormone (endocrine) therapy, 5 years",
        "Chemotherapy, second generation",
    ]
    third = predict(TYPICAL, Treatments(chemo="third_gen", endocrine="5y"))
    assert third.benefits[1].added_os[9] > result.benefits[1].added_os[9] > 0


def test_endocrine_not_applied_when_er_negative() -> None:
    """Endocrine therapy is dropped, with a note, for ER-negative cancer."""
    er_neg = replace(TYPICAL, er_positive=False)
    chosen = Treatments(chemo="third_gen", endocrine="10y")
    result = predict(er_neg, chosen)
    assert result.not_applied == (
        TreatmentNote("endocrine", "endocrine therapy applies only to ER-positive cancer"),
    )
    assert [b.treatment for b in result.benefits] == ["chemo"]
    without = predict(er_neg, Treatments(chemo="third_gen"))
    assert result.with_treatment == without.with_treatment
    assert cumulative_mortality(er_neg, chosen, "v2.1") == cumulative_mortality(
        er_neg, Treatments(chemo="third_gen"), "v2.1"
    )


@pytest.mark.parametrize("her2", ["negative", "unknown"])
def test_trastuzumab_not_applied_unless_her2_positive(her2: str) -> None:
    """Trastuzumab is dropped, with a note, unless HER2 is positive."""
    case = replace(TYPICAL, her2=her2)
    result = predict(case, Treatments(trastuzumab=True, bisphosphonates=True))
    assert result.not_applied == (
        TreatmentNote("trastuzumab", "trastuzumab applies only to HER2-positive cancer"),
    )
    assert [b.treatment for b in result.benefits] == ["bisphosphonates"]


def test_both_notes_in_order() -> None:
    """Both inapplicable treatments are reported, endocrine first."""
    case = replace(TYPICAL, er_positive=False, her2="negative")
    result = predict(case, Treatments(endocrine="5y", trastuzumab=True))
    assert [n.treatment for n in result.not_applied] == ["endocrine", "trastuzumab"]
    assert result.benefits == ()
    assert result.with_treatment == result.surgery_only


@pytest.mark.parametrize(
    ("er", "her2", "count"),
    [
        (True, "positive", 36),
        (True, "negative", 18),
        (False, "positive", 12),
        (False, "unknown", 6),
    ],
)
def test_all_combinations_counts(er: bool, her2: str, count: int) -> None:
    """Every applicable combination, and only those, is returned."""
    case = replace(TYPICAL, er_positive=er, her2=her2)
    combos = all_combinations(case)
    assert len(combos) == count
    assert Treatments() in combos
    for combo in combos:
        assert predict(case, combo).not_applied == ()


@pytest.mark.parametrize("model", MODELS)
def test_all_combinations_match_predict(model: str) -> None:
    """Each combination's curve is the one ``predict`` gives for it."""
    combos = all_combinations(TYPICAL, model)
    for combo, curve in combos.items():
        assert isinstance(curve, Curve)
        assert curve == predict(TYPICAL, combo, model).with_treatment


def test_models_differ_only_for_10y_endocrine_in_years_11_to_15() -> None:
    """v2.1 and v2.2 differ only in the extra 10-year endocrine log HR."""
    for combo in all_combinations(TYPICAL):
        d21 = cumulative_mortality(TYPICAL, combo, "v2.1")
        d22 = cumulative_mortality(TYPICAL, combo, "v2.2")
        if combo.endocrine == "10y":
            assert d21[:10] == d22[:10]
            # v2.1's extra effect (-0.342) is larger than v2.2's (-0.26).
            assert all(a < b for a, b in zip(d21[10:], d22[10:], strict=True))
        else:
            assert d21 == d22


def test_10y_endocrine_only_changes_years_11_to_15() -> None:
    """Ten instead of five years of endocrine therapy acts from year 11."""
    for model in MODELS:
        five = cumulative_mortality(TYPICAL, Treatments(endocrine="5y"), model)
        ten = cumulative_mortality(TYPICAL, Treatments(endocrine="10y"), model)
        assert five[:10] == ten[:10]
        assert all(t < f for f, t in zip(five[10:], ten[10:], strict=True))


# ---------------------------------------------------------------------------
# Validation: boundaries and refusals
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("age", [25, 25.0, 85, 85.0, 55.5])
def test_age_limits_accepted(age: float) -> None:
    """The limits 25 and 85 are inclusive."""
    validate(replace(TYPICAL, age=age))
    assert len(predict(replace(TYPICAL, age=age)).surgery_only.os) == YEARS


@pytest.mark.parametrize("size", [1e-9, 0.1, 500])
def test_size_limits_accepted(size: float) -> None:
    """Any positive size up to the plausibility cap is accepted."""
    result = predict(replace(TYPICAL, size_mm=size))
    assert all(0 <= v <= 100 for v in result.surgery_only.os)


@pytest.mark.parametrize("nodes", [0, 100])
def test_node_limits_accepted(nodes: int) -> None:
    """0 and the plausibility cap of 100 nodes are accepted, and give an estimate."""
    validate(replace(TYPICAL, nodes=nodes))
    result = predict(replace(TYPICAL, nodes=nodes))
    assert len(result.surgery_only.os) == YEARS
    assert all(0 <= v <= 100 for v in result.surgery_only.os)


@pytest.mark.parametrize("setting", [None, "early", "adjuvant"])
def test_non_metastatic_settings_accepted(setting: str | None) -> None:
    """Only the metastatic setting is refused; any other changes nothing in the estimate."""
    assert predict(TYPICAL, setting=setting) == predict(TYPICAL)


REFUSALS: list[tuple[dict[str, object], str, str]] = [
    ({"age": 24.99}, "prognosis.age", "between 25 and 85"),
    ({"age": 85.01}, "prognosis.age", "between 25 and 85"),
    ({"age": float("nan")}, "prognosis.age", "finite"),
    ({"age": float("inf")}, "prognosis.age", "finite"),
    ({"age": True}, "prognosis.age", "must be a number"),
    ({"age": "50"}, "prognosis.age", "must be a number"),
    ({"size_mm": 0}, "prognosis.size_mm", "greater than 0"),
    ({"size_mm": -1.0}, "prognosis.size_mm", "greater than 0"),
    ({"size_mm": 500.01}, "prognosis.size_mm", "500"),
    ({"size_mm": float("nan")}, "prognosis.size_mm", "finite"),
    ({"size_mm": float("-inf")}, "prognosis.size_mm", "finite"),
    ({"size_mm": False}, "prognosis.size_mm", "must be a number"),
    ({"nodes": -1}, "prognosis.nodes", "0 or more"),
    ({"nodes": 101}, "prognosis.nodes", "100"),
    ({"nodes": 2.0}, "prognosis.nodes", "whole number"),
    ({"nodes": float("nan")}, "prognosis.nodes", "whole number"),
    ({"nodes": True}, "prognosis.nodes", "whole number"),
    ({"grade": 4}, "prognosis.grade", "1, 2, 3"),
    ({"grade": 0}, "prognosis.grade", "1, 2, 3"),
    ({"grade": 2.0}, "prognosis.grade", "1, 2, 3"),
    ({"grade": True}, "prognosis.grade", "1, 2, 3"),
    ({"detection": "mammogram"}, "prognosis.detection", "screen, symptoms, unknown"),
    ({"er_positive": None}, "er", "unknown"),
    ({"er_positive": 1}, "er", "positive or negative"),
    ({"her2": "equivocal"}, "prognosis.her2", "positive, negative, unknown"),
    ({"her2": None}, "prognosis.her2", "positive, negative, unknown"),
    ({"ki67": "high"}, "prognosis.ki67", "positive, negative, unknown"),
]


@pytest.mark.parametrize(("changes", "field", "reason_part"), REFUSALS)
def test_refusals(changes: dict[str, object], field: str, reason_part: str) -> None:
    """Invalid inputs are refused by every entry point, naming the field."""
    case = replace(TYPICAL, **changes)  # type: ignore[arg-type]
    for call in (
        lambda: validate(case),
        lambda: predict(case),
        lambda: all_combinations(case),
        lambda: cumulative_mortality(case, Treatments(), DEFAULT_MODEL),
    ):
        with pytest.raises(InputError) as caught:
            call()
        assert caught.value.field == field
        assert reason_part in caught.value.reason
        assert str(caught.value) == f"{field}: {caught.value.reason}"


def test_er_unknown_refused_even_when_ki67_would_not_matter() -> None:
    """ER status is required: the model has no ER-unknown form."""
    with pytest.raises(InputError, match=r"^er: must be known"):
        predict(replace(TYPICAL, er_positive=None, ki67="unknown"))


def test_metastatic_refused() -> None:
    """PREDICT is not for metastatic disease, whatever the other inputs."""
    with pytest.raises(InputError) as caught:
        predict(TYPICAL, setting="metastatic")
    assert caught.value.field == "context.setting"
    assert caught.value.reason == (
        "PREDICT is for early invasive breast cancer after surgery, not metastatic disease"
    )
    with pytest.raises(InputError):
        validate(replace(TYPICAL, age=200), "metastatic")


def test_setting_must_be_text() -> None:
    """A non-text setting is a data error, not silently accepted."""
    with pytest.raises(InputError, match=r"^context\.setting: must be text$"):
        validate(TYPICAL, 3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("treatments", "field"),
    [
        (Treatments(chemo="first_gen"), "treatments.chemo"),
        (Treatments(endocrine="2y"), "treatments.endocrine"),
        (Treatments(trastuzumab="yes"), "treatments.trastuzumab"),  # type: ignore[arg-type]
        (Treatments(bisphosphonates=1), "treatments.bisphosphonates"),  # type: ignore[arg-type]
    ],
)
def test_unknown_treatment_options_refused(treatments: Treatments, field: str) -> None:
    """Unknown treatment options are refused rather than ignored."""
    with pytest.raises(InputError) as caught:
        predict(TYPICAL, treatments)
    assert caught.value.field == field
    with pytest.raises(InputError):
        cumulative_mortality(TYPICAL, treatments, DEFAULT_MODEL)


@pytest.mark.parametrize("model", ["v2.0", "v3.0", "", "V2.2"])
def test_unknown_model_refused(model: str) -> None:
    """Only v2.1 and v2.2 are implemented."""
    for call in (
        lambda: predict(TYPICAL, model=model),
        lambda: all_combinations(TYPICAL, model),
        lambda: cumulative_mortality(TYPICAL, Treatments(), model),
    ):
        with pytest.raises(InputError, match=r"^prognosis\.model: must be one of"):
            call()


# ---------------------------------------------------------------------------
# Properties over the valid input space
# ---------------------------------------------------------------------------

valid_inputs = st.builds(
    PrognosisInputs,
    age=st.one_of(st.integers(25, 85), st.floats(25, 85)),
    size_mm=st.one_of(st.integers(1, 500), st.floats(0, 500, exclude_min=True)),
    nodes=st.integers(0, 100),
    grade=st.sampled_from([1, 2, 3, None]),
    detection=st.sampled_from(["screen", "symptoms", "unknown"]),
    er_positive=st.booleans(),
    her2=st.sampled_from(STATUSES),
    ki67=st.sampled_from(STATUSES),
)
any_treatments = st.builds(
    Treatments,
    chemo=st.sampled_from(CHEMOS),
    endocrine=st.sampled_from(ENDOCRINES),
    trastuzumab=st.booleans(),
    bisphosphonates=st.booleans(),
)
models = st.sampled_from(MODELS)


def check_curve(curve: Curve) -> None:
    """OS falls over time within [0, 100]; deaths add up to 100 - OS."""
    assert len(curve.os) == len(curve.breast_deaths) == len(curve.other_deaths) == 15
    assert all(0.0 <= v <= 100.0 for v in curve.os)
    assert all(b <= a for a, b in zip(curve.os, curve.os[1:], strict=False))
    for series in (curve.breast_deaths, curve.other_deaths):
        assert all(v >= 0.0 for v in series)
        assert all(b >= a for a, b in itertools.pairwise(series))
    for os, breast, other in zip(curve.os, curve.breast_deaths, curve.other_deaths, strict=True):
        assert abs(breast + other - (100.0 - os)) <= 1e-9


@settings(deadline=None)
@given(valid_inputs, any_treatments, models)
def test_valid_input_never_raises_and_curves_are_sane(
    inputs: PrognosisInputs, treatments: Treatments, model: str
) -> None:
    """Any valid input gives well-formed curves for every model and treatment."""
    result = predict(inputs, treatments, model)
    check_curve(result.surgery_only)
    check_curve(result.with_treatment)
    assert len(result.total_benefit) == YEARS
    for year in range(YEARS):
        steps = sum(b.added_os[year] for b in result.benefits)
        assert abs(steps - result.total_benefit[year]) <= 1e-9
    applied = {b.treatment for b in result.benefits}
    noted = {n.treatment for n in result.not_applied}
    assert not applied & noted


@settings(deadline=None, max_examples=40)
@given(valid_inputs, models)
def test_all_combinations_curves_are_sane(inputs: PrognosisInputs, model: str) -> None:
    """Every combination's curve obeys the same invariants."""
    for curve in all_combinations(inputs, model).values():
        check_curve(curve)


def join(a: Treatments, b: Treatments) -> Treatments:
    """The treatment set containing everything in a and in b (strongest option)."""
    return Treatments(
        chemo=CHEMOS[max(CHEMOS.index(a.chemo), CHEMOS.index(b.chemo))],
        endocrine=ENDOCRINES[max(ENDOCRINES.index(a.endocrine), ENDOCRINES.index(b.endocrine))],
        trastuzumab=a.trastuzumab or b.trastuzumab,
        bisphosphonates=a.bisphosphonates or b.bisphosphonates,
    )


@settings(deadline=None)
@given(valid_inputs, any_treatments, any_treatments, models)
def test_adding_treatment_never_lowers_survival(
    inputs: PrognosisInputs, base: Treatments, extra: Treatments, model: str
) -> None:
    """More (or stronger) treatment never lowers OS at any year.

    Every log HR is negative, third-generation chemotherapy is stronger than
    second, and 10 years of endocrine therapy add a negative log HR to 5, so a
    larger set has a smaller breast hazard every year. The 1e-12 slack only
    allows for rounding in exp().
    """
    less = predict(inputs, base, model).with_treatment.os
    more = predict(inputs, join(base, extra), model).with_treatment.os
    assert all(m >= s - 1e-12 for s, m in zip(less, more, strict=True))


risk_raising = st.sampled_from(["nodes", "size", "grade"])


def riskier(inputs: PrognosisInputs, how: str, data: st.DataObject) -> PrognosisInputs:
    """The same patient with more nodes, a larger tumour or a higher grade."""
    if how == "nodes":
        return replace(inputs, nodes=data.draw(st.integers(inputs.nodes, 100)))
    if how == "size":
        return replace(inputs, size_mm=data.draw(st.floats(inputs.size_mm, 500)))
    grade = 1 if inputs.grade is None else inputs.grade
    return replace(inputs, grade=data.draw(st.integers(grade, 3)))


@settings(deadline=None)
@given(valid_inputs, any_treatments, models, risk_raising, st.data())
def test_benefit_grows_with_risk_while_breast_hazard_is_moderate(
    inputs: PrognosisInputs,
    treatments: Treatments,
    model: str,
    how: str,
    data: st.DataObject,
) -> None:
    """More nodes, a larger size or a higher grade give at least the same benefit.

    Why this holds: nodes, size and grade only raise PI (all their
    coefficients are positive), and the other-cause survival S_oth does not
    change. At year t the benefit is 100*S_oth*(exp(-A*x) - exp(-B*x)) with
    x = exp(PI), B = H_br(t) (surgery only) and A <= B (treated). Its
    derivative in x is B*exp(-B*x) - A*exp(-A*x), and y*exp(-y*x) increases
    in y while y*x <= 1, so the benefit grows with x as long as the
    surgery-only cumulative breast hazard B*x stays <= 1 (breast-cancer
    survival >= 37 %). Beyond that the absolute benefit can fall again,
    because most such patients die whatever the treatment, so the property
    is only claimed in that range.
    """
    if inputs.grade is None:
        inputs = replace(inputs, grade=1)
    higher = riskier(inputs, how, data)
    assume(
        math.exp(prognostic_index(higher)) * baseline_breast_cumhaz(10, bool(higher.er_positive))
        <= 1.0
    )
    low = predict(inputs, treatments, model).total_benefit[9]
    high = predict(higher, treatments, model).total_benefit[9]
    assert high >= low - 1e-9


@settings(deadline=None)
@given(valid_inputs, any_treatments, models, risk_raising, st.data())
def test_relative_survival_gain_grows_with_risk(
    inputs: PrognosisInputs,
    treatments: Treatments,
    model: str,
    how: str,
    data: st.DataObject,
) -> None:
    """OS with treatment / OS after surgery only never falls as risk rises.

    Why: the ratio is S_br(treated)/S_br(surgery) = exp(exp(PI) * sum of
    h_br(k)*(1 - exp(RX(k)))); each bracket is >= 0, so it rises with PI,
    which more nodes, larger size and higher grade all raise.
    """
    if inputs.grade is None:
        inputs = replace(inputs, grade=1)
    higher = riskier(inputs, how, data)

    def ratio(case: PrognosisInputs) -> float:
        result = predict(case, treatments, model)
        return result.with_treatment.os[9] / result.surgery_only.os[9]

    low, high = ratio(inputs), ratio(higher)
    assume(math.isfinite(low) and math.isfinite(high))  # OS can underflow to 0 at the extremes
    assert high >= low * (1 - 1e-9)


@settings(deadline=None)
@given(valid_inputs, any_treatments)
def test_models_agree_except_10y_endocrine(inputs: PrognosisInputs, treatments: Treatments) -> None:
    """v2.1 and v2.2 differ only with applicable 10-year endocrine, years 11-15."""
    v21 = predict(inputs, treatments, "v2.1")
    v22 = predict(inputs, treatments, "v2.2")
    assert v21.surgery_only == v22.surgery_only
    if treatments.endocrine == "10y" and inputs.er_positive:
        assert v21.with_treatment.os[:10] == v22.with_treatment.os[:10]
        assert all(
            a >= b
            for a, b in zip(v21.with_treatment.os[10:], v22.with_treatment.os[10:], strict=True)
        )
    else:
        assert v21.with_treatment == v22.with_treatment


@settings(deadline=None)
@given(valid_inputs, any_treatments, models, st.sampled_from(STATUSES))
def test_ki67_ignored_when_er_negative(
    inputs: PrognosisInputs, treatments: Treatments, model: str, ki67: str
) -> None:
    """Ki-67 enters PI only for ER-positive cancer."""
    er_neg = replace(inputs, er_positive=False)
    a = predict(er_neg, treatments, model)
    b = predict(replace(er_neg, ki67=ki67), treatments, model)
    assert a == b


# ---------------------------------------------------------------------------
# The split of deaths, against the official code
# ---------------------------------------------------------------------------

#: Cumulative deaths from breast cancer and from other causes (%), and OS, from the
#: official v2.2 R function (Winton Centre, github.com/gmp26/v22, R/v22_model.R: the
#: canonical script of P. Pharoah): its ``pred.cum.br.rx``, ``pred.cum.oth.rx`` and
#: ``s.cum.all.rx``, times 100, run in R 4.2.2 with radiotherapy off (2026-12-03). The
#: same run reproduces the worked example's benefits in predict.md to 7 decimals.
#: Rows: case, treatments, year, OS, breast-cancer deaths, other deaths.
R_REFERENCE = [
    ("worked", "surgery", 1, 99.7640246341, 0.1898688660, 0.0461064999),
    ("worked", "surgery", 5, 96.3666621875, 3.2431364741, 0.3902013384),
    ("worked", "surgery", 10, 90.6136240128, 8.2832668210, 1.1031091662),
    ("worked", "surgery", 15, 84.8423547649, 13.0390113928, 2.1186338423),
    ("worked", "treated", 1, 99.9063846176, 0.0475025600, 0.0461128223),
    ("worked", "treated", 5, 98.7880544724, 0.8214463858, 0.3904991418),
    ("worked", "treated", 10, 96.7493912310, 2.1443736271, 1.1062351419),
    ("worked", "treated", 15, 94.4115878817, 3.4547395054, 2.1336726129),
    ("er_negative", "surgery", 1, 93.6708470893, 5.9628189721, 0.3663339386),
    ("er_negative", "surgery", 5, 50.4552433686, 46.5898755037, 2.9548811277),
    ("er_negative", "surgery", 10, 36.6389833756, 56.1985996356, 7.1624169887),
    ("er_negative", "surgery", 15, 30.1116131238, 58.5890946469, 11.2992922293),
    ("er_negative", "treated", 1, 94.9489021514, 4.6847441139, 0.3663537347),
    ("er_negative", "treated", 5, 58.2335236625, 38.8048261925, 2.9616501450),
    ("er_negative", "treated", 10, 44.7902234305, 47.9087242884, 7.3010522811),
    ("er_negative", "treated", 15, 37.7187625550, 50.4309653503, 11.8502720947),
    ("older", "surgery", 1, 97.2211875082, 0.2156813625, 2.5631311293),
    ("older", "surgery", 5, 77.1924641408, 3.5686836406, 19.2388522186),
    ("older", "surgery", 10, 48.1149906887, 8.6854067302, 43.1996025811),
    ("older", "surgery", 15, 24.7444365641, 13.0334194694, 62.2221439664),
    ("older", "treated", 1, 97.3142353449, 0.1204726809, 2.5652919743),
    ("older", "treated", 5, 78.4883500833, 2.0350178869, 19.4766320298),
    ("older", "treated", 10, 50.2770301834, 5.1193885449, 44.6035812717),
    ("older", "treated", 15, 26.5836138992, 7.9402748095, 65.4761112912),
]
R_CASES = {
    # R: v22(25, screen 1, 2 mm, grade 1, 2 nodes, er 1, her2 1, ki67 1; generation 3,
    # horm 1, traz 1, bis 1): the worked example.
    "worked": (EXAMPLE, HCTB_5Y),
    # R: (60, 0, 30, 3, 4, er 0, her2 0, ki67 9; generation 2, horm 0, traz 0, bis 0).
    "er_negative": (
        PrognosisInputs(60, 30, 4, 3, "symptoms", False, "negative", "unknown"),
        Treatments(chemo="second_gen"),
    ),
    # R: (80, 0, 15, 2, 0, er 1, her2 9, ki67 0; generation 0, horm 1, traz 0, bis 1):
    # other causes outweigh breast cancer.
    "older": (
        PrognosisInputs(80, 15, 0, 2, "symptoms", True, "unknown", "negative"),
        Treatments(endocrine="5y", bisphosphonates=True),
    ),
}


@pytest.mark.parametrize(
    ("case", "arm", "year", "os", "breast", "other"),
    R_REFERENCE,
    ids=[f"{c}-{a}-y{y}" for c, a, y, *_ in R_REFERENCE],
)
def test_split_of_deaths_matches_the_official_r_code(
    case: str, arm: str, year: int, os: float, breast: float, other: float
) -> None:
    """Breast-cancer and other-cause deaths each, not only their sum (100 - OS)."""
    inputs, treatments = R_CASES[case]
    result = predict(inputs, treatments, model="v2.2")
    curve = result.surgery_only if arm == "surgery" else result.with_treatment
    assert curve.os[year - 1] == pytest.approx(os, rel=1e-9, abs=1e-9)
    assert curve.breast_deaths[year - 1] == pytest.approx(breast, rel=1e-8, abs=1e-9)
    assert curve.other_deaths[year - 1] == pytest.approx(other, rel=1e-8, abs=1e-9)
