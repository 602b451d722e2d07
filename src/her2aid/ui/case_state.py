"""What the input panel holds, and its mapping to and from a ``her2aid-case/1`` case.

The form's state is kept as plain data (:class:`FormState`): the text of every
numeric field exactly as typed, and the chosen value of every button group.
It is turned into the case file's dict and checked by
:func:`her2aid.core.casefile.from_dict`, so the window refuses exactly what the
command line refuses, with the same messages. An entry the core refuses is
left out (treated as not known) and reported, so the summary still covers
everything else.

This module has no Qt in it, so the mapping is tested without a window.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from dataclasses import field as _field
from typing import Any, Literal

from her2aid.core import casefile
from her2aid.core.errors import InputError
from her2aid.core.language import N_
from her2aid.core.models import (
    CaseInputs,
    Classification,
    DualIsh,
    ReportedIsh,
    Setting,
    SingleIsh,
)
from her2aid.core.numbers import as_entered
from her2aid.core.prognosis import DEFAULT_MODEL
from her2aid.core.prognosis_case import prognosis_for

IshMethod = Literal["none", "reported", "dual", "single"]

#: Form fields holding typed text (numbers); the others hold a chosen value.
TEXT_FIELDS = frozenset(
    {
        "er_percent",
        "pr_percent",
        "ish_ratio",
        "ish_dual_copies",
        "ish_single_copies",
        "ki67_percent",
        "pdl1_cps",
        "prog_age",
        "prog_size",
        "prog_nodes",
    }
)
#: Text fields holding a percent: a trailing "%" is accepted there.
PERCENT_FIELDS = frozenset({"er_percent", "pr_percent", "ki67_percent"})

#: How many refused entries are dropped one by one before giving up on the case.
_MAX_PASSES = 20


@dataclass(frozen=True, slots=True)
class FormState:
    """Everything the input panel holds. The defaults are "not known" everywhere.

    ``er_status``/``pr_status`` is the category chosen without a percent; it is
    not used while a percent is entered (the percent decides the category).
    The ISH numbers of every method are kept, so switching the method and back
    loses nothing; only the chosen method's values make up the case. Likewise
    the prognosis entries are kept but count only while the setting is early.
    """

    er_percent: str = ""
    er_status: str | None = None
    pr_percent: str = ""
    pr_status: str | None = None
    ihc: str | None = None
    ish_method: IshMethod = "none"
    ish_result: str | None = None
    ish_ratio: str = ""
    ish_dual_copies: str = ""
    ish_recount: bool = False
    ish_single_copies: str = ""
    ki67_percent: str = ""
    setting: str | None = None
    menopause: str | None = None
    germline_brca: bool | None = None
    pik3ca_akt1_pten: bool | None = None
    esr1: bool | None = None
    pdl1_cps: str = ""
    # PREDICT (early disease only): the case file's prognosis block.
    prog_age: str = ""
    prog_size: str = ""
    prog_nodes: str = ""
    prog_grade: int | None = None
    prog_detection: str | None = None
    prog_chemo: str = "none"
    prog_endocrine: str = "none"
    prog_trastuzumab: bool = False
    prog_bisphosphonates: bool = False
    #: The PREDICT version to show: the case file's prognosis.model.
    predict_model: str = DEFAULT_MODEL
    #: The values exercise's answers, (values.toml id, answer) sorted by id. An
    #: answer to a statement the case no longer shows is kept (nothing typed is
    #: lost when the setting changes and back) and saved with the case.
    values: tuple[tuple[str, str], ...] = ()

    def with_value(self, name: str, value: object) -> FormState:
        """A copy with one field changed (``name`` must be a field of FormState)."""
        if name not in _FIELD_NAMES:
            raise KeyError(name)
        changes: dict[str, Any] = {name: value}
        return replace(self, **changes)

    def with_answer(self, item_id: str, answer: str | None) -> FormState:
        """A copy with one values-exercise answer set (None: not answered)."""
        answers = dict(self.values)
        if answer is None:
            answers.pop(item_id, None)
        else:
            answers[item_id] = answer
        return replace(self, values=tuple(sorted(answers.items())))


_FIELD_NAMES = frozenset(f.name for f in fields(FormState))


@dataclass(frozen=True, slots=True)
class Problem:
    """An entry the core refused: the form field it belongs to and why."""

    field: str | None  # a FormState field name, or None if no single field is to blame
    case_field: str  # the dotted her2aid-case/1 field, as InputError names it
    reason: str  # English; the window shows it in its language (ui.translation.reason)
    template: str | None = None
    params: Mapping[str, str] = _field(default_factory=dict)

    @classmethod
    def of(cls, form: str | None, exc: InputError, reason: str | None = None) -> Problem:
        """The problem ``exc`` reports at the form field ``form`` (``reason``: a better one)."""
        if reason is not None:
            return cls(form, exc.field, reason)
        return cls(form, exc.field, exc.reason, exc.template, exc.params)


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The case the form describes, without refused entries, and what was refused."""

    inputs: CaseInputs
    problems: tuple[Problem, ...]


