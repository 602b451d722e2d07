"""The rendered summary and handout: headlines, citations, reading level, strictness."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import jinja2
import pytest
import textstat

from her2aid.core import content
from her2aid.core.classify import classify
from her2aid.core.examples import example_names, load_example
from her2aid.core.models import CaseInputs
from her2aid.report.context import DARK, LIGHT, Meta, Theme
from her2aid.report.environment import environment, render
from her2aid.report.render import render_handout, render_summary

from .prose import blocks, prose

# The headline each view shows for each shipped example, typed in.
HEADLINES = {
    "er-low-early": (
        "HR+/HER2-: HER2-negative (HER2-low); ER low positive (1-10 %), PR negative",
        "Your cancer is hormone receptor-positive, HER2-negative.",
    ),
    "er-negative-pr-positive": (
        "HR+/HER2-: HER2-negative (IHC 0, not stated if null or ultralow); "
        "ER negative, PR positive",
        "Your cancer is hormone receptor-positive, HER2-negative.",
    ),
    "her2-null-early": (
        "HR+/HER2-: HER2-negative (HER2-null, IHC 0 without staining); ER positive, PR positive",
        "Your cancer is hormone receptor-positive, HER2-negative.",
    ),
    "her2-positive-early": (
        "HR-/HER2+: HER2-positive; ER negative, PR negative",
        "Your cancer is hormone receptor-negative, HER2-positive.",
    ),
    "her2-ultralow-metastatic": (
        "HR+/HER2-: HER2-negative (HER2-ultralow); ER positive, PR positive",
        "Your cancer is hormone receptor-positive, HER2-negative.",
    ),
    "hr-positive-her2-low-metastatic": (
        "HR+/HER2-: HER2-negative (HER2-low); ER positive, PR positive",
        "Your cancer is hormone receptor-positive, HER2-negative.",
    ),
    "hr-positive-her2-positive-metastatic": (
        "HR+/HER2+: HER2-positive; ER positive, PR negative",
        "Your cancer is hormone receptor-positive, HER2-positive.",
    ),
    "ihc2-pending-ish": (
        "Subtype undetermined: HER2 equivocal (final result pending); ER positive, PR positive",
        "Some of your results are not in yet.",
    ),
    "ish-group2-recount-needed": (
        "Subtype undetermined: HER2 equivocal (final result pending); ER positive, PR positive",
        "Some of your results are not in yet.",
    ),
    "ish-group3-recount-positive": (
        "HR+/HER2+: HER2-positive; ER positive, PR positive",
        "Your cancer is hormone receptor-positive, HER2-positive.",
    ),
    "ish-group4-recount-negative": (
        "HR+/HER2-: HER2-negative (HER2-low); ER positive, PR positive",
        "Your cancer is hormone receptor-positive, HER2-negative.",
    ),
    "luminal-a-early": (
        "HR+/HER2-: HER2-negative (HER2-null, IHC 0 without staining); ER positive, PR positive",
        "Your cancer is hormone receptor-positive, HER2-negative.",
    ),
    "tnbc-early": (
        "Triple negative (HR-/HER2-): HER2-negative (HER2-null, IHC 0 without staining); "
        "ER negative, PR negative",
        "Your cancer is triple-negative.",
    ),
    "tnbc-metastatic-pdl1": (
        "Triple negative (HR-/HER2-): HER2-negative (HER2-low); ER negative, PR negative",
        "Your cancer is triple-negative.",
    ),
}


def html_for(name: str, audience: str, **kw: object) -> str:
    case = load_example(name)
    return render_summary(classify(case), case, audience=audience, **kw)  # type: ignore[arg-type]


def test_every_example_has_an_expected_headline() -> None:
    assert set(HEADLINES) == set(example_names())


@pytest.mark.parametrize("name", sorted(HEADLINES))
@pytest.mark.parametrize(("audience", "index"), [("clinician", 0), ("patient", 1)])
def test_headline(name: str, audience: str, index: int) -> None:
    headline = next(b.text for b in blocks(html_for(name, audience)) if "headline" in b.classes)
    assert headline == HEADLINES[name][index]


@pytest.mark.parametrize("name", sorted(HEADLINES))
@pytest.mark.parametrize("audience", ["clinician", "patient"])
def test_every_sentence_cites_a_source(name: str, audience: str) -> None:
    """Each text block cites a source, or is marked as saying nothing clinical."""
    for block in blocks(html_for(name, audience, expand_trace=True)):
        # label cells, data cells of a table cited by its introduction, meta-text
        exempt = any(c in block.classes for c in ("meta", "label", "data"))
        if block.tag == "td" and audience == "clinician":
            continue  # the results table: inputs and test names; its classification cells cite
        assert block.cited or exempt, f"{block.tag}: {block.text[:80]}"


@pytest.mark.parametrize("name", sorted(HEADLINES))
def test_patient_view_reading_level(name: str) -> None:
    """US grade 8 at most (aim 6), Flesch-Kincaid, over everything a patient reads."""
    text = prose(html_for(name, "patient"))
    assert textstat.flesch_kincaid_grade(text) <= 8.0
    assert textstat.flesch_reading_ease(text) >= 60  # "plain English" or easier


def answer_of(html: str) -> str:
    """The answer to "Is this result good or bad?": the block after the question."""
    texts = [b.text for b in blocks(html)]
    return texts[texts.index("Is this result good or bad?") + 1]


# The personal answer's first words for each shipped example, typed in (subtype x setting
# x HER2 category x ER-low), and what it must not say.
ANSWERS = {
    "er-low-early": (
        "Your cancer has only a little of the estrogen receptor (ER-low)",
        "best outlook",
    ),
    "er-negative-pr-positive": ("Your results are a rare mix", "best outlook"),
    "her2-null-early": ("This is the most common kind of breast cancer", "T-DXd"),
    "her2-positive-early": ("Drugs that target HER2, such as trastuzumab (Herceptin)", "hormone"),
    "her2-ultralow-metastatic": ("Cancer that has spread is serious.", "trastuzumab"),
    "hr-positive-her2-low-metastatic": ("Cancer that has spread is serious.", "trastuzumab"),
    "hr-positive-her2-positive-metastatic": ("Cancer that has spread is serious.", "coming back"),
    "ihc2-pending-ish": ("Your HER2 result is not final yet", "trastuzumab"),
    "ish-group2-recount-needed": ("Your HER2 result is not final yet", "trastuzumab"),
    "ish-group3-recount-positive": (
        "In a review of trials, drugs that target HER2, such as trastuzumab (Herceptin)",
        "T-DXd",
    ),
    "ish-group4-recount-negative": ("This is the most common kind of breast cancer", "trastuzumab"),
    "luminal-a-early": ("This is the most common kind of breast cancer", "T-DXd"),
    "tnbc-early": ("Triple-negative cancer has had the lowest survival", "hormone"),
    "tnbc-metastatic-pdl1": ("Cancer that has spread is serious", "hormone"),
}


def test_every_example_has_an_expected_answer() -> None:
    assert set(ANSWERS) == set(example_names())


@pytest.mark.parametrize("name", sorted(ANSWERS))
def test_the_answer_is_about_this_patient(name: str) -> None:
    start, absent = ANSWERS[name]
    answer = answer_of(html_for(name, "patient"))
    assert answer.startswith(start), answer
    assert absent not in answer
    assert "months" not in answer  # survival figures come later, framed, under the options
    assert len(re.findall(r"[.!?](?:\s|\[|$)", answer)) <= 3, answer  # two or three sentences


def test_her2_low_answer_says_it_changes_nothing_now_in_early_disease() -> None:
    from her2aid.core.models import Context, ErInput, Her2Input, Ihc, PrInput, Setting

    for setting, said in (
        (Setting.EARLY, "does not change your treatment now"),
        (Setting.METASTATIC, "may help at some point"),
    ):
        case = CaseInputs(ErInput(90), PrInput(50), Her2Input(Ihc.ONE), 10, Context(setting))
        assert said in answer_of(render_summary(classify(case), case, audience="patient"))


def test_metastatic_patients_are_not_shown_all_stage_survival() -> None:
    metastatic = prose(html_for("hr-positive-her2-low-metastatic", "patient"))
    assert "percent as likely to be alive" not in metastatic
    assert "do not describe cancer that has spread" in metastatic
    early = prose(html_for("luminal-a-early", "patient"))
    assert "about 95 percent as likely to be alive 5 years later" in early


def test_versions_dates_and_disclaimer_are_shown() -> None:
    for audience in ("clinician", "patient"):
        text = prose(html_for("her2-null-early", audience))
        c = content.load()
        assert f"ruleset {c.ruleset.version} ({c.ruleset.date})" in text
        assert f"content {c.about.content_version} ({c.about.content_date})" in text
        assert "decision aid, not a diagnosis" in text.lower()


def test_trace_is_collapsed_until_asked_for() -> None:
    collapsed = html_for("her2-null-early", "clinician")
    assert "her2aid:trace" in collapsed
    assert "Show the rule trace" in collapsed
    expanded = html_for("her2-null-early", "clinician", expand_trace=True)
    assert "IHC 0 with no membrane staining at all: HER2-null." in expanded


def test_empty_case_renders_and_says_what_is_missing() -> None:
    case = CaseInputs()
    html = render_summary(classify(case), case, audience="clinician")
    assert "Not recorded yet:" in html
    assert "ER result, PR result, HER2 result (IHC and/or ISH), Ki-67" in html
    patient = render_summary(classify(case), case, audience="patient")
    assert "Some of your results are not in yet." in patient


def test_dark_theme_changes_colours_only() -> None:
    light = prose(html_for("her2-null-early", "clinician"))
    dark_html = html_for("her2-null-early", "clinician", theme=DARK)
    assert DARK.text in dark_html
    assert prose(dark_html) == light


def test_handout_has_both_parts_on_separate_pages() -> None:
    case = load_example("tnbc-metastatic-pdl1")
    html = render_handout(
        classify(case), case, audiences=["patient", "clinician"], meta=Meta(patient_name="<b>J</b>")
    )
    assert html.count('class="pagebreak"') == 1
    assert "Your breast cancer test results" in html
    assert "Receptor status summary" in html
    assert "her2aid:trace" not in html  # printed: trace expanded, no links
    assert "<b>J</b>" not in html


def test_environment_is_strict_and_escapes() -> None:
    env = environment()
    assert env.autoescape is True
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ missing }}").render()
    assert env.from_string("{{ name }}").render(name="<b>{{ 7*7 }}</b>") == (
        "&lt;b&gt;{{ 7*7 }}&lt;/b&gt;"
    )


def test_templates_cannot_escape_the_package() -> None:
    with pytest.raises(jinja2.TemplateNotFound):
        render("../core/models.py")
    with pytest.raises(jinja2.TemplateNotFound):
        render("no-such-template.html.j2")
    assert "summary.html.j2" in environment().list_templates()


def test_stale_precompiled_template_falls_back_to_source(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from her2aid.report import environment as env_module

    fresh = html_for("her2-null-early", "patient")
    env_module.environment.cache_clear()
    monkeypatch.setattr(env_module, "source_digest", lambda source: "edited since the build")
    try:
        with caplog.at_level("WARNING"):
            assert html_for("her2-null-early", "patient") == fresh
        assert "compiling from source" in caplog.text
    finally:
        env_module.environment.cache_clear()


# --- the PREDICT section (issue 6) ----------------------------------------------------


def test_prognosis_shown_for_early_cases_with_the_facts() -> None:
    for audience in ("clinician", "patient"):
        text = prose(html_for("luminal-a-early", audience))
        assert "PREDICT" in text
        assert "after menopause" in text or "postmenopausal" in text  # bisphosphonate caveat
    clinician = prose(html_for("luminal-a-early", "clinician"))
    assert "PREDICT v2.2, overall survival" in html_for("luminal-a-early", "clinician")
    assert "Inputs: age 62, 18 mm, 0 positive nodes, grade 1, screen-detected" in clinician
    assert "+ Endocrine therapy (5 years)" in clinician
    patient = prose(html_for("luminal-a-early", "patient"))
    assert "grade 1; how it was found by screening." in patient  # not "found screen-detected"
    assert "screen-detected" not in patient


def test_prognosis_model_version_is_selectable_and_shown() -> None:
    case = load_example("her2-positive-early")
    html = render_summary(
        classify(case), case, audience="clinician", meta=Meta(prognosis_model="v2.1")
    )
    assert "PREDICT v2.1" in html


def test_icon_array_counts_add_up_to_100() -> None:
    from her2aid.report.context import to_hundred

    assert sum(to_hundred([49.86, 29.87, 14.2, 6.07])) == 100
    assert to_hundred([33.4, 33.3, 33.3, 0.0]) == [34, 33, 33, 0]
    html = html_for("her2-positive-early", "patient")
    legend = [b.text for b in blocks(html) if "legend" in b.classes]
    words = ("alive with surgery", "more alive because", "died of")
    counts = [int(t.split()[1]) for t in legend if any(w in t for w in words)]  # "● 50 alive..."
    assert len(counts) == 4
    assert sum(counts) == 100
    icons = "".join(b.text for b in blocks(html) if "icons" in b.classes).replace(" ", "")
    assert len(icons) == 100


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_icon_array_shows_deaths_in_neutral_greys_with_distinct_shapes(theme: Theme) -> None:
    """Issue 14: no alarming red for deaths; the four outcomes stay apart without colour."""
    from her2aid.report.context import ICON_SHAPES

    _alive, _extra, breast, other = theme.icons
    for colour in (breast, other):
        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        assert max(r, g, b) - min(r, g, b) <= 8, colour  # a grey, not a hue
    grey = [sum(int(c[i : i + 2], 16) for i in (1, 3, 5)) for c in (breast, other)]
    assert abs(grey[0] - grey[1]) >= 3 * 40  # the two kinds of death differ in greyscale too
    assert len(set(ICON_SHAPES.values())) == 4
    assert "\u2716" not in ICON_SHAPES.values()


@pytest.mark.parametrize(
    ("er", "pr", "ihc", "age", "size", "nodes", "grade", "chemo"),
    [
        (0, 0, "0-null", 38, 30, 0, 3, "third_gen"),  # the case where table and icons disagreed
        (90, 50, "1+", 55, 25, 2, 2, "second_gen"),
        (90, 50, "3+", 62, 18, 0, 1, "none"),
        (5, 0, "1+", 47, 41, 7, 3, "third_gen"),
    ],
)
def test_table_icons_legend_and_sentence_show_the_same_whole_numbers(
    er: float, pr: float, ihc: str, age: float, size: float, nodes: int, grade: int, chemo: str
) -> None:
    from her2aid.core import casefile

    case = casefile.from_dict(
        {
            "format": "her2aid-case/1",
            "er": {"percent": er},
            "pr": {"percent": pr},
            "her2": {"ihc": ihc},
            "context": {"setting": "early", "menopause": "post"},
            "prognosis": {
                "age": age,
                "size_mm": size,
                "nodes": nodes,
                "grade": grade,
                "treatments": {
                    "chemo": chemo,
                    "endocrine": "5y" if er else "none",
                    "trastuzumab": ihc == "3+",
                    "bisphosphonates": True,
                },
            },
        }
    )
    html = render_summary(classify(case), case, audience="patient")
    texts = [b.text for b in blocks(html)]
    rows: dict[str, list[str]] = {}
    for i, t in enumerate(texts):  # each table row: a label cell followed by three year cells
        if t.startswith(("Surgery alone", "+ ", "With the treatments chosen")):
            rows[t] = texts[i + 1 : i + 4]
    surgery = int(rows["Surgery alone"][1].split()[0])  # 10 years: the middle column
    words = ("alive with surgery", "more alive", "died of breast", "died of other")
    legend = {
        w: int(b.text.split()[1])  # "● 74 alive with surgery alone"
        for b in blocks(html)
        if "legend" in b.classes
        for w in words
        if w in b.text
    }
    assert legend["alive with surgery"] == surgery
    added = [
        0 if v[1].startswith("less than") else int(v[1].split()[0])
        for k, v in rows.items()
        if k.startswith("+ ")
    ]
    assert legend["more alive"] == sum(added)
    if "With the treatments chosen" in rows:
        assert int(rows["With the treatments chosen"][1].split()[0]) == surgery + sum(added)
    assert sum(legend.values()) == 100
    sentence = next(t for t in texts if t.startswith("Out of 100 women like you"))
    assert f"{surgery} would be alive with surgery alone" in sentence
    # every year: surgery alone plus the added rows is the total row
    if "With the treatments chosen" in rows:
        for col in range(3):
            part = [int(rows["Surgery alone"][col].split()[0])] + [
                0 if v[col].startswith("less than") else int(v[col].split()[0])
                for k, v in rows.items()
                if k.startswith("+ ")
            ]
            assert sum(part) == int(rows["With the treatments chosen"][col].split()[0])


def test_survival_figures_can_be_left_out_of_the_patient_part() -> None:
    for name in ("hr-positive-her2-low-metastatic", "tnbc-metastatic-pdl1", "luminal-a-early"):
        case = load_example(name)
        shown = prose(render_summary(classify(case), case, audience="patient"))
        hidden = prose(
            render_summary(classify(case), case, audience="patient", meta=Meta(show_survival=False))
        )
        assert "asked not to see survival figures" in hidden
        for phrase in ("lived longer than", "percent as likely to be alive", "were alive"):
            assert phrase not in hidden, (name, phrase)
        assert "asked not to see" not in shown
    clinician = render_summary(
        classify(case), case, audience="clinician", meta=Meta(show_survival=False)
    )
    assert "5-year relative survival" in clinician  # the clinician part is never cut


def test_no_added_treatment_points_to_the_outlook_only_when_it_has_no_figures() -> None:
    """The "If your details are entered, the outlook section shows ..." line: only without figures.

    Not when the figures are printed on the card already, and not when survival
    figures are left out (there is no outlook section to point to).
    """
    from dataclasses import replace

    from her2aid.core.models import PrognosisCase

    hints = {
        "en": "If your details are entered, the outlook section shows",
        "es": "Si se anotan sus datos, la sección del pronóstico muestra",
    }
    entered = load_example("luminal-a-early")
    assert entered.prognosis is not None
    cases = {
        "entered": entered,
        "not entered": replace(entered, prognosis=None),
        "no estimate": replace(entered, prognosis=PrognosisCase(age=90)),  # size missing
        "HR-negative, not entered": replace(load_example("her2-positive-early"), prognosis=None),
    }
    for (what, case), (code, hint) in itertools.product(cases.items(), hints.items()):
        result = classify(case)
        assert any(o.id == "no_added_treatment" for o in result.options)
        shown = prose(render_summary(result, case, audience="patient", meta=Meta(language=code)))
        hidden = prose(
            render_summary(
                result, case, audience="patient", meta=Meta(show_survival=False, language=code)
            )
        )
        assert (hint in shown) is (what != "entered"), (what, code)
        assert shown.count(hint) <= 1, (what, code)
        assert hint not in hidden, (what, code)


def test_the_hospice_time_limit_is_left_out_with_the_survival_figures() -> None:
    case = load_example("tnbc-metastatic-pdl1")
    result = classify(case)
    for code, limit, rest in (
        ("en", "6 months or less to live", "you can stop hospice"),
        ("es", "6 meses o menos", "puede dejar el hospicio"),
    ):
        shown = render_summary(result, case, audience="patient", meta=Meta(language=code))
        assert limit in prose(shown), code
        hidden = render_summary(
            result, case, audience="patient", meta=Meta(show_survival=False, language=code)
        )
        assert limit not in prose(hidden), code
        assert rest in prose(hidden), code  # the rest of what it is like stays
    clinician = render_summary(result, case, audience="clinician", meta=Meta(show_survival=False))
    assert "life expectancy of 6 months or less" in clinician  # never cut for clinicians


def test_metastatic_survival_is_framed_as_half_lived_longer() -> None:
    for name in (
        "hr-positive-her2-low-metastatic",
        "hr-positive-her2-positive-metastatic",
        "tnbc-metastatic-pdl1",
    ):
        text = prose(html_for(name, "patient"))
        assert "typical survival" not in text
        assert "half of the" in text


def test_no_prognosis_for_metastatic_or_unknown_setting() -> None:
    assert "PREDICT" not in prose(html_for("hr-positive-her2-low-metastatic", "clinician"))
    assert "PREDICT" not in prose(html_for("ihc2-pending-ish", "patient"))  # early, no block


def test_prognosis_problems_are_said_plainly() -> None:
    from her2aid.core.models import Context, ErInput, PrognosisCase, Setting

    case = CaseInputs(
        er=ErInput(90), context=Context(setting=Setting.EARLY), prognosis=PrognosisCase(age=90)
    )
    clinician = prose(render_summary(classify(case), case, audience="clinician"))
    assert "No PREDICT estimate: Invasive size: needed for a PREDICT estimate." in clinician
    assert "prognosis." not in clinician  # named as the form names it, not as a file field
    patient = prose(render_summary(classify(case), case, audience="patient"))
    assert "A survival estimate needs your age" in patient
    bare = CaseInputs(er=ErInput(90), context=Context(setting=Setting.EARLY))
    hint = prose(render_summary(classify(bare), bare, audience="clinician"))
    assert "Enter age, invasive size and positive nodes" in hint


def test_every_field_predict_can_refuse_has_a_name_for_the_summary() -> None:
    """A refusal is shown as 'Positive nodes: ...', never as 'prognosis.nodes: ...'."""
    import re

    core = Path(__file__).parents[2] / "src" / "her2aid" / "core"
    source = "".join((core / name).read_text("utf-8") for name in PREDICT_MODULES)
    fields = set(re.findall(r'InputError\(\s*"([a-z_.0-9]+)"', source))
    fields |= set(re.findall(r'_(?:number|choice)\([^)]*"([a-z_.0-9]+)"\)', source))
    assert {"prognosis.age", "prognosis.nodes", "prognosis.ki67"} <= fields  # the scan works
    assert sorted(fields - set(content.load().prognosis_labels["field"])) == []


PREDICT_MODULES = ("prognosis.py", "prognosis_case.py")


def test_no_her2_test_entered_is_not_called_pending() -> None:
    from her2aid.core.models import Her2Input, Ihc

    none = CaseInputs()
    text = prose(render_summary(classify(none), none, audience="patient"))
    assert "There is no HER2 result yet" in text
    assert "not final yet" not in text
    assert "last test" not in text
    pending = CaseInputs(her2=Her2Input(ihc=Ihc.TWO))  # IHC 2+, ISH to come
    text = prose(render_summary(classify(pending), pending, audience="patient"))
    assert "Once the last test is back" in text


def test_her2_negative_with_hormone_receptors_unknown_says_they_are_still_to_come() -> None:
    """No list is promised: with ER and PR unknown there may be no options yet."""
    from her2aid.core.models import Her2Input, Ihc

    case = CaseInputs(her2=Her2Input(ihc=Ihc.ZERO_NULL))
    text = prose(render_summary(classify(case), case, audience="patient"))
    assert "also depends on the hormone receptor results, which are not in yet" in text
    assert "listed below" not in text


def test_er_low_carries_the_guideline_caveat_in_survival_and_predict() -> None:
    patient = prose(html_for("er-low-early", "patient"))
    assert "ER-low cancers are often more like ER-negative ones" in patient
    assert "these numbers are less certain for you" in patient
    clinician = prose(html_for("er-low-early", "clinician"))
    assert "interpret with caution" in clinician


def test_no_empty_outlook_heading_without_an_estimate() -> None:
    html = html_for("her2-null-early", "patient")  # early, but no prognosis block
    assert "How treatment may change the outlook" not in html


def test_tnbc_patients_are_not_told_her2_medicines_never_apply() -> None:
    text = prose(html_for("tnbc-metastatic-pdl1", "patient"))  # HER2-low TNBC: T-DXd listed
    assert "Trastuzumab is used only for HER2-positive cancer" not in text
    assert "T-DXd is not the same drug as trastuzumab" in text
    assert "HER2 medicines" not in text
    assert "such as its hormone receptors" not in text  # it has none


def test_reference_list_is_collapsed_on_screen_and_printed_in_full() -> None:
    collapsed = html_for("her2-null-early", "patient")
    assert "her2aid:references" in collapsed
    assert "Allison KH" not in collapsed  # a citation from the list
    expanded = html_for("her2-null-early", "patient", expand_references=True)
    assert "Allison KH" in expanded
    case = load_example("her2-null-early")
    printed = render_handout(classify(case), case, audiences=["patient"], meta=Meta())
    assert "Allison KH" in printed
    assert "her2aid:references" not in printed


@pytest.mark.parametrize("name", example_names())
@pytest.mark.parametrize("audience", ["clinician", "patient"])
def test_a_source_is_cited_once_per_statement(name: str, audience: str) -> None:
    """One marker per source: "[3]", never "[3][3]" (locators go into one tooltip)."""
    import re

    text = re.sub(r"<[^>]+>", "", html_for(name, audience, expand_trace=True))
    assert re.search(r"\[(\d+)\]\[\1\]", text) is None


def test_er_negative_pr_positive_is_not_given_the_hr_positive_figures() -> None:
    """ER is to be confirmed: "most common kind" and its survival may not fit."""
    text = prose(html_for("er-negative-pr-positive", "patient"))
    assert "Because of its PR result" in text
    assert "most common kind" not in text
    assert "percent as likely to be alive" not in text
    assert "may not fit this mix of results" in text


def test_er_low_predict_caution_comes_before_the_numbers() -> None:
    for audience, words in (("patient", "less certain for you"), ("clinician", "interpret with")):
        text = prose(html_for("er-low-early", audience))
        table = "Surgery alone" if audience == "patient" else "Surgery only"
        assert text.index(words) < text.index(table)


@pytest.mark.parametrize("ihc", ["3+", "2+"])
def test_er_negative_pr_positive_with_her2_not_negative_is_not_called_her2_negative(
    ihc: str,
) -> None:
    from her2aid.core.casefile import from_dict

    case = from_dict(
        {"format": "her2aid-case/1", "er": {"percent": 0}, "pr": {"percent": 15},
         "her2": {"ihc": ihc}}
    )  # fmt: skip
    text = prose(render_summary(classify(case), case, audience="patient"))
    assert "and HER2-negative" not in text
    if ihc == "3+":
        assert "hormone receptor-positive and HER2-positive" in text


def test_a_refused_entry_is_called_left_out_not_unrecorded() -> None:
    """The form refused these and lists them above the summary; the summary does not repeat it."""
    case = CaseInputs()  # what the core keeps once the refused entries are dropped
    meta = Meta(left_out=frozenset({"er.percent", "her2.ish.ratio", "ki67_percent"}))
    text = prose(render_summary(classify(case), case, audience="clinician", meta=meta))
    assert "Left out until corrected:" not in text
    assert "Not recorded yet: PR result, clinical setting (early or metastatic)." in text
    plain = prose(render_summary(classify(case), case, audience="clinician"))
    assert "Left out" not in plain


def test_tnbc_ultralow_is_not_told_about_a_trial_for_hormone_receptor_positive_cancer() -> None:
    """DESTINY-Breast06 and the ultralow approval are for HR-positive disease only."""
    from her2aid.core.models import Context, ErInput, Her2Input, Ihc, PrInput, Setting

    def patient_text(er: float) -> str:
        case = CaseInputs(
            ErInput(er), PrInput(0), Her2Input(Ihc.ZERO_ULTRALOW), 20, Context(Setting.METASTATIC)
        )
        return prose(render_summary(classify(case), case, audience="patient"))

    assert "T-DXd" not in patient_text(0)
    assert "T-DXd" in patient_text(90)


def test_a_refused_receptor_entry_asks_for_a_correction_not_a_retest() -> None:
    from her2aid.core.models import ErInput, PrInput

    case = CaseInputs(ErInput(), PrInput(40))
    refused = Meta(left_out=frozenset({"er.percent"}))
    for audience, asked in (("clinician", "correct the entry"), ("patient", "typed in again")):
        html = render_summary(classify(case), case, audience=audience, meta=refused)
        assert asked in html
        plain = render_summary(classify(case), case, audience=audience)
        assert asked not in plain


@pytest.mark.parametrize("name", example_names())
def test_no_patient_page_says_it_has_no_figures(name: str) -> None:
    """Issue 14: a side effect without a count is said plainly, never as "no figure given"."""
    case = load_example(name)
    result = classify(case)
    for html in (
        render_summary(result, case, audience="patient"),
        render_handout(result, case, audiences=("patient",), meta=Meta()),
    ):
        text = prose(html)
        assert "no figure" not in text.lower()
        assert "no checked figures" not in text.lower()


def test_a_side_effect_without_a_count_is_not_read_as_one_of_the_100() -> None:
    """Beside counted rows it says how often is not stated; alone, it gets no "out of 100"."""
    case = load_example("tnbc-metastatic-pdl1")
    html = render_summary(classify(case), case, audience="patient")
    card = html[html.index("<h3>Care for comfort only</h3>") :]
    comfort = re.sub(r"<[^>]+>", "", card[: card.index("What it is like")])
    assert "Out of 100" not in comfort
    assert "The cancer growing, which shortens life." in comfort


def no_added_card(html: str, code: str = "en") -> str:
    """The no added treatment card's text, from its heading to the next card or section."""
    name = {"en": "No added treatment", "es": "Ningún tratamiento añadido"}[code]
    card = html[html.index(f"<h3>{name}</h3>") :]
    card = card[4 : min(i for i in (card.find("<h3>", 4), card.find("<h2>")) if i > 0)]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", card))


