"""The system tools tests call, and the apt package of each (``dev`` installs them).

A test that needs one asks ``require_tool``. Where ``./dev test`` installed the tools
(Debian/Ubuntu) or under CI, a missing tool fails the test, naming the package: a
check skipped for a missing tool is a check that silently stopped running. Elsewhere
(plain pytest on another system) the test is skipped, and ``-ra`` prints why.
"""

from __future__ import annotations

import os
import shutil

import pytest

#: tool -> the Debian/Ubuntu package that has it; tests/test_dev_script.py checks that
#: each package is in dev's lists.
TOOL_PACKAGES = {
    "appstreamcli": "appstream",
    "desktop-file-validate": "desktop-file-utils",
    "gio": "libglib2.0-bin",
    "gtk-update-icon-cache": "gtk-update-icon-cache",
    "pdftotext": "poppler-utils",
    "update-mime-database": "shared-mime-info",
}


def tools_required() -> bool:
    """Whether a missing tool is a failure (CI, or ``./dev test`` after it ran apt)."""
    return bool(os.environ.get("CI") or os.environ.get("HER2AID_REQUIRE_TOOLS"))


def require_tool(name: str) -> str:
    """The path of tool ``name``; if it is missing, fail or skip (see above)."""
    package = TOOL_PACKAGES[name]  # a KeyError here: add the tool and its package above
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (apt package {package}; ./dev setup dev installs it)"
        if tools_required():
            pytest.fail(message)
        pytest.skip(message)
    return path
