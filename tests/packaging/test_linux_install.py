"""Linux desktop integration: the .desktop, MIME and AppStream files, and install.sh.

install.sh runs on a stand-in for the unpacked tarball whose "app" is a shell
script (the real bundle is tested in test_frozen.py), into a temporary HOME or,
for --system, a temporary DESTDIR. The freedesktop tools come from tests/tools.py
(./dev setup dev installs them; under ./dev test or CI a missing one fails).
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import stat
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from her2aid.core.casefile import FORMAT
from tools import require_tool

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
MIME_TYPE = "application/x-her2aid-case"
EXAMPLE = ROOT / "src" / "her2aid" / "examples" / "luminal-a-early.json"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


# --- the files as shipped -------------------------------------------------------------


def test_desktop_file_is_valid_and_opens_case_files() -> None:
    desktop = LINUX / "her2aid.desktop"
    proc = subprocess.run(
        [require_tool("desktop-file-validate"), str(desktop)], capture_output=True
    )
    assert proc.returncode == 0, proc.stdout
    assert not proc.stdout
    entry = dict(
        line.split("=", 1) for line in desktop.read_text("utf-8").splitlines() if "=" in line
    )
    # Started from the menu, %f is empty: "--open=" then opens a new case, where
    # "--open %f" would leave a bare --open that argparse refuses.
    assert entry["Exec"] == "her2aid --open=%f"
    assert entry["TryExec"] == "her2aid"
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert entry["StartupWMClass"] == "her2aid"  # Qt's WM_CLASS: the executable's name


def test_mime_type_matches_case_files_by_their_format_line() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / "io.github.her2aid.her2aid.mime.xml").getroot()
    mime = root.find("m:mime-type", ns)
    assert mime is not None
    assert mime.get("type") == MIME_TYPE
    parent = mime.find("m:sub-class-of", ns)
    assert parent is not None
    assert parent.get("type") == "application/json"
    match = mime.find("m:magic/m:match", ns)
    assert match is not None
    assert match.get("value") == FORMAT
    assert mime.find("m:glob", ns) is None  # never claim every *.json
    # The writer puts "format" first, so the magic string is within its range.
    offset_end = int(match.get("offset", "0:0").split(":")[1])
    assert EXAMPLE.read_bytes().find(FORMAT.encode()) < offset_end


def test_metainfo_is_valid_and_names_this_version() -> None:
    metainfo = LINUX / "io.github.her2aid.her2aid.metainfo.xml"
    root = ET.parse(metainfo).getroot()
    releases = root.findall("releases/release")
    assert releases
    assert releases[0].get("version") == VERSION
    changelog = (ROOT / "CHANGELOG.md").read_text("utf-8")
    dated = re.search(rf"^## {re.escape(VERSION)}:.*\((\d{{4}}-\d\d-\d\d)\)$", changelog, re.M)
    assert dated, f"CHANGELOG.md has no dated '## {VERSION}:' heading"
    assert releases[0].get("date") == dated[1]
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.findtext("launchable") == "her2aid.desktop"
    appstreamcli = require_tool("appstreamcli")
    proc = subprocess.run(
        [appstreamcli, "validate", "--pedantic", "--no-net", str(metainfo)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    issues = set(re.findall(r"^[EWI]: \S+ (.+)$", proc.stdout, re.MULTILINE))
    assert issues <= _appstream_tolerates(appstreamcli), proc.stdout + proc.stderr
    assert proc.returncode == 0 or issues, proc.stdout + proc.stderr


def _appstream_tolerates(appstreamcli: str) -> set[str]:
    """The issues no one metainfo file avoids on both sides of AppStream 1.0.

    1.0 (Ubuntu 24.04) asks for <developer>, a tag 0.15 and 0.16 (Ubuntu 22.04,
    Debian 12) do not know; and it warns that there is no homepage URL, which
    her2aid does not have yet.
    """
    out = subprocess.run([appstreamcli, "--version"], capture_output=True, text=True).stdout
    found = re.search(r"(\d+)\.(\d+)", out)
    assert found, out
    if (int(found[1]), int(found[2])) < (1, 0):
        return {"unknown-tag developer"}
    return {"url-homepage-missing"}


def test_glibc_statements_match_the_ci_build() -> None:
    """The tarball's README.txt, the README and build.yml name the same glibc."""
    workflow = (ROOT / ".github" / "workflows" / "build.yml").read_text("utf-8")
    assert "runs-on: ubuntu-22.04" in workflow
    assert "22.04: glibc 2.35" in workflow
    tarball_readme = (LINUX / "README.txt").read_text("utf-8")
    assert re.findall(r"glibc (\d+\.\d+)", tarball_readme) == ["2.35"]
    assert "Debian 12, Ubuntu 22.04 and later, Fedora 36 and later" in tarball_readme
    readme = (ROOT / "README.md").read_text("utf-8")
    assert set(re.findall(r"glibc (\d+\.\d+) or newer", readme)) == {"2.35"}


