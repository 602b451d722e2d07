"""The window's language: Qt translators for the interface, and the code the summary uses.

The interface strings (Designer forms and ``tr()`` in the UI code) are
translated by Qt from ``:/translations/her2aid_<code>.qm``, with Qt's own
strings (standard buttons, file dialogs) from ``qtbase_<code>.qm``; both are
compiled into the bundled resources by ``packaging/build_ui.py`` from
``resources/translations/her2aid_<code>.ts``. The patient view on screen uses
the same language as the window (its gettext catalog, see
:mod:`her2aid.core.language`); the clinician view stays English.

The core's messages for refused entries are English, marked for the gettext
catalog; :func:`reason` shows them in the window's language.
"""

from __future__ import annotations

import gettext
import logging
import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from her2aid.core.casefile import TEXT_GOT
from her2aid.core.language import SOURCE, available, resolve, translations

log = logging.getLogger(__name__)

_current = SOURCE
_installed: list[QTranslator] = []  # kept alive: Qt does not own them


def current() -> str:
    """The window's language code (``en`` until :func:`install` chose another)."""
    return _current


def choose(requested: str | None) -> str:
    """The language asked for, else the system's if her2aid has it, else English."""
    return resolve(requested, QLocale.system().name())


def install(app: QCoreApplication, code: str) -> str:
    """Translate the interface into ``code`` (before any window is built); returns it.

    A missing catalog is logged and the window stays English: it never fails
    to start over a translation.
    """
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = SOURCE
    if code == SOURCE:
        return _current
    own = QTranslator(app)
    if not own.load(f":/translations/her2aid_{code}.qm"):
        log.error("no window translation for %s; the window stays English", code)
        return _current
    _installed.append(own)
    app.installTranslator(own)
    qt = QTranslator(app)
    if qt.load(f":/translations/qtbase_{code}.qm"):
        _installed.append(qt)
        app.installTranslator(qt)
    else:
        log.warning("no Qt translation for %s (standard buttons stay English)", code)
    QLocale.setDefault(QLocale(code))
    _current = code
    return _current


def translate(context: str, text: str) -> str:
    """``text`` in the window's language.

    ``packaging/build_ui.py`` (lupdate) finds every ``translate("Context", "text")``
    call with literal arguments and puts it in the .ts files.
    """
    return QCoreApplication.translate(context, text)


#: The core's words for a refused text value (TEXT_GOT), as a pattern that finds the text.
_TEXT_GOT = re.compile(
    "^" + re.escape(TEXT_GOT).replace(re.escape("{text}"), "(?P<text>.*)") + "$", re.DOTALL
)


def reason(
    english: str, template: str | None = None, params: Mapping[str, str] | None = None
) -> str:
    """A refused entry's reason in the window's language.

    The core's reasons are English and marked for the gettext catalog (the
    one the patient pages use); one built from values comes with its
    ``template`` and ``params`` (:class:`~her2aid.core.errors.InputError`),
    and the translated template is filled in again, numbers with the
    language's decimal mark. Anything not in the catalog stays English.
    """
    if _current == SOURCE:
        return english
    catalog = translations(_current)
    if template is None:
        return catalog.gettext(english)
    values = {key: _value(catalog, key, value) for key, value in (params or {}).items()}
    try:
        return catalog.gettext(template).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder
        log.error("the %s translation of a message does not fit its values", _current)
        return english


def _value(catalog: gettext.NullTranslations, key: str, value: str) -> str:
    if key == "got":
        match = _TEXT_GOT.match(value)
        if match:
            return catalog.gettext(TEXT_GOT).format(text=match.group("text"))
        if not _NUMBER.match(value):
            return catalog.gettext(value)  # "a long text", "NaN", ...
    if key in _NUMBERS and _NUMBER.match(value):
        return value.replace(".", available()[_current].decimal)
    return value  # a path or a name: as it is, whatever it looks like


#: The core's parameters that hold numbers (a path like "/tmp/12.5" is not one).
_NUMBERS = frozenset({"low", "high", "got", "percent"})


def file_error(exc: BaseException) -> str:
    """A failed save or export in the window's language.

    Takes a :class:`~her2aid.atomic.WriteError` or an ``ExportError`` (which
    carries one as its cause); the system's own words for an unusual failure
    stay as they are.
    """
    from her2aid.atomic import SAVE_FAILED, WriteError

    write = exc if isinstance(exc, WriteError) else exc.__cause__
    if not isinstance(write, WriteError):
        return reason(str(exc))
    why = reason(write.why, write.reason, write.params)
    return reason(str(write), SAVE_FAILED, {"path": str(write.path), "reason": why})


_NUMBER = re.compile(r"^-?\d+(\.\d+)?(e[+-]?\d+)?$")
