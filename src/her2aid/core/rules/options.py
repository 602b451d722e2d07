"""Treatment classes that apply to a case, evaluated from the option table.

The clinical knowledge (which option, in which setting, for which receptor
profile and biomarker, with which trials) is the rule table in
``content/options.toml``; this module only matches it. Receptor keys must be
known to match. An unknown context key (setting, menopause, a biomarker) makes
the option conditional on it and, once the setting is known, asks for the test
that would settle it.

The table is compiled once per content load (membership sets, checks ordered
so the most selective keys prune first, immutable evidence built ahead), which
keeps a whole classification well under a fifth of a millisecond.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from her2aid.core.content import CONTEXT_KEYS, Content, OptionRule
from her2aid.core.models import (
    Applies,
    Evidence,
    OptionPath,
    OptionResult,
    Remark,
    Sentence,
)
from her2aid.core.rules.findings import Findings

#: The value of each key for the case; ``None`` means not known.
Facts = Mapping[str, Any]

#: Checking these first rejects most rules after one or two comparisons.
_KEY_ORDER = ("setting", "her2", "hr", "her2_category", "er", "pr", "menopause")

# A check is (fact key, kind, expected, name used when the fact is unknown, or
# None when an unknown fact rules the rule out). Kinds: equal, member, at least.
_EQ, _IN, _GE = 0, 1, 2
_Check = tuple[str, int, Any, str | None]


def _compile_checks(when: Mapping[str, Any]) -> tuple[_Check, ...]:
    def order(key: str) -> int:
        return _KEY_ORDER.index(key) if key in _KEY_ORDER else len(_KEY_ORDER)

    checks: list[_Check] = []
    for key in sorted(when, key=order):
        expected = when[key]
        kind = _EQ
        if isinstance(expected, list):
            expected, kind = frozenset(expected), _IN
        if key == "pdl1_cps_from":
            checks.append(("pdl1_cps", _GE, float(expected), key))
        elif key in ("setting", "menopause"):
            checks.append((key, kind, expected, f"{key}={expected}"))
        else:
            checks.append((key, kind, expected, key if key in CONTEXT_KEYS else None))
    return tuple(checks)


def _match(checks: tuple[_Check, ...], facts: Facts) -> tuple[str, ...] | None:
    """Names of the unknown conditions if the rule can apply, None if it cannot."""
    unknown: tuple[str, ...] = ()
    for fact, kind, expected, if_unknown in checks:
        value = facts[fact]
        if value is None:
            if if_unknown is None:
                return None
            unknown += (if_unknown,)
        elif kind == _EQ:
            if value != expected:
                return None
        elif kind == _IN:
            if value not in expected:
                return None
        elif value < expected:
            return None
    return unknown



@dataclass(frozen=True)
class _Rule:
    checks: tuple[_Check, ...]
    setting: str | None
    condition: Remark | None
    benefit: Sentence
    evidence: tuple[Evidence, ...]
    notes: tuple[tuple[tuple[_Check, ...], Remark], ...]
    plain_path: OptionPath  # the path when no condition is unknown and no note applies


@dataclass(frozen=True)
class _Table:
    """The option table compiled for one content load."""

    options: tuple[tuple[str, tuple[_Rule, ...]], ...]
    conditions: Mapping[str, Remark]
    next_steps: Mapping[str, str | None]


def _compile_rule(rule: OptionRule) -> _Rule:
    condition = None
    if rule.condition is not None:
        c = rule.condition
        condition = Remark(c.clinician, c.patient or "", c.source)
    benefit = Sentence(rule.patient_benefit.text, rule.patient_benefit.source)
    evidence = tuple(Evidence(e.source, e.result) for e in rule.evidence)
    return _Rule(
        checks=_compile_checks(rule.when),
        setting=rule.when.get("setting"),
        condition=condition,
        benefit=benefit,
        evidence=evidence,
        notes=tuple(
            (_compile_checks(n.when), Remark(n.clinician, n.patient, n.source)) for n in rule.notes
        ),
        plain_path=OptionPath(() if condition is None else (condition,), benefit, evidence, ()),
    )


_compiled: dict[int, tuple[Content, _Table]] = {}


def _table(content: Content) -> _Table:
    entry = _compiled.get(id(content))
    if entry is None or entry[0] is not content:
        table = _Table(
            options=tuple(
                (o.id, tuple(_compile_rule(r) for r in o.rules)) for o in content.options
            ),
            conditions={
                k: Remark(c.clinician, c.patient, c.source) for k, c in content.conditions.items()
            },
            next_steps={k: c.next_step for k, c in content.conditions.items()},
        )
        entry = _compiled[id(content)] = (content, table)
    return entry[1]


def _evaluate(
    option_id: str, rules: tuple[_Rule, ...], facts: Facts, table: _Table, f: Findings
) -> OptionResult | None:
    setting = facts["setting"]
    paths: list[OptionPath] = []
    for rule in rules:
        if setting is not None and rule.setting is not None and rule.setting != setting:
            continue
        unknown = _match(rule.checks, facts)
        if unknown is None:
            continue
        notes = tuple(remark for checks, remark in rule.notes if _match(checks, facts) == ())
        if not unknown and not notes:
            paths.append(rule.plain_path)
        else:
            conditions = tuple(table.conditions[name] for name in unknown)
            if rule.condition is not None:
                conditions += (rule.condition,)
            paths.append(OptionPath(conditions, rule.benefit, rule.evidence, notes))
        if setting is not None:
            for name in unknown:
                step = table.next_steps[name]
                if step is not None:
                    f.next_step(step)
    if not paths:
        return None
    outright = tuple(p for p in paths if not p.conditions)
    if outright:
        return OptionResult(option_id, Applies.YES, outright)
    return OptionResult(option_id, Applies.CONDITIONAL, tuple(paths))


def evaluate_options(facts: Facts, content: Content, f: Findings) -> tuple[OptionResult, ...]:
    """Every option with at least one matching rule, in the table's order."""
    table = _table(content)
    results = []
    for option_id, rules in table.options:
        result = _evaluate(option_id, rules, facts, table, f)
        if result is not None:
            results.append(result)
    return tuple(results)
