"""Export and print the handout (interface fixed; implementation in progress).

The window (``her2aid.ui``) and the ``her2aid handout`` command call only
these functions. Errors a user can cause or fix (a missing folder, no
permission, a full disk, a path that is a folder) are raised as
:class:`ExportError` with a message fit to show as is.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from PySide6.QtPrintSupport import QPrinter

from her2aid.core.models import CaseInputs, Classification
from her2aid.report.context import Audience, Meta

Paper = Literal["A4", "Letter"]
PAPERS: tuple[Paper, ...] = ("A4", "Letter")


class ExportError(Exception):
    """The handout could not be written; ``str(error)`` says why, in plain words."""


def default_paper() -> Paper:
    """Letter where the system locale uses it, A4 elsewhere."""
    raise NotImplementedError


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
    raise NotImplementedError


def print_handout(
    printer: QPrinter,
    result: Classification,
    inputs: CaseInputs,
    *,
    audiences: Sequence[Audience],
    meta: Meta,
) -> None:
    """Paint the handout on a configured printer (also used by print preview)."""
    raise NotImplementedError
