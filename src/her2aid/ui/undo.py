"""Undo and redo of input changes: commands for the window's QUndoStack.

Every change is recorded as the whole form state before and after, so undo
is exact whatever changed. Typing in one field is merged into a single step.
Commands that replace the case (New case, Open, Open example) also restore
which file the case belongs to, so undoing an Open never leaves the previous
case attached to the opened file. That file is kept in a :class:`DocumentSlot`
shared by the command that brings a case in and the one that replaces it, so
a Save as of that case is remembered however often it is undone and redone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QUndoCommand

from her2aid.ui.case_state import TEXT_FIELDS, FormState


@dataclass(frozen=True, slots=True)
class Document:
    """Which file the case belongs to (None: not saved yet) and the name to show."""

    path: Path | None
    name: str


class DocumentSlot:
    """The file of one case on the undo stack; Save as changes it in place.

    One slot lives from the command that brings a case in (or the window's
    start) to the command that replaces it, and both hold it, so undoing and
    redoing either always returns to where that case was last saved.
    """

    __slots__ = ("document",)

    def __init__(self, document: Document) -> None:
        self.document = document


class StateCommand(QUndoCommand):
    """One change to the inputs."""

    MERGE_ID = 1

    def __init__(
        self,
        apply: Callable[[FormState], None],
        old: FormState,
        new: FormState,
        field: str,
        text: str,
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self.old = old
        self.new = new
        self.field = field

    def id(self) -> int:
        """Typing in a text field merges; everything else is a step of its own."""
        return self.MERGE_ID if self.field in TEXT_FIELDS else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb the next keystroke in the same field."""
        if not isinstance(other, StateCommand) or other.field != self.field:
            return False
        if other.old != self.new:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        """Apply the new state."""
        self._apply(self.new)

    def undo(self) -> None:
        """Go back to the old state."""
        self._apply(self.old)


class DocumentCommand(QUndoCommand):
    """Replace the whole case, and the file it belongs to."""

    def __init__(
        self,
        apply: Callable[[FormState, DocumentSlot], None],
        old: tuple[FormState, DocumentSlot],
        new: tuple[FormState, DocumentSlot],
        text: str,
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self.old = old
        self.new = new

    def redo(self) -> None:
        """Show the new case."""
        self._apply(*self.new)

    def undo(self) -> None:
        """Bring the previous case back."""
        self._apply(*self.old)
