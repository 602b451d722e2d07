"""The PDF as a file: paper sizes, embedded fonts, metadata, PDF/A-1b, escaping, layout."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import pytest
from pdfcheck import META, MakePdf, case
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextCharFormat, QTextFrame, QTextFrameFormat

from her2aid import __version__
from her2aid.core.examples import example_names
from her2aid.pdf import handout
from her2aid.pdf.handout import default_paper, lay_out
from her2aid.pdf.headless import platform_spec
from her2aid.pdf.layout import Frame
from her2aid.report.context import PRINT, Meta

SIZES = {"A4": (595, 842), "Letter": (612, 792)}


def resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_paper_size_of_every_page(make_pdf: MakePdf, paper: str) -> None:
    pdf = make_pdf(
        "hr-positive-her2-low-metastatic", audiences=("patient", "clinician"), paper=paper
    )
    width, height = SIZES[paper]
    for page in pdf.reader.pages:
        box = page.mediabox
        assert float(box.width) == pytest.approx(width, abs=1)
        assert float(box.height) == pytest.approx(height, abs=1)


def test_letter_reflows_rather_than_scales(make_pdf: MakePdf) -> None:
    a4 = make_pdf("hr-positive-her2-low-metastatic", audiences=("patient", "clinician"))
    letter = make_pdf(
        "hr-positive-her2-low-metastatic", audiences=("patient", "clinician"), paper="Letter"
    )
    assert re.sub(r"Page \d+ of \d+", "", a4.text) != re.sub(r"Page \d+ of \d+", "", letter.text)


def test_every_font_on_every_page_is_embedded(make_pdf: MakePdf) -> None:
    pdf = make_pdf("her2-positive-early", audiences=("patient", "clinician"))
    seen = set()
    for page in pdf.reader.pages:
        fonts = resolve(resolve(page["/Resources"])["/Font"])
        assert fonts
        for ref in fonts.values():
            font = resolve(ref)
            descendants = font.get("/DescendantFonts")
            targets = [resolve(d) for d in resolve(descendants)] if descendants else [font]
            for target in targets:
                descriptor = resolve(target["/FontDescriptor"])
                assert {"/FontFile2", "/FontFile3"} & set(descriptor), target["/BaseFont"]
                seen.add(str(target["/BaseFont"]))
    assert seen == {"/DejaVuSans", "/DejaVuSans-Bold"}


def test_metadata(make_pdf: MakePdf) -> None:
    meta = make_pdf("her2-positive-early").reader.metadata
    assert meta is not None
    assert meta.title == "Your breast cancer test results"
    assert meta.author == META.clinic_name
    assert meta.creator == f"her2aid {__version__}"
    clinician = make_pdf("her2-positive-early", audiences=("clinician",)).reader.metadata
    assert clinician is not None
    assert clinician.title == "Receptor status summary"


def test_no_author_without_a_clinic(make_pdf: MakePdf) -> None:
    pdf = make_pdf("her2-positive-early", meta=Meta(generated_on=META.generated_on))
    assert pdf.reader.metadata is not None
    assert not pdf.reader.metadata.author
    page = pdf.pages[0]
    assert page.count("Patient:") == 0  # no empty patient label either
    assert f"{META.generated_on.isoformat()}" in page


def test_pdf_a_1b_markers(make_pdf: MakePdf) -> None:
    """What PDF/A-1b asks that can be checked without veraPDF (not available offline)."""
    pdf = make_pdf("hr-positive-her2-low-metastatic", audiences=("patient", "clinician"))
    reader: PdfReader = pdf.reader
    assert reader.pdf_header == "%PDF-1.4"
    assert not reader.is_encrypted
    assert "/ID" in reader.trailer
    root = resolve(reader.trailer["/Root"])
    xmp = resolve(root["/Metadata"]).get_data().decode()
    assert 'pdfaid:part="1"' in xmp
    assert 'pdfaid:conformance="B"' in xmp
    assert f">{reader.metadata.title}<" in xmp  # XMP and Info agree
    intents = resolve(root["/OutputIntents"])
    assert isinstance(intents, ArrayObject)
    intent = resolve(intents[0])
    assert intent["/S"] == "/GTS_PDFA1"
    assert resolve(intent["/DestOutputProfile"]).get_data()
    assert "/JavaScript" not in resolve(root.get("/Names", DictionaryObject()))
    for page in reader.pages:
        assert "/Group" not in page  # no transparency group
        for state in resolve(resolve(page["/Resources"]).get("/ExtGState", {})).values():
            state = resolve(state)
            assert state.get("/SMask", "/None") == "/None"
            assert float(state.get("/CA", 1)) == 1
            assert float(state.get("/ca", 1)) == 1


NASTY = ["<b>bold</b>", "{{ 7*7 }}", "<script>alert(1)</script>"]


@pytest.mark.parametrize("text", NASTY)
def test_names_print_literally(make_pdf: MakePdf, text: str) -> None:
    plain = make_pdf("her2-positive-early", audiences=("patient", "clinician"))
    meta = Meta(generated_on=META.generated_on, clinic_name=text, patient_name=text)
    pdf = make_pdf("her2-positive-early", audiences=("patient", "clinician"), meta=meta)
    for page in pdf.pages:  # clinic and patient in every header, as typed
        assert page.count(text) >= 2, page[-300:]
    # ... and the clinic once more in the patient part's "Your care team" box
    assert pdf.text.count(text) == 2 * len(pdf.pages) + 1
    assert pdf.text.count("49") == plain.text.count("49")
    assert pdf.reader.metadata is not None
    assert pdf.reader.metadata.author == text


def test_a_long_clinic_name_is_shortened_never_the_patient_name(make_pdf: MakePdf) -> None:
    meta = Meta(
        generated_on=META.generated_on,
        clinic_name="Department of Breast Oncology, " * 6,
        patient_name="Maria-Fernanda de los Santos Oliveira " * 3,
    )
    pdf = make_pdf("her2-positive-early", meta=meta)
    for page in pdf.pages:
        assert "..." in page  # an ellipsis, after NFKC
        assert "Department of Breast Oncology" in page
        assert "Patient: " + " ".join(["Maria-Fernanda de los Santos Oliveira"] * 3) in page
        assert META.generated_on.isoformat() in page  # the date is never shortened


def test_control_characters_in_names_become_spaces(make_pdf: MakePdf) -> None:
    meta = Meta(generated_on=META.generated_on, patient_name="Jane\n\tDoe\x00")
    assert "Patient: Jane Doe ·" in make_pdf("her2-positive-early", meta=meta).pages[0]


@pytest.mark.parametrize("name", example_names())
def test_page_breaks_keep_headings_and_small_tables(handout_app: Any, name: str) -> None:
    result, inputs = case(name)
    laid = lay_out(
        Frame.for_sheet(QSizeF(595.28, 841.89)),
        result,
        inputs,
        audiences=("patient", "clinician"),
        meta=META,
    )
    height = laid.page_height
    body_width = laid.frame.scaled(96).body.width()
    assert laid.document.size().width() <= body_width + 0.5  # nothing wider than the page
    items = laid.top_level_items()
    for i, item in enumerate(items):
        rect = laid.item_rect(item)
        page = int(rect.top() // height)
        if laid.is_heading(item) and i + 1 < len(items):
            following = laid.item_rect(items[i + 1])
            assert int(following.top() // height) == page, item.text()
            # heading, up to three short paragraphs and the small table they lead into
            for j in range(i + 1, min(i + 5, len(items))):
                nxt = items[j]
                if isinstance(nxt, QTextFrame):
                    table = laid.item_rect(nxt)
                    if j > i + 1 and table.height() <= 0.35 * height:
                        assert int(table.top() // height) == page, item.text()
                    break
                if laid.is_heading(nxt) or not 0 < nxt.layout().lineCount() <= 4:
                    break
        elif isinstance(item, QTextFrame) and rect.height() <= 0.35 * height:
            assert int((rect.bottom() - 1) // height) == page


@pytest.mark.parametrize(
    ("env", "paper"),
    [
        ({"LC_ALL": "en_US.UTF-8"}, "Letter"),
        ({"LC_ALL": "en_CA.UTF-8"}, "Letter"),
        ({"LC_ALL": "es_MX.UTF-8"}, "Letter"),
        ({"LC_ALL": "fil_PH.UTF-8"}, "Letter"),
        ({"LC_ALL": "en_GB.UTF-8"}, "A4"),
        ({"LC_ALL": "de_DE.UTF-8"}, "A4"),
        ({"LC_ALL": "ja_JP.UTF-8"}, "A4"),
        ({"LC_PAPER": "en_US.UTF-8", "LANG": "en_GB.UTF-8"}, "Letter"),
        ({"LC_PAPER": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"}, "A4"),
        ({"LANG": "en_US.UTF-8"}, "Letter"),
    ],
)
def test_default_paper_follows_the_locale(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], paper: str
) -> None:
    for var in ("LC_ALL", "LC_PAPER", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    monkeypatch.setattr(handout.sys, "platform", "linux")
    assert default_paper() == paper


def test_default_paper_without_a_locale_uses_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_PAPER", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert default_paper() in ("A4", "Letter")


@pytest.mark.parametrize(
    ("chosen", "spec"),
    [
        (None, "offscreen"),
        ("", "offscreen"),
        ("offscreen", "offscreen"),
        ("xcb", "xcb;offscreen"),
        ("wayland;xcb", "wayland;xcb;offscreen"),
        ("offscreen:fontengine=freetype", "offscreen:fontengine=freetype"),
    ],
)
def test_headless_platform(chosen: str | None, spec: str) -> None:
    env = {} if chosen is None else {"QT_QPA_PLATFORM": chosen}
    assert platform_spec(env) == spec


def test_paper_styles(handout_app: Any) -> None:
    """Citation markers are set at body size (Qt shrinks superscripts) and grids are ruled."""
    result, inputs = case("hr-positive-her2-low-metastatic")
    laid = lay_out(
        Frame.for_sheet(QSizeF(612, 792)), result, inputs, audiences=("clinician",), meta=META
    )
    doc = laid.document
    supers = 0
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignSuperScript:
                supers += 1
                assert fmt.font().pointSizeF() >= PRINT.base_pt
            it += 1
        block = block.next()
    assert supers > 10
    grids = [t for t in doc.rootFrame().childFrames() if t.format().border() > 0]
    assert grids
    for table in grids:
        assert table.format().borderStyle() == QTextFrameFormat.BorderStyle.BorderStyle_Solid
        cell = table.cellAt(1, 1).format().toTableCellFormat()
        assert cell.leftBorder() > 0
        assert cell.leftBorderStyle() == QTextFrameFormat.BorderStyle.BorderStyle_Solid


def test_clinic_logo_is_printed_without_transparency(
    make_pdf: MakePdf, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from PySide6.QtGui import QImage

    logo = tmp_path_factory.mktemp("logo") / "logo.png"
    icon = QImage(":/icons/her2aid.svg")  # has a transparent background
    assert icon.hasAlphaChannel()
    icon.save(str(logo))
    pdf = make_pdf(meta=replace(META, clinic_logo=str(logo)))
    images = 0
    for page in pdf.reader.pages:
        for xobject in resolve(resolve(page["/Resources"]).get("/XObject", {})).values():
            xobject = resolve(xobject)
            if xobject.get("/Subtype") == "/Image":
                images += 1
                assert "/SMask" not in xobject  # PDF/A-1b: no soft masks
    assert images >= len(pdf.pages)  # one logo per page header


def test_an_unreadable_logo_is_left_out(make_pdf: MakePdf) -> None:
    pdf = make_pdf(meta=replace(META, clinic_logo="/no/such/logo.png"))
    assert META.clinic_name in pdf.pages[0]


def test_text_has_no_ligature_characters(make_pdf: MakePdf) -> None:
    """A search for "offer" or "fit" finds them: no "ﬀ"/"ﬁ" glyphs in the text layer."""
    pdf = make_pdf("luminal-a-early")
    raw = "".join(page.extract_text() for page in pdf.reader.pages)
    assert not set(raw) & set("\ufb00\ufb01\ufb02\ufb03\ufb04")
    assert "offer" in raw.lower() or "fit" in raw.lower()