def parse_number(text: str, *, percent: bool = False) -> float | str | None:
    """The value a typed number stands for in the case dict.

    Empty means not known (``None``). A decimal comma is accepted. Anything
    that is not a number is passed on as text, so ``casefile.from_dict``
    refuses it with its usual message.
    """
    cleaned = text.strip()
    if percent and cleaned.endswith("%"):
        cleaned = cleaned[:-1].strip()
    if not cleaned:
        return None
    if "," in cleaned and "." not in cleaned and cleaned.count(",") == 1:
        cleaned = cleaned.replace(",", ".")
    if "_" in cleaned:  # Python reads 1_0 as 10; in a form it is a typo
        return text.strip()
    try:
        return float(cleaned)
    except ValueError:
        return text.strip()


def format_number(value: float | None) -> str:
    """A number as the form shows it: exactly, whole numbers without ``.0``."""
    return "" if value is None else as_entered(value)


def _receptor(percent_text: str, status: str | None) -> dict[str, Any] | None:
    percent = parse_number(percent_text, percent=True)
    if percent is not None:
        return {"percent": percent}
    if status is not None:
        return {"status": status}
    return None


def _ish(state: FormState) -> dict[str, Any] | None:
    if state.ish_method == "reported":
        return {"result": state.ish_result}
    if state.ish_method == "dual":
        return {
            "assay": "dual",
            "ratio": parse_number(state.ish_ratio),
            "mean_copies": parse_number(state.ish_dual_copies),
            "recount": state.ish_recount,
        }
    if state.ish_method == "single":
        return {"assay": "single", "mean_copies": parse_number(state.ish_single_copies)}
    return None


def _prognosis(state: FormState) -> dict[str, Any] | None:
    """The prognosis block, or None while nothing in it has been entered.

    Only early disease uses it: for any other setting the section is hidden,
    and :func:`evaluate` leaves out (without complaint) a block it would
    refuse; a valid one is kept, so a case file's block survives a save.
    """
    block = {
        "age": parse_number(state.prog_age),
        "size_mm": parse_number(state.prog_size),
        "nodes": parse_number(state.prog_nodes),
        "grade": state.prog_grade,
        "detection": state.prog_detection,
        "treatments": {
            "chemo": state.prog_chemo,
            "endocrine": state.prog_endocrine,
            "trastuzumab": state.prog_trastuzumab,
            "bisphosphonates": state.prog_bisphosphonates,
        },
    }
    empty = FormState()
    untouched = all(
        getattr(state, f) == getattr(empty, f)
        for f in _FIELD_NAMES
        if f.startswith("prog_") or f == "predict_model"
    )
    if state.predict_model != DEFAULT_MODEL:  # not stated means the default
        block["model"] = state.predict_model
    return None if untouched else block


def to_case_dict(state: FormState) -> dict[str, Any]:
    """The ``her2aid-case/1`` object the form describes (not yet checked)."""
    ish = _ish(state)
    prognosis = _prognosis(state)
    data = {
        "format": casefile.FORMAT,
        "er": _receptor(state.er_percent, state.er_status),
        "pr": _receptor(state.pr_percent, state.pr_status),
        "her2": None if state.ihc is None and ish is None else {"ihc": state.ihc, "ish": ish},
        "ki67_percent": parse_number(state.ki67_percent, percent=True),
        "context": {
            "setting": state.setting,
            "menopause": state.menopause,
            "germline_brca": state.germline_brca,
            "pik3ca_akt1_pten": state.pik3ca_akt1_pten,
            "esr1": state.esr1,
            "pdl1_cps": parse_number(state.pdl1_cps),
        },
    }
    if prognosis is not None:
        data["prognosis"] = prognosis
    if state.values:
        data["values"] = dict(state.values)
    return data


