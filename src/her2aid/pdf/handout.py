"""Export and print the handout.

The window (``her2aid.ui``) and the ``her2aid handout`` command call only
these functions. Errors a user can cause or fix (a missing folder, no
permission, a full disk, a path that is a folder) are raised as
:class:`ExportError` with a message fit to show as is.

The pages come from one place, :class:`~her2aid.pdf.layout.PagedHandout`, so
the PDF, the printout and the print preview are the same pages. Every call
needs a running QGuiApplication (the window's, or
:func:`her2aid.pdf.headless.gui_application` for the command line).

Only :func:`print_handout` takes a QPrinter. Creating one makes Qt's print
support ask the system's print service (CUPS on Linux and macOS) for its
printers, so nothing else here uses one: the PDF is written by QPdfWriter
and the preview is painted on images (:func:`page_image`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QLocale, QMarginsF, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from her2aid.atomic import WriteError, write_atomic
from her2aid.core import content as content_module
from her2aid.core.language import N_, available, translations
from her2aid.core.models import CaseInputs, Classification
from her2aid.pdf.layout import (
    DISCLAIMER,
    ExportError,
    Frame,
    PagedHandout,
    PartWords,
    Running,
    lost_from_text,
    unprintable,
)
from her2aid.qtbase.fonts import register_fonts
from her2aid.report.context import Audience, Meta
from her2aid.report.render import render_handout

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

__all__ = [
    "PAPERS",
    "ExportError",
    "Paper",
    "check_names",
    "default_paper",
    "export_handout",
    "lay_out",
    "names_problem",
    "page_image",
    "paper_frame",
    "print_handout",
    "render_pdf",
]

Paper = Literal["A4", "Letter"]
PAPERS: tuple[Paper, ...] = ("A4", "Letter")

#: Writer resolution. Text and rules are vectors whatever this is; 300 dpi
#: only sets the grid positions snap to, and is plenty for paper.
PDF_DPI = 300

_PAGE_IDS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}

#: Territories whose paper is US Letter (CLDR's paperSize data); A4 elsewhere.
_LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Belize,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.CostaRica,
        QLocale.Country.ElSalvador,
        QLocale.Country.Guatemala,
        QLocale.Country.Nicaragua,
        QLocale.Country.Panama,
        QLocale.Country.Philippines,
        QLocale.Country.PuertoRico,
        QLocale.Country.Venezuela,
    }
)


def _paper_locale() -> QLocale:
    """The locale that decides paper size: LC_PAPER on Unix desktops, else the system's."""
    if os.name == "posix" and sys.platform != "darwin":
        for var in ("LC_ALL", "LC_PAPER", "LANG"):
            name = os.environ.get(var, "")
            if name:
                if name.split(".")[0] in ("C", "POSIX"):
                    break
                return QLocale(name)
    return QLocale.system()


def default_paper() -> Paper:
    """Letter where the system locale uses it, A4 elsewhere."""
    return "Letter" if _paper_locale().territory() in _LETTER_TERRITORIES else "A4"


def _require_gui() -> None:
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        raise RuntimeError("the handout needs a running QGuiApplication (see her2aid.pdf.headless)")


#: What the page header calls each part of the handout.
PART_NAMES = {"patient": N_("Patient summary"), "clinician": N_("Clinician summary")}


def _running(meta: Meta, audiences: Sequence[Audience]) -> Running:
    """The header and footer texts; each part's in its own language (the patient part's chosen)."""
    content = content_module.load()

    def words(audience: Audience) -> PartWords:
        code = meta.language_for(audience)
        _ = translations(code).gettext
        language = available()[code]
        unreviewed = "" if language.reviewed else f" \u00b7 {language.unreviewed_footer}"
        # _() outside the f-strings: Python 3.12 tokenizes inside f-strings and Babel
        # would then extract these calls on 3.12 but not on 3.11 (a stale catalog).
        ruleset, content_word = _("ruleset"), _("content")
        return PartWords(
            patient=_("Patient: {name}"),
            page=_("Page {n} of {m}"),
            disclaimer=_(DISCLAIMER),
            versions=(
                f"her2aid {meta.app_version} \u00b7 "
                f"{ruleset} {content.ruleset.version} ({content.ruleset.date}) \u00b7 "
                f"{content_word} {content.about.content_version} ({content.about.content_date})"
                f"{unreviewed}"
            ),
        )

    parts = tuple(words(a) for a in audiences)
    return Running(
        clinic=meta.clinic_name,
        patient=meta.patient_name,
        date=meta.generated_on.isoformat(),
        versions=parts[0].versions if parts else "",
        disclaimer=parts[0].disclaimer if parts else DISCLAIMER,
        logo=meta.clinic_logo,
        parts=tuple(translations(meta.language_for(a)).gettext(PART_NAMES[a]) for a in audiences),
        words=parts,
    )


