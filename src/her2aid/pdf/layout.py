"""Lay the handout HTML out on pages and paint them, with running header and footer.

``QTextDocument.print_()`` adds its own 2 cm margin and its own page numbers
(../shared/reference/tech.md section 3), so here the document is laid out to
the body rectangle of the page and painted page by page with QPainter. The
header and footer are painted as plain text: whatever a name contains
(``<b>``, ``{{ }}``, a script tag) prints as the characters typed.

Units. The body is laid out at 96 dots per inch, the resolution the templates
were designed at on screen, and scaled to the device when painted. Text sizes
are in ``pt`` and come out the same either way, but Qt reads the HTML's
``border``, ``cellpadding`` and ``width="40"`` as device pixels: laid out on a
300 dpi writer directly, a 1 px table rule would print 0.08 mm thin and the
box padding would shrink to a third. Laying out at 96 dpi keeps the paper
true to the screen, and keeps one layout valid for any printer resolution.

Paper styles. Three things that read well on screen do not on paper, and are
adjusted in the laid-out document (the templates stay as they are): citation
markers are set larger (Qt shrinks superscripts to two thirds), bordered
tables get solid cell rules, and a heading after a table gets back the space
above it that Qt's HTML import drops.

Page breaks. Qt breaks pages wherever a line ends. After laying out, a heading
is kept with the start of what follows it (and with the table that a short
introduction or a caution box after it leads into: all of a small one, the
first rows of a long one), a short paragraph or list item (a reference) is
not split, and a small table (an option card, a callout box, the results
grid) is moved whole to the next page rather than split, when it fits on one.
Last, a part whose last page would hold only a line or two breaks earlier so
that page takes a fair share. Pages are numbered within each audience's part,
and the header names the part.

Header. Clinic name and part on the left, patient name and date on the right;
when the patient name does not fit there it gets a line of its own (the
header grows and the body starts lower), so a patient identifier is never
shortened. The name is set off by left-to-right marks so a right-to-left
name cannot reorder the date.
"""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPaintDevice,
    QPainter,
    QPalette,
    QPen,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextFrameFormat,
    QTextLayout,
    QTextTable,
)

from her2aid.core.language import N_
from her2aid.report.context import PRINT, Theme

log = logging.getLogger(__name__)

MM = 72 / 25.4  # points per millimetre
LAYOUT_DPI = 96

#: Distance from the sheet's edges to the header, footer and body sides.
SIDE_MM = 18.0
TOP_MM = 11.0
BOTTOM_MM = 10.0
#: Height of the header band (one line and a rule) and the footer band (a rule and two lines).
HEADER_MM = 7.0
FOOTER_MM = 9.5
#: Space between the header or footer band and the body.
GAP_MM = 5.0

HEADER_PT = 8.0
FOOTER_PT = 7.5
SMALLEST_PT = 6.0  # a long header is shrunk down to this before it is shortened
SMALLEST_ONE_LINE_PT = 7.0  # smaller than this, the patient name gets a line of its own
#: Height of each further header line (the patient name, when it does not fit beside the rest).
HEADER_LINE_MM = 3.4

#: Unicode's "first strong isolate" and "pop directional isolate": a right-to-left
#: name between them cannot reorder the text around it (the date, the separators).
#: Left-to-right marks around the patient's name keep a right-to-left name from
#: reordering the date beside it. Not FSI/PDI (U+2068/U+2069), which would do the
#: same: the bundled DejaVu Sans has no glyph for them, so Qt took them from any system
#: font that has (Noto Sans Mono on many desktops), embedding it and changing the
#: header's width.
LRM = "\u200e"

#: A table at most this share of the body height is kept on one page.
KEEP_TABLE_SHARE = 0.35
#: A heading is kept with at least this many lines of what follows it.
KEEP_LINES = 3
#: A paragraph or list item of at most this many lines is not split.
KEEP_BLOCK_LINES = 4
#: A heading, up to this many short paragraphs or boxes after it and the table they
#: lead into (all of a small one, the start of a long one) stay on one page.
KEEP_INTRO_BLOCKS = 3
#: A reference list entry ("[12] Author ..."): never split, however long (issue 16).
REFERENCE = re.compile(r"\[\d+\] ")
#: The last page of a part holds at least this share of the body (else it takes more).
MIN_LAST_PAGE_SHARE = 0.2

DISCLAIMER = N_("Decision aid, not a diagnosis")  # each part says it in its language


