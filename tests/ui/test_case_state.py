"""The form state <-> her2aid-case/1 mapping, without a window."""

from __future__ import annotations

from dataclasses import fields

import pytest
from hypothesis import given
from hypothesis import strategies as st

from her2aid.core import casefile
from her2aid.core.examples import ISH_STATES, example_names, load_example
from her2aid.core.models import CaseInputs, DualIsh, Her2Input, ReportedIsh
from her2aid.ui.case_state import (
    TEXT_FIELDS,
    FormState,
    evaluate,
    format_number,
    from_inputs,
    parse_number,
    to_case_dict,
)


def test_defaults_are_all_unknown() -> None:
    evaluation = evaluate(FormState())
    assert evaluation.inputs == CaseInputs()
    assert evaluation.problems == ()


@pytest.mark.parametrize("name", example_names())
def test_every_example_round_trips_through_the_form(name: str) -> None:
    inputs = load_example(name)
    evaluation = evaluate(from_inputs(inputs))
    assert evaluation.problems == ()
    assert evaluation.inputs == inputs
    assert casefile.dumps(evaluation.inputs) == casefile.dumps(inputs)


@pytest.mark.parametrize("ish", ISH_STATES)
def test_every_ish_state_round_trips(ish: object) -> None:
    inputs = CaseInputs(her2=Her2Input(ish=ish))  # type: ignore[arg-type]
    assert evaluate(from_inputs(inputs)).inputs == inputs


def test_a_reported_category_is_kept_only_without_a_percent() -> None:
    inputs = casefile.from_dict(
        {"format": casefile.FORMAT, "er": {"status": "low_positive"}, "pr": {"percent": 3}}
    )
    state = from_inputs(inputs)
    assert (state.er_percent, state.er_status) == ("", "low_positive")
    assert (state.pr_percent, state.pr_status) == ("3", None)
    both = casefile.from_dict(
        {"format": casefile.FORMAT, "er": {"percent": 85, "status": "positive"}}
    )
    assert from_inputs(both).er_status is None
    assert evaluate(from_inputs(both)).inputs.er.percent == 85


@pytest.mark.parametrize(
    ("text", "percent", "value"),
    [
        ("", False, None),
        ("   ", False, None),
        ("12", False, 12.0),
        (" 2.5 ", False, 2.5),
        ("2,5", False, 2.5),
        ("85 %", True, 85.0),
        ("85%", False, "85%"),
        ("1,000.5", False, "1,000.5"),
        ("abc", False, "abc"),
        ("1_0", False, "1_0"),  # Python's float() reads 10; in a form it is a typo
    ],
)
def test_parse_number(text: str, percent: bool, value: object) -> None:
    assert parse_number(text, percent=percent) == value


@pytest.mark.parametrize("value", [0.0, 1.0, 2.2, 0.1 + 0.2, 1e-7, 99.99, None])
def test_format_number_is_exact(value: float | None) -> None:
    text = format_number(value)
    assert parse_number(text) == value
    if value is not None and value.is_integer():
        assert "." not in text


@pytest.mark.parametrize(
    ("state", "field", "case_field", "reason"),
    [
        (FormState(er_percent="150"), "er_percent", "er.percent", "must be from 0 to 100, got 150"),
        (FormState(pr_percent="-1"), "pr_percent", "pr.percent", "must be from 0 to 100, got -1"),
        (
            FormState(ki67_percent="lots"),
            "ki67_percent",
            "ki67_percent",
            'must be a number from 0 to 100, got text "lots"',
        ),
        (FormState(pdl1_cps="nan"), "pdl1_cps", "context.pdl1_cps", "must be a finite number"),
        (
            FormState(ish_method="dual", ish_ratio="2.1"),
            "ish_dual_copies",
            "her2.ish.mean_copies",
            "missing; a dual-probe result needs both",
        ),
        (
            FormState(ish_method="dual", ish_dual_copies="5"),
            "ish_ratio",
            "her2.ish.ratio",
            "missing; a dual-probe result needs both",
        ),
        (
            FormState(ish_method="single", ish_single_copies="0"),
            "ish_single_copies",
            "her2.ish.mean_copies",
            "must be more than 0 and at most 200, got 0",
        ),
    ],
)
def test_refused_entries_name_the_field_with_the_cores_reason(
    state: FormState, field: str, case_field: str, reason: str
) -> None:
    evaluation = evaluate(state)
    (problem,) = evaluation.problems
    assert problem.field == field
    assert problem.case_field == case_field
    assert problem.reason.startswith(reason)
    # The same message as the command line gives for the same file.
    with pytest.raises(casefile.InputError) as raised:
        casefile.from_dict(to_case_dict(state))
    assert (raised.value.field, raised.value.reason) == (case_field, problem.reason)


