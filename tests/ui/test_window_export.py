"""File > Export PDF, Print, Print preview and Help > About, through the dialog seam."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from ui_fakes import FakeDialogs

from her2aid.core import content
from her2aid.pdf import handout
from her2aid.ui.about import AboutDialog, about_html
from her2aid.ui.handout_dialog import HandoutOptions
from her2aid.ui.main_window import MainWindow


@pytest.fixture
def handout_calls(
    monkeypatch: pytest.MonkeyPatch,
) -> list[tuple[str, tuple[Any, ...], dict[str, Any]]]:
    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def record(name: str) -> Any:
        def fake(*args: Any, **kwargs: Any) -> None:
            calls.append((name, args, kwargs))

        return fake

    monkeypatch.setattr(handout, "export_handout", record("export"))
    monkeypatch.setattr(handout, "print_handout", record("print"))
    monkeypatch.setattr(handout, "default_paper", lambda: "Letter")
    return calls


def test_export_asks_for_the_options_then_the_path(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, handout_calls: list[Any]
) -> None:
    window.open_example("her2-ultralow-metastatic")
    dialogs.pdf_paths.append(tmp_path / "out.pdf")
    window.ui.actionExportPdf.trigger()
    assert dialogs.names() == ["handout_options", "export_pdf_path"]
    ((defaults, action),) = [a for n, a in dialogs.calls if n == "handout_options"]
    assert action == "Export PDF"
    assert defaults == HandoutOptions(audience="patient", paper="Letter")  # preferences, locale
    ((name, args, kwargs),) = handout_calls
    assert name == "export"
    assert args == (tmp_path / "out.pdf", window.result, window.evaluation.inputs)
    assert kwargs["audiences"] == ("patient",)
    assert kwargs["paper"] == "Letter"
    (suggested,) = [a for n, a in dialogs.calls if n == "export_pdf_path"]
    assert suggested[0].name == "her2aid-patient.pdf"
    assert window.statusBar().currentMessage().startswith("Exported")


def test_export_uses_the_chosen_options_and_names(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, handout_calls: list[Any]
) -> None:
    window.settings.set("clinic_name", "Riverside Clinic")
    window.settings.set("clinic_contact", "Breast care nurses: 555-0100")
    window.settings.set("handout_language", "es")
    dialogs.handout_answers.append(
        HandoutOptions(
            audience="both",
            paper="A4",
            patient_name="Jane Q. Doe",
            clinic_name="Riverside Clinic",
            clinic_contact="Ward 7: 555-0199",
            language="es",
        )
    )
    dialogs.pdf_paths.append(tmp_path / "out.pdf")
    window.export_pdf()
    ((defaults, _),) = [a for n, a in dialogs.calls if n == "handout_options"]
    assert defaults.clinic_name == "Riverside Clinic"  # from Preferences
    assert defaults.clinic_contact == "Breast care nurses: 555-0100"
    assert defaults.language == "es"  # Preferences' default language for patient pages
    ((_, _, kwargs),) = handout_calls
    assert kwargs["audiences"] == ("patient", "clinician")
    assert kwargs["paper"] == "A4"
    assert kwargs["meta"].patient_name == "Jane Q. Doe"
    assert kwargs["meta"].clinic_name == "Riverside Clinic"
    assert kwargs["meta"].clinic_contact == "Ward 7: 555-0199"  # as chosen for this handout
    assert kwargs["meta"].language == "es"
    assert kwargs["meta"].show_survival  # the default


def test_export_can_leave_out_survival_figures(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, handout_calls: list[Any]
) -> None:
    """Issue 14: the export dialog's choice reaches the handout (this handout only)."""
    dialogs.handout_answers.append(HandoutOptions("patient", "A4", show_survival=False))
    dialogs.pdf_paths.append(tmp_path / "out.pdf")
    window.export_pdf()
    ((_, _, kwargs),) = handout_calls
    assert kwargs["meta"].show_survival is False


