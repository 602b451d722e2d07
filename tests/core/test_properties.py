"""Properties over the whole input space (hypothesis) and the full categorical grid.

Any valid input gives exactly one answer and no exception, and the answer is
internally consistent: the category agrees with the status, the subtype with
HR and HER2, every trace step and next step cites a known reference.
"""

from __future__ import annotations

import json
import re

from hypothesis import given
from hypothesis import strategies as st

from her2aid.core import casefile, content
from her2aid.core.classify import classify
from her2aid.core.errors import InputError
from her2aid.core.examples import full_grid, receptor_grid
from her2aid.core.models import (
    Applies,
    CaseInputs,
    Chemo,
    Classification,
    Context,
    Detection,
    DualIsh,
    Endocrine,
    ErInput,
    ErStatus,
    Her2Category,
    Her2Input,
    Her2Status,
    HrStatus,
    Ihc,
    IshResult,
    Menopause,
    PlannedTreatments,
    PrInput,
    PrognosisCase,
    PrStatus,
    ReportedIsh,
    Setting,
    SingleIsh,
    Subtype,
)

CONTENT = content.load()

percents = st.one_of(st.none(), st.floats(0, 100, allow_nan=False))
ratios = st.floats(0.01, 100, allow_nan=False)
copies = st.floats(0.01, 200, allow_nan=False)
ish = st.one_of(
    st.none(),
    st.builds(DualIsh),
    st.builds(DualIsh, ratios, copies, st.booleans()),
    st.builds(SingleIsh, st.one_of(st.none(), copies)),
    st.builds(ReportedIsh, st.one_of(st.none(), st.sampled_from(IshResult))),
)
maybe_bool = st.one_of(st.none(), st.booleans())
prognosis = st.one_of(
    st.none(),
    st.builds(
        PrognosisCase,
        st.one_of(st.none(), st.floats(0.5, 120)),
        st.one_of(st.none(), st.floats(0.1, 500)),
        st.one_of(st.none(), st.integers(0, 100)),
        st.one_of(st.none(), st.sampled_from([1, 2, 3])),
        st.one_of(st.none(), st.sampled_from(Detection)),
        st.builds(
            PlannedTreatments,
            st.sampled_from(Chemo),
            st.sampled_from(Endocrine),
            st.booleans(),
            st.booleans(),
        ),
    ),
)
cases = st.builds(
    CaseInputs,
    er=st.builds(ErInput, percents, st.one_of(st.none(), st.sampled_from(ErStatus))),
    pr=st.builds(PrInput, percents, st.one_of(st.none(), st.sampled_from(PrStatus))),
    her2=st.builds(Her2Input, st.one_of(st.none(), st.sampled_from(Ihc)), ish),
    ki67_percent=percents,
    context=st.builds(
        Context,
        st.one_of(st.none(), st.sampled_from(Setting)),
        st.one_of(st.none(), st.sampled_from(Menopause)),
        maybe_bool,
        maybe_bool,
        maybe_bool,
        percents,
    ),
    prognosis=prognosis,
)


