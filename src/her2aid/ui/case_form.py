"""The input panel: widgets <-> :class:`~her2aid.ui.case_state.FormState`.

The form does not decide anything itself. When the user changes a widget it
emits ``edited`` with the state the change asks for; the window records that
on its undo stack and applies it with :meth:`CaseForm.set_state`, then shows
the engine's verdict with :meth:`CaseForm.show_result` (the ER and PR category
buttons always show the category the engine derived, and refused entries are
marked at their field with the reason).

ER and PR keep the percent and the category in step: typing a percent selects
the category it falls in; choosing a category that disagrees with the typed
percent clears the percent; "Not known" clears both.

Signals:
    edited(FormState, str): the user asked for a new state by changing the named field.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from her2aid.core import content
from her2aid.core.models import Classification
from her2aid.ui.case_state import FormState, Problem
from her2aid.ui.forms.ui_case_form import Ui_CaseForm
from her2aid.ui.summary_panel import is_dark
from her2aid.ui.translation import current as current_language
from her2aid.ui.translation import reason, translate

#: Marker shown before the reason an entry was refused.
ERROR_MARK = "\u26a0"


def values_answers() -> tuple[tuple[str | None, str], ...]:
    """The values exercise's answers as the form offers them (None: not answered).

    No Alt+letter: one per row would repeat the same letters down the form.
    """
    return (
        ("not_important", translate("CaseForm", "Not important")),
        ("somewhat_important", translate("CaseForm", "Somewhat")),
        ("very_important", translate("CaseForm", "Very important")),
        (None, translate("CaseForm", "No answer")),
    )


class _UndoToWindow(QObject):
    """Let Ctrl+Z / Ctrl+Shift+Z and the window's own keys in a text field reach the window.

    A QLineEdit otherwise claims these keys: undo for its own, per-field undo,
    which would bypass the case's undo history, and on Linux Ctrl+E ("end of
    line"), which would swallow Export PDF while the cursor is in a field.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window_keys: set[str] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination()).toString()
            if (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
                or pressed in self.window_keys
            ):
                event.ignore()
                return True
        return False


def _focus_reason(window: QWidget) -> Qt.FocusReason:
    """The reason to give a programmatic focus move so the focus ring stays as it was."""
    keyboard = window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    return Qt.FocusReason.TabFocusReason if keyboard else Qt.FocusReason.OtherFocusReason


