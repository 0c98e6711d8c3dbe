"""Architecture: no Python file call opens the live vault (or its -wal/-shm) in the app.

On POSIX, closing any descriptor of a file drops every POSIX advisory lock the process holds
on it, SQLite's own included ("How To Corrupt An SQLite Database File", section 2.2): one
``open()`` of an open vault is enough to leave the app's connections unprotected. So the
vault is read only through SQLite while it is open (a byte copy is made by a child process:
storage/snapshot.py). This test lists every call in the package that opens a file by its
path (``open``, ``io.open``, ``os.open``, ``Path.open``, ``read_*``/``write_*``, ``shutil``
copies) and requires each one in ``storage/`` (where the vault's path is known) to be in
:data:`STORAGE_OPENERS` with the reason it never touches a live vault; elsewhere, no such
call may be handed a vault's path. tests/unit/test_backup_locks.py checks the same at run
time (``/proc/locks`` and Python's audit hook).
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from pathlib import Path

from tests.source_trees import nodes

PACKAGE = Path(__file__).resolve().parents[2] / "supervision_app"

_PATH_READERS = {"read_bytes", "read_text", "write_bytes", "write_text"}
_SHUTIL = {"copy", "copy2", "copyfile", "move", "copytree"}  # by path, not by handle

#: (module under storage/, function, what is opened) -> why it is never an open vault.
STORAGE_OPENERS: dict[tuple[str, str, str], str] = {
    ("vault.py", "create", "path"): "creates the new vault file 0600 before any connection",
    ("lock.py", "acquire", "self._lock_path"): "the <vault>.lock file (flock), not the vault",
    ("backup_open.py", "opens_with", "path"): "a backup file: never the live vault",
    ("backup_open.py", "_backup_key", "path"): "a backup file (or a copy being restored)",
    ("backup_copy.py", "_export", "temp"): "the backup's own temporary copy",
    ("backup_list.py", "_count_entries", "path"): "a file in the backup folder",
    ("snapshot.py", "copy_file", "temp"): "the copy (to flush it); the vault is read by cp",
    ("snapshot.py", "_copy_here", "source"): "Windows only: its locks belong to handles",
    ("snapshot.py", "_copy_here", "temp"): "the copy being written (Windows only)",
    ("restore.py", "_copy_then_sync", "source"): "the backup being restored",
    ("restore.py", "_swap_in", "vault_path"): (
        "keeps the replaced vault aside where hard links fail; restore refuses an open "
        "vault (VaultInUse) and holds the vault's lock, so no connection exists"
    ),
    ("restore.py", "_record_restored", "backup"): "the backup being recorded again",
    ("cpd/attachments.py", "add_file", "path"): "a chosen attachment; is_vault_file refuses ours",
    ("jsonl/lines.py", "read_lines", "path"): (
        "a JSONL file chosen for import: importers refuse the vault's own file "
        "(export/importers/__init__.py)"
    ),
    ("jsonl/lines.py", "file_digest", "path"): "the same chosen JSONL file",
    ("jsonl/restore.py", "_write_lines", "path"): "the same chosen JSONL file",
    ("supervision/exchange_file.py", "write_container", "temp"): "an exchange file being made",
    ("supervision/exchange_file.py", "write_container", "path.parent"): "a folder (its fsync)",
    ("supervision/exchange_file.py", "read_container", "path"): (
        "a chosen exchange file; refused if it is a vault open in this process"
    ),
}


def _opened(call: ast.Call) -> str | None:
    """What ``call`` opens by path (its source text), or None if it opens nothing."""
    func = call.func
    first = ast.unparse(call.args[0]) if call.args else ""
    if isinstance(func, ast.Name) and func.id == "open":
        return first
    if not isinstance(func, ast.Attribute):
        return None
    owner = ast.unparse(func.value)
    if func.attr == "open" and owner in ("os", "io"):
        return first
    # Path.open("rb"): a mode string or nothing (a dialog's open() takes no mode either,
    # and is told apart by its owner below).
    if (
        func.attr == "open"
        and not call.keywords
        and (not call.args or isinstance(call.args[0], ast.Constant))
    ):
        return None if owner in ("box", "editor", "self.dialog", "dialog") else owner
    if func.attr in _PATH_READERS:
        return owner
    if owner == "shutil" and func.attr in _SHUTIL:
        return first
    return None


def _calls(module: Path) -> Iterator[tuple[str, str, int]]:
    """(function, what is opened, line) for every file-opening call in ``module``."""
    for top in nodes(module):  # the walk the other static checks share
        if not isinstance(top, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(top):
            if isinstance(node, ast.Call) and (opened := _opened(node)) is not None:
                yield top.name, opened, node.lineno


@functools.cache  # three tests read it
def _storage_calls() -> dict[tuple[str, str, str], int]:
    found: dict[tuple[str, str, str], int] = {}
    for module in sorted((PACKAGE / "storage").rglob("*.py")):
        rel = module.relative_to(PACKAGE / "storage").as_posix()
        for function, opened, line in _calls(module):
            found.setdefault((rel, function, opened), line)
    return found


def test_every_file_call_in_storage_is_listed_with_why_it_is_not_a_live_vault() -> None:
    found = _storage_calls()
    unlisted = {k: line for k, line in found.items() if k not in STORAGE_OPENERS}
    assert unlisted == {}, (
        "a new file call in storage/: read the vault through SQLite, or add it to "
        f"STORAGE_OPENERS with the reason it never opens an open vault: {unlisted}"
    )


def test_the_list_names_only_calls_that_exist() -> None:
    """So the list cannot keep a reason for code that has gone (or moved)."""
    assert set(STORAGE_OPENERS) - set(_storage_calls()) == set()


def test_the_vault_copy_for_backups_and_the_check_opens_nothing_but_the_copy() -> None:
    """The byte copy reads the vault through a child process only (POSIX)."""
    opened = {(f, o) for f, o, _line in _calls(PACKAGE / "storage" / "snapshot.py")}
    assert ("copy_snapshot", "vault_path") not in opened
    assert {o for f, o in opened if f == "copy_file"} == {"temp"}


def test_no_module_outside_storage_hands_a_vault_path_to_a_file_call() -> None:
    """Outside storage/, a file call never gets the vault's path (``vault_path``,
    ``vault.path``, ``window.vault_path``...): only SQLite opens it."""
    offending = []
    for module in sorted(PACKAGE.rglob("*.py")):
        if module.is_relative_to(PACKAGE / "storage"):
            continue
        for function, opened, line in _calls(module):
            if "vault_path" in opened or "vault.path" in opened:
                offending.append(f"{module.relative_to(PACKAGE)}:{line} {function}({opened})")
    assert offending == []


def test_the_scan_finds_the_calls_it_looks_for() -> None:
    """A scan that finds nothing would pass the tests above for the wrong reason."""
    found = _storage_calls()
    assert ("restore.py", "_swap_in", "vault_path") in found
    assert ("backup_copy.py", "_export", "temp") in found
    assert len(found) >= 15