@dataclass(frozen=True)
class PartWords:
    """The running texts of one part of the handout, in that part's language."""

    patient: str = "Patient: {name}"
    page: str = "Page {n} of {m}"
    disclaimer: str = DISCLAIMER
    versions: str = ""  # "" means Running.versions


class ExportError(Exception):
    """The handout could not be written; ``str(error)`` says why, in plain words."""


@dataclass(frozen=True)
class Running:
    """The plain text painted on every page, outside the HTML body."""

    clinic: str
    patient: str
    date: str
    versions: str
    disclaimer: str = DISCLAIMER
    logo: str = ""  # path to the clinic logo image, from Preferences
    #: The name of each part, in print order ("Patient summary", "Clinician summary").
    parts: tuple[str, ...] = ()
    #: Each part's running texts in its own language (default: English for all).
    words: tuple[PartWords, ...] = ()

    def part_words(self, part: int = 0) -> PartWords:
        """The running texts of part ``part`` (English when none were given)."""
        return self.words[min(part, len(self.words) - 1)] if self.words else PartWords()

    @staticmethod
    def clean(text: str) -> str:
        """One line: every run of whitespace or control characters becomes one space."""
        return " ".join("".join(c if c.isprintable() else " " for c in text).split())

    def patient_text(self, part: int = 0) -> str:
        """``Patient: NAME``, the name isolated in its own direction, or "" if there is none."""
        name = self.clean(self.patient)
        return self.part_words(part).patient.format(name=f"{LRM}{name}{LRM}") if name else ""

    def header_right(self, part: int = 0) -> str:
        """Patient name (if any) and date, for the right of a one-line header."""
        patient = self.patient_text(part)
        return f"{patient}   \u00b7   {self.date}" if patient else self.date


#: The largest logo image kept (pixels on the long side); enough for a header at 300 dpi.
LOGO_MAX_PX = 600


def load_logo(path: str) -> QImage | None:
    """The clinic logo flattened onto white, or None if there is none or it cannot be read.

    PDF/A-1b forbids transparency, so an image with an alpha channel is painted
    onto white first. An unreadable file never stops a handout: it is logged
    and the header is printed without it.
    """
    if not path:
        return None
    image = QImage(path)
    if image.isNull():
        log.warning("the clinic logo could not be read; printing the header without it")
        return None
    if max(image.width(), image.height()) > LOGO_MAX_PX:
        image = image.scaled(
            LOGO_MAX_PX, LOGO_MAX_PX, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )  # fmt: skip
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor("white"))
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


@dataclass(frozen=True)
class Frame:
    """Where the parts of one page go, in points from the sheet's top-left corner."""

    sheet: QRectF
    header: QRectF
    body: QRectF
    footer: QRectF

    def with_header_lines(self, lines: int) -> Frame:
        """The same frame with a header of ``lines`` lines (the body starts lower)."""
        extra = (lines - 1) * HEADER_LINE_MM * MM
        if extra <= 0:
            return self
        header = QRectF(self.header)
        header.setHeight(header.height() + extra)
        body = QRectF(self.body)
        body.setTop(body.top() + extra)
        return Frame(self.sheet, header, body, self.footer)

    @classmethod
    def for_sheet(cls, sheet: QSizeF, minimum: QMarginsF | None = None) -> Frame:
        """The frame for a sheet (points); ``minimum`` are the device's own margins."""
        m = minimum or QMarginsF()
        left = max(SIDE_MM * MM, m.left())
        right = max(SIDE_MM * MM, m.right())
        top = max(TOP_MM * MM, m.top())
        bottom = max(BOTTOM_MM * MM, m.bottom())
        w, h = sheet.width(), sheet.height()
        header = QRectF(left, top, w - left - right, HEADER_MM * MM)
        footer = QRectF(left, h - bottom - FOOTER_MM * MM, header.width(), FOOTER_MM * MM)
        body_top = header.bottom() + GAP_MM * MM
        body = QRectF(left, body_top, header.width(), footer.top() - GAP_MM * MM - body_top)
        return cls(QRectF(0, 0, w, h), header, body, footer)

    def scaled(self, dpi: float) -> Frame:
        """The same frame in pixels at ``dpi``."""
        k = dpi / 72

        def px(r: QRectF) -> QRectF:
            return QRectF(r.x() * k, r.y() * k, r.width() * k, r.height() * k)

        return Frame(px(self.sheet), px(self.header), px(self.body), px(self.footer))


