"""The window in another language (issue 17): Qt's .ts/.qm for the interface, the
gettext catalog for the core's reasons and the patient view, no English left on a
Spanish window, no clipped text with longer (pseudo-localised) strings."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_fakes import FakeDialogs

from her2aid.core import casefile
from her2aid.core.errors import InputError
from her2aid.core.language import SOURCE, installed_codes
from her2aid.qtbase.settings import Settings
from her2aid.ui import translation
from her2aid.ui.about import AboutDialog, about_html
from her2aid.ui.handout_dialog import HandoutDialog, HandoutOptions
from her2aid.ui.main_window import MainWindow
from her2aid.ui.preferences_dialog import PreferencesDialog
from procs import private_env

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
WINDOW_LANGUAGES = [code for code in installed_codes() if code != SOURCE]
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def messages(code: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every message in the language's .ts."""
    root = ET.parse(TS_DIR / f"her2aid_{code}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translated = message.find("translation")
            assert translated is not None
            assert translated.get("type") not in ("unfinished", "vanished", "obsolete"), (
                name,
                message.findtext("source"),
            )
            found.append((name, message.findtext("source", ""), translated.text or ""))
    return found


# --- the catalogs ------------------------------------------------------------


def test_every_patient_page_language_has_a_window_translation() -> None:
    assert WINDOW_LANGUAGES == ["es"]
    assert sorted(p.stem.removeprefix("her2aid_") for p in TS_DIR.glob("her2aid_*.ts")) == (
        WINDOW_LANGUAGES
    )


@pytest.mark.parametrize("code", WINDOW_LANGUAGES)
def test_every_window_string_is_translated_with_its_placeholders_and_one_mnemonic(
    code: str,
) -> None:
    found = messages(code)
    assert len(found) > 400
    for context, source, translated in found:
        assert translated.strip(), (context, source)
        assert sorted(PLACEHOLDER.findall(translated)) == sorted(PLACEHOLDER.findall(source)), (
            context,
            source,
        )
        marks = translated.replace("&&", "").count("&")
        assert marks == source.replace("&&", "").count("&"), (context, source, translated)


# --- a window in Spanish -----------------------------------------------------


@pytest.fixture
def language() -> str:
    """Every window and dialog in this module is Spanish unless a test says otherwise."""
    return "es"


def english_only(code: str) -> set[str]:
    """Source strings whose translation differs: seeing one on screen means it was missed."""
    return {
        source.replace("&", "")
        for _context, source, translated in messages(code)
        if source != translated and len(source) > 3
    }


def shown_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """Every text a user sees or a screen reader speaks, with where it is."""
    for child in [widget, *widget.findChildren(QWidget)]:
        where = f"{type(child).__name__} {child.objectName()}"
        yield where, child.accessibleName()
        yield where, child.accessibleDescription()
        yield where, child.toolTip()
        if isinstance(child, QLabel | QAbstractButton):
            yield where, child.text()
        if isinstance(child, QLineEdit):
            yield where, child.placeholderText()
        if isinstance(child, QGroupBox):
            yield where, child.title()
    for action in widget.findChildren(QAction):
        yield f"action {action.objectName()}", action.text()
        yield f"action {action.objectName()}", action.statusTip()


def test_the_window_in_spanish_has_no_english_left(window: MainWindow) -> None:
    window.open_example("luminal-a-early")  # the values rows too
    english = english_only("es")
    left = sorted(
        {(where, text) for where, text in shown_texts(window) if text.replace("&", "") in english}
    )
    assert left == []
    assert window.windowTitle().startswith("Ejemplo: Luminal A temprano")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Archivo", "&Editar", "&Ver", "A&yuda"]


def test_a_refused_entry_is_explained_in_spanish_with_a_decimal_comma(
    window: MainWindow,
) -> None:
    form = window.form
    form.ui.ki67Percent.setText("abc")
    assert form.error_label("ki67_percent").text() == (
        '\u26a0 Debe ser un número de 0 a 100; se ingresó el texto "abc"'
    )
    form.ui.ki67Percent.setText("")
    form.ui.ishDual.click()
    form.ui.ishRatio.setText("0")
    reason = form.error_label("ish_ratio").text()
    assert reason.startswith("\u26a0 Debe ser mayor que 0 y como máximo"), reason
    form.ui.ishRatio.setText("2,5")  # a decimal comma typed is a number
    assert "Falta; un resultado de sonda doble" in form.error_label("ish_dual_copies").text()
    assert "No se usan hasta que se corrijan" in window.summary.ui.problemsLabel.text()
    assert "Ki-67" not in window.summary.ui.problemsLabel.text()


def test_every_reason_the_form_can_show_has_a_spanish_template(window_language: str) -> None:
    """The reasons typing can produce, from the core's own messages, none left English."""
    from her2aid.ui.case_state import FormState, evaluate

    typed = ["abc", "-1", "101", "1e999", "nan", "0", "2.5.1", "x" * 50, "12345678901234567890"]
    fields = [
        "er_percent",
        "pr_percent",
        "ki67_percent",
        "pdl1_cps",
        "ish_ratio",
        "ish_dual_copies",
        "ish_single_copies",
        "prog_age",
        "prog_size",
        "prog_nodes",
    ]
    seen = 0
    for field in fields:
        for text in typed:
            for method in ("dual", "single"):
                state = FormState(setting="early", ish_method=method)  # type: ignore[arg-type]
                state = state.with_value(field, text)
                for problem in evaluate(state).problems:
                    shown = translation.reason(problem.reason, problem.template, problem.params)
                    assert shown != problem.reason, (field, text, problem.reason)
                    seen += 1
    assert seen > 100


def test_a_number_in_a_reason_takes_the_languages_decimal_mark(window_language: str) -> None:
    with pytest.raises(InputError) as caught:
        casefile.from_dict({"format": casefile.FORMAT, "her2": {"ish": {"assay": "dual",
                            "ratio": 0.0, "mean_copies": 2.5}}})  # fmt: skip
    exc = caught.value
    assert exc.reason == "must be more than 0 and at most 100, got 0"
    assert translation.reason(exc.reason, exc.template, exc.params) == (
        "debe ser mayor que 0 y como máximo 100; se ingresó 0"
    )
    fake = dict(exc.params, got="12.5")
    assert translation.reason(exc.reason, exc.template, fake).endswith("se ingresó 12,5")


def test_the_patient_view_follows_the_window_language(window: MainWindow) -> None:
    window.open_example("hr-positive-her2-low-metastatic")
    window.set_audience("patient")
    assert "Los resultados de sus pruebas" in window.summary.plain_text()
    window.set_audience("clinician")
    assert "Receptor status summary" in window.summary.plain_text()  # stays English


def test_the_about_box_says_who_reviewed_the_translation(
    window_language: str, qtbot: QtBot
) -> None:
    from her2aid.core import content

    html = about_html(content.load(), "es")
    assert "Español (EE. UU.)" in html
    assert "todavía no la ha revisado un traductor médico calificado" in html
    assert "La vista clínica, estas declaraciones y las referencias están en inglés." in html
    dialog = AboutDialog(None, html)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Acerca de her2aid"


def test_the_dialogs_and_qts_own_buttons_are_spanish(
    window_language: str, qtbot: QtBot, settings: Settings
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = HandoutDialog(None, HandoutOptions(audience="patient", paper="A4"), "Exportar PDF")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Exportar PDF: opciones de la hoja"
    cancel = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Cancelar"  # qtbase_es.qm, from the resources
    assert dialog.ui.handoutLanguage.itemText(1) == "Español (EE. UU.) (sin revisar)"
    prefs = PreferencesDialog(None, settings, lambda *_: None)
    qtbot.addWidget(prefs)
    assert prefs.windowTitle() == "Preferencias"


def test_an_unknown_window_language_leaves_the_window_english(
    configured_app: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    assert translation.install(configured_app, "xx") == SOURCE
    assert "no window translation for xx" in caplog.text
    assert translation.current() == SOURCE
    with pytest.raises(KeyError):
        translation.choose("xx")
    assert translation.choose(None) in installed_codes()


# --- pseudo-localised: longer strings must not be clipped ---------------------


def pseudo(text: str) -> str:
    """About 40 % longer, accented, placeholders, mnemonics and shortcuts intact."""
    if re.fullmatch(r"[\d+%,.]*|Ctrl.*|F\d+", text):
        return text
    swap = str.maketrans("aeiouAEIOUcn", "àéîõüÀÉÎÕÜçñ")
    parts = re.split(r"(\{[a-z_]*\}|&.|\(\*[^)]*\)|\n)", text)
    out = "".join(p if i % 2 else p.translate(swap) for i, p in enumerate(parts))
    return f"[{out} {'~' * max(1, len(text) * 2 // 5)}]"


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("pseudo")
    tree = ET.parse(TS_DIR / "her2aid_es.ts")
    for message in tree.getroot().iter("message"):
        translated = message.find("translation")
        assert translated is not None
        translated.text = pseudo(message.findtext("source", ""))
    ts = tmp / "her2aid_pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp / "her2aid_pseudo.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.mark.slow
@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1366, 768)])
def test_the_pseudo_localised_window_and_dialogs_clip_no_text(
    pseudo_qm: Path, tmp_path: Path, width: int, height: int
) -> None:
    """On a clinic laptop's screen, every label and button has room for 40 % longer text."""
    screen = {
        "screens": [
            {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
        ]
    }  # fmt: skip
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screen), encoding="utf-8")
    env = private_env(tmp_path, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("pseudo_window.py")), str(pseudo_qm),
         str(width), str(height)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.splitlines()[-1]) == []