def test_the_trials_figures_on_the_no_added_card_are_read_beside_predicts() -> None:
    """Past trials' figures (33 in 100 died in 15 years) next to PREDICT's own (3 in 100 in 10).

    With the case's PREDICT figures on the card, one sentence right after the
    trials' figures says which is which; without them (not entered, or left
    out), there is nothing to compare, so no sentence.
    """
    from dataclasses import replace

    notes = {
        "en": (
            "Death from breast cancer within 15 years",
            "over 15 years, and some of them had chemo",
        ),
        "es": (
            "Muerte por cáncer de seno en 15 años",
            "a lo largo de 15 años, y algunas recibieron",
        ),
    }
    for name, code in itertools.product(
        ("luminal-a-early", "er-low-early", "her2-positive-early"), notes
    ):
        case = load_example(name)
        result = classify(case)
        hr_positive = name != "her2-positive-early"  # HR-negative: trials give no figure
        trials, note = notes[code]
        card = no_added_card(
            render_summary(result, case, audience="patient", meta=Meta(language=code)), code
        )
        assert (note in card) is hr_positive, (name, code)
        if hr_positive:
            after = card[card.index(trials) :]
            assert note in after.split("[")[1], (name, code)  # the next sentence, before a cite
            assert card.count(note) == 1
        bare = replace(case, prognosis=None)
        html = render_summary(classify(bare), bare, audience="patient", meta=Meta(language=code))
        assert note not in no_added_card(html, code), (name, code)
        left_out = Meta(language=code, show_survival=False)
        html = render_summary(result, case, audience="patient", meta=left_out)
        assert note not in no_added_card(html, code), (name, code)


