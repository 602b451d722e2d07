"""From a case and its classification to a PREDICT estimate.

PREDICT's receptor inputs are taken from the classification, not asked for
again: ER positive when ER is positive or low positive; HER2 from the final
HER2 status (unknown while it is equivocal); Ki-67 positive when more than
10 % of cells stain (Wishart 2014; threshold in ruleset.toml).
"""

from __future__ import annotations

from dataclasses import replace

from her2aid.core import content as content_module
from her2aid.core.errors import InputError
from her2aid.core.language import N_
from her2aid.core.models import (
    CaseInputs,
    Classification,
    Detection,
    ErStatus,
    Her2Status,
    Menopause,
    Setting,
)
from her2aid.core.prognosis import (
    DEFAULT_MODEL,
    METASTATIC_REASON,
    PrognosisInputs,
    PrognosisResult,
    TreatmentNote,
    Treatments,
    predict,
)

SETTING_NEEDED = N_(
    'not given; PREDICT is for early invasive breast cancer, so set "setting": "early"'
)
NEEDED = N_("needed for a PREDICT estimate")


def prognosis_inputs(
    case: CaseInputs, result: Classification
) -> tuple[PrognosisInputs, Treatments]:
    """PREDICT's inputs for this case; InputError names whatever is missing."""
    if case.context.setting is Setting.METASTATIC:  # before asking for numbers it cannot use
        raise InputError("context.setting", METASTATIC_REASON)
    if case.context.setting is None:
        raise InputError("context.setting", SETTING_NEEDED)
    p = case.prognosis
    if p is None:
        raise InputError(
            "prognosis",
            N_("not given; add age, tumor size and positive nodes for a PREDICT estimate"),
        )
    if p.age is None:
        raise InputError("prognosis.age", NEEDED)
    if p.size_mm is None:
        raise InputError("prognosis.size_mm", NEEDED)
    if p.nodes is None:
        raise InputError("prognosis.nodes", NEEDED)
    er_positive = {
        ErStatus.POSITIVE: True,
        ErStatus.LOW_POSITIVE: True,
        ErStatus.NEGATIVE: False,
        ErStatus.UNKNOWN: None,
    }[result.er]
    her2 = {Her2Status.POSITIVE: "positive", Her2Status.NEGATIVE: "negative"}.get(
        result.her2.status, "unknown"
    )
    ki67 = "unknown"
    if case.ki67_percent is not None:
        cut = content_module.load().ruleset.thresholds.predict_ki67_positive_above
        ki67 = "positive" if case.ki67_percent > cut else "negative"
    inputs = PrognosisInputs(
        age=p.age,
        size_mm=p.size_mm,
        nodes=p.nodes,
        grade=p.grade,
        detection=(p.detection or Detection.UNKNOWN).value,
        er_positive=er_positive,
        her2=her2,
        ki67=ki67,
    )
    t = p.treatments
    treatments = Treatments(
        chemo=t.chemo.value,
        endocrine=t.endocrine.value,
        trastuzumab=t.trastuzumab,
        bisphosphonates=t.bisphosphonates,
    )
    return inputs, treatments


BISPHOSPHONATES_NOT_APPLIED = N_("the bisphosphonate benefit applies to postmenopausal women")


def prognosis_for(
    case: CaseInputs, result: Classification, model: str = DEFAULT_MODEL
) -> tuple[PrognosisInputs, PrognosisResult]:
    """Run PREDICT for the case, or raise InputError saying why it cannot answer.

    PREDICT itself applies a bisphosphonate benefit to everyone; its authors
    limit that benefit to postmenopausal women, so for a premenopausal case it
    is left out and said so.
    """
    inputs, treatments = prognosis_inputs(case, result)
    setting = None if case.context.setting is None else case.context.setting.value
    premenopausal = case.context.menopause is Menopause.PRE
    dropped: tuple[TreatmentNote, ...] = ()
    if premenopausal and treatments.bisphosphonates:
        treatments = replace(treatments, bisphosphonates=False)
        dropped = (TreatmentNote("bisphosphonates", BISPHOSPHONATES_NOT_APPLIED),)
    estimate = predict(inputs, treatments, model=model, setting=setting)
    if dropped:
        estimate = replace(estimate, not_applied=estimate.not_applied + dropped)
    return inputs, estimate
