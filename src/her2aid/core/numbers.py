"""How an entered number is written back to the user: exactly as it was entered.

A number shown beside its category must never be rounded across the cut-off
that decided it: ER 0.9999999 % is ER-negative (< 1 %), and printing it as
"1 %" would contradict the result next to it.
"""

from __future__ import annotations

#: Longer than this, a number is written with an exponent (1.5e-23): the plain
#: digits would not fit a form field, and a run of zeros is easy to misread.
MAX_PLAIN = 20


def as_entered(value: float) -> str:
    """The shortest text that reads back as ``value``: never rounded.

    Whole numbers lose their ``.0`` (45, not 45.0); -0 is 0; 1e-07 is written
    0.0000001, and only a number whose digits would run past MAX_PLAIN keeps
    its exponent. Exact to the 17 significant digits a number can hold.
    """
    if value == 0:
        return "0"
    text = repr(value)
    if "e" in text:
        from decimal import Decimal  # rare: only for very large or very small entries

        plain = format(Decimal(text), "f")
        if len(plain) <= MAX_PLAIN:
            text = plain
    return text.removesuffix(".0")


def ish_as_entered(value: float) -> str:
    """An ISH ratio or copy number as entered, always with a decimal point (2.0, not 2).

    ASCO/CAP states the ISH cut-offs with one decimal (ratio 2.0, 4.0 and 6.0
    copies), so the report does too.
    """
    text = as_entered(value)
    return text if "." in text or "e" in text else f"{text}.0"
