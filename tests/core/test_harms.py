"""Harms and daily life (harms.toml): every option has a set, every figure has a source.

IPDAS asks for harms in the same detail as benefits, so each option shows the
common and serious side effects with how many in 100 people had them, and what
living with the treatment is like. The spot checks below are typed in from the
sources, so an edit that changes a figure fails here first.
"""

from __future__ import annotations

import re

import pytest

from her2aid.core import content
from her2aid.core.content import HarmSet

CONTENT = content.load()
SETS = CONTENT.harm_sets

#: Sets whose harm has no figure because none exists, and why (the patient
#: row is then said plainly, without an "in 100"). Nothing else may be exempt.
NO_FIGURE = {
    "no_treatment_metastatic": "no modern trial leaves spread cancer untreated in either arm; "
    "the one historical series (1805-1933, all stages) is shown to clinicians only",
    "no_treatment_early_hr_negative": "no control-arm percentage with a checked time point for "
    "chemotherapy versus none (EBCTCG 2012 gives rate ratios); PREDICT's surgery-only figures "
    "for the case are shown on the card when the prognosis block allows",
}
#: Sets with figures but no confirmed figure for a serious harm, and why.
NO_SERIOUS_FIGURE = {
    "imlunestrant": "only the label's threshold (each most common reaction in 10 % or more) "
    "was confirmed; EMBER-3's grade 3 or higher and serious rates were not read",
}

#: Words a patient must never meet in this part of the page.
NOT_FOR_PATIENTS = re.compile(r"hazard ratio|\bHR |p ?=|\bgrade", re.IGNORECASE)


def _resolved() -> list[tuple[str, int, str | None]]:
    """(option, rule number, set id) for every rule: its own set, else the option's."""
    return [
        (option.id, index + 1, rule.harms or option.harms)
        for option in CONTENT.options
        for index, rule in enumerate(option.rules)
    ]


@pytest.mark.parametrize(("option", "rule", "sid"), _resolved())
def test_every_option_rule_resolves_to_a_set_of_its_own_option(
    option: str, rule: int, sid: str | None
) -> None:
    assert sid is not None, f"options.toml [{option}] rule {rule} names no harms set"
    assert SETS[sid].option == option


def test_every_set_is_shown_by_some_rule() -> None:
    assert set(SETS) == {sid for _, _, sid in _resolved()}


@pytest.mark.parametrize("sid", sorted(SETS))
def test_every_set_has_harms_with_figures_and_daily_life(sid: str) -> None:
    hs: HarmSet = SETS[sid]
    figures = [h for h in hs.harms if h.per_100 is not None]
    assert hs.practical, "no row on what living with it is like"
    if sid in NO_FIGURE:
        assert hs.harms
        assert not figures, "exempt, yet it has figures: take it off NO_FIGURE"
        return
    assert len(hs.harms) >= 2
    assert figures, "no harm has a figure"
    if sid in NO_SERIOUS_FIGURE:
        assert not any(h.serious and h.per_100 is not None for h in hs.harms)
        return
    assert any(h.serious and h.per_100 is not None for h in hs.harms), "no serious harm figure"


def test_a_threshold_figure_reads_as_a_threshold() -> None:
    """The label gives "10 % or more" for imlunestrant: never shown as exactly 10 in 100."""
    from her2aid.report.context import _harm_views

    hs = SETS["imlunestrant"]
    assert all(h.at_least and h.per_100 == 10 for h in hs.harms)
    patient = _harm_views(hs, "patient")
    clinician = _harm_views(hs, "clinician")
    assert {v.count for v in patient} == {"10 or more in 100"}
    assert {v.count for v in clinician} == {"10 % or more"}


def test_at_least_needs_a_figure() -> None:
    from her2aid.core.content import ContentError, _harm_sets

    row = {"id": "x", "text": "x", "clinician": "x", "grade": "any grade", "serious": False}
    row |= {"source": "s", "locator": "l", "at_least": True}
    with pytest.raises(ContentError, match="at_least"):
        _harm_sets({"s": {"option": "o", "group": "g", "clinician_group": "c", "harm": [row]}})


