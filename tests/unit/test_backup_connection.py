"""Backups and checks run on connections of their own, never on the vault's shared one.

The app runs them on a worker thread while its UI thread keeps using ``vault.conn``. A
transaction the backup opened on that shared connection swallowed any write the UI thread
made meanwhile and rolled it back (an entry added during the daily backup was lost). Real
vaults, real threads.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from supervision_app.core.entries import Entry
from supervision_app.storage.backup import list_backups, make_backup, verify_backup
from supervision_app.storage.damage import check_vault
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE

WAIT_S = 20


def _entry(title: str) -> Entry:
    return Entry(title=title, body="synthetic words " * 50, practice_date=dt.date(2026, 1, 2))


def _in_thread(work: Callable[[], Any]) -> tuple[threading.Thread, list[BaseException]]:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as error:
            errors.append(error)

    thread = threading.Thread(target=run, name="backup-worker", daemon=True)
    thread.start()
    return thread, errors


def test_an_entry_added_while_a_backup_copies_is_kept(vault: Vault, vault_path: Path) -> None:
    """The lead's 50,000-entry probe lost an entry added right after unlock this way."""
    for i in range(20):
        vault.entries.add(_entry(f"before {i}"))
    inside, added = threading.Event(), threading.Event()

    def cancelled() -> bool:
        # The backup asks this between chunks of its copy: the first time, let the "UI
        # thread" write while the copy is under way.
        if not inside.is_set():
            inside.set()
            added.wait(WAIT_S)
        return False

    thread, errors = _in_thread(
        lambda: make_backup(vault, reason="during-write", cancelled=cancelled)
    )
    assert inside.wait(WAIT_S), "the backup never started copying"
    try:
        new = vault.entries.add(_entry("written during the backup"))
    finally:
        added.set()
    thread.join(WAIT_S)
    assert not thread.is_alive() and errors == []
    assert vault.entries.get(new.id or 0).title == "written during the backup"
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        assert reopened.entries.get(new.id or 0).title == "written during the backup"
        assert sum(1 for _ in reopened.entries.page()) == 21
    (backup,) = list_backups(vault_path, PASSPHRASE)
    verify_backup(backup.path, PASSPHRASE)
    assert backup.entries in (20, 21)  # a consistent snapshot, before or after the write


@pytest.mark.parametrize("job", ["backup", "check"])
def test_backup_and_check_never_use_the_shared_connection(vault: Vault, job: str) -> None:
    """Not one statement from the worker on ``vault.conn``: so no transaction of theirs can
    take in the UI thread's writes, and the UI thread never waits for them."""
    vault.entries.add(_entry("one"))
    seen: list[tuple[int, str]] = []
    vault.conn.set_trace_callback(lambda sql: seen.append((threading.get_ident(), sql)))
    try:
        if job == "backup":
            thread, errors = _in_thread(lambda: make_backup(vault, reason="trace"))
        else:
            thread, errors = _in_thread(lambda: check_vault(vault))
        thread.join(WAIT_S)
    finally:
        vault.conn.set_trace_callback(None)
    assert not thread.is_alive() and errors == []
    from_worker = [sql for ident, sql in seen if ident == thread.ident]
    assert from_worker == []


def test_the_check_never_needs_the_vault_write_lock(vault: Vault) -> None:
    """Its search-index comparison (seconds at 50,000 entries, under a write lock) runs on a
    copy: a write of the UI thread's meanwhile neither waits for it nor fails. Here the UI
    thread holds the vault's write lock for the whole check."""
    for i in range(5):
        vault.entries.add(_entry(f"entry {i}"))
    trashed = vault.entries.add(_entry("in the trash"))
    vault.entries.trash(trashed.id or 0)
    results: list[object] = []
    with vault.transaction():
        vault.entries.add(_entry("written while the check runs"))
        thread, errors = _in_thread(lambda: results.append(check_vault(vault)))
        thread.join(WAIT_S * 3)
    assert not thread.is_alive() and errors == []
    (report,) = results
    assert report.ok, report.problems  # type: ignore[attr-defined]
    assert sum(1 for _ in vault.entries.page()) == 6
    folder = vault.path.parent
    assert sorted(p.name for p in folder.iterdir() if ".part" in p.name) == []


