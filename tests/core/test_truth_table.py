"""The guideline truth table, written from the guidelines row by row.

Every expected value here is typed in from the ASCO/CAP figures and tables
(cited per block), not computed from the rule code or the content files, so a
wrong threshold or rule in either fails a row.
"""

from __future__ import annotations

import pytest

from her2aid.core.classify import classify
from her2aid.core.models import (
    CaseInputs,
    DualIsh,
    ErInput,
    ErStatus,
    Her2Category,
    Her2Input,
    Her2Status,
    HrStatus,
    Ihc,
    Ish,
    IshResult,
    PrInput,
    PrStatus,
    ReportedIsh,
    SingleIsh,
    Subtype,
)

# --- ER / PR (ASCO/CAP 2020, Table 1): ER < 1 % negative, 1-10 % low, > 10 % positive ---


@pytest.mark.parametrize(
    ("percent", "expected"),
    [
        (0, ErStatus.NEGATIVE),
        (0.5, ErStatus.NEGATIVE),
        (0.99, ErStatus.NEGATIVE),
        (1, ErStatus.LOW_POSITIVE),
        (1.01, ErStatus.LOW_POSITIVE),
        (5, ErStatus.LOW_POSITIVE),
        (9.99, ErStatus.LOW_POSITIVE),
        (10, ErStatus.LOW_POSITIVE),
        (10.01, ErStatus.POSITIVE),
        (11, ErStatus.POSITIVE),
        (100, ErStatus.POSITIVE),
    ],
)
def test_er_percent_boundaries(percent: float, expected: ErStatus) -> None:
    result = classify(CaseInputs(er=ErInput(percent=percent)))
    assert result.er is expected
    assert ("er_low_positive" in result.flags) is (expected is ErStatus.LOW_POSITIVE)


@pytest.mark.parametrize("status", [ErStatus.POSITIVE, ErStatus.LOW_POSITIVE, ErStatus.NEGATIVE])
def test_er_reported_status_is_taken_as_reported(status: ErStatus) -> None:
    assert classify(CaseInputs(er=ErInput(status=status))).er is status


@pytest.mark.parametrize(
    ("percent", "expected"),
    [
        (0, PrStatus.NEGATIVE),
        (0.99, PrStatus.NEGATIVE),
        (1, PrStatus.POSITIVE),
        (100, PrStatus.POSITIVE),
    ],
)
def test_pr_percent_boundaries(percent: float, expected: PrStatus) -> None:
    assert classify(CaseInputs(pr=PrInput(percent=percent))).pr is expected


def test_unknown_receptors_are_unknown_and_ask_for_testing() -> None:
    result = classify(CaseInputs())
    assert (result.er, result.pr, result.hr) == (
        ErStatus.UNKNOWN,
        PrStatus.UNKNOWN,
        HrStatus.UNKNOWN,
    )
    assert {"er_pr_testing", "her2_testing"} <= {n.id for n in result.next_steps}


# HR positive when ER (incl. low) and/or PR is positive (SEER definitions; ASCO/CAP 2020).
E, P = ErStatus, PrStatus
HR_TABLE = [
    (E.POSITIVE, P.POSITIVE, HrStatus.POSITIVE),
    (E.POSITIVE, P.NEGATIVE, HrStatus.POSITIVE),
    (E.POSITIVE, P.UNKNOWN, HrStatus.POSITIVE),
    (E.LOW_POSITIVE, P.POSITIVE, HrStatus.POSITIVE),
    (E.LOW_POSITIVE, P.NEGATIVE, HrStatus.POSITIVE),
    (E.LOW_POSITIVE, P.UNKNOWN, HrStatus.POSITIVE),
    (E.NEGATIVE, P.POSITIVE, HrStatus.POSITIVE),
    (E.NEGATIVE, P.NEGATIVE, HrStatus.NEGATIVE),
    (E.NEGATIVE, P.UNKNOWN, HrStatus.UNKNOWN),
    (E.UNKNOWN, P.POSITIVE, HrStatus.POSITIVE),
    (E.UNKNOWN, P.NEGATIVE, HrStatus.UNKNOWN),
    (E.UNKNOWN, P.UNKNOWN, HrStatus.UNKNOWN),
]


