"""Page header and page breaks as a clinic prints them (issue 16, points 14-17 and 19)."""

from __future__ import annotations

import re
import unicodedata
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
    assert names_problem("Jane \u2605 Doe", "") == ""  # a symbol the bundled font has
    problem = names_problem("Ann \U0001f469\u200d\u2695\ufe0f Lee", "")
    assert "patient name" in problem
    assert "U+1F469" in problem
    assert "keep as text" in problem  # beyond U+FFFF: refused whatever fonts the machine has
    assert "clinic name" in names_problem("", "Clinic \U0001fae0")
    # A character inside U+FFFF that no font here draws (rare scripts: Vai, Yi, Ethiopic,
    # Cherokee, Meetei Mayek; a machine with a font for every one of them fails this test).
    boxes = [names_problem(f"Ann {c} Lee", "") for c in "\ua500\ua000\u1200\u13a0\uabc0"]
    problem = next(p for p in boxes if p)
    assert problem.startswith("The patient name has characters the handout cannot print")
    assert "empty boxes" in problem


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


#: Names the handout accepts, and which must come back whole from the PDF's text.
ROUND_TRIP_NAMES = {
    "accented": "Zoë Ångström-Núñez, MRN 0042",
    "accent marks typed apart": "Jose\u0301 Nu\u0303n\u0303ez",
    "Vietnamese": "Nguyễn Thị Minh Khai",
    "Chinese": "王小明",
    "Arabic": "محمد عبد الله",
    "Hebrew": "דוד כהן 1957",
    "mixed scripts": "Wang 王小明 محمد Lee, MRN 12345",
    "symbols the font has": "Jane ★ Doe ☺",
}


def text_layer_form(text: str) -> str:
    """``text`` as a PDF's text can be compared: NFKC (pdftotext gives Arabic as
    presentation forms), without direction marks or spaces (pdftotext adds embedding
    marks around right-to-left runs and places the spaces next to them by position)."""
    import unicodedata

    marks = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))
    marks.update(dict.fromkeys(range(0x2066, 0x206A)))
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).translate(marks))


#: Names whose script the bundled DejaVu Sans lacks: printed with a system font where the
#: machine has one (most desktops), refused, naming the characters, where it has none
#: (a minimal system). Either way nothing is printed as a box or lost.
NEEDS_A_SYSTEM_FONT = {"Chinese", "mixed scripts"}


@pytest.mark.parametrize(("kind", "name"), ROUND_TRIP_NAMES.items(), ids=ROUND_TRIP_NAMES.keys())
def test_an_accepted_name_comes_back_whole_from_the_pdfs_text(
    handout_app: Any, tmp_path: Path, kind: str, name: str
) -> None:
    """What search, copy and screen readers get: every character, in order (issue 16, point 19)."""
    import subprocess

    from tools import require_tool

    pdftotext = require_tool("pdftotext")
    problem = names_problem(name, name, clinic_contact=name)
    if kind in NEEDS_A_SYSTEM_FONT and problem:
        assert problem.startswith("The patient name has characters the handout cannot print")
        assert "\u738b U+738B" in problem  # the first character no font here has, named
        return
    assert problem == ""
    result, inputs = case("her2-positive-early")
    meta = Meta(
        generated_on=date(2026, 12, 3),
        patient_name=name,
        clinic_name=f"Clinic {name}",
        clinic_contact=f"Desk {name}",
    )
    out = tmp_path / "handout.pdf"
    export_handout(out, result, inputs, audiences=("patient",), paper="A4", meta=meta)
    text = subprocess.run(
        [pdftotext, "-enc", "UTF-8", str(out), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout
    header = next(line for line in text.splitlines() if "Patient:" in line)
    right_to_left = any(unicodedata.bidirectional(c) in ("R", "AL") for c in name)
    if right_to_left:
        # pdftotext rebuilds the reading order from where the glyphs are, and may put a
        # number or the "·" next to a right-to-left run on its other side: each word whole.
        for word in name.split():
            assert text_layer_form(word) in text_layer_form(header), (word, header)
            assert text_layer_form(word) in text_layer_form(text.replace(header, "")), word
    else:
        assert text_layer_form(f"Patient: {name}") in text_layer_form(header), header
        for printed in (f"Clinic {name}", f"Desk {name}"):
            assert text_layer_form(printed) in text_layer_form(text), printed


def test_qts_pdf_writer_keeps_no_text_beyond_u_ffff(handout_app: Any, tmp_path: Path) -> None:
    """Why names_problem refuses characters beyond U+FFFF the fonts can print
    (TEXT_LAYER_LAST). If this fails, Qt now keeps them: relax the rule."""
    import subprocess

    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainter, QPdfWriter

    from tools import require_tool

    pdftotext = require_tool("pdftotext")
    out = tmp_path / "probe.pdf"
    writer = QPdfWriter(str(out))
    painter = QPainter(writer)
    painter.setFont(QFont(register_fonts(), 12))
    painter.drawText(QPointF(100, 300), "<\u2605|\U0001f600|\u263a>")  # all in DejaVu Sans
    painter.end()
    text = subprocess.run(
        [pdftotext, "-enc", "UTF-8", str(out), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout
    assert "<\u2605||\u263a>" in re.sub(r"\s+", "", text), text  # printed, but not as text


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Jane \U0001f600 Doe", "\U0001f600 U+1F600"),  # the bundled font draws this emoji
        ("Jane \U0001d400 Doe", "\U0001d400 U+1D400"),  # a mathematical letter a system font has
        ("Jane \ue000 Doe", "U+E000"),  # private use: no character to keep
    ],
    ids=["emoji", "mathematical letter", "private use"],
)
def test_a_name_the_pdf_would_not_keep_as_text_is_refused(
    handout_app: Any, tmp_path: Path, name: str, shown: str
) -> None:
    """Printed but missing from the PDF's text ("Jane  Doe" to pdftotext): refused, named."""
    for problem, field in (
        (names_problem(name, ""), "patient name"),
        (names_problem("", name), "clinic name"),
        (names_problem("", "", clinic_contact=name), "care team contact"),
    ):
        assert problem.startswith(f"The {field} has characters the PDF cannot keep as text")
        assert shown in problem
        assert "screen reader" in problem
        assert "\n" not in problem
    result, inputs = case("her2-positive-early")
    meta = Meta(generated_on=date(2026, 12, 3), patient_name=name)
    with pytest.raises(ExportError, match=re.escape(shown)):
        export_handout(
            tmp_path / "x.pdf", result, inputs, audiences=("patient",), paper="A4", meta=meta
        )
    assert list(tmp_path.iterdir()) == []
