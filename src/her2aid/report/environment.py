"""The one Jinja2 environment: strict, autoescaping, templates from package data.

``StrictUndefined`` makes a missing variable an error instead of silently
blank clinical text; autoescape makes a patient name such as ``<b>`` or
``{{ x }}`` print literally. Templates are read through importlib.resources so
they are found the same way in a checkout, an installed wheel and a frozen app.

Compiling the templates costs about 100 ms, a third of the window's start-up
budget, so ``packaging/build_content.py`` precompiles them into
``her2aid.report.compiled`` (generated, committed). Each compiled module
records the SHA-256 of its template; when a template has changed since, it is
compiled from source instead, so a stale build can never show old wording.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
from collections.abc import Callable, MutableMapping
from functools import cache
from importlib import resources
from typing import Any

import jinja2

log = logging.getLogger(__name__)

TEMPLATES_PACKAGE = "her2aid.report.templates"
COMPILED_PACKAGE = "her2aid.report.compiled"


def compiled_module_name(template: str) -> str:
    """The module a template compiles to: ``patient_body.html.j2`` -> ``tmpl_patient_body``."""
    stem = template.split(".", 1)[0].lstrip("_")
    return f"tmpl_{stem}"


def source_digest(source: str) -> str:
    """The hash that ties a compiled module to its template source."""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


class _PackageLoader(jinja2.BaseLoader):
    """Load templates from her2aid.report.templates, preferring fresh precompiled code."""

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

    def load(
        self,
        environment: jinja2.Environment,
        name: str,
        globals: MutableMapping[str, Any] | None = None,
    ) -> jinja2.Template:
        source, _, _ = self.get_source(environment, name)
        try:
            module = importlib.import_module(f"{COMPILED_PACKAGE}.{compiled_module_name(name)}")
        except ImportError:
            module = None
        if module is not None and getattr(module, "SOURCE_SHA256", None) == source_digest(source):
            return environment.template_class.from_module_dict(
                environment, module.__dict__, globals or {}
            )
        log.warning("template %s: no fresh precompiled code, compiling from source", name)
        code = environment.compile(source, name, name)
        return environment.template_class.from_code(environment, code, globals or {}, None)

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
        # Words in the templates are marked _("..."); each render passes the
        # language's gettext in its context (report/context.py), English here.
        extensions=["jinja2.ext.i18n"],
    )
    env.install_null_translations(newstyle=False)  # type: ignore[attr-defined]
    env.filters["number"] = _number
    env.filters["capitalize_first"] = _capitalize_first
    return env


def render(template: str, **context: Any) -> str:
    """Render one template with the given context; the only way HTML is made."""
    return environment().get_template(template).render(**context)
