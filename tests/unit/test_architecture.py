"""Dependency rules: Qt stays in gui/, sqlcipher3 stays in storage/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "supervision_app"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):  # includes imports inside functions
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layering(path: Path) -> None:
    rel = path.relative_to(PACKAGE).as_posix()
    imports = _imports(path)
    if not (rel.startswith("gui/") or rel in ("app.py", "__main__.py")):
        assert not any(n.split(".")[0] == "PySide6" for n in imports), f"{rel} imports Qt"
    if not rel.startswith("storage/"):
        assert "sqlcipher3" not in {n.split(".")[0] for n in imports}, f"{rel} imports sqlcipher3"
    if rel.startswith("core/"):
        assert not any(
            n.startswith(
                ("supervision_app.storage", "supervision_app.gui", "supervision_app.export")
            )
            for n in imports
        ), f"{rel}: core depends on nothing above it"


def test_there_are_modules_to_check() -> None:
    assert len(_modules()) > 20
