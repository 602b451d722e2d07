"""Page header and page breaks as a clinic prints them (issue 16, points 14-17 and 19)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pdfcheck import META, MakePdf, case
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QFont, QFontMetricsF, QTextBlock, QTextLayout

from her2aid.core import casefile
from her2aid.core.classify import classify
from her2aid.core.examples import example_names
from her2aid.pdf.handout import ExportError, export_handout, lay_out, names_problem
from her2aid.pdf.layout import LRM, MIN_LAST_PAGE_SHARE, Frame, PagedHandout, Running
from her2aid.qtbase.fonts import register_fonts
from her2aid.report.context import Meta

PAPERS = {"A4": QSizeF(595.28, 841.89), "Letter": QSizeF(612, 792)}
LONG_CLINIC = "Department of Breast Oncology and Reconstructive Surgery, St Elsewhere Hospital"
LONG_PATIENT = "Maria-Fernanda de los Santos Oliveira y Castellanos-Vasquez, MRN 0012345678"

#: The tester's case: early HR+/HER2-low, age 55, 25 mm, 2 nodes, grade 2.
EARLY_HER2_LOW = casefile.from_dict(
    {
        "format": "her2aid-case/1",
        "er": {"percent": 90},
        "pr": {"percent": 60},
        "her2": {"ihc": "1+"},
        "ki67_percent": 20,
        "context": {"setting": "early", "menopause": "post"},
        "prognosis": {
            "age": 55,
            "size_mm": 25,
            "nodes": 2,
            "grade": 2,
            "detection": "symptoms",
            "treatments": {"chemo": "third_gen", "endocrine": "10y", "bisphosphonates": True},
        },
    }
)


def laid_out(name: str, paper: str, audiences: tuple[str, ...], meta: Meta = META) -> Any:
    result, inputs = (classify(EARLY_HER2_LOW), EARLY_HER2_LOW) if name == "early" else case(name)
    return lay_out(Frame.for_sheet(PAPERS[paper]), result, inputs, audiences=audiences, meta=meta)


def part_ends(handout: PagedHandout) -> list[float]:
    """Where the text of each part ends (96 dpi pixels, pages stacked)."""
    starts = [p * handout.page_height for p in handout.part_starts[1:]] + [float("inf")]
    ends = [0.0] * len(starts)
    for item in handout.top_level_items():
        if isinstance(item, QTextBlock) and not item.text().strip():
            continue
        rect = handout.item_rect(item)
        part = next(k for k, s in enumerate(starts) if rect.top() < s)
        ends[part] = max(ends[part], rect.bottom())
    return ends


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("name", ["early", *example_names()])
def test_no_part_ends_on_a_page_with_almost_nothing_on_it(
    handout_app: Any, name: str, paper: str
) -> None:
    handout = laid_out(name, paper, ("patient", "clinician"))
    height = handout.page_height
    for end in part_ends(handout):
        last_page = int((end - 1) // height)
        if last_page in handout.part_starts:
            continue  # a one-page part
        assert end - last_page * height >= MIN_LAST_PAGE_SHARE * height * 0.99, (name, end)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_a_reference_is_never_split_from_its_number(handout_app: Any, paper: str) -> None:
    handout = laid_out("early", paper, ("clinician",))
    height = handout.page_height
    seen = 0
    for item in handout.top_level_items():
        if isinstance(item, QTextBlock) and re.match(r"\[\d+\] ", item.text()):
            rect = handout.item_rect(item)
            assert int(rect.top() // height) == int((rect.bottom() - 1) // height), item.text()
            seen += 1
    assert seen >= 10


def test_the_outlook_heading_and_its_caution_stay_with_the_table(make_pdf: MakePdf) -> None:
    """er-low-early: the heading and its ER-low caution used to end page 2, the table on page 3."""
    pdf = make_pdf("er-low-early", audiences=("patient",))
    (page,) = [p for p in pdf.pages if "How treatment may change the outlook" in p]
    assert "Women alive after" in page
    assert "Surgery alone" in page


def test_each_part_names_itself_in_the_header(make_pdf: MakePdf) -> None:
    pdf = make_pdf("her2-positive-early", audiences=("patient", "clinician"))
    patient = [p for p in pdf.pages if "Patient summary" in p]
    clinician = [p for p in pdf.pages if "Clinician summary" in p]
    assert patient
    assert clinician
    assert len(patient) + len(clinician) == len(pdf.pages)
    assert pdf.pages.index(clinician[0]) == len(patient)  # the parts in print order
    assert "Page 1 of" in clinician[0]


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_a_long_patient_name_is_never_cut(make_pdf: MakePdf, paper: str) -> None:
    meta = Meta(generated_on=META.generated_on, clinic_name=LONG_CLINIC, patient_name=LONG_PATIENT)
    pdf = make_pdf(
        "her2-positive-early", audiences=("patient", "clinician"), paper=paper, meta=meta
    )
    for page in pdf.pages:
        assert f"Patient: {LONG_PATIENT}" in page  # with its record number at the end
        assert META.generated_on.isoformat() in page
    laid = laid_out("her2-positive-early", paper, ("patient",), meta)
    assert laid.header_lines == 2
    short = laid_out("her2-positive-early", paper, ("patient",))
    assert short.header_lines == 1
    assert laid.page_height < short.page_height  # the body starts below the taller header


def test_a_right_to_left_name_cannot_reorder_the_header(handout_app: Any) -> None:
    running = Running(clinic="", patient="محمد عبد الله", date="2026-12-03", versions="")
    text = running.header_right()
    assert f"Patient: {LRM}محمد عبد الله{LRM}" in text
    metrics = QFontMetricsF(QFont(register_fonts()))
    missing = [f"U+{ord(c):04X}" for c in text if not metrics.inFontUcs4(ord(c))]
    assert missing == []  # else Qt takes the glyph from whatever system font has it
    layout = QTextLayout(text, QFont(register_fonts()))
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    date_at = text.index("2026")
    name_at = text.index("محمد")
    x = line.cursorToX
    assert x(text.index("Patient"))[0] < x(name_at)[0] < x(date_at)[0]  # reading order kept
    assert x(date_at)[0] < x(date_at + 5)[0]  # the date left to right, as printed


def test_names_a_font_cannot_print_are_refused_naming_the_characters(handout_app: Any) -> None:
    assert names_problem("Ann Lee, MRN 123", "Zoë's Clinic") == ""
    assert names_problem("محمد عبد الله", "") == ""
    assert names_problem("Jane 😀 Doe", "") == ""  # the bundled font has this one
    problem = names_problem("Ann \U0001f469\u200d\u2695\ufe0f Lee", "")
    assert "patient name" in problem
    assert "U+1F469" in problem
    assert "empty boxes" in problem
    assert "clinic name" in names_problem("", "Clinic \U0001fae0")


def test_export_refuses_an_unprintable_name_and_writes_nothing(
    handout_app: Any, tmp_path: Path
) -> None:
    result, inputs = case("her2-positive-early")
    meta = Meta(generated_on=date(2026, 12, 3), patient_name="Ann \U0001fae0")
    with pytest.raises(ExportError, match="U\\+1FAE0"):
        export_handout(
            tmp_path / "x.pdf", result, inputs, audiences=("patient",), paper="A4", meta=meta
        )
    assert list(tmp_path.iterdir()) == []