def results_html(html: str) -> str:
    """The "Your results" table's HTML (the first with a 30 % wide "Test" column)."""
    table = html[html.index('<th width="30%">') :]
    return table[: table.index("</table>")]


def results_table(html: str) -> dict[str, tuple[str, str]]:
    """The patient's "Your results" table: test -> (her result, what it means), tags removed."""
    table = results_html(html)
    rows = re.findall(
        r'<tr><td class="label">(.*?)</td><td class="data">(.*?)</td><td class="data">(.*?)</td>',
        table,
    )
    clean = [re.sub(r"<sup.*?</sup>|<[^>]+>", "", cell).strip() for row in rows for cell in row]
    return {clean[i]: (clean[i + 1], clean[i + 2]) for i in range(0, len(clean), 3)}


#: The results rows the option cards depend on, and what they say, in each language.
RESULT_WORDS = {
    "en": {
        "pd-l1": "PD-L1 score",
        "brca": "BRCA gene test",
        "menopause": "Before or after menopause?",
        "from cut": "The score is 10 or more.",
        "below cut": "The score is below 10.",
        "no change": "no change was found",
        "not recorded": "not recorded",
        "after": "after",
        "ki-67": "How many of the cancer cells have Ki-67, a protein found in cells that are "
        "making new cells. A higher number means the cancer may grow faster.",
    },
    "es": {
        "pd-l1": "Puntaje de PD-L1",
        "brca": "Prueba del gen BRCA",
        "menopause": "¿Antes o después de la menopausia?",
        "from cut": "El puntaje es de 10 o más.",
        "below cut": "El puntaje es menor de 10.",
        "no change": "no se encontró ningún cambio",
        "not recorded": "no anotado",
        "after": "después",
        "ki-67": "Cuántas de las células del cáncer tienen Ki-67, una proteína que hay en las "
        "células que están haciendo células nuevas. Un número más alto quiere decir que el "
        "cáncer puede crecer más rápido.",
    },
}


