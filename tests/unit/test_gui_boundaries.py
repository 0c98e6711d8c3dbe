"""GUI classes talk through public APIs: no access to another object's ``_private`` member,
and the converted controllers are given what they use, never the main window."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import supervision_app
from tests.source_trees import nodes

PACKAGE = Path(supervision_app.__file__).parent
GUI = PACKAGE / "gui"

#: Private members reached across objects. Empty: the list may only shrink, and a new entry
#: needs a public method instead.
KNOWN: set[tuple[str, str]] = set()
#: Controllers that receive the list pane, a vault provider and callbacks (and the parts and
#: menu actions they own).
NARROW = (
    "gui/trash_controller.py",
    "gui/search_controller.py",
    "gui/reflection_controller.py",
    "gui/cpd/controller.py",
    "gui/supervision/controller.py",
    "gui/supervision/flows.py",
    "gui/find/controller.py",
    "gui/companion/controller.py",
    "gui/supervision/session_mode_control.py",
    "gui/supervision/menu.py",
    "gui/cpd/menu.py",
    "gui/writing/controller.py",
    "gui/preferences/live.py",
    "gui/home/controller.py",
    "gui/backups.py",
    "gui/journal/entry_saving.py",
    "gui/journal/navigator.py",
)


def _private_access(path: Path) -> set[tuple[str, str]]:
    found = set()
    for node in nodes(path):
        if not isinstance(node, ast.Attribute) or not node.attr.startswith("_"):
            continue
        if node.attr.startswith("__") and node.attr.endswith("__"):
            continue  # dunders (__class__, __name__) are public protocol
        if isinstance(node.value, ast.Name) and node.value.id in {"self", "cls"}:
            continue
        if isinstance(node.value, ast.Call) and ast.unparse(node.value.func) == "super":
            continue  # an override calling the base class's own version
        found.add((path.relative_to(PACKAGE).as_posix(), ast.unparse(node)))
    return found


def test_no_private_member_of_another_object() -> None:
    found: set[tuple[str, str]] = set()
    for path in sorted(GUI.rglob("*.py")) + [PACKAGE / "app.py"]:
        found |= _private_access(path)
    assert found - KNOWN == set(), "use (or add) a public method instead"
    assert KNOWN - found == set(), "fixed: remove it from KNOWN"


def test_narrow_controllers_never_get_the_window() -> None:
    for name in NARROW:
        source = (PACKAGE / name).read_text(encoding="utf-8")
        assert "MainWindow" not in source, name
        assert re.search(r"\bself\.(w|window)\b", source) is None, name
