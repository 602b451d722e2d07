"""The frozen app: build the PyInstaller bundle into a temporary folder and run it.

packaging/build.py already refuses a bundle that lacks package data or a Qt
plugin, that links to a library it does not carry, whose --version is not
pyproject's, that fails --selftest or --startup-check, or that logs a warning.
These tests run it that way, then use the bundle as a user and a script would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
EXAMPLE = ROOT / "src" / "her2aid" / "examples" / "hr-positive-her2-low-metastatic.json"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(600),
    pytest.mark.skipif(sys.platform == "win32", reason="the Windows build runs in build.yml"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("frozen")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--no-tarball", "--runs", "0",
         "--dist", str(tmp / "dist"), "--work", str(tmp / "work")],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    for check in ("contents ok", "frozen app ok"):
        assert f"build: {check}" in proc.stdout
    return tmp / "dist" / "her2aid"


def _run(bundle: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    full_env.pop("PYTHONPATH", None)
    full_env.update(env)
    exe = bundle / ("her2aid-cli.exe" if sys.platform == "win32" else "her2aid-cli")
    return subprocess.run(
        [str(exe), *args], capture_output=True, text=True, timeout=120, check=False, env=full_env,
        cwd=bundle.parent,  # not the source tree: the bundle must not lean on it
    )  # fmt: skip


def test_version_is_pyprojects(bundle: Path) -> None:
    proc = _run(bundle, "--version")
    assert (proc.returncode, proc.stdout.strip()) == (0, f"her2aid {VERSION}")


def test_selftest_without_a_display(bundle: Path) -> None:
    """No DISPLAY and no QT_QPA_PLATFORM: the self-test picks offscreen by itself."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    proc = subprocess.run(
        [str(bundle / "her2aid-cli"), "--selftest"],
        capture_output=True, text=True, timeout=120, check=False,
        env={k: v for k, v in env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("selftest ok:")
    assert proc.stdout.count("\n") == 1


def test_window_opens_a_case_as_open_with_does(bundle: Path) -> None:
    """The .desktop file's Exec line: --open=FILE, and --open= (menu, no file)."""
    proc = _run(bundle, f"--open={EXAMPLE}", "--startup-check", "--no-crash-dialog")
    assert proc.returncode == 0, proc.stderr
    assert "startup check passed" in proc.stdout
    assert EXAMPLE.name in proc.stdout
    proc = _run(bundle, "--open=", "--startup-check", "--no-crash-dialog")
    assert proc.returncode == 0, proc.stderr
    assert "Untitled case" in proc.stdout


def test_the_window_and_a_handout_in_spanish(bundle: Path, tmp_path: Path) -> None:
    """The translations ship inside the bundle: Qt's (in the resources) and gettext's."""
    proc = _run(bundle, "--language", "es", "--startup-check", "--no-crash-dialog")
    assert proc.returncode == 0, proc.stderr
    assert "Caso sin título" in proc.stdout
    pdf = tmp_path / "es.pdf"
    proc = _run(bundle, "handout", str(EXAMPLE), "-o", str(pdf), "--language", "es")
    assert proc.returncode == 0, proc.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_scripts_classify_and_write_a_handout(bundle: Path, tmp_path: Path) -> None:
    proc = _run(bundle, "classify", str(EXAMPLE))
    assert proc.returncode == 0, proc.stderr
    assert "HER2-low" in json.dumps(json.loads(proc.stdout))
    pdf = tmp_path / "handout.pdf"
    proc = _run(bundle, "handout", str(EXAMPLE), "-o", str(pdf), "--paper", "A4")
    assert proc.returncode == 0, proc.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_bad_input_is_one_line_and_exit_2(bundle: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "her2aid-case/1", "er": {"percent": 140}}', "utf-8")
    proc = _run(bundle, "classify", str(bad))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1
    assert "er.percent" in proc.stderr


def test_icons_for_every_os(bundle: Path) -> None:
    icons = bundle.parent.parent / "work" / "icons"
    ico = (icons / "her2aid.ico").read_bytes()
    count = int.from_bytes(ico[4:6], "little")
    sizes = [ico[6 + 16 * i] or 256 for i in range(count)]
    assert sizes == [16, 24, 32, 48, 64, 128, 256]
    assert ico.count(b"\x89PNG") == count
    icns = (icons / "her2aid.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert int.from_bytes(icns[4:8], "big") == len(icns)
    assert icns.count(b"\x89PNG") == 10
    for size in (16, 32, 48, 256, 512):
        assert (icons / "hicolor" / f"{size}x{size}" / "apps" / "her2aid.png").is_file()
    assert (icons / "hicolor" / "scalable" / "apps" / "her2aid.svg").is_file()
