"""HER2 status and category (ASCO/CAP 2018 focused update, affirmed 2023).

Two steps. First each test is read on its own terms (IHC score; ISH group or
band, with the concurrent-IHC work-up for dual-probe groups 2-4 and the
single-probe middle band). Then the two are combined into one status:
positive when IHC is 3+ or ISH is positive, negative when they say so,
equivocal while a required test or recount is outstanding, unknown when
nothing usable is there. The category then sorts HER2-negative results into
low / ultralow / null / zero by the IHC score (DESTINY-Breast04/-06 groups).
"""

from __future__ import annotations

from enum import Enum, auto

from her2aid.core.content import Thresholds
from her2aid.core.models import (
    DualIsh,
    Her2Category,
    Her2Input,
    Her2Result,
    Her2Status,
    Ihc,
    IshResult,
    ReportedIsh,
    SingleIsh,
)
from her2aid.core.numbers import ish_as_entered
from her2aid.core.rules.findings import Findings


class IshOutcome(Enum):
    """What the ISH part says once any concurrent IHC it needs is taken into account."""

    NOT_DONE = auto()
    PENDING = auto()
    POSITIVE = auto()
    NEGATIVE = auto()
    NEGATIVE_WITH_COMMENT = auto()
    NEEDS_IHC = auto()
    NEEDS_RECOUNT = auto()
    NEEDS_DUAL_PROBE = auto()


def dual_probe_group(ratio: float, copies: float, t: Thresholds) -> int:
    """ASCO/CAP 2018 dual-probe ISH group 1-5 (Fig. 3)."""
    if ratio >= t.ratio_from:
        return 1 if copies >= t.copies_from else 2
    if copies >= t.copies_high_from:
        return 3
    if copies >= t.copies_from:
        return 4
    return 5


def _ihc_label(ihc: Ihc) -> str:
    return "0" if ihc.is_zero else ihc.value


def _read_ihc(ihc: Ihc | None, f: Findings) -> None:
    if ihc is None:
        f.step("her2.ihc.not_done")
    else:
        f.step(f"her2.ihc.{_ihc_label(ihc)}")


def _dual_workup(group: int, ihc: Ihc | None, recount: bool, f: Findings) -> IshOutcome:
    """Groups 2-4: the concurrent-IHC work-up of Fig. 6."""
    if ihc is None:
        f.step("her2.ish.workup.ihc_needed", group=str(group))
        f.flag("concurrent_ihc_required")
        f.next_step("concurrent_ihc")
        return IshOutcome.NEEDS_IHC
    if ihc is Ihc.THREE:
        f.step("her2.ish.workup.ihc3", group=str(group))
        return IshOutcome.POSITIVE
    if ihc is not Ihc.TWO:
        f.step("her2.ish.workup.ihc01", group=str(group), ihc=_ihc_label(ihc))
        return IshOutcome.NEGATIVE_WITH_COMMENT
    if not recount:
        f.step("her2.ish.workup.recount_needed", group=str(group))
        f.flag("ish_recount_required")
        f.next_step("ish_recount")
        return IshOutcome.NEEDS_RECOUNT
    if group == 3:
        f.step("her2.ish.workup.recount_group3")
        return IshOutcome.POSITIVE
    f.step("her2.ish.workup.recount_negative", group=str(group))
    return IshOutcome.NEGATIVE_WITH_COMMENT


def _bands(ratio: float, copies: float, group: int, t: Thresholds) -> tuple[str, str]:
    """Describe where the numbers fall, for the trace sentence."""
    ratio_band = (
        f"{ish_as_entered(t.ratio_from)} or more"
        if ratio >= t.ratio_from
        else f"below {ish_as_entered(t.ratio_from)}"
    )
    low, high = ish_as_entered(t.copies_from), ish_as_entered(t.copies_high_from)
    copies_band = {
        1: f"{low} or more",
        2: f"below {low}",
        3: f"{high} or more",
        4: f"{low} to below {high}",
        5: f"below {low}",
    }[group]
    return ratio_band, copies_band


def _pending(f: Findings) -> None:
    """ISH ordered, no result yet: nothing to order, but the result is awaited."""
    f.step("her2.ish.pending")
    f.next_step("await_ish")


def _read_dual(
    ish: DualIsh, ihc: Ihc | None, t: Thresholds, f: Findings
) -> tuple[IshOutcome, int | None]:
    if ish.ratio is None or ish.mean_copies is None:
        _pending(f)
        return IshOutcome.PENDING, None
    group = dual_probe_group(ish.ratio, ish.mean_copies, t)
    ratio_band, copies_band = _bands(ish.ratio, ish.mean_copies, group, t)
    f.step(
        "her2.ish.dual.group",
        ratio=ish_as_entered(ish.ratio),
        ratio_band=ratio_band,
        copies=ish_as_entered(ish.mean_copies),
        copies_band=copies_band,
        group=str(group),
    )
    if ish.recount:
        f.step("her2.ish.dual.recount")
    if group == 1:
        f.step("her2.ish.group1")
        return IshOutcome.POSITIVE, group
    if group == 5:
        f.step("her2.ish.group5")
        return IshOutcome.NEGATIVE, group
    outcome = _dual_workup(group, ihc, ish.recount, f)
    if outcome is IshOutcome.NEGATIVE_WITH_COMMENT:
        f.flag("her2_negative_with_comment")
        f.step(f"her2.ish.group{group}.comment")
    return outcome, group


