"""The start-up benchmark's stand-in window stays the same shape as the real one.

``benchmarks/startup_standin.py`` measures the floor under the start-up
target: her2aid's widgets without her2aid's code. The floor means something
only while the stand-in holds as many widgets of each kind as the real window.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from her2aid.ui.main_window import MainWindow

STANDIN = Path(__file__).parents[2] / "benchmarks" / "startup_standin.py"


def _standin() -> ModuleType:
    spec = importlib.util.spec_from_file_location("startup_standin", STANDIN)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("startup_standin", module)
    spec.loader.exec_module(module)
    return module


def test_the_stand_in_has_the_real_windows_widgets(
    window: MainWindow, configured_app: QApplication, qtbot: QtBot
) -> None:
    standin = _standin()
    fake = standin.build("<p>summary</p>")
    qtbot.addWidget(fake)
    standin.show(fake)
    qtbot.waitExposed(fake)
    assert standin.inventory(window) == standin.inventory(fake)
    assert standin.inventory(fake) == {cls.__name__: n for cls, n in standin.WIDGETS.items()}


def test_no_counted_class_derives_from_another() -> None:
    classes = list(_standin().WIDGETS)
    assert not [(a, b) for a in classes for b in classes if a is not b and issubclass(a, b)]
