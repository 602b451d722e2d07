"""Turn a classification into what the templates show, for one audience.

Everything a template needs is prepared here as plain values: labels for the
audience, the options with their texts and evidence, the SEER facts for the
subtype, the versions and a citation numberer. The templates then only lay it
out, so their logic stays simple enough for a content reviewer to follow.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from markupsafe import Markup, escape

from her2aid import __version__
from her2aid.core.content import (
    NO_SOURCE,
    Content,
    HarmSet,
    PatientText,
    Reference,
    patient_text_map,
)
from her2aid.core.errors import InputError
from her2aid.core.language import N_, available, translations
from her2aid.core.models import (
    Applies,
    CaseInputs,
    Classification,
    Detection,
    DualIsh,
    ErStatus,
    Her2Category,
    Her2Status,
    HrStatus,
    Menopause,
    OptionResult,
    PlannedTreatments,
    PrStatus,
    Remark,
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
    #: death), each at least 3:1 against the background (WCAG 1.4.11). Deaths are in
    #: neutral greys, as PREDICT shows them, not an alarming red (issue 14); the shapes
    #: keep all four apart in greyscale and without colour.
    icons: tuple[str, str, str, str] = ("#2e7d32", "#1565c0", "#474747", "#7d7d7d")


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
    icons=("#66bb6a", "#64b5f6", "#d6d6d6", "#9a9a9a"),  # 4.7:1 or more on #1e1e1e
)
PRINT = Theme(base_pt=9.5, grid_borders=True)


@dataclass(frozen=True)
class Words:
    """The patient part's language for her2aid's own words: gettext, and the decimal mark.

    Called as ``_("text")`` (Babel extracts those calls); English by default,
    which the clinician part always is.
    """

    gettext: Callable[[str], str] = str
    decimal: str = "."

    def __call__(self, text: str) -> str:
        """The text in this language."""
        return self.gettext(text)

    def number(self, text: str) -> str:
        """A number written in English ("12.5") with this language's decimal mark."""
        return text.replace(".", self.decimal) if self.decimal != "." else text


ENGLISH = Words()


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
    clinic_contact: str = ""  # phone or address for the handout's "Your care team" box
    #: False when the patient asked not to see survival figures (a handout option):
    #: the patient part then leaves out every sentence marked as giving one, and PREDICT.
    show_survival: bool = True
    #: The patient part's language (her2aid.core.language); the clinician part is English.
    language: str = "en"

    def language_for(self, audience: Audience) -> str:
        """The language of one part: the patient part's is chosen, the clinician part's English."""
        return self.language if audience == "patient" else "en"


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
    """A sentence ready to show, with its source (``survival``: it gives a survival figure)."""

    text: str
    source: str
    survival: bool = False


@dataclass(frozen=True)
class HarmView:
    """One side effect as shown: its words and its figures, rounded one way everywhere."""

    text: str
    count: str  # "40 in 100" (patient) or "40 %" as printed (clinician); "" without a figure
    comparison: str  # the same for the comparison group, or ""
    grade: str
    serious: bool
    source: str
    locator: str
    drug: str = ""
    survival: bool = False  # a survival figure (death from the disease), not a side effect


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
    #: What it is like (harms.toml): who the figures describe, the side effects
    #: (common first, then serious) and daily-life facts.
    group: str = ""
    comparison_group: str = ""
    harms: list[HarmView] = field(default_factory=list)
    practical: list[Said] = field(default_factory=list)
    always: Said | None = None  # when it applies, said plainly (no added treatment)
    lead_harms: list[Said] = field(default_factory=list)  # case-specific, before the set's rows
    #: Clinician view: PREDICT's figures for this case on the card, one short line each
    #: (the patient view leads "How it may help" with them instead).
    predict: list[Said] = field(default_factory=list)
    #: How to read the set's trial figures beside the case's own (after the set's rows).
    harms_note: list[Said] = field(default_factory=list)
    #: Abbreviations the card's words carry from its trial ("FAC"), explained where the
    #: page first uses them (patient.toml abbreviation.*), under "What it is".
    abbreviations: list[Said] = field(default_factory=list)
    #: Patient view: an option that may fit later or only in some cases (conditional),
    #: shown after the ones that apply now, with its main points only.
    later: bool = False
    #: A conditional option that is still a choice now, in full (review 17 F9, F10): one
    #: of its paths waits only on the ER result and/or the judgement of the cancer's risk.
    choice_now: bool = False
    #: Of those, one that waits on the ER result (the page says so above the cards).
    er_pending: bool = False
    #: Patient view: the card leads with PREDICT's figure for the case.
    predict_figure: bool = False


def _sentences(content: Content, key: str, **values: str) -> list[Said]:
    texts: tuple[PatientText, ...] = content.patient[key]
    return [Said(t.text.format(**values), t.source, t.survival) for t in texts]


def _prognosis_sentences(content: Content, key: str, **values: str) -> list[Said]:
    return [Said(t.text.format(**values), t.source) for t in content.prognosis[key]]


#: Years shown in the tables (indexes into the 15 yearly values) and the icon array's year.
SHOWN_YEARS = (5, 10, 15)
ICON_YEAR = 10
#: Icon array: a shape for each outcome, so it reads without colour too (the
#: colours, green, blue, dark grey and grey, come from the theme).
ICON_SHAPES = {
    "alive": "\u25cf",  # filled circle
    "extra": "\u2605",  # star
    "breast": "\u25a0",  # filled square: plain, not a cross
    "other": "\u25cb",  # open circle
}


