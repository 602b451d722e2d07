"""The macOS Info.plist that packaging/her2aid.spec gives the .app.

PyInstaller builds the .app only on a Mac (build.yml's macos job); here the
spec's info_plist is read from the spec and checked as plistlib will write it.
"""

from __future__ import annotations

import ast
import plistlib
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "her2aid.spec"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def _info_plist() -> dict[str, Any]:
    tree = ast.parse(SPEC.read_text("utf-8"))
    names: dict[str, Any] = {"APP": "her2aid", "VERSION": VERSION}
    for node in tree.body:
        if isinstance(node, ast.Assign) and [ast.unparse(t) for t in node.targets] == [
            "DOCUMENT_TYPES"
        ]:
            names["DOCUMENT_TYPES"] = ast.literal_eval(node.value)
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "BUNDLE"
    ]
    assert len(calls) == 1
    (value,) = [kw.value for kw in calls[0].keywords if kw.arg == "info_plist"]
    code = compile(ast.Expression(value), str(SPEC), "eval")
    plist = eval(code, {"__builtins__": {}}, names)  # the project's own spec
    assert isinstance(plist, dict)
    return plist


def test_finder_offers_her2aid_for_json_without_taking_it_over() -> None:
    plist = plistlib.loads(plistlib.dumps(_info_plist()))  # as PyInstaller writes it
    (doc_type,) = plist["CFBundleDocumentTypes"]
    assert doc_type["LSItemContentTypes"] == ["public.json"]
    assert doc_type["LSHandlerRank"] == "Alternate"  # in Open With, never the default
    assert doc_type["CFBundleTypeRole"] == "Editor"  # it opens and saves case files
    assert doc_type["CFBundleTypeName"]


def test_bundle_identity() -> None:
    plist = _info_plist()
    assert plist["CFBundleShortVersionString"] == VERSION
    assert plist["LSMinimumSystemVersion"] == "12.0"  # public.json is known from macOS 11