def _read_single(ish: SingleIsh, ihc: Ihc | None, t: Thresholds, f: Findings) -> IshOutcome:
    if ish.mean_copies is None:
        _pending(f)
        return IshOutcome.PENDING
    f.flag("single_probe_ish")
    copies = ish_as_entered(ish.mean_copies)
    if ish.mean_copies >= t.single_positive_from:
        f.step("her2.ish.single.positive", copies=copies)
        outcome = IshOutcome.POSITIVE
    elif ish.mean_copies < t.single_negative_below:
        f.step("her2.ish.single.negative", copies=copies)
        outcome = IshOutcome.NEGATIVE
    else:
        f.step("her2.ish.single.middle", copies=copies)
        if ihc is None:
            f.flag("concurrent_ihc_required")
            f.next_step("concurrent_ihc")
            outcome = IshOutcome.NEEDS_IHC
        elif ihc is Ihc.THREE:
            f.step("her2.ish.single.middle.ihc3")
            outcome = IshOutcome.POSITIVE
        elif ihc is Ihc.TWO:
            f.step("her2.ish.single.middle.ihc2")
            f.flag("dual_probe_ish_required")
            f.next_step("dual_probe_ish")
            outcome = IshOutcome.NEEDS_DUAL_PROBE
        else:
            f.step("her2.ish.single.middle.ihc01", ihc=_ihc_label(ihc))
            outcome = IshOutcome.NEGATIVE
    f.step("her2.ish.single.preferred")
    return outcome


def _read_reported(ish: ReportedIsh, f: Findings) -> IshOutcome:
    if ish.result is None:
        _pending(f)
        return IshOutcome.PENDING
    f.step(f"her2.ish.reported.{ish.result.value}")
    return IshOutcome.POSITIVE if ish.result is IshResult.AMPLIFIED else IshOutcome.NEGATIVE


def _discordant(ihc: Ihc, f: Findings) -> None:
    f.step("her2.discordant", ihc=_ihc_label(ihc))
    f.flag("ihc_ish_discordant")
    f.next_step("pathology_review")


def _status(ihc: Ihc | None, outcome: IshOutcome, f: Findings) -> Her2Status:
    """Combine IHC and ISH into the final status (Fig. 1 and result wording)."""
    if outcome is IshOutcome.POSITIVE:
        if ihc is not None and (ihc.is_zero or ihc is Ihc.ONE):
            _discordant(ihc, f)
        return Her2Status.POSITIVE
    if outcome in (IshOutcome.NEGATIVE, IshOutcome.NEGATIVE_WITH_COMMENT):
        if ihc is Ihc.THREE:
            _discordant(ihc, f)
            return Her2Status.POSITIVE
        return Her2Status.NEGATIVE
    if outcome in (IshOutcome.NEEDS_IHC, IshOutcome.NEEDS_RECOUNT, IshOutcome.NEEDS_DUAL_PROBE):
        return Her2Status.EQUIVOCAL
    # ISH not done or pending: IHC decides alone.
    if ihc is None:
        f.step("her2.unknown")
        if outcome is IshOutcome.NOT_DONE:
            f.next_step("her2_testing")
        return Her2Status.UNKNOWN
    if ihc is Ihc.THREE:
        return Her2Status.POSITIVE
    if ihc is Ihc.TWO:
        if outcome is IshOutcome.NOT_DONE:
            f.flag("reflex_ish_required")
            f.next_step("reflex_ish")
        else:  # ordered already: nothing to ask for, only to wait for
            f.step("her2.equivocal.ish_pending")
        return Her2Status.EQUIVOCAL
    return Her2Status.NEGATIVE


def _category(status: Her2Status, ihc: Ihc | None, f: Findings) -> Her2Category:
    """Sub-label of the final status; HER2-negative is split by the IHC score."""
    if status is Her2Status.POSITIVE:
        return Her2Category.POSITIVE
    if status is Her2Status.EQUIVOCAL:
        return Her2Category.EQUIVOCAL
    if status is Her2Status.UNKNOWN:
        return Her2Category.UNKNOWN
    if ihc is None:
        f.step("her2.category.no_ihc")
        f.flag("her2_low_not_assessable")
        return Her2Category.UNKNOWN
    if ihc in (Ihc.ONE, Ihc.TWO):
        f.step("her2.category.low", ihc=ihc.value)
        f.step("her2.category.low.tdxd")
        return Her2Category.LOW
    if ihc is Ihc.ZERO_ULTRALOW:
        f.step("her2.category.ultralow")
        f.step("her2.category.ultralow.caveat")
        return Her2Category.ULTRALOW
    if ihc is Ihc.ZERO_NULL:
        f.step("her2.category.null")
        return Her2Category.NULL
    f.step("her2.category.zero")
    return Her2Category.ZERO


def classify_her2(her2: Her2Input, t: Thresholds, f: Findings) -> Her2Result:
    """HER2 status, category, ISH group and whether it is 'negative with comment'."""
    ihc, ish = her2.ihc, her2.ish
    _read_ihc(ihc, f)
    group: int | None = None
    if ish is None:
        f.step("her2.ish.not_done")
        outcome = IshOutcome.NOT_DONE
    elif isinstance(ish, DualIsh):
        outcome, group = _read_dual(ish, ihc, t, f)
    elif isinstance(ish, SingleIsh):
        outcome = _read_single(ish, ihc, t, f)
    else:
        outcome = _read_reported(ish, f)
    status = _status(ihc, outcome, f)
    category = _category(status, ihc, f)
    return Her2Result(
        status=status,
        category=category,
        ish_group=group,
        with_comment=outcome is IshOutcome.NEGATIVE_WITH_COMMENT and status is Her2Status.NEGATIVE,
    )
