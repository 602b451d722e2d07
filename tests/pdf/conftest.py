"""Fixtures for the handout tests: PDFs made once per session, read with pypdf."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from pdfcheck import META, MakePdf, Pdf, case, read_pdf

from her2aid.pdf.handout import Paper, export_handout
from her2aid.qtbase.fonts import register_fonts
from her2aid.report.context import Audience, Meta


@pytest.fixture(scope="session")
def handout_app(qapp: Any) -> Any:
    """The test QApplication with the bundled fonts registered."""
    register_fonts()
    return qapp


@pytest.fixture(scope="session")
def make_pdf(handout_app: Any, tmp_path_factory: pytest.TempPathFactory) -> MakePdf:
    """Export an example's handout (cached per argument set) and read it back."""
    folder = tmp_path_factory.mktemp("handouts")
    cache: dict[tuple[object, ...], Pdf] = {}

    def make(
        name: str = "her2-positive-early",
        *,
        audiences: Sequence[Audience] = ("patient",),
        paper: Paper = "A4",
        meta: Meta = META,
    ) -> Pdf:
        key = (name, tuple(audiences), paper, meta)
        if key not in cache:
            path = folder / f"{len(cache):03d}-{name}.pdf"
            result, inputs = case(name)
            export_handout(path, result, inputs, audiences=audiences, paper=paper, meta=meta)
            cache[key] = read_pdf(path)
        return cache[key]

    return make