@pytest.mark.parametrize("code", sorted(RESULT_WORDS))
@pytest.mark.parametrize("page", ["panel", "handout"])
def test_your_results_has_what_the_options_depend_on(code: str, page: str) -> None:
    """PD-L1 (when entered), inherited BRCA, menopause (where it matters), Ki-67's meaning."""
    from dataclasses import replace

    w = RESULT_WORDS[code]
    meta = Meta(language=code)

    def rows(case: CaseInputs) -> dict[str, tuple[str, str]]:
        result = classify(case)
        if page == "panel":
            return results_table(render_summary(result, case, audience="patient", meta=meta))
        return results_table(render_handout(result, case, audiences=("patient",), meta=meta))

    pdl1 = load_example("tnbc-metastatic-pdl1")  # CPS 12, BRCA negative, before menopause
    shown = rows(pdl1)
    assert shown[w["pd-l1"]][0] == "12"
    assert w["from cut"] in shown[w["pd-l1"]][1]
    assert shown[w["brca"]][0] == w["no change"]
    assert w["menopause"] not in shown  # spread, hormone receptor-negative: nothing depends on it
    low = replace(pdl1, context=replace(pdl1.context, pdl1_cps=5.0, germline_brca=None))
    shown = rows(low)
    assert shown[w["pd-l1"]][0] == "5"
    assert w["below cut"] in shown[w["pd-l1"]][1]
    assert shown[w["brca"]][0] == w["not recorded"]
    shown = rows(load_example("luminal-a-early"))  # no PD-L1, BRCA negative, after menopause
    assert w["pd-l1"] not in shown
    assert shown[w["menopause"]][0] == w["after"]
    assert shown["Ki-67"] == ("8 %", w["ki-67"])


