"""The ``dev`` script's apt and Python logic, run against stub commands.

The functions are sourced from ``dev`` into bash (with its ``set -euo pipefail``),
with stub ``dpkg-query``, ``apt-cache``, ``apt-get``, ``sudo`` and ``id`` first on
PATH: no root, no network, no real package is touched. The stub apt-cache prints
far more after the "Candidate:" line than a pipe holds, as a real one can, which is
what made ``apt-cache policy | grep -q`` under pipefail report existing packages
missing (issue 12).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tools import TOOL_PACKAGES

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "dev"

STUBS = {
    # Installed: the lines of $STUB/installed; removed (config files left): $STUB/removed.
    # -S PATH: owned by a package if PATH is a line of $STUB/system-python.
    "dpkg-query": r"""#!/bin/sh
echo "dpkg-query $*" >> "$STUB/log"
case "$1" in
  -S) grep -qxF "$2" "$STUB/system-python" 2>/dev/null || exit 1
      echo "python3.11-minimal: $2"; exit 0 ;;
  -W) shift 2 ;;
  *) exit 2 ;;
esac
rc=0
for p in "$@"; do
  if grep -qxF "$p" "$STUB/installed" 2>/dev/null; then echo "$p install ok installed"
  elif grep -qxF "$p" "$STUB/removed" 2>/dev/null; then echo "$p deinstall ok config-files"
  else echo "dpkg-query: no packages found matching $p" >&2; rc=1
  fi
done
exit $rc
""",
    # Available: $STUB/available; virtual (no candidate): $STUB/virtual; else unknown.
    # After "Candidate:" come ~300 kB, more than a pipe and grep's buffer hold together.
    "apt-cache": r"""#!/bin/sh
echo "apt-cache $*" >> "$STUB/log"
[ "$1" = policy ] || exit 2
label="Candidate"; [ "${LC_ALL:-}" = C ] || label="Installationskandidat"
if grep -qxF "$2" "$STUB/available" 2>/dev/null; then
  printf '%s:\n  Installed: (none)\n  %s: 1.0-1\n  Version table:\n' "$2" "$label"
  yes '     1.0-1 500 http://deb.debian.org/debian bookworm/main amd64 Packages' | head -n 4500
elif grep -qxF "$2" "$STUB/virtual" 2>/dev/null; then
  printf '%s:\n  Installed: (none)\n  %s: (none)\n  Version table:\n' "$2" "$label"
else
  echo "N: Unable to locate package $2" >&2
fi
""",
    # update: what $STUB/after-update lists becomes available; install: names become installed.
    "apt-get": r"""#!/bin/sh
echo "apt-get $*" >> "$STUB/log"
for a in "$@"; do
  case $a in
    update) cat "$STUB/after-update" >> "$STUB/available" 2>/dev/null; exit 0 ;;
    -*|install) ;;
    *) echo "$a" >> "$STUB/installed" ;;
  esac
done
""",
    "sudo": '#!/bin/sh\necho "sudo $*" >> "$STUB/log"\nexec "$@"\n',
    # A normal user, so dev goes through sudo even when the tests run as root (CI).
    "id": '#!/bin/sh\n[ "$1" = -u ] && { echo 1000; exit 0; }\nexec /usr/bin/id "$@"\n',
}


@pytest.fixture
def stub(tmp_path: Path) -> Path:
    """A folder with the stub commands in bin/ and their state files beside it."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, text in STUBS.items():
        (bin_dir / name).write_text(text, "utf-8")
        (bin_dir / name).chmod(0o755)
    for state in ("installed", "removed", "available", "virtual", "after-update", "log"):
        (tmp_path / state).touch()
    return tmp_path