@pytest.mark.parametrize(("er", "pr", "hr"), HR_TABLE)
def test_hr_status(er: ErStatus, pr: PrStatus, hr: HrStatus) -> None:
    er_input = ErInput() if er is E.UNKNOWN else ErInput(status=er)
    pr_input = PrInput() if pr is P.UNKNOWN else PrInput(status=pr)
    result = classify(CaseInputs(er=er_input, pr=pr_input))
    assert result.hr is hr
    er_neg_pr_pos = er is E.NEGATIVE and pr is P.POSITIVE
    assert ("er_negative_pr_positive" in result.flags) is er_neg_pr_pos
    assert ("er_retest" in {n.id for n in result.next_steps}) is er_neg_pr_pos


# --- dual-probe ISH groups (ASCO/CAP 2018, Fig. 3): ratio 2.0; copies 4.0 and 6.0 ---


@pytest.mark.parametrize(
    ("ratio", "copies", "group"),
    [
        (2.0, 4.0, 1),
        (2.0, 3.99, 2),
        (1.99, 4.0, 4),
        (1.99, 3.99, 5),
        (1.99, 5.99, 4),
        (1.99, 6.0, 3),
        (2.0, 6.0, 1),
        (2.0, 5.99, 1),
        (5.0, 20.0, 1),
        (2.5, 1.0, 2),
        (0.5, 0.5, 5),
        (1.0, 8.0, 3),
    ],
)
def test_dual_probe_group_boundaries(ratio: float, copies: float, group: int) -> None:
    result = classify(CaseInputs(her2=Her2Input(Ihc.THREE, DualIsh(ratio, copies))))
    assert result.her2.ish_group == group


# Single-probe ISH (Fig. 2): >= 6.0 positive, < 4.0 negative, 4.0 to < 6.0 needs IHC/dual probe.
@pytest.mark.parametrize(
    ("copies", "ihc", "status"),
    [
        (3.99, Ihc.ONE, Her2Status.NEGATIVE),
        (4.0, Ihc.ONE, Her2Status.NEGATIVE),
        (4.0, None, Her2Status.EQUIVOCAL),
        (4.0, Ihc.TWO, Her2Status.EQUIVOCAL),
        (5.99, Ihc.TWO, Her2Status.EQUIVOCAL),
        (5.99, Ihc.THREE, Her2Status.POSITIVE),
        (6.0, None, Her2Status.POSITIVE),
        (6.0, Ihc.TWO, Her2Status.POSITIVE),
        (3.99, None, Her2Status.NEGATIVE),
    ],
)
def test_single_probe_boundaries(copies: float, ihc: Ihc | None, status: Her2Status) -> None:
    assert classify(CaseInputs(her2=Her2Input(ihc, SingleIsh(copies)))).her2.status is status


# --- the HER2 master table: every IHC state against every kind of ISH result ---
#
# Codes: U unknown, N negative, Nc negative with comment, P positive, P! positive
# with IHC/ISH discordance (positive when IHC 3+ or ISH positive; pathologist
# review), E-reflex equivocal needing reflex ISH (Fig. 1), E-wait equivocal with
# ISH pending, E-ihc equivocal needing concurrent IHC (Fig. 2/3), E-recount
# equivocal needing a blinded recount (Fig. 6), E-dual equivocal needing
# dual-probe ISH (Fig. 2). Columns: IHC not done, IHC 0 (any), 1+, 2+, 3+.

