"""Helpers for the handout tests: read a PDF back with pypdf, and what it must say.

Text is compared after NFKC normalisation (compatibility characters such as a
non-breaking space read back in a plain form) and with whitespace collapsed
(pypdf returns the gaps between words as tabs and line breaks).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from her2aid.core import content
from her2aid.core.classify import classify
from her2aid.core.examples import load_example
from her2aid.core.models import CaseInputs, Classification
from her2aid.report.context import PRINT, Audience, Meta, build
from her2aid.report.environment import environment

DAY = date(2026, 11, 23)
META = Meta(generated_on=DAY, clinic_name="Riverside Breast Clinic", patient_name="Jane Q. Doe")


def squash(text: str) -> str:
    """NFKC, every run of whitespace as one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def bare(text: str) -> str:
    """NFKC without any whitespace (for long texts that wrap, e.g. citations with URLs)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@dataclass
class Pdf:
    """A written handout and what pypdf reads from it."""

    path: Path
    reader: PdfReader

    @cached_property
    def pages(self) -> list[str]:
        """The squashed text of each page (extracted on first use: pypdf takes its time)."""
        return [squash(page.extract_text()) for page in self.reader.pages]

    @property
    def text(self) -> str:
        return " ".join(self.pages)

    def body(self, meta: Meta) -> str:
        """All pages' text without the running header and footer (body text flows on)."""
        out = []
        for page in self.pages:
            page = re.sub(r"Page \d+ of \d+", " ", page, count=1)
            for running in (
                "Decision aid, not a diagnosis her2aid",
                f"Patient: {meta.patient_name} · {meta.generated_on.isoformat()}",
                meta.clinic_name,
            ):
                page = page.replace(running, " ", 1)
            out.append(page)
        return " ".join(out)


def read_pdf(path: Path) -> Pdf:
    reader = PdfReader(path)
    return Pdf(path, reader)


def case(name: str) -> tuple[Classification, CaseInputs]:
    inputs = load_example(name)
    return classify(inputs), inputs


def expected(name: str, audience: Audience, meta: Meta = META) -> dict[str, Any]:
    """What one audience's part must say, from the same context the templates use."""
    result, inputs = case(name)
    ctx = build(
        result, inputs, content.load(), audience=audience, meta=meta, theme=PRINT, for_print=True
    )
    environment().get_template(f"{audience}_body.html.j2").render(**ctx)  # numbers the citations
    return {
        "headline": ctx["headline"],
        "subtype": ctx["label"]("subtype", result.subtype.value),
        "options": [o.name for o in ctx["options"]],
        "references": [ref.citation for _, ref in ctx["cite"].entries()],
        "trace": [step.text for step in result.trace],
    }


MakePdf = Callable[..., Pdf]
