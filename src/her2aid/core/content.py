"""Load the versioned clinical content (``her2aid/content/*.toml``) into typed data.

The TOML files are what a clinician reviews; this module only reads them,
checks that every cross-reference resolves (sources, next steps, rule keys),
and exposes them as frozen dataclasses. It is loaded once per process.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

log = logging.getLogger(__name__)

CONTENT_PACKAGE = "her2aid.content"

#: Keys a treatment rule may test. Receptor keys must be known to match;
#: context keys may be unknown, which makes the option conditional.
RECEPTOR_KEYS = frozenset({"er", "pr", "hr", "her2", "her2_category"})
CONTEXT_KEYS = frozenset(
    {"setting", "menopause", "germline_brca", "pik3ca_akt1_pten", "esr1", "pdl1_cps_from"}
)

#: Keys worked out from the classification itself; always known.
DERIVED_KEYS = frozenset({"decision"})

#: Source id used for sentences that describe the aid itself, not a clinical fact.
NO_SOURCE = "none"


class ContentError(RuntimeError):
    """The content files are inconsistent: a build or review error, never user input."""


@dataclass(frozen=True)
class Reference:
    """A citable source."""

    id: str
    short: str
    kind: str
    citation: str
    url: str | None


@dataclass(frozen=True)
class Sourced:
    """A sentence for each audience with its source.

    ``locator_by_group`` names a different figure per ISH group where the
    guideline has one figure per group (ASCO/CAP 2018 Figs. 4-6).
    """

    clinician: str
    patient: str | None
    source: str
    locator: str
    locator_by_group: Mapping[str, str] = field(default_factory=dict)
    #: For a next step asking for a result the form refused as entered: correct the entry
    #: rather than test again (clinician, patient).
    refused: tuple[str, str] | None = None


@dataclass(frozen=True)
class Thresholds:
    """Every number the rules compare against (ruleset.toml)."""

    er_low_positive_from: float
    er_low_positive_to: float
    pr_positive_from: float
    ratio_from: float
    copies_from: float
    copies_high_from: float
    single_negative_below: float
    single_positive_from: float
    surrogate_pr_high_from: float
    surrogate_ki67_high_from: float
    pdl1_cps_from: float
    predict_ki67_positive_above: float
    germline_age_max: float


@dataclass(frozen=True)
class Ruleset:
    """Ruleset version, date, guidelines and thresholds."""

    version: str
    date: str
    guidelines: tuple[str, ...]
    thresholds: Thresholds


@dataclass(frozen=True)
class PatientText:
    """A plain-language sentence and its source (``NO_SOURCE`` if about the aid).

    ``survival`` marks a sentence that gives a survival figure, which a patient
    handout can leave out when the patient asks not to see them.
    """

    text: str
    source: str
    survival: bool = False


@dataclass(frozen=True)
class EvidenceRow:
    """A trial or guideline behind an option rule, with its key result."""

    source: str
    result: str


@dataclass(frozen=True)
class RuleNote:
    """A remark shown with an option when its own ``when`` matches."""

    when: Mapping[str, Any]
    clinician: str
    patient: str
    source: str


@dataclass(frozen=True)
class Harm:
    """One side effect and how many in 100 people had it, as the source prints it.

    ``per_100`` is None when the source gives no figure (then the text says
    what is known). ``grade`` is how the source counted it ("any grade",
    "grade 3 or higher", "fatal"); ``serious`` marks grade 3 or higher,
    serious or life-threatening events.
    """

    id: str
    text: str  # plain words that read after "had": "hair loss", "a lung problem called ILD"
    clinician: str
    per_100: float | None
    comparison_per_100: float | None
    grade: str
    serious: bool
    source: str
    locator: str
    drug: str = ""  # which drug of the class, where a set covers more than one
    #: True when the source gives only a threshold ("each in 10 % or more of
    #: patients"): ``per_100`` is then that lower bound, shown as "10 or more in 100".
    at_least: bool = False
    #: An outcome of the disease (death from breast cancer without treatment), not a side
    #: effect: left out with the other survival figures when the patient asks.
    survival: bool = False


@dataclass(frozen=True)
class Practical:
    """A fact about living with a treatment: how it is given, how often, for how long.

    ``survival`` marks one that speaks of how long someone may live (hospice
    rules): left out with the survival figures when the patient asks.
    """

    text: str
    clinician: str
    source: str
    locator: str
    survival: bool = False


@dataclass(frozen=True)
class HarmSet:
    """What one treatment is like in one setting: side effects with figures, and daily life.

    ``group`` names who the figures describe, for the patient ("people who had
    T-DXd in the DESTINY-Breast04 trial"); ``comparison`` who the comparison
    column describes, if the source gives one.
    """

    id: str
    option: str
    group: str
    clinician_group: str
    comparison: str | None
    harms: tuple[Harm, ...]
    practical: tuple[Practical, ...]


@dataclass(frozen=True)
class OptionRule:
    """One row of the option table: when the option applies, and the evidence.

    ``patient_what`` overrides the option's own text when
    this row's population needs different words (e.g. another trial's figure).
    """

    when: Mapping[str, Any]
    condition: Sourced | None
    patient_benefits: tuple[PatientText, ...]
    evidence: tuple[EvidenceRow, ...]
    notes: tuple[RuleNote, ...]
    patient_what: PatientText | None = None
    harms: str | None = None  # a harms.toml set for this row's population, if it differs
    name: str | None = None  # the option's name for this row, if it differs (clinician)
    patient_name: str | None = None  # ... and for patients
    condition_now: bool = False  # the condition is settled before treatment starts


@dataclass(frozen=True)
class OptionDef:
    """A treatment class with its display text and rules."""

    id: str
    name: str
    patient_name: str
    patient_what: PatientText
    rules: tuple[OptionRule, ...]
    harms: str | None = None  # the harms.toml set shown unless a rule names its own
    #: Says when it applies in the patient's words, instead of "it may apply to results
    #: like yours" (no added treatment is always a choice).
    patient_applies: PatientText | None = None


#: What a criteria clause may test, and how: key -> (case value, comparison).
CLAUSE_TESTS: Mapping[str, tuple[str, Callable[[Any, Any], bool]]] = {
    "nodes_from": ("nodes", lambda v, x: v >= x),
    "nodes_to": ("nodes", lambda v, x: v <= x),
    "size_mm_above": ("size_mm", lambda v, x: v > x),
    "size_mm_from": ("size_mm", lambda v, x: v >= x),
    "size_mm_to": ("size_mm", lambda v, x: v <= x),
    "grade": ("grade", lambda v, x: v in x),
    "ki67_from": ("ki67", lambda v, x: v >= x),
    "ki67_below": ("ki67", lambda v, x: v < x),
    "menopause": ("menopause", lambda v, x: v == x),
}


@dataclass(frozen=True)
class Clause:
    """One way to meet a set of criteria: every test must hold."""

    text: str
    tests: tuple[tuple[str, Callable[[Any], bool]], ...]  # (case value, predicate)
    condition: Sourced | None  # met only if this also holds, which the case cannot tell


@dataclass(frozen=True)
class Criteria:
    """A trial's or guideline's entry criteria, met when any clause is met."""

    id: str
    name: str
    source: str
    locator: str
    clauses: tuple[Clause, ...]


@dataclass(frozen=True)
class Decision:
    """A decision a case can be about, named for each audience."""

    id: str
    clinician: str
    patient: str


@dataclass(frozen=True)
class ValuesItem:
    """A statement for the values-clarification exercise, and the cases it fits."""

    id: str
    text: str  # patient wording, e.g. "Avoiding hair loss"
    clinician: str
    decisions: frozenset[str]  # shown for these decisions
    options: frozenset[str]  # ... and only if one of these options is listed (empty: any)
    menopause: frozenset[str]  # ... and only in these states ("pre", "post", "unknown"; empty: any)


@dataclass(frozen=True)
class ConditionText:
    """How to word an unknown context key, and the test that would settle it."""

    clinician: str
    patient: str
    source: str
    next_step: str | None
    now: bool = False  # settled before treatment starts: the option is still a choice now


@dataclass(frozen=True)
class SubtypeFacts:
    """SEER prevalence and survival for one subtype."""

    percent_of_cases: float
    five_year_relative_survival: float
    rank: int


@dataclass(frozen=True)
class Seer:
    """SEER figures for all subtypes, with their periods."""

    source: str
    cases_period: str
    survival_period: str
    subtypes: Mapping[str, SubtypeFacts]


@dataclass(frozen=True)
class About:
    """Content version and the statements IPDAS asks a decision aid to make."""

    content_version: str
    content_date: str
    update_policy: str
    funding: str
    review_status: str
    #: "Who made this aid" (IPDAS: authors and their roles, conflicts of interest),
    #: with a plain-language version for the patient handout.
    authors: str = ""
    conflicts: str = ""
    patient_who_made: tuple[str, ...] = ()


@dataclass(frozen=True)
class Content:
    """All clinical content, cross-checked."""

    ruleset: Ruleset
    about: About
    references: Mapping[str, Reference]
    trace: Mapping[str, Sourced]
    flags: Mapping[str, Sourced]
    next_steps: Mapping[str, Sourced]
    labels: Mapping[str, Mapping[str, Mapping[str, str]]]
    options: tuple[OptionDef, ...]
    conditions: Mapping[str, ConditionText]
    seer: Seer
    patient: Mapping[str, tuple[PatientText, ...]]
    prognosis: Mapping[str, tuple[PatientText, ...]]
    prognosis_labels: Mapping[str, Mapping[str, str]]
    criteria: Mapping[str, Criteria]
    harm_sets: Mapping[str, HarmSet]
    decisions: Mapping[str, Decision]
    values_items: Mapping[str, ValuesItem]

    def label(self, kind: str, value: str, audience: str = "clinician") -> str:
        """Display label of a status value for an audience (falls back to clinician)."""
        entry = self.labels[kind][value]
        return entry.get(audience, entry["clinician"])


CONTENT_FILES = (
    "about.toml",
    "criteria.toml",
    "decisions.toml",
    "flags.toml",
    "harms.toml",
    "labels.toml",
    "next_steps.toml",
    "options.toml",
    "patient.toml",
    "prognosis.toml",
    "references.toml",
    "ruleset.toml",
    "subtypes.toml",
    "trace.toml",
    "values.toml",
)
COMPILED = "compiled.json"


def sources_digest(texts: Mapping[str, str]) -> str:
    """One hash over every content file, to tell whether compiled.json is fresh."""
    h = hashlib.sha256()
    for name in sorted(texts):
        h.update(name.encode() + b"\0" + texts[name].encode("utf-8") + b"\0")
    return h.hexdigest()


def read_sources() -> dict[str, str]:
    """The text of every content file."""
    folder = resources.files(CONTENT_PACKAGE)
    return {n: folder.joinpath(n).read_text(encoding="utf-8") for n in CONTENT_FILES}


def parse_sources(texts: Mapping[str, str]) -> dict[str, dict[str, Any]]:
    """Parse every content file's TOML (only when compiled.json is stale)."""
    import tomllib  # not needed on the fast path, which reads compiled.json

    parsed = {}
    for name, text in texts.items():
        try:
            parsed[name] = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ContentError(f"{name}: {exc}") from exc
    return parsed


