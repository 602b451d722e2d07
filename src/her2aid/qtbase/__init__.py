"""Qt foundations shared by the window (``her2aid.ui``) and the handout (``her2aid.pdf``).

The compiled resources (bundled fonts and icons) and the one place that
registers the fonts, so the summary panel and the printed page use the same
typeface on every machine, including one with no system fonts at all.
"""