@pytest.mark.parametrize("name", example_names())
def test_every_result_says_what_it_means_with_its_source(name: str) -> None:
    """No empty "What it means" cell (but "Has it spread?", which the kind of cancer explains)."""
    html = html_for(name, "patient")
    rows = results_table(html)
    assert {"ER", "PR", "HER2", "Ki-67", "BRCA gene test"} <= set(rows)
    for test, (_, meaning) in rows.items():
        assert meaning or test == "Has it spread?", test
    table = results_html(html)
    ki67 = table[table.index(">Ki-67<") :]
    assert '<sup class="cite">' in ki67[: ki67.index("</tr>")]  # the Ki-67 sentence cites


#: Each abbreviation a patient page may use, and the words that explain it (en, es).
EXPLAINED = {
    "FAC": (
        "FAC, in the side effects below, is a mix of 3 chemo drugs",
        "FAC, en los efectos secundarios de abajo, es una mezcla de 3 medicamentos",
    ),
    "PD-L1": (
        "PD-L1 is a protein on cancer cells",
        "PD-L1 es una proteína de las células del cáncer",
    ),
    "IHC": ("IHC and ISH are the two kinds of HER2 test", "IHC e ISH son los dos tipos de prueba"),
    "ISH": ("IHC and ISH are the two kinds of HER2 test", "IHC e ISH son los dos tipos de prueba"),
    "TAC": (
        "TAC is docetaxel, doxorubicin and cyclophosphamide",
        "TAC es docetaxel, doxorrubicina",
    ),
    "Ki-67": (
        "have Ki-67, a protein found in cells that are making new cells",
        "tienen Ki-67, una",
    ),
}


