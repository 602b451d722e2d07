"""Build the double-click app: PyInstaller one-folder bundle, smoke test, Linux tarball.

    python packaging/build.py               build, smoke-test, make the tarball
    python packaging/build.py --no-tarball  build and smoke-test only (the test suite)

Steps: icons from resources/icons/her2aid.svg (PNG sizes for Linux, ICO for
Windows); PyInstaller with packaging/her2aid.spec into packaging/dist/her2aid;
the frozen app must answer --version and pass --selftest (classify, render
and write a PDF offscreen); then, on Linux, a tarball with the app, the
.desktop file, icons, AppStream metainfo and an install script. Prints the
bundle size and the frozen app's start-up times.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
BUILD = PACKAGING / "build"
DIST = PACKAGING / "dist"
APP_DIR = DIST / "her2aid"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def log(message: str) -> None:
    print(f"build: {message}", flush=True)


def make_icons() -> Path:
    """Render the SVG app icon to PNGs (and an ICO) with Qt, offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "her2aid.svg"))
    out = BUILD / "icons"
    for size in ICON_SIZES:
        image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = out / "hicolor" / f"{size}x{size}" / "apps" / "her2aid.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
        if size == 256:
            image.save(str(out / "her2aid.ico"), "ICO")  # no-op if the ICO plugin is absent
    scalable = out / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "resources" / "icons" / "her2aid.svg", scalable / "her2aid.svg")
    del app
    return out


def pyinstaller() -> None:
    log("running PyInstaller")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"),
         str(PACKAGING / "her2aid.spec")],
        check=True,
        cwd=ROOT,
    )  # fmt: skip


def cli_exe() -> Path:
    name = "her2aid-cli.exe" if sys.platform == "win32" else "her2aid-cli"
    return APP_DIR / name


def smoke_test() -> None:
    """The frozen app must report its version and pass its self-test."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    version = subprocess.run(
        [str(cli_exe()), "--version"], capture_output=True, text=True, env=env, check=True
    ).stdout.strip()
    if version != f"her2aid {VERSION}":
        sys.exit(f"build: frozen app says {version!r}, expected her2aid {VERSION}")
    proc = subprocess.run(
        [str(cli_exe()), "--selftest", "--no-crash-dialog"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    if proc.returncode != 0:
        sys.exit(
            f"build: frozen --selftest failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}"
        )
    log(f"smoke test passed: {version}; {proc.stdout.strip()}")


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def start_times(runs: int = 5) -> dict[str, float]:
    """Median wall time of the frozen app: --version, and the window to its first summary."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = {}
    for label, args in (("version", ["--version"]), ("window", ["--startup-check"])):
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run([str(cli_exe()), *args], capture_output=True, env=env, check=True)
            times.append(time.perf_counter() - t0)
        out[label] = statistics.median(times)
    return out


def tarball(icons: Path) -> Path:
    """her2aid-<version>-linux-<arch>.tar.gz: app folder + desktop integration + installer."""
    name = f"her2aid-{VERSION}-linux-{platform.machine()}"
    target = DIST / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(APP_DIR, arcname=f"{name}/her2aid")
        tar.add(icons / "hicolor", arcname=f"{name}/icons/hicolor")
        for extra in ("her2aid.desktop", "io.github.her2aid.her2aid.metainfo.xml", "install.sh"):
            tar.add(PACKAGING / "linux" / extra, arcname=f"{name}/{extra}")
        tar.add(ROOT / "LICENSE", arcname=f"{name}/LICENSE")
        tar.add(
            ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt",
            arcname=f"{name}/LICENSE-DejaVu.txt",
        )
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-tarball", action="store_true", help="skip the Linux tarball")
    parser.add_argument("--no-timing", action="store_true", help="skip the start-up timing")
    args = parser.parse_args()
    icons = make_icons()
    pyinstaller()
    smoke_test()
    size = folder_size(APP_DIR)
    log(f"bundle: {APP_DIR} is {size / 1e6:.1f} MB unpacked")
    if not args.no_timing:
        times = start_times()
        log(
            f"frozen start-up (median of 5, offscreen): --version {times['version']:.2f} s, "
            f"window with first summary {times['window']:.2f} s"
        )
    if sys.platform.startswith("linux") and not args.no_tarball:
        target = tarball(icons)
        log(f"tarball: {target} ({target.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
