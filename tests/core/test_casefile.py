"""The her2aid-case/1 parser: every kind of bad input gets one clear line; round trips."""

from __future__ import annotations

import errno
import io
import json
import os
from pathlib import Path

import pytest

from her2aid.core import casefile
from her2aid.core.errors import InputError
from her2aid.core.examples import example_names, load_example
from her2aid.core.models import (
    CaseInputs,
    DualIsh,
    Importance,
    IshResult,
    PrStatus,
    ReportedIsh,
    SingleIsh,
)

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
        (HEAD + '"values": {"live_longer": "a lot"}}', "values.live_longer", "must be one of"),
        (HEAD + '"values": {"live_longer": true}}', "values.live_longer", "must be one of"),
        (HEAD + '"values": {"be_rich": "very_important"}}', "values.be_rich", "unknown field"),
        (HEAD + '"values": ["live_longer"]}', "values", "must be an object"),
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


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permission denied, injected: CI runs as root, which reads any file."""
    locked = tmp_path / "locked.json"
    locked.write_text('{"format": "her2aid-case/1"}', encoding="utf-8")

    def denied(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(InputError) as info:
        casefile.read(locked)
    assert info.value.reason == "cannot be read (permission denied)"


def test_read_error_of_another_kind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = tmp_path / "case.json"
    case.write_text('{"format": "her2aid-case/1"}', encoding="utf-8")

    def failing(self: Path, *args: object, **kwargs: object) -> object:
        raise OSError(errno.EIO, "Input/output error", str(self))

    monkeypatch.setattr(Path, "open", failing)
    with pytest.raises(InputError) as info:
        casefile.read(case)
    assert info.value.reason == "cannot be read (Input/output error)"


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


# --- issue 15: null is absent everywhere; odd keys; one decoder; one line -------------


@pytest.mark.parametrize(
    ("ish_json", "expected"),
    [
        ('{"ratio": null}', ReportedIsh()),
        ('{"mean_copies": null, "recount": null}', ReportedIsh()),
        ('{"assay": "single", "ratio": null}', SingleIsh()),
        ('{"assay": "single", "mean_copies": 7, "recount": null}', SingleIsh(7)),
        ('{"assay": "single", "ratio": null, "recount": null, "mean_copies": 3}', SingleIsh(3)),
        ('{"assay": "dual", "ratio": 2.5, "mean_copies": 5, "result": null}', DualIsh(2.5, 5)),
        ('{"result": "amplified", "assay": null, "ratio": null}', ReportedIsh(IshResult.AMPLIFIED)),
        ('{"assay": null}', ReportedIsh()),
    ],
)
def test_null_means_absent_inside_ish_too(ish_json: str, expected: object) -> None:
    """The README: any field may be missing or null. The campaign's reproducers."""
    case = casefile.loads(HEAD + f'"her2": {{"ish": {ish_json}}}}}')
    assert case.her2.ish == expected


def test_null_beside_a_value_everywhere_else() -> None:
    text = (
        HEAD
        + '"er": {"percent": 50, "status": null}, "pr": {"percent": null, "status": "negative"}, '
        '"prognosis": {"age": 50, "grade": null, "treatments": {"chemo": null}}}'
    )
    case = casefile.loads(text)
    assert (case.er.percent, case.er.status, case.pr.status) == (50, None, PrStatus.NEGATIVE)
    assert case.prognosis is not None
    assert case.prognosis.grade is None


@pytest.mark.parametrize(
    ("data", "field", "got"),
    [
        ({"format": casefile.FORMAT, 1: 2}, "", "got 1"),
        ({"format": casefile.FORMAT, None: 2}, "", "got null"),
        ({"format": casefile.FORMAT, "er": {b"percent": 5}}, "er", "got a Python bytes"),
        ({"format": casefile.FORMAT, "her2": {"ish": {("a",): 1}}}, "her2.ish", "a Python tuple"),
        ({"format": casefile.FORMAT, "context": {2.5: True}}, "context", "got 2.5"),
    ],
)
def test_from_dict_refuses_keys_that_are_not_text(
    data: dict[object, object], field: str, got: str
) -> None:
    with pytest.raises(InputError) as info:
        casefile.from_dict(data)
    assert info.value.field == field
    assert info.value.reason.startswith("field names must be text")
    assert got in info.value.reason


def test_from_dict_describes_other_python_values_briefly() -> None:
    with pytest.raises(InputError) as info:
        casefile.from_dict({"format": casefile.FORMAT, "ki67_percent": {1, 2}})
    assert info.value.reason == "must be a number from 0 to 100, got a Python set"


@pytest.mark.parametrize(
    "char", ["\n", "\r", "\u2028", "\u2029", "\u0085", "\u202e", "\u2066", "\x1b", "\udfff"]
)
def test_messages_escape_what_a_terminal_would_not_show(char: str) -> None:
    """Line breaks, bidi overrides, escape sequences and lone surrogates, in keys and values."""
    key = json.dumps(f"na{char}me")
    for text in (HEAD + f"{key}: 1}}", HEAD + f'"er": {{"status": {key}}}}}'):
        message = str(error_of(text))
        assert message.isprintable(), message
        assert char not in message
        assert "na\\u" in message or "na\\n" in message or "na\\r" in message


def test_a_long_text_value_is_not_quoted() -> None:
    err = error_of(HEAD + '"er": {"status": "' + "x" * 41 + '"}}')
    assert err.reason.endswith("got a long text")


