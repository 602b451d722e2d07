"""ER, PR and hormone-receptor status (ASCO/CAP ER/PgR 2020; SEER definitions).

ER < 1 % negative, 1-10 % low positive, > 10 % positive; PR >= 1 % positive.
HR positive when ER (including low) or PR is positive.
"""

from __future__ import annotations

from her2aid.core.content import Thresholds
from her2aid.core.models import ErInput, ErStatus, HrStatus, PrInput, PrStatus
from her2aid.core.numbers import as_entered
from her2aid.core.rules.findings import Findings


def classify_er(er: ErInput, t: Thresholds, f: Findings) -> ErStatus:
    """ER status from the percent of stained nuclei, else from the reported category."""
    if er.percent is not None:
        p = er.percent
        if p < t.er_low_positive_from:
            status = ErStatus.NEGATIVE
        elif p <= t.er_low_positive_to:
            status = ErStatus.LOW_POSITIVE
        else:
            status = ErStatus.POSITIVE
        f.step(f"er.percent.{status.value}", percent=as_entered(p))
    elif er.status is not None and er.status is not ErStatus.UNKNOWN:
        status = er.status
        f.step("er.reported", status=status.value.replace("_", " "))
    else:
        status = ErStatus.UNKNOWN
        f.step("er.unknown")
    if status is ErStatus.LOW_POSITIVE:
        f.flag("er_low_positive")
    return status


def classify_pr(pr: PrInput, t: Thresholds, f: Findings) -> PrStatus:
    """PR status from the percent of stained nuclei, else from the reported category."""
    if pr.percent is not None:
        status = PrStatus.POSITIVE if pr.percent >= t.pr_positive_from else PrStatus.NEGATIVE
        f.step(f"pr.percent.{status.value}", percent=as_entered(pr.percent))
    elif pr.status is not None and pr.status is not PrStatus.UNKNOWN:
        status = pr.status
        f.step("pr.reported", status=status.value)
    else:
        status = PrStatus.UNKNOWN
        f.step("pr.unknown")
    return status


def classify_hr(er: ErStatus, pr: PrStatus, f: Findings) -> HrStatus:
    """HR status; flags ER-negative/PR-positive for an ER retest."""
    if er in (ErStatus.POSITIVE, ErStatus.LOW_POSITIVE) or pr is PrStatus.POSITIVE:
        hr = HrStatus.POSITIVE
    elif er is ErStatus.NEGATIVE and pr is PrStatus.NEGATIVE:
        hr = HrStatus.NEGATIVE
    else:
        hr = HrStatus.UNKNOWN
    f.step(f"hr.{hr.value}")
    if er is ErStatus.NEGATIVE and pr is PrStatus.POSITIVE:
        f.flag("er_negative_pr_positive")
        f.next_step("er_retest")
    if er is ErStatus.UNKNOWN and pr is PrStatus.UNKNOWN:
        f.next_step("er_pr_testing")
    elif er is ErStatus.UNKNOWN:
        f.next_step("er_testing")
    elif pr is PrStatus.UNKNOWN:
        f.next_step("pr_testing")
    return hr
