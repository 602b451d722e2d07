"""Compile the Designer forms (ui/*.ui), the window's translations and the Qt resources.

    python packaging/build_ui.py          regenerate the Python files
    python packaging/build_ui.py --check  fail if a committed file is stale (CI)

Outputs, committed and marked as generated:
    ui/<name>.ui             -> src/her2aid/ui/forms/ui_<name>.py
    ui/*.ui + src/her2aid/ui/*.py
                             -> resources/translations/her2aid_<code>.ts (lupdate: new
                                strings added, gone ones dropped; translators fill these)
    resources/her2aid.qrc + the .ts compiled by lrelease + Qt's own qtbase_<code>.qm
                             -> src/her2aid/qtbase/her2aid.rcc (binary, uncompressed)

A window language exists for every patient-page language (a folder
``src/her2aid/locale/<code>/`` with its ``language.toml``): adding a language
is adding translations, not code. The ``.ts`` files are written without source
line numbers, so they change only when a string does.

The resources are a binary .rcc that Qt maps into memory when it is
registered, not a Python module: a generated ``resources_rc.py`` holds the
fonts zlib-compressed in a 2 MB bytes literal, and unpacking them cost about
8 ms of every start (measured). rcc is run with QT_RCC_SOURCE_DATE_OVERRIDE so
its output does not depend on file timestamps, which makes --check exact.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "src" / "her2aid" / "ui" / "forms"
QRC = ROOT / "resources" / "her2aid.qrc"
RESOURCES_RCC = ROOT / "src" / "her2aid" / "qtbase" / "her2aid.rcc"
TS_DIR = ROOT / "resources" / "translations"
LOCALE_DIR = ROOT / "src" / "her2aid" / "locale"
#: The window's code, whose tr() strings go into the .ts files with the forms'.
TR_CODE = ROOT / "src" / "her2aid" / "ui"
TR_HANDOUT = ROOT / "src" / "her2aid" / "pdf" / "handout.py"  # names_problem, shown in dialogs

HEADER = (
    "# GENERATED FILE - DO NOT EDIT.\n"
    "# Source: {source}. Regenerate with: python packaging/build_ui.py\n"
    "# ruff: noqa\n"
    "# mypy: ignore-errors\n"
)


def _tool(name: str) -> str:
    """Find pyside6-uic / pyside6-rcc next to the running interpreter, then on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"build_ui: {name} not found; install PySide6 (./dev setup)")
    return found


def _run(args: list[str]) -> str:
    env = dict(os.environ, QT_RCC_SOURCE_DATE_OVERRIDE="1")
    proc = subprocess.run(args, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        sys.exit(f"build_ui: {' '.join(args)} failed:\n{proc.stderr}")
    return proc.stdout


_QT_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def _prune_imports(text: str) -> str:
    """Drop the names uic imports but the form never uses.

    uic imports some 40 Qt classes into every form; PySide6 creates each
    class's Python type on first import, which costs start-up time for nothing.
    """
    body = _QT_IMPORT.sub("", text)

    def keep_used(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).split(",") if n.strip()]
        used = [n for n in names if re.search(rf"\b{re.escape(n)}\b", body)]
        if not used:
            return ""
        return f"from {match.group(1)} import ({', '.join(used)})\n"

    return _QT_IMPORT.sub(keep_used, text)


def window_languages() -> list[str]:
    """Every language code with a patient-page catalog (English is the source)."""
    return sorted(p.parent.name for p in LOCALE_DIR.glob("*/language.toml"))


def _qt_translations_dir() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _updated_ts(code: str, tmp: Path) -> Path:
    """The language's .ts after lupdate (the committed one as the start, if any)."""
    target = tmp / f"her2aid_{code}.ts"
    committed = TS_DIR / target.name
    if committed.exists():
        shutil.copyfile(committed, target)
    python = [*sorted(TR_CODE.glob("*.py")), TR_HANDOUT]
    sources = [str(p) for p in sorted(UI_DIR.glob("*.ui")) + python]
    _run(
        [
            _tool("pyside6-lupdate"),
            *sources,
            "-ts",
            str(target),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            code,
            "-silent",
        ]
    )
    return target


