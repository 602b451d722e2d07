"""The wheel: build it, install it (not editable) into a fresh venv, run it outside the tree.

The editable install the suite runs on reads package data straight from src/,
so a data file the wheel leaves out would go unnoticed. Installing is offline:
``--no-index --no-deps`` for her2aid itself, and the new venv borrows the
already-installed dependencies (PySide6, Jinja2, platformdirs) from the test
venv through a .pth file. Building the wheel uses pip's usual isolated build,
which needs hatchling from the package index or pip's cache.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]


def _pip(*args: str, cwd: Path, python: str = sys.executable) -> None:
    proc = subprocess.run(
        [python, "-m", "pip", "--disable-pip-version-check", *args],
        capture_output=True, text=True, timeout=240, check=False, cwd=cwd,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    _pip("wheel", "--no-deps", "--wheel-dir", str(out), str(ROOT), cwd=out)
    (found,) = out.glob("her2aid-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("venv") / "venv"
    # With its own pip (from the Python's bundled wheel, offline): `pip --python` needs
    # pip 22.3, and Ubuntu 22.04's python3.11 makes venvs with pip 22.0.
    subprocess.run([sys.executable, "-m", "venv", str(target)], check=True)
    bindir = "Scripts" if sys.platform == "win32" else "bin"
    python = target / bindir / ("python.exe" if sys.platform == "win32" else "python")
    _pip("install", "--no-index", "--no-deps", str(wheel), cwd=target, python=str(python))
    # The dependencies, borrowed from this venv: its site-packages as a plain path.
    # (Its .pth files are not read that way, so the editable her2aid stays out.)
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    Path(site, "borrowed-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", "utf-8")
    return target / bindir


def _run(venv: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("PYTHONPATH", None)
    return subprocess.run(
        [str(venv / "her2aid"), *args], capture_output=True, text=True, timeout=120,
        check=False, env=env, cwd=venv,  # outside the source tree
    )  # fmt: skip


def test_wheel_holds_the_package_data_and_nothing_else(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    src = ROOT / "src"
    for data in (src / "her2aid").rglob("*"):
        if (
            data.suffix in {".toml", ".json", ".j2", ".rcc", ".py"}
            and "__pycache__" not in data.parts
        ):
            assert data.relative_to(src).as_posix() in names
    assert not [n for n in names if n.startswith(("tests/", "packaging/", "ui/", "resources/"))]


def test_installed_wheel_runs_from_itself(venv: Path) -> None:
    where = subprocess.run(
        [str(venv / "python"), "-c", "import her2aid; print(her2aid.__file__)"],
        capture_output=True, text=True, check=True, cwd=venv,
    ).stdout  # fmt: skip
    assert str(venv.parent) in where
    assert str(ROOT / "src") not in where
    assert _run(venv, "--version").stdout.strip() == f"her2aid {VERSION}"


def test_installed_wheel_classifies_and_passes_its_selftest(venv: Path) -> None:
    example = ROOT / "src" / "her2aid" / "examples" / "tnbc-metastatic-pdl1.json"
    proc = _run(venv, "classify", str(example))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)
    proc = _run(venv, "--selftest")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("selftest ok:")
