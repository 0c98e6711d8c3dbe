"""Closing the vault (locking the app) while a backup or the check runs on a worker.

``Vault.close`` never waits for a worker: it closes the window's connection at once,
interrupts the workers' connections, and wipes the key and releases the vault's lock only
when the last of them has closed, so no worker goes on without its key. The backup stops,
leaving no file behind, and the next one runs normally. Real vaults, real threads.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from supervision_app.core.entries import Entry
from supervision_app.core.errors import VaultInUse
from supervision_app.storage.backup import (
    BackupCancelled,
    backup_folder,
    list_backups,
    make_backup,
    verify_backup,
)
from supervision_app.storage.damage import check_vault
from supervision_app.storage.vault import Vault, is_open_vault_file
from tests.conftest import PASSPHRASE

WAIT_S = 30


def _fill(vault: Vault, n: int = 30) -> None:
    with vault.transaction():
        for i in range(n):
            body = f"synthetic words {i} " * 60
            vault.entries.add(
                Entry(title=f"entry {i}", body=body, practice_date=dt.date(2026, 1, 2))
            )


def test_close_during_a_backup_returns_at_once_and_wipes_the_key_after_the_worker(
    vault: Vault, vault_path: Path
) -> None:
    _fill(vault)
    inside, resume = threading.Event(), threading.Event()
    outcome: list[BaseException | object] = []

    def cancelled() -> bool:  # the backup's first look at Cancel, during its copy: hold it
        if not inside.is_set():
            inside.set()
            resume.wait(WAIT_S)
        return False

    def work() -> None:
        try:
            outcome.append(make_backup(vault, reason="closing", cancelled=cancelled))
        except BaseException as error:
            outcome.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    try:
        assert inside.wait(WAIT_S), "the backup never started copying"
        key = vault._key
        assert key is not None
        vault.close()  # returns while the worker is held: it never waits for it
        assert worker.is_alive() and not vault.is_open
        assert any(key._key), "the key was wiped while a worker still used it"
        assert vault.workers_running and is_open_vault_file(vault_path)
        with pytest.raises(VaultInUse):  # the vault's lock is held until the worker ends
            Vault.open(vault_path, PASSPHRASE).close()
    finally:
        resume.set()
        worker.join(WAIT_S)
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], BackupCancelled)
    assert not any(key._key) and vault._key is None and not vault.workers_running
    assert not is_open_vault_file(vault_path)
    assert list(backup_folder(vault_path).iterdir()) == []  # no backup, no .part file
    with Vault.open(vault_path, PASSPHRASE) as again:  # the next backup runs normally
        info = make_backup(again, reason="next")
    verify_backup(info.path, PASSPHRASE)
    assert [b.entries for b in list_backups(vault_path, PASSPHRASE)] == [30]


@pytest.mark.parametrize("job", ["backup", "check"])
def test_close_interrupts_a_worker_in_sqlite(vault: Vault, vault_path: Path, job: str) -> None:
    """Closed while the worker is inside SQLite (its statements never look at Python): it
    is interrupted and stops; nothing is left, the vault opens and checks clean."""
    _fill(vault, 200)
    statements = threading.Event()
    errors: list[BaseException] = []

    def work() -> None:
        try:
            if job == "backup":
                make_backup(vault, reason="interrupted", progress=progress)
            else:
                check_vault(vault, cancelled=lambda: statements.set() or False)
        except BaseException as error:
            errors.append(error)

    def progress(done: float) -> None:
        if done >= 0.3:  # the copy is made: its check is under way
            statements.set()

    worker = threading.Thread(target=work)
    worker.start()
    assert statements.wait(WAIT_S)
    vault.close()
    worker.join(WAIT_S)
    assert not worker.is_alive() and vault._key is None
    # Stopped, or finished before the close could stop it: never anything else.
    assert all(isinstance(e, BackupCancelled) or "interrupt" in str(e) for e in errors), errors
    leftovers = [p for p in vault_path.parent.iterdir() if ".part" in p.name]
    assert leftovers == []
    if job == "backup" and errors:
        assert list(backup_folder(vault_path).iterdir()) == []
    with Vault.open(vault_path, PASSPHRASE) as again:
        assert check_vault(again).ok
