"""The one Jinja2 environment: strict, autoescaping, templates from package data.

``StrictUndefined`` makes a missing variable an error instead of silently
blank clinical text; autoescape makes a patient name such as ``<b>`` or
``{{ x }}`` print literally. Templates are read through importlib.resources so
they are found the same way in a checkout, an installed wheel and a frozen app.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

import jinja2

log = logging.getLogger(__name__)

TEMPLATES_PACKAGE = "her2aid.report.templates"


class _PackageLoader(jinja2.BaseLoader):
    """Load templates from the her2aid.report.templates package."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        if template.startswith("/") or ".." in template.split("/"):
            raise jinja2.TemplateNotFound(template)
        path = resources.files(TEMPLATES_PACKAGE).joinpath(template)
        try:
            source = path.read_text(encoding="utf-8")
        except (FileNotFoundError, IsADirectoryError):
            log.error("template not found: %s", template)
            raise jinja2.TemplateNotFound(template) from None
        return source, None, lambda: True

    def list_templates(self) -> list[str]:
        """Names of every template in the package."""
        return sorted(
            f.name for f in resources.files(TEMPLATES_PACKAGE).iterdir() if f.name.endswith(".j2")
        )


def _number(value: float, digits: int = 0) -> str:
    """A number for people: no trailing .0, fixed digits when asked."""
    if digits:
        return f"{value:.{digits}f}"
    return f"{value:.6g}"


def _capitalize_first(text: str) -> str:
    """Upper-case the first letter only (Jinja's ``capitalize`` lowers the rest)."""
    return text[:1].upper() + text[1:]


@cache
def environment() -> jinja2.Environment:
    """The shared, strict environment (built once per process)."""
    env = jinja2.Environment(
        loader=_PackageLoader(),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.filters["number"] = _number
    env.filters["capitalize_first"] = _capitalize_first
    return env


def render(template: str, **context: Any) -> str:
    """Render one template with the given context; the only way HTML is made."""
    return environment().get_template(template).render(**context)