def abbreviation_cases() -> list[tuple[str, CaseInputs]]:
    from her2aid.core import casefile

    spread_tnbc = casefile.from_dict(  # PD-L1 not entered: first named on a card
        {
            "format": "her2aid-case/1",
            "er": {"percent": 0},
            "pr": {"percent": 0},
            "her2": {"ihc": "0-null"},
            "context": {"setting": "metastatic"},
        }
    )
    return [(name, load_example(name)) for name in example_names()] + [
        ("spread TNBC, no PD-L1", spread_tnbc)
    ]


@pytest.mark.parametrize(("name", "case"), abbreviation_cases())
@pytest.mark.parametrize("code", ["en", "es"])
def test_patient_pages_explain_their_abbreviations(name: str, case: CaseInputs, code: str) -> None:
    """FAC, PD-L1, IHC, ISH, Ki-67 explained where first used; no "drug conjugate", no NHS."""
    result = classify(case)
    meta = Meta(language=code)
    for page in (
        render_summary(result, case, audience="patient", meta=meta),
        render_handout(result, case, audiences=("patient",), meta=meta),
    ):
        text = prose(page[: page.rindex("<h2>")])  # the reference list (last) is bibliographic
        for unexplained in ("drug conjugate", "conjugado", "NHS"):
            assert unexplained not in text, (name, code, unexplained)
        # The results table's own label for the PD-L1 row is followed by its meaning.
        text = text.replace("PD-L1 score. ", "").replace("Puntaje de PD-L1. ", "")
        for term, words in EXPLAINED.items():
            first = re.search(rf"\b{re.escape(term)}\b", text)
            if first is None:
                continue
            explanation = words[code == "es"]
            assert explanation in text, (name, code, term)
            if term in ("FAC", "TAC", "PD-L1"):  # explained before its first use (on the cards)
                assert text.index(explanation) <= first.start() + len(term) + 40, (name, code, term)
                assert text.count(explanation) == 1, (name, code, term)