def test_the_rest_of_the_case_survives_a_refused_entry() -> None:
    state = FormState(
        er_percent="x", pr_percent="200", ihc="3+", ki67_percent="20", ish_method="dual",
        ish_ratio="3",
    )  # fmt: skip
    evaluation = evaluate(state)
    assert [p.field for p in evaluation.problems] == ["er_percent", "pr_percent", "ish_dual_copies"]
    inputs = evaluation.inputs
    assert inputs.er.percent is None
    assert inputs.pr.percent is None
    assert inputs.her2.ihc is not None
    assert inputs.her2.ihc.value == "3+"
    assert inputs.her2.ish == DualIsh()  # numbers left out: pending
    assert inputs.ki67_percent == 20


def test_a_refused_copy_number_is_reported_once_with_its_own_reason() -> None:
    """Copies 0 is out of range; "missing" for the same field would contradict that."""
    state = FormState(ish_method="dual", ish_ratio="2.5", ish_dual_copies="0")
    problems = evaluate(state).problems
    assert [(p.field, p.case_field) for p in problems] == [
        ("ish_dual_copies", "her2.ish.mean_copies")
    ]
    assert "more than 0" in problems[0].reason


def test_the_ish_method_decides_which_numbers_count() -> None:
    state = FormState(ish_ratio="2.5", ish_dual_copies="6", ish_single_copies="7")
    assert evaluate(state).inputs.her2.ish is None
    assert evaluate(state.with_value("ish_method", "single")).inputs.her2.ish is not None
    reported = evaluate(state.with_value("ish_method", "reported")).inputs.her2.ish
    assert reported == ReportedIsh(None)


def test_with_value_rejects_unknown_fields() -> None:
    with pytest.raises(KeyError):
        FormState().with_value("er_pecent", "1")


_choice_values = {
    "er_status": st.sampled_from([None, "positive", "low_positive", "negative", "bogus"]),
    "pr_status": st.sampled_from([None, "positive", "negative"]),
    "ihc": st.sampled_from([None, "0", "0-null", "0-ultralow", "1+", "2+", "3+"]),
    "ish_method": st.sampled_from(["none", "reported", "dual", "single"]),
    "ish_result": st.sampled_from([None, "amplified", "not_amplified"]),
    "ish_recount": st.booleans(),
    "setting": st.sampled_from([None, "early", "metastatic"]),
    "menopause": st.sampled_from([None, "pre", "post"]),
    "germline_brca": st.sampled_from([None, True, False]),
    "pik3ca_akt1_pten": st.sampled_from([None, True, False]),
    "esr1": st.sampled_from([None, True, False]),
}
_typed = st.one_of(
    st.text(max_size=24),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(-1000, 1000).map(str),
)
_states = st.builds(
    FormState,
    **{f.name: _typed for f in fields(FormState) if f.name in TEXT_FIELDS},
    **_choice_values,
)


@given(_states)
def test_evaluate_never_raises_and_every_problem_is_reported(state: FormState) -> None:
    evaluation = evaluate(state)
    assert isinstance(evaluation.inputs, CaseInputs)
    for problem in evaluation.problems:
        assert problem.reason
    if not evaluation.problems:
        data = to_case_dict(state)
        if state.setting != "early" and evaluation.inputs.prognosis is None:
            data.pop("prognosis", None)  # a hidden, refused block is left out silently
        assert evaluation.inputs == casefile.from_dict(data)


@pytest.mark.parametrize("setting", [None, "metastatic"])
def test_the_prognosis_block_counts_only_for_early_disease(setting: str | None) -> None:
    state = FormState(setting=setting, prog_age="abc", prog_size="22", prog_grade=2)
    evaluation = evaluate(state)
    assert evaluation.problems == ()  # a hidden entry never blocks saving
    assert evaluation.inputs.prognosis is None  # ...and a refused block is not saved
    # The typed entries stay in the form state, so early disease brings them back.
    early = evaluate(state.with_value("setting", "early"))
    assert [p.field for p in early.problems] == ["prog_age"]
    assert early.inputs.prognosis is not None
    assert early.inputs.prognosis.size_mm == 22


@pytest.mark.parametrize("setting", [None, "metastatic"])
def test_a_valid_hidden_prognosis_block_is_kept(setting: str | None) -> None:
    """Opening and saving a case file never drops its prognosis block."""
    state = FormState(setting=setting, prog_age="57", prog_size="29", prog_nodes="5")
    evaluation = evaluate(state)
    assert evaluation.problems == ()
    assert evaluation.inputs.prognosis is not None
    assert evaluation.inputs.prognosis.age == 57
