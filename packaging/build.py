"""Build the double-click app: PyInstaller one-folder bundle, checks, Linux tarball.

    python packaging/build.py                   build, check, time, make the tarball
    python packaging/build.py --no-tarball      build and check only
    python packaging/build.py --dist D --work W build into other folders (the tests)
    python packaging/build.py --icons-only      only the icons (PNG, ICO, ICNS)

Steps:
1. Icons from resources/icons/her2aid.svg, drawn by Qt offscreen: PNGs for
   Linux (hicolor sizes), a 7-size ICO for Windows, an ICNS for macOS.
2. PyInstaller with packaging/her2aid.spec into DIST/her2aid (slimmed by
   packaging/slim.py).
3. Checks on the result: every package data file and needed Qt plugin is there,
   nothing slimmed away came back; the frozen her2aid-cli reports the version in
   pyproject.toml and passes --selftest and --startup-check (offscreen); the app
   log of those runs holds no warnings (a missing plugin, a template compiled at
   run time...). On Linux also: the newest glibc symbol version the bundle needs.
4. Timing: median wall time and peak memory of the frozen app (--version,
   --startup-check, --selftest) over --runs runs.
5. On Linux, her2aid-VERSION-linux-ARCH.tar.gz (files owned by root) with the
   app, desktop integration and install.sh.
Exits non-zero, naming what is wrong, if any check fails.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import struct
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from pathlib import Path

import slim

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
SVG = ROOT / "resources" / "icons" / "her2aid.svg"
LINUX = sys.platform.startswith("linux")
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types holding PNG data, and the pixel size of each.
ICNS_TYPES = {
    b"icp4": 16, b"icp5": 32, b"ic11": 32, b"ic12": 64, b"ic07": 128,
    b"ic13": 256, b"ic08": 256, b"ic14": 512, b"ic09": 512, b"ic10": 1024,
}  # fmt: skip
#: Warnings that are expected in the checks' offscreen runs, and harmless.
EXPECTED_WARNINGS = (
    # The offscreen platform cannot resize top-level windows (also ignored in pyproject.toml).
    "This plugin does not support propagateSizeHints",
)
DATA_SUFFIXES = {".toml", ".json", ".j2", ".md", ".rcc"}
LINUX_EXTRAS = (
    "her2aid.desktop",
    "io.github.her2aid.her2aid.metainfo.xml",
    "io.github.her2aid.her2aid.mime.xml",
    "install.sh",
    "README.txt",
)


class BuildError(RuntimeError):
    """A check on the built bundle failed; the message says which."""


def log(message: str) -> None:
    print(f"build: {message}", flush=True)


# --- 1. icons -----------------------------------------------------------------------


def _render_pngs(sizes: set[int]) -> dict[int, bytes]:
    """The SVG drawn at each size, as PNG bytes (Qt, offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise BuildError(f"cannot read {SVG}")
    out = {}
    for size in sorted(sizes):
        image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        out[size] = bytes(data.data())
    del _app
    return out


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows ICO holding each PNG (PNG-in-ICO, Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries, blobs = b"", b""
    offset = 6 + 16 * len(pngs)
    for size, data in sorted(pngs.items()):
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS ICNS holding the PNGs (the element types macOS 10.7+ reads as PNG)."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out: Path) -> Path:
    """Write the hicolor PNGs and SVG, her2aid.ico and her2aid.icns under ``out``."""
    pngs = _render_pngs(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES.values()))
    for size in PNG_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / "her2aid.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = out / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy(SVG, scalable / "her2aid.svg")
    (out / "her2aid.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (out / "her2aid.icns").write_bytes(icns_bytes(pngs))
    log(f"icons: {len(PNG_SIZES)} PNG sizes, ICO ({len(ICO_SIZES)} sizes), ICNS in {out}")
    return out


# --- 2. PyInstaller -----------------------------------------------------------------


def pyinstaller(dist: Path, work: Path, icons: Path) -> None:
    log("running PyInstaller")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work),
         str(PACKAGING / "her2aid.spec"), "--", "--icons", str(icons)],
        check=True,
        cwd=ROOT,
    )  # fmt: skip


def cli_exe(app_dir: Path) -> Path:
    return app_dir / ("her2aid-cli.exe" if sys.platform == "win32" else "her2aid-cli")


# --- 3. checks ----------------------------------------------------------------------


