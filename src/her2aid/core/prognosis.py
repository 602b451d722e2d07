"""PREDICT Breast v2.1 / v2.2: survival after surgery, with and without treatment.

PREDICT is the NHS prognostic model for early invasive breast cancer after
surgery. This module implements it from the published equations in
``shared/reference/predict.md`` (no third-party code was used). It is pure
Python (stdlib only, no Qt) so the window, the CLI and the tests share it.

The model has two competing risks over years 1..15:

* breast-cancer death: a baseline cumulative hazard (ER-specific) scaled by
  ``exp(PI + RX(t))``, where PI is the prognostic index and RX(t) the sum of
  the treatments' log hazard ratios;
* death from other causes: a baseline cumulative hazard scaled by ``exp(MI)``,
  where MI depends only on age.

Results are population estimates for women with the same characteristics,
not a personal certainty; other illnesses are not taken into account.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from her2aid.core.errors import InputError
from her2aid.core.language import N_

__all__ = [
    "DEFAULT_MODEL",
    "MODELS",
    "YEARS",
    "Curve",
    "PrognosisInputs",
    "PrognosisResult",
    "StepBenefit",
    "TreatmentNote",
    "Treatments",
    "all_combinations",
    "baseline_breast_cumhaz",
    "baseline_other_cumhaz",
    "cumulative_mortality",
    "mortality_index",
    "predict",
    "prognostic_index",
    "validate",
]

MODELS: tuple[str, ...] = ("v2.1", "v2.2")
DEFAULT_MODEL = "v2.2"
YEARS = 15

# ---------------------------------------------------------------------------
# Model coefficients. Every number below is copied from predict.md (the
# section is named on each line); none is derived or tuned here. A clinician
# reviewing the model should only need to compare this block with that page.
# ---------------------------------------------------------------------------

# "Inputs": codes for unknown values.
GRADE_UNKNOWN = 2.13  # unknown grade in the ER-positive PI
DETECTION_CODE: dict[str, float] = {
    "screen": 1.0,  # screen-detected
    "symptoms": 0.0,  # symptomatic (clinical)
    "unknown": 0.204,
}

# "Prognostic index for breast-cancer mortality (PI)", ER positive.
ERP_AGE_1 = 34.53642  # x ((a/10)^-2 - 0.0287449295)
ERP_AGE_1_CENTRE = 0.0287449295
ERP_AGE_2 = -34.20342  # x ((a/10)^-2 * ln(a/10) - 0.0510121013)
ERP_AGE_2_CENTRE = 0.0510121013
ERP_SIZE = 0.7530729  # x (ln(s/100) + 1.545233938)
ERP_SIZE_CENTRE = 1.545233938
ERP_NODES = 0.7060723  # x (ln((n+1)/10) + 1.387566896)
ERP_NODES_CENTRE = 1.387566896
ERP_GRADE = 0.746655  # x g
ERP_SCREEN = -0.22763366  # x d

# "Prognostic index for breast-cancer mortality (PI)", ER negative.
ERN_AGE = 0.0089827  # x (a - 56.3254902)
ERN_AGE_CENTRE = 56.3254902
ERN_SIZE = 2.093446  # x (sqrt(s/100) - 0.5090456276)
ERN_SIZE_CENTRE = 0.5090456276
ERN_NODES = 0.6260541  # x (ln((n+1)/10) + 1.086916249)
ERN_NODES_CENTRE = 1.086916249
ERN_GRADE = 1.129091  # x G, G = 1 for grade 2 or 3, else 0 (unknown -> 0)

# "Prognostic index for breast-cancer mortality (PI)": HER2 (both ER groups)
# and Ki-67 (ER positive only).
BETA_HER2: dict[str, float] = {
    "positive": 0.2413,
    "negative": -0.0762,
    "unknown": 0.0,
}
BETA_KI67: dict[str, float] = {
    "positive": 0.14904,
    "negative": -0.11333,
    "unknown": 0.0,
}

# "Other-cause mortality index": MI = 0.0698252 * ((a/10)^2 - 34.23391957).
MI_AGE = 0.0698252
MI_AGE_CENTRE = 34.23391957

# "Baseline cumulative hazards, t = 1 ... 15 years".
# H_oth(t) = exp(-6.052919 + 1.079863 ln t + 0.3255321 sqrt t)
OTH_CONST, OTH_LOG_T, OTH_SQRT_T = -6.052919, 1.079863, 0.3255321
# H_br(t), ER+ = exp(0.7424402 - 7.527762/sqrt t - 1.812513 ln t / sqrt t)
BR_ERP_CONST, BR_ERP_INV_SQRT_T, BR_ERP_LOG_T_SQRT_T = 0.7424402, -7.527762, -1.812513
# H_br(t), ER- = exp(-1.156036 + 0.4707332/t^2 - 3.51355/t)
BR_ERN_CONST, BR_ERN_INV_T2, BR_ERN_INV_T = -1.156036, 0.4707332, -3.51355

# "Treatment effects (log hazard ratios on breast-cancer mortality)".
LOG_HR_CHEMO: dict[str, float] = {
    "none": 0.0,
    "second_gen": -0.248,  # 2nd generation
    "third_gen": -0.446,  # 3rd generation
}
LOG_HR_ENDOCRINE = -0.3857  # ER+ only, years 1-15 (5 or 10 years of therapy)
# Extra effect of 10 instead of 5 years of endocrine therapy, years 11-15 only.
LOG_HR_ENDOCRINE_10Y_EXTRA: dict[str, float] = {"v2.1": -0.342, "v2.2": -0.26}
ENDOCRINE_10Y_EXTRA_FROM_YEAR = 11
LOG_HR_TRASTUZUMAB = -0.3567  # HER2+ only
LOG_HR_BISPHOSPHONATES = -0.198

# ---------------------------------------------------------------------------
# Input plausibility limits. These are NOT model facts: they only stop absurd
# numbers (typing slips) from producing a confident-looking result. The
# model's own validated range is the age range below.
# ---------------------------------------------------------------------------
AGE_MIN, AGE_MAX = 25.0, 85.0  # "Inputs": the official tool accepts 25-85
SIZE_MAX_MM = 500.0  # plausibility limit, not a model fact
NODES_MAX = 100  # plausibility limit, not a model fact

CHEMO_OPTIONS = ("none", "second_gen", "third_gen")
ENDOCRINE_OPTIONS = ("none", "5y", "10y")
STATUS_OPTIONS = ("positive", "negative", "unknown")
METASTATIC_REASON = N_(
    "PREDICT is for early invasive breast cancer after surgery, not metastatic disease"
)
ENDOCRINE_NOT_APPLIED = N_("endocrine therapy applies only to ER-positive cancer")
TRASTUZUMAB_NOT_APPLIED = N_("trastuzumab applies only to HER2-positive cancer")

_CHEMO_LABELS = {
    "second_gen": "Chemotherapy, second generation",
    "third_gen": "Chemotherapy, third generation",
}
_ENDOCRINE_LABELS = {
    "5y": "Hormone (endocrine) therapy, 5 years",
    "10y": "Hormone (endocrine) therapy, 10 years",
}


@dataclass(frozen=True)
class PrognosisInputs:
    """The tumour and patient facts PREDICT needs, as entered by the user."""

    age: float
    size_mm: float
    nodes: int
    grade: int | None
    detection: str
    er_positive: bool | None
    her2: str
    ki67: str


@dataclass(frozen=True)
class Treatments:
    """A set of adjuvant treatments to estimate the benefit of."""

    chemo: str = "none"
    endocrine: str = "none"
    trastuzumab: bool = False
    bisphosphonates: bool = False


@dataclass(frozen=True)
class TreatmentNote:
    """A chosen treatment that does not apply, so it was left out."""

    treatment: str
    reason: str


@dataclass(frozen=True)
class StepBenefit:
    """The added survival of one treatment on top of the ones before it."""

    treatment: str
    label: str
    added_os: tuple[float, ...]


@dataclass(frozen=True)
class Curve:
    """Outcomes over years 1..15, in percent, for one treatment set."""

    os: tuple[float, ...]
    breast_deaths: tuple[float, ...]
    other_deaths: tuple[float, ...]


@dataclass(frozen=True)
class PrognosisResult:
    """Everything the window shows for one patient and one treatment choice."""

    model: str
    years: tuple[int, ...]
    surgery_only: Curve
    with_treatment: Curve
    benefits: tuple[StepBenefit, ...]
    total_benefit: tuple[float, ...]
    not_applied: tuple[TreatmentNote, ...]


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------


def _number(value: object, field: str) -> float:
    """Return a finite real number, refusing bools, text and NaN/inf.

    ``bool`` is an ``int`` in Python, so ``True`` would silently become 1.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(field, N_("must be a number"))
    number = float(value)
    if not math.isfinite(number):
        raise InputError(field, N_("must be a finite number"))
    return number


