"""Languages: which ones her2aid has, and their catalogs, numbers and review status.

A language is data, not code: a folder ``her2aid/locale/<code>/`` holding
``language.toml`` (its own name, decimal separator, percent pattern and who
has reviewed the translation) and ``LC_MESSAGES/her2aid.mo``, the compiled
gettext catalog made by ``packaging/build_i18n.py`` from ``her2aid.po``.
English is the source language and needs no folder. Adding a language is
adding such a folder; nothing here names Spanish.

Catalogs are read with the standard library's :mod:`gettext` through
:mod:`importlib.resources`, so a checkout, a wheel and a frozen app find them
the same way, with no Babel at run time.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when first needed: start-up stays fast in English
    import gettext
    from importlib.resources.abc import Traversable

log = logging.getLogger(__name__)

SOURCE = "en"
DOMAIN = "her2aid"
_CODE = re.compile(r"[a-z]{2,3}(?:_[A-Z]{2})?\Z")


def N_(text: str) -> str:
    """Mark a constant for the catalog; it stays English here.

    ``packaging/build_i18n.py`` puts every marked text in the catalog; the
    page or the window translates it where it is shown (the core's reasons
    for a refused entry, the report's fixed words).
    """
    return text


@dataclass(frozen=True, slots=True)
class Language:
    """One language her2aid can show: its code, names, number style and review status."""

    code: str
    name: str  # in English, for the About box and the command line
    native: str  # in the language itself, for menus
    decimal: str = "."  # "12,5 %" in Spanish
    #: "reviewed" once a qualified reviewer has checked the translation, else "not reviewed".
    status: str = "reviewed"
    #: Who reviewed what, and when (shown in the About box); empty until someone has.
    reviewed_by: str = ""
    #: What the patient pages and handout say while the status is "not reviewed"
    #: (in the language itself).
    unreviewed_notice: str = ""
    #: The same, short, for the handout's footer on every page of the patient part.
    unreviewed_footer: str = ""

    @property
    def reviewed(self) -> bool:
        """True once a qualified reviewer has checked the translation."""
        return self.status == "reviewed"


ENGLISH = Language(code=SOURCE, name="English", native="English")


def _locale_root() -> Traversable:
    return resources.files("her2aid").joinpath("locale")


def _read(code: str, folder: Traversable) -> Language | None:
    import tomllib

    try:
        data = tomllib.loads(folder.joinpath("language.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        log.error("language %s: language.toml unreadable (%s)", code, type(exc).__name__)
        return None
    try:
        return Language(
            code=code,
            name=str(data["name"]),
            native=str(data["native"]),
            decimal=str(data.get("decimal", ".")),
            status=str(data.get("status", "not reviewed")),
            reviewed_by=str(data.get("reviewed_by", "")),
            unreviewed_notice=str(data.get("unreviewed_notice", "")),
            unreviewed_footer=str(data.get("unreviewed_footer", "")),
        )
    except KeyError as exc:
        log.error("language %s: language.toml lacks %s", code, exc)
        return None


@cache
def installed_codes() -> tuple[str, ...]:
    """The codes of the installed languages, English first, without reading their TOML.

    Cheap enough for the command line's option list at every start.
    """
    codes = [SOURCE]
    root = _locale_root()
    if root.is_dir():
        for folder in sorted(root.iterdir(), key=lambda f: f.name):
            if (
                folder.is_dir()
                and _CODE.match(folder.name)
                and folder.joinpath("language.toml").is_file()
                and folder.joinpath("LC_MESSAGES", f"{DOMAIN}.mo").is_file()
            ):
                codes.append(folder.name)
    return tuple(codes)


@cache
def available() -> dict[str, Language]:
    """Every language her2aid can show, English first, then by code."""
    found = {SOURCE: ENGLISH}
    for code in installed_codes()[1:]:
        language = _read(code, _locale_root().joinpath(code))
        if language is not None:
            found[code] = language
    return found


def resolve(requested: str | None, system: str | None = None) -> str:
    """The language to use: the one asked for, else the system's if her2aid has it, else English.

    ``system`` is a locale name such as ``es_US.UTF-8`` or ``es-MX``; only its
    language part counts. Raises KeyError for a requested language her2aid lacks.
    """
    # installed_codes() first: no TOML is read when English is the answer (start-up).
    have = installed_codes()
    if requested:
        if requested not in have or requested not in available():
            raise KeyError(requested)
        return requested
    if system:
        base = re.split(r"[_.@-]", system, maxsplit=1)[0].lower()
        if base in have and base in available():  # a damaged language.toml: English
            return base
    return SOURCE


@cache
def translations(code: str) -> gettext.NullTranslations:
    """The gettext catalog of a language (English: the identity)."""
    import gettext

    if code == SOURCE:
        return gettext.NullTranslations()
    language = available()[code]  # KeyError for an unknown language
    path = _locale_root().joinpath(language.code, "LC_MESSAGES", f"{DOMAIN}.mo")
    with path.open("rb") as handle:
        return gettext.GNUTranslations(handle)
