"""The ``her2aid-case/1`` file: strict parsing to CaseInputs and writing back.

A case file is JSON. Any field may be missing or null, which means "not done /
not known". Everything else is checked, and the first problem is reported as
an :class:`InputError` naming the dotted field and the reason, so the CLI can
print one line and the window can point at the field. Numbers must be real
JSON numbers: no text, no booleans, no NaN or Infinity, within their range.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, Any, AnyStr, TypeVar

from her2aid.core import content
from her2aid.core.content import Thresholds
from her2aid.core.errors import InputError, one_line
from her2aid.core.language import N_
from her2aid.core.models import (
    CaseInputs,
    Chemo,
    Context,
    Detection,
    DualIsh,
    Endocrine,
    ErInput,
    ErStatus,
    Her2Input,
    Ihc,
    Importance,
    Ish,
    IshResult,
    Menopause,
    PlannedTreatments,
    PrInput,
    PrognosisCase,
    PrStatus,
    ReportedIsh,
    Setting,
    SingleIsh,
)
from her2aid.core.numbers import as_entered
from her2aid.core.prognosis import MODELS as PREDICT_MODELS
from her2aid.core.rules.findings import Findings
from her2aid.core.rules.hormone import classify_er, classify_pr

FORMAT = "her2aid-case/1"

#: A case file is a few hundred bytes; anything this big is the wrong file.
MAX_FILE_BYTES = 1_000_000

#: Plausibility limits for ISH numbers. These are input checks against typing
#: errors, not clinical thresholds (those are in content/ruleset.toml).
MAX_ISH_RATIO = 100.0
MAX_ISH_COPIES = 200.0

#: Integers in a case file longer than this are read as floats (infinite if huge),
#: so a huge number is refused at its field like any other out-of-range number
#: instead of tripping Python's int conversion limits.
_MAX_INT_DIGITS = 18
_MAX_INT_BITS = 64

E = TypeVar("E")


def _thresholds() -> Thresholds:
    return content.load().ruleset.thresholds


def _printable(text: str) -> str:
    """Text as JSON would escape it, so a message never spans lines or hides characters.

    Beyond JSON's own escapes, every character a terminal would not print as
    itself (U+2028, U+0085, bidi overrides, lone surrogates) is escaped too.
    """
    return one_line(json.dumps(text, ensure_ascii=False)[1:-1])


#: How a refused text value is named in a message.
TEXT_GOT = N_('text "{text}"')


def _describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, _LongInteger) or (
        isinstance(value, int) and value.bit_length() > _MAX_INT_BITS
    ):
        return N_("a number with too many digits")
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if isinstance(value, str):
        return TEXT_GOT.format(text=_printable(value)) if len(value) <= 40 else N_("a long text")
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, int | float):
        return repr(value)
    # Only reachable from Python (from_dict): JSON has no other kinds of value.
    return f"a Python {type(value).__name__}"


def _object(value: object, field: str, allowed: tuple[str, ...]) -> Mapping[str, Any] | None:
    """An object with only ``allowed`` keys, or None for null/missing.

    Keys whose value is null are left out of the result: null means "not
    done / not known" wherever it appears, exactly as if the key were absent.
    """
    if value is None:
        return None
    if not isinstance(value, dict):
        raise InputError(field, f"must be an object {{...}}, got {_describe(value)}")
    for key in value:
        if not isinstance(key, str):  # only from Python: JSON keys are always text
            raise InputError(field, f"field names must be text, got {_describe(key)}")
        if key not in allowed:
            path = f"{field}.{_printable(key)}" if field else _printable(key)
            import difflib  # only for a file with a mistake in it

            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise InputError(path, f"unknown field{hint} (allowed: {', '.join(allowed)})")
    return {key: item for key, item in value.items() if item is not None}


def _number(
    value: object, field: str, low: float, high: float, *, low_open: bool = False
) -> float | None:
    if value is None:
        return None
    limits = {"low": f"{low:g}", "high": f"{high:g}"}
    if isinstance(value, bool) or not isinstance(value, int | float):
        template = (
            N_("must be a number more than {low} and at most {high}, got {got}")
            if low_open
            else N_("must be a number from {low} to {high}, got {got}")
        )
        raise InputError.of(field, template, got=_describe(value), **limits)
    try:
        number = float(value)
    except OverflowError:  # an int beyond any float
        number = math.inf if value > 0 else -math.inf
    if not math.isfinite(number) or isinstance(value, _LongInteger):
        got = _describe(value) if isinstance(value, float) else N_("a number too large to use")
        template = (
            N_("must be a finite number more than {low} and at most {high}, got {got}")
            if low_open
            else N_("must be a finite number from {low} to {high}, got {got}")
        )
        raise InputError.of(field, template, got=got, **limits)
    if number < low or number > high or (low_open and number <= low):
        template = (
            N_("must be more than {low} and at most {high}, got {got}")
            if low_open
            else N_("must be from {low} to {high}, got {got}")
        )
        raise InputError.of(field, template, got=as_entered(value), **limits)
    return number


def _percent(value: object, field: str) -> float | None:
    return _number(value, field, 0.0, 100.0)


def _choice(
    value: object, field: str, enum: Callable[[str], E], choices: tuple[str, ...]
) -> E | None:
    if value is None:
        return None
    if not isinstance(value, str) or value not in choices:
        quoted = ", ".join(f'"{c}"' for c in choices)
        raise InputError(field, f"must be one of {quoted} or null, got {_describe(value)}")
    return enum(value)


def _bool(value: object, field: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise InputError(field, f"must be true, false or null, got {_describe(value)}")


def _er(raw: object) -> ErInput:
    obj = _object(raw, "er", ("percent", "status"))
    if obj is None:
        return ErInput()
    percent = _percent(obj.get("percent"), "er.percent")
    status = _choice(
        obj.get("status"), "er.status", ErStatus, ("positive", "low_positive", "negative")
    )
    if percent is not None and status is not None:
        implied = classify_er(ErInput(percent), _thresholds(), Findings(content.load()))
        if implied is not status:
            raise InputError.of(
                "er.status",
                N_(
                    '"{status}" contradicts er.percent {percent} % (that is {implied}); '
                    "give one of them or make them agree"
                ),
                status=status.value,
                percent=as_entered(percent),
                implied=implied.value,
            )
    return ErInput(percent, status)


def _pr(raw: object) -> PrInput:
    obj = _object(raw, "pr", ("percent", "status"))
    if obj is None:
        return PrInput()
    percent = _percent(obj.get("percent"), "pr.percent")
    status = _choice(obj.get("status"), "pr.status", PrStatus, ("positive", "negative"))
    if percent is not None and status is not None:
        implied = classify_pr(PrInput(percent), _thresholds(), Findings(content.load()))
        if implied is not status:
            raise InputError.of(
                "pr.status",
                N_(
                    '"{status}" contradicts pr.percent {percent} % (that is {implied}); '
                    "give one of them or make them agree"
                ),
                status=status.value,
                percent=as_entered(percent),
                implied=implied.value,
            )
    return PrInput(percent, status)


DUAL_NEEDS_BOTH = N_("missing; a dual-probe result needs both the ratio and the mean HER2 copies")


def _ish(raw: object) -> Ish | None:
    obj = _object(raw, "her2.ish", ("assay", "ratio", "mean_copies", "recount", "result"))
    if obj is None:
        return None
    assay = obj.get("assay")
    if "result" in obj and any(k in obj for k in ("assay", "ratio", "mean_copies", "recount")):
        raise InputError(
            "her2.ish",
            "give either a reported 'result' or an 'assay' with its numbers, not both",
        )
    if assay is None:
        if any(k in obj for k in ("ratio", "mean_copies", "recount")):
            raise InputError("her2.ish.assay", 'missing; say "dual" or "single" for ISH numbers')
        return ReportedIsh(
            _choice(obj.get("result"), "her2.ish.result", IshResult, ("amplified", "not_amplified"))
        )
    if assay not in ("dual", "single"):
        raise InputError("her2.ish.assay", f'must be "dual" or "single", got {_describe(assay)}')
    copies = _number(
        obj.get("mean_copies"), "her2.ish.mean_copies", 0.0, MAX_ISH_COPIES, low_open=True
    )
    if assay == "single":
        for key in ("ratio", "recount"):
            if key in obj:
                raise InputError(f"her2.ish.{key}", "applies only to dual-probe ISH")
        return SingleIsh(copies)
    ratio = _number(obj.get("ratio"), "her2.ish.ratio", 0.0, MAX_ISH_RATIO, low_open=True)
    if ratio is not None and copies is None:
        raise InputError("her2.ish.mean_copies", DUAL_NEEDS_BOTH)
    if copies is not None and ratio is None:
        raise InputError("her2.ish.ratio", DUAL_NEEDS_BOTH)
    return DualIsh(ratio, copies, bool(_bool(obj.get("recount"), "her2.ish.recount")))


def _her2(raw: object) -> Her2Input:
    obj = _object(raw, "her2", ("ihc", "ish"))
    if obj is None:
        return Her2Input()
    ihc = _choice(obj.get("ihc"), "her2.ihc", Ihc, tuple(i.value for i in Ihc))
    return Her2Input(ihc, _ish(obj.get("ish")))


def _context(raw: object) -> Context:
    keys = ("setting", "menopause", "germline_brca", "pik3ca_akt1_pten", "esr1", "pdl1_cps")
    obj = _object(raw, "context", keys)
    if obj is None:
        return Context()
    return Context(
        setting=_choice(obj.get("setting"), "context.setting", Setting, ("early", "metastatic")),
        menopause=_choice(obj.get("menopause"), "context.menopause", Menopause, ("pre", "post")),
        germline_brca=_bool(obj.get("germline_brca"), "context.germline_brca"),
        pik3ca_akt1_pten=_bool(obj.get("pik3ca_akt1_pten"), "context.pik3ca_akt1_pten"),
        esr1=_bool(obj.get("esr1"), "context.esr1"),
        pdl1_cps=_number(obj.get("pdl1_cps"), "context.pdl1_cps", 0.0, 100.0),
    )


#: Plausibility limit for an age in a case file; PREDICT itself accepts 25-85.
MAX_AGE = 120.0
MAX_SIZE_MM = 500.0
MAX_NODES = 100


def _whole(value: object, field: str, low: int, high: int) -> int | None:
    number = _number(value, field, low, high)
    if number is None:
        return None
    if not number.is_integer():
        raise InputError.of(
            field,
            N_("must be a whole number from {low} to {high}, got {got}"),
            low=str(low),
            high=str(high),
            got=str(value),
        )
    return int(number)


def _treatments(raw: object) -> PlannedTreatments:
    keys = ("chemo", "endocrine", "trastuzumab", "bisphosphonates")
    obj = _object(raw, "prognosis.treatments", keys)
    if obj is None:
        return PlannedTreatments()
    chemo = _choice(obj.get("chemo"), "prognosis.treatments.chemo", Chemo, tuple(Chemo))
    endocrine = _choice(
        obj.get("endocrine"), "prognosis.treatments.endocrine", Endocrine, tuple(Endocrine)
    )
    return PlannedTreatments(
        chemo=chemo or Chemo.NONE,
        endocrine=endocrine or Endocrine.NONE,
        trastuzumab=bool(_bool(obj.get("trastuzumab"), "prognosis.treatments.trastuzumab")),
        bisphosphonates=bool(
            _bool(obj.get("bisphosphonates"), "prognosis.treatments.bisphosphonates")
        ),
    )


def _model(value: object) -> str | None:
    if value is None:
        return None
    if value not in PREDICT_MODELS:
        allowed = ", ".join(f'"{m}"' for m in PREDICT_MODELS)
        raise InputError("prognosis.model", f"must be {allowed} or null, got {_describe(value)}")
    return str(value)


def _prognosis(raw: object) -> PrognosisCase | None:
    keys = ("age", "size_mm", "nodes", "grade", "detection", "treatments", "model")
    obj = _object(raw, "prognosis", keys)
    if obj is None:
        return None
    grade = obj.get("grade")
    if grade is not None and (isinstance(grade, bool) or grade not in (1, 2, 3)):
        raise InputError("prognosis.grade", f"must be 1, 2, 3 or null, got {_describe(grade)}")
    return PrognosisCase(
        age=_number(obj.get("age"), "prognosis.age", 0.0, MAX_AGE, low_open=True),
        size_mm=_number(obj.get("size_mm"), "prognosis.size_mm", 0.0, MAX_SIZE_MM, low_open=True),
        nodes=_whole(obj.get("nodes"), "prognosis.nodes", 0, MAX_NODES),
        grade=None if grade is None else int(grade),
        detection=_choice(obj.get("detection"), "prognosis.detection", Detection, tuple(Detection)),
        treatments=_treatments(obj.get("treatments")),
        model=_model(obj.get("model")),
    )


def _values(raw: object) -> tuple[tuple[str, Importance], ...]:
    """The values exercise's answers by values.toml id; saved only when the user saves."""
    known = tuple(content.load().values_items)
    obj = _object(raw, "values", known)
    if obj is None:
        return ()
    answers = tuple(Importance)
    return tuple(
        (key, answer)
        for key, value in obj.items()
        if (answer := _choice(value, f"values.{key}", Importance, answers)) is not None
    )


