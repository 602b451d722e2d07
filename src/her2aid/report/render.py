"""Render a classification as HTML: the summary panel and the handout.

These are the only functions the window and the PDF layer call. They return
HTML in the subset Qt's rich text understands.
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup

from her2aid.core import content as content_module
from her2aid.core.language import translations
from her2aid.core.models import CaseInputs, Classification
from her2aid.report.context import LIGHT, PRINT, Audience, Meta, Theme, build
from her2aid.report.environment import environment, render


def render_summary(
    result: Classification,
    inputs: CaseInputs,
    *,
    audience: Audience,
    meta: Meta | None = None,
    theme: Theme = LIGHT,
    expand_trace: bool = False,
    expand_references: bool = False,
) -> str:
    """The summary panel for one audience.

    The rule trace and the reference list start collapsed on screen: Qt lays
    the whole document out again on every change, and they are its longest
    parts. The handout always prints both.
    """
    meta = meta or Meta()
    ctx = build(
        result,
        inputs,
        content_module.load(meta.language_for(audience)),
        audience=audience,
        meta=meta,
        theme=theme,
        expand_trace=expand_trace,
        expand_references=expand_references,
    )
    return render("summary.html.j2", **ctx)


def render_body(
    result: Classification,
    inputs: CaseInputs,
    *,
    audience: Audience,
    meta: Meta,
) -> Markup:
    """One audience's part of the printed handout (trace expanded, no links)."""
    ctx = build(
        result,
        inputs,
        content_module.load(meta.language_for(audience)),
        audience=audience,
        meta=meta,
        theme=PRINT,
        for_print=True,
    )
    template = environment().get_template(f"{audience}_body.html.j2")
    return Markup(template.render(**ctx))


def render_handout(
    result: Classification,
    inputs: CaseInputs,
    *,
    audiences: Sequence[Audience],
    meta: Meta,
) -> str:
    """The whole handout document: one part per audience, each on new pages."""
    parts = [render_body(result, inputs, audience=a, meta=meta) for a in audiences]
    _ = translations(meta.language_for(audiences[0])).gettext
    title = (
        _("Your breast cancer test results")
        if audiences[0] == "patient"
        else "Receptor status summary"
    )
    lang = meta.language_for(audiences[0])
    return render("handout.html.j2", parts=parts, title=title, theme=PRINT, language=lang)