def _prepare(
    result: Classification, inputs: CaseInputs, audiences: Sequence[Audience], meta: Meta
) -> tuple[str, Running]:
    """The body HTML and the running header and footer texts (plain Python, no Qt)."""
    if not audiences:
        raise ValueError("a handout needs at least one audience")
    check_names(meta.patient_name, meta.clinic_name, clinic_contact=meta.clinic_contact)
    html = render_handout(result, inputs, audiences=audiences, meta=meta)
    return html, _running(meta, audiences)


def names_problem(patient_name: str, clinic_name: str, *, clinic_contact: str = "") -> str:
    """Why the header names (or the care team's contact) cannot be printed as typed.

    Never print a patient identifier with characters missing: a character the
    fonts cannot draw is refused, naming it, rather than printed as a box; so
    is one the PDF would print but not keep as text (an emoji the bundled font
    has, see :data:`~her2aid.pdf.layout.TEXT_LAYER_LAST`), which a search, a
    copy or a screen reader would then miss. "" if all can be printed.
    """
    from PySide6.QtCore import QCoreApplication

    family = register_fonts()
    for boxes, lost, text in (
        (
            QCoreApplication.translate(
                "Handout",
                "The patient name has characters the handout cannot print ({shown}); they "
                "would come out as empty boxes. Remove them or write them out in words.",
            ),
            QCoreApplication.translate(
                "Handout",
                "The patient name has characters the PDF cannot keep as text ({shown}); a "
                "search, a copy or a screen reader would miss them. Remove them or write "
                "them out in words.",
            ),
            patient_name,
        ),
        (
            QCoreApplication.translate(
                "Handout",
                "The clinic name has characters the handout cannot print ({shown}); they "
                "would come out as empty boxes. Remove them or write them out in words.",
            ),
            QCoreApplication.translate(
                "Handout",
                "The clinic name has characters the PDF cannot keep as text ({shown}); a "
                "search, a copy or a screen reader would miss them. Remove them or write "
                "them out in words.",
            ),
            clinic_name,
        ),
        (
            QCoreApplication.translate(
                "Handout",
                "The care team contact has characters the handout cannot print ({shown}); "
                "they would come out as empty boxes. Remove them or write them out in words.",
            ),
            QCoreApplication.translate(
                "Handout",
                "The care team contact has characters the PDF cannot keep as text ({shown}); "
                "a search, a copy or a screen reader would miss them. Remove them or write "
                "them out in words.",
            ),
            clinic_contact,
        ),
    ):
        # Lost from the text first: that answer does not depend on the fonts the
        # machine happens to have (a font for U+1D400 on one machine, none on another).
        for problem, found in (
            (lost, lost_from_text(text)),
            (boxes, unprintable(Running.clean(text), family)),
        ):
            if found:
                return problem.format(shown=", ".join(f"{c} U+{ord(c[0]):04X}" for c in found))
    return ""


def check_names(patient_name: str, clinic_name: str, *, clinic_contact: str = "") -> None:
    """Raise ExportError if a header name (or the contact) cannot be printed as typed."""
    problem = names_problem(patient_name, clinic_name, clinic_contact=clinic_contact)
    if problem:
        raise ExportError(problem)


def lay_out(
    frame: Frame,
    result: Classification,
    inputs: CaseInputs,
    *,
    audiences: Sequence[Audience],
    meta: Meta,
) -> PagedHandout:
    """The handout for ``audiences`` laid out on pages framed by ``frame``."""
    _require_gui()
    html, running = _prepare(result, inputs, audiences, meta)
    return PagedHandout(html, frame=frame, running=running, family=register_fonts())


