"""The her2aid window (PySide6): the only Qt code besides the PDF handout."""

import her2aid.qtbase  # noqa: F401  (applies the PySide6 work-arounds first)