def test_a_snapshot_under_a_held_write_lock_waits_once_then_copies_another_way(
    vault: Vault,
) -> None:
    """A check or a backup started while something holds the vault's write lock for longer
    than a save (a task writing) waits for the full checkpoint once, briefly, then leaves
    the copy to ``sqlcipher_export``: it waited the connection's whole busy timeout three
    times (3 s), then copied that way anyway. Once the lock is gone, the byte copy is made."""
    from supervision_app.storage.snapshot import CHECKPOINT_WAIT_MS, Progress, copy_snapshot
    from supervision_app.storage.vault_key import PRIVATE_BUSY_S

    vault.entries.add(_entry("before"))
    conn = vault.private_connection()
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    temp = vault.path.parent / "snapshot-copy"
    temp.touch()
    try:
        with vault.transaction():
            vault.entries.add(_entry("written while the snapshot is tried"))
            assert copy_snapshot(conn, vault.path, temp, Progress(None, None)) is None
        truncates = [s for s in statements if "wal_checkpoint(TRUNCATE)" in s]
        assert len(truncates) == 1
        assert f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}" in statements
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == PRIVATE_BUSY_S * 1000
        assert copy_snapshot(conn, vault.path, temp, Progress(None, None)) == 2
        assert temp.stat().st_size == vault.path.stat().st_size
    finally:
        conn.close()
        temp.unlink()


def test_cancel_while_the_copy_is_checked_is_a_cancel_not_damage(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel stops SQLite's check of the copy through the backup's progress handler: that
    is BackupCancelled (nothing kept), never reported as a damaged vault."""
    from supervision_app.storage import backup_copy
    from supervision_app.storage.backup import BackupCancelled, backup_folder

    # Look at Cancel every 50 SQLite steps (not 20,000), so this small vault's check is
    # interrupted as a large one's is.
    monkeypatch.setattr(backup_copy, "_TICK_STEPS", 50)
    with vault.transaction():
        for i in range(100):
            vault.entries.add(_entry(f"entry {i}"))
    checking = threading.Event()
    asked: list[int] = []

    def cancelled() -> bool:  # Cancel, well into the check of the copy
        if checking.is_set():
            asked.append(1)
        return len(asked) > 100

    with pytest.raises(BackupCancelled):
        make_backup(
            vault,
            reason="cancelled",
            progress=lambda done: checking.set() if done >= 0.3 else None,
            cancelled=cancelled,
        )
    assert list(backup_folder(vault.path).iterdir()) == []


def test_the_key_for_private_connections_is_wiped_on_close_and_on_passphrase_change(
    vault: Vault, vault_path: Path
) -> None:
    """The vault keeps SQLCipher's key (never the passphrase) only while it is open."""
    first = vault._key
    assert first is not None and any(first._key)
    vault.entries.add(_entry("one"))
    vault.change_passphrase(PASSPHRASE, "another passphrase entirely")
    assert not any(first._key)  # the old key is overwritten
    second = vault._key
    assert second is not None and any(second._key)
    conn = vault.private_connection()  # the new key opens the re-encrypted file
    try:
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 1
    finally:
        conn.close()
    vault.close()
    assert not any(second._key) and vault._key is None
    with pytest.raises(RuntimeError):
        vault.private_connection()
    with Vault.open(vault_path, "another passphrase entirely") as reopened:
        assert reopened.entries.count() == 1


def test_opened_without_keeping_the_key(vault: Vault, vault_path: Path) -> None:
    """A command-line run that makes no backup keeps no key (SQLCipher derives it); a
    passphrase change still works, deriving the key it needs then."""
    vault.entries.add(_entry("one"))
    vault.close()
    with Vault.open(vault_path, PASSPHRASE, keep_key=False) as plain:
        assert plain._key is None
        with pytest.raises(RuntimeError):
            plain.private_connection()
        plain.change_passphrase(PASSPHRASE, "another passphrase entirely")
        assert plain._key is not None
    with Vault.open(vault_path, "another passphrase entirely") as reopened:
        assert reopened.entries.count() == 1
