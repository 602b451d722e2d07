"""The decision a case is about, named (IPDAS qualifying criterion), and its values items.

A patient decision aid must say what is being decided. Which decision it is
follows from how far the results go: while HER2 or the hormone receptors are
not final, or the setting is not known, there is no treatment decision yet,
and the aid says what it waits for. The wording is in content/decisions.toml.
"""

from __future__ import annotations

from her2aid.core.content import Content
from her2aid.core.models import (
    Her2Status,
    HrStatus,
    Menopause,
    OptionResult,
    Setting,
)


def decide(her2: Her2Status, hr: HrStatus, setting: Setting | None) -> str:
    """The id of the decision this case is about (a key of decisions.toml)."""
    if her2 is not Her2Status.POSITIVE and her2 is not Her2Status.NEGATIVE:
        return "await_her2"
    if hr is HrStatus.UNKNOWN:
        return "await_hormone_receptors"
    if setting is None:
        return "await_setting"
    return "early_treatment" if setting is Setting.EARLY else "metastatic_treatment"


def values_items(
    content: Content,
    decision: str,
    options: tuple[OptionResult, ...],
    menopause: Menopause | None,
) -> tuple[str, ...]:
    """The values statements that fit this case, in the content's order."""
    listed = {o.id for o in options}
    state = "unknown" if menopause is None else menopause.value
    return tuple(
        item.id
        for item in content.values_items.values()
        if decision in item.decisions
        and (not item.options or listed & item.options)
        and (not item.menopause or state in item.menopause)
    )
