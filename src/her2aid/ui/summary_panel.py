"""The summary panel: the report layer's HTML in a QTextBrowser, re-rendered live.

The panel shows one audience at a time (clinician or patient), handles the
two kinds of link the report contains (``her2aid:trace`` toggles the rule
trace, ``#ref-N`` jumps to a reference) and never follows any other link:
her2aid does not use the network. A dark palette selects the report's dark
theme. Entries the form could not use are listed in a banner above the report.

Signals:
    audience_changed(str): the user switched the view ("clinician"/"patient").
    trace_toggled(bool): the user showed or hid the rule trace.
    rendered(): a new summary is on screen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from her2aid.core.models import CaseInputs, Classification
from her2aid.core.prognosis import DEFAULT_MODEL
from her2aid.report.context import DARK, LIGHT, Audience, Meta, Theme
from her2aid.report.render import render_summary
from her2aid.ui.forms.ui_summary_panel import Ui_SummaryPanel
from her2aid.ui.translation import current as current_language
from her2aid.ui.translation import translate

log = logging.getLogger(__name__)

TRACE_LINK = "her2aid:trace"
REFERENCES_LINK = "her2aid:references"


def is_dark(palette: QPalette) -> bool:
    """True when the palette draws light text on a dark background."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


class SummaryPanel(QWidget):
    """View switch, problems banner and the rendered summary."""

    audience_changed = Signal(str)
    trace_toggled = Signal(bool)
    rendered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SummaryPanel()
        self.ui.setupUi(self)
        self._audience: Audience = "clinician"
        self._expand_trace = False
        self._expand_references = False
        self._case: tuple[Classification, CaseInputs] | None = None
        self._meta = Meta(language=current_language())
        self._theme: Theme = LIGHT
        self.render_count = 0
        self.last_html = ""
        self.ui.clinicianView.setChecked(True)
        self.ui.clinicianView.toggled.connect(self._on_view_toggled)
        self.ui.showTrace.toggled.connect(self._on_show_trace_toggled)
        self.ui.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        self.ui.browser.setUndoRedoEnabled(False)  # read-only: no undo history to build
        self._apply_palette()

    # --- state ---------------------------------------------------------------

    @property
    def audience(self) -> Audience:
        """The audience shown."""
        return self._audience

    @property
    def trace_expanded(self) -> bool:
        """Whether the clinician view lists the rule trace."""
        return self._expand_trace

    @property
    def theme(self) -> Theme:
        """The report theme matching the current palette."""
        return self._theme

    def plain_text(self) -> str:
        """The summary as plain text (for tests)."""
        return self.ui.browser.toPlainText()

    def set_case(
        self,
        result: Classification,
        inputs: CaseInputs,
        problems: str = "",
        prognosis_model: str = DEFAULT_MODEL,
        left_out: frozenset[str] = frozenset(),
    ) -> None:
        """Show a new classification, keeping the reader's place in the text.

        ``problems`` is the banner naming refused entries; ``left_out`` their case
        fields, which the summary then calls left out rather than not recorded.
        """
        self._case = (result, inputs)
        self._meta = Meta(
            prognosis_model=prognosis_model, left_out=left_out, language=current_language()
        )
        self._set_problems(problems)
        self._render(keep_position=True)

    def set_audience(self, audience: Audience) -> None:
        """Switch the view (does not emit audience_changed)."""
        if audience == self._audience:
            return
        self._audience = audience
        button = self.ui.clinicianView if audience == "clinician" else self.ui.patientView
        button.blockSignals(True)
        button.setChecked(True)
        button.blockSignals(False)
        self.ui.showTrace.setEnabled(audience == "clinician")
        self._render(keep_position=False)

    def set_trace_expanded(self, expanded: bool) -> None:
        """Show or hide the rule trace (does not emit trace_toggled)."""
        if expanded == self._expand_trace:
            return
        self._expand_trace = expanded
        self.ui.showTrace.blockSignals(True)
        self.ui.showTrace.setChecked(expanded)
        self.ui.showTrace.blockSignals(False)
        if self._audience == "clinician":
            self._render(keep_position=True)

    def scroll_to_top(self) -> None:
        """Show the start of the summary (its headline), e.g. for another case."""
        browser = self.ui.browser
        cursor = browser.textCursor()
        cursor.clearSelection()
        cursor.setPosition(0)
        browser.setTextCursor(cursor)
        browser.verticalScrollBar().setValue(0)

    # --- rendering -----------------------------------------------------------

    def _set_problems(self, text: str) -> None:
        self.ui.problemsLabel.setText(text)
        self.ui.problemsLabel.setAccessibleName(
            translate("SummaryPanel", "Entries left out of the summary") if text else ""
        )
        self.ui.problemsLabel.setVisible(bool(text))

    def _render(self, *, keep_position: bool) -> None:
        if self._case is None:
            return
        result, inputs = self._case
        html = render_summary(
            result,
            inputs,
            audience=self._audience,
            theme=self._theme,
            expand_trace=self._expand_trace,
            expand_references=self._expand_references,
            meta=self._meta,
        )
        if html != self.last_html:  # else nothing on screen would change
            bar = self.ui.browser.verticalScrollBar()
            position = bar.value() if keep_position else 0
            self.ui.browser.setHtml(html)
            self.last_html = html
            if position:
                # Lay the whole document out now so the old position is within range.
                # At the top, Qt's lazy layout (the visible part first) is enough.
                self.ui.browser.document().size()
                bar.setValue(min(position, bar.maximum()))
        self.render_count += 1
        self.rendered.emit()

    def show_failure(self) -> None:
        """Clear the summary after an internal error, saying so (nothing stale stays)."""
        self._case = None
        self.last_html = ""
        self.ui.browser.clear()
        self._set_problems(
            "\u26a0 "
            + translate(
                "SummaryPanel",
                "The summary could not be made for these inputs because of an internal "
                "error. It has been cleared so that no out-of-date summary is shown. Change or "
                "undo the last input, or start a new case.",
            )
        )

    def _apply_palette(self) -> None:
        self._theme = DARK if is_dark(self.palette()) else LIGHT
        self.ui.problemsLabel.setStyleSheet(
            f"QLabel {{ background: {self._theme.warn}; color: {self._theme.warn_text};"
            " padding: 6px; }"
        )

    def changeEvent(self, event: QEvent) -> None:
        """Re-render in the matching theme when the palette changes (light <-> dark)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            previous = self._theme
            self._apply_palette()
            if self._theme is not previous:
                self._render(keep_position=True)

    # --- slots ---------------------------------------------------------------

    def _on_view_toggled(self, clinician: bool) -> None:
        audience: Audience = "clinician" if clinician else "patient"
        self.set_audience(audience)
        self.audience_changed.emit(audience)

    def _on_show_trace_toggled(self, checked: bool) -> None:
        self.set_trace_expanded(checked)
        self.trace_toggled.emit(checked)

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        if url.toString() == TRACE_LINK:
            self.set_trace_expanded(not self._expand_trace)
            self.trace_toggled.emit(self._expand_trace)
        elif url.toString() == REFERENCES_LINK:
            self._expand_references = not self._expand_references
            self._render(keep_position=True)
        elif url.hasFragment() and not url.scheme() and not url.path():
            if url.fragment().startswith("ref-") and not self._expand_references:
                self._expand_references = True  # a citation was clicked: open the list
                self._render(keep_position=True)
            self.ui.browser.scrollToAnchor(url.fragment())
        else:
            log.info("ignored a link to %s (her2aid does not open links)", url.scheme() or "?")
