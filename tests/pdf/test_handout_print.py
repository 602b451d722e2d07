"""Printing and print preview paint the same pages as the PDF export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pdfcheck import META, MakePdf, case, read_pdf
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from her2aid.pdf.handout import print_handout

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


def test_print_preview(qtbot: Any, handout_app: Any) -> None:
    result, inputs = case(NAME)
    preview = QPrintPreviewWidget()
    qtbot.addWidget(preview)
    preview.paintRequested.connect(
        lambda printer: print_handout(printer, result, inputs, audiences=BOTH, meta=META)
    )
    preview.updatePreview()
    assert preview.pageCount() >= 4