# --- install.sh ----------------------------------------------------------------------

NOGL_MESSAGE = (
    "her2aid: selftest failed: ImportError: libGL.so.1: "
    "cannot open shared object file: No such file or directory"
)
FAKE_APP = """#!/bin/sh
# Stands in for the frozen app: answers --selftest as told by FAKE_SELFTEST.
case "$FAKE_SELFTEST" in
  ok) echo "selftest ok: fake"; exit 0 ;;
  nogl) echo "$NOGL_MESSAGE" >&2; exit 1 ;;
  *) echo "her2aid: selftest failed: something else" >&2; exit 1 ;;
esac
"""


@pytest.fixture
def unpacked(tmp_path: Path) -> Path:
    """The tarball's layout, with a fake app."""
    top = tmp_path / "her2aid-0-linux-x86_64"
    app = top / "her2aid"
    app.mkdir(parents=True)
    for name in ("her2aid", "her2aid-cli"):
        (app / name).write_text(FAKE_APP, "utf-8")
        (app / name).chmod(0o755)
    (app / "_internal").mkdir()
    (app / "_internal" / "marker-new").write_text("new", "utf-8")
    icons = top / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "her2aid.svg", icons / "her2aid.svg")
    for name in (
        "install.sh",
        "her2aid.desktop",
        "io.github.her2aid.her2aid.metainfo.xml",
        "io.github.her2aid.her2aid.mime.xml",
    ):
        shutil.copy(LINUX / name, top / name)
    (top / "install.sh").chmod(0o755)
    return top