def _raw() -> dict[str, dict[str, Any]]:
    """Every content file's data: from compiled.json when it is fresh, else the TOML.

    Parsing TOML takes about 25 ms of start-up; ``packaging/build_content.py``
    writes the same data as JSON with the hash of the sources it came from.
    """
    texts = read_sources()
    try:
        compiled = json.loads(
            resources.files(CONTENT_PACKAGE).joinpath(COMPILED).read_text(encoding="utf-8")
        )
    except (FileNotFoundError, ValueError):
        compiled = {}
    if compiled.get("sources_sha256") == sources_digest(texts):
        files: dict[str, dict[str, Any]] = compiled["files"]
        return files
    log.warning("content: %s is missing or stale, reading the TOML files", COMPILED)
    return parse_sources(texts)


def _str(table: Mapping[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value:
        raise ContentError(f"{where}: '{key}' must be non-empty text")
    return value


def _opt_str(table: Mapping[str, Any], key: str, where: str) -> str | None:
    return _str(table, key, where) if key in table else None


def _num(table: Mapping[str, Any], key: str, where: str) -> float:
    value = table.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ContentError(f"{where}: '{key}' must be a number")
    return float(value)


def _table(table: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
    value = table.get(key)
    if not isinstance(value, dict):
        raise ContentError(f"{where}: '{key}' must be a table")
    return value


def _sourced(table: Mapping[str, Any], where: str, text_key: str = "clinician") -> Sourced:
    by_group = table.get("locator_by_group", {})
    if not isinstance(by_group, dict) or not all(isinstance(v, str) for v in by_group.values()):
        raise ContentError(f"{where}: 'locator_by_group' must map groups to locators")
    return Sourced(
        clinician=_str(table, text_key, where),
        patient=_opt_str(table, "patient", where),
        source=_str(table, "source", where),
        locator=table.get("locator", ""),
        locator_by_group=by_group,
        refused=(_str(table, "refused_clinician", where), _str(table, "refused_patient", where))
        if "refused_clinician" in table
        else None,
    )


def _ruleset(raw: Mapping[str, Any]) -> Ruleset:
    w = "ruleset.toml"
    er, pr = _table(raw, "er", w), _table(raw, "pr", w)
    dual, single = _table(raw, "dual_ish", w), _table(raw, "single_ish", w)
    sur, pdl1 = _table(raw, "surrogate", w), _table(raw, "pdl1", w)
    predict = _table(raw, "predict", w)
    germline = _table(raw, "germline", w)
    thresholds = Thresholds(
        er_low_positive_from=_num(er, "low_positive_from", w),
        er_low_positive_to=_num(er, "low_positive_to", w),
        pr_positive_from=_num(pr, "positive_from", w),
        ratio_from=_num(dual, "ratio_from", w),
        copies_from=_num(dual, "copies_from", w),
        copies_high_from=_num(dual, "copies_high_from", w),
        single_negative_below=_num(single, "negative_below", w),
        single_positive_from=_num(single, "positive_from", w),
        surrogate_pr_high_from=_num(sur, "pr_high_from", w),
        surrogate_ki67_high_from=_num(sur, "ki67_high_from", w),
        pdl1_cps_from=_num(pdl1, "cps_from", w),
        predict_ki67_positive_above=_num(predict, "ki67_positive_above", w),
        germline_age_max=_num(germline, "age_max", w),
    )
    return Ruleset(
        version=_str(raw, "ruleset_version", w),
        date=_str(raw, "ruleset_date", w),
        guidelines=tuple(raw.get("guidelines", ())),
        thresholds=thresholds,
    )


def _patient_text(table: Mapping[str, Any], key: str, where: str) -> PatientText:
    source_key = "source" if key == "text" else f"{key}_source"
    survival = table.get("survival" if key == "text" else f"{key}_survival", False)
    if not isinstance(survival, bool):
        raise ContentError(f"{where}: 'survival' must be true or false")
    return PatientText(_str(table, key, where), _str(table, source_key, where), survival)


def _option(option_id: str, raw: Mapping[str, Any]) -> OptionDef:
    where = f"options.toml [{option_id}]"
    rules = []
    for index, rule in enumerate(raw.get("rule", ())):
        rw = f"{where} rule {index + 1}"
        when = _table(rule, "when", rw)
        condition = None
        if "condition" in rule:
            condition = Sourced(
                clinician=_str(rule, "condition", rw),
                patient=_str(rule, "patient_condition", rw),
                source=_str(rule, "condition_source", rw),
                locator="",
            )
        if "patient_benefits" in rule:
            benefits = tuple(_patient_text(b, "text", rw) for b in rule["patient_benefits"])
        else:
            benefits = (_patient_text(rule, "patient_benefit", rw),)
        rules.append(
            OptionRule(
                when=when,
                condition=condition,
                patient_benefits=benefits,
                patient_what=_patient_text(rule, "patient_what", rw)
                if "patient_what" in rule
                else None,
                harms=_opt_str(rule, "harms", rw),
                name=_opt_str(rule, "name", rw),
                patient_name=_opt_str(rule, "patient_name", rw),
                condition_now=_flag(rule, "condition_now", rw),
                evidence=tuple(
                    EvidenceRow(_str(e, "source", rw), _str(e, "result", rw))
                    for e in rule.get("evidence", ())
                ),
                notes=tuple(
                    RuleNote(
                        when=_table(n, "when", rw),
                        clinician=_str(n, "clinician", rw),
                        patient=_str(n, "patient", rw),
                        source=_str(n, "source", rw),
                    )
                    for n in rule.get("notes", ())
                ),
            )
        )
    if not rules:
        raise ContentError(f"{where}: an option needs at least one rule")
    return OptionDef(
        id=option_id,
        name=_str(raw, "name", where),
        patient_name=_str(raw, "patient_name", where),
        patient_what=_patient_text(raw, "patient_what", where),
        rules=tuple(rules),
        harms=_opt_str(raw, "harms", where),
        patient_applies=_patient_text(raw, "patient_applies", where)
        if "patient_applies" in raw
        else None,
    )


def _test(key: str, expected: Any, where: str) -> tuple[str, Callable[[Any], bool]]:
    if key not in CLAUSE_TESTS:
        raise ContentError(f"{where}: unknown clause key '{key}' (allowed: {sorted(CLAUSE_TESTS)})")
    value_key, compare = CLAUSE_TESTS[key]
    if key == "grade":
        if not isinstance(expected, list) or not expected:
            raise ContentError(f"{where}: 'grade' must be a list of grades")
        wanted: Any = frozenset(float(g) for g in expected)
    elif key == "menopause":
        if expected not in ("pre", "post"):
            raise ContentError(f'{where}: \'menopause\' must be "pre" or "post"')
        wanted = expected
    else:
        wanted = _num({key: expected}, key, where)
    return value_key, lambda value: compare(value, wanted)


def _criteria(raw: Mapping[str, Any]) -> dict[str, Criteria]:
    out = {}
    for cid, table in raw.items():
        where = f"criteria.toml [{cid}]"
        clauses = []
        for index, c in enumerate(table.get("clause", ())):
            cw = f"{where} clause {index + 1}"
            tests = tuple(
                _test(k, v, cw)
                for k, v in c.items()
                if k not in ("text", "condition", "patient_condition", "condition_source")
            )
            if not tests:
                raise ContentError(f"{cw}: a clause needs at least one test")
            condition = None
            if "condition" in c:
                condition = Sourced(
                    clinician=_str(c, "condition", cw),
                    patient=_str(c, "patient_condition", cw),
                    source=_str(c, "condition_source", cw),
                    locator="",
                )
            clauses.append(Clause(_str(c, "text", cw), tests, condition))
        if not clauses:
            raise ContentError(f"{where}: criteria need at least one clause")
        out[cid] = Criteria(
            id=cid,
            name=_str(table, "name", where),
            source=_str(table, "source", where),
            locator=_str(table, "locator", where),
            clauses=tuple(clauses),
        )
    return out


def _opt_num(table: Mapping[str, Any], key: str, where: str) -> float | None:
    return _num(table, key, where) if key in table else None


def _flag(table: Mapping[str, Any], key: str, where: str) -> bool:
    value = table.get(key, False)
    if not isinstance(value, bool):
        raise ContentError(f"{where}: '{key}' must be true or false")
    return value


def _harm_sets(raw: Mapping[str, Any]) -> dict[str, HarmSet]:
    out = {}
    for sid, table in raw.items():
        where = f"harms.toml [{sid}]"
        harms = []
        for index, h in enumerate(table.get("harm", ())):
            hw = f"{where} harm {index + 1}"
            per_100 = _opt_num(h, "per_100", hw)
            comparison = _opt_num(h, "comparison_per_100", hw)
            for value in (per_100, comparison):
                if value is not None and not 0 <= value <= 100:
                    raise ContentError(f"{hw}: figures are per 100 people, from 0 to 100")
            serious = h.get("serious")
            if not isinstance(serious, bool):
                raise ContentError(f"{hw}: 'serious' must be true or false")
            at_least = h.get("at_least", False)
            if not isinstance(at_least, bool) or (at_least and per_100 is None):
                raise ContentError(f"{hw}: 'at_least' is true or false, and needs per_100")
            harms.append(
                Harm(
                    id=_str(h, "id", hw),
                    text=_str(h, "text", hw),
                    clinician=_str(h, "clinician", hw),
                    per_100=per_100,
                    comparison_per_100=comparison,
                    grade=_str(h, "grade", hw),
                    serious=serious,
                    source=_str(h, "source", hw),
                    locator=_str(h, "locator", hw),
                    drug=h.get("drug", ""),
                    at_least=at_least,
                    survival=h.get("survival", False) is True,
                )
            )
        practical = tuple(
            Practical(
                text=_str(p, "text", f"{where} practical {i + 1}"),
                clinician=_str(p, "clinician", f"{where} practical {i + 1}"),
                source=_str(p, "source", f"{where} practical {i + 1}"),
                locator=p.get("locator", ""),
                survival=_flag(p, "survival", f"{where} practical {i + 1}"),
            )
            for i, p in enumerate(table.get("practical", ()))
        )
        ids = [h.id for h in harms]
        if len(set(ids)) != len(ids):
            raise ContentError(f"{where}: a harm id is used twice")
        out[sid] = HarmSet(
            id=sid,
            option=_str(table, "option", where),
            group=_str(table, "group", where),
            clinician_group=_str(table, "clinician_group", where),
            comparison=_opt_str(table, "comparison", where),
            harms=tuple(harms),
            practical=practical,
        )
    return out


def _decision(decision_id: str, raw: Mapping[str, Any]) -> Decision:
    where = f"decisions.toml [{decision_id}]"
    return Decision(decision_id, _str(raw, "clinician", where), _str(raw, "patient", where))


def _values_item(item_id: str, raw: Mapping[str, Any]) -> ValuesItem:
    where = f"values.toml [{item_id}]"

    def words(key: str) -> frozenset[str]:
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ContentError(f"{where}: '{key}' must be a list of names")
        return frozenset(value)

    decisions = words("decisions")
    if not decisions:
        raise ContentError(f"{where}: 'decisions' must name at least one decision")
    return ValuesItem(
        id=item_id,
        text=_str(raw, "text", where),
        clinician=_str(raw, "clinician", where),
        decisions=decisions,
        options=words("options"),
        menopause=words("menopause"),
    )


def _conditions(raw: Mapping[str, Any]) -> dict[str, ConditionText]:
    """Flatten ``[conditions.setting.early]`` etc. into keys such as ``setting=early``."""
    out: dict[str, ConditionText] = {}
    for key, table in raw.items():
        if "clinician" in table:
            entries = {key: table}
        else:
            entries = {f"{key}={value}": sub for value, sub in table.items()}
        for name, entry in entries.items():
            where = f"options.toml [conditions.{name}]"
            out[name] = ConditionText(
                clinician=_str(entry, "clinician", where),
                patient=_str(entry, "patient", where),
                source=_str(entry, "source", where),
                next_step=_opt_str(entry, "next_step", where),
                now=_flag(entry, "now", where),
            )
    return out


def _patient(raw: Mapping[str, Any], prefix: str = "") -> dict[str, tuple[PatientText, ...]]:
    """Flatten patient.toml into keys such as ``receptor.er.positive``."""
    out: dict[str, tuple[PatientText, ...]] = {}
    for key, value in raw.items():
        name = f"{prefix}{key}"
        if isinstance(value, list):
            texts = tuple(_patient_text(v, "text", f"patient.toml [{name}]") for v in value)
            seen = [t.text for t in texts]
            repeated = sorted({t for t in seen if seen.count(t) > 1})
            if repeated:  # a block pasted twice would print its sentences twice
                raise ContentError(f"[{name}]: sentence repeated: {repeated[0]!r}")
            out[name] = texts
        else:
            out.update(_patient(value, f"{name}."))
    return out


def _seer(raw: Mapping[str, Any]) -> Seer:
    w = "subtypes.toml"
    subtypes = {
        name: SubtypeFacts(
            percent_of_cases=_num(t, "percent_of_cases", w),
            five_year_relative_survival=_num(t, "five_year_relative_survival", w),
            rank=int(_num(t, "rank", w)),
        )
        for name, t in _table(raw, "subtype", w).items()
    }
    return Seer(
        source=_str(raw, "source", w),
        cases_period=_str(raw, "cases_period", w),
        survival_period=_str(raw, "survival_period", w),
        subtypes=subtypes,
    )


def _check_sources(content: Content) -> None:
    """Every source id anywhere in the content must resolve to a reference."""
    refs = content.references
    used: list[tuple[str, str]] = []
    # criteria.* steps take their source from the criteria set, case by case.
    used += [
        (f"trace {k}", v.source)
        for k, v in content.trace.items()
        if not (k.startswith("criteria.") and v.source == NO_SOURCE)
    ]
    used += [(f"flag {k}", v.source) for k, v in content.flags.items()]
    used += [(f"next step {k}", v.source) for k, v in content.next_steps.items()]
    used += [(f"condition {k}", v.source) for k, v in content.conditions.items()]
    used += [(f"guideline {g}", g) for g in content.ruleset.guidelines]
    used.append(("subtypes.toml", content.seer.source))
    for key, sentences in (*content.patient.items(), *content.prognosis.items()):
        used += [(f"sentence {key}", t.source) for t in sentences if t.source != NO_SOURCE]
    for opt in content.options:
        for text in (opt.patient_what, opt.patient_applies):
            if text is not None and text.source != NO_SOURCE:
                used.append((f"option {opt.id}", text.source))
        for rule in opt.rules:
            extra = (*rule.patient_benefits, rule.patient_what)
            for said in extra:
                if said is not None and said.source != NO_SOURCE:
                    used.append((f"option {opt.id} rule text", said.source))
            used += [(f"option {opt.id} evidence", e.source) for e in rule.evidence]
            used += [(f"option {opt.id} note", n.source) for n in rule.notes]
            if rule.condition:
                used.append((f"option {opt.id} condition", rule.condition.source))
    for hs in content.harm_sets.values():
        used += [(f"harms {hs.id} {h.id}", h.source) for h in hs.harms]
        used += [(f"harms {hs.id} practical", p.source) for p in hs.practical]
    for crit in content.criteria.values():
        used.append((f"criteria {crit.id}", crit.source))
        used += [
            (f"criteria {crit.id} condition", c.condition.source)
            for c in crit.clauses
            if c.condition is not None
        ]
    missing = sorted({f"{where}: '{src}'" for where, src in used if src not in refs})
    if missing:
        raise ContentError("unknown source ids: " + "; ".join(missing))
    for name, cond in content.conditions.items():
        if cond.next_step and cond.next_step not in content.next_steps:
            raise ContentError(f"condition {name}: unknown next step '{cond.next_step}'")


def _patient_field(file: str, path: tuple[str, ...]) -> bool:
    """Whether a content string at ``path`` (keys only, no list indices) is read by patients.

    Only these are translated; clinician wording, sources, ids and rule keys stay
    as written (the clinician view is English, and rules never depend on language).
    """
    last = path[-1]
    if file == "patient.toml":
        return last == "text"
    if file == "prognosis.toml":
        if path[0] == "patient":
            return last == "text"
        return path[0] == "labels" and (path[1].startswith("patient_") or path[1] == "detail")
    if file == "options.toml":
        return last in _OPTION_PATIENT_KEYS or (last == "text" and "patient_benefits" in path)
    if file == "harms.toml":
        return last in ("group", "comparison", "text", "drug")
    if file == "about.toml":
        return last == "patient_who_made"
    return last in _PATIENT_KEYS.get(file, ())


_OPTION_PATIENT_KEYS = frozenset(
    {"patient_name", "patient_what", "patient", "patient_benefit", "patient_condition",
     "patient_applies"}
)  # fmt: skip
_PATIENT_KEYS = {
    "criteria.toml": ("patient_condition",),
    "decisions.toml": ("patient",),
    "labels.toml": ("patient",),
    "next_steps.toml": ("patient", "refused_patient"),
    "values.toml": ("text",),
}


def patient_strings(raw: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """(context, English text) for every string a patient reads, in file order.

    The context is ``"<file>:<dotted key path>"``, which tells a translator
    where the text appears and keeps equal English in different places apart.
    ``packaging/build_i18n.py`` extracts these into the catalog template.
    """
    for file in sorted(raw):
        yield from _walk_patient(file, raw[file], ())


def _walk_patient(file: str, value: Any, path: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk_patient(file, item, (*path, key))
    elif isinstance(value, list):
        for item in value:
            yield from _walk_patient(file, item, path)
    elif isinstance(value, str) and path and _patient_field(file, path) and value.strip():
        yield f"{file}:{'.'.join(path)}", value


def _translated(value: Any, file: str, path: tuple[str, ...], pgettext: Any) -> Any:
    """``value`` with every patient string replaced by its translation (English if none)."""
    if isinstance(value, dict):
        return {k: _translated(v, file, (*path, k), pgettext) for k, v in value.items()}
    if isinstance(value, list):
        return [_translated(v, file, path, pgettext) for v in value]
    if isinstance(value, str) and path and _patient_field(file, path) and value.strip():
        return pgettext(f"{file}:{'.'.join(path)}", value)
    return value


@cache
def patient_text_map(language: str) -> dict[str, str]:
    """English patient text -> its translation, for wording the classifier carried.

    The classification is made once, in English (rules never depend on the
    language); the sentences it picked are put into the patient's language
    when the page is made. The first translation of a text is used wherever
    the same English appears.
    """
    if language == "en":
        return {}
    from her2aid.core.language import translations

    pgettext = translations(language).pgettext
    found: dict[str, str] = {}
    for context, text in patient_strings(_raw()):
        found.setdefault(text, pgettext(context, text))
    return found


@cache
def load(language: str = "en") -> Content:
    """Read and cross-check every content file (cached for the process, per language).

    For a language other than English, every string a patient reads is taken
    from that language's catalog (:mod:`her2aid.core.language`); everything
    else, rules and clinician wording included, is the same content.
    """
    raw = _raw()
    if language != "en":
        from her2aid.core.language import translations

        pgettext = translations(language).pgettext
        raw = {f: _translated(data, f, (), pgettext) for f, data in raw.items()}
    refs_raw = raw["references.toml"]
    references = {
        rid: Reference(
            id=rid,
            short=_str(r, "short", f"references.toml [{rid}]"),
            kind=_str(r, "kind", f"references.toml [{rid}]"),
            citation=_str(r, "citation", f"references.toml [{rid}]"),
            url=r.get("url"),
        )
        for rid, r in refs_raw.items()
    }
    about_raw = raw["about.toml"]
    about = About(
        content_version=_str(about_raw, "content_version", "about.toml"),
        content_date=_str(about_raw, "content_date", "about.toml"),
        update_policy=_str(about_raw, "update_policy", "about.toml"),
        funding=_str(about_raw, "funding", "about.toml"),
        review_status=_str(about_raw, "review_status", "about.toml"),
        authors=_str(about_raw, "authors", "about.toml"),
        conflicts=_str(about_raw, "conflicts", "about.toml"),
        patient_who_made=tuple(
            _str({"t": t}, "t", "about.toml patient_who_made")
            for t in about_raw["patient_who_made"]
        ),
    )
    options_raw = dict(raw["options.toml"])
    conditions = _conditions(options_raw.pop("conditions", {}))
    content = Content(
        ruleset=_ruleset(raw["ruleset.toml"]),
        about=about,
        references=references,
        trace={k: _sourced(v, f"trace.toml [{k}]", "text") for k, v in raw["trace.toml"].items()},
        flags={k: _sourced(v, f"flags.toml [{k}]") for k, v in raw["flags.toml"].items()},
        next_steps={
            k: _sourced(v, f"next_steps.toml [{k}]") for k, v in raw["next_steps.toml"].items()
        },
        labels=raw["labels.toml"],
        options=tuple(_option(k, v) for k, v in options_raw.items()),
        conditions=conditions,
        seer=_seer(raw["subtypes.toml"]),
        patient=_patient(raw["patient.toml"]),
        prognosis=_patient({k: v for k, v in raw["prognosis.toml"].items() if k != "labels"}),
        prognosis_labels=raw["prognosis.toml"]["labels"],
        criteria=_criteria(raw["criteria.toml"]),
        harm_sets=_harm_sets(raw["harms.toml"]),
        decisions={k: _decision(k, v) for k, v in raw["decisions.toml"].items()},
        values_items={k: _values_item(k, v) for k, v in raw["values.toml"].items()},
    )
    _check_sources(content)
    _check_when_keys(content)
    _check_harm_sets(content)
    _check_values_items(content)
    _check_thresholds(content)
    return content


def _check_harm_sets(content: Content) -> None:
    """Every harms set an option names exists and belongs to that option."""
    for option in content.options:
        named = [(option.harms, "option")] + [(r.harms, "rule") for r in option.rules]
        for sid, level in named:
            if sid is None:
                continue
            found = content.harm_sets.get(sid)
            if found is None:
                raise ContentError(f"options.toml [{option.id}] {level}: unknown harms set '{sid}'")
            if found.option != option.id:
                raise ContentError(
                    f"options.toml [{option.id}] {level}: harms set '{sid}' is for {found.option}"
                )


def _check_values_items(content: Content) -> None:
    """Values items name real decisions, options and menopause states."""
    option_ids = {o.id for o in content.options}
    for item in content.values_items.values():
        where = f"values.toml [{item.id}]"
        if item.decisions - set(content.decisions):
            raise ContentError(
                f"{where}: unknown decisions {sorted(item.decisions - set(content.decisions))}"
            )
        if item.options - option_ids:
            raise ContentError(f"{where}: unknown options {sorted(item.options - option_ids)}")
        if item.menopause - {"pre", "post", "unknown"}:
            raise ContentError(f"{where}: menopause states are pre, post and unknown")


def _check_when_keys(content: Content) -> None:
    """A rule or note may test receptor and context keys, and criteria by their id."""
    allowed = RECEPTOR_KEYS | CONTEXT_KEYS | DERIVED_KEYS | set(content.criteria)
    for option in content.options:
        for index, rule in enumerate(option.rules):
            tested = set(rule.when).union(*(n.when for n in rule.notes))
            if tested - allowed:
                raise ContentError(
                    f"options.toml [{option.id}] rule {index + 1}: "
                    f"unknown 'when' keys {sorted(tested - allowed)}"
                )


def _check_thresholds(content: Content) -> None:
    """An option rule's PD-L1 cut-off must be the ruleset's, the one place thresholds live."""
    cut = content.ruleset.thresholds.pdl1_cps_from
    for option in content.options:
        for rule in option.rules:
            value = rule.when.get("pdl1_cps_from")
            if value is not None and float(value) != cut:
                raise ContentError(
                    f"options.toml [{option.id}]: pdl1_cps_from {value} differs from "
                    f"ruleset.toml [pdl1] cps_from {cut}"
                )
