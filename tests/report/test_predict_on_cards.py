"""A treatment's card leads with PREDICT's figure for the case, the table's own number (issue 14).

The outlook table says "+ Chemotherapy: 14 more" alive at 10 years; the
chemotherapy card above it must say the same 14, not a different rounding,
and in the clinician view the same "+14.0". Checked on a grid of cases
(every kind of early cancer that PREDICT counts a treatment for, young and
old, small and large, node-negative and positive, grade 1 and 3), in English
and Spanish, and gone when survival figures are left out.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest

from her2aid.core import casefile
from her2aid.core.classify import classify
from her2aid.core.examples import load_example
from her2aid.core.models import CaseInputs
from her2aid.report.context import Meta
from her2aid.report.render import render_handout, render_summary

from .prose import prose

RECEPTORS = {  # er %, pr %, HER2
    "luminal": (90, 60, {"ihc": "0-null"}),
    "er_low": (5, 0, {"ihc": "1+"}),
    "hr_pos_her2_pos": (80, 10, {"ihc": "3+"}),
    "hr_neg_her2_pos": (0, 0, {"ihc": "3+"}),
    "tnbc": (0, 0, {"ihc": "0-null"}),
}
PEOPLE = (  # age, menopause
    (36, "pre"),
    (52, "post"),
    (74, "post"),
)
TUMOURS = (  # size mm, nodes, grade
    (8, 0, 1),
    (24, 2, 2),
    (45, 6, 3),
)
TREATMENTS = (
    {"chemo": "third_gen", "endocrine": "5y", "trastuzumab": True, "bisphosphonates": True},
    {"chemo": "second_gen", "endocrine": "10y", "trastuzumab": False, "bisphosphonates": False},
)
GRID = list(itertools.product(RECEPTORS, PEOPLE, TUMOURS, range(len(TREATMENTS))))

#: The card's words for each table row, in each language.
CARD = {
    "en": (
        r"PREDICT estimates that (hormone treatment|chemo|trastuzumab|this drug) adds "
        r"(\d+|less than 1) more to the number alive after 10 years"
    ),
    "es": (
        r"PREDICT calcula que (el tratamiento hormonal|la quimio|el trastuzumab|este medicamento) "
        r"suma (\d+|menos de 1) más al número de mujeres vivas a los 10 años"
    ),
}
ROW_OF = {
    "hormone treatment": "Hormone treatment",
    "chemo": "Chemotherapy",
    "trastuzumab": "Trastuzumab",
    "this drug": "Bisphosphonates",
    "el tratamiento hormonal": "Tratamiento hormonal",
    "la quimio": "Quimioterapia",
    "el trastuzumab": "Trastuzumab",
    "este medicamento": "Bifosfonatos",
}
MORE = {"en": (" more", "less than 1"), "es": (" más", "menos de 1")}


def grid_case(
    kind: str, person: tuple[int, str], tumour: tuple[int, int, int], plan: int
) -> CaseInputs:
    er, pr, her2 = RECEPTORS[kind]
    (age, menopause), (size, nodes, grade) = person, tumour
    data: dict[str, Any] = {
        "format": "her2aid-case/1",
        "er": {"percent": er},
        "pr": {"percent": pr},
        "her2": her2,
        "ki67_percent": 30,
        "context": {"setting": "early", "menopause": menopause},
        "prognosis": {
            "age": age,
            "size_mm": size,
            "nodes": nodes,
            "grade": grade,
            "detection": "symptoms",
            "treatments": TREATMENTS[plan],
        },
    }
    return casefile.from_dict(data)


def table_at_10_years(html: str) -> dict[str, str]:
    """The outlook table's "+ treatment" rows: label (without its detail) -> 10-year cell."""
    rows = re.findall(r'<tr><td class="data">\+ ([^<(]+?)(?: \([^<]*\))?</td>(.*?)</tr>', html)
    return {label: re.findall(r'<td class="data">([^<]*)</td>', cells)[1] for label, cells in rows}


def card_figures(html: str, code: str) -> dict[str, str]:
    """Each card's lead PREDICT figure, by the table row it names."""
    text = prose(html)
    return {ROW_OF[name]: n for name, n in re.findall(CARD[code], text)}


@pytest.mark.parametrize(("kind", "person", "tumour", "plan"), GRID)
def test_each_card_shows_the_tables_own_number(
    kind: str, person: tuple[int, str], tumour: tuple[int, int, int], plan: int
) -> None:
    case = grid_case(kind, person, tumour, plan)
    result = classify(case)
    for code in ("en", "es"):
        html = render_summary(result, case, audience="patient", meta=Meta(language=code))
        table = table_at_10_years(html)
        cards = card_figures(html, code)
        assert table, "the case has a PREDICT table"
        more, below_one = MORE[code]
        cards_in_table = {row for row in cards if row in table}
        assert cards_in_table == set(cards), (code, cards, table)  # no figure without its row
        for row, n in cards.items():
            cell = table[row]
            assert cell == (f"{below_one}{more}" if n == below_one else f"{n}{more}"), (code, row)
        # Every row whose treatment has a card on the page leads that card.
        shown_options = {o.id for o in result.options}
        expected = {
            "Hormone treatment" if code == "en" else "Tratamiento hormonal": "endocrine_therapy",
            "Chemotherapy" if code == "en" else "Quimioterapia": "chemotherapy",
            "Trastuzumab": "anti_her2_therapy",
            "Bisphosphonates" if code == "en" else "Bifosfonatos": "bisphosphonates",
        }
        for row in table:
            assert (row in cards) is (expected[row] in shown_options), (code, row)
    clinician = render_summary(result, case, audience="clinician")
    cells = table_at_10_years(clinician)
    lines = dict(
        re.findall(
            r"PREDICT, this case, ([^<(:]+?)(?: \([^<:]*\))?: \+([\d.]+) percentage points",
            clinician,
        )
    )
    assert set(lines) <= set(cells), (lines, cells)
    for row, n in lines.items():
        assert cells[row] == f"+{n}", row
    clinician_rows = {
        "Endocrine therapy": "endocrine_therapy",
        "Chemotherapy": "chemotherapy",
        "Trastuzumab": "anti_her2_therapy",
        "Bisphosphonates": "bisphosphonates",
    }
    for row in cells:
        assert (row in lines) is (clinician_rows[row] in shown_options), row


