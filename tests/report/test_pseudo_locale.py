"""Every word a patient reads goes through the translation catalog (issue 17).

A pseudo-language turns every translated letter into an accented one
("Your" -> "Ýóúŕ") and makes it a third longer. Rendered in it, a patient page
must contain no plain ASCII word but the few that are the same in every
language (the app's name, receptor and test abbreviations, units): an English
word left means a string that a real translation would miss too.
"""

from __future__ import annotations

import gettext
import re
import string
from collections.abc import Iterator

import pytest

from her2aid.core import content, language
from her2aid.core.classify import classify
from her2aid.core.examples import example_names, load_example
from her2aid.report.context import Meta
from her2aid.report.render import render_handout, render_summary

from .prose import prose

_LOWER = "áƀçďéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýž"
_PAIRS = list(zip(string.ascii_lowercase, _LOWER, strict=True))
_MAP = {ord(a): b for a, b in _PAIRS} | {ord(a.upper()): b.upper() for a, b in _PAIRS}
_PLACEHOLDER = re.compile(r"(\{[^}]*\}|%\([^)]*\)s|%s|&[a-z]+;|<[^>]*>)")

#: ASCII words that may stay as they are in any language.
SAME_EVERYWHERE = {
    "her2aid", "ER", "PR", "HER2", "IHC", "ISH", "Ki", "mm", "CPS", "PD", "L1",
}  # fmt: skip


def pseudo(text: str) -> str:
    """Accent every letter outside placeholders and markup; a third longer."""
    parts = _PLACEHOLDER.split(text)
    out = "".join(p if _PLACEHOLDER.fullmatch(p) else p.translate(_MAP) for p in parts)
    return out + "~" * (len(text) // 3)


class Pseudo(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return pseudo(singular if n == 1 else plural)

    def pgettext(self, context: str, message: str) -> str:
        return pseudo(message)


@pytest.fixture
def pseudo_language(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    have = dict(language.available())
    have["qps"] = language.Language("qps", "Pseudo", "Pšéúďó", decimal=",")
    monkeypatch.setattr(language, "available", lambda: have)
    real = language.translations
    monkeypatch.setattr(
        language, "translations", lambda code: Pseudo() if code == "qps" else real(code)
    )
    import her2aid.report.context as context_module
    import her2aid.report.render as render_module

    for module in (context_module, render_module):
        monkeypatch.setattr(module, "translations", language.translations)
    monkeypatch.setattr(context_module, "available", language.available)
    content.load.cache_clear()
    yield "qps"
    content.load.cache_clear()


def english_words(text: str) -> list[str]:
    words = re.findall(r"[A-Za-z][A-Za-z0-9-]*", text)
    return [w for w in words if w not in SAME_EVERYWHERE and not re.fullmatch(r"[A-Z]{1,2}\d*", w)]


@pytest.mark.parametrize("name", example_names())
def test_no_english_left_on_a_pseudo_translated_patient_page(
    pseudo_language: str, name: str
) -> None:
    case = load_example(name)
    result = classify(case)
    meta = Meta(language=pseudo_language, clinic_contact="555-0100")
    for kind, html in (
        ("panel", render_summary(result, case, audience="patient", meta=meta)),
        ("handout", render_handout(result, case, audiences=("patient",), meta=meta)),
    ):
        # The reference list is bibliographic (titles as published): not translated.
        html = re.sub(r'<p class="small"[^>]*><a name="ref-.*?</p>', "", html)
        left = english_words(prose(html))
        assert not left, f"{name} {kind}: untranslated {sorted(set(left))[:30]}"
