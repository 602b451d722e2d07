"""How an entered number is written back to the user: exactly as it was entered.

A number shown beside its category must never be rounded across the cut-off
that decided it: ER 0.9999999 % is ER-negative (< 1 %), and printing it as
"1 %" would contradict the result next to it.
"""

from __future__ import annotations


def as_entered(value: float) -> str:
    """The shortest text that reads back as ``value``: no rounding, no exponent.

    Whole numbers lose their ``.0`` (45, not 45.0); -0 is 0; 1e-07 is written
    0.0000001.
    """
    if value == 0:
        return "0"
    text = repr(value)
    if "e" in text:
        from decimal import Decimal  # rare: only for very large or very small entries

        text = format(Decimal(text), "f")
    return text.removesuffix(".0")
