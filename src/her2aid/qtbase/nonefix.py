"""Work around PySide6 6.12.0 dropping a reference to ``None`` on every void call.

On Python 3.11, each call of a PySide6 6.12.0 method that returns nothing
(``QFont.setBold``, ``QPainter.save``, ``QRectF.setWidth``...) hands back
``None`` without taking a reference to it. Before Python 3.12 ``None`` is an
ordinary counted object, so the count drifts down by one per call: a few
thousand calls abort the interpreter with "Fatal Python error: none_dealloc",
and even a handful abort it at exit, when every real reference is released.
One handout export makes several hundred such calls.

PySide6 6.11.2 does not have the bug, and from Python 3.12 ``None`` is
immortal, which makes it harmless. Until the pinned PySide6 is fixed,
:func:`protect_none` does what Python 3.12 does: it checks whether the
running PySide6 has the bug (ten void calls on a throw-away rectangle) and,
only if so, raises ``None``'s count so far that no run can bring it to zero.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QRectF

#: Added to None's reference count: 2**40 void calls is about a year of nonstop calls.
HEADROOM = 1 << 40
_PROBE_CALLS = 10


def drops_none() -> bool:
    """Whether a void PySide6 call drops a reference to ``None`` in this interpreter."""
    rect = QRectF()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        rect.setWidth(1.0)
    return before - sys.getrefcount(None) >= _PROBE_CALLS


def protect_none() -> bool:
    """Give ``None`` enough references to survive the bug; returns whether that was needed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # None is immortal there (or not reference-counted)
    if not drops_none():
        return False
    # ob_refcnt is the first field of every CPython object.
    count = ctypes.c_ssize_t.from_address(id(None))
    count.value += HEADROOM
    return True