def _choice(value: object, options: tuple[str, ...], field: str) -> None:
    """Refuse a value that is not one of the known option strings."""
    if not isinstance(value, str) or value not in options:
        raise InputError(field, "must be one of: " + ", ".join(options))


def validate(inputs: PrognosisInputs, setting: str | None = None) -> None:
    """Refuse inputs PREDICT cannot be used for, naming the field and the limit.

    Args:
        inputs: The patient and tumour facts.
        setting: The clinical setting from the case context, if known.

    Raises:
        InputError: For the first input that is out of range or unknown.
    """
    if setting is not None and not isinstance(setting, str):
        raise InputError("context.setting", "must be text")
    if setting == "metastatic":
        raise InputError("context.setting", METASTATIC_REASON)

    age = _number(inputs.age, "prognosis.age")
    if not AGE_MIN <= age <= AGE_MAX:
        raise InputError(
            "prognosis.age", N_("must be between 25 and 85 years, the ages PREDICT accepts")
        )

    size = _number(inputs.size_mm, "prognosis.size_mm")
    if size <= 0:
        raise InputError("prognosis.size_mm", N_("must be greater than 0 mm"))
    if size > SIZE_MAX_MM:
        raise InputError(
            "prognosis.size_mm", N_("must be at most 500 mm (limit for a plausible size)")
        )

    nodes = inputs.nodes
    if isinstance(nodes, bool) or not isinstance(nodes, int):
        raise InputError("prognosis.nodes", N_("must be a whole number of nodes"))
    if nodes < 0:
        raise InputError("prognosis.nodes", N_("must be 0 or more"))
    if nodes > NODES_MAX:
        raise InputError(
            "prognosis.nodes", N_("must be at most 100 (limit for a plausible node count)")
        )

    grade = inputs.grade
    if grade is not None and (
        isinstance(grade, bool) or not isinstance(grade, int) or grade not in (1, 2, 3)
    ):
        raise InputError("prognosis.grade", N_("must be 1, 2, 3 or unknown"))

    _choice(inputs.detection, tuple(DETECTION_CODE), "prognosis.detection")

    if inputs.er_positive is None:
        raise InputError(
            "er",
            "must be known (positive or negative); PREDICT cannot be used "
            "when ER status is unknown",
        )
    if not isinstance(inputs.er_positive, bool):
        raise InputError("er", "must be positive or negative")

    _choice(inputs.her2, STATUS_OPTIONS, "prognosis.her2")
    _choice(inputs.ki67, STATUS_OPTIONS, "prognosis.ki67")


