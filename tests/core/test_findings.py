"""The findings collector: stable codes only, each recorded once, in content order."""

from __future__ import annotations

import pytest

from her2aid.core import content
from her2aid.core.numbers import as_entered, ish_as_entered
from her2aid.core.rules.findings import Findings


def test_unknown_codes_are_programming_errors() -> None:
    f = Findings(content.load())
    with pytest.raises(KeyError):
        f.flag("no_such_flag")
    with pytest.raises(KeyError):
        f.next_step("no_such_step")


def test_flags_and_steps_are_recorded_once_in_content_order() -> None:
    f = Findings(content.load())
    f.flag("er_low_positive")
    f.flag("er_low_positive")
    f.next_step("esr1_testing")
    f.next_step("reflex_ish")
    f.next_step("esr1_testing")
    assert f.flags == ["er_low_positive"]
    assert [n.id for n in f.next_steps()] == ["reflex_ish", "esr1_testing"]


@pytest.mark.parametrize(
    ("value", "plain", "ish"),
    [
        (2.0, "2", "2.0"),
        (1.99, "1.99", "1.99"),
        (5.999, "5.999", "5.999"),
        (10.01, "10.01", "10.01"),
        # Beyond six significant digits: "%g" would have shown 1 and 10, contradicting
        # the negative and the low-positive result beside them.
        (0.9999999, "0.9999999", "0.9999999"),
        (10.000001, "10.000001", "10.000001"),
        (100.0001, "100.0001", "100.0001"),
        (1e-07, "0.0000001", "0.0000001"),
        (-0.0, "0", "0.0"),
        # Too many digits for a form field: the exponent stays.
        (1.5e-23, "1.5e-23", "1.5e-23"),
        (-1e-300, "-1e-300", "-1e-300"),
        (1e16, "10000000000000000", "10000000000000000.0"),
        (1e21, "1e+21", "1e+21"),
    ],
)
def test_numbers_are_shown_as_entered_never_rounded_across_a_threshold(
    value: float, plain: str, ish: str
) -> None:
    assert as_entered(value) == plain
    assert ish_as_entered(value) == ish


def test_an_option_rule_without_a_setting_applies_in_every_setting() -> None:
    """The option table allows rows with no setting key; the shipped table has none today."""
    from her2aid.core.content import OptionRule, PatientText
    from her2aid.core.rules.options import _candidates, _compile_rule

    rule = _compile_rule(
        OptionRule(
            when={"hr": "positive"},
            condition=None,
            patient_benefits=(PatientText("x", "none"),),
            evidence=(),
            notes=(),
        ),
        None,
    )
    for setting in (None, "early", "metastatic"):
        assert _candidates(rule, setting, None, "positive") == ()
    assert _candidates(rule, None, None, "negative") is None


@pytest.mark.parametrize(
    ("group", "ratio", "copies", "figure"),
    [(2, 2.2, 3.5, "Fig. 4"), (3, 1.5, 6.5, "Fig. 5"), (4, 1.6, 4.8, "Fig. 6")],
)
def test_each_ish_group_work_up_cites_its_own_figure(
    group: int, ratio: float, copies: float, figure: str
) -> None:
    """ASCO/CAP 2018: group 2 is Figure 4, group 3 Figure 5, group 4 Figure 6."""
    from her2aid.core.classify import classify
    from her2aid.core.models import CaseInputs, DualIsh, Her2Input, Ihc

    for ihc in (Ihc.ONE, Ihc.TWO, Ihc.THREE):
        result = classify(CaseInputs(her2=Her2Input(ihc, DualIsh(ratio, copies))))
        workup = [s for s in result.trace if s.rule.startswith("her2.ish.workup.")]
        assert workup, ihc
        assert all(s.locator == figure for s in workup), (ihc, workup)
    low = classify(CaseInputs(her2=Her2Input(Ihc.ONE, DualIsh(ratio, copies))))
    comments = [s for s in low.trace if s.rule.endswith(".comment")]
    assert [s.rule for s in comments] == [f"her2.ish.group{group}.comment"]
    assert comments[0].locator == f"{figure}, comment"


def test_option_facts_refuse_an_unknown_key_and_unknown_receptors_rule_a_row_out() -> None:
    """The option table can only ask for facts the content declares (content.py checks)."""
    from her2aid.core import content
    from her2aid.core.classify import _Facts
    from her2aid.core.models import CaseInputs
    from her2aid.core.rules.criteria import LazyVerdicts
    from her2aid.core.rules.findings import Findings
    from her2aid.core.rules.options import _compile_checks, _match

    c = content.load()
    facts = _Facts(LazyVerdicts(CaseInputs(), c, Findings(c)))
    with pytest.raises(KeyError):
        facts["stage"]
    assert facts["monarche"] == "unknown"
    assert _match(_compile_checks({"her2": "positive"}), {"her2": None}) is None
