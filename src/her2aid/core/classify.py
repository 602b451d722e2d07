"""classify(): one case in, one traced classification out.

This is the single entry point of the clinical core. It is a pure function of
the inputs and the versioned content, never raises for a valid
:class:`~her2aid.core.models.CaseInputs`, and is cheap enough to run on every
keystroke of the window.
"""

from __future__ import annotations

from typing import Any

from her2aid.core import content as content_module
from her2aid.core.content import Content
from her2aid.core.models import (
    CaseInputs,
    Classification,
    ErStatus,
    Her2Category,
    Her2Status,
    HrStatus,
    PrStatus,
    Setting,
    Subtype,
)
from her2aid.core.rules import criteria
from her2aid.core.rules.decision import decide, values_items
from her2aid.core.rules.findings import Findings
from her2aid.core.rules.her2 import classify_her2
from her2aid.core.rules.hormone import classify_er, classify_hr, classify_pr
from her2aid.core.rules.options import evaluate_options
from her2aid.core.rules.subtype import classify_subtype, classify_surrogate


class _Facts(dict[str, Any]):
    """The case's facts for the option table; criteria verdicts are worked out on demand."""

    def __init__(self, verdicts: criteria.LazyVerdicts) -> None:
        super().__init__()
        self._verdicts = verdicts

    def __missing__(self, key: str) -> Any:
        if key not in self._verdicts:
            raise KeyError(key)
        value = self[key] = self._verdicts[key]
        return value


def classify(inputs: CaseInputs, content: Content | None = None) -> Classification:
    """Classify one case: receptor statuses, subtype, next steps, options and trace."""
    c = content or content_module.load()
    t = c.ruleset.thresholds
    f = Findings(c)

    er = classify_er(inputs.er, t, f)
    pr = classify_pr(inputs.pr, t, f)
    hr = classify_hr(er, pr, f)
    her2 = classify_her2(inputs.her2, t, f)
    subtype = classify_subtype(hr, her2.status, f)
    surrogate = classify_surrogate(er, pr, inputs.pr, hr, her2.status, inputs.ki67_percent, t, f)

    ctx = inputs.context
    not_early = ctx.setting is not Setting.EARLY
    # HER2-ultralow matters for DESTINY-Breast06, a trial in HR-positive disease.
    if her2.category is Her2Category.ZERO and hr is not HrStatus.NEGATIVE:
        f.flag("ihc0_extent_not_recorded")
        if not_early:
            f.next_step("record_ihc0_extent")
    if her2.status is Her2Status.NEGATIVE and her2.category is Her2Category.UNKNOWN and not_early:
        f.next_step("ihc_for_her2_low")

    # StrEnum members hash and compare like their strings, so they serve as facts.
    # ER is None (not known) only while PR is positive: every rule for ER-positive
    # disease then applies on the condition that ER is positive (the case is
    # HR-positive, and the ER result decides). Otherwise ER and PR keep "unknown"
    # as a value a rule can ask for. HR and HER2 are None when unknown, which rules
    # out every rule that tests them.
    decision = decide(her2.status, hr, ctx.setting)
    facts = _Facts(criteria.LazyVerdicts(inputs, c, f))
    facts.update(
        {
            "er": None if er is ErStatus.UNKNOWN and pr is PrStatus.POSITIVE else er,
            "pr": pr,
            "hr": None if hr is HrStatus.UNKNOWN else hr,
            "her2": her2.status
            if her2.status is Her2Status.POSITIVE or her2.status is Her2Status.NEGATIVE
            else None,
            "her2_category": her2.category,
            "setting": ctx.setting,
            "menopause": ctx.menopause,
            "germline_brca": ctx.germline_brca,
            "pik3ca_akt1_pten": ctx.pik3ca_akt1_pten,
            "esr1": ctx.esr1,
            "pdl1_cps": ctx.pdl1_cps,
            "decision": decision,
        }
    )
    options = evaluate_options(facts, c, f)
    # ASCO-SSO 2024: offer germline testing to every newly diagnosed patient aged 65
    # or younger, and to anyone with triple-negative cancer (older patients also when
    # a PARP inhibitor is an option: added by the option table above).
    age = inputs.prognosis.age if inputs.prognosis is not None else None
    if ctx.germline_brca is None and (
        subtype is Subtype.TNBC
        or (age is not None and age <= c.ruleset.thresholds.germline_age_max)
    ):
        f.next_step("germline_brca_testing")
    elif ctx.germline_brca is None and age is None and not f.asked("germline_brca_testing"):
        # Age not entered: the same offer, on the condition the age decides.
        f.next_step("germline_brca_testing_age_unknown")

    if ctx.setting is Setting.METASTATIC:
        f.next_step("metastatic_biopsy_retest")
    # ASCO 2022: a multigene assay guides adjuvant chemotherapy in early HR+/HER2-
    # disease (criteria.toml says for whom; premenopausal with 1-3 nodes is not).
    if (
        ctx.setting is Setting.EARLY
        and subtype is Subtype.HR_POS_HER2_NEG
        and facts["genomic_assay"] is criteria.Verdict.MET
    ):
        f.next_step("genomic_assay")

    return Classification(
        ruleset_version=c.ruleset.version,
        her2=her2,
        er=er,
        pr=pr,
        hr=hr,
        subtype=subtype,
        surrogate=surrogate,
        flags=tuple(f.flags),
        next_steps=f.next_steps(),
        options=options,
        trace=tuple(f.steps),
        decision=decision,
        values_items=values_items(c, decision, options, ctx.menopause),
    )
