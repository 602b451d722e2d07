"""The clinical core and the report renderer run with Qt unavailable.

import-linter checks the imports statically (pyproject.toml contracts); this
test proves it at run time: PySide6 is made unimportable, then everything
Qt-free is imported and used.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_core_runs_without_qt() -> None:
    code = textwrap.dedent(
        """
        import sys
        sys.modules["PySide6"] = None  # any import of PySide6 now fails
        sys.modules["shiboken6"] = None
        import pkgutil, importlib
        import her2aid.core
        for mod in pkgutil.walk_packages(her2aid.core.__path__, "her2aid.core."):
            importlib.import_module(mod.name)
        for name in ("her2aid.report", "her2aid.cli"):
            try:
                importlib.import_module(name)
            except ModuleNotFoundError as exc:
                if exc.name != name:
                    raise
        from her2aid.core.classify import classify
        from her2aid.core.examples import example_names, load_example
        for name in example_names():
            classify(load_example(name))
        assert not any(m.startswith("PySide6.") for m in sys.modules)
        print("ok")
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
