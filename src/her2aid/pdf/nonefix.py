"""Work around PySide6 6.12.0 dropping a reference to ``None`` on every void call.

On Python 3.11, each call of a PySide6 6.12.0 method that returns nothing
(``QFont.setBold``, ``QPainter.save``, ``QRectF.setWidth``...) returns ``None``
without taking a reference to it. ``None`` is an ordinary object before
Python 3.12, so after a few thousand such calls its count reaches zero and
the interpreter aborts with "Fatal Python error: none_dealloc". One export
makes a few hundred such calls; a test session or a long day in the window
makes enough to crash. PySide6 6.11.2 does not have the bug, and on Python
3.12 and later ``None`` is immortal, so the bug is harmless there.

:func:`keep_none_alive` measures the count around a block of Qt calls and
gives back what the block took. Giving back too much (when the block also
released ordinary references to ``None``) only keeps ``None`` alive, which it
always is; the guard does nothing where ``None`` is immortal.
"""

from __future__ import annotations

import ctypes
import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager

_IMMORTAL_NONE = sys.version_info >= (3, 12)

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


@contextmanager
def keep_none_alive() -> Iterator[None]:
    """Restore the references to ``None`` that Qt calls inside the block dropped."""
    if _IMMORTAL_NONE:
        yield
        return
    before = sys.getrefcount(None)
    try:
        yield
    finally:
        gc.collect()
        for _ in range(before - sys.getrefcount(None)):
            _incref(None)
