"""Qt foundations shared by the window (``her2aid.ui``) and the handout (``her2aid.pdf``).

The compiled resources (bundled fonts and icons) and the one place that
registers the fonts, so the summary panel and the printed page use the same
typeface on every machine, including one with no system fonts at all.

Importing this package first protects ``None`` from a reference-counting bug
in PySide6 6.12.0 on Python 3.11 (see :mod:`her2aid.qtbase.nonefix`); every
part of her2aid that uses Qt imports it.
"""

from her2aid.qtbase.nonefix import protect_none

protect_none()
