"""The gettext catalog must come out the same on every Python the README supports.

Python 3.12 tokenizes inside f-strings, so Babel extracts a ``_("...")`` written
inside one on 3.12 and not on 3.11: the committed catalog then looks stale on one
of them (a fresh Ubuntu 24.04 check failed on exactly that). Translatable
literals are therefore never written inside an f-string.
"""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "her2aid"
LITERAL_CALL_IN_FSTRING = re.compile(r"""f(["']).*?\{N?_\(\s*["']""")


def test_no_translatable_literal_inside_an_f_string() -> None:
    found = [
        f"{path.relative_to(SRC)}:{number}"
        for path in sorted(SRC.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if LITERAL_CALL_IN_FSTRING.search(line)
    ]
    assert not found, found
