"""Read the her2aid window the way a screen reader does: through AT-SPI.

Run by tests/ui/test_atspi.py with the system Python (which has the GObject
bindings for libatspi, as Orca uses them), inside a private D-Bus session,
with DISPLAY set to a private Xvfb. It starts the window (``APP`` with the
project's Python) with Qt's accessibility bridge on, reads the accessible
tree, presses Tab through the window with synthesized key events and prints
what it found as one JSON object. It imports nothing from her2aid.

    dbus-run-session -- /usr/bin/python3 atspi_probe.py PYTHON APP EXAMPLE
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import warnings

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

warnings.filterwarnings("ignore", category=DeprecationWarning)  # get_*_iface, kept in 2.46

XK_TAB = 0xFF09
TABS = 24
#: Roles a keyboard user operates: each must have a name and its states.
CONTROLS = {"push button", "radio button", "check box", "text", "entry", "combo box", "spin button"}


def states(node: Atspi.Accessible) -> list[str]:
    found = node.get_state_set().get_states()
    return sorted(s.value_nick for s in found)


def describe(node: Atspi.Accessible) -> dict[str, object]:
    item: dict[str, object] = {
        "role": node.get_role_name(),
        "name": node.get_name() or "",
        "description": node.get_description() or "",
        "states": states(node),
        "text": None,
        "links": None,
    }
    text = node.get_text_iface()
    if text is not None and item["role"] not in ("push button", "radio button", "check box"):
        count = Atspi.Text.get_character_count(node)
        item["text"] = Atspi.Text.get_text(node, 0, min(count, 20000))
    hypertext = node.get_hypertext_iface()
    if hypertext is not None:
        item["links"] = Atspi.Hypertext.get_n_links(node)
    return item


def walk(node: Atspi.Accessible, out: list[tuple[Atspi.Accessible, dict[str, object]]]) -> None:
    out.append((node, describe(node)))
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None:
            walk(child, out)


def find_app(timeout: float) -> Atspi.Accessible | None:
    desktop = Atspi.get_desktop(0)
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for i in range(desktop.get_child_count()):
            child = desktop.get_child_at_index(i)
            if child is not None and child.get_name() == "her2aid":
                return child
        time.sleep(0.05)
    return None


def focused(nodes: list[Atspi.Accessible]) -> Atspi.Accessible | None:
    for node in nodes:
        if node.get_state_set().contains(Atspi.StateType.FOCUSED):
            return node
    return None


def tab_order(controls: list[Atspi.Accessible], start: Atspi.Accessible) -> list[str]:
    """Names of the controls Tab visits, starting after ``start``."""
    Atspi.Component.grab_focus(start)
    wait_for(lambda: focused(controls) == start)
    names = []
    current = start
    for _ in range(TABS):
        Atspi.generate_keyboard_event(XK_TAB, None, Atspi.KeySynthType.SYM)
        previous = current
        wait_for(lambda was=previous: focused(controls) not in (None, was))
        current = focused(controls)
        names.append(current.get_name() if current is not None else "")
    return names


def wait_for(condition: object, timeout: float = 3.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.02)
    return False


def main() -> int:
    python, app_script, example = sys.argv[1:4]
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    app = subprocess.Popen(
        [python, app_script, example], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        ready = app.stdout.readline().strip() if app.stdout else ""
        if ready != "ready":
            print(json.dumps({"error": f"the window did not start ({ready!r})"}))
            return 1
        Atspi.init()
        root = find_app(10.0)
        if root is None:
            print(json.dumps({"error": "her2aid is not on the AT-SPI bus"}))
            return 1
        pairs: list[tuple[Atspi.Accessible, dict[str, object]]] = []
        walk(root, pairs)
        controls = [n for n, d in pairs if d["role"] in CONTROLS and "showing" in d["states"]]
        er = next((n for n in controls if n.get_name() == "ER percent of nuclei stained"), None)
        summary = [n for n, d in pairs if d["name"] == "Summary"]
        order = tab_order(controls + summary, er) if er else []
        print(json.dumps({"nodes": [d for _n, d in pairs], "tab_order": order}))
        return 0
    finally:
        app.terminate()
        try:
            app.wait(5)
        except subprocess.TimeoutExpired:
            app.kill()


if __name__ == "__main__":
    raise SystemExit(main())
