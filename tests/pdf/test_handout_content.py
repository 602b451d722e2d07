"""What the exported handout says: read back from the PDF with pypdf."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from pdfcheck import META, MakePdf, bare, case, expected, squash
from PySide6.QtCore import QSizeF

from her2aid import __version__
from her2aid.core import content
from her2aid.core.examples import example_names
from her2aid.pdf.handout import lay_out
from her2aid.pdf.layout import DISCLAIMER, Frame

EXAMPLES = example_names()
#: Those a reviewer should look at first: one of each subtype, a pending result,
#: a metastatic case with many options and the ISH work-up.
REPRESENTATIVE = [
    "her2-positive-early",
    "hr-positive-her2-low-metastatic",
    "her2-ultralow-metastatic",
    "tnbc-metastatic-pdl1",
    "tnbc-early",
    "ihc2-pending-ish",
    "ish-group4-recount-negative",
    "luminal-a-early",
]


def versions() -> str:
    c = content.load()
    return (
        f"her2aid {__version__} · ruleset {c.ruleset.version} ({c.ruleset.date}) · "
        f"content {c.about.content_version} ({c.about.content_date})"
    )


def assert_cited(citation: str, flat: str) -> None:
    """The citation's start and end are in the text.

    Only its two ends, because a citation split by a page break is followed,
    at the top of the next page, by a clipped (invisible) copy of the line
    above the break: Qt draws every line of a table cell the page crosses.
    """
    text = bare(citation)
    assert text[:40] in flat, citation
    assert text[-30:] in flat, citation


@pytest.mark.parametrize("name", REPRESENTATIVE)
def test_patient_handout_says_what_the_summary_says(make_pdf: MakePdf, name: str) -> None:
    pdf = make_pdf(name, audiences=("patient",))
    want = expected(name, "patient")
    text, flat = pdf.text, bare(pdf.body(META))
    assert squash(want["headline"]) in text
    for option in want["options"]:
        assert squash(option) in text, option
    assert want["references"]
    for citation in want["references"]:
        assert_cited(citation, flat)
    assert "Receptor status summary" not in text  # patient pages only


@pytest.mark.parametrize("name", REPRESENTATIVE)
def test_clinician_summary_has_subtype_options_trace_and_references(
    make_pdf: MakePdf, name: str
) -> None:
    pdf = make_pdf(name, audiences=("clinician",))
    want = expected(name, "clinician")
    text, flat = pdf.text, bare(pdf.body(META))
    assert bare(want["headline"]) in flat
    assert squash(want["subtype"]) in text
    for option in want["options"]:
        assert bare(option) in flat, option
    for step in want["trace"]:
        assert bare(step) in flat, step
    for citation in want["references"]:
        assert_cited(citation, flat)


@pytest.mark.parametrize("name", EXAMPLES)
def test_every_page_has_header_and_footer(make_pdf: MakePdf, name: str) -> None:
    pdf = make_pdf(name, audiences=("patient", "clinician"))
    n = len(pdf.pages)
    assert 2 <= n <= 22  # both parts; see test_page_counts_are_sane
    # Each part is numbered on its own: the patient is handed "Page 1 of 3" to "3 of 3".
    first = next(i for i, page in enumerate(pdf.pages) if "Receptor status summary" in page)
    labels = [f"Page {i} of {first}" for i in range(1, first + 1)]
    labels += [f"Page {i} of {n - first}" for i in range(1, n - first + 1)]
    for label, page in zip(labels, pdf.pages, strict=True):
        assert label in page
        assert DISCLAIMER in page
        assert versions() in page
        assert META.clinic_name in page
        assert f"Patient: {META.patient_name}" in page
        assert META.generated_on.isoformat() in page


@pytest.mark.parametrize("name", EXAMPLES)
def test_the_clinician_part_starts_on_a_new_page(make_pdf: MakePdf, name: str) -> None:
    pages = make_pdf(name, audiences=("patient", "clinician")).pages
    first = next(i for i, page in enumerate(pages) if "Receptor status summary" in page)
    assert first > 0
    assert "Your breast cancer test results" in pages[0]
    assert all("Your breast cancer test results" not in page for page in pages[first:])
    # The patient part's last words stay on the pages before.
    assert "Where this information comes from" not in " ".join(pages[first:])


def test_page_counts_are_sane(make_pdf: MakePdf) -> None:
    for name in EXAMPLES:
        patient = len(make_pdf(name, audiences=("patient",)).reader.pages)
        both = len(make_pdf(name, audiences=("patient", "clinician")).reader.pages)
        # Since content 1.3.0 every option carries its side effects and daily life (IPDAS):
        # the longest patient part is 11 pages (metastatic HR+ with HER2-low or ultralow, with
        # 11 options), about 2.5 of them the sources; the clinician part adds the trace.
        assert 1 <= patient <= 12, name
        assert patient < both <= patient + 12, name


@pytest.mark.parametrize(
    ("name", "paper"),
    [(name, "A4") for name in EXAMPLES] + [(name, "Letter") for name in REPRESENTATIVE[:3]],
)
def test_no_text_is_lost_between_the_layout_and_the_pdf(
    make_pdf: MakePdf, name: str, paper: str
) -> None:
    """Every word the laid-out document holds is in the PDF, as often as there."""
    result, inputs = case(name)
    audiences = ("patient", "clinician")
    size = {"A4": QSizeF(595.28, 841.89), "Letter": QSizeF(612, 792)}[paper]
    handout = lay_out(Frame.for_sheet(size), result, inputs, audiences=audiences, meta=META)
    words = Counter(re.findall(r"\w+", squash(handout.document.toPlainText())))
    in_pdf = Counter(re.findall(r"\w+", make_pdf(name, audiences=audiences, paper=paper).text))
    missing = {w: n - in_pdf[w] for w, n in words.items() if in_pdf[w] < n}
    assert not missing


def test_tables_with_column_headings_repeat_them_on_every_page(make_pdf: MakePdf) -> None:
    """Results, options and PREDICT tables: their <thead> row comes back after a page break."""
    from PySide6.QtGui import QTextTable

    result, inputs = case("er-low-early")
    size = QSizeF(595.28, 841.89)
    handout = lay_out(Frame.for_sheet(size), result, inputs, audiences=("clinician",), meta=META)
    tables = [f for f in handout.document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    headed = [t for t in tables if t.cellAt(0, 0).firstCursorPosition().block().text() == "Option"]
    assert headed
    assert all(t.format().headerRowCount() == 1 for t in headed)
    pages = make_pdf("er-low-early", audiences=("clinician",)).pages
    continued = [p for p in pages[1:] if "Option Applies Evidence (key result)" in p]
    assert continued  # the options table runs onto page 2, under its headings again