@pytest.mark.parametrize("cancel_at", ["options", "path"])
def test_export_cancelled_does_nothing(
    window: MainWindow, dialogs: FakeDialogs, handout_calls: list[Any], cancel_at: str
) -> None:
    window.open_example("luminal-a-early")
    if cancel_at == "options":
        dialogs.handout_answers.append(None)
    window.ui.actionExportPdf.trigger()
    assert handout_calls == []
    expected = (
        ["handout_options"] if cancel_at == "options" else ["handout_options", "export_pdf_path"]
    )
    assert dialogs.names() == expected


def test_an_export_error_is_shown_as_is(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_args: Any, **_kwargs: Any) -> None:
        raise handout.ExportError("The folder is read-only.")

    monkeypatch.setattr(handout, "export_handout", fail)
    monkeypatch.setattr(handout, "default_paper", lambda: "A4")
    dialogs.pdf_paths.append(tmp_path / "x.pdf")
    window.export_pdf()
    assert dialogs.errors() == [
        ("Could not export the PDF", "The folder is read-only.", "The case on screen is unchanged.")
    ]


def test_an_unexpected_export_failure_does_not_crash(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(handout, "default_paper", lambda: "A4")

    def boom(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(handout, "export_handout", boom)
    dialogs.pdf_paths.append(tmp_path / "x.pdf")
    window.export_pdf()
    ((title, text, _),) = dialogs.errors()
    assert title == "Could not export the PDF"
    assert "bug" in text


def test_print_goes_through_the_print_dialog(
    window: MainWindow, dialogs: FakeDialogs, handout_calls: list[Any]
) -> None:
    window.ui.actionPrint.trigger()  # dialog cancelled
    assert handout_calls == []
    dialogs.print_answers.append(True)
    window.ui.actionPrint.trigger()
    ((name, args, kwargs),) = handout_calls
    assert name == "print"
    assert isinstance(args[0], QPrinter)
    assert args[0].pageLayout().pageSize().id().name == "Letter"
    assert kwargs["audiences"] == ("patient",)


@pytest.fixture
def no_printer(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record any QPrinter made: making one is what makes Qt contact the print server."""
    from PySide6 import QtPrintSupport

    made: list[str] = []

    class Recorded(QPrinter):
        def __init__(self, *args: Any) -> None:
            made.append("QPrinter")
            super().__init__(*args)

    monkeypatch.setattr(QtPrintSupport, "QPrinter", Recorded)
    return made


def test_print_preview_shows_the_export_pages_without_a_printer(
    window: MainWindow, dialogs: FakeDialogs, handout_calls: list[Any], no_printer: list[str]
) -> None:
    window.open_example("hr-positive-her2-low-metastatic")
    dialogs.handout_answers.append(HandoutOptions("both", "A4", "Ann Example", "Clinic"))
    window.ui.actionPrintPreview.trigger()
    assert dialogs.names() == ["handout_options", "print_preview"]
    ((_, (pages, paper)),) = [c for c in dialogs.calls if c[0] == "print_preview"]
    assert paper == "A4"
    assert pages.frame == handout.paper_frame("A4")
    assert pages.running.patient == "Ann Example"
    _, count = handout.render_pdf(
        window.result,
        window.evaluation.inputs,
        audiences=("patient", "clinician"),
        paper="A4",
        meta=window._meta(HandoutOptions("both", "A4", "Ann Example", "Clinic")),
    )
    assert pages.page_count == count  # the very pages Export PDF writes
    assert handout_calls == []
    assert no_printer == []


def test_print_from_the_preview_opens_the_print_dialog(
    window: MainWindow, dialogs: FakeDialogs, handout_calls: list[Any], no_printer: list[str]
) -> None:
    window.open_example("luminal-a-early")  # an empty case would be asked about first
    dialogs.preview_answers.append(True)
    dialogs.print_answers.append(True)
    window.ui.actionPrintPreview.trigger()
    assert dialogs.names() == ["handout_options", "print_preview", "print_setup"]
    ((name, args, _),) = handout_calls
    assert name == "print"
    assert args[0].pageLayout().pageSize().id().name == "Letter"  # the preview's paper
    assert no_printer == ["QPrinter"]  # made only now, for the print dialog


def test_a_preview_that_cannot_be_laid_out_says_so(
    window: MainWindow, dialogs: FakeDialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("layout bug")

    monkeypatch.setattr(handout, "lay_out", broken)
    window.print_preview()
    ((title, text, _),) = dialogs.errors()
    assert title == "Could not show the preview"
    assert "layout bug" in text
    assert "print_preview" not in dialogs.names()


def test_nothing_is_exported_or_printed_while_entries_are_refused(
    window: MainWindow, dialogs: FakeDialogs, qtbot: QtBot, handout_calls: list[Any]
) -> None:
    qtbot.keyClicks(window.form.ui.erPercent, "x")
    window.export_pdf()
    window.print_handout()
    window.print_preview()
    assert [args[0] for args in dialogs.errors()] == [
        "Cannot export yet",
        "Cannot print yet",
        "Cannot print yet",
    ]
    assert handout_calls == []


def test_about_lists_versions_dates_and_references(
    window: MainWindow, dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    window.ui.actionAbout.trigger()
    ((name, (html,)),) = dialogs.calls
    assert name == "about"
    data = content.load()
    assert data.ruleset.version in html
    assert data.ruleset.date in html
    assert data.about.content_version in html
    assert data.about.content_date in html
    for ref in data.references.values():
        assert ref.short.replace("&", "&amp;") in html
    dialog = AboutDialog(window, html)  # built, never exec()'d
    qtbot.addWidget(dialog)
    assert "not a diagnosis" in dialog.ui.disclaimerLabel.text()
    assert dialog.ui.details.toPlainText().count("\n") > len(data.references)
    assert about_html(data) == html


def test_an_empty_case_asks_before_making_a_handout(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, handout_calls: list[Any]
) -> None:
    dialogs.confirm_answers.append(False)
    window.export_pdf()
    assert dialogs.names() == ["confirm"]
    title, text, _question, go = dialogs.calls[0][1]
    assert "empty" in title
    assert "no results" in text
    assert go == "Export PDF"
    assert handout_calls == []
    dialogs.pdf_paths.append(tmp_path / "empty.pdf")
    window.export_pdf()  # asked again, and this time the user goes ahead
    assert [c[0] for c in handout_calls] == ["export"]
    dialogs.calls.clear()
    window.open_example("luminal-a-early")
    window.print_preview()
    assert "confirm" not in dialogs.names()  # a case with results is not asked about


def test_the_print_job_is_named_neutrally_not_after_the_case_file(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, handout_calls: list[Any]
) -> None:
    window.open_example("luminal-a-early")
    dialogs.save_paths.append(tmp_path / "Jane Doe 1957.json")
    assert window.save_case_as()
    dialogs.print_answers.append(True)
    window.print_handout()
    ((name, args, _kwargs),) = handout_calls
    assert name == "print"
    assert args[0].docName() == "her2aid-patient"
    assert "Jane" not in args[0].outputFileName()


def test_export_refuses_to_replace_the_open_case_file(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, handout_calls: list[Any]
) -> None:
    case = tmp_path / "case.json"
    dialogs.save_paths.append(case)
    assert window.save_case_as()
    saved = case.read_bytes()
    link = tmp_path / "case.pdf"
    link.symlink_to(case)
    for target in (case, link):
        dialogs.pdf_paths.append(target)
        window.export_pdf()
    assert handout_calls == []
    assert [e[1] for e in dialogs.errors()] == [
        f'"{case}" is the case file that is open; choose another name for the PDF.',
        f'"{link}" is the case file that is open; choose another name for the PDF.',
    ]
    assert case.read_bytes() == saved
