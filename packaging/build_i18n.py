"""Extract every translatable string into the catalog template; update and compile each language.

    python packaging/build_i18n.py          regenerate the .pot, update every .po, compile every .mo
    python packaging/build_i18n.py --check  fail if a committed file is stale (CI)
    python packaging/build_i18n.py --stats  how much of each language is translated

Sources of the one gettext domain ``her2aid`` (src/her2aid/locale/her2aid.pot):
    report templates (*.html.j2)     _("...") calls, Jinja2's Babel extractor
    report and PDF code (*.py)       _("...") and N_("...") calls
    content TOML (patient fields)    every string a patient reads, with the context
                                     "<file>:<key path>" (her2aid.core.content.patient_strings)

Each language is a folder src/her2aid/locale/<code>/ with language.toml and
LC_MESSAGES/her2aid.po (translated by people) and her2aid.mo (compiled here,
committed, generated). Babel is a development tool only: the app reads the .mo
with the standard library's gettext. To start a language, create its folder
with a language.toml (copy one) and run this script: it writes an empty .po.
"""

from __future__ import annotations

import argparse
import io
import sys
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract, extract_python
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from jinja2.ext import babel_extract

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from her2aid.core import content  # noqa: E402

PACKAGE = ROOT / "src" / "her2aid"
LOCALE = PACKAGE / "locale"
POT = LOCALE / "her2aid.pot"
TEMPLATES = sorted((PACKAGE / "report" / "templates").glob("*.j2"))
PYTHON = [
    PACKAGE / "report" / "context.py",
    PACKAGE / "report" / "render.py",
    PACKAGE / "pdf" / "handout.py",
    PACKAGE / "pdf" / "layout.py",
    # The reasons an entry is refused, as the window shows them in its language.
    PACKAGE / "atomic.py",  # why a save or export failed
    PACKAGE / "core" / "casefile.py",
    PACKAGE / "core" / "prognosis.py",
    PACKAGE / "core" / "prognosis_case.py",
    PACKAGE / "ui" / "case_state.py",
]
KEYWORDS = {"_": None, "gettext": None, "N_": None}
#: A fixed date keeps the generated files the same from run to run (--check compares them).
FIXED = datetime(2026, 1, 1, tzinfo=UTC)


def template() -> Catalog:
    """The catalog template: every string, English, with where it comes from."""
    catalog = Catalog(
        project="her2aid",
        version="1",
        copyright_holder="the her2aid contributors",
        domain="her2aid",
        creation_date=FIXED,
        fuzzy=False,
    )
    jinja_options = {
        "extensions": "jinja2.ext.i18n",
        "trim_blocks": "true",
        "lstrip_blocks": "true",
    }
    for path in TEMPLATES:
        with path.open("rb") as handle:
            for lineno, message, _comments, context in extract(
                babel_extract, handle, KEYWORDS, options=jinja_options
            ):
                catalog.add(message, locations=[(_rel(path), lineno)], context=context)
    for path in PYTHON:
        with path.open("rb") as handle:
            for lineno, message, _comments, context in extract(extract_python, handle, KEYWORDS):
                catalog.add(message, locations=[(_rel(path), lineno)], context=context)
    for context, text in content.patient_strings(content._raw()):
        where = f"src/her2aid/content/{context.split(':', 1)[0]}"
        catalog.add(text, locations=[(where, 0)], context=context)
    return catalog


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, sort_output=False, omit_header=False, include_lineno=False)
    return out.getvalue()


def _mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def languages() -> list[Path]:
    """The language folders (those with a language.toml)."""
    return sorted(p for p in LOCALE.iterdir() if (p / "language.toml").is_file())


def build() -> dict[Path, bytes]:
    """Every generated file and its bytes."""
    pot = template()
    files = {POT: _po_bytes(pot)}
    for folder in languages():
        po_path = folder / "LC_MESSAGES" / "her2aid.po"
        if po_path.exists():
            with po_path.open("rb") as handle:
                catalog = read_po(handle, locale=folder.name)
        else:
            catalog = Catalog(locale=folder.name, domain="her2aid", creation_date=FIXED)
        catalog.update(pot, no_fuzzy_matching=True)
        catalog.creation_date = FIXED
        catalog.revision_date = FIXED
        catalog.obsolete.clear()  # a string no longer used is dropped, not kept
        files[po_path] = _po_bytes(catalog)
        files[folder / "LC_MESSAGES" / "her2aid.mo"] = _mo_bytes(catalog)
    return files


def stats() -> list[tuple[str, int, int]]:
    """(language, translated, total) for every language."""
    out = []
    for folder in languages():
        po_path = folder / "LC_MESSAGES" / "her2aid.po"
        with po_path.open("rb") as handle:
            catalog = read_po(handle, locale=folder.name)
        messages = [m for m in catalog if m.id]
        done = [m for m in messages if m.string and not m.fuzzy]
        out.append((folder.name, len(done), len(messages)))
    return out


def main(argv: list[str] | None = None) -> int:
    """Regenerate, check (exit 1 when stale) or report progress."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a committed file is stale")
    parser.add_argument("--stats", action="store_true", help="translated strings per language")
    args = parser.parse_args(argv)
    if args.stats:
        for code, done, total in stats():
            print(f"{code}: {done} of {total} strings translated")
        return 0
    files = build()
    stale = [p for p, data in files.items() if not p.exists() or p.read_bytes() != data]
    if args.check:
        for path in stale:
            print(f"build_i18n: {path.relative_to(ROOT)} is stale; run packaging/build_i18n.py")
        return 1 if stale else 0
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(files[path])
    print(f"build_i18n: wrote {len(stale)} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
