"""Pull the prose out of rendered HTML, block by block, the way a reader meets it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

SKIP_INSIDE = {"sup", "style", "title", "h1", "h2", "h3", "th"}


@dataclass
class Block:
    tag: str
    classes: str
    text: str = ""
    cited: bool = False  # carries a citation, or is marked as deliberately without one
    parts: list[str] = field(default_factory=list)


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[Block] = []
        self.stack: list[Block] = []
        self.skip = 0
        self.in_references = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = dict(attrs).get("class") or ""
        if tag in SKIP_INSIDE:
            self.skip += 1
        marker = (tag == "sup" and "cite" in classes) or (tag == "span" and "nosource" in classes)
        if marker and self.stack:
            self.stack[-1].cited = True
        if tag in ("p", "li", "td"):
            self.stack.append(Block(tag, classes))
        if tag == "br" and self.stack and not self.skip:
            self.stack[-1].parts.append(" ")  # a line break separates what a reader sees

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_INSIDE:
            self.skip -= 1
        if tag in ("p", "li", "td") and self.stack and self.stack[-1].tag == tag:
            block = self.stack.pop()
            block.text = re.sub(r"\s+", " ", "".join(block.parts)).strip()
            if block.text and not self.in_references:
                self.blocks.append(block)
            if self.stack and block.cited:
                self.stack[-1].cited = True

    def handle_data(self, data: str) -> None:
        if self.skip:
            if data.strip() in ("References", "Where this information comes from"):
                self.in_references = True
            return
        if self.stack:
            self.stack[-1].parts.append(data)


def blocks(html: str) -> list[Block]:
    """Text blocks (p, li, td) before the reference list, innermost first."""
    parser = _Blocks()
    parser.feed(html)
    return parser.blocks


def prose(html: str) -> str:
    """Readable running text: every block as a sentence, labels and meta-text included."""
    out = []
    for b in blocks(html):
        out.append(b.text if b.text[-1] in ".?!:" else b.text + ".")
    return " ".join(out)