def _searchable_font(family: str, size_pt: float) -> QFont:
    """The handout font without "ff"/"fi" ligatures.

    A ligature is one glyph, so the PDF's text would hold "ﬀ" and a search
    or screen reader would not find "offer".
    """
    font = QFont(family)
    font.setPointSizeF(size_pt)
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag.fromString(tag), 0)
    return font


def unprintable(text: str, family: str) -> list[str]:
    """The characters of ``text`` the handout would print as empty boxes, each once, in order.

    Laid out as the header lays it out, with Qt's font fallback, so a name in a
    script some installed font covers passes; a character no font has (an
    emoji on most clinic machines, or Chinese without a Chinese font) would
    print as a box and be lost from the PDF's text, so it is named instead.
    """
    if not text:
        return []
    layout = QTextLayout(text, _searchable_font(family, HEADER_PT))
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)
    layout.endLayout()
    units = text.encode("utf-16-le")
    starts: set[int] = set()
    bad: set[int] = set()
    everything = QTextLayout.GlyphRunRetrievalFlag.RetrieveAll
    for run in layout.glyphRuns(-1, -1, everything):
        for glyph, index in zip(run.glyphIndexes(), run.stringIndexes(), strict=False):
            starts.add(index)
            if glyph == 0:
                bad.add(index)
    found: list[str] = []
    ends = sorted(starts | {len(units) // 2})
    for index in sorted(bad):
        end = next(e for e in ends if e > index)
        cluster = units[2 * index : 2 * end].decode("utf-16-le", errors="replace").strip()
        if cluster and cluster not in found:
            found.append(cluster)
    return found


#: The last code point a PDF made by Qt keeps as text. Qt's PDF writer maps each
#: printed glyph back to its character (the PDF's ToUnicode map, which search,
#: copy and screen readers read) by trying U+0000-U+FFFF only
#: (QFontSubset::getReverseMap): a character beyond, such as an emoji or a
#: mathematical letter the fonts have, prints but is missing from the PDF's text.
#: Checked with pdftotext (tests/pdf/test_handout_pages.py).
TEXT_LAYER_LAST = 0xFFFF


def lost_from_text(text: str) -> list[str]:
    """The characters of ``text`` a PDF would not keep as text, each once, in order.

    Those beyond :data:`TEXT_LAYER_LAST`, and private-use, unassigned and
    surrogate code points, which stand for no character in the PDF's text (and
    which the header leaves out).
    """
    found: list[str] = []
    for c in text:
        lost = ord(c) > TEXT_LAYER_LAST or unicodedata.category(c) in ("Co", "Cn", "Cs")
        if lost and c not in found:
            found.append(c)
    return found


def _layout_device() -> QImage:
    """A 1x1 image that reports 96 dpi: the device the body is laid out for."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


class PagedHandout:
    """The handout laid out on pages of one size, painted one page at a time."""

    def __init__(
        self,
        html: str,
        *,
        frame: Frame,
        running: Running,
        family: str,
        theme: Theme = PRINT,
    ) -> None:
        self.frame = frame
        self.running = running
        self.theme = theme
        self.family = family
        self.logo = load_logo(running.logo)
        self._device = _layout_device()  # must outlive the document's layout
        self.header_lines = 1
        #: Lines in the page header: more than one when the patient name needs its own.
        self.header_lines = self._plan_header()
        self.frame = frame = frame.with_header_lines(self.header_lines)
        self.part_starts = [0]
        body = frame.scaled(LAYOUT_DPI).body
        # Whole pixels: Qt paginates in 1/64 px steps, so a fractional page
        # height puts its page edges a hair away from index * page_height.
        page = QSizeF(math.floor(body.width()), math.floor(body.height()))
        #: The height of one page's body in the laid-out document.
        self.page_height = page.height()
        doc = QTextDocument()
        doc.setUndoRedoEnabled(False)
        doc.documentLayout().setPaintDevice(self._device)
        doc.setUseDesignMetrics(True)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(_searchable_font(family, theme.base_pt))
        doc.setHtml(html)
        starts = self._part_starts(doc)
        # One edit block: Qt lays the document out again once, not after each change.
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        self._legible_superscripts(doc, theme.base_pt)
        self._solid_grids(doc)
        self._space_headings(doc)
        edit.endEditBlock()
        doc.setPageSize(page)
        self.document = doc
        self.title = doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
        self._forced: list[QTextBlock | QTextFrame] = []
        self._keep_together()
        # A fix to one part can move what follows it; look again until nothing moves.
        for _ in range(3):
            if not self._fill_last_pages(starts):
                break
        self.page_count = doc.pageCount()
        #: The first page (0-based) of each audience's part.
        self.part_starts = sorted(
            {0}
            | {
                int(doc.documentLayout().blockBoundingRect(b).top() // self.page_height)
                for b in starts
            }
        )

    def page_label(self, index: int) -> str:
        """The footer's page number, counted within the part (patient or clinician).

        Each part is a document of its own, for its own reader; the patient's
        pages should not say "Page 2 of 7" when the patient is handed four.
        """
        start = max(s for s in self.part_starts if s <= index)
        end = min((s for s in self.part_starts if s > index), default=self.page_count)
        words = self.running.part_words(self.part_index(index))
        return words.page.format(n=index - start + 1, m=end - start)

    @staticmethod
    def _part_starts(doc: QTextDocument) -> list[QTextBlock]:
        """The blocks the HTML starts on a new page (each audience's part after the first)."""
        always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
        blocks = []
        block = doc.begin()
        while block.isValid():
            if block.blockFormat().pageBreakPolicy() & always:
                blocks.append(block)
            block = block.next()
        return blocks

    @staticmethod
    def _legible_superscripts(doc: QTextDocument, size_pt: float) -> None:
        """Set citation markers no smaller than the body text before Qt's superscript shrink.

        Qt draws a superscript at about two thirds of its font size, so the
        templates' small ``sup`` comes out under 5 pt: fine on screen, where it
        can be zoomed, too small to read on paper. At the body size it prints
        at about 6.3 pt, the size of a footnote marker.
        """
        ranges: list[tuple[int, int]] = []
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if (
                    fmt.verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignSuperScript
                    and fmt.font().pointSizeF() < size_pt
                ):
                    ranges.append((fragment.position(), fragment.length()))
                it += 1
            block = block.next()
        bigger = QTextCharFormat()
        bigger.setFontPointSize(size_pt)
        cursor = QTextCursor(doc)
        for start, length in ranges:
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(bigger)

    @staticmethod
    def _solid_grids(doc: QTextDocument) -> None:
        """Rule every cell of a bordered table with a plain line in the table's border colour.

        ``border="1"`` gives Qt's default "outset" style, which draws the top and
        left edges lighter: with the templates' light rule colour they vanish,
        and with ``border-collapse`` the cells get no lines at all. On paper
        that leaves a grid with only its right and bottom edges.
        """
        solid = QTextFrameFormat.BorderStyle.BorderStyle_Solid
        for frame in doc.rootFrame().childFrames():
            if not isinstance(frame, QTextTable):
                continue
            fmt = frame.format()
            width = fmt.border()
            if width <= 0:
                continue
            brush = fmt.borderBrush()
            fmt.setBorderStyle(solid)
            frame.setFormat(fmt)
            for row in range(frame.rows()):
                for column in range(frame.columns()):
                    cell = frame.cellAt(row, column)
                    cell_format = cell.format().toTableCellFormat()
                    cell_format.setBorder(width)
                    cell_format.setBorderStyle(solid)
                    cell_format.setBorderBrush(brush)
                    cell.setFormat(cell_format)

    @staticmethod
    def _space_headings(doc: QTextDocument) -> None:
        """Give a heading that follows a table the space above that other headings get.

        Qt's HTML import drops the top margin of the first block after a table,
        so such a heading would sit on the table's last rule.
        """
        usual: dict[int, float] = {}
        zero: list[QTextBlock] = []
        block = doc.begin()
        while block.isValid():
            fmt = block.blockFormat()
            level = fmt.headingLevel()
            if level > 0:
                if fmt.topMargin() > 0:
                    usual[level] = max(usual.get(level, 0.0), fmt.topMargin())
                elif block.blockNumber() > 0:
                    zero.append(block)
            block = block.next()
        for block in zero:
            margin = usual.get(block.blockFormat().headingLevel(), 0.0)
            if margin > 0:
                fmt = block.blockFormat()
                fmt.setTopMargin(margin)
                QTextCursor(block).setBlockFormat(fmt)

    # --- page breaks ------------------------------------------------------

    def top_level_items(self) -> list[QTextBlock | QTextFrame]:
        """The blocks and tables directly in the document, in order."""
        items: list[QTextBlock | QTextFrame] = []
        it = self.document.rootFrame().begin()
        while not it.atEnd():
            block = it.currentBlock()
            # currentFrame() only where there is no block: it returns None
            # otherwise, and PySide6 6.12.0 dropped a reference to None on each
            # such return (one reason 6.11.3 is pinned; tests/qtbase).
            items.append(block if block.isValid() else it.currentFrame())
            it += 1
        return items

    def item_rect(self, item: QTextBlock | QTextFrame) -> QRectF:
        """Where an item lies in the laid-out document (96 dpi pixels, pages stacked)."""
        layout = self.document.documentLayout()
        if isinstance(item, QTextFrame):
            return layout.frameBoundingRect(item)
        return layout.blockBoundingRect(item)

    @staticmethod
    def is_heading(item: QTextBlock | QTextFrame) -> bool:
        """Whether an item is an HTML heading (h1-h6)."""
        return isinstance(item, QTextBlock) and item.blockFormat().headingLevel() > 0

    @staticmethod
    def _line_bottom(block: QTextBlock, lines: int) -> float:
        """Where the first ``lines`` lines of a laid-out block end (all of them if fewer)."""
        layout = block.layout()
        last = layout.lineAt(min(lines, layout.lineCount()) - 1)
        return layout.position().y() + last.rect().bottom()

    def _keep_end(self, items: list[QTextBlock | QTextFrame], i: int, lead: float) -> float | None:
        """Where the stretch that must stay with ``items[i]`` on one page ends, if anywhere."""
        item = items[i]
        rect = self.item_rect(item)
        if isinstance(item, QTextFrame):
            small = rect.height() <= KEEP_TABLE_SHARE * self.page_height
            return rect.bottom() if small else None
        if item.layout().lineCount() == 0:
            return None
        if self.is_heading(item):
            if i + 1 == len(items):
                return self._line_bottom(item, KEEP_BLOCK_LINES)
            following = self._keep_end(items, i + 1, lead)
            if following is not None:
                return self._with_introduced_table(items, i + 1, lead) or following
            nxt = items[i + 1]
            if isinstance(nxt, QTextFrame):
                return min(self.item_rect(nxt).bottom(), self.item_rect(nxt).top() + lead)
            return self._line_bottom(nxt, KEEP_LINES)
        if item.layout().lineCount() <= KEEP_BLOCK_LINES or REFERENCE.match(item.text()):
            return self._line_bottom(item, item.layout().lineCount())  # a reference: all of it
        return None

    @staticmethod
    def is_box(item: QTextBlock | QTextFrame) -> bool:
        """Whether an item is a callout box (the templates' one-cell table)."""
        return isinstance(item, QTextTable) and item.rows() == 1 and item.columns() == 1

    @staticmethod
    def _is_blank(item: QTextBlock | QTextFrame) -> bool:
        """An empty block (Qt puts one between two tables)."""
        return isinstance(item, QTextBlock) and not item.text().strip()

    def _with_introduced_table(
        self, items: list[QTextBlock | QTextFrame], i: int, lead: float
    ) -> float | None:
        """Where the stretch ends when ``items[i:]`` are short texts or boxes leading into a table.

        Keeps "heading, a line or two of introduction or a caution box, table"
        on one page (all of a small table, the first rows of a long one), so a
        page does not end on an introduction whose table is overleaf.
        """
        seen = 0
        for j in range(i, len(items)):
            item = items[j]
            if self._is_blank(item):
                continue
            seen += 1
            if seen > KEEP_INTRO_BLOCKS + 1:
                return None
            if isinstance(item, QTextFrame) and not self.is_box(item):
                if j == i:
                    return None  # a table right after the heading: the usual rule
                rect = self.item_rect(item)
                small = rect.height() <= KEEP_TABLE_SHARE * self.page_height
                return rect.bottom() if small else min(rect.bottom(), rect.top() + 2 * lead)
            if isinstance(item, QTextFrame):
                small = self.item_rect(item).height() <= KEEP_TABLE_SHARE * self.page_height
                if not small:
                    return None
                continue
            short = 0 < item.layout().lineCount() <= KEEP_BLOCK_LINES
            if self.is_heading(item) or not short:
                return None
        return None

    def _keep_together(self) -> None:
        """Move headings, short paragraphs and small tables a break would split to the next page."""
        font = self.document.defaultFont()
        lead = KEEP_LINES * QFontMetricsF(font, self._device).lineSpacing()
        height = self.page_height
        items = self.top_level_items()
        for i, item in enumerate(items):
            end = self._keep_end(items, i, lead)
            if end is None:
                continue
            top = self.item_rect(item).top()
            first_page = int(top // height)
            at_page_top = top - first_page * height < 1
            if int((end - 1) // height) != first_page and end - top <= height and not at_page_top:
                self._break_before(item)

    def _fill_last_pages(self, starts: list[QTextBlock]) -> bool:
        """Give a part's last page more than a line or two, by breaking earlier before it.

        A page with only a reference or two on it looks like a printing error.
        When the last page of a part holds less than MIN_LAST_PAGE_SHARE of a
        page, the break before it moves up (before a heading if one is near,
        else before a paragraph or a table) so that page takes a fair share, as
        long as all of it still fits on that one page. Breaks added earlier
        for the stretch that moves are dropped: it all fits on one page.
        Returns whether a break moved (the caller looks again, as a move can
        change what follows).
        """
        height = self.page_height
        moved = False
        layout = self.document.documentLayout()
        tops = [layout.blockBoundingRect(b).top() for b in starts] + [math.inf]
        ends = [0.0] * len(tops)
        for item in self.top_level_items():
            if self._is_blank(item):
                continue
            rect = self.item_rect(item)
            part = next(k for k, top in enumerate(tops) if rect.top() < top)
            ends[part] = max(ends[part], rect.bottom())
        for end in ends:
            last_page = int((end - 1) // height)
            boundary = last_page * height
            if last_page == 0 or end - boundary >= MIN_LAST_PAGE_SHARE * height:
                continue
            if self._part_start_page(starts, boundary) == last_page:
                continue  # a one-page part
            candidate = self._earlier_break(boundary, end)
            if candidate is not None:
                item, y = candidate
                self._undo_breaks_after(y, end)
                self._break_before(item)
                moved = True
        return moved

    def _part_start_page(self, starts: list[QTextBlock], boundary: float) -> int:
        layout = self.document.documentLayout()
        tops = [0.0] + [layout.blockBoundingRect(b).top() for b in starts]
        start = max(t for t in tops if t <= boundary)
        return int(start // self.page_height)

    def _earlier_break(
        self, boundary: float, end: float
    ) -> tuple[QTextBlock | QTextFrame, float] | None:
        """Where to break instead of at ``boundary`` so the page up to ``end`` is fuller."""
        height = self.page_height
        lowest = end - height + 1  # no higher than this: all must fit on the last page
        wanted = boundary - (MIN_LAST_PAGE_SHARE * height - (end - boundary))
        points = [
            (item, self.item_rect(item).top())
            for item in self.top_level_items()
            if not self._is_blank(item)
        ]
        fits = [p for p in points if lowest <= p[1] <= wanted and p[1] > boundary - height]
        if not fits:
            return None
        headings = [p for p in fits if self.is_heading(p[0]) and p[1] >= boundary - height / 2]
        item, y = max(headings or fits, key=lambda p: p[1])
        if isinstance(item, QTextBlock) and item.previous().isValid():
            before = item.previous()
            if self.is_heading(before) and self.item_rect(before).top() >= lowest:
                item, y = before, self.item_rect(before).top()  # never leave a heading behind
        return item, y

    def _break_before(self, item: QTextBlock | QTextFrame, *, on: bool = True) -> None:
        if on:
            self._forced.append(item)
        policy = (
            QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
            if on
            else QTextFormat.PageBreakFlag.PageBreak_Auto
        )
        if isinstance(item, QTextFrame):
            fmt = item.frameFormat()
            fmt.setPageBreakPolicy(policy)
            item.setFrameFormat(fmt)
        else:
            block_format = item.blockFormat()
            block_format.setPageBreakPolicy(policy)
            QTextCursor(item).setBlockFormat(block_format)

    def _undo_breaks_after(self, y: float, end: float) -> None:
        """Drop the breaks this layout added between ``y`` and ``end`` (all of it fits one page)."""
        forced = [i for i in self._forced if y < self.item_rect(i).top() < end]
        for item in forced:
            self._break_before(item, on=False)
            self._forced.remove(item)

    # --- painting ---------------------------------------------------------

    def paint(self, painter: QPainter, device: QPagedPaintDevice, pages: Iterable[int]) -> int:
        """Paint the given pages (0-based), starting a new sheet between them; returns how many."""
        painted = 0
        for index in pages:
            if painted and not device.newPage():
                raise ExportError(N_("The printer or PDF writer refused to start a new page."))
            self.paint_page(painter, index)
            painted += 1
        return painted

    def paint_page(self, painter: QPainter, index: int) -> None:
        """Paint page ``index`` (0-based): body slice, header and footer."""
        device = painter.device()
        assert isinstance(device, QPaintDevice)
        frame = self.frame.scaled(device.logicalDpiY())
        # Restored whatever happens, so the painter always ends with nothing saved.
        painter.save()
        try:
            self._paint_body(painter, frame, index, device.logicalDpiY() / LAYOUT_DPI)
        finally:
            painter.restore()
        painter.save()
        try:
            self._paint_header(painter, frame, index)
            self._paint_footer(painter, frame, index)
        finally:
            painter.restore()

    def _paint_body(self, painter: QPainter, frame: Frame, index: int, scale: float) -> None:
        height = self.page_height
        clip = QRectF(0, index * height, frame.body.width() / scale, height)
        painter.translate(frame.body.topLeft())
        painter.scale(scale, scale)
        painter.translate(0, -clip.top())
        painter.setClipRect(clip)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        # Qt draws every line that touches ctx.clip, even by a hair; such a line
        # would be invisible on this page but still in the text a reader copies.
        ctx.clip = clip.adjusted(0, 0.5, 0, -0.5)
        ctx.palette.setColor(QPalette.ColorRole.Text, QColor(self.theme.text))
        self.document.documentLayout().draw(painter, ctx)

    def _font(self, size_pt: float, *, bold: bool = False) -> QFont:
        font = _searchable_font(self.family, size_pt)
        font.setBold(bold)
        return font

    def _rule(self, painter: QPainter, frame: Frame, y: float) -> None:
        pen = QPen(QColor(self.theme.rule))
        pen.setWidthF(0.6 * frame.sheet.width() / self.frame.sheet.width())
        painter.setPen(pen)
        r = frame.header
        painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))

    # --- header ---------------------------------------------------------

    def part_index(self, index: int) -> int:
        """Which part (0 first) page ``index`` belongs to."""
        return max(k for k, start in enumerate(self.part_starts) if start <= index)

    def part_label(self, index: int) -> str:
        """Which part page ``index`` belongs to ("Patient summary", ...), or ""."""
        if not self.running.parts:
            return ""
        return self.running.parts[min(self.part_index(index), len(self.running.parts) - 1)]

    def _header_left(self, part: str) -> str:
        clinic = Running.clean(self.running.clinic)
        return f"{clinic}   \u00b7   {part}" if clinic and part else clinic or part

    def _text_width(self, device: QPaintDevice | None) -> float:
        """The header's width for text (points scaled to ``device``; 96 dpi if None)."""
        dpi = device.logicalDpiY() if device is not None else LAYOUT_DPI
        r = self.frame.scaled(dpi).header
        line = r.height() if self.header_lines == 1 else HEADER_MM * MM * dpi / 72
        logo = 0.0
        if self.logo is not None:
            height = line * 0.72
            logo = height * self.logo.width() / max(1, self.logo.height()) + height * 0.4
        return r.width() - logo

    def _plan_header(self) -> int:
        """How many lines the header needs: one, or more so the patient name is never cut.

        Decided once, before the body is laid out (the body starts below the
        header), with the longest part label and a little room to spare.
        """
        count = max(1, len(self.running.parts))
        name = max((self.running.patient_text(k) for k in range(count)), key=len)
        if not name:
            return 1
        device = self._device
        width = self._text_width(None) * 0.97
        longest = max((self._header_left(p) for p in self.running.parts or ("",)), key=len)
        right = max((self.running.header_right(k) for k in range(count)), key=len)
        bold, plain = self._font(SMALLEST_ONE_LINE_PT, bold=True), self._font(SMALLEST_ONE_LINE_PT)
        lw = QFontMetricsF(bold, device).horizontalAdvance(longest)
        rw = QFontMetricsF(plain, device).horizontalAdvance(right)
        if lw + rw + width * 0.03 <= width:
            return 1
        metrics = QFontMetricsF(self._font(SMALLEST_PT), device)
        flags = int(Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere)
        box = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, name)
        return 1 + max(1, math.ceil(box.height() / metrics.lineSpacing() - 0.01))

    def _fit_line(
        self, device: QPaintDevice, width: float, left: str, right: str, smallest: float
    ) -> tuple[QFont, QFont, str]:
        """Fonts for ``left`` (bold) and ``right`` on a line of ``width``; ``left`` cut last.

        The line is first set smaller (down to ``smallest``); if it is still too
        long, the left text (the clinic name, never a patient identifier) is
        shortened with an ellipsis. The right text is never shortened.
        """
        size = HEADER_PT
        while True:
            lfont, rfont = self._font(size, bold=True), self._font(size)
            lm, rm = QFontMetricsF(lfont, device), QFontMetricsF(rfont, device)
            lw, rw = lm.horizontalAdvance(left), rm.horizontalAdvance(right)
            if lw + rw + width * 0.03 <= width or size <= smallest:
                break
            size -= 0.5
        if lw + rw + width * 0.03 > width:
            room = max(width - rw - width * 0.03, width / 4)
            left = lm.elidedText(left, Qt.TextElideMode.ElideRight, room)
        return lfont, rfont, left

    def _paint_header(self, painter: QPainter, frame: Frame, index: int) -> None:
        device = painter.device()
        assert isinstance(device, QPaintDevice)
        r = frame.header
        scale = device.logicalDpiY() / 72
        first_height = HEADER_MM * MM * scale * 0.72
        line = QRectF(r.left(), r.top(), r.width(), first_height)
        text_line = QRectF(line)
        if self.logo is not None:
            width = first_height * self.logo.width() / max(1, self.logo.height())
            painter.drawImage(QRectF(line.left(), line.top(), width, first_height), self.logo)
            text_line.setLeft(line.left() + width + first_height * 0.4)
        left = self._header_left(self.part_label(index))
        part = self.part_index(index)
        one_line = self.header_lines == 1
        right = self.running.header_right(part) if one_line else self.running.date
        smallest = SMALLEST_PT if one_line else SMALLEST_ONE_LINE_PT
        lfont, rfont, left = self._fit_line(device, text_line.width(), left, right, smallest)
        single = Qt.TextFlag.TextSingleLine | Qt.AlignmentFlag.AlignVCenter
        if left:
            painter.setFont(lfont)
            painter.setPen(QColor(self.theme.accent))
            painter.drawText(text_line, single | Qt.AlignmentFlag.AlignLeft, left)
        painter.setFont(rfont)
        painter.setPen(QColor(self.theme.text))
        painter.drawText(line, single | Qt.AlignmentFlag.AlignRight, right)
        if not one_line:
            self._paint_patient_line(painter, device, text_line, r, part)
        self._rule(painter, frame, r.bottom())

    def _paint_patient_line(
        self, painter: QPainter, device: QPaintDevice, text_line: QRectF, r: QRectF, part: int
    ) -> None:
        """The patient name in full under the clinic line (wrapped, never shortened)."""
        name = self.running.patient_text(part)
        area = QRectF(text_line.left(), text_line.bottom(), text_line.width(), 0)
        area.setBottom(r.bottom() - (r.height() - area.top() + r.top()) * 0.05)
        flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere
        size = HEADER_PT
        while True:
            font = self._font(size)
            box = QFontMetricsF(font, device).boundingRect(area, int(flags), name)
            if box.height() <= area.height() or size <= SMALLEST_PT:
                break
            size -= 0.5
        painter.setFont(font)
        painter.setPen(QColor(self.theme.text))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(area, int(flags | align), name)

    def _paint_footer(self, painter: QPainter, frame: Frame, index: int) -> None:
        r = frame.footer
        self._rule(painter, frame, r.top())
        half = r.height() / 2.2
        first = QRectF(r.left(), r.top() + r.height() * 0.12, r.width(), half)
        second = QRectF(r.left(), first.bottom(), r.width(), half)
        single = Qt.TextFlag.TextSingleLine | Qt.AlignmentFlag.AlignVCenter
        painter.setPen(QColor(self.theme.text))
        painter.setFont(self._font(FOOTER_PT, bold=True))
        words = self.running.part_words(self.part_index(index))
        disclaimer = words.disclaimer if self.running.words else self.running.disclaimer
        painter.drawText(first, single | Qt.AlignmentFlag.AlignLeft, disclaimer)
        painter.setFont(self._font(FOOTER_PT))
        page = self.page_label(index)
        painter.drawText(first, single | Qt.AlignmentFlag.AlignRight, page)
        painter.setPen(QColor(self.theme.muted))
        versions = words.versions or self.running.versions
        painter.drawText(second, single | Qt.AlignmentFlag.AlignLeft, versions)
