"""Test-wide setup: headless Qt, hypothesis profiles, and the gui marker.

QT_QPA_PLATFORM is set here, before anything imports Qt, so every test runs
offscreen whether or not a display exists (CI has none).
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Tests never write to the real log folder; subprocesses inherit this too.
os.environ["HER2AID_LOG_DIR"] = tempfile.mkdtemp(prefix="her2aid-test-logs-")
# ...nor to the real settings file.
os.environ["HER2AID_CONFIG_DIR"] = tempfile.mkdtemp(prefix="her2aid-test-config-")
# A test that drops those overrides still lands in a throwaway folder, not ~/.local/state.
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="her2aid-test-state-")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="her2aid-test-xdg-config-")
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="her2aid-test-cache-")

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=200, deadline=None)
settings.register_profile(
    "ci", max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# tools/mutate.py runs tests/core once per mutant: fewer examples, derandomised,
# so a mutant's verdict does not depend on the run.
settings.register_profile("mutation", max_examples=60, deadline=None, derandomize=True)
settings.load_profile(
    os.environ.get("HER2AID_HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs a QApplication as ``gui``, so ``-m 'not gui'`` skips Qt."""
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    """pytest-qt's application is her2aid's own class, as in the app (file-open events)."""
    from her2aid.ui.app import Her2aidApplication  # Qt only for tests that need it

    return Her2aidApplication