def paper_frame(paper: Paper) -> Frame:
    """The page frame of the exported PDF on ``paper`` (what the preview shows)."""
    return Frame.for_sheet(QPageSize(_PAGE_IDS[paper]).size(QPageSize.Unit.Point))


def page_image(handout: PagedHandout, index: int, dpi: int) -> QImage:
    """Page ``index`` (0-based) painted on a white image at ``dpi``, with no printer involved."""
    _require_gui()
    scale = dpi / 72
    sheet = handout.frame.sheet
    image = QImage(
        max(1, round(sheet.width() * scale)),
        max(1, round(sheet.height() * scale)),
        QImage.Format.Format_RGB32,
    )
    dots_per_metre = round(dpi / 0.0254)  # the painter scales by the image's own dpi
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    try:
        handout.paint_page(painter, index)
    finally:
        painter.end()
    return image


def render_pdf(
    result: Classification,
    inputs: CaseInputs,
    *,
    audiences: Sequence[Audience],
    paper: Paper,
    meta: Meta,
) -> tuple[bytes, int]:
    """The handout as PDF bytes, and its page count. Touches no file."""
    _require_gui()
    html, running = _prepare(result, inputs, audiences, meta)
    return _pdf(html, running, paper, meta.app_version)


def _pdf(html: str, running: Running, paper: Paper, app_version: str) -> tuple[bytes, int]:
    """Lay out and write the PDF into memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    page_size = QPageSize(_PAGE_IDS[paper])
    writer.setPageLayout(
        QPageLayout(
            page_size, QPageLayout.Orientation.Portrait, QMarginsF(), QPageLayout.Unit.Point
        )
    )
    frame = paper_frame(paper)
    handout = PagedHandout(html, frame=frame, running=running, family=register_fonts())
    writer.setTitle(handout.title)
    writer.setCreator(f"her2aid {app_version}")
    clinic = Running.clean(running.clinic)
    if clinic:
        writer.setAuthor(clinic)
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(N_("Could not start the PDF writer."))
    try:
        handout.paint(painter, writer, range(handout.page_count))
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data()), handout.page_count


def export_handout(
    path: Path,
    result: Classification,
    inputs: CaseInputs,
    *,
    audiences: Sequence[Audience],
    paper: Paper,
    meta: Meta,
) -> None:
    """Write the handout PDF to ``path`` atomically, or raise ExportError."""
    data, _ = render_pdf(result, inputs, audiences=audiences, paper=paper, meta=meta)
    try:
        write_atomic(Path(path), data)
    except WriteError as exc:
        raise ExportError(str(exc)) from exc


def _page_range(printer: QPrinter, count: int) -> range:
    """The pages (0-based) the print dialog asked for; all of them by default."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 and last <= 0:
        return range(count)
    first = min(max(first, 1), count)
    last = count if last <= 0 else min(max(last, first), count)
    return range(first - 1, last)


def print_handout(
    printer: QPrinter,
    result: Classification,
    inputs: CaseInputs,
    *,
    audiences: Sequence[Audience],
    meta: Meta,
) -> None:
    """Paint the handout on a configured printer (also used by print preview).

    The printer's paper, orientation and resolution are used as set; its
    margins are kept where they are wider than the handout's own.
    """
    _require_gui()
    html, running = _prepare(result, inputs, audiences, meta)
    _print(printer, html, running)


def _print(printer: QPrinter, html: str, running: Running) -> None:
    page_layout = printer.pageLayout()
    frame = Frame.for_sheet(
        page_layout.fullRect(QPageLayout.Unit.Point).size(),
        page_layout.margins(QPageLayout.Unit.Point),
    )
    handout = PagedHandout(html, frame=frame, running=running, family=register_fonts())
    if not printer.docName():
        printer.setDocName(handout.title)
    painter = QPainter()
    if not painter.begin(printer):
        raise ExportError(N_("Could not start the printer."))
    try:
        # The painter starts at the printable area's corner; the frame is
        # measured from the sheet's corner.
        offset = page_layout.paintRectPixels(printer.resolution()).topLeft()
        painter.translate(-offset.toPointF())
        handout.paint(painter, printer, _page_range(printer, handout.page_count))
    finally:
        painter.end()
    if printer.printerState() == type(printer).PrinterState.Error:
        raise ExportError(N_("The printer reported an error; the handout may not have printed."))