def bash(stub: Path, script: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``script`` in bash after sourcing dev's functions, with the stubs first on PATH."""
    env = {
        "PATH": f"{stub / 'bin'}:/usr/bin:/bin",
        "STUB": str(stub),
        "HOME": str(stub),
        "LANG": "de_DE.UTF-8",  # dev must not depend on apt's language
    }
    return subprocess.run(
        ["bash", "-c", f'source "$1"\n{script}', "bash", str(DEV)],
        capture_output=True, text=True, env=env, timeout=timeout, check=False, cwd=stub,
    )  # fmt: skip


def state(stub: Path, name: str) -> list[str]:
    return (stub / name).read_text("utf-8").splitlines()


def lines_of(stub: Path, command: str) -> list[str]:
    return [ln for ln in state(stub, "log") if ln.startswith(command + " ")]


def test_apt_ensure_finds_available_packages_every_time(stub: Path) -> None:
    """The race of issue 12: 300 look-ups of available packages, each must succeed."""
    (stub / "available").write_text("libgl1\nlibegl1\nlibcups2\n", "utf-8")
    proc = bash(
        stub,
        """
        for i in $(seq 100); do
          : > "$STUB/installed"
          apt_ensure libgl1 libegl1 "libcups2t64|libcups2"
        done
        echo finished
        """,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "finished"
    assert len(lines_of(stub, "apt-cache")) == 100 * 4  # libcups2t64 is looked up and not found
    assert (
        lines_of(stub, "apt-get")
        == ["apt-get install -y -qq --no-install-recommends libgl1 libegl1 libcups2"] * 100
    )  # never an update: that would mean a package looked missing
    assert all(
        ln.startswith("sudo env DEBIAN_FRONTEND=noninteractive ")
        for ln in state(stub, "log")
        if ln.startswith("sudo")
    )


def test_the_stub_reproduces_the_race_for_the_old_pipeline(stub: Path) -> None:
    """So the test above would have caught it: apt-cache | grep -q under pipefail fails."""
    (stub / "available").write_text("libgl1\n", "utf-8")
    proc = bash(
        stub,
        """
        failed=0
        for i in $(seq 20); do
          LC_ALL=C apt-cache policy libgl1 2>/dev/null | grep -q 'Candidate: [^(]' \
            || failed=$((failed + 1))
        done
        echo "$failed"
        """,
    )
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout) >= 15  # SIGPIPE: apt-cache still writing when grep -q quits


def test_second_run_asks_dpkg_once_and_nothing_else(stub: Path) -> None:
    (stub / "installed").write_text("libgl1\nlibegl1\nlibglib2.0-0\n", "utf-8")
    proc = bash(stub, 'apt_ensure libgl1 libegl1 "libglib2.0-0t64|libglib2.0-0"')
    assert proc.returncode == 0, proc.stderr
    calls = [ln.split()[0] for ln in state(stub, "log") if not ln.startswith(" ")]
    assert calls == ["dpkg-query"]  # one call for all packages; no apt-cache, apt-get, sudo
    assert state(stub, "log")[-1].endswith(" libgl1 libegl1 libglib2.0-0t64 libglib2.0-0")
    assert proc.stderr == ""


def test_alternatives_take_whichever_this_release_has(stub: Path) -> None:
    """Ubuntu 24.04's t64 names, or the old names elsewhere; removed counts as missing."""
    (stub / "available").write_text("libcups2t64\nlibglib2.0-0\nlibgl1\n", "utf-8")
    (stub / "virtual").write_text("libcups2\n", "utf-8")
    (stub / "removed").write_text("libgl1\n", "utf-8")
    proc = bash(stub, 'apt_ensure "libcups2t64|libcups2" "libglib2.0-0t64|libglib2.0-0" libgl1')
    assert proc.returncode == 0, proc.stderr
    assert state(stub, "installed") == ["libcups2t64", "libglib2.0-0", "libgl1"]
    assert "==> apt-get install libcups2t64 libglib2.0-0 libgl1" in proc.stderr


def test_package_lists_are_updated_once_when_a_package_is_not_known_yet(stub: Path) -> None:
    (stub / "after-update").write_text("libxcb-cursor0\nlibcups2\n", "utf-8")
    (stub / "available").write_text("libgl1\n", "utf-8")
    proc = bash(stub, "apt_ensure libgl1 libxcb-cursor0 libcups2")
    assert proc.returncode == 0, proc.stderr
    assert lines_of(stub, "apt-get")[0] == "apt-get update -qq"
    assert len(lines_of(stub, "apt-get")) == 2
    assert state(stub, "installed") == ["libgl1", "libxcb-cursor0", "libcups2"]


def test_a_package_this_system_lacks_is_named(stub: Path) -> None:
    (stub / "virtual").write_text("libcups2\n", "utf-8")
    proc = bash(stub, 'apt_ensure "libcups2t64|libcups2"')
    assert proc.returncode == 2
    assert proc.stderr.endswith(
        "her2aid dev: no apt package for 'libcups2t64|libcups2' on this system\n"
    )
    assert lines_of(stub, "apt-get") == ["apt-get update -qq"]
    assert state(stub, "installed") == []


@pytest.mark.parametrize(
    ("kind", "has_venv", "system", "expected"),
    [
        (
            "dev",
            "1",
            True,
            ["libpython3.11t64|libpython3.11"],
        ),  # Debian's python3.11: PyInstaller needs the .so
        ("app", "1", True, []),
        ("dev", "1", False, []),  # pyenv, uv, python.org: libpython comes with it
        ("dev", "0", True, ["python3.11-venv|python3-venv", "libpython3.11t64|libpython3.11"]),
        ("app", "0", False, ["python3.11-venv|python3-venv"]),
    ],
)
def test_python_packages(
    stub: Path, kind: str, has_venv: str, system: bool, expected: list[str]
) -> None:
    if system:
        (stub / "system-python").write_text("/usr/bin/python3.11\n", "utf-8")
    proc = bash(
        stub,
        f"PY_VER=3.11 PY_VENV={has_venv} PY_EXE=/usr/bin/python3.11; python_packages {kind}",
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == expected


def test_choose_python_takes_the_newest_new_enough(stub: Path) -> None:
    """Python facts come from the Python itself; a too-old one is passed over."""
    fake = stub / "fakepy"
    fake.mkdir()
    for name, facts in (
        ("python3.12", "3.12 1 0 /usr/bin/python3.12"),
        ("python3", "3.10 0 1 /usr/bin/python3.10"),
    ):
        (fake / name).write_text(
            f'#!/bin/sh\n[ "$1" = --version ] && echo "Python {facts[:4]}" || echo "{facts}"\n',
            "utf-8",
        )
        (fake / name).chmod(0o755)
    proc = bash(
        stub,
        f'PATH="{fake}:$PATH"; VENV="$STUB/no-venv"; choose_python\n'
        'echo "$PY $PY_VER $PY_VENV $PY_EXE"',
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "python3.12 3.12 0 /usr/bin/python3.12"
    (fake / "python3.12").unlink()
    proc = bash(stub, f'PATH="{fake}"; VENV="$STUB/no-venv"; choose_python')
    assert proc.returncode == 2
    assert "her2aid needs Python 3.11 or newer (found: Python 3.10)" in proc.stderr


def test_every_tool_and_library_the_tests_need_is_in_devs_lists(stub: Path) -> None:
    proc = bash(stub, 'echo "$APT_QT_BASE $APT_QT_XCB $APT_TEST"')
    specs = proc.stdout.split()
    names = {name for spec in specs for name in spec.split("|")}
    assert set(TOOL_PACKAGES.values()) <= names
    # The frozen build (objdump, CUPS for Qt's print plugin), and fontconfig's own cache.
    assert {"binutils", "fontconfig", "fonts-dejavu-core"} <= names
    assert "libcups2t64|libcups2" in specs
    assert len(specs) == len(set(specs))


def test_without_arguments_dev_prints_its_help(tmp_path: Path) -> None:
    proc = subprocess.run(
        [str(DEV)], capture_output=True, text=True, check=False, cwd=tmp_path, timeout=30,
        env=dict(os.environ, PATH="/usr/bin:/bin"),
    )  # fmt: skip
    assert proc.returncode == 2
    assert proc.stdout.splitlines()[:4] == [
        "her2aid developer entry point. From a fresh clone on Debian/Ubuntu (Python 3.11+):",
        "",
        "  ./dev run     set up what is missing, then open her2aid",
        "  ./dev test    set up what is missing, then run every check CI runs",
    ]
    assert "fresh_system_check.sh" in proc.stdout


def test_fresh_system_check_explains_itself_without_root() -> None:
    script = ROOT / "packaging" / "fresh_system_check.sh"
    proc = subprocess.run([str(script), "--help"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Does the README's promise hold?")
    assert "--base-tarball F" in proc.stdout
    assert "set -euo" not in proc.stdout
    proc = subprocess.run([str(script), "--runs", "x"], capture_output=True, text=True, check=False)
    assert (proc.returncode, proc.stderr) == (
        2,
        "fresh_system_check: --runs takes a number, not 'x'\n",
    )
