"""The her2aid-case/1 parser: every kind of bad input gets one clear line; round trips."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from her2aid.core import casefile
from her2aid.core.errors import InputError
from her2aid.core.examples import example_names, load_example
from her2aid.core.models import CaseInputs, DualIsh, ReportedIsh, SingleIsh

HEAD = '{"format": "her2aid-case/1", '


def error_of(text: str) -> InputError:
    with pytest.raises(InputError) as info:
        casefile.loads(text)
    return info.value


@pytest.mark.parametrize(
    ("text", "field", "reason_part"),
    [
        ("{", "line 1, column 2", "not valid JSON"),
        ("[]", "", "must be a JSON object"),
        ("{}", "format", "missing"),
        ('{"format": "her2aid-case/2"}', "format", "not supported"),
        ('{"format": 1}', "format", "not supported"),
        (HEAD + '"er": {"percent": 120}}', "er.percent", "from 0 to 100, got 120"),
        (HEAD + '"er": {"percent": -0.5}}', "er.percent", "got -0.5"),
        (HEAD + '"er": {"percent": true}}', "er.percent", "got true"),
        (HEAD + '"er": {"percent": "85"}}', "er.percent", 'got text "85"'),
        (HEAD + '"er": {"percent": 1e400}}', "er.percent", "finite"),
        (HEAD + '"er": {"percent": NaN}}', "er.percent", "got NaN"),
        (HEAD + '"er": {"percent": Infinity}}', "er.percent", "got Infinity"),
        (HEAD + '"ki67_percent": -Infinity}', "ki67_percent", "got -Infinity"),
        (HEAD + '"format2": NaN}', "format2", "unknown field"),
        (HEAD + '"ki67_percent": 1' + "0" * 400 + "}", "ki67_percent", "too many digits"),
        ('{"format": NaN}', "format", "NaN is not supported"),
        (HEAD + '"er": 85}', "er", "must be an object"),
        (HEAD + '"er": {"status": "weak"}}', "er.status", "must be one of"),
        (HEAD + '"er": {"percent": 5, "status": "positive"}}', "er.status", "contradicts"),
        (HEAD + '"pr": {"percent": 0, "status": "positive"}}', "pr.status", "contradicts"),
        (HEAD + '"pr": {"status": "low_positive"}}', "pr.status", "must be one of"),
        (HEAD + '"her2": {"ihc": "4+"}}', "her2.ihc", "must be one of"),
        (HEAD + '"her2": {"ihc": 2}}', "her2.ihc", "got 2"),
        (
            HEAD + '"her2": {"ish": {"assay": "dual", "ratoi": 2}}}',
            "her2.ish.ratoi",
            "did you mean 'ratio'",
        ),
        (
            HEAD + '"her2": {"ish": {"assay": "dual", "ratio": 2.1}}}',
            "her2.ish.mean_copies",
            "needs both",
        ),
        (
            HEAD + '"her2": {"ish": {"assay": "dual", "mean_copies": 4}}}',
            "her2.ish.ratio",
            "needs both",
        ),
        (
            HEAD + '"her2": {"ish": {"assay": "dual", "ratio": 0, "mean_copies": 4}}}',
            "her2.ish.ratio",
            "more than 0",
        ),
        (
            HEAD + '"her2": {"ish": {"assay": "dual", "ratio": -1, "mean_copies": 4}}}',
            "her2.ish.ratio",
            "more than 0",
        ),
        (
            HEAD + '"her2": {"ish": {"assay": "dual", "ratio": 2, "mean_copies": 1e9}}}',
            "her2.ish.mean_copies",
            "at most 200",
        ),
        (
            HEAD + '"her2": {"ish": {"assay": "dual", "ratio": 500, "mean_copies": 4}}}',
            "her2.ish.ratio",
            "at most 100",
        ),
        (
            HEAD
            + '"her2": {"ish": {"assay": "dual", "ratio": 2, "mean_copies": 4, "recount": "yes"}}}',
            "her2.ish.recount",
            "true, false",
        ),
        (
            HEAD + '"her2": {"ish": {"assay": "single", "ratio": 2}}}',
            "her2.ish.ratio",
            "only to dual-probe",
        ),
        (
            HEAD + '"her2": {"ish": {"assay": "single", "recount": true}}}',
            "her2.ish.recount",
            "only to dual-probe",
        ),
        (HEAD + '"her2": {"ish": {"assay": "triple"}}}', "her2.ish.assay", '"dual" or "single"'),
        (HEAD + '"her2": {"ish": {"ratio": 2, "mean_copies": 4}}}', "her2.ish.assay", "missing"),
        (
            HEAD + '"her2": {"ish": {"result": "amplified", "assay": "dual"}}}',
            "her2.ish",
            "not both",
        ),
        (HEAD + '"her2": {"ish": {"result": "positive"}}}', "her2.ish.result", "must be one of"),
        (HEAD + '"ki67_percent": 101}', "ki67_percent", "from 0 to 100"),
        (HEAD + '"context": {"setting": "adjuvant"}}', "context.setting", "must be one of"),
        (HEAD + '"context": {"menopause": "peri"}}', "context.menopause", "must be one of"),
        (HEAD + '"context": {"germline_brca": "yes"}}', "context.germline_brca", "true, false"),
        (HEAD + '"context": {"pdl1_cps": 150}}', "context.pdl1_cps", "from 0 to 100"),
        (HEAD + '"context": {"stage": "II"}}', "context.stage", "unknown field"),
        (HEAD + '"patient": "Jane"}', "patient", "unknown field"),
        ('{"format": "her2aid-case/1", "format": "her2aid-case/1"}', "format", "appears twice"),
        (HEAD + '"er": {"status": "pos\\nitive"}}', "er.status", 'got text "pos\\nitive"'),
        (HEAD + '"er": {"per\\ncent": 5}}', "er.per\\ncent", "unknown field"),
        # Numbers too big for a float, or for Python's int parser, and deep nesting.
        (HEAD + '"ki67_percent": 1' + "0" * 400 + "}", "ki67_percent", "finite"),
        (HEAD + '"ki67_percent": 1' + "0" * 5000 + "}", "ki67_percent", "finite"),
        (HEAD + '"ki67_percent": -1' + "0" * 5000 + "}", "ki67_percent", "finite"),
        (HEAD + '"prognosis": {"nodes": 1' + "0" * 400 + "}}", "prognosis.nodes", "finite"),
        (HEAD + '"prognosis": {"grade": 1' + "0" * 5000 + "}}", "prognosis.grade", "must be 1"),
        ('{"format": 1' + "0" * 5000 + "}", "format", "not supported"),
        ("[" * 100_000, "", "nested too deeply"),
        ('{"a": ' * 100_000, "", "nested too deeply"),
        (HEAD + '"er": ' + "[" * 100_000 + "]" * 100_000 + "}", "", "nested too deeply"),
    ],
)
def test_bad_input_names_the_field_and_the_reason(text: str, field: str, reason_part: str) -> None:
    err = error_of(text)
    assert err.field == field
    assert reason_part in err.reason
    assert "\n" not in str(err)
    assert "Traceback" not in str(err)


def test_everything_unknown_is_a_valid_case() -> None:
    assert casefile.loads('{"format": "her2aid-case/1"}') == CaseInputs()
    nulls = (
        HEAD + '"er": null, "pr": {}, "her2": {"ihc": null, "ish": null}, '
        '"ki67_percent": null, "context": {}}'
    )
    assert casefile.loads(nulls) == CaseInputs()


@pytest.mark.parametrize(
    ("ish_json", "expected"),
    [
        ('{"assay": "dual"}', DualIsh()),
        ('{"assay": "dual", "ratio": null, "mean_copies": null}', DualIsh()),
        ('{"assay": "single"}', SingleIsh()),
        ("{}", ReportedIsh()),
        ('{"result": null}', ReportedIsh()),
        ('{"assay": "dual", "ratio": 2, "mean_copies": 4, "recount": null}', DualIsh(2, 4, False)),
    ],
)
def test_pending_ish_forms(ish_json: str, expected: object) -> None:
    case = casefile.loads(HEAD + f'"her2": {{"ish": {ish_json}}}}}')
    assert case.her2.ish == expected


def test_consistent_percent_and_status_are_accepted() -> None:
    case = casefile.loads(
        HEAD + '"er": {"percent": 5, "status": "low_positive"}, '
        '"pr": {"percent": 0, "status": "negative"}}'
    )
    assert case.er.percent == 5
    assert case.pr.percent == 0


@pytest.mark.parametrize("name", example_names())
def test_examples_round_trip(name: str) -> None:
    case = load_example(name)
    assert casefile.loads(casefile.dumps(case)) == case


def test_dump_writes_whole_numbers_as_integers() -> None:
    text = casefile.dumps(casefile.loads(HEAD + '"er": {"percent": 85.0}, "ki67_percent": 12.5}'))
    data = json.loads(text)
    assert data["er"] == {"percent": 85}
    assert data["ki67_percent"] == 12.5


def test_read_files(tmp_path: Path) -> None:
    good = tmp_path / "case.json"
    good.write_text('\ufeff{"format": "her2aid-case/1"}', encoding="utf-8")  # BOM tolerated
    assert casefile.read(good) == CaseInputs()
    with pytest.raises(InputError, match="no such file"):
        casefile.read(tmp_path / "missing.json")
    with pytest.raises(InputError, match="is a folder"):
        casefile.read(tmp_path)
    binary = tmp_path / "photo.json"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    with pytest.raises(InputError, match="not a UTF-8 text file"):
        casefile.read(binary)
    if hasattr(os, "mkfifo"):  # a pipe would be read forever (or block); refused at once
        pipe = tmp_path / "pipe.json"
        os.mkfifo(pipe)
        with pytest.raises(InputError, match="not an ordinary file"):
            casefile.read(pipe)
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (casefile.MAX_FILE_BYTES + 1))
    with pytest.raises(InputError, match="MB"):
        casefile.read(big)


def test_unreadable_file(tmp_path: Path) -> None:
    locked = tmp_path / "locked.json"
    locked.write_text("{}", encoding="utf-8")
    locked.chmod(0)
    try:
        if locked.stat().st_mode and not _can_read(locked):
            with pytest.raises(InputError, match="permission denied"):
                casefile.read(locked)
    finally:
        locked.chmod(0o600)


def _can_read(path: Path) -> bool:
    try:
        path.read_bytes()
    except PermissionError:
        return False
    return True  # root can read anything; nothing to test then


@pytest.mark.parametrize("value", [10**400, -(10**5000)], ids=["400 digits", "5000 digits"])
def test_huge_python_integers_are_refused_by_from_dict(value: int) -> None:
    with pytest.raises(InputError) as info:
        casefile.from_dict({"format": casefile.FORMAT, "ki67_percent": value})
    assert info.value.field == "ki67_percent"
    with pytest.raises(InputError) as info:
        casefile.from_dict({"format": value})
    assert info.value.field == "format"
    assert len(str(info.value)) < 200


@pytest.mark.parametrize("model", ["v2.1", "v2.2"])
def test_the_predict_version_round_trips(model: str) -> None:
    text = HEAD + '"prognosis": {"age": 50, "model": "' + model + '"}}'
    inputs = casefile.loads(text)
    assert inputs.prognosis is not None
    assert inputs.prognosis.model == model
    again = casefile.loads(json.dumps(casefile.to_dict(inputs)))
    assert again == inputs
    assert casefile.to_dict(inputs)["prognosis"]["model"] == model


def test_a_missing_or_null_predict_version_means_the_default() -> None:
    for text in (HEAD + '"prognosis": {"age": 50}}', HEAD + '"prognosis": {"model": null}}'):
        inputs = casefile.loads(text)
        assert inputs.prognosis is not None
        assert inputs.prognosis.model is None
        assert "model" not in casefile.to_dict(inputs)["prognosis"]


@pytest.mark.parametrize("bad", ['"v3"', '"2.2"', "2.2", "true", '["v2.1"]'])
def test_a_bad_predict_version_is_refused_naming_the_field(bad: str) -> None:
    error = error_of(HEAD + '"prognosis": {"model": ' + bad + "}}")
    assert error.field == "prognosis.model"
    assert '"v2.1", "v2.2" or null' in error.reason
