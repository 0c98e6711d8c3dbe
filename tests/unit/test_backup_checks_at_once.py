"""The backup's two checks of its copy run at once, on two connections and two threads.

Each check reads and decrypts the whole copy (about 1.0 and 1.5 CPU s at 50,000 entries);
one after the other they took most of the backup's 3 s. Real vaults, real threads: what is
checked, and what a check finds, stays the same.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from supervision_app.core.errors import VaultDamaged
from supervision_app.storage import backup_copy
from supervision_app.storage.backup import (
    BackupCancelled,
    backup_folder,
    list_backups,
    make_backup,
    verify_backup,
)
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.damage_helpers import fill, flip, raw_conn

WAIT_S = 10


def test_the_page_check_runs_while_the_structure_check_does(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both checks look at Cancel (SQLite's progress handler) while they run: the page
    check's thread waits there until the structure check, on the backup's own thread, has
    looked too. One after the other (the old code) the page check never asks at all."""
    # At every SQLite step: the page check is one statement of a few steps.
    monkeypatch.setattr(backup_copy, "_TICK_STEPS", 1)
    fill(vault, 100)
    caller = threading.current_thread()
    checking, structure_asked = threading.Event(), threading.Event()
    overlapped: list[bool] = []

    def cancelled() -> bool:
        if not checking.is_set():
            return False  # the copy
        if threading.current_thread() is caller:
            structure_asked.set()
        elif not overlapped:
            overlapped.append(structure_asked.wait(WAIT_S))
        return False

    info = make_backup(
        vault,
        reason="at-once",
        progress=lambda done: checking.set() if done >= 0.3 else None,
        cancelled=cancelled,
    )
    assert overlapped == [True]
    verify_backup(info.path, PASSPHRASE)
    assert info.entries == 100
    assert vault._workers == set()  # both connections closed


def test_damage_only_the_page_check_can_see_stops_the_backup(vault_path: Path) -> None:
    """A changed byte on a free page (no table reads it, so only the page check, on its
    own thread, can find it) still stops the backup: nothing is kept."""
    with Vault.create(vault_path, PASSPHRASE) as v:
        fill(v, 80)
        for item in v.entries.page(limit=60):
            v.entries.trash(item.id)
        v.entries.empty_trash()
    conn = raw_conn(vault_path, PASSPHRASE)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] > 10
        free_page = _a_free_page(vault_path, conn.execute("PRAGMA page_count").fetchone()[0])
    finally:
        conn.close()
    data = bytearray(vault_path.read_bytes())
    vault_path.write_bytes(bytes(flip(data, [free_page - 1])))
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"  # blind to it
        with pytest.raises(VaultDamaged):
            make_backup(v, reason="damaged")
    assert list_backups(vault_path) == []
    assert list(backup_folder(vault_path).iterdir()) == []


def _a_free_page(path: Path, pages: int) -> int:
    """A page (1-based) on the free list: the structure check passes with it changed."""
    good = path.read_bytes()
    copy = path.with_name("probe.sjvault")
    try:
        for page in range(pages, 1, -1):
            copy.write_bytes(bytes(flip(bytearray(good), [page - 1])))
            conn = raw_conn(copy, PASSPHRASE)
            try:
                if conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok":
                    return page
            except sqlcipher.DatabaseError:  # the page is in use: it fails its HMAC
                continue
            finally:
                conn.close()
    finally:
        for leftover in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
            leftover.unlink(missing_ok=True)
    raise AssertionError("no free page found")


def test_cancel_during_both_checks_keeps_nothing(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_copy, "_TICK_STEPS", 50)
    fill(vault, 100)
    checking = threading.Event()

    def cancelled() -> bool:
        return checking.is_set()

    with pytest.raises(BackupCancelled):
        make_backup(
            vault,
            reason="cancelled",
            progress=lambda done: checking.set() if done >= 0.3 else None,
            cancelled=cancelled,
        )
    assert list(backup_folder(vault.path).iterdir()) == []
    assert vault._workers == set()
    assert vault.entries.count() == 100