def _validate_model(model: str) -> None:
    """Refuse a model version this module does not implement."""
    _choice(model, MODELS, "prognosis.model")


def _validate_treatments(treatments: Treatments) -> None:
    """Refuse unknown treatment options (a programming or data error)."""
    _choice(treatments.chemo, CHEMO_OPTIONS, "treatments.chemo")
    _choice(treatments.endocrine, ENDOCRINE_OPTIONS, "treatments.endocrine")
    if not isinstance(treatments.trastuzumab, bool):
        raise InputError("treatments.trastuzumab", "must be yes or no")
    if not isinstance(treatments.bisphosphonates, bool):
        raise InputError("treatments.bisphosphonates", "must be yes or no")


def _applicable(
    inputs: PrognosisInputs, treatments: Treatments
) -> tuple[Treatments, tuple[TreatmentNote, ...]]:
    """Drop treatments that cannot work for this tumour, saying why.

    Endocrine therapy needs ER-positive cancer and trastuzumab needs
    HER2-positive cancer; the model has no effect for them otherwise.
    """
    notes: list[TreatmentNote] = []
    if treatments.endocrine != "none" and not inputs.er_positive:
        notes.append(TreatmentNote("endocrine", ENDOCRINE_NOT_APPLIED))
        treatments = replace(treatments, endocrine="none")
    if treatments.trastuzumab and inputs.her2 != "positive":
        notes.append(TreatmentNote("trastuzumab", TRASTUZUMAB_NOT_APPLIED))
        treatments = replace(treatments, trastuzumab=False)
    return treatments, tuple(notes)


