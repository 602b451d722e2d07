"""Printing and print preview give the same pages as the PDF export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pdfcheck import META, MakePdf, case, read_pdf
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from her2aid.pdf.handout import lay_out, page_image, paper_frame, print_handout

NAME = "hr-positive-her2-low-metastatic"
BOTH = ("patient", "clinician")


def pdf_printer(path: Path, paper: QPageSize.PageSizeId = QPageSize.PageSizeId.A4) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(paper))
    return printer


def test_printing_gives_the_same_pages_as_the_export(
    make_pdf: MakePdf, tmp_path: Path, handout_app: Any
) -> None:
    exported = make_pdf(NAME, audiences=BOTH)
    printer = pdf_printer(tmp_path / "printed.pdf")
    result, inputs = case(NAME)
    print_handout(printer, result, inputs, audiences=BOTH, meta=META)
    printed = read_pdf(tmp_path / "printed.pdf")
    assert len(printed.pages) == len(exported.pages)
    assert printed.pages == exported.pages
    assert printer.docName() == "Your breast cancer test results"


def test_print_range_from_the_dialog(tmp_path: Path, handout_app: Any) -> None:
    result, inputs = case(NAME)
    whole = pdf_printer(tmp_path / "patient.pdf")
    print_handout(whole, result, inputs, audiences=("patient",), meta=META)
    part = len(read_pdf(tmp_path / "patient.pdf").pages)  # pages in the patient part
    assert part >= 3
    printer = pdf_printer(tmp_path / "range.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    print_handout(printer, result, inputs, audiences=BOTH, meta=META)
    pages = read_pdf(tmp_path / "range.pdf").pages
    assert len(pages) == 2
    assert f"Page 2 of {part}" in pages[0]
    assert f"Page 3 of {part}" in pages[1]


def test_wide_printer_margins_are_kept(tmp_path: Path, handout_app: Any) -> None:
    """Margins set in the print dialog that are wider than the handout's move the text in."""
    printer = pdf_printer(tmp_path / "margins.pdf", QPageSize.PageSizeId.Letter)
    printer.setPageMargins(QMarginsF(40, 40, 40, 40), QPageLayout.Unit.Millimeter)
    result, inputs = case(NAME)
    print_handout(printer, result, inputs, audiences=("patient",), meta=META)
    narrow = read_pdf(tmp_path / "margins.pdf")
    wide_printer = pdf_printer(tmp_path / "plain.pdf", QPageSize.PageSizeId.Letter)
    print_handout(wide_printer, result, inputs, audiences=("patient",), meta=META)
    plain = read_pdf(tmp_path / "plain.pdf")
    assert len(narrow.pages) > len(plain.pages)
    box = narrow.reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((612, 792), abs=1)


def test_preview_pages_are_the_export_pages_painted_without_a_printer(
    make_pdf: MakePdf, handout_app: Any
) -> None:
    """Print preview paints the exported PDF's pages on images (no QPrinter, no print server)."""
    exported = make_pdf(NAME, audiences=BOTH, paper="Letter")
    result, inputs = case(NAME)
    laid = lay_out(paper_frame("Letter"), result, inputs, audiences=BOTH, meta=META)
    assert laid.page_count == len(exported.pages)
    for index, text in enumerate(exported.pages):
        assert laid.page_label(index) in text
    image = page_image(laid, 0, 72)
    assert (image.width(), image.height()) == (612, 792)  # Letter, one pixel a point
    assert image.pixelColor(0, 0).name() == "#ffffff"
    big = page_image(laid, 0, 144)
    assert (big.width(), big.height()) == (1224, 1584)
    assert page_image(laid, 1, 72) != image