TOP_LEVEL = ("format", "er", "pr", "her2", "ki67_percent", "context", "prognosis", "values")

#: Every field name a case file may use, at any depth.
FIELD_NAMES = frozenset(
    (
        *TOP_LEVEL,
        *("percent", "status", "ihc", "ish", "assay", "ratio", "mean_copies", "recount"),
        *("result", "setting", "menopause", "germline_brca", "pik3ca_akt1_pten", "esr1"),
        *("pdl1_cps", "age", "size_mm", "nodes", "grade", "detection", "treatments"),
        *("chemo", "endocrine", "trastuzumab", "bisphosphonates"),
    )
)


def loggable_field(field: str) -> str:
    """``field`` if it is made only of the format's own names, else a placeholder.

    An unknown field's name comes from the file and can be anything, even a
    patient's name: the log records that there was one, never its text.
    """
    if re.fullmatch(r"line [0-9]+, column [0-9]+", field):
        return field  # a position in the file, not text from it
    if field and all(part in FIELD_NAMES for part in field.split(".")):
        return field
    return "-" if not field else "(a name not in the format)"


def from_dict(data: object) -> CaseInputs:
    """Check a decoded case file and turn it into CaseInputs."""
    if not isinstance(data, dict):
        raise InputError("", f"a case file must be a JSON object {{...}}, got {_describe(data)}")
    obj = _object(data, "", TOP_LEVEL)
    assert obj is not None
    fmt = obj.get("format")
    if fmt is None:
        raise InputError("format", f'missing; a case file starts with "format": "{FORMAT}"')
    if fmt != FORMAT:
        raise InputError(
            "format", f'{_describe(fmt)} is not supported; this version reads "{FORMAT}"'
        )
    return CaseInputs(
        er=_er(obj.get("er")),
        pr=_pr(obj.get("pr")),
        her2=_her2(obj.get("her2")),
        ki67_percent=_percent(obj.get("ki67_percent"), "ki67_percent"),
        context=_context(obj.get("context")),
        prognosis=_prognosis(obj.get("prognosis")),
        values=_values(obj.get("values")),
    )


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise InputError(_printable(key), "appears twice in the same object")
        out[key] = value
    return out