# --- Review 17 (content 1.7.0): cases as in /tmp/rv17 ---------------------------------


def rv17_case(
    er: int | None,
    pr: int,
    ihc: str,
    setting: str,
    menopause: str | None = None,
    *,
    pdl1: float | None = None,
    details: bool = False,
) -> CaseInputs:
    """A review 17 case: ER None means not recorded; ``details`` adds PREDICT's inputs."""
    from her2aid.core import casefile

    context: dict[str, object] = {"setting": setting}
    if menopause is not None:
        context["menopause"] = menopause
    if pdl1 is not None:
        context["pdl1_cps"] = pdl1
    data: dict[str, object] = {
        "format": "her2aid-case/1",
        "pr": {"percent": pr},
        "her2": {"ihc": ihc},
        "context": context,
    }
    if er is not None:
        data["er"] = {"percent": er}
    if details:
        data["prognosis"] = {
            "age": 50,
            "size_mm": 25,
            "nodes": 2,
            "grade": 2,
            "detection": "symptoms",
            "treatments": {"chemo": "third_gen", "endocrine": "5y", "bisphosphonates": True},
        }
    return casefile.from_dict(data)


def test_no_estimate_for_want_of_the_er_result_says_so() -> None:
    """Review 17 F6: ER not known, details entered: the ER result is what is missing."""
    case = rv17_case(None, 40, "1+", "early", "pre", details=True)
    result = classify(case)
    words = {
        "en": (
            "An estimate for women like you also needs your ER result.",
            "Once your ER result is known, the outlook section can show",
            "If your details are entered",
        ),
        "es": (
            "Un cálculo para mujeres como usted también necesita su resultado de RE.",
            "Cuando se sepa su resultado de RE, la sección del pronóstico puede mostrar",
            "Si se anotan sus datos",
        ),
    }
    for code, (outlook, card_hint, old) in words.items():
        html = render_summary(result, case, audience="patient", meta=Meta(language=code))
        text = prose(html)
        assert outlook in text, code
        assert card_hint in no_added_card(html, code), code
        assert old not in text, code
        assert "needs your age" not in text
    # Details missing, ER known: the old wording stays.
    from dataclasses import replace

    from her2aid.core.models import PrognosisCase

    known = replace(rv17_case(80, 40, "1+", "early", "pre"), prognosis=PrognosisCase(age=90))
    text = prose(render_summary(classify(known), known, audience="patient"))
    assert "A survival estimate needs your age" in text
    assert "also needs your ER result" not in text


def cards_in_order(text: str) -> list[str]:
    return re.findall(r"<h3>([^<]+)</h3>", text)


def card_text(html: str, name: str) -> str:
    """One card's text, from its heading to the next heading, tags removed."""
    card = html[html.index(f"<h3>{name}</h3>") + 4 :]
    card = card[: min(i for i in (card.find("<h3>"), card.find("<h2>")) if i > 0)]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", card))


def test_risk_judged_chemotherapy_stays_with_the_choice_in_full() -> None:
    """Review 17 F9: early HR+ chemo ("depending on the cancer's risk") with its PREDICT figure."""
    case = rv17_case(80, 40, "1+", "early", "post", details=True)
    result = classify(case)
    html = render_summary(result, case, audience="patient")
    names = cards_in_order(html)
    later = "Treatments that may fit later, or only in some cases"
    assert names.index("Chemotherapy") < names.index("No added treatment")
    assert "Chemotherapy" not in names[names.index(later) :] if later in names else True
    chemo = card_text(html, "Chemotherapy").lower()
    for row in (
        "hair loss",
        "numbness or tingling in the hands or feet (nerve damage); none had a severe form",
        "mouth sores",
        "heart failure",
    ):
        assert row in chemo, row
    assert "cold cap" in chemo or "scalp" in chemo  # the practical rows too
    es = render_summary(result, case, audience="patient", meta=Meta(language="es"))
    assert "nadie lo tuvo en forma grave en este estudio" in prose(es)


def test_a_card_with_a_predict_figure_keeps_all_its_rows_even_later() -> None:
    """Review 17 F9: equal detail for a PREDICT benefit, wherever the card is placed."""
    from her2aid.report.context import HarmView, OptionView, Said, _patient_order

    harms = [HarmView(f"harm {i}", f"{i} in 100", "", "", i > 3, "s", "") for i in range(1, 7)]
    practical = [Said(f"fact {i}", "s") for i in range(4)]
    base = OptionView(
        id="chemotherapy",
        name="Chemotherapy",
        applies=False,
        conditions=[[("if it comes back", "s")]],
        notes=[],
        evidence=[],
        what=Said("what", "s"),
        benefits=[Said("PREDICT figure", "predict-2017", True), Said("other", "s")],
        harms=harms,
        practical=practical,
    )
    (cut,) = _patient_order([base])
    assert cut.later
    assert len(cut.harms) < len(harms)
    (full,) = _patient_order([replace_option(base, predict_figure=True)])
    assert full.later
    assert full.harms == harms
    assert full.practical == practical
    assert full.benefits == base.benefits