def to_hundred(parts: list[float], total: int = 100) -> list[int]:
    """Round percentages to whole people that add up to exactly ``total`` (largest remainder).

    With a ``total`` below 100 the parts are first scaled to it: how the people
    left once others are counted split between these outcomes.
    """
    whole = sum(parts)
    if total != 100 and whole > 0:
        parts = [p * total / whole for p in parts]
    floors = [int(p) for p in parts]
    order = sorted(range(len(parts)), key=lambda i: parts[i] - floors[i], reverse=True)
    for i in order[: total - sum(floors)]:
        floors[i] += 1
    return floors


@dataclass(frozen=True)
class PrognosisView:
    """A PREDICT estimate ready to lay out for one audience."""

    model: str
    inputs_text: str
    rows: list[tuple[str, list[str]]]  # label, value at each shown year
    counts: dict[str, int]  # out of 100 at ICON_YEAR: alive, extra, breast, other
    #: 10 rows of (glyphs, colour): each row's runs of one colour, glyphs joined by
    #: thin spaces (one span per run, not per person, keeps the live summary fast).
    icons: list[list[tuple[str, str]]]
    legend: list[tuple[str, str, str, int]]  # glyph, colour, label, count
    not_applied: list[Said]  # planned treatments the model does not count here, and why
    about: list[Said]
    warnings: list[Said]  # shown above the numbers (ER-low)
    caveats: list[Said]
    icon_sentence: list[Said]
    #: Surgery alone at ICON_YEAR, in the table's whole people: alive, died of breast cancer.
    surgery_only: tuple[int, int] = (0, 0)
    #: What each treatment row adds at ICON_YEAR, exactly as its table cell says it
    #: (patient: "14", "less than 1"; clinician: "14.0"), and the row's label, by
    #: treatment (PREDICT's names: endocrine, chemo, trastuzumab, bisphosphonates).
    added: dict[str, tuple[str, str]] = field(default_factory=dict)