def _constant(name: str) -> float:
    """NaN and Infinity parse, so the field check can refuse them by name."""
    return float(name)


class _LongInteger(float):
    """A JSON integer with more digits than any case field can hold (kept as a float)."""


def _parse_int(text: str) -> int | float:
    """A JSON integer; a very long one becomes a float, which the range checks refuse."""
    if len(text.lstrip("-")) <= _MAX_INT_DIGITS:
        return int(text)
    return _LongInteger(text)


def loads(text: str) -> CaseInputs:
    """Parse the text of a case file."""
    try:
        data = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_constant,
            parse_int=_parse_int,
        )
    except json.JSONDecodeError as exc:
        raise InputError(
            f"line {exc.lineno}, column {exc.colno}", f"not valid JSON ({exc.msg})"
        ) from None
    except RecursionError:
        raise InputError("", "lists or objects nested too deeply to be a case file") from None
    return from_dict(data)


_TOO_BIG = "is over 1 MB; a case file is a few hundred bytes"


def _read_limited(stream: IO[AnyStr]) -> AnyStr:
    """At most MAX_FILE_BYTES from ``stream``; a longer input is refused, never read whole."""
    data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InputError("", _TOO_BIG)
    return data


#: Byte-order marks and the encodings they announce; UTF-32 first (its little-endian
#: mark starts with UTF-16's).
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

