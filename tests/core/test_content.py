"""The clinical content files: complete, cross-referenced, nothing unconfirmed."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from her2aid import __version__
from her2aid.core import content
from her2aid.core.models import (
    ErStatus,
    Her2Category,
    Her2Status,
    HrStatus,
    PrStatus,
    Subtype,
    Surrogate,
)

CONTENT = content.load()
FILES = sorted(
    f.name for f in resources.files("her2aid.content").iterdir() if f.name.endswith(".toml")
)


@pytest.mark.parametrize("name", FILES)
def test_no_unconfirmed_item_reaches_users(name: str) -> None:
    text = resources.files("her2aid.content").joinpath(name).read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    placeholders = r"unconfirmed|from memory|TODO|FIXME|TBD|to be (added|confirmed)|\bXXX\b|\?\?"
    assert not re.search(placeholders, body, re.IGNORECASE)


def test_versions_and_dates_are_set() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", CONTENT.ruleset.version)
    assert re.fullmatch(r"\d+\.\d+\.\d+", CONTENT.about.content_version)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", CONTENT.ruleset.date)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", CONTENT.about.content_date)


def test_app_version_matches_pyproject() -> None:
    pyproject = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text("utf-8"))
    assert pyproject["project"]["version"] == __version__


@pytest.mark.parametrize(
    ("kind", "values"),
    [
        ("er", ErStatus),
        ("pr", PrStatus),
        ("hr", HrStatus),
        ("her2_status", Her2Status),
        ("her2_category", Her2Category),
        ("subtype", Subtype),
        ("surrogate", Surrogate),
    ],
)
def test_every_status_has_a_label(kind: str, values: type) -> None:
    for value in values:  # type: ignore[attr-defined]
        assert CONTENT.label(kind, value.value)
        if kind != "surrogate":
            assert CONTENT.label(kind, value.value, "patient")


def test_her2_low_and_ultralow_are_shown_as_her2_negative() -> None:
    for category in ("low", "ultralow", "null", "zero"):
        assert CONTENT.label("her2_category", category).startswith("HER2-negative")


def test_every_trace_placeholder_is_known() -> None:
    allowed = {
        "percent",
        "status",
        "ratio",
        "ratio_band",
        "copies",
        "copies_band",
        "group",
        "ihc",
        "hr",
        "her2",
        "subtype",
        "pr",
        "ki67",
        # criteria.* steps: which criteria, the deciding clause and condition, the values
        "name",
        "clause",
        "condition",
        "values",
    }
    for rule, entry in CONTENT.trace.items():
        assert set(re.findall(r"{(\w+)}", entry.clinician)) <= allowed, rule


def test_every_source_has_a_locator_or_is_a_whole_document() -> None:
    for rule, entry in CONTENT.trace.items():
        if rule.startswith("criteria."):  # cited per case with the criteria's own locator
            assert entry.source == "none", rule
            assert not entry.locator, rule
            continue
        assert entry.locator, rule


def test_every_option_has_patient_text_under_the_same_headings() -> None:
    """IPDAS 'equal detail': what it is, how it may help and downsides for every option."""
    for option in CONTENT.options:
        assert option.patient_what.text
        for rule in option.rules:
            assert rule.patient_benefits
            assert rule.evidence, f"{option.id}: every rule cites evidence"


def test_broken_content_is_reported_clearly() -> None:
    with pytest.raises(content.ContentError, match="must be non-empty text"):
        content._str({}, "citation", "references.toml [x]")
    with pytest.raises(content.ContentError, match="must be a number"):
        content._num({"a": True}, "a", "ruleset.toml")
    with pytest.raises(content.ContentError, match="must be a table"):
        content._table({"a": 1}, "a", "ruleset.toml")
    option = CONTENT.options[0]
    bad_rule = dataclasses.replace(option.rules[0], when={"stage": "II"})
    bad = dataclasses.replace(CONTENT, options=(dataclasses.replace(option, rules=(bad_rule,)),))
    with pytest.raises(content.ContentError, match="unknown 'when' keys"):
        content._check_when_keys(bad)
    with pytest.raises(content.ContentError, match="unknown clause key 'stage'"):
        content._criteria(
            {
                "x": {
                    "name": "X",
                    "source": "s",
                    "locator": "l",
                    "clause": [{"text": "t", "stage": "II"}],
                }
            }
        )
    with pytest.raises(content.ContentError, match="needs at least one test"):
        content._criteria(
            {"x": {"name": "X", "source": "s", "locator": "l", "clause": [{"text": "t"}]}}
        )
    with pytest.raises(content.ContentError, match="at least one rule"):
        content._option("x", {"name": "X"})


def test_a_sentence_pasted_twice_is_refused() -> None:
    line = {"text": "A HER2-positive result is not good or bad on its own.", "source": "none"}
    with pytest.raises(content.ContentError, match=r"\[answer\.x\]: sentence repeated"):
        content._patient({"answer": {"x": [line, line]}})


def test_option_pdl1_cut_off_must_match_the_ruleset() -> None:
    import dataclasses

    option = content._option(
        "immunotherapy_x",
        {
            "name": "X",
            "patient_name": "X",
            "rule": [
                {
                    "when": {"pdl1_cps_from": 1.0},
                    "patient_benefit": "b",
                    "patient_benefit_source": "none",
                    "evidence": [{"source": "keynote-355", "result": "r"}],
                }
            ],
            "patient_what": "w",
            "patient_what_source": "none",
        },
    )
    broken = dataclasses.replace(CONTENT, options=(*CONTENT.options, option))
    with pytest.raises(content.ContentError, match=r"differs from ruleset\.toml"):
        content._check_thresholds(broken)
    content._check_thresholds(CONTENT)  # the shipped content agrees


def test_stale_compiled_content_falls_back_to_the_toml(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    fresh = content.load()
    content.load.cache_clear()
    monkeypatch.setattr(content, "sources_digest", lambda texts: "edited since the build")
    try:
        with caplog.at_level("WARNING"):
            reread = content.load()
        assert "stale" in caplog.text
        assert reread.ruleset == fresh.ruleset
        assert reread.trace == fresh.trace
        assert reread.patient == fresh.patient
    finally:
        content.load.cache_clear()


def test_broken_toml_is_reported_with_its_file() -> None:
    with pytest.raises(content.ContentError, match=r"ruleset\.toml"):
        content.parse_sources({"ruleset.toml": "ruleset_version = "})


def test_compiled_content_keeps_the_order_of_the_files() -> None:
    """Options, next steps and trace wording are listed in file order."""
    fresh = content.parse_sources(content.read_sources())
    assert list(CONTENT.next_steps) == list(fresh["next_steps.toml"])
    assert [o.id for o in CONTENT.options] == [
        k for k in fresh["options.toml"] if k != "conditions"
    ]
    assert list(CONTENT.trace) == list(fresh["trace.toml"])