def replace_option(option: object, **changes: object) -> object:
    from dataclasses import replace

    return replace(option, **changes)  # type: ignore[type-var]


def test_er_pending_keeps_the_hormone_options_with_the_choice() -> None:
    """Review 17 F10: ER not known, PR positive: not "no added treatment" alone up front."""
    case = rv17_case(None, 40, "1+", "early", "pre")
    result = classify(case)
    for code, sentence, hormone, none in (
        (
            "en",
            "Most of the treatments below depend on your ER result, which is not known yet.",
            "Hormone treatment",
            "No added treatment",
        ),
        (
            "es",
            "La mayoría de los tratamientos de abajo dependen de su resultado de RE",
            "Tratamiento hormonal",
            "Ningún tratamiento añadido",
        ),
    ):
        html = render_summary(result, case, audience="patient", meta=Meta(language=code))
        names = cards_in_order(html)
        assert names.index(hormone) < names.index(none), code
        text = prose(html)
        assert sentence in text, code
        assert html.index(sentence) < html.index(f"<h3>{hormone}</h3>"), code
        card = card_text(html, hormone)
        assert card.count(" in 100") + card.count(" de cada 100") >= 4, code  # not cut to 3 rows
    # ER known: no such sentence.
    known = rv17_case(80, 40, "1+", "early", "pre")
    assert "depend on your ER result" not in prose(
        render_summary(classify(known), known, audience="patient")
    )


def test_pdl1_row_only_for_triple_negative_worded_by_setting() -> None:
    """Review 17 F3: KEYNOTE-355 when spread, KEYNOTE-522 (any score) when early; else no row."""
    words = {
        "en": {
            "row": "PD-L1 score",
            "spread": "So an immune drug can be added to your first chemo.",
            "spread below": "An immune drug is added to first chemo only when the score is 10 or",
            "early": "Before surgery, the immune drug is given with chemo whatever the score.",
        },
        "es": {
            "row": "Puntaje de PD-L1",
            "spread": "Por eso se puede añadir un medicamento inmunitario a su primera quimio.",
            "spread below": "Un medicamento inmunitario se añade a la primera quimio solo cuando",
            "early": "Antes de la cirugía, el medicamento inmunitario se da con la quimio",
        },
    }
    for code, w in words.items():
        meta = Meta(language=code)

        def rows(case: CaseInputs, meta: Meta = meta) -> dict[str, tuple[str, str]]:
            html = render_summary(classify(case), case, audience="patient", meta=meta)
            return results_table(html)

        assert w["spread"] in rows(rv17_case(0, 0, "0", "metastatic", pdl1=12))[w["row"]][1]
        below = rows(rv17_case(0, 0, "0", "metastatic", pdl1=5))[w["row"]][1]
        assert w["spread below"] in below, code
        early = rows(rv17_case(0, 0, "0", "early", "pre", pdl1=12))[w["row"]][1]
        assert w["early"] in early, code
        assert "spread, an immune drug" not in early
        for other in (
            rv17_case(90, 50, "1+", "metastatic", "post", pdl1=12),  # HR+
            rv17_case(0, 0, "3+", "metastatic", pdl1=12),  # HER2+
        ):
            assert w["row"] not in rows(other), code


def test_brca_row_promises_no_treatment_for_her2_positive() -> None:
    """Review 17 F4: a PARP inhibitor is for HER2-negative cancer only."""
    for code, opens, her2_pos in (
        ("en", "The result can open up one more kind of treatment.",
         "It does not change the drugs for this kind of cancer."),
        ("es", "El resultado puede abrir la puerta a otro tipo de tratamiento.",
         "No cambia los medicamentos para este tipo de cáncer."),
    ):  # fmt: skip
        brca = RESULT_WORDS[code]["brca"]
        for case, positive in (
            (rv17_case(None, 40, "3+", "metastatic", "post"), True),
            (rv17_case(0, 30, "3+", "metastatic", "pre"), True),
            (rv17_case(80, 40, "1+", "early", "post"), False),
        ):
            html = render_summary(
                classify(case), case, audience="patient", meta=Meta(language=code)
            )
            meaning = results_table(html)[brca][1]
            assert (her2_pos in meaning) is positive, code
            assert (opens in meaning) is not positive, code


def test_er_unknown_pr_positive_is_not_told_hormone_treatment_works_well() -> None:
    """Review 17 F5: its own answer; the HER2 sentence follows."""
    for case, her2_words in (
        (rv17_case(None, 40, "1+", "early", "pre"), "Being HER2-low does not change your"),
        (rv17_case(None, 40, "3+", "metastatic", "post"), "drugs that target HER2"),
    ):  # fmt: skip
        html = render_summary(classify(case), case, audience="patient")
        answer = answer_of(html)
        assert "Your ER result is not known yet." in answer
        assert "so your team needs it before planning treatment" in answer
        assert her2_words in answer
        assert "works well against it" not in answer
        assert "hormone treatment can help too" not in answer
        es = prose(
            render_summary(classify(case), case, audience="patient", meta=Meta(language="es"))
        )
        assert "Todavía no se sabe su resultado de RE." in es


def test_tac_is_named_once_and_menopause_row_has_both_reasons() -> None:
    """Review 17 F13a (TAC's drugs, docetaxel label section 2) and F13b (menopause row)."""
    case = rv17_case(80, 40, "1+", "early", "pre")
    html = render_summary(classify(case), case, audience="patient")
    text = prose(html)
    assert text.count("TAC is docetaxel, doxorubicin and cyclophosphamide.") == 1
    assert text.index("TAC is docetaxel") < text.index("people who had TAC")
    meaning = results_table(html)[RESULT_WORDS["en"]["menopause"]][1]
    assert "Drugs to make bones strong help only after menopause." in meaning
    assert "Some hormone pills work only after menopause" in meaning
    assert meaning.count("Some drugs depend on it.") == 1
    es = render_summary(classify(case), case, audience="patient", meta=Meta(language="es"))
    assert "TAC es docetaxel, doxorrubicina y ciclofosfamida." in prose(es)
    tnbc = rv17_case(0, 0, "0", "early", "pre")
    meaning = results_table(render_summary(classify(tnbc), tnbc, audience="patient"))[
        RESULT_WORDS["en"]["menopause"]
    ][1]
    assert "Some hormone pills" not in meaning
