"""The report renderer: a classification as HTML through Jinja2 templates (Qt-free).

The same templates feed the window's summary panel and the PDF handout, so
what a clinician sees and what a patient takes home cannot drift apart.
"""
