"""Receptor subtype (SEER groups) and St Gallen 2013 surrogate intrinsic subtype.

The SEER subtype needs a final HER2 status and a known HR status. The
surrogate subtype is set whenever the inputs its definition uses are known
(HER2-positive subtypes need no Ki-67 or PR percent: "any Ki-67, any PgR").
"""

from __future__ import annotations

from her2aid.core.content import Thresholds
from her2aid.core.models import (
    ErStatus,
    Her2Status,
    HrStatus,
    PrInput,
    PrStatus,
    Subtype,
    Surrogate,
)
from her2aid.core.numbers import as_entered
from her2aid.core.rules.findings import Findings

_SUBTYPES = {
    (HrStatus.POSITIVE, Her2Status.NEGATIVE): Subtype.HR_POS_HER2_NEG,
    (HrStatus.POSITIVE, Her2Status.POSITIVE): Subtype.HR_POS_HER2_POS,
    (HrStatus.NEGATIVE, Her2Status.POSITIVE): Subtype.HR_NEG_HER2_POS,
    (HrStatus.NEGATIVE, Her2Status.NEGATIVE): Subtype.TNBC,
}


def classify_subtype(hr: HrStatus, her2: Her2Status, f: Findings) -> Subtype:
    """SEER subtype, or undetermined with the reason."""
    subtype = _SUBTYPES.get((hr, her2))
    if subtype is not None:
        f.step("subtype.known", hr=hr.value, her2=her2.value, subtype=subtype.value)
        return subtype
    if her2 is Her2Status.EQUIVOCAL:
        f.step("subtype.undetermined.her2_equivocal")
    elif her2 is Her2Status.UNKNOWN:
        f.step("subtype.undetermined.her2_unknown")
    else:
        f.step("subtype.undetermined.hr_unknown")
    return Subtype.UNDETERMINED


def classify_surrogate(
    er: ErStatus,
    pr: PrStatus,
    pr_input: PrInput,
    hr: HrStatus,
    her2: Her2Status,
    ki67: float | None,
    t: Thresholds,
    f: Findings,
) -> Surrogate | None:
    """St Gallen 2013 surrogate subtype (Table 4), or None with the reason."""
    if her2 not in (Her2Status.POSITIVE, Her2Status.NEGATIVE):
        f.step("surrogate.undetermined.her2")
        return None
    if hr is HrStatus.UNKNOWN:
        f.step("surrogate.undetermined.hr")
        return None
    if her2 is Her2Status.POSITIVE:
        if hr is HrStatus.POSITIVE:
            f.step("surrogate.luminal_b_like_her2_positive")
            return Surrogate.LUMINAL_B_LIKE_HER2_POSITIVE
        f.step("surrogate.her2_enriched")
        return Surrogate.HER2_ENRICHED
    if hr is HrStatus.NEGATIVE:
        f.step("surrogate.triple_negative")
        return Surrogate.TRIPLE_NEGATIVE
    # HR positive, HER2 negative: the luminal definitions need ER positive.
    if er is ErStatus.NEGATIVE:
        f.step("surrogate.undetermined.er_negative_pr_positive")
        return None
    if er is ErStatus.UNKNOWN:
        f.step("surrogate.undetermined.er_unknown")
        return None
    if er is ErStatus.LOW_POSITIVE:
        f.step("surrogate.er_low_caution")
    return _luminal(pr, pr_input, ki67, t, f)


def _luminal(
    pr: PrStatus, pr_input: PrInput, ki67: float | None, t: Thresholds, f: Findings
) -> Surrogate | None:
    """Luminal A-like versus B-like (HER2-negative) by PR 20 % and Ki-67 20 %."""
    pr_pct = pr_input.percent
    pr_low = pr is PrStatus.NEGATIVE or (pr_pct is not None and pr_pct < t.surrogate_pr_high_from)
    ki67_high = ki67 is not None and ki67 >= t.surrogate_ki67_high_from
    pr_text = "PR negative" if pr_pct is None else f"PR {as_entered(pr_pct)} %"
    ki67_text = "" if ki67 is None else as_entered(ki67)
    if ki67_high and pr_low:
        f.step("surrogate.luminal_b_like_her2_negative.both", ki67=ki67_text, pr=pr_text)
        return Surrogate.LUMINAL_B_LIKE_HER2_NEGATIVE
    if ki67_high:
        f.step("surrogate.luminal_b_like_her2_negative.ki67", ki67=ki67_text)
        return Surrogate.LUMINAL_B_LIKE_HER2_NEGATIVE
    if pr_low:
        f.step("surrogate.luminal_b_like_her2_negative.pr", pr=pr_text)
        return Surrogate.LUMINAL_B_LIKE_HER2_NEGATIVE
    if pr is PrStatus.UNKNOWN:
        f.step("surrogate.undetermined.pr_unknown")
        return None
    if pr_pct is None:
        f.step("surrogate.undetermined.pr_percent")
        return None
    if ki67 is None:
        f.step("surrogate.undetermined.ki67")
        return None
    f.step("surrogate.luminal_a_like", pr=as_entered(pr_pct), ki67=ki67_text)
    return Surrogate.LUMINAL_A_LIKE
