"""Turn a classification into what the templates show, for one audience.

Everything a template needs is prepared here as plain values: labels for the
audience, the options with their texts and evidence, the SEER facts for the
subtype, the versions and a citation numberer. The templates then only lay it
out, so their logic stays simple enough for a content reviewer to follow.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from markupsafe import Markup, escape

from her2aid import __version__
from her2aid.core.content import NO_SOURCE, Content, PatientText, Reference
from her2aid.core.models import (
    Applies,
    CaseInputs,
    Classification,
    DualIsh,
    Her2Category,
    Her2Status,
    ReportedIsh,
    Setting,
    SingleIsh,
    Subtype,
)

Audience = Literal["clinician", "patient"]
AUDIENCES: tuple[Audience, ...] = ("clinician", "patient")


@dataclass(frozen=True)
class Theme:
    """Colours and type for one surface (light or dark window, or paper)."""

    font: str = "DejaVu Sans"
    base_pt: float = 10.0
    text: str = "#1b1f23"
    muted: str = "#57606a"
    accent: str = "#0f6e78"
    rule: str = "#c8ced4"
    box: str = "#eef6f7"
    warn: str = "#fff4d6"
    warn_text: str = "#5c4400"
    link: str = "#0b5cad"


LIGHT = Theme()
DARK = Theme(
    text="#e6e6e6",
    muted="#a8b0b8",
    accent="#6fd0da",
    rule="#4a5056",
    box="#1e3336",
    warn="#3d3214",
    warn_text="#ffe08a",
    link="#8cc4ff",
)
PRINT = Theme(base_pt=9.5)


@dataclass(frozen=True)
class Meta:
    """Who and when, for the footer and the handout header.

    Names are optional and only ever printed, never stored or logged.
    """

    generated_on: date = field(default_factory=date.today)
    app_version: str = __version__
    clinic_name: str = ""
    patient_name: str = ""


class Citations:
    """Numbers sources in order of first use and renders the markers.

    Calling it from a template (``{{ cite("asco-cap-her2-2018", "Fig. 3") }}``)
    returns a superscript marker; ``entries()`` then lists what was cited.
    """

    def __init__(self, content: Content, *, links: bool) -> None:
        self._content = content
        self._links = links
        self._numbers: dict[str, int] = {}

    def number(self, source: str) -> int:
        """The number of a source, assigning the next one on first use."""
        return self._numbers.setdefault(source, len(self._numbers) + 1)

    def __call__(self, source: str, locator: str = "") -> Markup:
        """The superscript marker for ``source``.

        ``NO_SOURCE`` sentences (about the aid itself, or questions) get an
        invisible marker instead, so a test can tell "deliberately without a
        source" from "forgot the citation".
        """
        if source == NO_SOURCE:
            return Markup('<span class="nosource"></span>')
        ref = self._content.references[source]
        n = self.number(source)
        title = escape(f"{ref.short}{', ' + locator if locator else ''}")
        if self._links:
            return Markup(f'<sup class="cite"><a href="#ref-{n}" title="{title}">[{n}]</a></sup>')
        return Markup(f'<sup class="cite">[{n}]</sup>')

    def entries(self) -> list[tuple[int, Reference]]:
        """Every cited reference, in citation order."""
        return [(n, self._content.references[s]) for s, n in self._numbers.items()]


@dataclass(frozen=True)
class Said:
    """A sentence ready to show, with its source."""

    text: str
    source: str


@dataclass(frozen=True)
class OptionView:
    """One treatment option as shown to one audience."""

    id: str
    name: str
    applies: bool
    conditions: list[list[tuple[str, str]]]  # alternatives of (text, source)
    notes: list[tuple[str, str]]
    evidence: list[tuple[str, str]]  # (source, result)
    what: Said
    benefits: list[Said]
    harm: Said


def _sentences(content: Content, key: str, **values: str) -> list[Said]:
    texts: tuple[PatientText, ...] = content.patient[key]
    return [Said(t.text.format(**values), t.source) for t in texts]


def _ish_text(inputs: CaseInputs) -> str:
    ish = inputs.her2.ish
    if ish is None:
        return "not done"
    if isinstance(ish, DualIsh):
        if ish.ratio is None:
            return "dual-probe, pending"
        recount = ", blinded recount" if ish.recount else ""
        return (
            f"dual-probe: ratio {ish.ratio:.6g}, {ish.mean_copies:.6g} HER2 signals/cell{recount}"
        )
    if isinstance(ish, SingleIsh):
        if ish.mean_copies is None:
            return "single-probe, pending"
        return f"single-probe: {ish.mean_copies:.6g} HER2 signals/cell"
    assert isinstance(ish, ReportedIsh)
    if ish.result is None:
        return "ordered, pending"
    return ish.result.value.replace("_", " ")


def _percent(value: float | None) -> str:
    return "not recorded" if value is None else f"{value:.6g} %"


def _option_views(result: Classification, content: Content, audience: Audience) -> list[OptionView]:
    defs = {o.id: o for o in content.options}
    views = []
    for option in result.options:
        d = defs[option.id]
        patient = audience == "patient"
        benefits: list[Said] = []
        for path in option.paths:
            said = Said(path.benefit.text, path.benefit.source)
            if said not in benefits:
                benefits.append(said)
        evidence: list[tuple[str, str]] = []
        for path in option.paths:
            for e in path.evidence:
                if (e.source, e.result) not in evidence:
                    evidence.append((e.source, e.result))
        notes: list[tuple[str, str]] = []
        for path in option.paths:
            for n in path.notes:
                note = (n.patient if patient else n.clinician, n.source)
                if note not in notes:
                    notes.append(note)
        views.append(
            OptionView(
                id=option.id,
                name=d.patient_name if patient else d.name,
                applies=option.applies is Applies.YES,
                conditions=[
                    [(c.patient if patient else c.clinician, c.source) for c in p.conditions]
                    for p in option.paths
                    if p.conditions
                ],
                notes=notes,
                evidence=evidence,
                what=Said(d.patient_what.text, d.patient_what.source),
                benefits=benefits,
                harm=Said(d.patient_harm.text, d.patient_harm.source),
            )
        )
    return views


def _headline(result: Classification, content: Content, audience: Audience) -> str:
    def label(kind: str, value: str) -> str:
        return content.label(kind, value, audience)

    her2 = label("her2_category", result.her2.category.value)
    if audience == "patient":
        if result.subtype is Subtype.UNDETERMINED:
            return "Some of your results are not in yet."
        return f"Your cancer is {label('subtype', result.subtype.value)}."
    receptors = f"{label('er', result.er.value)}, {label('pr', result.pr.value)}"
    if result.subtype is Subtype.UNDETERMINED:
        return f"Subtype undetermined: {her2}; {receptors}"
    return f"{label('subtype', result.subtype.value)}: {her2}; {receptors}"


def _her2_patient_key(result: Classification) -> str:
    status, category = result.her2.status, result.her2.category
    if status is Her2Status.NEGATIVE and category is Her2Category.UNKNOWN:
        return "receptor.her2.negative_no_ihc"
    return f"receptor.her2.{category.value}"


def _answer_key(result: Classification) -> str:
    if result.her2.status is Her2Status.POSITIVE:
        return "answer.her2_positive"
    if result.her2.status is Her2Status.NEGATIVE:
        return "answer.her2_negative"
    return "answer.her2_pending"


def _missing(inputs: CaseInputs) -> list[str]:
    """What is not recorded yet, in the clinician's words."""
    out = []
    if inputs.er.percent is None and inputs.er.status is None:
        out.append("ER result")
    if inputs.pr.percent is None and inputs.pr.status is None:
        out.append("PR result")
    if inputs.her2.ihc is None and inputs.her2.ish is None:
        out.append("HER2 result (IHC and/or ISH)")
    if inputs.ki67_percent is None:
        out.append("Ki-67")
    if inputs.context.setting is None:
        out.append("clinical setting (early or metastatic)")
    return out