def check_contents(app_dir: Path) -> None:
    """Package data and kept plugins present; nothing slimmed away came back."""
    internal = app_dir / "_internal"
    if not internal.is_dir():
        raise BuildError(f"{internal} is missing: not a PyInstaller 6 one-folder bundle?")
    package = ROOT / "src" / "her2aid"
    missing = [
        str(f.relative_to(package))
        for f in package.rglob("*")
        if f.suffix in DATA_SUFFIXES
        and "__pycache__" not in f.parts
        and not (internal / "her2aid" / f.relative_to(package)).is_file()
    ]
    if missing:
        raise BuildError(f"package data missing from the bundle: {', '.join(missing)}")
    dangling = [
        str(f.relative_to(app_dir)) for f in app_dir.rglob("*") if f.is_symlink() and not f.exists()
    ]
    if dangling:
        raise BuildError(f"symbolic links to nothing in the bundle: {', '.join(dangling)}")
    files = [f.relative_to(internal).as_posix() for f in internal.rglob("*") if f.is_file()]
    unwanted = [f for f in files if not slim.keep(f)]
    if unwanted:
        raise BuildError(f"slimmed-away files in the bundle: {', '.join(unwanted[:10])}")
    if LINUX:
        have: dict[str, set[str]] = {}
        for f in files:
            parts = f.split("/")
            if "plugins" in parts[:-2]:
                folder = parts[parts.index("plugins") + 1]
                stem = re.sub(r"^libq?|\.so$", "", parts[-1])
                have.setdefault(folder, set()).add(stem)
        lacking = [
            f"{folder}/{name}"
            for folder, names in slim.LINUX_PLUGINS.items()
            for name in sorted(names - have.get(folder, set()))
        ]
        if lacking:
            raise BuildError(f"Qt plugins missing from the bundle: {', '.join(lacking)}")
    log("contents ok: all package data, the needed Qt plugins, nothing slimmed away")


def _env(log_dir: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HER2AID_LOG_DIR=str(log_dir))
    env["HER2AID_CONFIG_DIR"] = str(log_dir / "config")
    env.pop("PYTHONPATH", None)
    return env