def _runs(row: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(glyphs, colour) for each run of one colour in a row, glyphs joined by thin spaces."""
    runs: list[tuple[list[str], str]] = []
    for glyph, colour in row:
        if runs and runs[-1][1] == colour:
            runs[-1][0].append(glyph)
        else:
            runs.append(([glyph], colour))
    return [("\u2009".join(glyphs), colour) for glyphs, colour in runs]


def _prognosis_view(
    pin: PrognosisInputs,
    res: PrognosisResult,
    planned: PlannedTreatments,
    content: Content,
    audience: Audience,
    er_low: bool,
    theme: Theme = LIGHT,
    _: Words = ENGLISH,
) -> PrognosisView:
    patient = audience == "patient"
    icons = {k: (shape, theme.icons[n]) for n, (k, shape) in enumerate(ICON_SHAPES.items())}
    labels = content.prognosis_labels["patient_treatment" if patient else "treatment"]
    detail = content.prognosis_labels["detail"]
    at = [y - 1 for y in SHOWN_YEARS]

    # One rounding everywhere (IPDAS): at each year the outcomes (alive with surgery
    # alone, added by each treatment, breast cancer deaths, other deaths) are split
    # into whole people that add up to 100, and the table, the icon array, its
    # legend and its sentence all show those same numbers.
    split = [
        to_hundred(
            [
                res.surgery_only.os[y],
                *(max(0.0, b.added_os[y]) for b in res.benefits),
                res.with_treatment.breast_deaths[y],
                res.with_treatment.other_deaths[y],
            ]
        )
        for y in range(len(res.surgery_only.os))
    ]
    n = len(res.benefits)

    def whole(column: int | None, values: tuple[float, ...]) -> list[str]:
        """Surgery alone (column 0) or all treatments (None) at the shown years."""
        if not patient:
            return [f"{values[y]:.1f} %" for y in at]
        people = [split[y][0] if column == 0 else sum(split[y][: n + 1]) for y in at]
        return [_("{n} in 100").format(n=p) for p in people]

    def people(column: int, values: tuple[float, ...], y: int) -> str:
        """What a treatment adds at year index ``y``: the one number its cell and card show."""
        if not patient:
            return f"{values[y]:.1f}"
        if split[y][column] or values[y] <= 0:
            return str(split[y][column])
        return _("less than 1")

    def added(column: int, values: tuple[float, ...]) -> list[str]:
        if not patient:
            return [f"+{people(column, values, y)}" for y in at]
        return [
            _("less than 1 more")
            if people(column, values, y) == _("less than 1")
            else _("{n} more").format(n=people(column, values, y))
            for y in at
        ]

    rows = [(labels["surgery"], whole(0, res.surgery_only.os))]
    chosen = {"endocrine": planned.endocrine.value, "chemo": planned.chemo.value}
    added_at_icon: dict[str, tuple[str, str]] = {}
    for column, step in enumerate(res.benefits, start=1):
        label = labels[step.treatment]
        if step.treatment in chosen:
            label = f"{label} ({detail[chosen[step.treatment]]})"
        rows.append((f"+ {label}", added(column, step.added_os)))
        added_at_icon[step.treatment] = (people(column, step.added_os, ICON_YEAR - 1), label)
    if res.benefits:
        rows.append((labels["all"], whole(None, res.with_treatment.os)))
    at_icon = split[ICON_YEAR - 1]
    alive, extra = at_icon[0], sum(at_icon[1 : n + 1])
    breast, other = at_icon[n + 1], at_icon[n + 2]
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
        icons=[_runs(cells[r * 10 : r * 10 + 10]) for r in range(10)],
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
        surgery_only=(alive, _surgery_breast_deaths(res, alive)),
        added=added_at_icon,
    )


def _surgery_breast_deaths(res: PrognosisResult, alive: int) -> int:
    """Surgery-alone breast cancer deaths, from the people the table does not count alive."""
    y = ICON_YEAR - 1
    breast, _ = to_hundred(
        [res.surgery_only.breast_deaths[y], res.surgery_only.other_deaths[y]], total=100 - alive
    )
    return breast


NOT_RECORDED = N_("not recorded")
LEFT_OUT = N_("left out until corrected")


def _ish_text(inputs: CaseInputs, refused: bool = False, _: Words = ENGLISH) -> str:
    ish = inputs.her2.ish
    if ish is None:
        return _(LEFT_OUT) if refused else _("not done")
    if isinstance(ish, DualIsh):
        if ish.ratio is None or ish.mean_copies is None:  # the core gives both or neither
            return _("dual-probe, pending")
        recount = _(", blinded recount") if ish.recount else ""
        copies = _.number(ish_as_entered(ish.mean_copies))
        ratio = _.number(ish_as_entered(ish.ratio))
        return _("dual-probe: ratio {ratio}, {copies} HER2 signals/cell{recount}").format(
            ratio=ratio, copies=copies, recount=recount
        )
    if isinstance(ish, SingleIsh):
        if ish.mean_copies is None:
            return _("single-probe, pending")
        copies = _.number(ish_as_entered(ish.mean_copies))
        return _("single-probe: {copies} HER2 signals/cell").format(copies=copies)
    assert isinstance(ish, ReportedIsh)
    if ish.result is None:
        return _("ordered, pending")
    return _(_ISH_RESULTS[ish.result.value])


_ISH_RESULTS = {"amplified": N_("amplified"), "not_amplified": N_("not amplified")}
#: IHC scores with words in them, as the patient's results table shows them.
_IHC_SCORES = {"0-null": N_("0-null"), "0-ultralow": N_("0-ultralow")}


def _refused(left_out: frozenset[str], prefix: str) -> bool:
    """Whether the form refused an entry of this part of the case (``er.``, ``ki67_percent``)."""
    return any(f.startswith(prefix) for f in left_out)


def _percent(value: float | None, refused: bool = False, _: Words = ENGLISH) -> str:
    if value is not None:
        return f"{_.number(as_entered(value))} %"
    return _(LEFT_OUT) if refused else _(NOT_RECORDED)


def _receptor_entered(
    percent: float | None, label: str | None, refused: bool, _: Words = ENGLISH
) -> str:
    """The "Entered" cell of ER or PR: the percent, else the category, else why there is none."""
    if percent is None and label is not None:
        return label
    return _percent(percent, refused, _)


def per_100(value: float, _: Words = ENGLISH) -> str:
    """A count of people out of 100, the one rounding every view uses (half up; < 0.5 said so)."""
    if 0 < value < 0.5:
        return _("fewer than 1")
    return _whole(value)


def _harm_views(hs: HarmSet, audience: Audience, _: Words = ENGLISH) -> list[HarmView]:
    patient = audience == "patient"

    def count(value: float | None, at_least: bool = False) -> str:
        if value is None:
            return ""
        if not patient:
            shown = f"{as_entered(value)} %"
            return f"{shown} or more" if at_least else shown
        if at_least:  # the source gives a threshold only
            return _("{n} or more in 100").format(n=per_100(value, _))
        return _("{n} in 100").format(n=per_100(value, _))

    views = [
        HarmView(
            text=h.text if patient else h.clinician,
            count=count(h.per_100, h.at_least),
            comparison=count(h.comparison_per_100),
            grade=h.grade,
            serious=h.serious,
            source=h.source,
            locator=h.locator,
            drug=h.drug,
            survival=h.survival,
        )
        for h in hs.harms
    ]
    drugs = list(dict.fromkeys(v.drug for v in views))  # each drug's rows together
    views.sort(key=lambda v: (v.serious, drugs.index(v.drug)))
    return views


def _option_name(option: OptionResult, default: str, patient: bool) -> str:
    """A row's own name where its population needs one (comfort care for spread cancer)."""
    own = next((p.name for p in option.paths if p.name), None)
    if own is None:
        return default
    return own[1] if patient else own[0]


def _by_harms_set(options: Iterable[OptionResult]) -> Iterator[OptionResult]:
    """Each option, split into one card per side-effect set its matching rows name.

    Rows for different populations (T-DXd after surgery, DESTINY-Breast05, and
    before it, DESTINY-Breast11) have their own trials: each card shows the
    benefits, conditions and side effects of the same trial, never one
    trial's benefit beside another's harms.
    """
    for option in options:
        sets = list(dict.fromkeys(p.harms for p in option.paths))
        if len(sets) < 2:
            yield option
            continue
        for sid in sets:
            yield replace(option, paths=tuple(p for p in option.paths if p.harms == sid))


def _option_views(
    result: Classification,
    content: Content,
    audience: Audience,
    t: Callable[[str], str] = str,
    words: Words = ENGLISH,
) -> list[OptionView]:
    """One card per option.

    ``t`` puts the classifier's English patient wording into the page's
    language, ``words`` her2aid's own.
    """
    defs = {o.id: o for o in content.options}

    def now_path(conditions: tuple[Remark, ...]) -> bool:
        """Every condition is settled before treatment starts (options.toml ``now``)."""
        return all(c.now for c in conditions)

    views = []
    for option in _by_harms_set(result.options):
        d = defs[option.id]
        patient = audience == "patient"
        benefits: list[Said] = []
        for path in option.paths:
            for b in path.benefits:
                said = Said(t(b.text) if patient else b.text, b.source, b.survival)
                if said not in benefits:
                    benefits.append(said)
        own_what = next((p.what for p in option.paths if p.what), None)
        what_s = own_what or d.patient_what
        what = Said(t(what_s.text) if patient else what_s.text, what_s.source)
        evidence: list[tuple[str, str]] = []
        for path in option.paths:
            for e in path.evidence:
                if (e.source, e.result) not in evidence:
                    evidence.append((e.source, e.result))
        notes: list[tuple[str, str]] = []
        for path in option.paths:
            for n in path.notes:
                note = (t(n.patient) if patient else n.clinician, n.source)
                if note not in notes:
                    notes.append(note)
        sid = next((p.harms for p in option.paths if p.harms), None)
        hs = content.harm_sets.get(sid) if sid else None
        views.append(
            OptionView(
                id=option.id,
                name=t(_option_name(option, d.patient_name if patient else d.name, patient)),
                applies=option.applies is Applies.YES,
                choice_now=option.applies is not Applies.YES
                and any(now_path(p.conditions) for p in option.paths),
                er_pending=option.applies is not Applies.YES
                and any(
                    now_path(p.conditions) and any(c.key == ER_PENDING for c in p.conditions)
                    for p in option.paths
                ),
                conditions=[
                    [(t(c.patient) if patient else c.clinician, c.source) for c in p.conditions]
                    for p in option.paths
                    if p.conditions
                ],
                notes=notes,
                evidence=evidence,
                what=what,
                benefits=benefits,
                group="" if hs is None else (hs.group if patient else hs.clinician_group),
                comparison_group="" if hs is None or hs.comparison is None else hs.comparison,
                harms=[] if hs is None else _harm_views(hs, audience, words),
                always=Said(d.patient_applies.text, d.patient_applies.source)
                if d.patient_applies and patient
                else None,
                practical=[]
                if hs is None
                else [
                    Said(p.text if patient else p.clinician, p.source, p.survival)
                    for p in hs.practical
                ],
            )
        )
    return views


def _headline(
    result: Classification, content: Content, audience: Audience, _: Words = ENGLISH
) -> str:
    def label(kind: str, value: str) -> str:
        return content.label(kind, value, audience)

    her2 = label("her2_category", result.her2.category.value)
    if audience == "patient":
        if result.subtype is Subtype.UNDETERMINED:
            return _("Some of your results are not in yet.")
        return _("Your cancer is {subtype}.").format(subtype=label("subtype", result.subtype.value))
    receptors = f"{label('er', result.er.value)}, {label('pr', result.pr.value)}"
    if result.subtype is Subtype.UNDETERMINED:
        return f"Subtype undetermined: {her2}; {receptors}"
    return f"{label('subtype', result.subtype.value)}: {her2}; {receptors}"


def _her2_patient_key(result: Classification, setting: Setting | None) -> str:
    status, category = result.her2.status, result.her2.category
    if status is Her2Status.NEGATIVE and category is Her2Category.UNKNOWN:
        return "receptor.her2.negative_no_ihc"
    if category is Her2Category.ZERO and result.hr is HrStatus.NEGATIVE:
        return "receptor.her2.zero_hr_negative"  # ultralow matters only in HR+ disease
    if category is Her2Category.ULTRALOW and result.hr is HrStatus.NEGATIVE:
        return "receptor.her2.ultralow_hr_negative"  # DESTINY-Breast06 was HR+ only
    if category in (Her2Category.LOW, Her2Category.ULTRALOW):  # why it matters depends on it
        return f"receptor.her2.{category.value}.{setting.value if setting else 'any'}"
    return f"receptor.her2.{category.value}"


def _whole(percent: float) -> str:
    """A percentage as a whole number, halves rounded up as people expect (10.5 -> 11)."""
    return str(Decimal(str(percent)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _answer_keys(result: Classification, inputs: CaseInputs) -> list[str]:
    """The patient.toml keys that answer "is my result good or bad?" for this case."""
    status = result.her2.status
    if status is not Her2Status.POSITIVE and status is not Her2Status.NEGATIVE:
        if inputs.her2.ihc is None and inputs.her2.ish is None:
            return ["answer.her2_not_tested"]  # nothing is pending: no test is entered
        return ["answer.her2_pending"]
    if result.hr is HrStatus.UNKNOWN:
        return [f"answer.her2_{status.value}_hr_unknown"]
    setting = inputs.context.setting.value if inputs.context.setting else "any"
    if result.er is ErStatus.UNKNOWN and result.pr is PrStatus.POSITIVE:
        # Hormone receptor-positive through PR alone so far: no reassurance about
        # hormone treatment until the ER result is in; then the HER2 sentence.
        keys = ["answer.er_unknown_pr_positive.any"]
        if status is Her2Status.POSITIVE:
            keys.append(f"answer.{Subtype.HR_NEG_HER2_POS.value}.{setting}")
        elif result.her2.category is Her2Category.LOW:
            keys.append(f"answer.her2_low.{setting}")
        elif result.her2.category is Her2Category.ULTRALOW:
            keys.append(f"answer.her2_ultralow.{setting}")
        return keys
    hr_positive_her2_negative = result.subtype is Subtype.HR_POS_HER2_NEG
    if hr_positive_her2_negative and "er_negative_pr_positive" in result.flags:
        return ["answer.er_negative_pr_positive.any"]
    if hr_positive_her2_negative and result.er is ErStatus.LOW_POSITIVE:
        keys = [f"answer.er_low.{setting}"]
    else:
        keys = [f"answer.{result.subtype.value}.{setting}"]
    category = result.her2.category
    if category is Her2Category.LOW:
        keys.append(f"answer.her2_low.{setting}")
    elif category is Her2Category.ULTRALOW and result.hr is HrStatus.POSITIVE:
        keys.append(f"answer.her2_ultralow.{setting}")
    return keys


#: Next steps that ask for a result, and the case fields that hold it.
_ASKS_FOR = {
    "er_pr_testing": ("er.", "pr."),
    "er_testing": ("er.",),
    "pr_testing": ("pr.",),
    "her2_testing": ("her2.",),
}


def _next_text(step: str, content: Content, left_out: frozenset[str], audience: Audience) -> str:
    """A next step's words; "correct the entry" when the form refused what it asks for."""
    entry = content.next_steps[step]
    refused = entry.refused is not None and any(
        _refused(left_out, prefix) for prefix in _ASKS_FOR.get(step, ())
    )
    if refused:
        assert entry.refused is not None
        return entry.refused[0] if audience == "clinician" else entry.refused[1]
    return entry.clinician if audience == "clinician" else entry.patient or ""


def _questions(content: Content, result: Classification, inputs: CaseInputs) -> list[Said]:
    """Questions that fit the decision, and fertility where menopause is not past."""
    decision = result.decision
    key = decision if decision in ("early_treatment", "metastatic_treatment") else "waiting"
    questions = _sentences(content, f"questions.{key}")
    if key != "waiting" and inputs.context.menopause is not Menopause.POST:
        questions += _sentences(content, "questions.fertility")
    return questions


def _text_map(code: str, audience: Audience) -> Callable[[str], str]:
    """Puts the classifier's English patient wording into the patient part's language."""
    if audience != "patient" or code == "en":
        return str
    found = patient_text_map(code)
    return lambda text: found.get(text, text)


def _unreviewed_notice(code: str) -> str:
    """What a page in a not-yet-reviewed translation says about it, in that language."""
    if code == "en":
        return ""
    lang = available()[code]
    return "" if lang.reviewed else lang.unreviewed_notice


def _own_results(
    result: Classification,
    inputs: CaseInputs,
    content: Content,
    left_out: frozenset[str],
    _: Words = ENGLISH,
) -> list[tuple[str, str, str, str]]:
    """The patient's own results, as entered, with their meaning in her words.

    Rows of (test, result, what it means, its source or ""): the receptors, Ki-67,
    and the results the option cards depend on (PD-L1 when entered, the inherited
    BRCA test, menopause when entered).
    """

    def label(kind: str, value: str) -> str:
        return content.label(kind, value, "patient")

    er = _receptor_entered(
        inputs.er.percent,
        label("er", inputs.er.status.value) if inputs.er.status else None,
        _refused(left_out, "er."),
        _,
    )
    pr = _receptor_entered(
        inputs.pr.percent,
        label("pr", inputs.pr.status.value) if inputs.pr.status else None,
        _refused(left_out, "pr."),
        _,
    )
    ihc = (
        _("not done")
        if inputs.her2.ihc is None
        else f"IHC {_(_IHC_SCORES.get(inputs.her2.ihc.value, inputs.her2.ihc.value))}"
    )
    ish = _ish_text(inputs, _refused(left_out, "her2.ish"), _)

    def meaning(*keys: str, **values: str) -> tuple[str, str]:
        """The sentences' words, and their sources joined by "," (each cited once)."""
        said = [s for key in keys for s in _sentences(content, key, **values)]
        cited = list(dict.fromkeys(s.source for s in said))
        return " ".join(s.text for s in said), ",".join(cited)

    context = inputs.context
    setting = context.setting
    rows = [
        (_("ER"), er, label("er", result.er.value), ""),
        (_("PR"), pr, label("pr", result.pr.value), ""),
        (
            _("HER2"),
            _("{ihc}; ISH {ish}").format(ihc=ihc, ish=ish),
            label("her2_category", result.her2.category.value),
            "",
        ),
        (
            _("Ki-67"),
            _percent(inputs.ki67_percent, _refused(left_out, "ki67_percent"), _),
            *meaning("result.ki67"),
        ),
    ]
    if _pdl1_row(result, inputs):
        assert context.pdl1_cps is not None
        cut = content.ruleset.thresholds.pdl1_cps_from
        side = "from_cut" if context.pdl1_cps >= cut else "below_cut"
        # Early triple-negative: the immune drug is given before surgery whatever the
        # score (KEYNOTE-522); spread: from the cut, with first chemo (KEYNOTE-355).
        key = f"result.pdl1.{side}"  # setting not recorded
        if setting is Setting.EARLY:
            key = "result.pdl1.early"
        elif setting is Setting.METASTATIC:
            key = f"result.pdl1.metastatic_{side}"
        rows.append(
            (
                _("PD-L1 score"),
                _.number(as_entered(context.pdl1_cps)),
                *meaning("result.pdl1.what", key, cut=_.number(as_entered(cut))),
            )
        )
    brca = {True: _("a change was found"), False: _("no change was found")}
    rows.append(
        (
            _("BRCA gene test"),
            brca[context.germline_brca]
            if context.germline_brca is not None
            else _(LEFT_OUT)
            if _refused(left_out, "context.germline_brca")
            else _(NOT_RECORDED),
            # It opens a PARP inhibitor only for HER2-negative cancer (OlympiA, OlympiAD).
            *meaning(
                "result.germline_brca_her2_positive"
                if result.her2.status is Her2Status.POSITIVE
                else "result.germline_brca"
            ),
        )
    )
    rows.append(
        (
            _("Has it spread?"),
            label("setting", setting.value) if setting else _(NOT_RECORDED),
            "",
            "",
        )
    )
    early, hormone = setting is Setting.EARLY, result.hr is not HrStatus.NEGATIVE
    if context.menopause is not None and (early or hormone):
        after = context.menopause is Menopause.POST
        rows.append(
            (
                _("Before or after menopause?"),
                _("after") if after else _("before"),
                # Early and hormone receptor-positive: the bone drugs and the hormone
                # options both depend on it.
                *meaning(
                    *(
                        ["result.menopause.early", "result.menopause.hormone_also"]
                        if early and result.hr is HrStatus.POSITIVE
                        else ["result.menopause.early"]
                        if early
                        else ["result.menopause.hormone"]
                    ),
                ),
            )
        )
    return rows


def _pdl1_row(result: Classification, inputs: CaseInputs) -> bool:
    """The PD-L1 score is shown with her results only where it chooses treatment.

    That is triple-negative cancer (KEYNOTE-355, KEYNOTE-522); elsewhere the row
    would speak of an immune drug the page does not offer.
    """
    return inputs.context.pdl1_cps is not None and result.subtype is Subtype.TNBC


def _own_details(inputs: CaseInputs, content: Content, _: Words = ENGLISH) -> list[tuple[str, str]]:
    """The PREDICT inputs that define "women like you", in the patient's words."""
    p = inputs.prognosis
    if p is None:
        return []
    found = content.prognosis_labels["patient_found"]
    unknown = _("not known")
    grade = str(p.grade) if p.grade is not None else unknown
    size = f"{_.number(as_entered(p.size_mm))} mm" if p.size_mm is not None else unknown
    return [
        (_("age"), _.number(as_entered(p.age)) if p.age is not None else unknown),
        (_("size"), size),
        (_("lymph nodes with cancer"), str(p.nodes) if p.nodes is not None else unknown),
        (_("grade"), grade),
        (_("how it was found"), found[(p.detection or Detection.UNKNOWN).value]),
    ]


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
    tr = translations(meta.language_for(audience))
    words = (
        Words(tr.gettext, available()[meta.language].decimal)
        if audience == "patient" and meta.language != "en"
        else ENGLISH
    )
    seer = content.seer.subtypes.get(result.subtype.value)
    missing, left_out = _missing(inputs, meta.left_out)
    seer_values = {}
    if seer is not None:
        seer_values = {
            "percent": _whole(seer.percent_of_cases),
            "survival": _whole(seer.five_year_relative_survival),
            "period": content.seer.survival_period.replace("-", words(N_(" to "))),
        }
    metastatic = inputs.context.setting is Setting.METASTATIC
    # HR positive only through PR: the subtype's figures may not fit until ER is confirmed.
    er_to_confirm = "er_negative_pr_positive" in result.flags
    subtype_key = f"subtype.{result.subtype.value}"
    if er_to_confirm and result.subtype is Subtype.HR_POS_HER2_NEG:  # HR+ only through PR
        subtype_key = "subtype.er_negative_pr_positive"
    prognosis: PrognosisView | None = None
    prognosis_problem = ""
    needs_er = False  # no estimate only because the ER result is not known (PREDICT needs it)
    if inputs.context.setting is Setting.EARLY and inputs.prognosis is not None:
        try:
            pin, res = prognosis_for(inputs, result, meta.prognosis_model)
        except InputError as exc:
            needs_er = exc.field == "er"
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
                _=words,
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

    ctx: dict[str, Any] = {
        # gettext for the templates' own words (jinja2.ext.i18n looks these up here).
        "_": tr.gettext,
        "gettext": tr.gettext,
        "ngettext": tr.ngettext,
        "pgettext": tr.pgettext,
        "language": meta.language_for(audience),
        # Until a qualified reviewer has checked a translation, its pages say so.
        "unreviewed_notice": _unreviewed_notice(meta.language) if audience == "patient" else "",
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
        "headline": _headline(result, content, audience, words),
        "options": _option_views(
            result, content, audience, _text_map(meta.language, audience), words
        ),
        "decision": getattr(content.decisions[result.decision], audience),
        "values_items": [content.values_items[i] for i in result.values_items],
        "values_answers": {k: v.value for k, v in inputs.values},
        "seer": seer,
        "seer_source": content.seer.source,
        "seer_periods": (content.seer.cases_period, content.seer.survival_period),
        "metastatic": metastatic,
        "setting_known": inputs.context.setting is not None,
        "early": inputs.context.setting is Setting.EARLY,
        "prognosis": prognosis,
        "prognosis_problem": prognosis_problem,
        "prognosis_unavailable": _prognosis_sentences(
            content, "patient.unavailable_er" if needs_er else "patient.unavailable"
        ),
        "prognosis_intro": _prognosis_sentences(content, "patient.intro"),
        "survival_left_out": [],
        "own_results": _own_results(result, inputs, content, meta.left_out, words)
        if audience == "patient"
        else [],
        "own_details": _own_details(inputs, content, words) if prognosis is not None else [],
        "who_made": [
            line.format(date=content.about.content_date) for line in content.about.patient_who_made
        ],
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
        "next_clinician": [
            (_next_text(n.id, content, meta.left_out, "clinician") or n.text, n.source, n.locator)
            for n in result.next_steps
        ],
        "next_patient": [
            (_next_text(n.id, content, meta.left_out, "patient") or n.text, n.source)
            for n in result.next_steps
        ],
        "say": {
            "answer": [t for key in _answer_keys(result, inputs) for t in _sentences(content, key)],
            "er": _sentences(content, f"receptor.er.{result.er.value}"),
            "pr": _sentences(content, f"receptor.pr.{result.pr.value}"),
            "her2": _sentences(content, _her2_patient_key(result, inputs.context.setting)),
            "subtype": _sentences(content, subtype_key, **seer_values),
            # ER-low: the caution comes first, in the same type as the figures it qualifies
            "survival": (
                _sentences(content, "survival.er_low") if result.er is ErStatus.LOW_POSITIVE else []
            )
            + _sentences(content, "survival.figure", **seer_values)
            + _sentences(content, f"survival.rank.{result.subtype.value}")
            if seer and not er_to_confirm
            else [],
            "survival_limits": _sentences(content, "survival.er_negative_pr_positive")
            if er_to_confirm
            else _sentences(content, "survival.limits", **seer_values)
            if seer
            else [],
            "survival_metastatic": _sentences(content, "survival.metastatic"),
            "decision": _sentences(content, "decision.statement"),
            "next": _sentences(content, "next.always"),
            "values_intro": _sentences(content, "decision.values_intro"),
            "later": _sentences(content, "decision.later"),
            "questions": _questions(content, result, inputs),
            "no_options": _sentences(content, "decision.no_options"),
            "er_pending": [],  # filled in below when an option waits on the ER result
        },
    }
    if prognosis is not None:
        if audience == "clinician" or meta.show_survival:  # else its figures are all left out
            ctx["options"] = [
                _with_predict(o, prognosis, content, audience, inputs.context.menopause)
                for o in ctx["options"]
            ]
    elif audience == "patient" and inputs.context.setting is Setting.EARLY:
        ctx["options"] = [_without_predict(o, content, needs_er) for o in ctx["options"]]
    if audience == "patient":
        ctx["options"] = _patient_order(ctx["options"])
        if any(o.er_pending for o in ctx["options"]):
            ctx["say"]["er_pending"] = _sentences(content, "decision.er_pending")
    if audience == "patient" and not meta.show_survival:
        _leave_out_survival(ctx, content)
    if audience == "patient":
        # PD-L1 has its own row in the results table when it is entered.
        above = {"PD-L1"} if _pdl1_row(result, inputs) else set()
        ctx["options"] = _explain_abbreviations(ctx["options"], content, above)
        ctx["say"]["her2_tests"] = _sentences(content, "result.her2_tests")
    return ctx


def _explain_abbreviations(
    options: list[OptionView], content: Content, above: set[str]
) -> list[OptionView]:
    """Explain each abbreviation the cards use once, on the first card that uses it.

    ``above``: those the page explained before the cards (the results table).
    """
    terms = {
        key.removeprefix("abbreviation."): said
        for key, said in content.patient.items()
        if key.startswith("abbreviation.")
    }
    explained = set(above)
    out = []
    for option in options:
        words = " ".join(
            [
                option.what.text,
                *(text for alternative in option.conditions for text, _ in alternative),
                *(text for text, _ in option.notes),
                *(s.text for s in option.benefits),
                option.group,
                option.comparison_group,
                *(h.text for h in option.lead_harms),
                *(h.text for h in option.harms),
                *(s.text for s in option.practical),
            ]
        )
        new = [t for t in terms if t not in explained and re.search(rf"\b{re.escape(t)}\b", words)]
        explained.update(new)
        said = [Said(t.text, t.source) for term in new for t in terms[term]]
        out.append(replace(option, abbreviations=said) if said else option)
    return out


#: How much of a "later" option's card the patient pages show (the clinician part has all).
LATER_COMMON, LATER_SERIOUS, LATER_PRACTICAL = 2, 1, 2

#: The condition "if ER is positive" (ER not known): the page says above the cards that
#: most of them wait on that result.
ER_PENDING = "er=positive"


def _patient_order(options: list[OptionView]) -> list[OptionView]:
    """What applies now first (no added treatment last among them), then what may fit later.

    A frightened reader meets the choice in front of her first; options that
    depend on a later line of treatment or a test not yet done follow, each
    with its main benefit, its two most common and its most serious side
    effect, and how it is given, in the same detail for benefits and harms.

    A conditional option that is still a decision now (it waits only on the
    ER result or on the judgement of the cancer's risk) stays with the choice
    in full; and a card with PREDICT's figure for the case keeps all its
    harms and practical rows wherever it is (benefits and harms in equal detail).
    """
    now = [o for o in options if (o.applies or o.choice_now) and o.id != "no_added_treatment"]
    none = [o for o in options if o.id == "no_added_treatment"]
    later = []
    for o in options:
        if o.applies or o.choice_now or o.id == "no_added_treatment":
            continue
        if o.predict_figure:
            later.append(replace(o, later=True))
            continue
        # Rows with a count first (a stable sort keeps the source's order within each).
        counted_first = sorted(o.harms, key=lambda h: not h.count)
        common = [h for h in counted_first if not h.serious][:LATER_COMMON]
        serious = [h for h in counted_first if h.serious][:LATER_SERIOUS]
        later.append(
            replace(
                o,
                later=True,
                benefits=o.benefits[:1],
                harms=common + serious,
                practical=o.practical[:LATER_PRACTICAL],
            )
        )
    return now + none + later


#: The option cards whose treatment is a row of PREDICT's table, and that row.
PREDICT_ROWS = {
    "endocrine_therapy": "endocrine",
    "chemotherapy": "chemo",
    "anti_her2_therapy": "trastuzumab",
    "bisphosphonates": "bisphosphonates",
}


def _with_predict(
    option: OptionView,
    prognosis: PrognosisView,
    content: Content,
    audience: Audience,
    menopause: Menopause | None = None,
) -> OptionView:
    """Lead a card with PREDICT's figures for the case, the same whole numbers as its table.

    A treatment in the table: what it adds to the number alive at ICON_YEAR. No
    added treatment: the surgery-only figures. Both are survival figures.
    """
    treatment = PREDICT_ROWS.get(option.id)
    if treatment is not None and treatment in prognosis.added:
        n, label = prognosis.added[treatment]
        # The cell is what it adds on top of the rows above it in the table: say so.
        rows = list(prognosis.added)
        above = "+".join(rows[: rows.index(treatment)])
        on_top = content.prognosis_labels["patient_on_top" if audience == "patient" else "on_top"]
        values = {
            "year": str(ICON_YEAR),
            "n": n,
            "treatment": label,
            "on_top": on_top[above] if above else "",
        }
        # Menopause not recorded: the table counts bisphosphonates, whose benefit
        # applies only after menopause, so the card makes the figure conditional.
        unsure = treatment == "bisphosphonates" and menopause is None
        key = f"patient.added.{treatment}" if audience == "patient" else "clinician.added"
        key += "_menopause_unknown" if unsure else ""
        said = [replace(s, survival=True) for s in _prognosis_sentences(content, key, **values)]
        if audience == "clinician":
            return replace(option, predict=said)
        # A benefit sentence citing PREDICT only says it can estimate the benefit: the
        # figure replaces it.
        cited = {s.source for s in said}
        return replace(
            option,
            benefits=said + [b for b in option.benefits if b.source not in cited],
            predict_figure=True,
        )
    if option.id != "no_added_treatment":
        return option
    alive, breast = prognosis.surgery_only
    values = {"year": str(ICON_YEAR), "alive": str(alive), "breast": str(breast)}
    lead = _prognosis_sentences(content, f"{audience}.no_added.benefit", **values)
    harm = _prognosis_sentences(content, f"{audience}.no_added.harm", **values)
    # The past trials' figures (a whole trial group, 15 years) below the case's own:
    # one sentence on how to read the two, gone with the PREDICT figures it points to.
    note = (
        _prognosis_sentences(content, "patient.no_added.trials_note")
        if audience == "patient" and any(h.count for h in option.harms)
        else []
    )
    return replace(
        option,
        benefits=[replace(s, survival=True) for s in lead] + option.benefits,
        predict=[replace(s, survival=True) for s in lead] if audience == "clinician" else [],
        lead_harms=[replace(s, survival=True) for s in harm],  # a death figure is one too
        harms_note=[replace(s, survival=True) for s in note],
    )


def _without_predict(option: OptionView, content: Content, needs_er: bool = False) -> OptionView:
    """No added treatment, early disease, no PREDICT figures for the case: say where they go.

    ``needs_er``: the details are in but the ER result is not, which PREDICT needs.
    Marked as a survival sentence: with survival figures left out there is no
    outlook section to point to.
    """
    if option.id != "no_added_treatment":
        return option
    key = "patient.no_added.no_figures_er" if needs_er else "patient.no_added.no_figures"
    hint = _prognosis_sentences(content, key)
    return replace(option, benefits=option.benefits + [replace(s, survival=True) for s in hint])


def _leave_out_survival(ctx: dict[str, Any], content: Content) -> None:
    """The patient asked not to see survival figures: drop every sentence that gives one."""
    ctx["say"] = {k: [t for t in v if not t.survival] for k, v in ctx["say"].items()}
    ctx["options"] = [
        replace(
            o,
            benefits=[b for b in o.benefits if not b.survival],
            lead_harms=[h for h in o.lead_harms if not h.survival],
            harms_note=[h for h in o.harms_note if not h.survival],
            harms=[h for h in o.harms if not h.survival],
            practical=[p for p in o.practical if not p.survival],
        )
        for o in ctx["options"]
    ]
    ctx["seer"] = None
    ctx["prognosis"] = None
    ctx["prognosis_problem"] = ""
    ctx["survival_left_out"] = _sentences(content, "survival.left_out")