# ---------------------------------------------------------------------------
# The model's equations
# ---------------------------------------------------------------------------


_LN_100 = math.log(100.0)


def prognostic_index(inputs: PrognosisInputs) -> float:
    """Breast-cancer prognostic index PI ("Prognostic index ..." in predict.md).

    Expects validated inputs (see ``validate``).
    """
    her2 = BETA_HER2[inputs.her2]
    if inputs.er_positive:
        a10 = inputs.age / 10.0
        grade = GRADE_UNKNOWN if inputs.grade is None else float(inputs.grade)
        return (
            ERP_AGE_1 * (a10**-2 - ERP_AGE_1_CENTRE)
            + ERP_AGE_2 * (a10**-2 * math.log(a10) - ERP_AGE_2_CENTRE)
            # ln(s/100) written as ln s - ln 100 so a tiny size cannot underflow to 0.
            + ERP_SIZE * (math.log(inputs.size_mm) - _LN_100 + ERP_SIZE_CENTRE)
            + ERP_NODES * (math.log((inputs.nodes + 1) / 10.0) + ERP_NODES_CENTRE)
            + ERP_GRADE * grade
            + ERP_SCREEN * DETECTION_CODE[inputs.detection]
            + her2
            + BETA_KI67[inputs.ki67]
        )
    # ER negative: no detection or Ki-67 term; an unknown grade gives G = 0.
    high_grade = 1.0 if inputs.grade in (2, 3) else 0.0
    return (
        ERN_AGE * (inputs.age - ERN_AGE_CENTRE)
        + ERN_SIZE * (math.sqrt(inputs.size_mm / 100.0) - ERN_SIZE_CENTRE)
        + ERN_NODES * (math.log((inputs.nodes + 1) / 10.0) + ERN_NODES_CENTRE)
        + ERN_GRADE * high_grade
        + her2
    )


def mortality_index(age: float) -> float:
    """Other-cause mortality index MI; it depends on age only."""
    return MI_AGE * ((age / 10.0) ** 2 - MI_AGE_CENTRE)


def baseline_other_cumhaz(t: float) -> float:
    """Baseline cumulative hazard of death from other causes at year t > 0."""
    return math.exp(OTH_CONST + OTH_LOG_T * math.log(t) + OTH_SQRT_T * math.sqrt(t))


def baseline_breast_cumhaz(t: float, er_positive: bool) -> float:
    """Baseline cumulative hazard of breast-cancer death at year t > 0."""
    if er_positive:
        root = math.sqrt(t)
        return math.exp(
            BR_ERP_CONST + BR_ERP_INV_SQRT_T / root + BR_ERP_LOG_T_SQRT_T * math.log(t) / root
        )
    return math.exp(BR_ERN_CONST + BR_ERN_INV_T2 / t**2 + BR_ERN_INV_T / t)


def _annual(cumulative: tuple[float, ...]) -> tuple[float, ...]:
    """Yearly increments of a cumulative series that starts from 0 at t = 0."""
    previous = (0.0, *cumulative[:-1])
    return tuple(b - a for a, b in zip(previous, cumulative, strict=True))


# The baselines depend only on t (and ER status), so they are computed once.
_YEAR_RANGE = tuple(range(1, YEARS + 1))
_H_OTH = tuple(baseline_other_cumhaz(t) for t in _YEAR_RANGE)
_H_BR_ANNUAL = {
    er: _annual(tuple(baseline_breast_cumhaz(t, er) for t in _YEAR_RANGE)) for er in (True, False)
}


