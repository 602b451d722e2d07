"""Whether a case meets a trial's or guideline's entry criteria (content/criteria.toml).

monarchE and NATALEE decide who is offered a CDK4/6 inhibitor after surgery,
and ASCO 2022 who is offered a multigene assay. Their criteria are written in
the content file as clauses over the case's size, nodes, grade, Ki-67 and
menopause; this module only evaluates them. A clause is met when every value
it tests is known and in range; one value out of range rules it out even if
others are unknown. The whole set is met when any clause is met, conditional
when a met clause carries a condition the case cannot settle (e.g. a high
genomic risk), unknown while a clause that could still be met lacks a value,
and not met otherwise. The verdict is a plain string so the option table can
match it like any other fact.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from her2aid.core.content import Clause, Content, Criteria
from her2aid.core.models import CaseInputs
from her2aid.core.numbers import as_entered
from her2aid.core.rules.findings import Findings


class Verdict(StrEnum):
    """The outcome of one set of criteria for one case."""

    MET = "met"
    CONDITIONAL = "conditional"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


#: Case values a clause can test (None: not known).
Values = Mapping[str, float | str | None]


def case_values(inputs: CaseInputs) -> dict[str, float | str | None]:
    """The values the criteria test, from the prognosis block, Ki-67 and the context."""
    p = inputs.prognosis
    menopause = inputs.context.menopause
    return {
        "nodes": None if p is None or p.nodes is None else float(p.nodes),
        "size_mm": None if p is None else p.size_mm,
        "grade": None if p is None or p.grade is None else float(p.grade),
        "ki67": inputs.ki67_percent,
        "menopause": None if menopause is None else menopause.value,
    }


def _clause(clause: Clause, values: Values) -> Verdict:
    unknown = False
    for key, test in clause.tests:
        value = values[key]
        if value is None:
            unknown = True
        elif not test(value):
            return Verdict.NOT_MET
    if unknown:
        return Verdict.UNKNOWN
    return Verdict.CONDITIONAL if clause.condition is not None else Verdict.MET


def evaluate(criteria: Criteria, values: Values) -> tuple[Verdict, Clause | None]:
    """The verdict for one set of criteria, and the clause that decided it (if any)."""
    verdicts = [(_clause(c, values), c) for c in criteria.clauses]
    for wanted in (Verdict.MET, Verdict.CONDITIONAL):
        for verdict, clause in verdicts:
            if verdict is wanted:
                return verdict, clause
    if any(v is Verdict.UNKNOWN for v, _ in verdicts):
        return Verdict.UNKNOWN, None
    return Verdict.NOT_MET, None


def _described(values: Values) -> str:
    """The values in the clinician's words, for the trace ("25 mm, 2 nodes, grade 2")."""
    parts = []
    if values["size_mm"] is not None:
        parts.append(f"{as_entered(float(values['size_mm']))} mm")
    if values["nodes"] is not None:
        nodes = int(float(values["nodes"]))
        parts.append(f"{nodes} positive node{'' if nodes == 1 else 's'}")
    if values["grade"] is not None:
        parts.append(f"grade {int(float(values['grade']))}")
    if values["ki67"] is not None:
        parts.append(f"Ki-67 {as_entered(float(values['ki67']))} %")
    if values["menopause"] is not None:
        parts.append(f"{values['menopause']}menopausal")
    return ", ".join(parts) or "no values entered"


class LazyVerdicts:
    """Each criteria set's verdict, worked out (and traced) the first time it is asked for.

    The option table asks only when a rule that tests the criteria is still in
    play, so the trace mentions monarchE only for cases it concerns.
    """

    def __init__(self, inputs: CaseInputs, content: Content, f: Findings) -> None:
        self._inputs = inputs
        self._criteria = content.criteria
        self._f = f
        self._values: Values | None = None

    def __contains__(self, key: object) -> bool:
        return key in self._criteria

    def __getitem__(self, key: str) -> Verdict:
        """Work out (and trace) one verdict; the caller keeps it, so each is asked for once."""
        if self._values is None:
            self._values = case_values(self._inputs)
        criteria = self._criteria[key]
        verdict, clause = evaluate(criteria, self._values)
        self._f.cited_step(
            f"criteria.{verdict.value}",
            criteria.source,
            criteria.locator,
            name=criteria.name,
            clause=clause.text if clause is not None else "",
            condition=clause.condition.clinician
            if clause is not None and clause.condition is not None
            else "",
            values=_described(self._values),
        )
        return verdict
