"""The her2aid window (PySide6): the only Qt code besides the PDF handout."""

from her2aid.ui.pyside_fixes import protect_constants

# Before any Qt call: PySide6 6.12.0 drops references to None and True on CPython 3.11.
protect_constants()