def from_inputs(inputs: CaseInputs) -> FormState:
    """The form state that shows a case (a percent wins over a reported category)."""
    her2, ctx = inputs.her2, inputs.context
    ish = her2.ish
    state = FormState(
        er_percent=format_number(inputs.er.percent),
        er_status=None
        if inputs.er.percent is not None or inputs.er.status is None
        else inputs.er.status.value,
        pr_percent=format_number(inputs.pr.percent),
        pr_status=None
        if inputs.pr.percent is not None or inputs.pr.status is None
        else inputs.pr.status.value,
        ihc=None if her2.ihc is None else her2.ihc.value,
        ki67_percent=format_number(inputs.ki67_percent),
        setting=None if ctx.setting is None else ctx.setting.value,
        menopause=None if ctx.menopause is None else ctx.menopause.value,
        germline_brca=ctx.germline_brca,
        pik3ca_akt1_pten=ctx.pik3ca_akt1_pten,
        esr1=ctx.esr1,
        pdl1_cps=format_number(ctx.pdl1_cps),
        values=tuple(sorted((key, answer.value) for key, answer in inputs.values)),
    )
    p = inputs.prognosis
    if p is not None:
        state = replace(
            state,
            prog_age=format_number(p.age),
            prog_size=format_number(p.size_mm),
            prog_nodes=format_number(None if p.nodes is None else float(p.nodes)),
            prog_grade=p.grade,
            prog_detection=None if p.detection is None else p.detection.value,
            prog_chemo=p.treatments.chemo.value,
            prog_endocrine=p.treatments.endocrine.value,
            prog_trastuzumab=p.treatments.trastuzumab,
            prog_bisphosphonates=p.treatments.bisphosphonates,
            predict_model=p.model or DEFAULT_MODEL,
        )
    if isinstance(ish, DualIsh):
        return replace(
            state,
            ish_method="dual",
            ish_ratio=format_number(ish.ratio),
            ish_dual_copies=format_number(ish.mean_copies),
            ish_recount=ish.recount,
        )
    if isinstance(ish, SingleIsh):
        return replace(state, ish_method="single", ish_single_copies=format_number(ish.mean_copies))
    if isinstance(ish, ReportedIsh):
        return replace(
            state,
            ish_method="reported",
            ish_result=None if ish.result is None else ish.result.value,
        )
    return state


def form_field(case_field: str, state: FormState) -> str | None:
    """The form field to mark for an InputError on ``case_field`` (None: no single one)."""
    if case_field in ("er.percent", "er.status"):
        return "er_percent"
    if case_field in ("pr.percent", "pr.status"):
        return "pr_percent"
    if case_field == "her2.ish.ratio":
        return "ish_ratio"
    if case_field == "her2.ish.mean_copies":
        return "ish_single_copies" if state.ish_method == "single" else "ish_dual_copies"
    if case_field == "ki67_percent":
        return "ki67_percent"
    if case_field == "context.pdl1_cps":
        return "pdl1_cps"
    return {
        "prognosis.age": "prog_age",
        "prognosis.size_mm": "prog_size",
        "prognosis.nodes": "prog_nodes",
    }.get(case_field)


#: Fields that only make sense together: refusing one because the other is
#: missing leaves both out.
_PAIRED = {"her2.ish.ratio": "mean_copies", "her2.ish.mean_copies": "ratio"}


def _drop(data: dict[str, Any], case_field: str) -> bool:
    """Leave the refused entry out of ``data``; False if nothing could be left out."""
    path = case_field.split(".") if case_field else []
    if not path:
        return False
    parent: Any = data
    for key in path[:-1]:
        parent = parent.get(key) if isinstance(parent, dict) else None
    if not isinstance(parent, dict):
        return False
    leaf = path[-1]
    if parent.get(leaf) is not None:
        parent[leaf] = None
        return True
    partner = _PAIRED.get(case_field)
    if partner is not None and parent.get(partner) is not None:
        parent[partner] = None
        return True
    return False


def _hint(case_field: str, state: FormState) -> str | None:
    """A more helpful reason than the case file's for a mistake only typing makes."""
    if case_field == "context.pdl1_cps" and state.pdl1_cps.strip().endswith("%"):
        return N_("must be a score from 0 to 100 without %: CPS is a score, not a percent")
    return None


def evaluate(state: FormState) -> Evaluation:
    """The case the form describes, leaving out (and reporting) every refused entry.

    Never raises for anything the form can hold: if the core still refuses the
    case after the refused entries are left out, the case is treated as
    entirely not known and the reason is reported.
    """
    data = to_case_dict(state)
    problems: list[Problem] = []
    for _ in range(_MAX_PASSES):
        try:
            return Evaluation(casefile.from_dict(data), tuple(problems))
        except InputError as exc:
            if exc.field.startswith("prognosis") and state.setting != "early":
                data.pop("prognosis", None)  # hidden section: not checked, not saved
                continue
            if exc.field not in {p.case_field for p in problems}:
                # The first reason is the one to show: after a refused copy number is
                # left out, "missing" for the same field would only contradict it.
                problems.append(
                    Problem.of(form_field(exc.field, state), exc, _hint(exc.field, state))
                )
            if not _drop(data, exc.field):
                break
    return Evaluation(CaseInputs(), tuple(problems))


def predict_problems(inputs: CaseInputs, result: Classification, model: str) -> tuple[Problem, ...]:
    """Why PREDICT cannot give an estimate for an early case, marked at the field.

    The entries stay in the case (they are valid case data); only the estimate
    is withheld, and the summary says why.
    """
    if inputs.context.setting is not Setting.EARLY or inputs.prognosis is None:
        return ()
    try:
        prognosis_for(inputs, result, model)
    except InputError as exc:
        return (Problem.of(form_field(exc.field, FormState()), exc),)
    return ()
