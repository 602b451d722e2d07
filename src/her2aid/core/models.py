"""The vocabulary of her2aid: case inputs and the classification, as plain data.

Every value that may be missing is ``None`` ("not done / not known"), a
first-class state the rules handle explicitly. Enum values are the stable
strings of the ``her2aid-case/1`` file and of ``her2aid classify`` output.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ErStatus(StrEnum):
    """ER result (ASCO/CAP 2020): positive > 10 %, low positive 1-10 %, negative < 1 %."""

    POSITIVE = "positive"
    LOW_POSITIVE = "low_positive"
    NEGATIVE = "negative"
    UNKNOWN = "unknown"


class PrStatus(StrEnum):
    """PR result (ASCO/CAP 2020): positive >= 1 %; no low category."""

    POSITIVE = "positive"
    NEGATIVE = "negative"
    UNKNOWN = "unknown"


class HrStatus(StrEnum):
    """Hormone-receptor status: positive when ER (incl. low) or PR is positive."""

    POSITIVE = "positive"
    NEGATIVE = "negative"
    UNKNOWN = "unknown"


class Ihc(StrEnum):
    """HER2 immunohistochemistry score as reported.

    ``ZERO`` is IHC 0 with the extent of faint staining not recorded.
    """

    ZERO = "0"
    ZERO_NULL = "0-null"
    ZERO_ULTRALOW = "0-ultralow"
    ONE = "1+"
    TWO = "2+"
    THREE = "3+"

    @property
    def is_zero(self) -> bool:
        """True for every IHC 0 variant."""
        return self in (Ihc.ZERO, Ihc.ZERO_NULL, Ihc.ZERO_ULTRALOW)


class IshResult(StrEnum):
    """A qualitative ISH result as reported by the laboratory."""

    AMPLIFIED = "amplified"
    NOT_AMPLIFIED = "not_amplified"


class Her2Status(StrEnum):
    """Final HER2 status (ASCO/CAP 2018, affirmed 2023)."""

    POSITIVE = "positive"
    NEGATIVE = "negative"
    EQUIVOCAL = "equivocal"
    UNKNOWN = "unknown"


class Her2Category(StrEnum):
    """HER2 category, including the HER2-negative sub-labels used for T-DXd eligibility."""

    POSITIVE = "positive"
    LOW = "low"
    ULTRALOW = "ultralow"
    NULL = "null"
    ZERO = "zero"
    EQUIVOCAL = "equivocal"
    UNKNOWN = "unknown"


class Subtype(StrEnum):
    """Receptor-based subtype as SEER groups it."""

    HR_POS_HER2_NEG = "HR+/HER2-"
    HR_POS_HER2_POS = "HR+/HER2+"
    HR_NEG_HER2_POS = "HR-/HER2+"
    TNBC = "TNBC"
    UNDETERMINED = "undetermined"


class Surrogate(StrEnum):
    """St Gallen 2013 surrogate intrinsic subtype."""

    LUMINAL_A_LIKE = "luminal_a_like"
    LUMINAL_B_LIKE_HER2_NEGATIVE = "luminal_b_like_her2_negative"
    LUMINAL_B_LIKE_HER2_POSITIVE = "luminal_b_like_her2_positive"
    HER2_ENRICHED = "her2_enriched"
    TRIPLE_NEGATIVE = "triple_negative"


class Setting(StrEnum):
    """Clinical setting of the case."""

    EARLY = "early"
    METASTATIC = "metastatic"


class Menopause(StrEnum):
    """Menopausal status."""

    PRE = "pre"
    POST = "post"


class Detection(StrEnum):
    """How the cancer was found (a PREDICT input)."""

    SCREEN = "screen"
    SYMPTOMS = "symptoms"
    UNKNOWN = "unknown"


class Chemo(StrEnum):
    """Chemotherapy generation for a PREDICT estimate."""

    NONE = "none"
    SECOND_GEN = "second_gen"
    THIRD_GEN = "third_gen"


class Endocrine(StrEnum):
    """Endocrine therapy duration for a PREDICT estimate."""

    NONE = "none"
    FIVE_YEARS = "5y"
    TEN_YEARS = "10y"


class Importance(StrEnum):
    """How much a values-exercise statement matters to the patient."""

    NOT_IMPORTANT = "not_important"
    SOMEWHAT_IMPORTANT = "somewhat_important"
    VERY_IMPORTANT = "very_important"


class Applies(StrEnum):
    """Whether a treatment option applies outright or only if a condition holds."""

    YES = "yes"
    CONDITIONAL = "conditional"


# --- inputs -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ErInput:
    """ER as a percent of stained nuclei and/or a reported category."""

    percent: float | None = None
    status: ErStatus | None = None


@dataclass(frozen=True, slots=True)
class PrInput:
    """PR as a percent of stained nuclei and/or a reported category."""

    percent: float | None = None
    status: PrStatus | None = None


@dataclass(frozen=True, slots=True)
class DualIsh:
    """Dual-probe ISH: HER2/CEP17 ratio and mean HER2 signals per cell.

    Both numbers ``None`` means the test is ordered but not resulted.
    ``recount`` marks the numbers as a blinded observer's recount.
    """

    ratio: float | None = None
    mean_copies: float | None = None
    recount: bool = False


@dataclass(frozen=True, slots=True)
class SingleIsh:
    """Single-probe ISH: mean HER2 signals per cell (``None``: pending)."""

    mean_copies: float | None = None


@dataclass(frozen=True, slots=True)
class ReportedIsh:
    """A qualitative ISH result from the report (``None``: pending)."""

    result: IshResult | None = None


Ish = DualIsh | SingleIsh | ReportedIsh


@dataclass(frozen=True, slots=True)
class Her2Input:
    """HER2 by IHC and by ISH; either may be missing."""

    ihc: Ihc | None = None
    ish: Ish | None = None


@dataclass(frozen=True, slots=True)
class Context:
    """Clinical context that changes the options and the tests still needed."""

    setting: Setting | None = None
    menopause: Menopause | None = None
    germline_brca: bool | None = None
    pik3ca_akt1_pten: bool | None = None
    esr1: bool | None = None
    pdl1_cps: float | None = None


@dataclass(frozen=True, slots=True)
class PlannedTreatments:
    """The adjuvant treatments to estimate with PREDICT (all off by default)."""

    chemo: Chemo = Chemo.NONE
    endocrine: Endocrine = Endocrine.NONE
    trastuzumab: bool = False
    bisphosphonates: bool = False


@dataclass(frozen=True, slots=True)
class PrognosisCase:
    """Patient and tumour facts for a PREDICT estimate; ``None`` means not known."""

    age: float | None = None
    size_mm: float | None = None
    nodes: int | None = None
    grade: int | None = None
    detection: Detection | None = None
    treatments: PlannedTreatments = field(default_factory=PlannedTreatments)
    #: The PREDICT version chosen for this case ("v2.1" or "v2.2"); None: the default.
    model: str | None = None


@dataclass(frozen=True, slots=True)
class CaseInputs:
    """One tumour's receptor results and context: the whole of a case file."""

    er: ErInput = field(default_factory=ErInput)
    pr: PrInput = field(default_factory=PrInput)
    her2: Her2Input = field(default_factory=Her2Input)
    ki67_percent: float | None = None
    context: Context = field(default_factory=Context)
    prognosis: PrognosisCase | None = None
    #: The patient's answers to the values exercise, by values.toml id, in the order given.
    values: tuple[tuple[str, Importance], ...] = ()


