"""``her2aid --selftest``: prove an installed or frozen copy works end to end.

Classifies and renders every shipped example in both views, then writes a
real handout PDF into a temporary folder (offscreen, bundled fonts) and checks
the file. It proves the package data (content, templates, examples, fonts)
was installed, which is what breaks first in a wheel or a frozen bundle.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

from her2aid import interrupts


class SelftestError(RuntimeError):
    """The self-test found something broken; the message says what."""


def _ensure_gui_app() -> object:
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from her2aid.qtbase import qtlog

    qtlog.install()  # Qt's own warnings go to the log: the command prints one line
    return QGuiApplication.instance() or QGuiApplication(["her2aid-selftest"])


def run() -> str:
    """Run every check; returns a one-line summary or raises SelftestError."""
    from her2aid.core.classify import classify
    from her2aid.core.examples import example_names, load_example
    from her2aid.report.context import Meta
    from her2aid.report.render import render_summary

    names = example_names()
    if not names:
        raise SelftestError("no example cases found: package data is missing")
    for name in names:
        case = load_example(name)
        result = classify(case)
        for audience in ("clinician", "patient"):
            html = render_summary(result, case, audience=audience)
            if "References" not in html and "Where this information comes from" not in html:
                raise SelftestError(f"{name}: the {audience} view rendered without its references")

    _app = _ensure_gui_app()
    from her2aid.pdf.handout import export_handout
    from her2aid.qtbase.fonts import register_fonts

    register_fonts()
    case = load_example("luminal-a-early")
    with interrupts.deferred():  # Ctrl+C during the self-test leaves no folder behind
        folder = tempfile.TemporaryDirectory(prefix="her2aid-selftest-")
        interrupts.remove_on_signal(folder.name)
    try:
        with folder as tmp:
            path = Path(tmp) / "selftest handout.pdf"
            export_handout(
                path,
                classify(case),
                case,
                audiences=["patient", "clinician"],
                paper="A4",
                meta=Meta(clinic_name="Self-test clinic"),
            )
            data = path.read_bytes()
    finally:
        interrupts.keep(folder.name)
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise SelftestError("the handout PDF is not a complete PDF file")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    if pages < 2 or b"/FontFile2" not in data:
        raise SelftestError(
            f"the handout PDF looks wrong ({pages} pages, fonts embedded: {b'/FontFile2' in data})"
        )
    del _app
    return (
        f"selftest ok: {len(names)} examples classified and rendered in both views; "
        f"handout PDF {pages} pages, {len(data) // 1024} KB, fonts embedded"
    )
