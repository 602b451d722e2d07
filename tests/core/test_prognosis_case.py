"""From a case file to a PREDICT estimate: inputs taken from the classification."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from her2aid.core import casefile
from her2aid.core.classify import classify
from her2aid.core.errors import InputError
from her2aid.core.models import (
    CaseInputs,
    Chemo,
    Context,
    Endocrine,
    ErInput,
    Her2Input,
    Ihc,
    PlannedTreatments,
    PrInput,
    PrognosisCase,
    Setting,
)
from her2aid.core.prognosis import Treatments
from her2aid.core.prognosis_case import prognosis_for, prognosis_inputs
from procs import run_her2aid

BLOCK = PrognosisCase(age=57, size_mm=29, nodes=5, grade=2)


def case(
    er: float | None = 90, ihc: Ihc | None = Ihc.THREE, ki67: float | None = 30, **kw: object
) -> CaseInputs:
    return CaseInputs(
        er=ErInput(er),
        pr=PrInput(50),
        her2=Her2Input(ihc),
        ki67_percent=ki67,
        context=Context(setting=Setting.EARLY),
        prognosis=kw.get("prognosis", BLOCK),  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("er", "ihc", "ki67", "expected"),
    [
        (90, Ihc.THREE, 30, (True, "positive", "positive")),
        (5, Ihc.ONE, 10, (True, "negative", "negative")),  # ER-low counts as ER positive
        (5, Ihc.ONE, 10.01, (True, "negative", "positive")),  # Ki-67 > 10 % is positive
        (0, Ihc.TWO, None, (False, "unknown", "unknown")),  # HER2 equivocal -> unknown
        (0, None, 5, (False, "unknown", "negative")),
    ],
)
def test_receptor_inputs_come_from_the_classification(
    er: float, ihc: Ihc | None, ki67: float | None, expected: tuple[bool, str, str]
) -> None:
    c = case(er, ihc, ki67)
    inputs, _ = prognosis_inputs(c, classify(c))
    assert (inputs.er_positive, inputs.her2, inputs.ki67) == expected


def test_treatments_and_unknowns_carry_over() -> None:
    planned = PlannedTreatments(Chemo.THIRD_GEN, Endocrine.TEN_YEARS, True, True)
    c = case(prognosis=PrognosisCase(60, 20, 0, None, None, planned))
    inputs, treatments = prognosis_inputs(c, classify(c))
    assert treatments == Treatments("third_gen", "10y", True, True)
    assert inputs.grade is None
    assert inputs.detection == "unknown"


@pytest.mark.parametrize(
    ("prognosis", "field"),
    [
        (None, "prognosis"),
        (PrognosisCase(size_mm=20, nodes=0), "prognosis.age"),
        (PrognosisCase(age=50, nodes=0), "prognosis.size_mm"),
        (PrognosisCase(age=50, size_mm=20), "prognosis.nodes"),
    ],
)
def test_missing_facts_are_named(prognosis: PrognosisCase | None, field: str) -> None:
    c = CaseInputs(er=ErInput(90), context=Context(setting=Setting.EARLY), prognosis=prognosis)
    with pytest.raises(InputError) as info:
        prognosis_inputs(c, classify(c))
    assert info.value.field == field


def test_refusals() -> None:
    unknown_er = CaseInputs(context=Context(setting=Setting.EARLY), prognosis=BLOCK)
    with pytest.raises(InputError, match="ER status is unknown"):
        prognosis_for(unknown_er, classify(unknown_er))
    metastatic = CaseInputs(
        ErInput(90), context=Context(setting=Setting.METASTATIC), prognosis=BLOCK
    )
    with pytest.raises(InputError, match="not metastatic disease"):
        prognosis_for(metastatic, classify(metastatic))
    young = CaseInputs(
        ErInput(90), context=Context(setting=Setting.EARLY), prognosis=PrognosisCase(24.5, 20, 0)
    )
    with pytest.raises(InputError, match="between 25 and 85"):
        prognosis_for(young, classify(young))


def test_endocrine_with_er_negative_is_not_applied() -> None:
    planned = PlannedTreatments(endocrine=Endocrine.FIVE_YEARS, trastuzumab=True)
    c = CaseInputs(
        ErInput(0),
        PrInput(0),
        Her2Input(Ihc.ONE),
        context=Context(setting=Setting.EARLY),
        prognosis=PrognosisCase(50, 20, 1, 3, None, planned),
    )
    _, result = prognosis_for(c, classify(c))
    assert {n.treatment for n in result.not_applied} == {"endocrine", "trastuzumab"}
    assert result.with_treatment.os == result.surgery_only.os


def run(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return run_her2aid(*args, env=os.environ, stdin=stdin, timeout=60)


def test_cli_prognosis(tmp_path: Path) -> None:
    planned = PlannedTreatments(Chemo.THIRD_GEN, Endocrine.FIVE_YEARS, True, False)
    c = case(prognosis=PrognosisCase(57, 29, 5, 2, None, planned))
    proc = run("prognosis", "-", "--model", "v2.1", stdin=casefile.dumps(c))
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    data = json.loads(proc.stdout)
    assert data["model"] == "PREDICT v2.1"
    assert data["years"] == list(range(1, 16))
    assert len(data["surgery_only"]) == len(data["with_treatment"]) == 15
    assert [b["treatment"] for b in data["benefits"]] == ["endocrine", "chemo", "trastuzumab"]
    deaths = data["deaths"]["surgery_only"]
    for year in range(15):
        total = deaths["breast_cancer_deaths"][year] + deaths["other_cause_deaths"][year]
        assert total + data["surgery_only"][year] == pytest.approx(100, abs=1e-3)


def test_cli_prognosis_refuses_metastatic_in_one_line() -> None:
    c = CaseInputs(ErInput(90), context=Context(setting=Setting.METASTATIC), prognosis=BLOCK)
    proc = run("prognosis", "-", stdin=casefile.dumps(c))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1
    assert "context.setting: PREDICT is for early invasive breast cancer" in proc.stderr


def test_metastatic_case_without_a_prognosis_block_is_refused_for_its_setting() -> None:
    """Asking for age, size and nodes would mislead: PREDICT cannot answer at all."""
    c = CaseInputs(ErInput(90), context=Context(setting=Setting.METASTATIC))
    proc = run("prognosis", "-", stdin=casefile.dumps(c))
    assert proc.returncode == 2
    assert "context.setting: PREDICT is for early invasive breast cancer" in proc.stderr
    assert "add age" not in proc.stderr


def test_unknown_setting_is_refused_not_assumed_early() -> None:
    """The window shows PREDICT only for early disease; a script gets the same rule."""
    c = CaseInputs(ErInput(90), prognosis=BLOCK)
    with pytest.raises(InputError) as info:
        prognosis_for(c, classify(c))
    assert info.value.field == "context.setting"
    assert '"setting": "early"' in str(info.value)


def test_bisphosphonates_left_out_before_menopause() -> None:
    from her2aid.core.models import Menopause

    planned = PlannedTreatments(bisphosphonates=True)
    pre = CaseInputs(
        ErInput(90),
        context=Context(setting=Setting.EARLY, menopause=Menopause.PRE),
        prognosis=PrognosisCase(45, 20, 1, 2, None, planned),
    )
    _, result = prognosis_for(pre, classify(pre))
    assert [n.treatment for n in result.not_applied] == ["bisphosphonates"]
    assert "postmenopausal" in result.not_applied[0].reason
    assert result.benefits == ()
    post = CaseInputs(
        ErInput(90),
        context=Context(setting=Setting.EARLY, menopause=Menopause.POST),
        prognosis=PrognosisCase(60, 20, 1, 2, None, planned),
    )
    _, result = prognosis_for(post, classify(post))
    assert [b.treatment for b in result.benefits] == ["bisphosphonates"]


def test_cli_prognosis_uses_the_case_files_predict_version() -> None:
    c = case(prognosis=PrognosisCase(57, 29, 5, 2, model="v2.1"))
    proc = run("prognosis", "-", stdin=casefile.dumps(c))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["model"] == "PREDICT v2.1"
    proc = run("prognosis", "-", "--model", "v2.2", stdin=casefile.dumps(c))
    assert json.loads(proc.stdout)["model"] == "PREDICT v2.2"  # the option wins
