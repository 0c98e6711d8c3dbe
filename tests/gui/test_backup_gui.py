"""Backups in the app: Restore from backup in the unlock dialog (at start-up, even before the
window is built, and after a lock) and the File menu, offered by itself for a damaged vault,
and Tools > Check (the daily backup: test_backup_daily.py). Real vault files, real backups
and real damage (flipped bits, a file cut short)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from supervision_app.core.entries import Entry
from supervision_app.gui.common import tasks
from supervision_app.gui.dialogs.backup_dialogs import RestoreDialog
from supervision_app.gui.dialogs.vault_dialogs import UnlockDialog
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.startup import Startup
from supervision_app.storage.backup import make_backup
from supervision_app.storage.backup_list import list_backups
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import fill_vault, unlock

pytestmark = [pytest.mark.gui, pytest.mark.daily_backup]


def cell(dialog: RestoreDialog, row: int, col: int) -> str:
    item = dialog.table.item(row, col)
    assert item is not None
    return item.text()


def settled(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not tasks.any_running(), timeout=20_000)


def todays_backup(qtbot: QtBot, window: MainWindow) -> None:
    """Settle with today's backup made. The window fixture switches to the list after
    unlocking; that save rightly stops a daily backup still running (slow on a cold CI
    start), which is retried a minute later: make it now rather than wait."""
    settled(qtbot)
    if not list_backups(window.vault_path):
        window.backups.start_daily_backup()
        settled(qtbot)


def answer(dialog: RestoreDialog, choice: str, seen: list[str]) -> None:
    """Click ``choice`` in the confirmation once it is asked (it runs its own event loop)."""

    def click() -> None:
        box = dialog.question
        if box is None:
            QTimer.singleShot(20, click)
            return
        default = box.defaultButton()
        seen.append(default.text() if default is not None else "")
        seen.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == choice).click()

    QTimer.singleShot(0, click)


def restore_first(qtbot: QtBot, dialog: RestoreDialog) -> None:
    """Confirm and restore the selected backup, and wait until it is in place."""
    seen: list[str] = []
    answer(dialog, "Restore", seen)
    assert dialog.confirm_and_restore()
    qtbot.waitUntil(lambda: dialog.aside is not None, timeout=20_000)
    assert seen[0] == "Cancel"  # the default button


def damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "flipped":
        for page in range(2, len(data) // 4096):  # bits flipped in every page after the first
            data[page * 4096 + 100] ^= 0xFF
    else:  # cut short, part-way through a page
        del data[len(data) - 4096 - 1000 :]
    path.write_bytes(bytes(data))


def test_restore_from_the_unlock_dialog_after_confirmation(qtbot: QtBot, vault_path: Path) -> None:
    fill_vault(vault_path, 3)
    with Vault.open(vault_path, PASSPHRASE) as v:
        make_backup(v, reason="manual")
        v.entries.add(Entry(title="Written after the backup", practice_date=dt.date(2026, 3, 1)))
    window = MainWindow(vault_path)
    qtbot.addWidget(window)
    window.start()
    unlock_dialog = window.passphrase_dialog
    assert isinstance(unlock_dialog, UnlockDialog)
    assert unlock_dialog.restore_button.isVisible()
    unlock_dialog.restore_button.click()
    dialog = window.backups.restore_dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    assert dialog.parent() is unlock_dialog
    assert dialog.table.rowCount() == 1
    assert cell(dialog, 0, 0).startswith(f"{dt.datetime.now():%a} ")
    assert cell(dialog, 0, 3) == "Made on request"
    dialog.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # counts; never restores
    qtbot.waitUntil(lambda: cell(dialog, 0, 1) == "3", timeout=10_000)
    assert dialog.aside is None

    seen: list[str] = []
    answer(dialog, "Cancel", seen)
    assert not dialog.confirm_and_restore()
    assert seen[0] == "Cancel" and "(3 entries)" in seen[1] and "kept as a file" in seen[1]
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.entries.count() == 4  # nothing changed

    restore_first(qtbot, dialog)
    assert dialog.aside is not None and dialog.aside.exists()
    assert str(dialog.aside) in dialog.message.text()
    assert str(dialog.aside) in unlock_dialog.note.text()
    dialog.close_button.click()
    assert window.backups.restore_dialog is None
    unlock(qtbot, window)
    assert window.vault is not None and window.vault.entries.count() == 3
    with Vault.open(dialog.aside, PASSPHRASE) as replaced:  # the replaced one, kept whole
        assert replaced.entries.count() == 4
    window.close()


@pytest.mark.parametrize("how", ["flipped", "cut short"])
def test_a_damaged_vault_at_start_up_offers_restore_and_then_opens(
    qtbot: QtBot, vault_path: Path, how: str
) -> None:
    fill_vault(vault_path, 3)
    with Vault.open(vault_path, PASSPHRASE) as v:
        make_backup(v, reason="daily")
    damage(vault_path, how)
    damaged = vault_path.read_bytes()

    startup = Startup(vault_path)  # as the app starts: the dialog first, the window behind it
    startup.begin()
    unlock_dialog = startup.dialog
    assert unlock_dialog is not None
    qtbot.addWidget(unlock_dialog)
    qtbot.waitUntil(lambda: startup.window is not None)
    window = startup.window
    assert window is not None
    qtbot.addWidget(window)
    unlock_dialog.passphrase.setText(PASSPHRASE)
    unlock_dialog.buttons.accepted.emit()
    assert window.is_locked and unlock_dialog.isVisible()
    assert "damaged" in unlock_dialog.error.text()
    assert "not correct" not in unlock_dialog.error.text()
    assert vault_path.read_bytes() == damaged  # opening changed nothing

    dialog = window.backups.restore_dialog  # offered by itself, the passphrase carried over
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    assert "damaged" in dialog.intro.text()
    qtbot.waitUntil(lambda: cell(dialog, 0, 1) == "3", timeout=10_000)
    restore_first(qtbot, dialog)
    assert dialog.aside is not None and dialog.aside.read_bytes() == damaged  # kept as it was
    dialog.close_button.click()

    unlock(qtbot, window)
    assert window.isVisible() and window.vault is not None
    assert window.vault.entries.count() == 3
    settled(qtbot)
    window.close()


def test_the_unlock_dialog_after_a_lock_offers_restore(qtbot: QtBot, window: MainWindow) -> None:
    todays_backup(qtbot, window)
    window.lock()
    dialog = window.passphrase_dialog
    assert isinstance(dialog, UnlockDialog) and dialog.restore_button.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # its mnemonic
    qtbot.waitUntil(lambda: window.backups.restore_dialog is not None)  # clicks after 100 ms
    restore = window.backups.restore_dialog
    assert isinstance(restore, RestoreDialog) and restore.isVisible()
    assert restore.table.rowCount() == 1  # today's
    restore.reject()
    unlock(qtbot, window)


def test_file_menu_restore_saves_and_locks_first(qtbot: QtBot, window: MainWindow) -> None:
    todays_backup(qtbot, window)
    window.editor.title.setFocus()
    window.editor.title.selectAll()
    qtbot.keyClicks(window.editor.title, "Changed just before restoring")
    assert window.editor.dirty
    window.menu_actions.restore_backup.trigger()
    assert window.is_locked
    dialog = window.backups.restore_dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    assert dialog.parent() is window.passphrase_dialog
    assert dialog.table.rowCount() == 1
    with Vault.open(window.vault_path, PASSPHRASE) as v:  # saved before the lock
        assert "Changed just before restoring" in [s.title for s in v.entries.page()]
    dialog.reject()
    unlock(qtbot, window)


def wait_report(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    window.menu_actions.check.trigger()
    qtbot.waitUntil(lambda: window.backups.report is not None, timeout=20_000)
    box = window.backups.report
    assert isinstance(box, QMessageBox)
    return box


def test_check_shows_the_report(qtbot: QtBot, window: MainWindow) -> None:
    todays_backup(qtbot, window)
    box = wait_report(qtbot, window)
    assert "Every check passed" in box.text()
    box.accept()
    assert window.vault is not None
    # Real damage to the search index: one entry's row of the index removed.
    window.vault.conn.execute(
        "DELETE FROM entries_fts_docsize WHERE id = (SELECT min(id) FROM entries)"
    )
    box = wait_report(qtbot, window)
    assert "found problems" in box.text()
    assert "1 entries are missing from the search index" in box.text()
    assert box.icon() == QMessageBox.Icon.Warning
    box.accept()


def test_restore_at_start_up_before_the_window_is_built(qtbot: QtBot, vault_path: Path) -> None:
    """The start-up unlock dialog is on screen before the window exists: Restore still works."""
    fill_vault(vault_path, 2)
    with Vault.open(vault_path, PASSPHRASE) as v:
        make_backup(v, reason="daily")
    startup = Startup(vault_path)
    startup.begin()
    unlock_dialog = startup.dialog
    assert unlock_dialog is not None and startup.window is None
    qtbot.addWidget(unlock_dialog)
    unlock_dialog.restore_button.click()  # before the event loop built the window
    window = startup.window
    assert window is not None
    qtbot.addWidget(window)
    dialog = window.backups.restore_dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    assert dialog.parent() is unlock_dialog and window.passphrase_dialog is unlock_dialog
    assert dialog.table.rowCount() == 1
    dialog.reject()
    qtbot.wait(50)  # the window's own build turn comes and goes: still one restore dialog
    assert window.backups.restore_dialog is None and not window.isVisible()
    unlock(qtbot, window)
    assert window.isVisible() and window.vault is not None
    settled(qtbot)
    window.close()


def test_quitting_closes_the_restore_dialog(qtbot: QtBot, window: MainWindow) -> None:
    todays_backup(qtbot, window)
    window.menu_actions.restore_backup.trigger()
    dialog = window.backups.restore_dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    window.locking.quit_from_anywhere()  # Ctrl+Q over the dialogs
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.backups.restore_dialog is None
    # Closed, and perhaps already deleted (a closed dialog deletes itself).
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
