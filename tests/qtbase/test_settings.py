"""Preferences: typed, defaulted, never clinical thresholds, never patient data."""

from __future__ import annotations

from pathlib import Path

import pytest

from her2aid.qtbase.settings import DEFAULTS, MAX_RECENT, Settings, config_dir


@pytest.fixture
def settings(tmp_path: Path, qapp: object) -> Settings:
    return Settings(tmp_path / "her2aid.ini")


def test_tests_never_touch_the_real_settings() -> None:
    assert "her2aid-test-config-" in str(config_dir())


def test_defaults(settings: Settings) -> None:
    for key, default in DEFAULTS.items():
        assert settings.get(key) == default


def test_round_trip_survives_a_new_instance(settings: Settings) -> None:
    settings.set("clinic_name", "Riverside <Breast> Clinic")
    settings.set("default_paper", "Letter")
    settings.set("remember_recent", False)
    again = Settings(settings.path)
    assert again.get("clinic_name") == "Riverside <Breast> Clinic"
    assert again.get("default_paper") == "Letter"
    assert again.get("remember_recent") is False


def test_unknown_keys_and_wrong_types_are_refused(settings: Settings) -> None:
    with pytest.raises(KeyError):
        settings.get("er_low_threshold")
    with pytest.raises(KeyError):
        settings.set("er_low_threshold", 10.0)
    with pytest.raises(TypeError):
        settings.set("remember_recent", "yes")


def test_garbage_in_the_file_falls_back_to_defaults(settings: Settings) -> None:
    settings.path.write_text(
        "[General]\ndefault_paper=A3\ndefault_audience=everyone\nremember_recent=perhaps\n",
        encoding="utf-8",
    )
    fresh = Settings(settings.path)
    assert fresh.get("default_paper") == ""
    assert fresh.get("default_audience") == "patient"
    assert fresh.get("remember_recent") is True


def test_recent_files(settings: Settings, tmp_path: Path) -> None:
    files = []
    for i in range(MAX_RECENT + 2):
        f = tmp_path / f"case{i}.json"
        f.write_text("{}")
        files.append(f)
        settings.add_recent(f)
    settings.add_recent(files[3])  # reopening moves it to the top
    recent = settings.recent_files()
    assert len(recent) == MAX_RECENT
    assert recent[0] == str(files[3])
    files[-1].unlink()
    assert str(files[-1]) not in settings.recent_files()  # gone from disk: not offered
    settings.set("remember_recent", False)
    settings.add_recent(files[0])
    assert settings.recent_files() == []
    settings.set("remember_recent", True)
    settings.clear_recent()
    assert settings.recent_files() == []


def test_reset(settings: Settings) -> None:
    settings.set("clinic_name", "X")
    settings.reset()
    assert settings.get("clinic_name") == ""