def _install(
    top: Path, home: Path, *args: str, selftest: str = "ok", **env: str
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    full_env.update(HOME=str(home), FAKE_SELFTEST=selftest, NOGL_MESSAGE=NOGL_MESSAGE, **env)
    return subprocess.run(
        ["sh", str(top / "install.sh"), *args],
        capture_output=True, text=True, timeout=60, check=False, env=full_env,
    )  # fmt: skip


def test_user_install_update_and_uninstall(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "home with space"
    proc = _install(unpacked, home)
    assert proc.returncode == 0, proc.stderr
    assert "selftest ok: fake" in proc.stdout
    opt, share = home / ".local" / "opt" / "her2aid", home / ".local" / "share"
    launcher = home / ".local" / "bin" / "her2aid"
    assert launcher.is_symlink()
    assert launcher.resolve() == (opt / "her2aid").resolve()
    desktop = (share / "applications" / "her2aid.desktop").read_text("utf-8")
    assert f'Exec="{opt}/her2aid" --open=%f' in desktop
    assert f"TryExec={opt}/her2aid\n" in desktop
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "her2aid.svg").is_file()
    assert (share / "metainfo" / "io.github.her2aid.her2aid.metainfo.xml").is_file()
    assert (share / "mime" / "packages" / "io.github.her2aid.her2aid.xml").is_file()
    installed = share / "applications" / "her2aid.desktop"
    check = subprocess.run(
        [require_tool("desktop-file-validate"), str(installed)], capture_output=True
    )
    assert check.returncode == 0, check.stdout

    # An update replaces the old copy whole, and leaves no temporary folders.
    (opt / "_internal" / "marker-old").write_text("old", "utf-8")
    assert _install(unpacked, home).returncode == 0
    assert not (opt / "_internal" / "marker-old").exists()
    assert (opt / "_internal" / "marker-new").exists()
    assert sorted(p.name for p in opt.parent.iterdir()) == ["her2aid"]

    proc = _install(unpacked, home, "--uninstall")
    assert proc.returncode == 0, proc.stderr
    assert not opt.exists()
    assert not launcher.is_symlink()
    assert not (share / "applications" / "her2aid.desktop").exists()
    assert not list((share / "icons").rglob("her2aid.*"))
    assert not (share / "mime" / "packages" / "io.github.her2aid.her2aid.xml").exists()


def test_install_path_with_ampersand_bar_and_percent(unpacked: Path, tmp_path: Path) -> None:
    """Such a path reaches the .desktop file as it is; in Exec a literal % is %%."""
    home = tmp_path / "R&D | 100% sure"
    proc = _install(unpacked, home)
    assert proc.returncode == 0, proc.stderr
    opt = home / ".local" / "opt" / "her2aid"
    installed = home / ".local" / "share" / "applications" / "her2aid.desktop"
    lines = installed.read_text("utf-8").splitlines()
    exec_path = str(opt / "her2aid").replace("%", "%%")
    assert f'Exec="{exec_path}" --open=%f' in lines
    assert f"TryExec={opt}/her2aid" in lines
    # Everything else is copied unchanged.
    shipped = (LINUX / "her2aid.desktop").read_text("utf-8").splitlines()
    assert len(lines) == len(shipped)
    assert [a for a, b in zip(lines, shipped, strict=True) if a != b] == [
        f"TryExec={opt}/her2aid",
        f'Exec="{exec_path}" --open=%f',
    ]
    check = subprocess.run(
        [require_tool("desktop-file-validate"), str(installed)], capture_output=True
    )
    assert check.returncode == 0, check.stdout


@pytest.mark.parametrize("bad", ['quote"', "dollar$x", "back\\slash", "line\nbreak"])
def test_install_path_that_cannot_be_written_is_refused(
    unpacked: Path, tmp_path: Path, bad: str
) -> None:
    home = tmp_path / bad
    proc = _install(unpacked, home)
    assert proc.returncode == 2
    assert "cannot install into" in proc.stderr
    assert not (home / ".local").exists()


def test_another_her2aid_command_is_not_replaced(unpacked: Path, tmp_path: Path) -> None:
    """A her2aid in ~/.local/bin that is not our link (a pip --user script) stays."""
    home = tmp_path / "home"
    launcher = home / ".local" / "bin" / "her2aid"
    launcher.parent.mkdir(parents=True)
    launcher.write_text("#!/bin/sh\n# pip's her2aid\n", "utf-8")
    proc = _install(unpacked, home)
    assert proc.returncode == 0, proc.stderr
    assert f"did not replace {launcher}" in proc.stderr
    opt = home / ".local" / "opt" / "her2aid"
    assert f"the command is {opt}/her2aid" in proc.stderr
    assert not launcher.is_symlink()
    assert "pip's her2aid" in launcher.read_text("utf-8")
    assert (home / ".local" / "share" / "applications" / "her2aid.desktop").is_file()
    assert "selftest ok: fake" in proc.stdout
    # The uninstall leaves it too, and says so.
    proc = _install(unpacked, home, "--uninstall")
    assert proc.returncode == 0, proc.stderr
    assert f"left {launcher} alone" in proc.stderr
    assert "pip's her2aid" in launcher.read_text("utf-8")
    assert not opt.exists()


def test_uninstall_keeps_a_her2aid_link_that_points_elsewhere(
    unpacked: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    assert _install(unpacked, home).returncode == 0
    launcher = home / ".local" / "bin" / "her2aid"
    elsewhere = tmp_path / "other" / "her2aid"
    launcher.unlink()
    launcher.symlink_to(elsewhere)  # dangling, and not ours
    proc = _install(unpacked, home, "--uninstall")
    assert proc.returncode == 0, proc.stderr
    assert launcher.is_symlink()
    assert os.readlink(launcher) == str(elsewhere)
    assert f"a link to {elsewhere}" in proc.stderr
    # A dangling link to our own install is ours: an install replaces it.
    launcher.unlink()
    launcher.symlink_to(home / ".local" / "opt" / "her2aid" / "her2aid")
    proc = _install(unpacked, home)
    assert proc.returncode == 0, proc.stderr
    assert "did not replace" not in proc.stderr
    assert launcher.resolve() == (home / ".local" / "opt" / "her2aid" / "her2aid").resolve()


def test_user_install_creates_no_icon_cache_but_refreshes_one(
    unpacked: Path, tmp_path: Path
) -> None:
    """A per-user icon-theme.cache would outlive the uninstall and hide other apps' icons."""
    require_tool("gtk-update-icon-cache")
    home = tmp_path / "home"
    cache = home / ".local" / "share" / "icons" / "hicolor" / "icon-theme.cache"
    assert _install(unpacked, home).returncode == 0
    assert (cache.parent / "scalable" / "apps" / "her2aid.svg").is_file()
    assert not cache.exists()
    assert _install(unpacked, home, "--uninstall").returncode == 0
    assert not cache.exists()
    # One that is already there (another app's) is kept up to date: ours in, then out.
    other = cache.parent / "scalable" / "apps" / "other-app.svg"
    other.write_text("<svg/>", "utf-8")
    cache.write_bytes(b"stale")
    assert _install(unpacked, home).returncode == 0
    assert b"her2aid" in cache.read_bytes()
    assert b"other-app" in cache.read_bytes()
    assert _install(unpacked, home, "--uninstall").returncode == 0
    assert b"her2aid" not in cache.read_bytes()
    assert b"other-app" in cache.read_bytes()


def test_failed_swap_puts_the_installed_copy_back(unpacked: Path, tmp_path: Path) -> None:
    """If the new copy cannot take the old one's place, the old one goes back."""
    home = tmp_path / "home"
    assert _install(unpacked, home).returncode == 0
    opt = home / ".local" / "opt" / "her2aid"
    (opt / "_internal" / "marker-old").write_text("old", "utf-8")
    # An mv that fails only for the step "new copy -> installed place".
    fake_bin = tmp_path / "fake-bin"
    fake_bin.mkdir()
    real_mv = shutil.which("mv")
    assert real_mv
    fake_mv = fake_bin / "mv"
    fake_mv.write_text(
        f'#!/bin/sh\ncase "$1" in *.new.*) echo "mv: simulated failure" >&2; exit 1 ;; esac\n'
        f'exec {real_mv} "$@"\n',
        "utf-8",
    )
    fake_mv.chmod(0o755)
    proc = _install(unpacked, home, PATH=f"{fake_bin}:{os.environ['PATH']}")
    assert proc.returncode == 1
    assert "simulated failure" in proc.stderr
    assert "the installed copy is unchanged" in proc.stderr
    assert (opt / "_internal" / "marker-old").exists()
    assert (opt / "her2aid").is_file()
    assert sorted(p.name for p in opt.parent.iterdir()) == ["her2aid"]


def test_case_files_get_their_own_type_other_json_does_not(unpacked: Path, tmp_path: Path) -> None:
    """By content: a case file is JSON whose first 256 bytes hold the format string.

    GLib 2.72 (Ubuntu 22.04) types a file by its name alone when one name pattern
    matches, so there every *.json is application/json and "Open with her2aid" is
    not the default (README, Limits); GLib 2.74 (Debian 12) and later read the content.
    """
    gio = require_tool("gio")
    require_tool("update-mime-database")
    home = tmp_path / "home"
    assert _install(unpacked, home).returncode == 0
    case, other = tmp_path / "a patient case.json", tmp_path / "other.json"
    shutil.copy(EXAMPLE, case)
    other.write_text('{"format": "something else"}\n', "utf-8")
    share = home / ".local" / "share"
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(share))
    env["XDG_DATA_DIRS"] = f"{share}:/usr/local/share:/usr/share"
    types = []
    for path in (case, other):
        out = subprocess.run(
            [gio, "info", "-a", "standard::content-type", str(path)],
            capture_output=True, text=True, check=True, env=env,
        ).stdout  # fmt: skip
        types.append(out.rsplit(":", 1)[-1].strip())
    version = subprocess.run([gio, "version"], capture_output=True, text=True).stdout
    if tuple(int(n) for n in version.split(".")[:2]) < (2, 74):
        assert types == ["application/json", "application/json"]
    else:
        assert types == [MIME_TYPE, "application/json"]


def test_system_install_into_destdir(unpacked: Path, tmp_path: Path) -> None:
    """DESTDIR only moves the files: what they say is the final path, /opt/her2aid."""
    root = tmp_path / "root"
    proc = _install(unpacked, tmp_path / "home", "--system", DESTDIR=str(root))
    assert proc.returncode == 0, proc.stderr
    assert (root / "opt" / "her2aid" / "her2aid").is_file()
    link = root / "usr" / "local" / "bin" / "her2aid"
    assert link.is_symlink()
    assert os.readlink(link) == "/opt/her2aid/her2aid"
    share = root / "usr" / "local" / "share"
    desktop = (share / "applications" / "her2aid.desktop").read_text("utf-8")
    assert 'Exec="/opt/her2aid/her2aid" --open=%f\n' in desktop
    assert "TryExec=/opt/her2aid/her2aid\n" in desktop
    assert str(root) not in desktop
    # No caches generated into the staging root: the package's scripts refresh them.
    assert not (share / "applications" / "mimeinfo.cache").exists()
    assert not (share / "mime" / "mime.cache").exists()
    assert not (share / "icons" / "hicolor" / "icon-theme.cache").exists()
    assert not (tmp_path / "home").exists()  # nothing in anyone's home
    proc = _install(unpacked, tmp_path / "home", "--system", "--uninstall", DESTDIR=str(root))
    assert proc.returncode == 0
    assert not (root / "opt" / "her2aid").exists()
    assert not link.is_symlink()
    assert not (share / "applications" / "her2aid.desktop").exists()


@pytest.mark.parametrize(
    ("os_release", "advice"),
    [
        ('ID=debian\nVERSION_ID="12"\n', "sudo apt-get install libgl1 libegl1"),
        ("ID=ubuntu\nID_LIKE=debian\n", "sudo apt-get install libgl1 libegl1"),
        ('ID=fedora\nVERSION_ID="40"\n', "sudo dnf install libglvnd-glx libglvnd-egl"),
        ("ID=nixos\n", "libGL.so.1 and libEGL.so.1"),
    ],
)
def test_failed_selftest_names_the_packages_to_install(
    unpacked: Path, tmp_path: Path, os_release: str, advice: str
) -> None:
    release = tmp_path / "os-release"
    release.write_text(os_release, "utf-8")
    proc = _install(unpacked, tmp_path / "home", selftest="nogl", OS_RELEASE=str(release))
    assert proc.returncode == 1
    assert advice in proc.stderr
    assert "--selftest" in proc.stderr
    assert (tmp_path / "home" / ".local" / "opt" / "her2aid" / "her2aid").is_file()


def test_other_selftest_failures_are_not_blamed_on_opengl(unpacked: Path, tmp_path: Path) -> None:
    proc = _install(unpacked, tmp_path / "home", selftest="broken")
    assert proc.returncode == 1
    assert "something else" in proc.stderr
    assert "libgl1" not in proc.stderr


def test_help_prints_exactly_the_usage_comment(unpacked: Path, tmp_path: Path) -> None:
    lines = (LINUX / "install.sh").read_text("utf-8").splitlines()[1:]  # after #!/bin/sh
    block = itertools.takewhile(lambda line: line.startswith("#"), lines)
    comment = [re.sub(r"^# ?", "", line) for line in block]
    assert comment[0] == "Install her2aid from the unpacked tarball."
    for flag in ("--help", "-h"):
        proc = _install(unpacked, tmp_path / "home", flag)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.splitlines() == comment
        assert "set -eu" not in proc.stdout
    assert not (tmp_path / "home").exists()


def test_install_script_is_posix_sh_and_executable() -> None:
    script = LINUX / "install.sh"
    assert script.stat().st_mode & stat.S_IXUSR
    assert script.read_text("utf-8").startswith("#!/bin/sh\n")
    assert subprocess.run(["sh", "-n", str(script)], check=False).returncode == 0