def test_the_figure_leads_the_card_and_replaces_the_pointer_to_predict() -> None:
    case = load_example("her2-positive-early")
    text = prose(render_summary(classify(case), case, audience="patient"))
    chemo = text[text.index("Drugs that attack cancer cells throughout the body") :]
    helps = chemo[chemo.index("How it may help:") :]
    assert helps.startswith(
        "How it may help: Out of 100 women like you, PREDICT estimates that chemo adds 14"
    )
    assert "A tool called PREDICT can estimate" not in helps.split("Side effects:")[0]


def test_the_figures_go_with_the_other_survival_figures_and_the_pointer_comes_back() -> None:
    case = load_example("her2-positive-early")
    result = classify(case)
    for code, figure, pointer in (
        ("en", "PREDICT estimates that chemo adds", "A tool called PREDICT can estimate"),
        ("es", "PREDICT calcula que la quimio suma", "Una herramienta llamada PREDICT puede"),
    ):
        meta = Meta(language=code, show_survival=False)
        for html in (
            render_summary(result, case, audience="patient", meta=meta),
            render_handout(result, case, audiences=("patient",), meta=meta),
        ):
            text = prose(html)
            assert figure not in text, code
            assert pointer in text, code  # "How it may help" is never left empty


def test_a_card_without_a_predict_row_keeps_its_own_words() -> None:
    """Luminal A, chemotherapy not planned: no row, so no figure on the chemotherapy card."""
    case = load_example("luminal-a-early")
    text = prose(render_summary(classify(case), case, audience="patient"))
    assert "chemo adds" not in text
    assert "How much it helps depends on the cancer and on you." in text
    assert "hormone treatment adds 1 more to the number alive after 10 years." in text


def _predict_case(menopause: str | None, endocrine: str = "5y") -> CaseInputs:
    """Review 17's PREDICT card case: age 50, 25 mm, 2 nodes, grade 2, ER 80/PR 40/HER2 1+."""
    context: dict[str, Any] = {"setting": "early"}
    if menopause is not None:
        context["menopause"] = menopause
    return casefile.from_dict(
        {
            "format": "her2aid-case/1",
            "er": {"percent": 80},
            "pr": {"percent": 40},
            "her2": {"ihc": "1+"},
            "context": context,
            "prognosis": {
                "age": 50,
                "size_mm": 25,
                "nodes": 2,
                "grade": 2,
                "detection": "symptoms",
                "treatments": {
                    "chemo": "third_gen",
                    "endocrine": endocrine,
                    "trastuzumab": False,
                    "bisphosphonates": True,
                },
            },
        }
    )


def test_each_figure_says_what_it_is_added_on_top_of() -> None:
    """Review 17 F1: a cell is incremental over the rows above it, and the card says so."""
    case = _predict_case("post")
    result = classify(case)
    text = prose(render_summary(result, case, audience="patient"))
    assert re.search(r"hormone treatment adds \d+ more to the number alive after 10 years\.", text)
    assert re.search(
        r"chemo adds \d+ more to the number alive after 10 years, on top of hormone treatment\.",
        text,
    )
    assert re.search(
        r"this drug adds \d+ more to the number alive after 10 years, "
        r"on top of hormone treatment and chemo\.",
        text,
    )
    es = prose(render_summary(result, case, audience="patient", meta=Meta(language="es")))
    assert "además del tratamiento hormonal y la quimio." in es
    clinician = prose(render_summary(result, case, audience="clinician"))
    assert "(incremental, over endocrine therapy)." in clinician
    assert "(incremental, over endocrine therapy and chemotherapy)." in clinician
    assert "Bisphosphonates adds" not in clinician
    # Without hormone treatment, chemo is the first row: nothing above it.
    bare = _predict_case("post", endocrine="none")
    text = prose(render_summary(classify(bare), bare, audience="patient"))
    assert re.search(r"chemo adds \d+ more to the number alive after 10 years\.", text)


def test_bisphosphonate_figure_is_conditional_when_menopause_is_not_recorded() -> None:
    """Review 17 F8: the table counts bisphosphonates; the card: the figure is after menopause."""
    case = _predict_case(None)
    result = classify(case)
    html = render_summary(result, case, audience="patient")
    text = prose(html)
    assert "Bisphosphonates" in table_at_10_years(html)  # the table still counts it
    assert re.search(
        r"If you have gone through menopause: out of 100 women like you, PREDICT estimates "
        r"that this drug adds \d+ more",
        text,
    )
    es = prose(render_summary(result, case, audience="patient", meta=Meta(language="es")))
    assert "Si ya pasó por la menopausia: de cada 100 mujeres como usted" in es
    clinician = prose(render_summary(result, case, audience="clinician"))
    assert "if postmenopausal (menopausal status not recorded)" in clinician
    post = _predict_case("post")
    text = prose(render_summary(classify(post), post, audience="patient"))
    assert "If you have gone through menopause: out of 100" not in text