_NOT_TEXT = "is not a UTF-8 text file (is it a case file?)"


def decode(raw: bytes) -> str:
    """The text of a case file's bytes, the same way for a file and for standard input.

    UTF-8, with or without a byte-order mark; UTF-16 and UTF-32 only with
    their byte-order mark (as Windows editors write them). Anything else, or
    bytes that are not valid in the encoding, or NUL bytes (which no JSON
    text contains), is refused as not a text file.
    """
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise InputError("", _NOT_TEXT) from None
            break
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError("", _NOT_TEXT) from None
    if "\x00" in text:
        raise InputError("", _NOT_TEXT)
    return text


def read_stream(stream: IO[bytes] | IO[str]) -> CaseInputs:
    """Read and parse a case from an open stream (standard input), with the file limit.

    Give it the binary stream (``sys.stdin.buffer``) so its bytes are decoded
    exactly as a file's are; a text stream is taken as already decoded.
    """
    try:
        data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError("", f"cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:  # a text stream over bytes that are not text
        raise InputError("", _NOT_TEXT) from None
    if len(data) > MAX_FILE_BYTES:
        raise InputError("", _TOO_BIG)
    if isinstance(data, str):
        return loads(data.removeprefix("\ufeff"))
    return loads(decode(data))


def read(path: Path) -> CaseInputs:
    """Read and parse a case file; every failure is an InputError with a plain reason."""
    try:
        if path.is_dir():
            raise InputError("", "is a folder, not a case file")
        if path.exists() and not path.is_file():  # a pipe or device could read forever
            raise InputError("", "is not an ordinary file (a device or other special file)")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError("", f"is {size / 1e6:.1f} MB; a case file is a few hundred bytes")
        with path.open("rb") as handle:
            raw = _read_limited(handle)  # the file may have grown since stat
    except FileNotFoundError:
        raise InputError("", "no such file") from None
    except PermissionError:
        raise InputError("", "cannot be read (permission denied)") from None
    except OSError as exc:
        raise InputError("", f"cannot be read ({exc.strerror or exc})") from None
    return loads(decode(raw))


def _out(number: float | None) -> float | int | None:
    """Write whole numbers as integers, as people type them."""
    if isinstance(number, float) and number.is_integer():
        return int(number)
    return number


def _ish_dict(ish: Ish | None) -> dict[str, Any] | None:
    if ish is None:
        return None
    if isinstance(ish, DualIsh):
        out: dict[str, Any] = {"assay": "dual"}
        if ish.ratio is not None:
            out["ratio"] = _out(ish.ratio)
            out["mean_copies"] = _out(ish.mean_copies)
        if ish.recount:
            out["recount"] = True
        return out
    if isinstance(ish, SingleIsh):
        return {"assay": "single", "mean_copies": _out(ish.mean_copies)}
    return {"result": None if ish.result is None else ish.result.value}


def _receptor_dict(percent: float | None, status: str | None) -> dict[str, Any] | None:
    out: dict[str, Any] = {}
    if percent is not None:
        out["percent"] = _out(percent)
    if status is not None:
        out["status"] = status
    return out or None


def _prognosis_dict(p: PrognosisCase | None) -> dict[str, Any] | None:
    if p is None:
        return None
    t = p.treatments
    out: dict[str, Any] = {
        "age": _out(p.age),
        "size_mm": _out(p.size_mm),
        "nodes": p.nodes,
        "grade": p.grade,
        "detection": p.detection and p.detection.value,
        "treatments": {
            "chemo": t.chemo.value,
            "endocrine": t.endocrine.value,
            "trastuzumab": t.trastuzumab,
            "bisphosphonates": t.bisphosphonates,
        },
    }
    if p.model is not None:
        out["model"] = p.model
    return out


def to_dict(inputs: CaseInputs) -> dict[str, Any]:
    """The case as a ``her2aid-case/1`` object; unknown values are null."""
    ctx = inputs.context
    her2 = inputs.her2
    out = {
        "format": FORMAT,
        "er": _receptor_dict(inputs.er.percent, inputs.er.status and inputs.er.status.value),
        "pr": _receptor_dict(inputs.pr.percent, inputs.pr.status and inputs.pr.status.value),
        "her2": None
        if her2.ihc is None and her2.ish is None
        else {"ihc": her2.ihc and her2.ihc.value, "ish": _ish_dict(her2.ish)},
        "ki67_percent": _out(inputs.ki67_percent),
        "context": {
            "setting": ctx.setting and ctx.setting.value,
            "menopause": ctx.menopause and ctx.menopause.value,
            "germline_brca": ctx.germline_brca,
            "pik3ca_akt1_pten": ctx.pik3ca_akt1_pten,
            "esr1": ctx.esr1,
            "pdl1_cps": _out(ctx.pdl1_cps),
        },
    }
    if inputs.prognosis is not None:
        out["prognosis"] = _prognosis_dict(inputs.prognosis)
    if inputs.values:
        out["values"] = {key: answer.value for key, answer in inputs.values}
    return out


def dumps(inputs: CaseInputs) -> str:
    """The case file text, indented for people to read."""
    return json.dumps(to_dict(inputs), indent=2, ensure_ascii=False) + "\n"
