"""Help > About: app, ruleset and content versions with dates, and the reference list.

Everything shown comes from the content files (``content/about.toml``,
``ruleset.toml``, ``references.toml``); this module only lays it out.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QWidget

from her2aid import __version__
from her2aid.core.content import Content
from her2aid.ui.forms.ui_about_dialog import Ui_AboutDialog


def about_html(content: Content) -> str:
    """The versions, the statements about the aid, and every reference, as HTML."""
    ruleset, about = content.ruleset, content.about
    rows = [
        ("her2aid", __version__),
        ("Ruleset", f"{ruleset.version} ({ruleset.date})"),
        ("Content", f"{about.content_version} ({about.content_date})"),
        ("Guidelines applied", ", ".join(content.references[g].short for g in ruleset.guidelines)),
    ]
    parts = ['<table cellspacing="0" cellpadding="3">']
    parts += [f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows]
    parts.append("</table>")
    for text in (about.review_status, about.update_policy, about.funding):
        parts.append(f"<p>{escape(text)}</p>")
    parts.append("<h3>References</h3><ol>")
    for ref in sorted(content.references.values(), key=lambda r: r.short.casefold()):
        url = f"<br><span>{escape(ref.url)}</span>" if ref.url else ""
        parts.append(f"<li><b>{escape(ref.short)}</b>: {escape(ref.citation)}{url}</li>")
    parts.append("</ol>")
    return "\n".join(parts)


class AboutDialog(QDialog):
    """The About window; its text is set by the caller."""

    def __init__(self, parent: QWidget | None, details_html: str) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.titleLabel.setText(f"her2aid {__version__}")
        font = self.ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        self.ui.details.setHtml(details_html)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self.accept)
