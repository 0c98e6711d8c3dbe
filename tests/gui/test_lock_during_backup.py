"""Locking while the daily backup checks its copy is immediate: the window is locked (the
vault closed, every view cleared) before the backup's worker has stopped.

SQLCipher's page check of the copy stops for neither Cancel nor ``sqlite3_interrupt``, and
the lock used to wait for it (up to 2 s at 50,000 entries, the window frozen). Measured by
behaviour, not time: when the worker's thread ends, the window must already be locked. The
key is wiped only after the worker stops (tests/unit/test_close_during_backup.py); the
backup leaves nothing, and the next unlock's backup runs normally. Real vault, real window.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from supervision_app.core.entries import Entry
from supervision_app.gui.main_window import MainWindow
from supervision_app.storage.backup import backup_folder, list_backups, make_backup
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import copy_of_vault, unlock
from tests.gui.test_backup_daily import age_backups
from tests.gui.test_backup_gui import settled

pytestmark = pytest.mark.gui

#: Attachments of random bytes make a vault whose copy takes a while to check without
#: writing thousands of entries first: 24 MB, 0.35-0.39 s of checking at load 5 (the lock
#: takes a few ms once the copy is seen whole). 48 MB (0.65-0.77 s) cost 1.6 CPU s more over
#: the file; the lock made to wait for the backup's worker still fails the first test.
ATTACHMENTS = 3
ATTACHMENT_BYTES = 8 * 1024 * 1024


def large_vault(path: Path) -> None:
    """A copy of one made once per process (0.7 CPU s to make, 0.04 s to copy)."""

    def make(template: Path) -> None:
        with Vault.create(template, PASSPHRASE) as v:
            entry = v.entries.add(Entry(title="A reflection with files", body="Synthetic words."))
            for i in range(ATTACHMENTS):
                data = os.urandom(ATTACHMENT_BYTES)
                v.attachments.add(entry.id or 0, f"evidence-{i}.bin", data)

    copy_of_vault(path, "large-attachments", make)


def window_checking_its_backup(
    qtbot: QtBot, vault_path: Path
) -> tuple[MainWindow, list[bool], Path]:
    """A window over a large vault, unlocked, once the daily backup's copy is made and its
    check (page by page) is under way; and a list that gets, as the backup's worker ends
    (on its thread), whether the window had closed its vault by then (``window.vault`` is set
    to None just before the vault is closed, and only that close stops the backup)."""
    large_vault(vault_path)
    window = MainWindow(vault_path)
    qtbot.addWidget(window)
    window.start()
    unlock(qtbot, window)
    task = window.backups.daily
    assert task is not None
    ended_closed: list[bool] = []
    task._worker.finished.connect(
        lambda: ended_closed.append(window.vault is None), Qt.ConnectionType.DirectConnection
    )
    folder = backup_folder(vault_path)
    size = vault_path.stat().st_size

    def copied() -> bool:
        parts = [p for p in folder.glob(".*.part")] if folder.exists() else []
        return any(p.stat().st_size >= size for p in parts)

    qtbot.waitUntil(copied, timeout=30_000)
    assert task.running
    return window, ended_closed, folder


def test_lock_while_the_backup_checks_its_copy_does_not_wait_for_it(
    qtbot: QtBot, vault_path: Path
) -> None:
    window, ended_locked, folder = window_checking_its_backup(qtbot, vault_path)
    window.lock()
    assert window.is_locked and window.vault is None
    assert window.model.rowCount() == 0
    settled(qtbot)
    assert ended_locked == [True], "the lock waited for the backup's worker"
    assert os.listdir(folder) == []  # stopped by the lock: no backup, no partial file
    unlock(qtbot, window)  # the next unlock's backup runs normally
    settled(qtbot)
    assert [b.entries for b in list_backups(vault_path, PASSPHRASE)] == [1]
    window.close()


def test_unlock_right_after_a_lock_waits_for_the_stopping_backup(
    qtbot: QtBot, vault_path: Path
) -> None:
    """The vault stays held by the stopping backup for a moment; unlocking then waits for
    it rather than reporting the vault in use."""
    large_vault(vault_path)
    window = MainWindow(vault_path)
    qtbot.addWidget(window)
    window.start()
    unlock(qtbot, window)
    assert window.backups.daily is not None
    window.lock()
    unlock(qtbot, window)
    assert window.vault is not None
    settled(qtbot)
    window.close()


def test_restore_right_after_a_lock_during_the_backup(qtbot: QtBot, vault_path: Path) -> None:
    """File ▸ Restore from backup while the daily backup runs: the lock leaves the backup to
    stop by itself, and the restore waits for it rather than finding the vault in use."""
    large_vault(vault_path)
    with Vault.open(vault_path, PASSPHRASE) as v:
        make_backup(v, reason="earlier")
    age_backups(vault_path)  # made yesterday: today's backup is due at unlock
    window = MainWindow(vault_path)
    qtbot.addWidget(window)
    window.start()
    unlock(qtbot, window)
    task = window.backups.daily
    assert task is not None and task.running
    dialog = window.backups.show_restore()  # locks first
    assert window.is_locked
    (earlier,) = list_backups(vault_path)
    dialog.restore(earlier, PASSPHRASE)  # as after its confirmation
    qtbot.waitUntil(lambda: dialog.aside is not None, timeout=30_000)
    assert "in another window" not in dialog.message.text()
    dialog.close_button.click()
    settled(qtbot)
    window.close()


def test_quit_while_the_backup_checks_its_copy_does_not_wait_for_it(
    qtbot: QtBot, vault_path: Path
) -> None:
    """Ctrl+Q (closing the window) during the daily backup stops it as Lock does: the window
    has closed the vault before the backup's worker ends, and nothing is left behind."""
    window, ended_closed, folder = window_checking_its_backup(qtbot, vault_path)
    assert window.close()
    assert window.vault is None
    settled(qtbot)
    assert ended_closed == [True], "quitting waited for the backup's worker"
    assert os.listdir(folder) == []  # stopped by the quit: no backup, no partial file
    with Vault.open(vault_path, PASSPHRASE) as v:  # released: the next start opens it
        assert v.entries.count() == 1