def _qrc_with(tmp: Path, extra: dict[str, Path]) -> Path:
    """resources/her2aid.qrc with absolute paths, plus ``extra`` (alias -> file)."""
    text = QRC.read_text(encoding="utf-8")
    text = re.sub(
        r"<file>([^<]+)</file>",
        lambda m: f'<file alias="{m.group(1)}">{(QRC.parent / m.group(1)).as_posix()}</file>',
        text,
    )
    added = "".join(
        f'    <file alias="{alias}">{path.as_posix()}</file>\n' for alias, path in extra.items()
    )
    text = text.replace("  </qresource>", added + "  </qresource>")
    target = tmp / QRC.name
    target.write_text(text, encoding="utf-8")
    return target


def _generated(tmp: Path) -> dict[Path, bytes]:
    """Every generated file's committed path and its freshly generated content."""
    out: dict[Path, bytes] = {}
    for ui in sorted(UI_DIR.glob("*.ui")):
        target = tmp / f"ui_{ui.stem}.py"
        _run([_tool("pyside6-uic"), "--from-imports", str(ui), "-o", str(target)])
        text = target.read_text(encoding="utf-8")
        # uic's own header carries the Qt version only; ours says where it comes from.
        if "resources_rc" in text:
            sys.exit(f"build_ui: {ui.name} uses a resource; set it in code (qtbase.resources)")
        text = _prune_imports(text)
        source = f"ui/{ui.name}"
        out[FORMS_DIR / f"ui_{ui.stem}.py"] = (HEADER.format(source=source) + text).encode()
    compiled: dict[str, Path] = {}
    for code in window_languages():
        ts = _updated_ts(code, tmp)
        out[TS_DIR / ts.name] = ts.read_bytes()
        qm = tmp / f"her2aid_{code}.qm"
        _run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)])
        compiled[f"translations/{qm.name}"] = qm
        # Qt's own strings (standard buttons, file dialogs, context menus).
        qtbase = _qt_translations_dir() / f"qtbase_{code}.qm"
        if qtbase.exists():
            compiled[f"translations/{qtbase.name}"] = qtbase
        else:
            print(f"build_ui: warning: Qt has no {qtbase.name}", file=sys.stderr)
    target = tmp / RESOURCES_RCC.name
    qrc = _qrc_with(tmp, compiled)
    _run([_tool("pyside6-rcc"), "--binary", "--no-compress", str(qrc), "-o", str(target)])
    out[RESOURCES_RCC] = target.read_bytes()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated files are stale")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        generated = _generated(Path(tmp))
    expected = set(generated)
    present = set(FORMS_DIR.glob("ui_*.py")) | set(TS_DIR.glob("her2aid_*.ts"))
    stale = sorted(
        p.relative_to(ROOT).as_posix()
        for p, data in generated.items()
        if not p.exists() or p.read_bytes() != data
    )
    orphans = sorted(p.relative_to(ROOT).as_posix() for p in present - expected)
    if args.check:
        if stale or orphans:
            for name in stale:
                print(f"stale: {name}", file=sys.stderr)
            for name in orphans:
                print(f"no source .ui for: {name}", file=sys.stderr)
            print("run: python packaging/build_ui.py", file=sys.stderr)
            return 1
        print(f"build_ui: {len(generated)} generated files are up to date")
        return 0
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for path, data in generated.items():
        # Replace, never overwrite: a running her2aid has the .rcc mapped into memory.
        partial = path.with_name(f".{path.name}.partial")
        partial.write_bytes(data)
        os.replace(partial, path)
    for path in present - expected:
        path.unlink()
    print(f"build_ui: wrote {len(generated)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
