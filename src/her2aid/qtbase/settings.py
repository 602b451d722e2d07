"""User preferences: a small typed wrapper over QSettings with one defaults table.

Only preferences live here (clinic name and logo, paper, audience, recent
files, and where the window was last). Clinical thresholds are never
settings: they belong to the versioned ruleset. Nothing about a patient is
stored: the handout's patient name is asked for each time and kept only in
memory. Recent case files can be turned off and cleared, because on a shared
clinic laptop a file name may identify a patient.

The file is an INI file in the platform config folder (``HER2AID_CONFIG_DIR``
overrides it; the tests always do).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QSettings

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
MAX_RECENT = 8
PAPERS = ("", "A4", "Letter")  # "" = from the system locale
AUDIENCES = ("patient", "clinician", "both")

#: The one table of every setting, its type and default.
DEFAULTS: dict[str, Any] = {
    "clinic_name": "",
    "clinic_logo": "",
    "clinic_contact": "",  # the care team's phone or address for the patient handout
    "default_paper": "",
    "default_audience": "patient",
    "handout_language": "en",  # the patient pages' language (her2aid.core.language code)
    "window_language": "",  # the window's language at the next start ("": the system's)
    "remember_recent": True,
    "recent_files": [],
    "window_geometry": "",  # the main window's last size and place (Qt's saveGeometry, base64)
}


def config_dir() -> Path:
    """Where the settings file lives."""
    override = os.environ.get("HER2AID_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("her2aid", appauthor=False))


class Settings:
    """Typed access to the preferences; unknown keys and wrong types are refused."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "her2aid.ini"
        self._q = QSettings(str(self.path), QSettings.Format.IniFormat)
        if self._q.value("settings_version") is None:
            self._q.setValue("settings_version", SETTINGS_VERSION)

    def get(self, key: str) -> Any:
        """The value of ``key``, or its default when unset or unreadable."""
        default = DEFAULTS[key]  # KeyError for unknown keys, on purpose
        raw = self._q.value(key)
        if raw is None:
            return default
        value = _coerce(raw, default)
        if value is None:
            log.warning("setting %s had an unreadable value; using the default", key)
            return default
        if key == "default_paper" and value not in PAPERS:
            return default
        if key == "default_audience" and value not in AUDIENCES:
            return default
        return value

    def set(self, key: str, value: Any) -> None:
        """Store ``value`` for ``key`` (must match the default's type)."""
        default = DEFAULTS[key]
        if type(value) is not type(default):
            raise TypeError(f"setting {key} must be {type(default).__name__}")
        self._q.setValue(key, value)
        self._q.sync()

    def reset(self) -> None:
        """Forget every preference."""
        self._q.clear()
        self._q.setValue("settings_version", SETTINGS_VERSION)
        self._q.sync()

    # --- recent files -----------------------------------------------------------

    def recent_files(self) -> list[str]:
        """Recently opened or saved case files that still exist, newest first."""
        if not self.get("remember_recent"):
            return []
        return [p for p in self.get("recent_files") if Path(p).is_file()]

    def add_recent(self, path: Path) -> None:
        """Remember a case file the user opened or saved (if recent files are on)."""
        if not self.get("remember_recent"):
            return
        text = str(path)
        files = [text, *(p for p in self.get("recent_files") if p != text)]
        self.set("recent_files", files[:MAX_RECENT])

    def clear_recent(self) -> None:
        """Forget the recent files list."""
        self.set("recent_files", [])


def _coerce(raw: Any, default: Any) -> Any:
    """QSettings' INI backend returns text; turn it back into the default's type."""
    if isinstance(default, bool):
        if isinstance(raw, bool):
            return raw
        return {"true": True, "false": False}.get(str(raw).lower())
    if isinstance(default, list):
        if raw in ("", None):
            return []
        items = raw if isinstance(raw, list) else [raw]
        return [str(i) for i in items]
    if isinstance(default, str):
        return raw if isinstance(raw, str) else None
    return None
