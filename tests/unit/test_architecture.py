"""Dependency rules: Qt stays in gui/, sqlcipher3 stays in storage/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.source_trees import nodes as _nodes

PACKAGE = Path(__file__).resolve().parents[2] / "supervision_app"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in _nodes(path):  # includes imports inside functions
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


#: Layers from the bottom up; a module may name (import or load by string) only its own layer
#: and those below it. ``cli``, ``app``, ``formats`` and ``__main__`` sit on top.
LAYERS = ("core", "storage", "export", "gui")
_SQL_CALLS = {"execute", "executemany", "executescript"}


def _layer(rel: str) -> int | None:
    top = rel.split("/")[0]
    return LAYERS.index(top) if top in LAYERS else None


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_sql_stays_in_storage(path: Path) -> None:
    rel = path.relative_to(PACKAGE).as_posix()
    if rel.startswith("storage/"):
        return
    calls = [
        node.lineno
        for node in _nodes(path)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in _SQL_CALLS
    ]
    assert not calls, f"{rel} runs SQL (lines {calls}): go through a repository in storage/"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_named_by_string_above_its_layer(path: Path) -> None:
    """``importlib.import_module("supervision_app.gui…")`` from export/ hides an upward import."""
    rel = path.relative_to(PACKAGE).as_posix()
    own = _layer(rel)
    if own is None:
        return
    for node in _nodes(path):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
            if not text.startswith("supervision_app.") or " " in text:
                continue
            named = _layer(text.split(".")[1])
            assert named is None or named <= own, f"{rel} names {text!r}, a layer above it"


def test_the_rules_catch_what_they_forbid(tmp_path: Path) -> None:
    """The checks above are not vacuous: a planted violation is found by the same code."""
    bad = tmp_path / "bad.py"
    bad.write_text('conn.execute("SELECT 1")\nNAME = "supervision_app.gui.main_window"\n')
    tree = ast.parse(bad.read_text())
    assert any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in _SQL_CALLS
        for n in ast.walk(tree)
    )
    assert _layer("gui") == 3 and _layer("export") == 2


def test_there_are_modules_to_check() -> None:
    assert len(_modules()) > 20


#: Modules that back up or check the vault, which the app runs on a worker thread.
_OWN_CONNECTION_MODULES = (
    "storage/backup.py",
    "storage/backup_copy.py",
    "storage/backup_open.py",
    "storage/backup_verify.py",
    "storage/backup_folder.py",
    "storage/snapshot.py",
    "storage/restore.py",
    "storage/damage.py",
    "gui/backups.py",
)


@pytest.mark.parametrize("rel", _OWN_CONNECTION_MODULES)
def test_backups_and_the_check_never_touch_the_shared_connection(rel: str) -> None:
    """They work on ``Vault.private_connection()``: a transaction of theirs on ``vault.conn``
    took in the UI thread's writes and rolled them back (an entry was lost), and the UI
    thread waited for them. tests/unit/test_backup_connection.py checks it at run time."""
    used = [
        node.lineno
        for node in _nodes(PACKAGE / rel)
        if isinstance(node, ast.Attribute) and node.attr in ("conn", "_conn")
    ]
    assert used == [], f"{rel} uses a vault's shared connection on line(s) {used}"