ISH: dict[str, Ish | None] = {
    "none": None,
    "dual pending": DualIsh(),
    "g1": DualIsh(2.5, 5.0),
    "g1 recount": DualIsh(2.5, 5.0, True),
    "g2": DualIsh(2.2, 3.5),
    "g2 recount": DualIsh(2.2, 3.5, True),
    "g3": DualIsh(1.5, 6.5),
    "g3 recount": DualIsh(1.5, 6.5, True),
    "g4": DualIsh(1.6, 4.8),
    "g4 recount": DualIsh(1.6, 4.8, True),
    "g5": DualIsh(1.2, 2.5),
    "g5 recount": DualIsh(1.2, 2.5, True),
    "single pending": SingleIsh(),
    "single <4": SingleIsh(3.0),
    "single 4-6": SingleIsh(5.0),
    "single >=6": SingleIsh(7.0),
    "reported pending": ReportedIsh(),
    "amplified": ReportedIsh(IshResult.AMPLIFIED),
    "not amplified": ReportedIsh(IshResult.NOT_AMPLIFIED),
}

#                      IHC: none        0      1+     2+           3+
MASTER = {
    "none":             ("U",        "N",   "N",   "E-reflex",  "P"),
    "dual pending":     ("U",        "N",   "N",   "E-wait",    "P"),
    "g1":               ("P",        "P!",  "P!",  "P",         "P"),
    "g1 recount":       ("P",        "P!",  "P!",  "P",         "P"),
    "g2":               ("E-ihc",    "Nc",  "Nc",  "E-recount", "P"),
    "g2 recount":       ("E-ihc",    "Nc",  "Nc",  "Nc",        "P"),
    "g3":               ("E-ihc",    "Nc",  "Nc",  "E-recount", "P"),
    "g3 recount":       ("E-ihc",    "Nc",  "Nc",  "P",         "P"),
    "g4":               ("E-ihc",    "Nc",  "Nc",  "E-recount", "P"),
    "g4 recount":       ("E-ihc",    "Nc",  "Nc",  "Nc",        "P"),
    "g5":               ("N",        "N",   "N",   "N",         "P!"),
    "g5 recount":       ("N",        "N",   "N",   "N",         "P!"),
    "single pending":   ("U",        "N",   "N",   "E-wait",    "P"),
    "single <4":        ("N",        "N",   "N",   "N",         "P!"),
    "single 4-6":       ("E-ihc",    "N",   "N",   "E-dual",    "P"),
    "single >=6":       ("P",        "P!",  "P!",  "P",         "P"),
    "reported pending": ("U",        "N",   "N",   "E-wait",    "P"),
    "amplified":        ("P",        "P!",  "P!",  "P",         "P"),
    "not amplified":    ("N",        "N",   "N",   "N",         "P!"),
}  # fmt: skip

IHC_COLUMNS: list[tuple[int, Ihc | None]] = [
    (0, None),
    (1, Ihc.ZERO),
    (1, Ihc.ZERO_NULL),
    (1, Ihc.ZERO_ULTRALOW),
    (2, Ihc.ONE),
    (3, Ihc.TWO),
    (4, Ihc.THREE),
]

# HER2-negative category by IHC (ASCO/CAP 2023; DESTINY-Breast04/-06 definitions).
NEGATIVE_CATEGORY = {
    None: Her2Category.UNKNOWN,
    Ihc.ZERO: Her2Category.ZERO,
    Ihc.ZERO_NULL: Her2Category.NULL,
    Ihc.ZERO_ULTRALOW: Her2Category.ULTRALOW,
    Ihc.ONE: Her2Category.LOW,
    Ihc.TWO: Her2Category.LOW,
}

EXPECTED_FLAG = {
    "P!": "ihc_ish_discordant",
    "Nc": "her2_negative_with_comment",
    "E-reflex": "reflex_ish_required",
    "E-ihc": "concurrent_ihc_required",
    "E-recount": "ish_recount_required",
    "E-dual": "dual_probe_ish_required",
}
EXPECTED_NEXT = {
    "P!": "pathology_review",
    "E-reflex": "reflex_ish",
    "E-ihc": "concurrent_ihc",
    "E-recount": "ish_recount",
    "E-dual": "dual_probe_ish",
}
ALL_HER2_FLAGS = set(EXPECTED_FLAG.values())
ALL_HER2_NEXT = set(EXPECTED_NEXT.values()) | {"her2_testing"}

