"""A scripted stand-in for her2aid.ui.dialogs.Dialogs (imported by the window tests)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from her2aid.pdf.layout import PagedHandout
from her2aid.qtbase.settings import Settings
from her2aid.ui.dialogs import Dialogs, UnsavedChoice
from her2aid.ui.handout_dialog import HandoutOptions


@dataclass
class FakeDialogs(Dialogs):
    """Answers the window's questions from lists set by the test; records every call."""

    open_paths: list[Path | None] = field(default_factory=list)
    save_paths: list[Path | None] = field(default_factory=list)
    pdf_paths: list[Path | None] = field(default_factory=list)
    unsaved_answers: list[UnsavedChoice] = field(default_factory=list)
    print_answers: list[bool] = field(default_factory=list)
    #: Answers to "go ahead?" questions (e.g. a handout of an empty case); default yes.
    confirm_answers: list[bool] = field(default_factory=list)
    #: Whether the user chooses "Print…" in the preview (default: Close).
    preview_answers: list[bool] = field(default_factory=list)
    #: Answers to the handout options dialog; by default the defaults offered are accepted.
    handout_answers: list[HandoutOptions | None] = field(default_factory=list)
    image_paths: list[Path | None] = field(default_factory=list)
    #: Changes the fake "user" makes in Preferences before pressing OK (None: Cancel).
    preference_changes: list[dict[str, Any] | None] = field(default_factory=list)
    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)

    def _record(self, name: str, *args: Any) -> None:
        self.calls.append((name, args))

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def errors(self) -> list[tuple[Any, ...]]:
        return [args for name, args in self.calls if name == "error"]

    def open_case_path(self, parent: QWidget, start: Path) -> Path | None:
        self._record("open_case_path", start)
        return self.open_paths.pop(0) if self.open_paths else None

    def save_case_path(self, parent: QWidget, suggested: Path) -> Path | None:
        self._record("save_case_path", suggested)
        return self.save_paths.pop(0) if self.save_paths else None

    def export_pdf_path(self, parent: QWidget, suggested: Path) -> Path | None:
        self._record("export_pdf_path", suggested)
        return self.pdf_paths.pop(0) if self.pdf_paths else None

    def unsaved_changes(self, parent: QWidget, name: str) -> UnsavedChoice:
        self._record("unsaved_changes", name)
        return self.unsaved_answers.pop(0) if self.unsaved_answers else "discard"

    def error(self, parent: QWidget, title: str, text: str, details: str = "") -> None:
        self._record("error", title, text, details)

    def confirm(self, parent: QWidget, title: str, text: str, question: str, go: str) -> bool:
        self._record("confirm", title, text, question, go)
        return self.confirm_answers.pop(0) if self.confirm_answers else True

    def print_setup(self, parent: QWidget, printer: QPrinter) -> bool:
        self._record("print_setup", printer)
        return self.print_answers.pop(0) if self.print_answers else False

    def print_preview(self, parent: QWidget, handout: PagedHandout, paper: str) -> bool:
        self._record("print_preview", handout, paper)
        return self.preview_answers.pop(0) if self.preview_answers else False

    def about(self, parent: QWidget, details_html: str) -> None:
        self._record("about", details_html)

    def handout_options(
        self, parent: QWidget, defaults: HandoutOptions, action: str
    ) -> HandoutOptions | None:
        self._record("handout_options", defaults, action)
        return self.handout_answers.pop(0) if self.handout_answers else defaults

    def image_path(self, parent: QWidget, start: Path) -> Path | None:
        self._record("image_path", start)
        return self.image_paths.pop(0) if self.image_paths else None

    def preferences(self, parent: QWidget, settings: Settings) -> bool:
        self._record("preferences")
        changes = self.preference_changes.pop(0) if self.preference_changes else None
        if changes is None:
            return False
        for key, value in changes.items():
            settings.set(key, value)
        return True