def _frozen(
    exe: str, args: list[str], env: dict[str, str], *, timeout: float
) -> subprocess.CompletedProcess[str]:
    """Run the frozen command line once, its output decoded whatever it prints."""
    return subprocess.run(
        [exe, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
        encoding="utf-8",
        errors="replace",
    )


def check_runs(app_dir: Path) -> None:
    """--version matches pyproject.toml; --selftest and --startup-check pass; no warnings logged."""
    with tempfile.TemporaryDirectory(prefix="her2aid-build-") as tmp:
        env = _env(Path(tmp))
        exe = str(cli_exe(app_dir))
        version = _frozen(exe, ["--version"], env, timeout=60).stdout.strip()
        if version != f"her2aid {VERSION}":
            raise BuildError(f"frozen app says {version!r}, expected 'her2aid {VERSION}'")
        lines = [version]
        for args in (["--selftest"], ["--startup-check", "--no-crash-dialog"]):
            proc = _frozen(exe, args, env, timeout=120)
            if proc.returncode != 0:
                raise BuildError(
                    f"frozen {args[0]} failed ({proc.returncode}): {proc.stdout}{proc.stderr}"
                )
            lines.append(proc.stdout.strip() or f"{args[0]} ok")
        logged = "".join(p.read_text("utf-8", "replace") for p in Path(tmp).glob("*.log*"))
        bad = [
            ln
            for ln in logged.splitlines()
            if re.search(r" (WARNING|ERROR|CRITICAL) ", ln)
            and not any(expected in ln for expected in EXPECTED_WARNINGS)
        ]
        if bad:
            raise BuildError("the frozen app logged warnings:\n  " + "\n  ".join(bad[:20]))
    log("frozen app ok: " + " | ".join(lines))


def check_links(app_dir: Path) -> None:
    """Linux: every library a bundled file links to is bundled, or left to the system.

    PyInstaller bundles only what the build machine has: without libxcb-icccm4 &c.
    installed, the build "succeeds" and the xcb window fails on users' machines.
    """
    from PyInstaller.depend import dylib

    files = [f for f in app_dir.rglob("*") if f.is_file() and not f.is_symlink()]
    bundled = {f.name for f in app_dir.rglob("*")}
    lacking: dict[str, set[str]] = {}
    for f in files:
        with f.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        for soname in slim.needed(str(f)):
            system = soname.startswith("ld-linux") or not dylib.include_library(soname)
            if soname not in bundled and not system:
                lacking.setdefault(soname, set()).add(f.name)
    if lacking:
        raise BuildError(
            "the bundle lacks libraries its files link to (install them on the build machine "
            "and rebuild; on Debian/Ubuntu ./dev setup dev installs every one the build needs): "
            + "; ".join(f"{k} (for {', '.join(sorted(v))})" for k, v in sorted(lacking.items()))
        )
    log("links ok: each library the bundle links to is in it or left to the system (libGL, libc)")


def glibc_needed(app_dir: Path) -> str:
    """The newest GLIBC_x.y symbol version any ELF file in the bundle asks for."""
    newest = (0, 0)
    for f in app_dir.rglob("*"):
        if f.is_file() and not f.is_symlink():
            with f.open("rb") as fh:
                if fh.read(4) != b"\x7fELF":
                    continue
                data = fh.read()
            for major, minor in re.findall(rb"GLIBC_(\d+)\.(\d+)", data):
                newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


# --- 4. figures ---------------------------------------------------------------------


def folder_size(path: Path) -> tuple[int, int]:
    files = [f for f in path.rglob("*") if f.is_file() and not f.is_symlink()]
    return sum(f.stat().st_size for f in files), len(files)


#: Runs a command in a forked child and prints: exit code, wall seconds, peak RSS.
#: A small go-between, because Linux carries a parent's peak memory over into the
#: children it forks, so measuring from this (bigger) process would overstate it.
_MEASURE = """
import os, sys, time
t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
print(os.waitstatus_to_exitcode(status), time.perf_counter() - t0, usage.ru_maxrss)
"""


def _timed_run(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory in MB (NaN where unknown) of one run."""
    if not hasattr(os, "fork"):  # Windows: wall time only
        t0 = time.perf_counter()
        subprocess.run(args, env=env, capture_output=True, check=True)
        return time.perf_counter() - t0, float("nan")
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, *args], env=env, capture_output=True, text=True
    )
    code, wall, rss = out.stdout.split()[-3:]
    if code != "0":
        raise BuildError(f"{' '.join(args)} failed ({code}): {out.stderr.strip()}")
    return float(wall), int(rss) / (1024 * 1024 if sys.platform == "darwin" else 1024)


def timings(app_dir: Path, runs: int) -> dict[str, tuple[float, float]]:
    """Median wall time and median peak memory per command, over ``runs`` runs."""
    out = {}
    with tempfile.TemporaryDirectory(prefix="her2aid-build-") as tmp:
        env = _env(Path(tmp))
        for args in (["--version"], ["--startup-check", "--no-crash-dialog"], ["--selftest"]):
            samples = [_timed_run([str(cli_exe(app_dir)), *args], env) for _ in range(runs)]
            out[args[0]] = (
                statistics.median(s[0] for s in samples),
                statistics.median(s[1] for s in samples),
            )
    return out


# --- 5. Linux tarball ---------------------------------------------------------------


def _as_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def tarball(app_dir: Path, icons: Path, dist: Path) -> Path:
    """her2aid-VERSION-linux-ARCH.tar.gz: app folder, desktop integration, installer."""
    name = f"her2aid-{VERSION}-linux-{platform.machine()}"
    target = dist / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(app_dir, arcname=f"{name}/her2aid", filter=_as_root)
        tar.add(icons / "hicolor", arcname=f"{name}/icons/hicolor", filter=_as_root)
        for extra in LINUX_EXTRAS:
            tar.add(PACKAGING / "linux" / extra, arcname=f"{name}/{extra}", filter=_as_root)
        tar.add(ROOT / "LICENSE", arcname=f"{name}/LICENSE", filter=_as_root)
        fonts = ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt"
        tar.add(fonts, arcname=f"{name}/LICENSE-DejaVu.txt", filter=_as_root)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=PACKAGING / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=PACKAGING / "build", help="PyInstaller's work folder"
    )
    parser.add_argument("--no-tarball", action="store_true", help="skip the Linux tarball")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per command (0: none)")
    parser.add_argument("--icons-only", action="store_true", help="only make the icons")
    args = parser.parse_args()
    dist, work = args.dist.resolve(), args.work.resolve()
    t0 = time.perf_counter()
    try:
        if args.icons_only:
            make_icons(work / "icons")
            return 0
        # In a child process: Qt loaded here would inflate the children's peak memory
        # figures below (Linux carries a parent's peak over into a forked child).
        subprocess.run([sys.executable, __file__, "--icons-only", "--work", str(work)], check=True)
        icons = work / "icons"
        pyinstaller(dist, work / "pyinstaller", icons)
        built = time.perf_counter() - t0
        app_dir = dist / "her2aid"
        check_contents(app_dir)
        if LINUX:
            check_links(app_dir)
        check_runs(app_dir)
        size, count = folder_size(app_dir)
        log(f"bundle: {app_dir}: {size / 1e6:.1f} MB, {count} files; built in {built:.0f} s")
        if LINUX:
            log(f"needs glibc {glibc_needed(app_dir)} or newer (the build machine's or newer)")
        if args.runs > 0:
            for cmd, (wall, rss) in timings(app_dir, args.runs).items():
                log(f"frozen {cmd}: median {wall:.2f} s, peak RSS {rss:.0f} MB ({args.runs} runs)")
        if LINUX and not args.no_tarball:
            target = tarball(app_dir, icons, dist)
            log(f"tarball: {target} ({target.stat().st_size / 1e6:.1f} MB)")
    except BuildError as exc:
        print(f"build: FAILED: {exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(f"build: FAILED: {exc}", file=sys.stderr)
        return 1
    log(f"done in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
