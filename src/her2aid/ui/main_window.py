"""The main window: the case form on the left, the live summary on the right.

Data flows one way: a change in the form becomes a new
:class:`~her2aid.ui.case_state.FormState` on the undo stack; applying it
builds the ``her2aid-case/1`` dict, has the core check and classify it, and
hands the result to the summary panel. Files, export and printing go through
:mod:`her2aid.ui.dialogs`, the one place dialogs are opened.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QByteArray, QEvent, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QIcon,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from her2aid import applog
from her2aid.core import casefile
from her2aid.core import content as content_module
from her2aid.core.classify import classify
from her2aid.core.errors import InputError
from her2aid.core.examples import example_names, load_example
from her2aid.core.models import CaseInputs, Classification
from her2aid.qtbase.settings import Settings
from her2aid.report.context import Audience, Meta
from her2aid.ui.case_state import (
    Evaluation,
    FormState,
    evaluate,
    from_inputs,
    predict_problems,
)
from her2aid.ui.dialogs import Dialogs
from her2aid.ui.forms.ui_main_window import Ui_MainWindow
from her2aid.ui.translation import current as current_language
from her2aid.ui.translation import file_error, reason, translate
from her2aid.ui.undo import Document, DocumentCommand, DocumentSlot, StateCommand

if TYPE_CHECKING:  # the handout's modules load when a handout is made, not at startup
    from PySide6.QtPrintSupport import QPrinter

    from her2aid.ui.handout_dialog import HandoutOptions

log = logging.getLogger(__name__)

APP_NAME = "her2aid"


def untitled() -> str:
    """The name of a case that has no file yet."""
    return translate("MainWindow", "Untitled case")


def example_title(name: str) -> str:
    """An example's title in File > Open example, in the window's language (else its name)."""
    return example_titles().get(name, name)


def example_titles() -> dict[str, str]:
    """The shipped examples' titles in the window's language (lupdate reads them here).

    Written out, not made from the file names: "ISH group 2", "IHC 2+" and
    "PD-L1" are spelled as a pathologist writes them, and each is translated.
    """
    return {
        "er-low-early": translate("Examples", "ER low early"),
        "er-negative-pr-positive": translate("Examples", "ER negative PR positive"),
        "her2-null-early": translate("Examples", "HER2 null early"),
        "her2-positive-early": translate("Examples", "HER2 positive early"),
        "her2-ultralow-metastatic": translate("Examples", "HER2 ultralow metastatic"),
        "hr-positive-her2-low-metastatic": translate("Examples", "HR positive HER2 low metastatic"),
        "hr-positive-her2-positive-metastatic": translate(
            "Examples", "HR positive HER2 positive metastatic"
        ),
        "ihc2-pending-ish": translate("Examples", "IHC 2+ pending ISH"),
        "ish-group2-recount-needed": translate("Examples", "ISH group 2 recount needed"),
        "ish-group3-recount-positive": translate("Examples", "ISH group 3 recount positive"),
        "ish-group4-recount-negative": translate("Examples", "ISH group 4 recount negative"),
        "luminal-a-early": translate("Examples", "Luminal A early"),
        "tnbc-early": translate("Examples", "TNBC early"),
        "tnbc-metastatic-pdl1": translate("Examples", "TNBC metastatic PD-L1"),
    }


def _step_label(with_change: str, alone: str, change: str) -> str:
    """The undo or redo menu text: the step named ("&" doubled), or the verb alone."""
    return with_change.format(change=change.replace("&", "&&")) if change else alone


def _internal_error(exc: BaseException) -> str:
    return translate("MainWindow", "Internal error: {error}").format(error=repr(exc))


def _same_file(a: Path, b: Path) -> bool:
    """True if ``a`` and ``b`` are one file (also through links); False if either is missing."""
    try:
        return a.samefile(b)
    except OSError:
        return False


class MainWindow(QMainWindow):
    """The her2aid window.

    Attributes:
        form: the case inputs (left).
        summary: the rendered summary (right).
        undo_stack: every change to the inputs; clean when the case is saved.
        dialogs: the dialog seam (replaced in tests).
    """

    def __init__(
        self,
        dialogs: Dialogs | None = None,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.dialogs = dialogs if dialogs is not None else Dialogs()
        self.settings = settings if settings is not None else Settings()
        self.form = self.ui.caseForm
        self.summary = self.ui.summaryPanel
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self._slot = DocumentSlot(Document(None, untitled()))
        self.evaluation = Evaluation(CaseInputs(), ())
        # The widest the form has needed in this window: every section shown from
        # the start, then any wider need (a long reason under a field).
        self._form_width = self.form.widest_width()
        self.result: Classification | None = None
        self._folder = Path.home()

        self.setWindowIcon(QIcon(":/icons/her2aid.svg"))
        self._connect_actions()
        self._build_examples_menu()
        self.ui.menuOpenRecent.aboutToShow.connect(self._build_recent_menu)
        self._build_recent_menu()
        self.form.edited.connect(self._on_form_edited)
        self.summary.audience_changed.connect(self._on_summary_audience_changed)
        self.summary.trace_toggled.connect(self._on_summary_trace_toggled)
        self.undo_stack.cleanChanged.connect(self._update_title)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

        self._name_qt_internals()
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self._size_to_screen()
        self._apply_state(FormState())
        self._update_title()

    # --- setup ---------------------------------------------------------------

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.actionNewCase.triggered.connect(self.new_case)
        ui.actionOpenCase.triggered.connect(self.open_case)
        ui.actionSaveCase.triggered.connect(self.save_case)
        ui.actionSaveCaseAs.triggered.connect(self.save_case_as)
        ui.actionExportPdf.triggered.connect(self.export_pdf)
        ui.actionPrint.triggered.connect(self.print_handout)
        ui.actionPrintPreview.triggered.connect(self.print_preview)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.show_about)
        ui.actionPreferences.triggered.connect(self.show_preferences)
        # The keys the menus show, plus the platform's standard keys where it has others.
        for action, standard in (
            (ui.actionNewCase, QKeySequence.StandardKey.New),
            (ui.actionOpenCase, QKeySequence.StandardKey.Open),
            (ui.actionSaveCase, QKeySequence.StandardKey.Save),
            (ui.actionSaveCaseAs, QKeySequence.StandardKey.SaveAs),
            (ui.actionPrint, QKeySequence.StandardKey.Print),
            (ui.actionQuit, QKeySequence.StandardKey.Quit),
            (ui.actionUndo, QKeySequence.StandardKey.Undo),
            (ui.actionRedo, QKeySequence.StandardKey.Redo),
        ):
            keys = [action.shortcut(), *QKeySequence.keyBindings(standard)]
            if action is ui.actionRedo:
                keys.append(QKeySequence("Ctrl+Y"))  # Windows' redo, expected everywhere
            action.setShortcuts(list(dict.fromkeys(k for k in keys if not k.isEmpty())))
        self.form.pass_keys_to_window(
            key for action in self.findChildren(QAction) for key in action.shortcuts()
        )
        ui.actionUndo.triggered.connect(self.undo_stack.undo)
        ui.actionRedo.triggered.connect(self.undo_stack.redo)
        ui.actionUndo.setEnabled(False)
        ui.actionRedo.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(ui.actionUndo.setEnabled)
        self.undo_stack.canRedoChanged.connect(ui.actionRedo.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._on_undo_text_changed)
        self.undo_stack.redoTextChanged.connect(self._on_redo_text_changed)
        views = QActionGroup(self)
        views.setExclusive(True)
        views.addAction(ui.actionClinicianView)
        views.addAction(ui.actionPatientView)
        ui.actionClinicianView.setChecked(True)
        ui.actionClinicianView.triggered.connect(self._on_clinician_view_triggered)
        ui.actionPatientView.triggered.connect(self._on_patient_view_triggered)
        ui.actionShowTrace.toggled.connect(self._on_show_trace_toggled)

    def _name_qt_internals(self) -> None:
        """Give Qt's own helper widgets accessible names too."""
        extension = self.menuBar().findChild(QWidget, "qt_menubar_ext_button")
        if extension is not None:
            extension.setAccessibleName(translate("MainWindow", "More menus"))
            extension.setAccessibleDescription(
                translate("MainWindow", "Menus that do not fit in the menu bar.")
            )
        handle = self.ui.splitter.handle(1)
        handle.setAccessibleName(translate("MainWindow", "Panel divider"))
        handle.setAccessibleDescription(
            translate("MainWindow", "Drag to share the width between the inputs and the summary.")
        )

    def _on_undo_text_changed(self, text: str) -> None:
        with_change, alone = (
            translate("MainWindow", "&Undo {change}"),
            translate("MainWindow", "&Undo"),
        )
        self.ui.actionUndo.setText(_step_label(with_change, alone, text))

    def _on_redo_text_changed(self, text: str) -> None:
        with_change, alone = (
            translate("MainWindow", "&Redo {change}"),
            translate("MainWindow", "&Redo"),
        )
        self.ui.actionRedo.setText(_step_label(with_change, alone, text))

    def _on_clinician_view_triggered(self) -> None:
        self.set_audience("clinician")

    def _on_patient_view_triggered(self) -> None:
        self.set_audience("patient")

    def _build_examples_menu(self) -> None:
        menu = self.ui.menuOpenExample
        for name in example_names():
            action = QAction(example_title(name), self)
            action.setObjectName(f"example_{name}")
            action.setStatusTip(
                translate("MainWindow", "Open the shipped example {name}").format(name=name)
            )
            action.triggered.connect(lambda _checked=False, n=name: self.open_example(n))
            menu.addAction(action)

    def _size_to_screen(self) -> None:
        """The last size and place if there is one, else most of the screen."""
        wanted = QSize(1240, 760)
        screen = self.screen()
        maximize = False
        if screen is not None:
            available = screen.availableGeometry()
            title_bar = 48  # room for the window manager's title bar (typically 24-40 px)
            # A small screen (1280x720, or 1366x768 less a panel): the bottom would be
            # off it, so the window manager sizes the window instead.
            maximize = wanted.boundedTo(available.size() - QSize(0, title_bar)) != wanted
            # A large one (1920x1080 and up): most of it, centred, not a small window.
            wanted = wanted.expandedTo(available.size() * 0.8).boundedTo(available.size())
            if not maximize:
                self.move(available.center() - QPoint(wanted.width(), wanted.height()) / 2)
        self.resize(wanted)
        if maximize:  # after the resize, which would clear it
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        saved = self.settings.get("window_geometry")
        if saved and not self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            log.info("the saved window size and place could not be used")
        form_width = self._form_column_width()
        self.ui.splitter.setSizes([form_width, max(self.width() - form_width, 300)])

    def _remember_geometry(self) -> None:
        """Keep the size and place for next time (Qt keeps them on screen when restored)."""
        saved = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.settings.set("window_geometry", saved)

    def _form_column_width(self) -> int:
        """The form column's width: the widest the form has needed, the summary keeping a third.

        It is the same from case to case: a column that followed each case's form
        (a section more or less) moved the summary and its results table sideways
        from one case to the next (issue 16).
        """
        self._form_width = max(self._form_width, self.form.minimumSizeHint().width())
        scroll = self.ui.formScroll
        bar = scroll.verticalScrollBar().sizeHint().width()
        needed = self._form_width + bar + 2 * scroll.frameWidth()
        return min(needed, self.width() * 2 // 3)  # the summary always keeps a third

    def _fit_form_column(self) -> None:
        """Keep the whole form width visible when a section appears (e.g. Prognosis).

        The form column has no horizontal scroll bar, so the splitter must not
        make it narrower than the form needs; it widens the column instead.
        Only once the window is shown (see :meth:`showEvent`): a window shown
        maximized on a screen narrower than its minimum would overlap its panels,
        where a shown window grows to its new minimum instead.
        """
        if not self.isVisible():
            return
        scroll = self.ui.formScroll
        needed = self._form_column_width()
        if scroll.minimumWidth() != needed:
            scroll.setMinimumWidth(needed)

    def _lay_out_form(self) -> None:
        """Lay the form out now rather than before the next frame.

        Scrolling to a field (a new case's first field, the focus, a refused entry)
        needs to know where it is once a section has appeared or gone. A change of
        the column's width used to do this on the way; the width no longer changes
        from case to case.
        """
        if self.isVisible():
            for _ in range(2):  # the form's layout, then the scroll area's
                QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    # --- the case ------------------------------------------------------------

    @property
    def audience(self) -> Audience:
        """The view on screen."""
        return self.summary.audience

    def _apply_state(self, state: FormState) -> None:
        """Show ``state`` in the form and the summary (called by undo commands)."""
        self.form.set_state(state)
        try:
            self.evaluation = evaluate(state)
            self.result = classify(self.evaluation.inputs)
            predict = predict_problems(self.evaluation.inputs, self.result, state.predict_model)
            problems = self.evaluation.problems + predict
            self.form.show_result(self.result, problems)
            self._fit_form_column()  # after the error labels are set: they take room too
            self._lay_out_form()
            self._show_focused_error()
            # Every refused entry is reported the same way: at its field, and once in
            # the list above the summary (also PREDICT's, which only withhold the estimate).
            self.summary.set_case(
                self.result,
                self.evaluation.inputs,
                self.form.problems_text(problems),
                prognosis_model=state.predict_model,
                left_out=frozenset(p.case_field for p in self.evaluation.problems),
            )
        except Exception:
            # Never leave a summary on screen that no longer matches the inputs.
            self.result = None
            self.summary.show_failure()
            raise

    def _show_focused_error(self) -> None:
        """Scroll the reason a focused entry was refused into view (e.g. under the last field).

        The label has just been shown, so the form's new height is known only once
        the layout has run: the scroll waits for the event loop.
        """
        focused = self.focusWidget()  # the window's, also while it is not the active one
        for field, edit in self.form.texts.items():
            if edit is focused:
                label = self.form.error_label(field)
                if label.isVisibleTo(self.form):
                    QTimer.singleShot(0, self, lambda shown=label: self._ensure_visible(shown))
                return

    def _ensure_visible(self, label: QWidget) -> None:
        if not label.isVisible():
            return
        # The form grows (the label wraps onto a second line) only once the pending
        # layout requests have run: the form's, then the scroll area's.
        for _ in range(2):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.ui.formScroll.ensureWidgetVisible(label, 16, 8)

    @property
    def document(self) -> Document:
        """The file the case on screen belongs to (None: not saved yet), and its name."""
        return self._slot.document

    def _apply_document(self, state: FormState, slot: DocumentSlot) -> None:
        self._slot = slot
        self._apply_state(state)
        self._update_title()
        # Another case: its headline and its first field, not the last case's place.
        self.ui.formScroll.verticalScrollBar().setValue(0)
        self.summary.scroll_to_top()

    def _on_form_edited(self, state: FormState, field: str) -> None:
        self.undo_stack.push(
            StateCommand(self._apply_state, self.form.state, state, field, self._describe(field))
        )

    def _describe(self, field: str) -> str:
        """What the undo menu calls a change to ``field``."""
        if field in self.form.texts:
            return self.form.texts[field].accessibleName()
        if field in self.form.checks:
            return self.form.checks[field].accessibleName()
        if field == "values":
            return self.form.last_values_answer
        group, _values = self.form.choices[field]
        checked = group.checkedButton()
        return checked.accessibleName() if checked is not None else ""

    def _replace_case(self, state: FormState, document: Document, text: str) -> None:
        self.undo_stack.push(
            DocumentCommand(
                self._apply_document,
                (self.form.state, self._slot),
                (state, DocumentSlot(document)),
                text,
            )
        )
        self.undo_stack.setClean()
        self._update_title()
        self.statusBar().clearMessage()  # "Saved ..." was about the case before
        self.form.focus_first_field()

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document.name}[*] \u2014 {APP_NAME}")
        self.setWindowModified(not self.undo_stack.isClean())
        self.setWindowFilePath(str(self.document.path) if self.document.path else "")

    @property
    def modified(self) -> bool:
        """True when the case has changes that are not saved."""
        return not self.undo_stack.isClean()

    # --- File menu -----------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to replace the case."""
        if not self.modified:
            return True
        choice = self.dialogs.unsaved_changes(self, self.document.name)
        if choice == "save":
            return self.save_case()
        return choice == "discard"

    def new_case(self) -> None:
        """Start again with every result not known (undoable)."""
        if self.maybe_save():
            self._replace_case(
                FormState(), Document(None, untitled()), translate("MainWindow", "New case")
            )

    def open_case(self) -> None:
        """Open a case file; a file the core refuses leaves the current case as it is."""
        if not self.maybe_save():
            return
        path = self.dialogs.open_case_path(self, self._folder)
        if path is None:
            return
        self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open ``path`` without asking anything first (the caller has)."""
        try:
            inputs = casefile.read(path)
        except InputError as exc:
            field = f"{exc.field}: " if exc.field else ""
            self.dialogs.error(
                self,
                translate("MainWindow", "Could not open the case"),
                f"{path.name}: {field}{reason(exc.reason, exc.template, exc.params)}",
                translate("MainWindow", "The case on screen is unchanged."),
            )
            return False
        self._folder = path.parent
        self.settings.add_recent(path)
        opened = translate("MainWindow", "Open {name}").format(name=path.name)
        self._replace_case(from_inputs(inputs), Document(path, path.name), opened)
        self.statusBar().showMessage(
            translate("MainWindow", "Opened {path}").format(path=path), 5000
        )
        return True

    def open_example(self, name: str) -> None:
        """Open one of the shipped examples as a new, unsaved case."""
        if not self.maybe_save():
            return
        inputs = load_example(name)
        title = translate("MainWindow", "Example: {title}").format(title=example_title(name))
        opened = translate("MainWindow", "Open {name}").format(name=title)
        self._replace_case(from_inputs(inputs), Document(None, title), opened)

    def _refuse_if_invalid(self, doing: Literal["save", "export", "print"]) -> bool:
        """Tell the user why nothing happens while entries are refused; True if so."""
        title, again = {
            "save": (
                translate("MainWindow", "Cannot save yet"),
                translate("MainWindow", "Correct or clear the marked entries, then save again."),
            ),
            "export": (
                translate("MainWindow", "Cannot export yet"),
                translate("MainWindow", "Correct or clear the marked entries, then export again."),
            ),
            "print": (
                translate("MainWindow", "Cannot print yet"),
                translate("MainWindow", "Correct or clear the marked entries, then print again."),
            ),
        }[doing]
        if self.result is None:
            self.dialogs.error(
                self,
                title,
                translate(
                    "MainWindow",
                    "The summary could not be made for these inputs (an internal error).",
                ),
                translate("MainWindow", "Change or undo the last input, or start a new case."),
            )
            return True
        problems = self.evaluation.problems
        if not problems:
            return False
        self.dialogs.error(self, title, again, self.form.problems_text(problems))
        return True

    def save_case(self) -> bool:
        """Save to the case's file, or ask for one; True if the case was saved."""
        if self.document.path is None:
            return self.save_case_as()
        return self._write(self.document.path)

    def save_case_as(self) -> bool:
        """Ask for a file name and save there; True if the case was saved."""
        if self._refuse_if_invalid("save"):
            return False
        if self.document.path is not None:
            suggested = self.document.path
        else:
            suggested = self._folder / translate("MainWindow", "case.json")
        path = self.dialogs.save_case_path(self, suggested)
        if path is None:
            return False
        return self._write(path)

    def _write(self, path: Path) -> bool:
        from her2aid.atomic import WriteError
        from her2aid.ui import case_io

        if self._refuse_if_invalid("save"):
            return False
        try:
            case_io.write_case(path, self.evaluation.inputs)
        except WriteError as exc:
            self.dialogs.error(
                self,
                translate("MainWindow", "Could not save the case"),
                file_error(exc),
                translate(
                    "MainWindow",
                    "Nothing was lost: the case is still open, and any earlier file is "
                    "unchanged. Try Save case as\u2026 with another folder or name.",
                ),
            )
            return False
        self._folder = path.parent
        self.settings.add_recent(path)
        self._slot.document = Document(path, path.name)  # also after undo and redo
        self.undo_stack.setClean()
        self._update_title()
        self.statusBar().showMessage(
            translate("MainWindow", "Saved {path}").format(path=path), 5000
        )
        return True

    def _handout_options(self, action: str) -> HandoutOptions | None:  # action: translated
        """Ask for the handout options, starting from the preferences.

        An empty case would make a handout without a single result: ask first.
        """
        from her2aid.pdf import handout
        from her2aid.ui.handout_dialog import HandoutOptions

        if self.evaluation.inputs == CaseInputs() and not self.dialogs.confirm(
            self,
            translate("MainWindow", "{action}: the case is empty").format(action=action),
            translate(
                "MainWindow",
                "Nothing has been entered, so the handout would have no results in it.",
            ),
            translate("MainWindow", "Make the handout anyway?"),
            action,
        ):
            return None
        paper = self.settings.get("default_paper") or handout.default_paper()
        defaults = HandoutOptions(
            audience=self.settings.get("default_audience"),
            paper=paper,
            clinic_name=self.settings.get("clinic_name"),
            clinic_contact=self.settings.get("clinic_contact"),
            language=self._handout_language(),
        )
        options = self.dialogs.handout_options(self, defaults, action)
        if options is not None and options.patient_name:
            applog.redact(options.patient_name)  # never in the log, whatever happens next
        return options

    def _handout_language(self) -> str:
        """The default patient-page language from Preferences, if still installed."""
        from her2aid.core.language import SOURCE, available

        chosen = self.settings.get("handout_language")
        return chosen if chosen in available() else SOURCE

    def _meta(self, options: HandoutOptions) -> Meta:
        """Header and footer texts and the PREDICT version for one handout."""
        return Meta(
            clinic_name=options.clinic_name,
            patient_name=options.patient_name,
            clinic_logo=self.settings.get("clinic_logo"),
            clinic_contact=options.clinic_contact,
            language=options.language,
            prognosis_model=self.form.state.predict_model,
            show_survival=options.show_survival,
        )

    def _handout_args(self) -> tuple[Classification, CaseInputs]:
        assert self.result is not None
        return self.result, self.evaluation.inputs

    def export_pdf(self) -> None:
        """Write the handout for the current view to a PDF the user names."""
        if self._refuse_if_invalid("export"):
            return
        from her2aid.pdf import handout

        options = self._handout_options(translate("MainWindow", "Export PDF"))
        if options is None:
            return
        stem = self.document.path.stem if self.document.path else "her2aid"
        suggested = self._folder / f"{stem}-{options.audience}.pdf"
        path = self.dialogs.export_pdf_path(self, suggested)
        if path is None:
            return
        if self.document.path is not None and _same_file(self.document.path, path):
            self.dialogs.error(
                self,
                translate("MainWindow", "Could not export the PDF"),
                translate(
                    "MainWindow",
                    '"{path}" is the case file that is open; choose another name for the PDF.',
                ).format(path=path),
                translate("MainWindow", "The case on screen is unchanged."),
            )
            return
        result, inputs = self._handout_args()
        try:
            handout.export_handout(
                path,
                result,
                inputs,
                audiences=options.audiences,
                paper=options.paper,
                meta=self._meta(options),
            )
        except handout.ExportError as exc:
            self.dialogs.error(
                self,
                translate("MainWindow", "Could not export the PDF"),
                file_error(exc),
                translate("MainWindow", "The case on screen is unchanged."),
            )
            return
        except Exception as exc:
            log.exception("PDF export failed")
            self.dialogs.error(
                self, translate("MainWindow", "Could not export the PDF"), _internal_error(exc)
            )
            return
        self.statusBar().showMessage(
            translate("MainWindow", "Exported {path}").format(path=path), 5000
        )

    def _printer(self, options: HandoutOptions) -> QPrinter:
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        letter = options.paper == "Letter"
        size = QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4
        printer.setPageSize(QPageSize(size))
        # The print job's name shows in print queues and is the default file name of
        # "print to file": neutral, as Export's, never the case file's (often a name).
        printer.setDocName(f"her2aid-{options.audience}")
        return printer

    def _paint(self, printer: QPrinter, options: HandoutOptions) -> bool:
        from her2aid.pdf import handout

        result, inputs = self._handout_args()
        try:
            handout.print_handout(
                printer, result, inputs, audiences=options.audiences, meta=self._meta(options)
            )
        except Exception as exc:
            log.exception("printing failed")
            self.dialogs.error(
                self, translate("MainWindow", "Could not print"), _internal_error(exc)
            )
            return False
        return True

    def print_handout(self) -> None:
        """Print the handout: options first, then the system print dialog."""
        if self._refuse_if_invalid("print"):
            return
        options = self._handout_options(translate("MainWindow", "Print"))
        if options is None:
            return
        self._print(options)

    def _print(self, options: HandoutOptions) -> None:
        """The system print dialog, then the job: the only step that contacts a print server."""
        printer = self._printer(options)
        if self.dialogs.print_setup(self, printer) and self._paint(printer, options):
            self.statusBar().showMessage(translate("MainWindow", "Sent to the printer"), 5000)

    def print_preview(self) -> None:
        """Show the handout's pages as they will print (drawn here: no printer, no print server)."""
        if self._refuse_if_invalid("print"):
            return
        options = self._handout_options(translate("MainWindow", "Preview"))
        if options is None:
            return
        from her2aid.pdf import handout

        result, inputs = self._handout_args()
        try:
            pages = handout.lay_out(
                handout.paper_frame(options.paper),
                result,
                inputs,
                audiences=options.audiences,
                meta=self._meta(options),
            )
        except Exception as exc:
            log.exception("print preview failed")
            self.dialogs.error(
                self, translate("MainWindow", "Could not show the preview"), _internal_error(exc)
            )
            return
        if self.dialogs.print_preview(self, pages, options.paper):
            self._print(options)

    # --- preferences and recent cases -------------------------------------------

    def show_preferences(self) -> None:
        """Edit > Preferences."""
        window_language = self.settings.get("window_language")
        if self.dialogs.preferences(self, self.settings):
            if self.settings.get("window_language") != window_language:
                said = translate(
                    "MainWindow",
                    "Preferences saved. The window language changes when her2aid next starts.",
                )
            else:
                said = translate("MainWindow", "Preferences saved")
            self.statusBar().showMessage(said, 10000)
        self._build_recent_menu()

    def _build_recent_menu(self) -> None:
        """File > Open recent, from the settings (numbered for the keyboard)."""
        menu = self.ui.menuOpenRecent
        menu.clear()
        files = self.settings.recent_files()
        for number, text in enumerate(files, start=1):
            path = Path(text)
            action = menu.addAction(f"&{number} {path.name}")
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_recent(p))
        if files:
            menu.addSeparator()
            clear = menu.addAction(translate("MainWindow", "&Clear the list"))
            clear.triggered.connect(self._on_clear_recent_triggered)
        else:
            menu.addAction(translate("MainWindow", "&No recent cases")).setEnabled(False)

    def open_recent(self, path: Path) -> None:
        """Open a case from File > Open recent."""
        self.open_file(path)

    def open_file(self, path: Path) -> bool:
        """Open ``path`` after asking about unsaved changes (Open recent, Finder's Open with)."""
        return self.maybe_save() and self.open_path(path)

    def _on_clear_recent_triggered(self) -> None:
        self.settings.clear_recent()
        self._build_recent_menu()

    def showEvent(self, event: QShowEvent) -> None:
        """Give the form column its width once the window has its size."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit_form_column)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved changes before the window closes."""
        if self.maybe_save():
            self._remember_geometry()
            event.accept()
        else:
            event.ignore()

    # --- View and Help -------------------------------------------------------

    def set_audience(self, audience: Audience) -> None:
        """Show the clinician or the patient view."""
        self.summary.set_audience(audience)
        self._on_summary_audience_changed(audience)

    def _on_summary_audience_changed(self, audience: str) -> None:
        action = (
            self.ui.actionClinicianView if audience == "clinician" else self.ui.actionPatientView
        )
        action.setChecked(True)
        self.ui.actionShowTrace.setEnabled(audience == "clinician")

    def _on_show_trace_toggled(self, checked: bool) -> None:
        self.summary.set_trace_expanded(checked)

    def _on_summary_trace_toggled(self, checked: bool) -> None:
        action = self.ui.actionShowTrace
        action.blockSignals(True)
        action.setChecked(checked)
        action.blockSignals(False)

    def show_about(self) -> None:
        """Help > About."""
        from her2aid.ui.about import about_html

        self.dialogs.about(self, about_html(content_module.load(), current_language()))

    # --- keyboard ------------------------------------------------------------

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll the form so the focused field is in view (Tab and mnemonics)."""
        if new is not None and self.form.isAncestorOf(new):
            self.ui.formScroll.ensureWidgetVisible(new, 16, 24)
