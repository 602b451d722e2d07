"""The her2aid window (PySide6): the only Qt code besides the PDF handout."""