def check_consistent(case: CaseInputs, r: Classification) -> None:
    her2 = r.her2
    # exactly one status and a category that agrees with it
    if her2.status is Her2Status.NEGATIVE:
        assert her2.category in {
            Her2Category.LOW,
            Her2Category.ULTRALOW,
            Her2Category.NULL,
            Her2Category.ZERO,
            Her2Category.UNKNOWN,
        }
    else:
        assert her2.category.value == her2.status.value
    assert not her2.with_comment or her2.status is Her2Status.NEGATIVE
    # the ISH group is there exactly when dual-probe numbers are
    numbers = isinstance(case.her2.ish, DualIsh) and case.her2.ish.ratio is not None
    assert (her2.ish_group is not None) is numbers
    assert her2.ish_group in (None, 1, 2, 3, 4, 5)
    # HR follows ER and PR
    er_pos = r.er in (ErStatus.POSITIVE, ErStatus.LOW_POSITIVE)
    if er_pos or r.pr is PrStatus.POSITIVE:
        assert r.hr is HrStatus.POSITIVE
    # the subtype is determined exactly when HR and HER2 are final
    final = (
        her2.status in (Her2Status.POSITIVE, Her2Status.NEGATIVE) and r.hr is not HrStatus.UNKNOWN
    )
    assert (r.subtype is not Subtype.UNDETERMINED) is final
    # codes are unique and known; every source resolves
    assert len(set(r.flags)) == len(r.flags)
    assert set(r.flags) <= set(CONTENT.flags)
    ids = [n.id for n in r.next_steps]
    assert len(set(ids)) == len(ids)
    assert r.trace, "every classification explains itself"
    sources = [s.source for s in r.trace] + [n.source for n in r.next_steps]
    for option in r.options:
        assert option.paths
        if option.applies is Applies.YES:
            assert all(not p.conditions for p in option.paths)
        else:
            assert all(p.conditions for p in option.paths)
        sources += [e.source for p in option.paths for e in p.evidence]
        sources += [c.source for p in option.paths for c in p.conditions]
    assert set(sources) <= set(CONTENT.references)
    assert len({o.id for o in r.options}) == len(r.options)


@given(cases)
def test_any_valid_input_gives_one_consistent_answer(case: CaseInputs) -> None:
    result = classify(case)
    check_consistent(case, result)
    assert classify(case) == result  # deterministic


@given(cases)
def test_case_files_round_trip(case: CaseInputs) -> None:
    # A reported status that contradicts the percent is refused on reading, so
    # write the percent alone when both are set.
    if case.er.percent is not None:
        case = CaseInputs(
            ErInput(case.er.percent), case.pr, case.her2, case.ki67_percent, case.context
        )
    if case.pr.percent is not None:
        case = CaseInputs(
            case.er, PrInput(case.pr.percent), case.her2, case.ki67_percent, case.context
        )
    if case.er.status is ErStatus.UNKNOWN:
        case = CaseInputs(
            ErInput(), case.pr, case.her2, case.ki67_percent, case.context, case.prognosis
        )
    if case.pr.status is PrStatus.UNKNOWN:
        case = CaseInputs(
            case.er, PrInput(), case.her2, case.ki67_percent, case.context, case.prognosis
        )
    assert casefile.loads(casefile.dumps(case)) == case


json_values = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=False) | st.integers() | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                [
                    "format",
                    "er",
                    "pr",
                    "her2",
                    "ihc",
                    "ish",
                    "assay",
                    "ratio",
                    "mean_copies",
                    "percent",
                    "status",
                    "context",
                    "setting",
                    "x",
                ]
            ),
            children,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@given(json_values)
def test_parser_never_fails_with_anything_but_input_error(value: object) -> None:
    case = case_or_one_line_error(json.dumps(value))
    if case is not None:
        check_consistent(case, classify(case))


@given(st.floats(0, 100), st.floats(0, 100))
def test_er_status_is_monotonic_in_percent(a: float, b: float) -> None:
    order = [ErStatus.NEGATIVE, ErStatus.LOW_POSITIVE, ErStatus.POSITIVE]
    low, high = sorted((a, b))
    s_low = classify(CaseInputs(er=ErInput(low))).er
    s_high = classify(CaseInputs(er=ErInput(high))).er
    assert order.index(s_low) <= order.index(s_high)


def test_the_full_categorical_grid() -> None:
    """Every combination of categorical states: one consistent answer each."""
    count = 0
    for case in receptor_grid():
        for setting in (None, Setting.EARLY, Setting.METASTATIC):
            c = CaseInputs(case.er, case.pr, case.her2, case.ki67_percent, Context(setting=setting))
            check_consistent(c, classify(c))
            count += 1
    assert count == 4788 * 3


