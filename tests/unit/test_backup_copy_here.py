"""The backup's in-process byte copy (Windows, where a lock belongs to its handle) run here.

On Linux the copy is made by ``dd`` in child processes (closing a descriptor of the vault
in this process would drop SQLite's POSIX locks on it: tests/unit/test_backup_locks.py).
Windows keeps the copy in the app's process; ``snapshot.COPY_IN_PROCESS`` chooses that
path here, on fresh vaults that nothing else has open, so it is tested too.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from supervision_app.core.entries import Entry
from supervision_app.storage import snapshot
from supervision_app.storage.backup import (
    BackupCancelled,
    backup_folder,
    list_backups,
    make_backup,
    verify_backup,
)
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE

#: What this process did while watching: files opened and child processes started.
_seen: list[tuple[str, str]] = []
_watching = threading.Event()


def _hook(event: str, args: tuple[object, ...]) -> None:
    if not _watching.is_set():
        return
    if event == "open" and isinstance(args[0], str | bytes | Path):
        _seen.append(("open", os.path.realpath(os.fsdecode(args[0]))))  # type: ignore[arg-type]
    elif event == "subprocess.Popen":
        _seen.append(("child", str(args[0])))


sys.addaudithook(_hook)  # cannot be removed: it stays idle while the event is clear


@pytest.fixture
def in_process(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str]]]:
    monkeypatch.setattr(snapshot, "COPY_IN_PROCESS", True)
    _seen.clear()
    _watching.set()
    try:
        yield _seen
    finally:
        _watching.clear()


@pytest.fixture
def closed_vault(vault_path: Path) -> Path:
    """A vault of about 3 MB (the copy reads 1 MB at a time), closed so that its
    write-ahead log is empty and the backup takes its byte copy."""
    with Vault.create(vault_path, PASSPHRASE) as v, v.transaction():
        for i in range(120):
            v.entries.add(
                Entry(
                    title=f"Reflection {i}",
                    body=f"Synthetic reflective note {i}. " * 800,
                    practice_date=dt.date(2026, 1, 1) + dt.timedelta(days=i),
                )
            )
    return vault_path


def test_the_in_process_copy_makes_a_verified_backup(
    closed_vault: Path, in_process: list[tuple[str, str]]
) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as v:
        info = make_backup(v, reason="in-process")
        _watching.clear()
        assert v.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
        vault_bytes = closed_vault.read_bytes()
    # Copied here, byte for byte (sqlcipher_export would write other bytes), by no child.
    assert ("open", os.path.realpath(closed_vault)) in in_process
    assert [what for what, _ in in_process if what == "child"] == []
    assert info.path.read_bytes() == vault_bytes
    assert info.path.stat().st_mode & 0o777 == 0o600
    verify_backup(info.path, PASSPHRASE)
    (listed,) = list_backups(closed_vault, PASSPHRASE)
    assert listed.path == info.path and listed.entries == info.entries == 120


def test_cancelling_the_in_process_copy_keeps_nothing(
    closed_vault: Path, in_process: list[tuple[str, str]]
) -> None:
    copying = threading.Event()
    reported: list[float] = []

    def cancelled() -> bool:  # the first look after the copy's first megabyte
        return copying.is_set()

    def progress(done: float) -> None:
        reported.append(done)
        if done > 0:
            copying.set()

    with Vault.open(closed_vault, PASSPHRASE) as v:
        with pytest.raises(BackupCancelled):
            make_backup(
                v,
                reason="cancelled",
                progress=progress,
                cancelled=cancelled,
            )
        assert v.entries.count() == 120
    assert 0 < max(reported) < 0.3  # stopped during the copy (0.3: the copy is made)
    assert ("open", os.path.realpath(closed_vault)) in in_process
    folder = backup_folder(closed_vault)
    assert not folder.exists() or list(folder.iterdir()) == []