def _bom_variants(text: str) -> list[bytes]:
    return [
        text.encode("utf-8"),
        b"\xef\xbb\xbf" + text.encode("utf-8"),
        b"\xff\xfe" + text.encode("utf-16-le"),
        b"\xfe\xff" + text.encode("utf-16-be"),
        b"\xff\xfe\x00\x00" + text.encode("utf-32-le"),
        b"\x00\x00\xfe\xff" + text.encode("utf-32-be"),
    ]


@pytest.mark.parametrize("raw", _bom_variants('{"format": "her2aid-case/1", "er": {"percent": 5}}'))
def test_file_and_stream_decode_alike(tmp_path: Path, raw: bytes) -> None:
    """UTF-8 with or without its mark, UTF-16 and UTF-32 with theirs: the same case either way."""
    path = tmp_path / "case.json"
    path.write_bytes(raw)
    from_file = casefile.read(path)
    assert from_file.er.percent == 5
    assert casefile.read_stream(io.BytesIO(raw)) == from_file
    assert casefile.decode(raw) == '{"format": "her2aid-case/1", "er": {"percent": 5}}'


@pytest.mark.parametrize(
    "raw",
    [
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b'{"format": "her2aid-case/1", "\xff": 1}',
        b'{"format": "her2aid-case/1"}\x00',
        '{"format": "her2aid-case/1"}'.encode("utf-16-le"),  # no mark: not UTF-8 either
        b"\xff\xfe\x00",  # a mark, then half a character
        b"\xfe\xff\xd8\x00",  # a mark, then a lone surrogate
    ],
)
def test_file_and_stream_refuse_alike(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "case.json"
    path.write_bytes(raw)
    with pytest.raises(InputError) as from_file:
        casefile.read(path)
    with pytest.raises(InputError) as from_stream:
        casefile.read_stream(io.BytesIO(raw))
    assert (
        str(from_file.value)
        == str(from_stream.value)
        == "is not a UTF-8 text file (is it a case file?)"
    )


def test_text_streams_are_still_read() -> None:
    """A caller with an already decoded stream (the Python API) is served as before."""
    assert casefile.read_stream(io.StringIO('\ufeff{"format": "her2aid-case/1"}')) == CaseInputs()
    with pytest.raises(InputError, match="over 1 MB"):
        casefile.read_stream(io.StringIO(" " * (casefile.MAX_FILE_BYTES + 1)))
    undecodable = io.TextIOWrapper(io.BytesIO(b"\xff\xfe\xfd"), encoding="utf-8")
    with pytest.raises(InputError, match="not a UTF-8 text file"):
        casefile.read_stream(undecodable)


def test_a_stream_that_fails_to_read() -> None:
    class Broken(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: object) -> int:
            raise OSError(errno.EISDIR, "Is a directory")

    with pytest.raises(InputError) as info:
        casefile.read_stream(io.BufferedReader(Broken()))
    assert str(info.value) == "cannot be read (Is a directory)"


@pytest.mark.parametrize(
    ("field", "logged"),
    [
        ("er.percent", "er.percent"),
        ("her2.ish.mean_copies", "her2.ish.mean_copies"),
        ("prognosis.treatments.chemo", "prognosis.treatments.chemo"),
        ("line 3, column 7", "line 3, column 7"),
        ("", "-"),
        ("Zelda Quarantotto", "(a name not in the format)"),
        ("context.Zelda", "(a name not in the format)"),
        ("er.percent\\n", "(a name not in the format)"),
        ("line 3, column 7 Zelda", "(a name not in the format)"),
    ],
)
def test_loggable_field_keeps_only_the_formats_own_names(field: str, logged: str) -> None:
    assert casefile.loggable_field(field) == logged


def _keys(obj: object) -> set[str]:
    if not isinstance(obj, dict):
        return set()
    return set(obj).union(*(_keys(value) for value in obj.values()))


def test_every_field_the_reader_names_is_a_format_name() -> None:
    """FIELD_NAMES covers the writer's output, so a refused known field is logged by name."""
    for name in example_names():
        names = _keys(casefile.to_dict(load_example(name)))
        assert names <= casefile.FIELD_NAMES, names - casefile.FIELD_NAMES


def test_the_values_answers_round_trip_and_are_left_out_when_there_are_none() -> None:
    """Issue 14: the values exercise is saved in the case file, and only there."""
    text = HEAD + (
        '"values": {"avoid_hair_loss": null, "live_longer": "very_important", '
        '"lower_return": "not_important", "feel_well_now": "somewhat_important"}}'
    )
    inputs = casefile.loads(text)
    assert inputs.values == (
        ("live_longer", Importance.VERY_IMPORTANT),
        ("lower_return", Importance.NOT_IMPORTANT),
        ("feel_well_now", Importance.SOMEWHAT_IMPORTANT),
    )
    saved = casefile.to_dict(inputs)
    assert saved["values"] == {
        "live_longer": "very_important",
        "lower_return": "not_important",
        "feel_well_now": "somewhat_important",
    }
    assert casefile.loads(casefile.dumps(inputs)) == inputs
    assert "values" not in casefile.to_dict(casefile.loads(HEAD + '"values": null}'))
    assert "values" not in casefile.to_dict(casefile.loads(HEAD + '"values": {}}'))
