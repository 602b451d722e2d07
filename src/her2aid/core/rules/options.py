"""Treatment classes that apply to a case, evaluated from the option table.

The clinical knowledge (which option, in which setting, for which receptor
profile and biomarker, with which trials) is the rule table in
``content/options.toml``; this module only matches it. Receptor keys must be
known to match, with one exception: ER not known while PR is positive (an
HR-positive case) lets a rule for ER-positive disease apply on the condition
that ER is positive. An unknown context key (setting, menopause, a biomarker)
makes the option conditional on it and, once the setting is known, asks for
the test that would settle it.

The table is compiled once per content load (membership sets, checks ordered
so the most selective keys prune first, immutable evidence built ahead), which
keeps a whole classification well under a fifth of a millisecond. Built paths
and results are shared between classifications: they are immutable, and the
conditions they can carry form a small finite set.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from her2aid.core.content import CONTEXT_KEYS, Content, OptionRule, PatientText
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
        elif key == "er":
            # ER unknown while PR is positive (the case is HR-positive): a rule for
            # ER-positive disease applies on the condition that ER is positive.
            wants_positive = "positive" in (expected if kind == _IN else {expected})
            checks.append((key, kind, expected, "er=positive" if wants_positive else None))
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


#: The table is indexed by these facts: each rarely unknown, each rules out many rows.
_INDEXED = ("setting", "her2", "hr")


@dataclass(frozen=True)
class _Rule:
    checks: tuple[_Check, ...]  # the checks the index has not settled
    needs: Mapping[str, Any]  # what the rule asks of the indexed facts
    condition: Remark | None
    benefits: tuple[Sentence, ...]
    what: Sentence | None
    harms: str | None
    name: tuple[str, str] | None
    evidence: tuple[Evidence, ...]
    notes: tuple[tuple[tuple[_Check, ...], Remark], ...]
    # Paths already built, by (unknown conditions, notes that apply). The set of
    # keys is small and finite, and paths are immutable, so they are shared.
    paths: dict[tuple[tuple[str, ...], tuple[int, ...]], OptionPath]


#: For one combination of the indexed facts: each option with the rules that
#: can still apply, and the conditions the index already knows to be unknown.
_Bucket = tuple[tuple[str, tuple[tuple[_Rule, tuple[str, ...]], ...]], ...]


@dataclass(frozen=True)
class _Table:
    """The option table compiled for one content load."""

    buckets: Mapping[tuple[str | None, str | None, str | None], _Bucket]
    conditions: Mapping[str, Remark]
    next_steps: Mapping[str, str | None]
    # Results already built, by (option, applies, identities of the shared paths).
    results: dict[tuple[str, Applies, tuple[int, ...]], OptionResult]


def _sentence(text: PatientText | None) -> Sentence | None:
    return None if text is None else Sentence(text.text, text.source)


def _compile_rule(rule: OptionRule, default_harms: str | None) -> _Rule:
    condition = None
    if rule.condition is not None:
        c = rule.condition
        condition = Remark(c.clinician, c.patient or "", c.source, now=rule.condition_now)
    return _Rule(
        checks=_compile_checks({k: v for k, v in rule.when.items() if k not in _INDEXED}),
        needs={k: v for k, v in rule.when.items() if k in _INDEXED},
        condition=condition,
        benefits=tuple(Sentence(b.text, b.source, b.survival) for b in rule.patient_benefits),
        what=_sentence(rule.patient_what),
        harms=rule.harms or default_harms,
        name=(rule.name, rule.patient_name or rule.name) if rule.name else None,
        evidence=tuple(Evidence(e.source, e.result) for e in rule.evidence),
        notes=tuple(
            (_compile_checks(n.when), Remark(n.clinician, n.patient, n.source)) for n in rule.notes
        ),
        paths={},
    )


def _candidates(
    rule: _Rule, setting: str | None, her2: str | None, hr: str | None
) -> tuple[str, ...] | None:
    """Unknown conditions the indexed facts leave, or None if they rule the rule out."""
    for key, value in (("her2", her2), ("hr", hr)):
        if key in rule.needs and rule.needs[key] != value:
            return None  # receptor facts must be known and match
    if "setting" not in rule.needs:
        return ()
    if setting is None:
        return (f"setting={rule.needs['setting']}",)
    return () if rule.needs["setting"] == setting else None


def _compile_table(content: Content) -> _Table:
    options = [(o.id, tuple(_compile_rule(r, o.harms) for r in o.rules)) for o in content.options]
    buckets = {}
    receptor = (None, "positive", "negative")
    for key in itertools.product((None, "early", "metastatic"), receptor, receptor):
        bucket = []
        for option_id, rules in options:
            kept = tuple(
                (rule, unknown)
                for rule in rules
                if (unknown := _candidates(rule, *key)) is not None
            )
            if kept:
                bucket.append((option_id, kept))
        buckets[key] = tuple(bucket)
    return _Table(
        buckets=buckets,
        conditions={
            k: Remark(c.clinician, c.patient, c.source, key=k, now=c.now)
            for k, c in content.conditions.items()
        },
        next_steps={k: c.next_step for k, c in content.conditions.items()},
        results={},
    )


_compiled: dict[int, tuple[Content, _Table]] = {}


def _table(content: Content) -> _Table:
    entry = _compiled.get(id(content))
    if entry is None or entry[0] is not content:
        entry = _compiled[id(content)] = (content, _compile_table(content))
    return entry[1]


def _path(rule: _Rule, unknown: tuple[str, ...], facts: Facts, table: _Table) -> OptionPath:
    notes = tuple(i for i, (checks, _) in enumerate(rule.notes) if _match(checks, facts) == ())
    path = rule.paths.get((unknown, notes))
    if path is None:
        conditions = tuple(table.conditions[name] for name in unknown)
        if rule.condition is not None:
            conditions += (rule.condition,)
        remarks = tuple(rule.notes[i][1] for i in notes)
        path = rule.paths[unknown, notes] = OptionPath(
            conditions,
            rule.benefits,
            rule.evidence,
            remarks,
            rule.what,
            rule.harms,
            rule.name,
        )
    return path


def _result(option_id: str, paths: list[OptionPath], table: _Table) -> OptionResult:
    outright = tuple(p for p in paths if not p.conditions)
    applies, kept = (Applies.YES, outright) if outright else (Applies.CONDITIONAL, tuple(paths))
    key = (option_id, applies, tuple(map(id, kept)))
    result = table.results.get(key)
    if result is None:
        result = table.results[key] = OptionResult(option_id, applies, kept)
    return result


def evaluate_options(facts: Facts, content: Content, f: Findings) -> tuple[OptionResult, ...]:
    """Every option with at least one matching rule, in the table's order."""
    table = _table(content)
    setting = facts["setting"]
    results = []
    for option_id, candidates in table.buckets[setting, facts["her2"], facts["hr"]]:
        paths = []
        for rule, known_unknown in candidates:
            unknown = _match(rule.checks, facts)
            if unknown is None:
                continue
            unknown = known_unknown + unknown
            paths.append(_path(rule, unknown, facts, table))
            if setting is not None:
                for name in unknown:
                    step = table.next_steps[name]
                    if step is not None:
                        f.next_step(step)
        if paths:
            results.append(_result(option_id, paths, table))
    return tuple(results)
