"""Errors the core raises for input it cannot accept.

Every user-facing error names the field (a dotted path such as
``her2.ish.ratio``) and the reason, so the CLI can print one clear line and
the window can mark the field.
"""

from __future__ import annotations


class InputError(ValueError):
    """An input the core refuses, with the field it concerns and why."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}" if field else reason)
        self.field = field
        self.reason = reason