class CaseForm(QWidget):
    """Every case input, grouped as a pathology report is read."""

    edited = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_CaseForm()
        ui.setupUi(self)
        self._state = FormState()
        self._shown_category: dict[str, str | None] = {"er_status": None, "pr_status": None}
        self.texts: dict[str, QLineEdit] = {
            "er_percent": ui.erPercent,
            "pr_percent": ui.prPercent,
            "ish_ratio": ui.ishRatio,
            "ish_dual_copies": ui.ishDualCopies,
            "ish_single_copies": ui.ishSingleCopies,
            "ki67_percent": ui.ki67Percent,
            "pdl1_cps": ui.pdl1Cps,
            "prog_age": ui.progAge,
            "prog_size": ui.progSize,
            "prog_nodes": ui.progNodes,
        }
        self._error_labels: dict[str, QLabel] = {
            "er_percent": ui.erPercentError,
            "pr_percent": ui.prPercentError,
            "ish_ratio": ui.ishRatioError,
            "ish_dual_copies": ui.ishDualCopiesError,
            "ish_single_copies": ui.ishSingleCopiesError,
            "ki67_percent": ui.ki67PercentError,
            "pdl1_cps": ui.pdl1CpsError,
            "prog_age": ui.progAgeError,
            "prog_size": ui.progSizeError,
            "prog_nodes": ui.progNodesError,
        }
        self._field_labels: dict[str, QLabel] = {
            "er_percent": ui.erPercentLabel,
            "pr_percent": ui.prPercentLabel,
            "ish_ratio": ui.ishRatioLabel,
            "ish_dual_copies": ui.ishDualCopiesLabel,
            "ish_single_copies": ui.ishSingleCopiesLabel,
            "ki67_percent": ui.ki67PercentLabel,
            "pdl1_cps": ui.pdl1CpsLabel,
            "prog_age": ui.progAgeLabel,
            "prog_size": ui.progSizeLabel,
            "prog_nodes": ui.progNodesLabel,
        }
        #: Each choice field: its button group and the value of each button.
        self.choices: dict[str, tuple[QButtonGroup, dict[QAbstractButton, object]]] = {
            "er_status": (
                ui.erStatusGroup,
                {
                    ui.erPositive: "positive",
                    ui.erLowPositive: "low_positive",
                    ui.erNegative: "negative",
                    ui.erUnknown: None,
                },
            ),
            "pr_status": (
                ui.prStatusGroup,
                {ui.prPositive: "positive", ui.prNegative: "negative", ui.prUnknown: None},
            ),
            "ihc": (
                ui.ihcScoreGroup,
                {
                    ui.ihcNotDone: None,
                    ui.ihcZero: "0",
                    ui.ihcZeroNull: "0-null",
                    ui.ihcZeroUltralow: "0-ultralow",
                    ui.ihcOne: "1+",
                    ui.ihcTwo: "2+",
                    ui.ihcThree: "3+",
                },
            ),
            "ish_method": (
                ui.ishMethodGroup,
                {
                    ui.ishNone: "none",
                    ui.ishReported: "reported",
                    ui.ishDual: "dual",
                    ui.ishSingle: "single",
                },
            ),
            "ish_result": (
                ui.ishResultGroup,
                {
                    ui.ishAmplified: "amplified",
                    ui.ishNotAmplified: "not_amplified",
                    ui.ishPending: None,
                },
            ),
            "setting": (
                ui.settingGroup,
                {
                    ui.settingEarly: "early",
                    ui.settingMetastatic: "metastatic",
                    ui.settingUnknown: None,
                },
            ),
            "menopause": (
                ui.menopauseGroup,
                {ui.menopausePre: "pre", ui.menopausePost: "post", ui.menopauseUnknown: None},
            ),
            "germline_brca": (
                ui.brcaGroup,
                {ui.brcaYes: True, ui.brcaNo: False, ui.brcaUnknown: None},
            ),
            "pik3ca_akt1_pten": (
                ui.pik3caGroup,
                {ui.pik3caYes: True, ui.pik3caNo: False, ui.pik3caUnknown: None},
            ),
            "esr1": (
                ui.esr1Group,
                {ui.esr1Yes: True, ui.esr1No: False, ui.esr1Unknown: None},
            ),
            "prog_grade": (
                ui.progGradeGroup,
                {ui.progGrade1: 1, ui.progGrade2: 2, ui.progGrade3: 3, ui.progGradeUnknown: None},
            ),
            "prog_detection": (
                ui.progDetectionGroup,
                {
                    ui.progDetectionScreen: "screen",
                    ui.progDetectionSymptoms: "symptoms",
                    ui.progDetectionUnknown: None,
                },
            ),
            "prog_chemo": (
                ui.progChemoGroup,
                {
                    ui.progChemoNone: "none",
                    ui.progChemoSecond: "second_gen",
                    ui.progChemoThird: "third_gen",
                },
            ),
            "prog_endocrine": (
                ui.progEndocrineGroup,
                {ui.progEndocrineNone: "none", ui.progEndocrine5: "5y", ui.progEndocrine10: "10y"},
            ),
            "predict_model": (
                ui.progModelGroup,
                {ui.progModelV22: "v2.2", ui.progModelV21: "v2.1"},
            ),
        }
        #: Each yes/no field and its check box.
        self.checks: dict[str, QCheckBox] = {
            "ish_recount": ui.ishRecount,
            "prog_trastuzumab": ui.progTrastuzumab,
            "prog_bisphosphonates": ui.progBisphosphonates,
        }
        self._base_descriptions = {f: e.accessibleDescription() for f, e in self.texts.items()}
        self._undo_filter = _UndoToWindow(self)
        for field, edit in self.texts.items():
            edit.installEventFilter(self._undo_filter)
            # textChanged, not textEdited: whatever changes the text (typing, the context
            # menu, an input method), the case always matches what the field shows.
            edit.textChanged.connect(lambda text, f=field: self._on_text_edited(f, text))
        for field, (group, _values) in self.choices.items():
            group.buttonClicked.connect(lambda button, f=field: self._on_choice_clicked(f, button))
        for field, box in self.checks.items():
            box.clicked.connect(
                lambda checked, f=field: self._ask(self._state.with_value(f, checked), f)
            )
        #: The values exercise: one row of answers per statement this case shows,
        #: built from the classification (the statements depend on the decision).
        self.values_rows: dict[str, tuple[QButtonGroup, dict[QAbstractButton, object]]] = {}
        self._values_ids: tuple[str, ...] = ()
        self._values_all_rows: dict[str, QWidget] = {}
        self._values_all_groups: dict[str, tuple[QButtonGroup, dict[QAbstractButton, object]]] = {}
        #: What the undo menu calls the last answer given (the button's spoken name).
        self.last_values_answer = translate("CaseForm", "What matters most to you")
        ui.valuesGroup.setVisible(False)
        self._problems: dict[str, Problem] = {}
        #: The refusal shown under each text field (None: none), as last shown.
        self._shown_reasons: dict[str, str | None] = {}
        self._applied: FormState | None = None  # the state the widgets show
        self._apply_state(self._state)
        self._apply_palette()

    def pass_keys_to_window(self, keys: Iterable[QKeySequence]) -> None:
        """Let these window shortcuts work while the cursor is in a text field."""
        self._undo_filter.window_keys = {k.toString() for k in keys if not k.isEmpty()}

    def focus_first_field(self) -> None:
        """Put the focus on ER, where a pathology report is read from (a new case)."""
        window = self.window()
        self.ui.erPercent.setFocus(_focus_reason(window))

    # --- state in, state out -------------------------------------------------

    @property
    def state(self) -> FormState:
        """The state the form shows."""
        return self._state

    def set_state(self, state: FormState) -> None:
        """Show ``state`` in the widgets (emits nothing)."""
        self._state = state
        self._apply_state(state)

    def _apply_state(self, state: FormState) -> None:
        # Only what changed since the state last shown is touched: a toggle must
        # show within one frame, and re-checking 20 radio groups costs a millisecond.
        shown = self._applied
        self._applied = state
        for field, edit in self.texts.items():
            text = getattr(state, field)
            if edit.text() != text:
                edit.blockSignals(True)
                edit.setText(text)
                edit.blockSignals(False)
        for field, (_group, values) in self.choices.items():
            if field in self._shown_category:
                continue  # the engine's category is shown (show_result)
            if shown is not None and getattr(shown, field) == getattr(state, field):
                continue
            self._check(values, getattr(state, field))
        for field, box in self.checks.items():
            box.setChecked(getattr(state, field))
        if shown is None or shown.values != state.values:
            answers = dict(state.values)
            for item_id, (_group, values) in self.values_rows.items():
                self._check(values, answers.get(item_id))
        # PREDICT is for early invasive cancer after surgery; its inputs show only then.
        self.ui.prognosisGroup.setVisible(state.setting == "early")
        self.ui.ishReportedPage.setVisible(state.ish_method == "reported")
        self.ui.ishDualPage.setVisible(state.ish_method == "dual")
        self.ui.ishSinglePage.setVisible(state.ish_method == "single")

    @staticmethod
    def _check(values: Mapping[QAbstractButton, object], value: object) -> None:
        """Check the button standing for ``value``: the group's one tab stop and focus.

        As in any radio group, the focus sits on the checked button: when a new
        case, an opened file or an undo checks another one, a focused button
        hands the focus over, and the others are forgotten as the group box's
        last focus (its Alt+letter would otherwise return to an unchecked one).
        """
        chosen = None
        for button, button_value in values.items():
            if button_value == value and type(button_value) is type(value):
                chosen = button
                if not button.isChecked():
                    button.blockSignals(True)
                    button.setChecked(True)
                    button.blockSignals(False)
                button.setFocusPolicy(button.focusPolicy() | Qt.FocusPolicy.TabFocus)
        for button in values:
            if button is chosen:
                continue
            # The window's focus widget, also while a question (Discard?) is open.
            if button.window().focusWidget() is button:
                if chosen is None:
                    continue  # nothing to hand over to: the focus stays put
                # A keyboard user keeps the focus ring (WCAG 2.4.7): any other reason
                # than Tab would tell Qt the focus moved by mouse or program, and the
                # window would stop drawing it. A mouse user gets no ring, as before.
                chosen.setFocus(_focus_reason(button.window()))
            policy = button.focusPolicy()
            button.setFocusPolicy(Qt.FocusPolicy(policy.value & ~Qt.FocusPolicy.TabFocus.value))
            button.clearFocus()

    def show_result(self, result: Classification, problems: tuple[Problem, ...]) -> None:
        """Show the engine's ER and PR categories and mark the refused entries."""
        if result.values_items != self._values_ids:
            self._show_values(result.values_items)
        for field, value in (("er_status", result.er.value), ("pr_status", result.pr.value)):
            shown = None if value == "unknown" else value
            buttons = self.choices[field][1]
            if self._shown_category[field] == shown and any(
                b.isChecked() for b, v in buttons.items() if v == shown
            ):
                continue  # already shown
            self._shown_category[field] = shown
            self._check(buttons, shown)
        # The first problem per field: a refused entry is dropped from the case, so
        # PREDICT then also finds the field empty; the refusal is the reason to show.
        self._problems = {}
        for p in problems:
            if p.field is not None:
                self._problems.setdefault(p.field, p)
        for field, edit in self.texts.items():
            problem = self._problems.get(field)
            why = None if problem is None else _reason(problem)
            if self._shown_reasons.get(field, "") == why:
                continue  # as shown: restyling every field costs time on every toggle
            self._shown_reasons[field] = why
            label = self._error_labels[field]
            base = self._base_descriptions[field]
            if why is None:
                label.clear()
                label.setVisible(False)
                edit.setProperty("invalid", False)
                edit.setAccessibleDescription(base)
            else:
                label.setText(f"{ERROR_MARK} {why[:1].upper()}{why[1:]}")
                label.setVisible(True)
                edit.setProperty("invalid", True)
                edit.setAccessibleDescription(
                    translate("CaseForm", "{description} Not valid: {reason}.").format(
                        description=base, reason=why
                    )
                )
            self._style_edit(edit)

    def _show_values(self, ids: tuple[str, ...]) -> None:
        """Show the values statements of this case, each with its answers as a radio group.

        Every statement of values.toml gets its row the first time any is shown
        (a few milliseconds, once); after that a case only shows or hides rows,
        so a toggle that changes the decision stays within a frame. The rows
        are in the content's order, which is also the order the engine lists.
        """
        ui = self.ui
        if not self._values_all_rows:
            self._make_values_rows()
        focused = self.window().focusWidget()
        lost_focus = False
        for item_id, row in self._values_all_rows.items():
            shown = item_id in ids
            if not shown and row.isAncestorOf(focused):
                lost_focus = True
            row.setVisible(shown)
        self._values_ids = ids
        self.values_rows = {i: self._values_all_groups[i] for i in ids}
        ui.valuesGroup.setVisible(bool(ids))
        current = dict(self._state.values)
        for item_id, (_group, values) in self.values_rows.items():
            self._check(values, current.get(item_id))
        if lost_focus and self.values_rows:
            first = next(iter(self.values_rows.values()))[0].checkedButton()
            if first is not None:
                first.setFocus(_focus_reason(self.window()))

    def _make_values_rows(self) -> None:
        """One row per statement: the statement, then Not / Somewhat / Very / No answer."""
        ui = self.ui
        previous: QWidget = ui.progModelV21  # the last tab stop above the exercise
        answers_offered = values_answers()
        about = translate(
            "CaseForm",
            "How important this is to the patient. Printed in the handout; saved only in the "
            "case file.",
        )
        for item_id, item in content.load(current_language()).values_items.items():
            text = item.text
            row, buttons = _values_row(ui.valuesRows, text, answers_offered)
            row.setObjectName(f"values_{item_id}")
            row.setAccessibleName(text)
            group = QButtonGroup(self)
            values: dict[QAbstractButton, object] = {}
            for button, (answer, label) in zip(buttons, answers_offered, strict=True):
                button.setObjectName(f"values_{item_id}_{answer or 'none'}")
                button.setAccessibleName(f"{text}: {label.lower()}")
                button.setAccessibleDescription(about)
                group.addButton(button)
                values[button] = answer
                QWidget.setTabOrder(previous, button)
                previous = button
            group.buttonClicked.connect(lambda button, i=item_id: self._on_value_clicked(i, button))
            self._values_all_rows[item_id] = row
            self._values_all_groups[item_id] = (group, values)
            ui.valuesRowsLayout.addWidget(row)

    def widest_width(self) -> int:
        """The width the form needs with every section it can show (its widest case).

        Prognosis (early cancer), the values exercise (every statement) and the
        fields of each ISH method take room only while shown, so the form's
        minimum width changes from case to case. They are measured as if shown,
        without showing anything, so no focus moves and nothing flickers: each
        section by itself (hidden or not), with the parts it hides counted (a
        hidden widget that keeps its size counts in its layout).
        """
        ui = self.ui
        rows = list(self._values_all_rows.values())
        probe = None
        if not rows:
            # The rows are made when a case first shows one (start-up stays quick):
            # until then one stands in for them, as wide as any (the statement wraps,
            # the answers side by side set the width).
            texts = [i.text for i in content.load(current_language()).values_items.values()]
            probe, _buttons = _values_row(ui.valuesRows, max(texts, key=len), values_answers())
            ui.valuesRowsLayout.addWidget(probe)
            rows = [probe]
        inner: list[QWidget] = [ui.ishReportedPage, ui.ishDualPage, ui.ishSinglePage, *rows]
        policies = [part.sizePolicy() for part in inner]
        try:
            for part, policy in zip(inner, policies, strict=True):
                kept = QSizePolicy(policy)
                kept.setRetainSizeWhenHidden(True)
                part.setSizePolicy(kept)
            self._invalidate_layouts_above(inner)
            sections = (ui.ishGroup, ui.prognosisGroup, ui.valuesGroup)
            widest = max(section.minimumSizeHint().width() for section in sections)
        finally:
            for part, policy in zip(inner, policies, strict=True):
                part.setSizePolicy(policy)
            self._invalidate_layouts_above(inner)
            if probe is not None:
                ui.valuesRowsLayout.removeWidget(probe)
                probe.setParent(None)  # deleted with its last reference
        margins = ui.formLayout.contentsMargins()
        return max(widest + margins.left() + margins.right(), self.minimumSizeHint().width())

    def _invalidate_layouts_above(self, widgets: Iterable[QWidget]) -> None:
        """Make the layouts from these widgets up to the form's sections measure again.

        Qt does this itself only up to a hidden widget.
        """
        for widget in widgets:
            parent = widget.parentWidget()
            while parent is not None and parent is not self:
                layout = parent.layout()
                if layout is not None:
                    layout.invalidate()
                parent = parent.parentWidget()

    def error_label(self, field: str) -> QLabel:
        """The label under a text field that says why its entry was refused."""
        return self._error_labels[field]

    def field_label(self, field: str) -> str:
        """The visible label of a text field, without its mnemonic marker."""
        return self._field_labels[field].text().replace("&", "")

    def problems_text(self, problems: tuple[Problem, ...]) -> str:
        """One line per refused entry, naming the field as the form labels it."""
        lines = []
        for p in problems:
            name = self.field_label(p.field) if p.field in self._field_labels else p.case_field
            lines.append(f"{name}: {_reason(p)}")
        if not lines:
            return ""
        head = translate("CaseForm", "Not used until corrected:")
        return "\n".join([f"{ERROR_MARK} {head}", *lines])

    # --- look ----------------------------------------------------------------

    def _error_colour(self) -> str:
        return "#ff8a80" if is_dark(self.palette()) else "#b3261e"

    def _style_edit(self, edit: QLineEdit) -> None:
        if edit.property("invalid"):
            edit.setStyleSheet(
                f"QLineEdit {{ border: 2px solid {self._error_colour()}; border-radius: 3px;"
                " padding: 1px 2px; }"
            )
        else:
            edit.setStyleSheet("")

    def _apply_palette(self) -> None:
        for label in self._error_labels.values():
            label.setStyleSheet(f"QLabel {{ color: {self._error_colour()}; }}")
        for edit in self.texts.values():
            self._style_edit(edit)

    def changeEvent(self, event: QEvent) -> None:
        """Keep the error colour readable when the palette changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()

    # --- user changes ----------------------------------------------------------

    def _ask(self, state: FormState, field: str) -> None:
        if state != self._state:
            self.edited.emit(state, field)

    def _on_text_edited(self, field: str, text: str) -> None:
        state = self._state.with_value(field, text)
        if field == "er_percent":
            state = state.with_value("er_status", None)
        elif field == "pr_percent":
            state = state.with_value("pr_status", None)
        self._ask(state, field)

    def _on_value_clicked(self, item_id: str, button: QAbstractButton) -> None:
        answer = self.values_rows[item_id][1][button]
        self.last_values_answer = button.accessibleName()
        chosen = answer if isinstance(answer, str) else None
        self._ask(self._state.with_answer(item_id, chosen), "values")

    def _on_choice_clicked(self, field: str, button: QAbstractButton) -> None:
        value = self.choices[field][1][button]
        if field in self._shown_category:
            self._on_category_clicked(field, value)
            return
        self._ask(self._state.with_value(field, value), field)

    def _on_category_clicked(self, field: str, value: object) -> None:
        percent_field = "er_percent" if field == "er_status" else "pr_percent"
        state = self._state
        if value is None:
            state = state.with_value(percent_field, "").with_value(field, None)
        elif getattr(state, percent_field).strip():
            if self._shown_category[field] == value:
                return  # the percent already says so
            state = state.with_value(percent_field, "").with_value(field, value)
        else:
            state = state.with_value(field, value)
        if state == self._state:
            # e.g. "Not known" clicked while nothing was entered: show it again.
            self._check(self.choices[field][1], self._shown_category[field])
            return
        self._ask(state, field)


def _values_row(
    parent: QWidget, text: str, answers: Iterable[tuple[str | None, str]]
) -> tuple[QWidget, list[QRadioButton]]:
    """A row of the values exercise, hidden: the statement, then its answers side by side."""
    row = QWidget(parent)
    row.setVisible(False)
    rows = QVBoxLayout(row)
    rows.setContentsMargins(0, 4, 0, 0)
    rows.setSpacing(0)
    statement = QLabel(text, row)
    statement.setWordWrap(True)
    rows.addWidget(statement)
    line = QHBoxLayout()
    line.setSpacing(10)
    buttons = []
    for _answer, label in answers:
        button = QRadioButton(label, row)
        line.addWidget(button)
        buttons.append(button)
    line.addStretch(1)
    rows.addLayout(line)
    return row, buttons


def _reason(problem: Problem) -> str:
    """Why an entry was refused, in the window's language."""
    return reason(problem.reason, problem.template, problem.params)