def build(
    result: Classification,
    inputs: CaseInputs,
    content: Content,
    *,
    audience: Audience,
    meta: Meta,
    theme: Theme = LIGHT,
    for_print: bool = False,
    expand_trace: bool = False,
) -> dict[str, Any]:
    """The full template context for one audience."""
    seer = content.seer.subtypes.get(result.subtype.value)
    seer_values = {}
    if seer is not None:
        seer_values = {
            "percent": f"{seer.percent_of_cases:.0f}",
            "survival": f"{seer.five_year_relative_survival:.0f}",
            "period": content.seer.survival_period.replace("-", " to "),
        }
    metastatic = inputs.context.setting is Setting.METASTATIC

    def sources(prefix: str) -> list[tuple[str, str]]:
        """Distinct (source, locator) of the trace steps whose rule starts with ``prefix``."""
        seen: list[tuple[str, str]] = []
        for step in result.trace:
            if step.rule.startswith(prefix) and (step.source, step.locator) not in seen:
                seen.append((step.source, step.locator))
        return seen

    return {
        "sources": sources,
        "audience": audience,
        "for_print": for_print,
        "expand_trace": expand_trace or for_print,
        "theme": theme,
        "meta": meta,
        "r": result,
        "inputs": inputs,
        "content": content,
        "about": content.about,
        "ruleset": content.ruleset,
        "cite": Citations(content, links=not for_print),
        "label": lambda kind, value: content.label(kind, value, audience),
        "headline": _headline(result, content, audience),
        "options": _option_views(result, content, audience),
        "seer": seer,
        "seer_source": content.seer.source,
        "seer_periods": (content.seer.cases_period, content.seer.survival_period),
        "metastatic": metastatic,
        "setting_known": inputs.context.setting is not None,
        "missing": _missing(inputs),
        "ish_text": _ish_text(inputs),
        "er_text": _percent(inputs.er.percent),
        "pr_text": _percent(inputs.pr.percent),
        "ki67_text": _percent(inputs.ki67_percent),
        "ihc_text": "not done" if inputs.her2.ihc is None else f"IHC {inputs.her2.ihc.value}",
        "flag_texts": [(code, content.flags[code]) for code in result.flags],
        "next_patient": [
            (content.next_steps[n.id].patient or n.text, n.source) for n in result.next_steps
        ],
        "say": {
            "answer": _sentences(content, _answer_key(result)),
            "er": _sentences(content, f"receptor.er.{result.er.value}"),
            "pr": _sentences(content, f"receptor.pr.{result.pr.value}"),
            "her2": _sentences(content, _her2_patient_key(result)),
            "subtype": _sentences(content, f"subtype.{result.subtype.value}", **seer_values),
            "survival": _sentences(content, "survival.figure", **seer_values)
            + _sentences(content, f"survival.rank.{result.subtype.value}")
            if seer
            else [],
            "survival_limits": _sentences(content, "survival.limits", **seer_values)
            if seer
            else [],
            "survival_metastatic": _sentences(content, "survival.metastatic"),
            "decision": _sentences(content, "decision.statement"),
            "questions": _sentences(content, "decision.questions"),
            "no_options": _sentences(content, "decision.no_options"),
        },
    }
