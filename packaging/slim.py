"""What the frozen bundle leaves out: shared by her2aid.spec (to slim) and build.py (to check).

* Qt plugins come from an allow-list (:data:`PLUGINS`); all others are dropped.
* Libraries of Qt modules her2aid never uses are dropped by name on every OS
  (:data:`DROP_QT`), with Windows' software OpenGL and Qt's translations.
* OpenSSL is dropped: her2aid never opens a network connection.
* On Linux, :func:`prune_unlinked` then drops every shared library that nothing
  left in the bundle links to (the dropped plugins pulled in GTK, Wayland, ...).
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable

#: Qt plugins kept, by folder, named by the file's stem without "lib" and "q"
#: ("libqxcb.so", "qxcb.dll" and "libqxcb.dylib" are all "xcb").
PLUGINS: dict[str, set[str]] = {
    "platforms": {"xcb", "offscreen", "windows", "cocoa"},
    # Clinic logos: PNG is built into QtGui; SVG, JPEG, GIF and ICO need plugins.
    "imageformats": {"svg", "ico", "jpeg", "gif"},
    "iconengines": {"svgicon"},
    "printsupport": {"cupsprintersupport", "windowsprintersupport", "cocoaprintersupport"},
    "styles": {"modernwindowsstyle", "windowsvistastyle", "macstyle"},
    # Typing accented letters and CJK input methods on Linux.
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
}

#: Plugins build.py expects in a Linux bundle (those the PySide6 wheel ships).
LINUX_PLUGINS = {
    "platforms": {"xcb", "offscreen"},
    "imageformats": {"svg", "ico", "jpeg", "gif"},
    "iconengines": {"svgicon"},
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
}

#: Qt modules her2aid never imports (as Python modules and as libraries).
DROP_QT = (
    "Network", "Qml", "Quick", "Pdf", "VirtualKeyboard", "Wayland", "WlShell", "Designer",
    "Sql", "Test", "Concurrent", "Multimedia", "Labs", "Lottie", "ShaderTools", "EglFs",
    "OpenGLWidgets", "StateMachine", "Help", "Xml", "UiTools", "SvgWidgets", "Charts",
    "DataVisualization", "Graphs", "WebEngine", "WebChannel", "WebSockets", "3D",
)  # fmt: skip

#: Python modules left out: test tools, the GUI toolkit we do not use, the network stack.
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "unittest", "pydoc", "doctest", "test", "lib2to3", "idlelib",
    "pytest", "_pytest", "hypothesis", "pypdf", "textstat", "mypy", "ruff", "PyInstaller",
    "ssl", "_ssl", "_hashlib", "http.server", "xmlrpc", "ftplib", "imaplib", "smtplib",
    "PySide6.QtDBus", "PySide6.QtOpenGL",
    *(f"PySide6.Qt{m}" for m in DROP_QT),
]  # fmt: skip

#: Whole files dropped: Windows' software OpenGL (Mesa llvmpipe, 20 MB) and its shader compiler.
DROP_FILES = {"opengl32sw.dll", "d3dcompiler_47.dll"}
DROP_PARTS = ("/translations/", "/qml/", "/Qt/resources/", "/qtwebengine")
_OPENSSL = re.compile(r"^(lib)?(ssl|crypto)([-.]|$)", re.IGNORECASE)
_QT_LIB = re.compile(r"^(lib)?Qt6?(?P<module>[A-Za-z0-9]+?)(\.abi3)?(\.so|\.pyd|\.dll|\.dylib|$)")


def plugin_verdict(dest: str) -> bool | None:
    """None if ``dest`` (a path inside the bundle) is no Qt plugin; else keep (True) or not."""
    parts = dest.replace("\\", "/").split("/")
    if "plugins" not in parts[:-2]:
        return None
    folder = parts[parts.index("plugins") + 1]
    stem = re.sub(r"\.(so|dll|dylib)$", "", parts[-1])
    stem = re.sub(r"^q(?=[a-z])", "", re.sub(r"^lib", "", stem))
    return stem in PLUGINS.get(folder, ())


def keep(dest: str) -> bool:
    """Whether the file at ``dest`` (relative to the bundle's _internal) stays."""
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if name.lower() in DROP_FILES or any(part in "/" + dest for part in DROP_PARTS):
        return False
    if _OPENSSL.search(name):
        return False
    verdict = plugin_verdict(dest)
    if verdict is not None:
        return verdict
    qt = _QT_LIB.search(name)
    if qt and qt.group("module").startswith(DROP_QT):
        return False
    if ".framework/" in dest:  # macOS: .../QtNetwork.framework/Versions/A/QtNetwork
        framework = dest.split(".framework/")[0].rsplit("/", 1)[-1]
        if framework.startswith(tuple("Qt" + m for m in DROP_QT)):
            return False
    return True


def needed(path: str) -> set[str]:
    """DT_NEEDED sonames of an ELF file (objdump is what PyInstaller uses on Linux too)."""
    out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=True)
    return {ln.split()[1] for ln in out.stdout.splitlines() if ln.strip().startswith("NEEDED")}


def _is_root(dest: str) -> bool:
    """Binaries Python or Qt load themselves (not as some other library's dependency)."""
    name = dest.rsplit("/", 1)[-1]
    return (
        "/plugins/" in dest
        or name.startswith("libpython")
        or re.search(r"\.(cpython-[^.]+|abi3)\.so$", name) is not None
    )


def prune_unlinked(binaries: Iterable[tuple[str, str, str]]) -> set[str]:
    """Linux: the file names of libraries that no root links to, even indirectly.

    Roots are Python extension modules, Qt plugins and libpython. Drop entries
    with these names from both ``a.binaries`` and ``a.datas`` (PyInstaller puts
    its symbolic links to Qt's libraries among the data).
    """
    binaries = list(binaries)
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    for entry in binaries:
        by_name.setdefault(entry[0].rsplit("/", 1)[-1], []).append(entry)
    todo = [entry for entry in binaries if _is_root(entry[0])]
    kept = {entry[0].rsplit("/", 1)[-1] for entry in todo}
    while todo:
        entry = todo.pop()
        for soname in needed(entry[1]) - kept:
            if soname in by_name:
                kept.add(soname)
                todo.extend(by_name[soname])
    dropped = {name for name in by_name if name not in kept}
    print(f"slim: pruned {len(dropped)} libraries nothing links to: {' '.join(sorted(dropped))}")
    return dropped


def basename(entry: tuple[str, ...]) -> str:
    """The file name of a TOC entry's destination."""
    return entry[0].replace("\\", "/").rsplit("/", 1)[-1]


if __name__ == "__main__":
    # List what a bundle holds that slimming should have removed (for debugging).
    from pathlib import Path

    internal = Path(sys.argv[1])
    for f in sorted(internal.rglob("*")):
        if f.is_file() and not keep(f.relative_to(internal).as_posix()):
            print(f)