@dataclass(frozen=True)
class _Patient:
    """Per-patient quantities shared by every treatment set (computed once)."""

    breast_annual: tuple[float, ...]  # h_br(k) * exp(PI), k = 1..15
    s_oth: tuple[float, ...]  # S_oth(t), t = 1..15


def _patient(inputs: PrognosisInputs) -> _Patient:
    """Precompute the surgery-only breast hazards and other-cause survival."""
    risk = math.exp(prognostic_index(inputs))
    other = math.exp(mortality_index(inputs.age))
    return _Patient(
        breast_annual=tuple(h * risk for h in _H_BR_ANNUAL[bool(inputs.er_positive)]),
        s_oth=tuple(math.exp(-other * h) for h in _H_OTH),
    )


def _log_hrs(treatments: Treatments, model: str) -> tuple[float, float]:
    """RX(t) for years 1-10 and for years 11-15 (it only changes at year 11).

    Expects treatments already reduced to the applicable ones.
    """
    early = LOG_HR_CHEMO[treatments.chemo]
    if treatments.endocrine != "none":
        early += LOG_HR_ENDOCRINE
    if treatments.trastuzumab:
        early += LOG_HR_TRASTUZUMAB
    if treatments.bisphosphonates:
        early += LOG_HR_BISPHOSPHONATES
    late = early
    if treatments.endocrine == "10y":
        late += LOG_HR_ENDOCRINE_10Y_EXTRA[model]
    return early, late