# --- the command line --------------------------------------------------------


@pytest.mark.slow
def test_language_es_startup_check_passes_in_spanish(tmp_path: Path) -> None:
    from procs import run_her2aid

    env = private_env(tmp_path, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
    proc = run_her2aid("--language", "es", "--startup-check", "--no-crash-dialog", env=env)
    assert proc.returncode == 0, proc.stderr
    assert "Caso sin título" in proc.stdout


@pytest.mark.slow
@pytest.mark.parametrize(
    ("locale", "title"), [("es_US.UTF-8", "Caso sin título"), ("de_DE.UTF-8", "Untitled case")]
)
def test_the_window_takes_the_system_language_when_her2aid_has_it(
    tmp_path: Path, locale: str, title: str
) -> None:
    from procs import run_her2aid

    env = private_env(tmp_path, QT_QPA_PLATFORM="offscreen", LC_ALL=locale, LANG=locale)
    proc = run_her2aid("--startup-check", "--no-crash-dialog", env=env)
    assert proc.returncode == 0, proc.stderr
    assert title in proc.stdout


def test_an_unknown_language_is_refused_by_the_command_line(tmp_path: Path) -> None:
    from procs import run_her2aid

    proc = run_her2aid("--language", "xx", "--startup-check", env=private_env(tmp_path))
    assert proc.returncode == 2
    assert "invalid choice: 'xx'" in proc.stderr


def test_a_failed_save_is_explained_in_spanish(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    window.open_example("luminal-a-early")
    dialogs.save_paths = [tmp_path / "no-such-folder" / "caso.json"]
    assert not window.save_case_as()
    title, text, details = dialogs.errors()[-1]
    assert title == "No se pudo guardar el caso"
    folder = tmp_path / "no-such-folder"
    assert text == f'No se pudo guardar "{folder / "caso.json"}": la carpeta "{folder}" no existe.'
    assert details.startswith("No se perdió nada")


# --- the window language as a preference ----------------------------------------


@pytest.mark.parametrize("language", ["en"])
def test_the_window_language_is_a_preference_applied_at_the_next_start(
    window: MainWindow, dialogs: FakeDialogs, settings: Settings, qtbot: QtBot
) -> None:
    prefs = PreferencesDialog(None, settings, lambda *_: None)
    qtbot.addWidget(prefs)
    box = prefs.ui.prefWindowLanguage
    assert [box.itemData(i) for i in range(box.count())] == ["", "en", "es"]
    assert box.currentIndex() == 0  # "As the system" until chosen
    box.setCurrentIndex(box.findData("es"))
    prefs.save()
    assert settings.get("window_language") == "es"
    again = PreferencesDialog(None, settings, lambda *_: None)
    qtbot.addWidget(again)
    assert again.ui.prefWindowLanguage.currentData() == "es"
    # Through the window: the status bar says when it applies; the window stays as it is.
    dialogs.preference_changes = [{"window_language": ""}, {"clinic_name": "Unit"}]
    window.show_preferences()
    assert "changes when her2aid next starts" in window.statusBar().currentMessage()
    assert translation.current() == SOURCE
    window.show_preferences()
    assert window.statusBar().currentMessage() == "Preferences saved"


@pytest.mark.slow
@pytest.mark.parametrize(("chosen", "title"), [("es", "Caso sin título"), ("xx", "Untitled case")])
def test_the_window_starts_in_the_preferred_language(
    tmp_path: Path, chosen: str, title: str
) -> None:
    """The preference applies at start-up; a language no longer installed is ignored."""
    from procs import run_her2aid

    config = tmp_path / "config"
    Settings(config / "her2aid.ini").set("window_language", chosen)
    env = private_env(tmp_path, QT_QPA_PLATFORM="offscreen", HER2AID_CONFIG_DIR=str(config))
    proc = run_her2aid("--startup-check", "--no-crash-dialog", env=env)
    assert proc.returncode == 0, proc.stderr
    assert title in proc.stdout
    english = run_her2aid(
        "--language", "en", "--startup-check", "--no-crash-dialog", env=env
    )  # --language wins
    assert "Untitled case" in english.stdout
