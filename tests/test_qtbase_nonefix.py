"""PySide6 6.12.0 drops a reference to None on every void call (Python 3.11); qtbase guards it."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_many_void_calls_neither_crash_nor_abort_at_exit() -> None:
    proc = run(
        """
        import her2aid.qtbase
        from PySide6.QtCore import QRectF
        rect = QRectF()
        for _ in range(50_000):
            rect.setWidth(1.0)
        print("ok")
        """
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def test_protection_only_where_needed() -> None:
    proc = run(
        """
        import sys
        from her2aid.qtbase.nonefix import HEADROOM, drops_none, protect_none
        needed = sys.version_info < (3, 12) and drops_none()
        print(protect_none() == needed)
        print(sys.getrefcount(None) > HEADROOM // 2 if needed else True)
        """
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["True", "True"]
