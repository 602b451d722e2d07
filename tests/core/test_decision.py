"""The decision a case is about, and the values statements that fit it, row by row.

Expected rows are typed in from decisions.toml and values.toml as a reviewer
reads them, not computed from the files, so a changed rule fails a row.
"""

from __future__ import annotations

import pytest

from her2aid.core import content
from her2aid.core.models import (
    Applies,
    Her2Status,
    HrStatus,
    Menopause,
    OptionResult,
    Setting,
)
from her2aid.core.rules.decision import decide, values_items

CONTENT = content.load()
P, N, EQ, U = Her2Status.POSITIVE, Her2Status.NEGATIVE, Her2Status.EQUIVOCAL, Her2Status.UNKNOWN
EARLY, META = Setting.EARLY, Setting.METASTATIC


@pytest.mark.parametrize(
    ("her2", "hr", "setting", "expected"),
    [
        (EQ, HrStatus.POSITIVE, EARLY, "await_her2"),
        (U, HrStatus.POSITIVE, META, "await_her2"),
        (U, HrStatus.UNKNOWN, None, "await_her2"),  # HER2 first: it decides most options
        (P, HrStatus.UNKNOWN, EARLY, "await_hormone_receptors"),
        (N, HrStatus.UNKNOWN, META, "await_hormone_receptors"),
        (N, HrStatus.POSITIVE, None, "await_setting"),
        (P, HrStatus.NEGATIVE, None, "await_setting"),
        (N, HrStatus.POSITIVE, EARLY, "early_treatment"),
        (P, HrStatus.NEGATIVE, EARLY, "early_treatment"),
        (N, HrStatus.NEGATIVE, META, "metastatic_treatment"),
        (P, HrStatus.POSITIVE, META, "metastatic_treatment"),
    ],
)
def test_the_decision(
    her2: Her2Status, hr: HrStatus, setting: Setting | None, expected: str
) -> None:
    assert decide(her2, hr, setting) == expected
    assert expected in CONTENT.decisions


def _options(*ids: str) -> tuple[OptionResult, ...]:
    return tuple(OptionResult(i, Applies.YES, ()) for i in ids)


EARLY_ALWAYS = ["live_longer", "lower_return", "feel_well_now", "fewer_visits", "keep_working"]


@pytest.mark.parametrize(
    ("decision", "options", "menopause", "expected"),
    [
        # Early, after menopause, hormone therapy only: no hair or fertility statement.
        (
            "early_treatment",
            ("endocrine_therapy",),
            Menopause.POST,
            ["live_longer", "lower_return", "feel_well_now", "fewer_visits", "no_daily_pills",
             "keep_working"],
        ),
        # Chemotherapy listed: keeping hair is asked; before menopause, fertility too.
        (
            "early_treatment",
            ("chemotherapy",),
            Menopause.PRE,
            ["live_longer", "lower_return", "feel_well_now", "avoid_hair_loss", "have_children",
             "fewer_visits", "keep_working"],
        ),
        # Menopause not known: fertility is asked rather than assumed away.
        ("early_treatment", (), None, [*EARLY_ALWAYS[:3], "have_children", *EARLY_ALWAYS[3:]]),
        # Spread cancer: no "coming back", no years of daily pills, hair with an ADC.
        (
            "metastatic_treatment",
            ("trastuzumab_deruxtecan", "endocrine_therapy"),
            Menopause.POST,
            ["live_longer", "feel_well_now", "avoid_hair_loss", "fewer_visits", "keep_working"],
        ),
        ("metastatic_treatment", ("sacituzumab_govitecan",), Menopause.POST,
         ["live_longer", "feel_well_now", "avoid_hair_loss", "fewer_visits", "keep_working"]),
        ("metastatic_treatment", ("endocrine_therapy",), Menopause.POST,
         ["live_longer", "feel_well_now", "fewer_visits", "keep_working"]),
        # No decision yet: no exercise.
        ("await_her2", ("chemotherapy",), Menopause.PRE, []),
        ("await_setting", (), None, []),
    ],
)  # fmt: skip
def test_the_values_statements(
    decision: str, options: tuple[str, ...], menopause: Menopause | None, expected: list[str]
) -> None:
    assert list(values_items(CONTENT, decision, _options(*options), menopause)) == expected
