"""Help > About: app, ruleset and content versions with dates, and the reference list.

Everything shown comes from the content files (``content/about.toml``,
``ruleset.toml``, ``references.toml``); this module only lays it out.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QWidget

from her2aid import __version__
from her2aid.core.content import Content
from her2aid.core.language import SOURCE, available
from her2aid.ui.forms.ui_about_dialog import Ui_AboutDialog
from her2aid.ui.translation import translate


def about_html(content: Content, language: str = SOURCE) -> str:
    """The versions, the statements about the aid, the translations and every reference.

    The statements and references are the content's (English, as cited); the
    translations section says, in the window's language, who reviewed which
    language, as a decision aid in several languages must.
    """
    ruleset, about = content.ruleset, content.about
    guidelines = ", ".join(content.references[g].short for g in ruleset.guidelines)
    rows = [
        ("her2aid", __version__),
        (translate("AboutDialog", "Ruleset"), f"{ruleset.version} ({ruleset.date})"),
        (translate("AboutDialog", "Content"), f"{about.content_version} ({about.content_date})"),
        (translate("AboutDialog", "Guidelines applied"), guidelines),
    ]
    parts = ['<table cellspacing="0" cellpadding="3">']
    parts += [f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows]
    parts.append("</table>")
    for text in (about.review_status, about.update_policy, about.funding):
        parts.append(f"<p>{escape(text)}</p>")
    parts.append(f"<h3>{escape(translate('AboutDialog', 'Translations'))}</h3><ul>")
    for code, lang in available().items():
        if code == SOURCE:
            continue
        if lang.reviewed:
            status = translate("AboutDialog", "reviewed by {who}").format(who=lang.reviewed_by)
        else:
            status = translate(
                "AboutDialog",
                "machine-assisted translation by the development team, not yet reviewed by "
                "a qualified medical translator or clinician",
            )
        what = translate("AboutDialog", "the window, the patient view and the patient handout")
        parts.append(f"<li><b>{escape(lang.native)}</b> ({escape(what)}): {escape(status)}</li>")
    parts.append("</ul>")
    if language != SOURCE:
        parts.append(
            "<p>"
            + escape(
                translate(
                    "AboutDialog",
                    "The clinician view, these statements and the references are in English.",
                )
            )
            + "</p>"
        )
    parts.append(f"<h3>{escape(translate('AboutDialog', 'References'))}</h3><ol>")
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
