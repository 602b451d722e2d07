"""her2aid: an offline decision aid for breast cancer receptor status.

The package is layered so the data flow reads top to bottom:
``core`` (case inputs -> classify, Qt-free) -> ``report`` (Jinja HTML, Qt-free)
-> ``ui`` (the window) and ``pdf`` (the handout), the only places Qt is used.
"""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.1.0"
