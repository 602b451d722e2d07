"""The example case files shipped with the app, and the categorical input grid.

The examples (``her2aid/examples/*.json``) cover the situations a clinician
meets most and the ones the guideline handles specially; the window offers
them under File > Open example, and the tests, self-test and screenshots use
them. The grid is every combination of categorical input states, used by the
truth-table tests and the classification benchmark.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from importlib import resources

from her2aid.core import casefile
from her2aid.core.models import (
    CaseInputs,
    Context,
    DualIsh,
    ErInput,
    ErStatus,
    Her2Input,
    Ihc,
    Ish,
    IshResult,
    Menopause,
    PrInput,
    PrStatus,
    ReportedIsh,
    Setting,
    SingleIsh,
)

EXAMPLES_PACKAGE = "her2aid.examples"


def example_names() -> list[str]:
    """Names of the shipped examples, sorted."""
    files = resources.files(EXAMPLES_PACKAGE).iterdir()
    return sorted(f.name.removesuffix(".json") for f in files if f.name.endswith(".json"))


def load_example(name: str) -> CaseInputs:
    """One shipped example by name."""
    text = resources.files(EXAMPLES_PACKAGE).joinpath(f"{name}.json").read_text(encoding="utf-8")
    return casefile.loads(text)


# --- the categorical grid ---------------------------------------------------

ER_STATES = (ErInput(), *(ErInput(status=s) for s in ErStatus if s is not ErStatus.UNKNOWN))
PR_STATES = (PrInput(), *(PrInput(status=s) for s in PrStatus if s is not PrStatus.UNKNOWN))
IHC_STATES: tuple[Ihc | None, ...] = (None, *Ihc)
#: One ISH result in each dual-probe group (ratio, copies), each band of the
#: single-probe assay, and every reported and pending state.
DUAL_BY_GROUP = {1: (2.5, 5.0), 2: (2.2, 3.5), 3: (1.5, 6.5), 4: (1.6, 4.8), 5: (1.2, 2.5)}
ISH_STATES: tuple[Ish | None, ...] = (
    None,
    DualIsh(),
    *(DualIsh(r, c, recount) for r, c in DUAL_BY_GROUP.values() for recount in (False, True)),
    SingleIsh(),
    SingleIsh(3.0),
    SingleIsh(5.0),
    SingleIsh(7.0),
    ReportedIsh(),
    ReportedIsh(IshResult.AMPLIFIED),
    ReportedIsh(IshResult.NOT_AMPLIFIED),
)
KI67_STATES = (None, 10.0, 25.0)
SETTING_STATES = (None, *Setting)
MENOPAUSE_STATES = (None, *Menopause)
#: Biomarker profiles: all unknown, all absent, all present.
BIOMARKER_STATES = (
    {"germline_brca": None, "pik3ca_akt1_pten": None, "esr1": None, "pdl1_cps": None},
    {"germline_brca": False, "pik3ca_akt1_pten": False, "esr1": False, "pdl1_cps": 5.0},
    {"germline_brca": True, "pik3ca_akt1_pten": True, "esr1": True, "pdl1_cps": 15.0},
)


def receptor_grid() -> Iterator[CaseInputs]:
    """Every ER x PR x IHC x ISH x Ki-67 state with no clinical context."""
    for er, pr, ihc, ish, ki67 in itertools.product(
        ER_STATES, PR_STATES, IHC_STATES, ISH_STATES, KI67_STATES
    ):
        yield CaseInputs(er=er, pr=pr, her2=Her2Input(ihc, ish), ki67_percent=ki67)


def full_grid() -> Iterator[CaseInputs]:
    """The receptor grid crossed with every setting, menopause and biomarker profile."""
    contexts = [
        Context(setting=s, menopause=m, **b)  # type: ignore[arg-type]
        for s, m, b in itertools.product(SETTING_STATES, MENOPAUSE_STATES, BIOMARKER_STATES)
    ]
    for case in receptor_grid():
        for ctx in contexts:
            yield CaseInputs(case.er, case.pr, case.her2, case.ki67_percent, ctx)