def _survival(
    patient: _Patient, treatments: Treatments, model: str
) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Breast-cancer survival S_br(t) and all-cause mortality D(t), t = 1..15."""
    early, late = _log_hrs(treatments, model)
    hr_early, hr_late = math.exp(early), math.exp(late)
    s_br: list[float] = []
    d: list[float] = []
    m_br = 0.0
    for year, (h, s_oth) in enumerate(
        zip(patient.breast_annual, patient.s_oth, strict=True), start=1
    ):
        m_br += h * (hr_late if year >= ENDOCRINE_10Y_EXTRA_FROM_YEAR else hr_early)
        survival = math.exp(-m_br)
        s_br.append(survival)
        d.append(1.0 - s_oth * survival)
    return tuple(s_br), tuple(d)


def _curve(patient: _Patient, s_br: tuple[float, ...], d: tuple[float, ...]) -> Curve:
    """Turn survival into OS and the split of deaths ("Split of deaths")."""
    breast: list[float] = []
    other: list[float] = []
    cum_breast = cum_other = 0.0
    prev_br = prev_oth = 1.0
    prev_d = 0.0
    for s_b, s_o, d_t in zip(s_br, patient.s_oth, d, strict=True):
        m_br, m_oth, m_all = prev_br - s_b, prev_oth - s_o, d_t - prev_d
        # m_oth > 0 every year: H_oth is strictly increasing and exp(MI) > 0,
        # so the share below never divides by zero.
        breast_share = m_all * m_br / (m_br + m_oth)
        cum_breast += breast_share
        cum_other += m_all - breast_share
        breast.append(100.0 * cum_breast)
        other.append(100.0 * cum_other)
        prev_br, prev_oth, prev_d = s_b, s_o, d_t
    # OS = 100*(1 - D) = 100*S_oth*S_br; the product keeps full precision
    # when survival is very small, where 1 - D would cancel.
    return Curve(
        os=tuple(100.0 * s_o * s_b for s_o, s_b in zip(patient.s_oth, s_br, strict=True)),
        breast_deaths=tuple(breast),
        other_deaths=tuple(other),
    )


def _curve_for(patient: _Patient, treatments: Treatments, model: str) -> Curve:
    """The full curve for one (applicable) treatment set."""
    s_br, d = _survival(patient, treatments, model)
    return _curve(patient, s_br, d)


def _checked(
    inputs: PrognosisInputs,
    treatments: Treatments,
    model: str,
    setting: str | None = None,
) -> None:
    """Validate everything a calculation depends on."""
    validate(inputs, setting)
    _validate_model(model)
    _validate_treatments(treatments)


def cumulative_mortality(
    inputs: PrognosisInputs, treatments: Treatments, model: str
) -> tuple[float, ...]:
    """Cumulative all-cause mortality D(t) as a fraction, t = 1..15.

    Treatments that do not apply to this tumour are left out, as in
    ``predict``.

    Raises:
        InputError: If an input, treatment option or model is invalid.
    """
    _checked(inputs, treatments, model)
    applied, _ = _applicable(inputs, treatments)
    return _survival(_patient(inputs), applied, model)[1]


def _steps(treatments: Treatments) -> list[tuple[str, str, Treatments]]:
    """Cumulative treatment sets in the fixed order used to show added benefit.

    The order endocrine -> chemo -> trastuzumab -> bisphosphonates matches
    how PREDICT presents incremental benefit.
    """
    steps: list[tuple[str, str, Treatments]] = []
    current = Treatments()
    if treatments.endocrine != "none":
        current = replace(current, endocrine=treatments.endocrine)
        steps.append(("endocrine", _ENDOCRINE_LABELS[treatments.endocrine], current))
    if treatments.chemo != "none":
        current = replace(current, chemo=treatments.chemo)
        steps.append(("chemo", _CHEMO_LABELS[treatments.chemo], current))
    if treatments.trastuzumab:
        current = replace(current, trastuzumab=True)
        steps.append(("trastuzumab", "Trastuzumab", current))
    if treatments.bisphosphonates:
        current = replace(current, bisphosphonates=True)
        steps.append(("bisphosphonates", "Bisphosphonates", current))
    return steps


def _difference(a: tuple[float, ...], b: tuple[float, ...]) -> tuple[float, ...]:
    """Element-wise a - b."""
    return tuple(x - y for x, y in zip(a, b, strict=True))


def predict(
    inputs: PrognosisInputs,
    treatments: Treatments = Treatments(),
    model: str = DEFAULT_MODEL,
    setting: str | None = None,
) -> PrognosisResult:
    """Survival after surgery alone and with the chosen treatments.

    Args:
        inputs: The patient and tumour facts.
        treatments: The adjuvant treatments to estimate; ones that do not
            apply (endocrine for ER-negative, trastuzumab unless HER2-positive)
            are left out and listed in ``not_applied``.
        model: "v2.1" or "v2.2"; they differ only for 10-year endocrine therapy.
        setting: The clinical setting; "metastatic" is refused.

    Returns:
        The surgery-only and treated curves and the benefit of each step.

    Raises:
        InputError: If PREDICT cannot be used for these inputs.
    """
    _checked(inputs, treatments, model, setting)
    applied, notes = _applicable(inputs, treatments)
    patient = _patient(inputs)

    surgery = _curve_for(patient, Treatments(), model)
    previous = surgery
    benefits: list[StepBenefit] = []
    for name, label, step_set in _steps(applied):
        curve = _curve_for(patient, step_set, model)
        benefits.append(StepBenefit(name, label, _difference(curve.os, previous.os)))
        previous = curve

    return PrognosisResult(
        model=model,
        years=_YEAR_RANGE,
        surgery_only=surgery,
        with_treatment=previous,
        benefits=tuple(benefits),
        total_benefit=_difference(previous.os, surgery.os),
        not_applied=notes,
    )


def all_combinations(
    inputs: PrognosisInputs, model: str = DEFAULT_MODEL
) -> dict[Treatments, Curve]:
    """Curves for every treatment combination that applies to this tumour.

    The window uses this to switch treatments instantly without recomputing;
    the surgery-only combination (``Treatments()``) is included.

    Raises:
        InputError: If PREDICT cannot be used for these inputs.
    """
    validate(inputs)
    _validate_model(model)
    patient = _patient(inputs)
    endocrine_options = ENDOCRINE_OPTIONS if inputs.er_positive else ("none",)
    trastuzumab_options = (False, True) if inputs.her2 == "positive" else (False,)
    return {
        combo: _curve_for(patient, combo, model)
        for combo in (
            Treatments(chemo, endocrine, trastuzumab, bisphosphonates)
            for endocrine in endocrine_options
            for chemo in CHEMO_OPTIONS
            for trastuzumab in trastuzumab_options
            for bisphosphonates in (False, True)
        )
    }