ROWS = [
    pytest.param(ish_name, ihc, MASTER[ish_name][col], id=f"{ish_name}-ihc{ihc and ihc.value}")
    for ish_name in MASTER
    for col, ihc in IHC_COLUMNS
]


@pytest.mark.parametrize(("ish_name", "ihc", "code"), ROWS)
def test_her2_master_table(ish_name: str, ihc: Ihc | None, code: str) -> None:
    result = classify(CaseInputs(her2=Her2Input(ihc, ISH[ish_name])))
    her2 = result.her2
    status = {"U": Her2Status.UNKNOWN, "N": Her2Status.NEGATIVE, "P": Her2Status.POSITIVE}
    expected_status = (
        status.get(code[0], Her2Status.EQUIVOCAL) if code != "Nc" else Her2Status.NEGATIVE
    )
    assert her2.status is expected_status
    # category follows from the status and, for negatives, the IHC score
    if her2.status is Her2Status.NEGATIVE:
        assert her2.category is NEGATIVE_CATEGORY[ihc]
    else:
        assert her2.category.value == her2.status.value
    assert her2.with_comment is (code == "Nc")
    # flags and next steps for the HER2 part: exactly the expected one
    flags = set(result.flags) & ALL_HER2_FLAGS
    assert flags == ({EXPECTED_FLAG[code]} if code in EXPECTED_FLAG else set())
    steps = {n.id for n in result.next_steps} & ALL_HER2_NEXT
    expected_steps = {EXPECTED_NEXT[code]} if code in EXPECTED_NEXT else set()
    if ish_name == "none" and ihc is None:
        expected_steps = {"her2_testing"}
    assert steps == expected_steps
    # the ISH group is reported whenever dual-probe numbers are given
    dual = ISH[ish_name]
    has_numbers = isinstance(dual, DualIsh) and dual.ratio is not None
    assert (her2.ish_group is not None) is has_numbers


def test_group4_comment_is_in_the_trace_only_when_called_negative() -> None:
    negative = classify(CaseInputs(her2=Her2Input(Ihc.ONE, DualIsh(1.6, 4.8))))
    assert "her2.ish.group4.comment" in [s.rule for s in negative.trace]
    positive = classify(CaseInputs(her2=Her2Input(Ihc.THREE, DualIsh(1.6, 4.8))))
    assert "her2.ish.group4.comment" not in [s.rule for s in positive.trace]


def test_single_probe_always_notes_the_panel_prefers_dual_probe() -> None:
    result = classify(CaseInputs(her2=Her2Input(Ihc.ONE, SingleIsh(3.0))))
    assert "single_probe_ish" in result.flags
    assert "her2.ish.single.preferred" in [s.rule for s in result.trace]


# --- subtype (SEER) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("er", "pr", "ihc", "subtype"),
    [
        (90, 50, Ihc.ONE, Subtype.HR_POS_HER2_NEG),
        (90, 50, Ihc.THREE, Subtype.HR_POS_HER2_POS),
        (0, 0, Ihc.THREE, Subtype.HR_NEG_HER2_POS),
        (0, 0, Ihc.ZERO_NULL, Subtype.TNBC),
        (0, 0, Ihc.TWO, Subtype.UNDETERMINED),  # HER2 equivocal
        (0, 0, None, Subtype.UNDETERMINED),  # HER2 unknown
        (5, 0, Ihc.ONE, Subtype.HR_POS_HER2_NEG),  # ER-low counts as HR positive
        (0, 15, Ihc.ONE, Subtype.HR_POS_HER2_NEG),  # ER-/PR+ is HR positive
    ],
)
def test_subtype(er: float, pr: float, ihc: Ihc | None, subtype: Subtype) -> None:
    result = classify(CaseInputs(ErInput(er), PrInput(pr), Her2Input(ihc)))
    assert result.subtype is subtype


def test_subtype_undetermined_while_hr_unknown() -> None:
    result = classify(CaseInputs(er=ErInput(0), her2=Her2Input(Ihc.ONE)))
    assert result.subtype is Subtype.UNDETERMINED
