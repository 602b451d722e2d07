"""Spanish patient pages (issue 17): complete, plain, honest about review.

Every string a Spanish patient page shows comes from the catalog (the
pseudo-language test proves nothing bypasses it); here: the Spanish catalog
has every entry, no English is left, the Spanish reads at Fernández-Huerta
70 or more, and the pages say the translation is not yet reviewed.
"""

from __future__ import annotations

import re

import pytest
import textstat
from babel.messages.pofile import read_po

from her2aid.core import language
from her2aid.core.classify import classify
from her2aid.core.examples import example_names, load_example
from her2aid.report.context import Meta
from her2aid.report.render import render_handout, render_summary

from .prose import prose

CATALOG = language._locale_root().joinpath("es", "LC_MESSAGES", "her2aid.po")
#: Words that are English and never Spanish (trial names such as "DESTINY-Breast04" stay).
ENGLISH = {
    "the", "and", "with", "your", "you", "of", "for", "after", "before", "this", "that", "is",
    "are", "may", "can", "will", "not", "treatment", "people", "women", "months", "years",
    "cancer", "drug", "drugs", "side", "effects", "if", "or", "in", "to", "it", "care", "team",
}  # fmt: skip


def spanish_pages(name: str) -> list[tuple[str, str]]:
    case = load_example(name)
    result = classify(case)
    meta = Meta(language="es", clinic_contact="555-0100")
    pages = [
        ("panel", render_summary(result, case, audience="patient", meta=meta)),
        ("handout", render_handout(result, case, audiences=("patient",), meta=meta)),
    ]
    # The reference list is bibliographic (titles as published): not translated.
    return [(k, re.sub(r'<p class="small"[^>]*><a name="ref-.*?</p>', "", h)) for k, h in pages]


def test_spanish_is_installed_and_says_it_is_not_reviewed() -> None:
    spanish = language.available()["es"]
    assert spanish.native == "Español (EE. UU.)"
    assert spanish.decimal == ","
    assert not spanish.reviewed
    assert spanish.unreviewed_notice
    assert spanish.unreviewed_footer


def test_every_catalog_entry_has_a_spanish_translation() -> None:
    with CATALOG.open("rb") as handle:
        catalog = read_po(handle, locale="es")
    missing = [m.id for m in catalog if m.id and (not m.string or m.fuzzy)]
    assert not missing, f"{len(missing)} untranslated, e.g. {missing[:3]}"


@pytest.mark.parametrize("name", example_names())
def test_spanish_patient_pages_have_no_english_and_read_easily(name: str) -> None:
    textstat.set_lang("es")
    try:
        for kind, html in spanish_pages(name):
            text = prose(html)
            words = {w.lower() for w in re.findall(r"[A-Za-zÁÉÍÓÚÑáéíóúñü]+", text)}
            assert not words & ENGLISH, f"{name} {kind}: English {sorted(words & ENGLISH)}"
            assert "Esta traducción al español todavía no la ha revisado" in text
            assert "12.5" not in text  # decimals written the Spanish way
            assert textstat.fernandez_huerta(text) >= 70, f"{name} {kind}"
    finally:
        textstat.set_lang("en_US")


def test_numbers_use_the_decimal_comma() -> None:
    case = load_example("ish-group3-recount-positive")  # ISH ratio 1.7
    html = render_summary(classify(case), case, audience="patient", meta=Meta(language="es"))
    text = prose(html)
    assert "cociente 1,7" in text
    assert "cociente 1.7" not in text
