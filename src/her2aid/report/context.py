"""Turn a classification into what the templates show, for one audience.

Everything a template needs is prepared here as plain values: labels for the
audience, the options with their texts and evidence, the SEER facts for the
subtype, the versions and a citation numberer. The templates then only lay it
out, so their logic stays simple enough for a content reviewer to follow.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from markupsafe import Markup, escape

from her2aid import __version__
from her2aid.core.content import NO_SOURCE, Content, PatientText, Reference
from her2aid.core.errors import InputError
from her2aid.core.models import (
    Applies,
    CaseInputs,
    Classification,
    DualIsh,
    ErStatus,
    Her2Category,
    Her2Status,
    HrStatus,
    PlannedTreatments,
    ReportedIsh,
    Setting,
    SingleIsh,
    Subtype,
)
from her2aid.core.numbers import as_entered, ish_as_entered
from her2aid.core.prognosis import DEFAULT_MODEL, PrognosisInputs, PrognosisResult
from her2aid.core.prognosis_case import prognosis_for

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
    #: Ruled table cells. On paper they guide the eye; on screen they double Qt's
    #: layout and paint time per update, so the window shades alternate rows instead.
    grid_borders: bool = False
    #: Icon array colours (alive, alive because of treatment, breast cancer death, other
    #: death), each at least 3:1 against the background (WCAG 1.4.11).
    icons: tuple[str, str, str, str] = ("#2e7d32", "#1565c0", "#c62828", "#757575")


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
    icons=("#66bb6a", "#64b5f6", "#ef5350", "#bdbdbd"),  # 4.7:1 or more on #1e1e1e
)
PRINT = Theme(base_pt=9.5, grid_borders=True)


@dataclass(frozen=True)
class Meta:
    """Who and when for the footer and the handout header, and the PREDICT version shown.

    Names are optional and only ever printed, never stored or logged.
    """

    generated_on: date = field(default_factory=date.today)
    app_version: str = __version__
    clinic_name: str = ""
    patient_name: str = ""
    clinic_logo: str = ""  # path to an image for the handout header, from Preferences
    prognosis_model: str = DEFAULT_MODEL
    #: Case fields the form refused (dotted, as InputError names them, e.g. "er.percent"):
    #: shown as left out until corrected, not as never entered.
    left_out: frozenset[str] = frozenset()


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


def _prognosis_sentences(content: Content, key: str, **values: str) -> list[Said]:
    return [Said(t.text.format(**values), t.source) for t in content.prognosis[key]]


#: Years shown in the tables (indexes into the 15 yearly values) and the icon array's year.
SHOWN_YEARS = (5, 10, 15)
ICON_YEAR = 10
#: Icon array: a shape for each outcome, so it reads without colour too (the
#: colours, green, blue, red and grey, come from the theme).
ICON_SHAPES = {
    "alive": "\u25cf",  # filled circle
    "extra": "\u2605",  # star
    "breast": "\u2716",  # heavy cross
    "other": "\u25cb",  # open circle
}


def to_hundred(parts: list[float]) -> list[int]:
    """Round percentages to whole people that add up to exactly 100 (largest remainder)."""
    floors = [int(p) for p in parts]
    order = sorted(range(len(parts)), key=lambda i: parts[i] - floors[i], reverse=True)
    for i in order[: 100 - sum(floors)]:
        floors[i] += 1
    return floors


@dataclass(frozen=True)
class PrognosisView:
    """A PREDICT estimate ready to lay out for one audience."""

    model: str
    inputs_text: str
    rows: list[tuple[str, list[str]]]  # label, value at each shown year
    counts: dict[str, int]  # out of 100 at ICON_YEAR: alive, extra, breast, other
    icons: list[list[tuple[str, str]]]  # 10 rows of (glyph, colour)
    legend: list[tuple[str, str, str, int]]  # glyph, colour, label, count
    not_applied: list[Said]  # planned treatments the model does not count here, and why
    about: list[Said]
    warnings: list[Said]  # shown above the numbers (ER-low)
    caveats: list[Said]
    icon_sentence: list[Said]


def _prognosis_view(
    pin: PrognosisInputs,
    res: PrognosisResult,
    planned: PlannedTreatments,
    content: Content,
    audience: Audience,
    er_low: bool,
    theme: Theme = LIGHT,
) -> PrognosisView:
    patient = audience == "patient"
    icons = {k: (shape, theme.icons[n]) for n, (k, shape) in enumerate(ICON_SHAPES.items())}
    labels = content.prognosis_labels["patient_treatment" if patient else "treatment"]
    detail = content.prognosis_labels["detail"]
    at = [y - 1 for y in SHOWN_YEARS]

    def whole(values: tuple[float, ...]) -> list[str]:
        return [f"{values[i]:.0f} in 100" if patient else f"{values[i]:.1f} %" for i in at]

    def added(values: tuple[float, ...]) -> list[str]:
        if patient:
            return ["less than 1 more" if values[i] < 0.5 else f"{values[i]:.0f} more" for i in at]
        return [f"+{values[i]:.1f}" for i in at]

    rows = [(labels["surgery"], whole(res.surgery_only.os))]
    chosen = {"endocrine": planned.endocrine.value, "chemo": planned.chemo.value}
    for step in res.benefits:
        label = labels[step.treatment]
        if step.treatment in chosen:
            label = f"{label} ({detail[chosen[step.treatment]]})"
        rows.append((f"+ {label}", added(step.added_os)))
    if res.benefits:
        rows.append((labels["all"], whole(res.with_treatment.os)))
    i = ICON_YEAR - 1
    surgery, treated = res.surgery_only.os[i], res.with_treatment.os[i]
    alive, extra, breast, other = to_hundred(
        [
            surgery,
            max(0.0, treated - surgery),
            res.with_treatment.breast_deaths[i],
            res.with_treatment.other_deaths[i],
        ]
    )
    counts = {"alive": alive, "extra": extra, "breast": breast, "other": other}
    cells = [icons[k] for k in ("alive", "extra", "breast", "other") for _ in range(counts[k])]
    icon_words = content.prognosis_labels["patient_icons" if patient else "icons"]
    ish = (
        f"age {as_entered(pin.age)}, {as_entered(pin.size_mm)} mm, {pin.nodes} positive nodes, "
        f"grade {pin.grade if pin.grade is not None else 'unknown'}, {detail[pin.detection]}; "
        f"ER {'positive' if pin.er_positive else 'negative'}, HER2 {pin.her2}, Ki-67 {pin.ki67}"
    )
    return PrognosisView(
        model=f"PREDICT {res.model}",
        inputs_text=ish,
        rows=rows,
        counts=counts,
        icons=[cells[r * 10 : r * 10 + 10] for r in range(10)],
        legend=[(*icons[k], icon_words[k], counts[k]) for k in icons],
        not_applied=[
            said
            for n in res.not_applied
            for said in _prognosis_sentences(content, f"{audience}.not_applied.{n.treatment}")
        ],
        about=_prognosis_sentences(content, "clinician.about", model=res.model),
        warnings=_prognosis_sentences(content, f"{audience}.er_low") if er_low else [],
        caveats=_prognosis_sentences(content, f"{audience}.{'limits' if patient else 'caveats'}"),
        icon_sentence=_prognosis_sentences(
            content,
            "patient.icons",
            year=str(ICON_YEAR),
            **{k: str(v) for k, v in counts.items()},
        ),
    )


NOT_RECORDED = "not recorded"
LEFT_OUT = "left out until corrected"


def _ish_text(inputs: CaseInputs, refused: bool = False) -> str:
    ish = inputs.her2.ish
    if ish is None:
        return LEFT_OUT if refused else "not done"
    if isinstance(ish, DualIsh):
        if ish.ratio is None or ish.mean_copies is None:  # the core gives both or neither
            return "dual-probe, pending"
        recount = ", blinded recount" if ish.recount else ""
        copies = ish_as_entered(ish.mean_copies)
        return f"dual-probe: ratio {ish_as_entered(ish.ratio)}, {copies} HER2 signals/cell{recount}"
    if isinstance(ish, SingleIsh):
        if ish.mean_copies is None:
            return "single-probe, pending"
        return f"single-probe: {ish_as_entered(ish.mean_copies)} HER2 signals/cell"
    assert isinstance(ish, ReportedIsh)
    if ish.result is None:
        return "ordered, pending"
    return ish.result.value.replace("_", " ")


def _refused(left_out: frozenset[str], prefix: str) -> bool:
    """Whether the form refused an entry of this part of the case (``er.``, ``ki67_percent``)."""
    return any(f.startswith(prefix) for f in left_out)


def _percent(value: float | None, refused: bool = False) -> str:
    if value is not None:
        return f"{as_entered(value)} %"
    return LEFT_OUT if refused else NOT_RECORDED


def _receptor_entered(percent: float | None, label: str | None, refused: bool) -> str:
    """The "Entered" cell of ER or PR: the percent, else the category, else why there is none."""
    if percent is None and label is not None:
        return label
    return _percent(percent, refused)


def _option_views(result: Classification, content: Content, audience: Audience) -> list[OptionView]:
    defs = {o.id: o for o in content.options}
    views = []
    for option in result.options:
        d = defs[option.id]
        patient = audience == "patient"
        benefits: list[Said] = []
        for path in option.paths:
            for b in path.benefits:
                said = Said(b.text, b.source)
                if said not in benefits:
                    benefits.append(said)
        own_what = next((p.what for p in option.paths if p.what), None)
        own_harm = next((p.harm for p in option.paths if p.harm), None)
        what_s = own_what or d.patient_what
        what = Said(what_s.text, what_s.source)
        harm_s = own_harm or d.patient_harm
        harm = Said(harm_s.text, harm_s.source)
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
                what=what,
                benefits=benefits,
                harm=harm,
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
    if category is Her2Category.ZERO and result.hr is HrStatus.NEGATIVE:
        return "receptor.her2.zero_hr_negative"  # ultralow matters only in HR+ disease
    return f"receptor.her2.{category.value}"


def _whole(percent: float) -> str:
    """A percentage as a whole number, halves rounded up as people expect (10.5 -> 11)."""
    return str(Decimal(str(percent)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _answer_key(result: Classification, inputs: CaseInputs, metastatic: bool) -> str:
    if result.her2.status is Her2Status.POSITIVE:
        return "answer.her2_positive_metastatic" if metastatic else "answer.her2_positive"
    if result.her2.status is Her2Status.NEGATIVE:
        # "chosen from its hormone receptors" only when it has them
        return {
            HrStatus.POSITIVE: "answer.her2_negative",
            HrStatus.NEGATIVE: "answer.her2_negative_other",
        }.get(result.hr, "answer.her2_negative_hr_unknown")
    if inputs.her2.ihc is None and inputs.her2.ish is None:
        return "answer.her2_not_tested"  # nothing is pending: no test is entered
    return "answer.her2_pending"


def _missing(inputs: CaseInputs, left_out: frozenset[str]) -> tuple[list[str], list[str]]:
    """What is not recorded yet, and what was entered but refused, in the clinician's words."""
    absent = (
        ("ER result", "er.", inputs.er.percent is None and inputs.er.status is None),
        ("PR result", "pr.", inputs.pr.percent is None and inputs.pr.status is None),
        (
            "HER2 result (IHC and/or ISH)",
            "her2.",
            inputs.her2.ihc is None and inputs.her2.ish is None,
        ),
        ("Ki-67", "ki67_percent", inputs.ki67_percent is None),
        (
            "clinical setting (early or metastatic)",
            "context.setting",
            inputs.context.setting is None,
        ),
    )
    missing = [name for name, part, gone in absent if gone and not _refused(left_out, part)]
    refused = [name for name, part, gone in absent if gone and _refused(left_out, part)]
    return missing, refused


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
    expand_references: bool = False,
) -> dict[str, Any]:
    """The full template context for one audience."""
    seer = content.seer.subtypes.get(result.subtype.value)
    missing, left_out = _missing(inputs, meta.left_out)
    seer_values = {}
    if seer is not None:
        seer_values = {
            "percent": _whole(seer.percent_of_cases),
            "survival": _whole(seer.five_year_relative_survival),
            "period": content.seer.survival_period.replace("-", " to "),
        }
    metastatic = inputs.context.setting is Setting.METASTATIC
    # HR positive only through PR: the subtype's figures may not fit until ER is confirmed.
    er_to_confirm = "er_negative_pr_positive" in result.flags
    subtype_key = f"subtype.{result.subtype.value}"
    if er_to_confirm and result.subtype is Subtype.HR_POS_HER2_NEG:  # HR+ only through PR
        subtype_key = "subtype.er_negative_pr_positive"
    prognosis: PrognosisView | None = None
    prognosis_problem = ""
    if inputs.context.setting is Setting.EARLY and inputs.prognosis is not None:
        try:
            pin, res = prognosis_for(inputs, result, meta.prognosis_model)
        except InputError as exc:
            field = content.prognosis_labels["field"].get(exc.field, exc.field)
            prognosis_problem = f"{field}: {exc.reason}" if field else exc.reason
        else:
            prognosis = _prognosis_view(
                pin,
                res,
                inputs.prognosis.treatments,
                content,
                audience,
                er_low=result.er is ErStatus.LOW_POSITIVE,
                theme=theme,
            )

    def sources(prefix: str) -> list[tuple[str, str]]:
        """(source, locators) of the trace steps whose rule starts with ``prefix``.

        One entry per source, its locators joined ("Fig. 1; Table 2"), so a
        cell reads "[3]" rather than "[3][3][3]".
        """
        merged: dict[str, list[str]] = {}
        for step in result.trace:
            if step.rule.startswith(prefix):
                locators = merged.setdefault(step.source, [])
                if step.locator and step.locator not in locators:
                    locators.append(step.locator)
        return [(source, "; ".join(locators)) for source, locators in merged.items()]

    return {
        "sources": sources,
        "audience": audience,
        "for_print": for_print,
        "expand_trace": expand_trace or for_print,
        "expand_references": expand_references or for_print,
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
        "early": inputs.context.setting is Setting.EARLY,
        "prognosis": prognosis,
        "prognosis_problem": prognosis_problem,
        "prognosis_unavailable": _prognosis_sentences(content, "patient.unavailable"),
        "prognosis_intro": _prognosis_sentences(content, "patient.intro"),
        "missing": missing,
        "left_out": left_out,
        "ish_text": _ish_text(inputs, _refused(meta.left_out, "her2.ish")),
        "er_entered": _receptor_entered(
            inputs.er.percent,
            content.label("er", inputs.er.status.value, audience) if inputs.er.status else None,
            _refused(meta.left_out, "er."),
        ),
        "pr_entered": _receptor_entered(
            inputs.pr.percent,
            content.label("pr", inputs.pr.status.value, audience) if inputs.pr.status else None,
            _refused(meta.left_out, "pr."),
        ),
        "ki67_text": _percent(inputs.ki67_percent, _refused(meta.left_out, "ki67_percent")),
        "ihc_text": "not done" if inputs.her2.ihc is None else f"IHC {inputs.her2.ihc.value}",
        "flag_texts": [(code, content.flags[code]) for code in result.flags],
        "next_patient": [
            (content.next_steps[n.id].patient or n.text, n.source) for n in result.next_steps
        ],
        "say": {
            "answer": _sentences(content, _answer_key(result, inputs, metastatic)),
            "er": _sentences(content, f"receptor.er.{result.er.value}"),
            "pr": _sentences(content, f"receptor.pr.{result.pr.value}"),
            "her2": _sentences(content, _her2_patient_key(result)),
            "subtype": _sentences(content, subtype_key, **seer_values),
            "survival": _sentences(content, "survival.figure", **seer_values)
            + _sentences(content, f"survival.rank.{result.subtype.value}")
            if seer and not er_to_confirm
            else [],
            "survival_limits": (
                _sentences(content, "survival.er_low") if result.er is ErStatus.LOW_POSITIVE else []
            )
            + (
                _sentences(content, "survival.er_negative_pr_positive")
                if er_to_confirm
                else _sentences(content, "survival.limits", **seer_values)
                if seer
                else []
            ),
            "survival_metastatic": _sentences(content, "survival.metastatic"),
            "decision": _sentences(content, "decision.statement"),
            "questions": _sentences(content, "decision.questions"),
            "no_options": _sentences(content, "decision.no_options"),
        },
    }
