"""Work around reference-counting bugs in PySide6 6.12.0 on CPython 3.11.

PySide6 6.12.0 hands back some constants without taking a reference to them:
every method that returns nothing (``setText``, ``setVisible``, ``setHtml``...)
drops a reference to ``None``, and ``Signal.emit()`` drops one to ``True``.
On CPython 3.12 and later these objects are immortal and nothing happens; on
3.11 their counts (a few thousand at start-up) reach zero after a few thousand
calls and the process aborts ("Fatal Python error: none_dealloc: deallocating
None", or "bool_dealloc"). In the window that is about a hundred changes to a
case. PySide6 6.11.2 does not have the bug.

:func:`protect_constants` adds 2**40 references to ``None``, ``True`` and
``False``, which makes them as good as immortal, as they are on 3.12. It
changes nothing else and does nothing where they already are immortal. Remove
this module once the pinned PySide6 is fixed (``tests/ui/test_pyside_fixes.py``
shows whether it still leaks).

It runs when ``her2aid.ui`` is first imported. (The handout branch protects
``None`` in ``her2aid.qtbase.nonefix``; the window also needs ``True``, which
every ``Signal.emit()`` drops, so the two can become one module there.)
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

_HEADROOM = 1 << 40
_CONSTANTS = (None, True, False)
_applied = False


def constants_are_immortal() -> bool:
    """True where the interpreter never frees None, True and False (CPython 3.12+)."""
    return sys.implementation.name != "cpython" or sys.version_info >= (3, 12)


def protect_constants() -> bool:
    """Make None, True and False impossible to free on CPython < 3.12.

    Returns:
        True if they are protected (or need no protection).
    """
    global _applied
    if _applied or constants_are_immortal():
        return True
    counts = [ctypes.c_ssize_t.from_address(id(c)) for c in _CONSTANTS]
    for constant, count in zip(_CONSTANTS, counts, strict=True):
        if abs(count.value - sys.getrefcount(constant)) > 64:  # not the layout expected
            log.warning("cannot protect %r from PySide6's reference leak here", constant)
            return False
    for count in counts:
        count.value += _HEADROOM
    _applied = True
    return True