def test_every_content_entry_is_reachable() -> None:
    """No dead wording: every trace rule, flag, next step and option is produced by some case."""
    rules: set[str] = set()
    flags: set[str] = set()
    steps: set[str] = set()
    opts: set[str] = set()
    for index, case in enumerate(full_grid()):
        if index % 7:  # a seventh of the grid reaches everything and keeps this fast
            continue
        r = classify(case)
        rules.update(s.rule for s in r.trace)
        flags.update(r.flags)
        steps.update(n.id for n in r.next_steps)
        opts.update(o.id for o in r.options)
    # trial criteria (criteria.toml) are met, conditional or not met only with a prognosis block
    for size, nodes, grade in [(30, 5, 2), (15, 0, 2), (30, 0, 2)]:
        r = classify(
            CaseInputs(
                ErInput(90),
                PrInput(50),
                Her2Input(Ihc.ONE),
                None,
                Context(setting=Setting.EARLY),
                PrognosisCase(age=50, size_mm=size, nodes=nodes, grade=grade),
            )
        )
        rules.update(s.rule for s in r.trace)
        steps.update(n.id for n in r.next_steps)
    extra = [ErInput(5), ErInput(15), ErInput(0.5)]
    for er in extra:
        r = classify(CaseInputs(er=er, pr=PrInput(30), her2=Her2Input(Ihc.ONE), ki67_percent=10))
        rules.update(s.rule for s in r.trace)
    for pr, ki67 in [
        (PrInput(status=PrStatus.POSITIVE), 10.0),
        (PrInput(0), 10.0),
        (PrInput(30), None),
    ]:
        r = classify(CaseInputs(ErInput(90), pr, Her2Input(Ihc.ONE), ki67))
        rules.update(s.rule for s in r.trace)
    assert set(CONTENT.trace) - rules == set()
    assert set(CONTENT.flags) - flags == set()
    assert set(CONTENT.next_steps) - steps == set()
    assert {o.id for o in CONTENT.options} - opts == set()


def case_or_one_line_error(text: str) -> CaseInputs | None:
    """The case, or None if the parser refused it with a one-line InputError (only)."""
    message = ""
    try:
        return casefile.loads(text)
    except InputError as exc:
        message = str(exc)
    assert message
    assert "\n" not in message
    return None


@given(st.text())
def test_any_text_is_a_case_or_an_input_error(text: str) -> None:
    case_or_one_line_error(text)


_FIELDS = [*casefile.TOP_LEVEL, "percent", "status", "ihc", "ish", "assay", "ratio"]
_FIELDS += ["mean_copies", "recount", "result", "setting", "pdl1_cps", "age", "size_mm"]
_FIELDS += ["nodes", "grade", "detection", "treatments", "chemo", "trastuzumab"]
#: Placeholders for integers with this many digits, written into the JSON text as is
#: (hypothesis cannot show an int of more than 4300 digits).
huge_numbers = st.builds(
    "<huge {}{}>".format, st.sampled_from(["", "-"]), st.integers(min_value=17, max_value=6000)
)
nested_values = st.recursive(
    st.none()
    | st.booleans()
    | st.floats()
    | st.integers()
    | huge_numbers
    | st.text(max_size=8)
    | st.sampled_from(["dual", "single", "early", "metastatic", "3+", "amplified"]),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from(_FIELDS), children, max_size=5)
    ),
    max_leaves=20,
)


def _json_text(value: object) -> str:
    """JSON text, with the huge-integer placeholders replaced by their digits."""
    text = json.dumps(value)
    return re.sub(r'"<huge (-?)(\d+)>"', lambda m: m[1] + "9" * int(m[2]), text)


@given(st.dictionaries(st.sampled_from(_FIELDS), nested_values, max_size=6))
def test_nested_case_files_give_a_case_or_an_input_error(fields: dict[str, object]) -> None:
    case = case_or_one_line_error(_json_text({"format": casefile.FORMAT, **fields}))
    if case is not None:
        check_consistent(case, classify(case))


@given(st.integers(min_value=1, max_value=200_000), st.sampled_from(["[", '{"a": ', '{"er": [']))
def test_deep_nesting_is_an_input_error(depth: int, opening: str) -> None:
    assert case_or_one_line_error(opening * depth) is None
