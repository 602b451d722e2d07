"""A classification as the stable JSON object ``her2aid classify`` prints.

The keys are documented in the README ("Output of her2aid classify") and are
part of the public interface: add keys freely, never rename or remove one
without a new major version.
"""

from __future__ import annotations

from typing import Any

from her2aid.core.content import Content
from her2aid.core.models import Classification, OptionResult
from her2aid.core.prognosis import Curve, PrognosisInputs, PrognosisResult

PREDICT_SOURCES = ("predict-2010", "predict-2012", "predict-2014", "predict-2017")


def harm_set_of(option: OptionResult) -> str | None:
    """The harms set an option shows: the first matched row's own, else the option's."""
    return next((p.harms for p in option.paths if p.harms), None)


def _option(option: OptionResult, content: Content) -> dict[str, Any]:
    names = {o.id: o.name for o in content.options}
    sid = harm_set_of(option)
    hs = content.harm_sets.get(sid) if sid else None
    evidence: list[dict[str, str]] = []
    for path in option.paths:
        for e in path.evidence:
            row = {"source": e.source, "result": e.result}
            if row not in evidence:
                evidence.append(row)
    own = next((p.name for p in option.paths if p.name), None)
    return {
        "id": option.id,
        "name": own[0] if own else names[option.id],
        "applies": option.applies.value,
        "conditions": [[c.clinician for c in p.conditions] for p in option.paths if p.conditions],
        "notes": sorted({n.clinician for p in option.paths for n in p.notes}),
        "evidence": evidence,
        "harms": []
        if hs is None
        else [
            {
                "id": h.id,
                "text": h.text,
                "per_100": h.per_100,
                "at_least": h.at_least,
                "serious": h.serious,
                "source": h.source,
                "locator": h.locator,
            }
            for h in hs.harms
        ],
        "practical": []
        if hs is None
        else [{"text": p.text, "source": p.source} for p in hs.practical],
    }


def used_sources(result: Classification, content: Content) -> list[str]:
    """Source ids the result cites, in first-use order."""
    seen: dict[str, None] = {}
    for step in result.trace:
        seen.setdefault(step.source)
    for next_step in result.next_steps:
        seen.setdefault(next_step.source)
    for option in result.options:
        for path in option.paths:
            for cond in path.conditions:
                seen.setdefault(cond.source)
            for note in path.notes:
                seen.setdefault(note.source)
            for e in path.evidence:
                seen.setdefault(e.source)
    for option in result.options:
        sid = harm_set_of(option)
        if sid:
            for h in content.harm_sets[sid].harms:
                seen.setdefault(h.source)
            for p in content.harm_sets[sid].practical:
                seen.setdefault(p.source)
    return list(seen)


def to_json(result: Classification, content: Content) -> dict[str, Any]:
    """The JSON object for one classification."""
    return {
        "ruleset_version": result.ruleset_version,
        "content_version": content.about.content_version,
        "her2": {
            "status": result.her2.status.value,
            "category": result.her2.category.value,
            "ish_group": result.her2.ish_group,
            "with_comment": result.her2.with_comment,
        },
        "er": result.er.value,
        "pr": result.pr.value,
        "hr": result.hr.value,
        "subtype": result.subtype.value,
        "surrogate": None if result.surrogate is None else result.surrogate.value,
        "flags": list(result.flags),
        "next_steps": [
            {"id": n.id, "text": n.text, "source": n.source, "locator": n.locator}
            for n in result.next_steps
        ],
        "decision": {
            "id": result.decision,
            "text": content.decisions[result.decision].clinician,
        },
        "options": [_option(o, content) for o in result.options],
        "values_items": [
            {"id": i, "text": content.values_items[i].text} for i in result.values_items
        ],
        "trace": [
            {"rule": s.rule, "text": s.text, "source": s.source, "locator": s.locator}
            for s in result.trace
        ],
        "references": {
            sid: {
                "short": content.references[sid].short,
                "citation": content.references[sid].citation,
                "url": content.references[sid].url,
            }
            for sid in used_sources(result, content)
        },
    }


def _rounded(values: tuple[float, ...]) -> list[float]:
    return [round(v, 4) for v in values]


def _curve(curve: Curve) -> dict[str, list[float]]:
    return {
        "overall_survival": _rounded(curve.os),
        "breast_cancer_deaths": _rounded(curve.breast_deaths),
        "other_cause_deaths": _rounded(curve.other_deaths),
    }


def prognosis_to_json(
    inputs: PrognosisInputs, result: PrognosisResult, content: Content
) -> dict[str, Any]:
    """The JSON object ``her2aid prognosis`` prints (percent, rounded to 4 places)."""
    return {
        "model": f"PREDICT {result.model}",
        "content_version": content.about.content_version,
        "inputs": {
            "age": inputs.age,
            "size_mm": inputs.size_mm,
            "nodes": inputs.nodes,
            "grade": inputs.grade,
            "detection": inputs.detection,
            "er_positive": inputs.er_positive,
            "her2": inputs.her2,
            "ki67": inputs.ki67,
        },
        "years": list(result.years),
        "surgery_only": _rounded(result.surgery_only.os),
        "with_treatment": _rounded(result.with_treatment.os),
        "benefits": [
            {"treatment": b.treatment, "label": b.label, "added_os": _rounded(b.added_os)}
            for b in result.benefits
        ],
        "total_benefit": _rounded(result.total_benefit),
        "deaths": {
            "surgery_only": _curve(result.surgery_only),
            "with_treatment": _curve(result.with_treatment),
        },
        "not_applied": [{"treatment": n.treatment, "reason": n.reason} for n in result.not_applied],
        "references": {
            sid: {
                "short": content.references[sid].short,
                "citation": content.references[sid].citation,
            }
            for sid in PREDICT_SOURCES
        },
    }