@pytest.mark.parametrize("sid", sorted(SETS))
def test_every_figure_is_per_100_and_every_row_has_a_source(sid: str) -> None:
    hs = SETS[sid]
    for h in hs.harms:
        for value in (h.per_100, h.comparison_per_100):
            assert value is None or 0 <= value <= 100, h.id
        assert h.source in CONTENT.references, h.id
        assert h.locator.strip(), h.id
        if h.comparison_per_100 is not None:
            assert hs.comparison, f"{h.id}: a comparison figure without a comparison group"
    for p in hs.practical:
        assert p.source in CONTENT.references, p.text
        assert p.locator.strip(), p.text


@pytest.mark.parametrize("sid", sorted(SETS))
def test_patient_words_have_no_statistics_jargon(sid: str) -> None:
    hs = SETS[sid]
    texts = [hs.group, hs.comparison or ""]
    texts += [h.text for h in hs.harms] + [p.text for p in hs.practical]
    for text in texts:
        assert not NOT_FOR_PATIENTS.search(text), text


# Typed in from the sources (set, harm id, per_100, comparison_per_100, source).
SPOT_CHECKS = [
    ("tdxd_her2_low", "ild", 12.1, 0.6, "destiny-breast04-asco-2022"),  # 45/371 vs 1/172
    ("tdxd_her2_low", "nausea", 76, 30, "enhertu-label"),  # PI 6.1 DB-04 table
    ("tdxd_her2_low", "any_severe", 54.4, 67.4, "destiny-breast04-natmed-2025"),  # Table 3
    ("tdxd_chemo_naive", "ild", 11, 0.2, "enhertu-label"),  # PI 6.1 DESTINY-Breast06 table
    ("tdxd_her2_positive", "ild", 10.5, 1.9, "enhertu-ild-her2pos"),  # 27/257 vs 5/261
    ("tdxd_early_residual", "nausea", 71.3, None, "destiny-breast05"),  # NEJM 2025 abstract
    ("dato_dxd", "mouth_sores", 59, 17, "datroway-label"),  # PI 6.1 stomatitis
    ("dato_dxd", "keratitis", 24, 10, "datroway-label"),  # PI 6.1 keratitis (grouped)
    ("cdk46_metastatic", "life_threatening_any", 6.7, 2.5, "monarch-3-npj-2019"),  # Table 2
    ("anti_her2_early", "diarrhea_pertuzumab", 71, 45, "perjeta-label"),  # PI 6.1 APHINITY
    ("elacestrant", "aches_severe", 7, 1, "orserdu-safety"),  # PI 6.1, grade 3 only
    ("dato_dxd", "any_severe", 20.8, 44.7, "tropion-breast01"),  # JCO 2025 abstract
    ("anti_her2_early", "heart_failure_severe", 0.8, 0.0, "hera-cardiac-2010"),
    ("anti_her2_metastatic", "lv_dysfunction", 4.4, 8.3, "cleopatra-cardiac-2013"),
    ("chemo_early", "febrile_neutropenia", 25, 3, "docetaxel-label"),  # Table 6 TAC vs FAC
    ("chemo_early", "neuropathy", 26, 10, "docetaxel-label"),  # Table 6 neuropathy sensory
    ("chemo_metastatic", "any_severe", 67.4, None, "destiny-breast04-natmed-2025"),
    ("pembro_early", "any_severe", 78.0, 73.0, "keynote-522"),  # NEJM 2020 abstract
    ("sg_tnbc", "neutropenia_severe", 49, None, "trodelvy-label"),  # PI 5.1
    ("sg_hr_positive", "diarrhea", 51, 13, "ever-132-002"),  # Nat Med 2024 Table 3
    ("no_treatment_early", "recurrence_15y", 46.2, None, "esmo-mcbs-early-2020"),
]


@pytest.mark.parametrize(("sid", "hid", "per_100", "comparison", "source"), SPOT_CHECKS)
def test_figures_match_the_sources(
    sid: str, hid: str, per_100: float, comparison: float | None, source: str
) -> None:
    harm = next(h for h in SETS[sid].harms if h.id == hid)
    assert (harm.per_100, harm.comparison_per_100, harm.source) == (per_100, comparison, source)
