"""Plain language on every patient page (IPDAS: SMOG grade 8 or lower, not only Flesch-Kincaid).

Measured over everything a patient reads, block by block as a reader meets it
(tests/report/prose.py), on the window's patient view and on the printed
patient handout, for every shipped example and a grid of cases that covers
each kind x setting x HER2 category, ER-low, ER-/PR+, pending results,
menopause and the PREDICT section.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest
import textstat

from her2aid.core import casefile
from her2aid.core.classify import classify
from her2aid.core.examples import example_names, load_example
from her2aid.core.models import CaseInputs
from her2aid.report.context import Meta
from her2aid.report.render import render_handout, render_summary

from .prose import prose

SMOG_MAX = 8.0
FLESCH_KINCAID_MAX = 7.0

RECEPTORS = {  # er %, pr %, HER2 IHC (and ISH where it decides)
    "luminal": (90, 60, {"ihc": "0-null"}),
    "er_low": (5, 0, {"ihc": "1+"}),
    "er_neg_pr_pos": (0, 40, {"ihc": "0-null"}),
    "hr_pos_her2_low": (80, 10, {"ihc": "1+"}),
    "hr_pos_ultralow": (80, 10, {"ihc": "0-ultralow"}),
    "hr_pos_her2_pos": (80, 10, {"ihc": "3+"}),
    "hr_neg_her2_pos": (0, 0, {"ihc": "2+", "ish": {"result": "amplified"}}),
    "tnbc_low": (0, 0, {"ihc": "1+"}),
    "tnbc_null": (0, 0, {"ihc": "0-null"}),
    "her2_pending": (90, 60, {"ihc": "2+", "ish": {"assay": "dual"}}),
    "hr_unknown": (None, None, {"ihc": "1+"}),
}
SETTINGS = ("early", "metastatic", None)
MENOPAUSE = ("pre", "post", None)


def grid_case(kind: str, setting: str | None, menopause: str | None, predict: bool) -> CaseInputs:
    er, pr, her2 = RECEPTORS[kind]
    data: dict[str, Any] = {
        "format": "her2aid-case/1",
        "her2": her2,
        "ki67_percent": 25,
        "context": {"setting": setting, "menopause": menopause},
    }
    if er is not None:
        data["er"] = {"percent": er}
        data["pr"] = {"percent": pr}
    if predict:
        data["prognosis"] = {
            "age": 48 if menopause == "pre" else 63,
            "size_mm": 24,
            "nodes": 2,
            "grade": 2,
            "treatments": {"chemo": "third_gen", "endocrine": "5y", "bisphosphonates": True},
        }
    return casefile.from_dict(data)


GRID = [
    (kind, setting, menopause, setting == "early" and menopause != "pre")
    for kind, setting, menopause in itertools.product(RECEPTORS, SETTINGS, MENOPAUSE)
]


def grades(text: str) -> tuple[float, float]:
    return textstat.smog_index(text), textstat.flesch_kincaid_grade(text)


def check(case: CaseInputs, label: str) -> None:
    result = classify(case)
    for kind, html in (
        ("panel", render_summary(result, case, audience="patient")),
        ("handout", render_handout(result, case, audiences=("patient",), meta=Meta())),
    ):
        smog, fk = grades(prose(html))
        assert smog <= SMOG_MAX, f"{label} {kind}: SMOG {smog:.2f}"
        assert fk <= FLESCH_KINCAID_MAX, f"{label} {kind}: Flesch-Kincaid {fk:.2f}"


@pytest.mark.parametrize("name", example_names())
def test_every_shipped_example_reads_at_smog_8_or_lower(name: str) -> None:
    check(load_example(name), name)


@pytest.mark.parametrize(("kind", "setting", "menopause", "predict"), GRID)
def test_a_grid_of_cases_reads_at_smog_8_or_lower(
    kind: str, setting: str | None, menopause: str | None, predict: bool
) -> None:
    check(grid_case(kind, setting, menopause, predict), f"{kind}/{setting}/{menopause}")