# --- outputs ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TraceStep:
    """One applied rule: its id, the sentence it produced, and where it comes from."""

    rule: str
    text: str
    source: str
    locator: str


@dataclass(frozen=True, slots=True)
class Her2Result:
    """The HER2 part of a classification."""

    status: Her2Status
    category: Her2Category
    ish_group: int | None
    with_comment: bool


@dataclass(frozen=True, slots=True)
class NextStep:
    """A test or action the results call for."""

    id: str
    text: str
    source: str
    locator: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """One trial or guideline behind an option, with its key result."""

    source: str
    result: str


@dataclass(frozen=True, slots=True)
class Remark:
    """A sentence for each audience, with its source.

    As an option's condition: ``key`` names the ``[conditions]`` entry it words (""
    for a rule's own condition), and ``now`` says it is settled before treatment
    starts (a result expected now, a judgement made now), so the option is still a
    choice now rather than one for later (``options.toml``: ``now``, ``condition_now``).
    """

    clinician: str
    patient: str
    source: str
    key: str = ""
    now: bool = False


@dataclass(frozen=True, slots=True)
class Sentence:
    """A plain-language sentence with its source (``survival``: it gives a survival figure)."""

    text: str
    source: str
    survival: bool = False


@dataclass(frozen=True, slots=True)
class OptionPath:
    """One row of the option table that matched the case.

    ``conditions`` must all hold for this path; it is empty when the path
    applies outright.
    """

    conditions: tuple[Remark, ...]
    benefits: tuple[Sentence, ...]
    evidence: tuple[Evidence, ...]
    notes: tuple[Remark, ...]
    what: Sentence | None = None  # this row's own "what it is", if it differs
    harms: str | None = None  # the content's harms set for this row's population
    name: tuple[str, str] | None = None  # (clinician, patient) name for this row, if it differs


@dataclass(frozen=True, slots=True)
class OptionResult:
    """A treatment class that applies to the case, and on what condition.

    When any path applies outright only those paths are kept; otherwise every
    conditional path is listed as an alternative.
    """

    id: str
    applies: Applies
    paths: tuple[OptionPath, ...]


@dataclass(frozen=True, slots=True)
class Classification:
    """Everything the rules conclude about one case, with the trace of why."""

    ruleset_version: str
    her2: Her2Result
    er: ErStatus
    pr: PrStatus
    hr: HrStatus
    subtype: Subtype
    surrogate: Surrogate | None
    flags: tuple[str, ...]
    next_steps: tuple[NextStep, ...]
    options: tuple[OptionResult, ...]
    trace: tuple[TraceStep, ...]
    decision: str = "await_her2"  # a key of decisions.toml
    values_items: tuple[str, ...] = ()  # keys of values.toml that fit this case
