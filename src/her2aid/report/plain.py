"""The rendered summary as plain text, for pasting into a record (``her2aid summary``).

Made from the same HTML the window shows, so the words are the same: headings
on their own lines, list items with a dash, table rows with their cells
joined by " | ", citations as [n], and the reference list at the end. Links
that only open or close parts of the window are dropped.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = {"p", "li", "tr", "h1", "h2", "h3", "table", "ul", "ol", "br"}
_SKIP = {"style", "title", "head"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line: list[str] = []
        self.cells: list[str] | None = None
        self.skip = 0
        self.heading: str | None = None
        self.in_window_link = False

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.line)).strip()
        self.line = []
        if not text:
            return
        if self.heading == "h1":
            self.lines += ["", text.upper(), ""]
        elif self.heading in ("h2", "h3"):
            self.lines += ["", text, "-" * len(text) if self.heading == "h2" else ""]
        else:
            self.lines.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
            return
        if tag == "a" and (dict(attrs).get("href") or "").startswith("her2aid:"):
            self.in_window_link = True  # "Show the rule trace": a window control, not text
        if tag == "tr":
            self._flush()
            self.cells = []
        elif tag in ("td", "th") and self.cells is not None:
            self.line = []
        elif tag in _BLOCKS:
            self._flush()
            if tag in ("h1", "h2", "h3"):
                self.heading = tag
            if tag == "li":
                self.line.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip -= 1
            return
        if tag == "a":
            self.in_window_link = False
        if tag in ("td", "th") and self.cells is not None:
            self.cells.append(re.sub(r"\s+", " ", "".join(self.line)).strip())
            self.line = []
        elif tag == "tr" and self.cells is not None:
            row = " | ".join(c for c in self.cells if c)
            if row:
                self.lines.append(row)
            self.cells = None
        elif tag in _BLOCKS:
            self._flush()
            self.heading = None

    def handle_data(self, data: str) -> None:
        if self.skip or self.in_window_link:
            return
        self.line.append(data)


def to_text(html: str) -> str:
    """Plain text of a rendered summary, one block per line, blank lines between sections."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    parser._flush()
    text = "\n".join(parser.lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
