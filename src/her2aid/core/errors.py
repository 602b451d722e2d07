"""Errors the core raises for input it cannot accept, and how their text is shown.

Every user-facing error names the field (a dotted path such as
``her2.ish.ratio``) and the reason, so the CLI can print one clear line and
the window can mark the field.
"""

from __future__ import annotations

from collections.abc import Mapping


class InputError(ValueError):
    """An input the core refuses, with the field it concerns and why.

    ``reason`` is English (the command line and the log use it). A reason
    built from values also keeps its ``template`` and ``params``, so a window
    in another language can translate the template and fill it in again.
    """

    def __init__(
        self,
        field: str,
        reason: str,
        *,
        template: str | None = None,
        params: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(f"{field}: {reason}" if field else reason)
        self.field = field
        self.reason = reason
        self.template = template
        self.params: Mapping[str, str] = dict(params or {})

    @classmethod
    def of(cls, field: str, template: str, **params: str) -> InputError:
        """An error whose reason is ``template`` filled with ``params`` (all text)."""
        return cls(field, template.format(**params), template=template, params=params)


_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _escape(char: str) -> str:
    code = ord(char)
    if char in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[char]
    if code < 0x10000:
        return f"\\u{code:04x}"
    high, low = divmod(code - 0x10000, 0x400)  # as JSON writes it: a surrogate pair
    return f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}"


def one_line(text: str) -> str:
    r"""``text`` with every character a terminal would not print as itself escaped.

    Line breaks (also U+2028, U+2029, U+0085), other control characters,
    bidirectional overrides such as U+202E, lone surrogates and unassigned
    code points become ``\\n`` or ``\\uXXXX``: a message built from a file's
    contents or name stays one line and shows what is really there.
    """
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else _escape(c) for c in text)
