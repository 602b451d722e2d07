"""The printed handout: report HTML laid out on paper with Qt (QTextDocument + QPdfWriter).

Headers, footers and page numbers are painted here, the fonts are the bundled
ones (so a machine without system fonts still prints text), and files are
written atomically.
"""
