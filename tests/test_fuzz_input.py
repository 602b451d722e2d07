"""Anything in, a result or one clean line out: the case reader and the CLI (issue 15).

Arbitrary JSON-shaped data (keys and values of every kind, lone surrogates,
line and paragraph separators, bidi overrides, huge numbers, non-text keys
from Python) and arbitrary bytes go to ``casefile`` and to ``her2aid
classify`` / ``prognosis`` (run in this process, with standard input or a
file). Allowed outcomes: a result, or an :class:`InputError` / exit 2 with
exactly one printable line on stderr and nothing on stdout. And every case
the README calls valid, with any field missing or null, is accepted.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from her2aid import cli
from her2aid.core import casefile
from her2aid.core.errors import InputError
from her2aid.core.models import CaseInputs

#: Characters that broke messages in the campaign, besides everything Unicode has.
TRICKY = '\n\r\t\x00\x1b\x85\u2028\u2029\u202e\u2066\ufeff\udfff\ud800"\\'
any_char = st.characters(exclude_categories=()) | st.sampled_from(TRICKY)
any_text = st.text(any_char, max_size=12)
#: Names the format uses at some depth, so the data reaches the inner checks.
NAMES = sorted(casefile.FIELD_NAMES)
keys = st.sampled_from(NAMES) | any_text
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=10**17, max_value=10**30)
    | st.floats()
    | any_text
    | st.sampled_from(
        ["her2aid-case/1", "dual", "single", "early", "metastatic", "3+", "0-ultralow", "positive"]
    )
)
json_like = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(keys, children, max_size=5),
    max_leaves=25,
)
case_like = st.dictionaries(keys, json_like, max_size=7).map(
    lambda d: {"format": "her2aid-case/1", **d}
)
#: What Python callers can pass that JSON cannot hold.
python_keys = st.integers() | st.none() | st.binary(max_size=3) | st.tuples(st.integers())


def assert_one_line(message: str) -> None:
    assert message
    assert message.isprintable(), repr(message)  # no line breaks, no bidi, no surrogates
    assert len(message) < 2000


def reads_or_refuses(data: object) -> CaseInputs | None:
    try:
        return casefile.from_dict(data)
    except InputError as exc:
        assert_one_line(str(exc))
        return None


@given(case_like | json_like)
def test_from_dict_gives_a_case_or_one_line(data: object) -> None:
    case = reads_or_refuses(data)
    if case is not None:
        assert casefile.from_dict(json.loads(casefile.dumps(case))) == case


@given(st.dictionaries(python_keys, json_like, min_size=1, max_size=3), st.sampled_from(NAMES))
def test_keys_that_are_not_text_are_a_field_error(bad: dict[Any, Any], where: str) -> None:
    for data in ({"format": "her2aid-case/1", **bad}, {"format": "her2aid-case/1", where: bad}):
        with pytest.raises(InputError) as info:
            casefile.from_dict(data)
        assert_one_line(str(info.value))


def encodings(value: object) -> st.SearchStrategy[bytes]:
    """``value`` as JSON bytes, as an editor or a script might have written them."""
    text = json.dumps(value, ensure_ascii=False)
    return st.sampled_from(
        [
            json.dumps(value).encode(),
            text.encode("utf-8", "surrogatepass"),  # invalid UTF-8 where there are surrogates
            b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass"),
            b"\xff\xfe" + text.encode("utf-16-le", "surrogatepass"),
            text.encode("utf-16-le", "surrogatepass"),
        ]
    )


any_input = st.binary(max_size=300) | (case_like | json_like).flatmap(encodings)


@given(any_input)
def test_bytes_read_alike_from_a_stream_or_a_file(raw: bytes) -> None:
    try:
        from_stream: object = casefile.read_stream(io.BytesIO(raw))
    except InputError as exc:
        assert_one_line(str(exc))
        from_stream = str(exc)
    try:
        from_text: object = casefile.loads(casefile.decode(raw))
    except InputError as exc:
        from_text = str(exc)
    assert from_stream == from_text


def run_cli(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    """``her2aid ARGV`` in this process; returns (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(argv)
    finally:
        sys.stdin = saved
    return code, out.getvalue(), err.getvalue()


def check_cli(code: int, out: str, err: str) -> None:
    if code == 0:
        assert err == ""
        json.loads(out)
        return
    assert code == 2, err
    assert out == ""
    assert err.endswith("\n")
    assert err.count("\n") == 1, err
    assert err.startswith("her2aid: error: ")
    assert_one_line(err[:-1])


@given(any_input, st.sampled_from(["classify", "prognosis"]))
def test_the_cli_on_stdin_gives_a_result_or_exit_2_with_one_line(raw: bytes, command: str) -> None:
    check_cli(*run_cli([command, "-"], stdin=raw))


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@given(raw=any_input, name=st.text(any_char.filter(lambda c: c not in "/\x00"), min_size=1))
def test_the_cli_on_a_file_gives_a_result_or_exit_2_with_one_line(
    folder: Path, raw: bytes, name: str
) -> None:
    try:
        path = folder / name[:100]
        path.write_bytes(raw)
    except (OSError, UnicodeEncodeError):  # a name this file system cannot hold
        path = folder / "case.json"
        path.write_bytes(raw)
    try:
        check_cli(*run_cli(["classify", str(path)]))
    finally:
        path.unlink(missing_ok=True)


# --- every case the README calls valid is accepted, with any field missing or null -----


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A field's value, null, or (None from ``fields``) no field at all."""
    return st.one_of(strategy, st.none(), st.just(Absent))


class Absent:
    """Marks a field left out of its object."""


def fields(**members: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({k: maybe(v) for k, v in members.items()}).map(
        lambda d: {k: v for k, v in d.items() if v is not Absent}
    )


percent = st.integers(0, 100) | st.floats(0, 100)
positive = st.floats(0.01, 100) | st.integers(1, 100)
copies = st.floats(0.01, 200) | st.integers(1, 200)
dual = st.one_of(
    fields(recount=st.booleans(), result=st.none()).map(lambda d: {"assay": "dual", **d}),
    st.builds(
        lambda ratio, n, extra: {"assay": "dual", "ratio": ratio, "mean_copies": n, **extra},
        positive,
        copies,
        fields(recount=st.booleans(), result=st.none()),
    ),
)
single = fields(mean_copies=copies, ratio=st.none(), recount=st.none(), result=st.none())
single = single.map(lambda d: {"assay": "single", **d})
reported = fields(
    result=st.sampled_from(["amplified", "not_amplified"]),
    assay=st.none(),
    ratio=st.none(),
    mean_copies=st.none(),
    recount=st.none(),
)
readme_valid = fields(
    er=fields(percent=percent)
    | fields(status=st.sampled_from(["positive", "low_positive", "negative"])),
    pr=fields(percent=percent) | fields(status=st.sampled_from(["positive", "negative"])),
    her2=fields(
        ihc=st.sampled_from(["0", "0-null", "0-ultralow", "1+", "2+", "3+"]),
        ish=dual | single | reported,
    ),
    ki67_percent=percent,
    context=fields(
        setting=st.sampled_from(["early", "metastatic"]),
        menopause=st.sampled_from(["pre", "post"]),
        germline_brca=st.booleans(),
        pik3ca_akt1_pten=st.booleans(),
        esr1=st.booleans(),
        pdl1_cps=percent,
    ),
).map(lambda d: {"format": "her2aid-case/1", **d})


@given(readme_valid)
def test_every_readme_valid_case_is_accepted(data: dict[str, Any]) -> None:
    """The campaign found 2,020 of 113,779 such cases refused (nulls inside ISH)."""
    case = casefile.from_dict(data)
    assert casefile.from_dict(json.loads(casefile.dumps(case))) == case
