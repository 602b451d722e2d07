"""Languages are data: a folder with language.toml and a catalog, and no code.

A toy language from tests/data/locale/ is compiled here and put where
her2aid looks for languages; the content then reads in it, with English for
what it lacks and the rules and clinician wording unchanged.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from her2aid.core import content, language

TOY = Path(__file__).parents[1] / "data" / "locale" / "xx"


def _clear() -> None:
    language.available.cache_clear()
    language.installed_codes.cache_clear()
    language.translations.cache_clear()
    content.load.cache_clear()


@pytest.fixture
def toy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    root = tmp_path / "locale"
    target = root / "xx" / "LC_MESSAGES"
    target.mkdir(parents=True)
    shutil.copy(TOY / "language.toml", root / "xx" / "language.toml")
    with (TOY / "her2aid.po").open("rb") as po, (target / "her2aid.mo").open("wb") as mo:
        write_mo(mo, read_po(po))
    monkeypatch.setattr(language, "_locale_root", lambda: root)
    _clear()
    yield root
    _clear()


def test_a_language_is_a_folder(toy: Path) -> None:
    toy_language = language.available()["xx"]
    assert (toy_language.native, toy_language.decimal, toy_language.reviewed) == ("Tóy", ",", False)
    assert list(language.available()) == ["en", "xx"]


def test_content_reads_in_the_language_with_english_for_what_it_lacks(toy: Path) -> None:
    english, toy_content = content.load(), content.load("xx")
    assert toy_content.values_items["live_longer"].text == "Lívíng ás lóng ás Í cán"
    assert toy_content.label("er", "positive", "patient") == "ÉR-pósítívé"
    # Not in the toy catalog: English. Clinician wording and rules: always English.
    assert (
        toy_content.values_items["lower_return"].text == english.values_items["lower_return"].text
    )
    assert toy_content.label("er", "positive", "clinician") == "ER positive"
    assert toy_content.values_items["live_longer"].clinician == "Length of life"
    assert [o.id for o in toy_content.options] == [o.id for o in english.options]


@pytest.mark.parametrize(
    ("requested", "system", "expected"),
    [
        (None, "xx_YY.UTF-8", "xx"),
        (None, "xx-YY", "xx"),
        (None, "de_DE.UTF-8", "en"),
        (None, None, "en"),
        ("en", "xx_YY", "en"),
        ("xx", None, "xx"),
    ],
)
def test_resolve(toy: Path, requested: str | None, system: str | None, expected: str) -> None:
    assert language.resolve(requested, system) == expected


def test_an_unknown_language_is_refused(toy: Path) -> None:
    with pytest.raises(KeyError):
        language.resolve("zz")


def test_a_folder_without_a_catalog_is_not_a_language(toy: Path) -> None:
    (toy / "yy").mkdir()
    (toy / "yy" / "language.toml").write_text('name = "Y"\nnative = "Y"\n', encoding="utf-8")
    _clear()
    assert "yy" not in language.available()


def test_every_patient_string_has_a_place_name() -> None:
    """The catalog's contexts name file and key, and every patient file is covered."""
    found = list(content.patient_strings(content._raw()))
    files = {ctx.split(":", 1)[0] for ctx, _ in found}
    assert {"patient.toml", "options.toml", "harms.toml", "values.toml", "labels.toml"} <= files
    assert all(":" in ctx and text.strip() for ctx, text in found)
    # Clinician wording, sources and ids are never offered for translation.
    last_keys = {ctx.rsplit(".", 1)[-1] for ctx, _ in found}
    assert not last_keys & {"clinician", "clinician_group", "source", "locator", "id", "result"}
