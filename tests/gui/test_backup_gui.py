"""Backups in the app: the daily backup after unlock (off the UI thread, once a day, cancelled
by a lock), Restore from backup in the unlock dialog (at start-up and after a lock) and the
File menu, offered by itself for a damaged vault, Check, and the backups-kept preference.
Real vault files, real backups and real damage throughout."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from supervision_app.core.entries import Entry
from supervision_app.gui.common import tasks
from supervision_app.gui.dialogs.backup_dialogs import RestoreDialog
from supervision_app.gui.dialogs.vault_dialogs import UnlockDialog
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.preferences.dialog import PreferencesDialog
from supervision_app.gui.startup import Startup
from supervision_app.storage.backup import backup_folder, list_backups, make_backup
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import fill_vault, open_window, shortcut, unlock

pytestmark = pytest.mark.gui


def settled(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not tasks.any_running(), timeout=20_000)


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


def age_backups(vault_path: Path, days: int = 1) -> None:
    """Rename every backup as if made ``days`` earlier (the name holds the time)."""
    for info in list_backups(vault_path):
        stamp = (info.created - dt.timedelta(days=days)).strftime("%Y%m%dT%H%M%S%f")
        info.path.rename(info.path.with_name(stamp + "Z" + info.path.name.split("Z", 1)[1]))


def damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "flipped":
        for page in range(2, len(data) // 4096):  # bits flipped in every page after the first
            data[page * 4096 + 100] ^= 0xFF
    else:  # cut short, part-way through a page
        del data[len(data) - 4096 - 1000 :]
    path.write_bytes(bytes(data))


def big_vault(path: Path, n: int = 60) -> None:
    """About 6 MB: its backup takes long enough (a quarter of a second) to be interrupted."""
    words = " ".join(f"word{i}" for i in range(6000))
    with Vault.create(path, PASSPHRASE) as v:
        for i in range(n):
            v.entries.add(Entry(title=f"Long reflection {i}", body=f"{i} {words}"))


def test_unlock_makes_the_daily_backup_off_the_ui_thread_once_a_day(
    qtbot: QtBot, vault_path: Path
) -> None:
    fill_vault(vault_path)
    window = open_window(qtbot, vault_path)
    task = window.backups.daily
    assert task is not None  # started after unlock, running on its own thread
    settled(qtbot)
    backups = list_backups(vault_path, PASSPHRASE)
    assert len(backups) == 1 and backups[0].entries == 5
    assert backups[0].path.name.endswith("-daily.sjbackup")
    assert oct(backups[0].path.stat().st_mode & 0o777) == "0o600"
    assert "Today's backup is made." in window.statusBar().currentMessage()
    window.lock()
    unlock(qtbot, window)  # the same day: no second one
    assert window.backups.daily is None
    settled(qtbot)
    assert len(list_backups(vault_path)) == 1
    age_backups(vault_path)  # as if it had been made yesterday: today's is due
    window.lock()
    unlock(qtbot, window)
    settled(qtbot)
    assert len(list_backups(vault_path)) == 2
    window.close()


def test_a_lock_during_the_daily_backup_cancels_it_leaving_nothing(
    qtbot: QtBot, vault_path: Path
) -> None:
    big_vault(vault_path)
    window = MainWindow(vault_path)
    qtbot.addWidget(window)
    window.start()
    running: list[bool] = []

    def lock_at_once() -> None:  # the backup has just started on its thread
        task = window.backups.daily
        running.append(task is not None and task.running)
        window.lock()

    window.unlocked.connect(lock_at_once)
    dialog = window.passphrase_dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.buttons.accepted.emit()
    assert running == [True]
    assert window.is_locked and window.backups.daily is None
    assert not tasks.any_running()
    folder = backup_folder(vault_path)
    left = sorted(os.listdir(folder)) if folder.exists() else []
    assert left == []  # no backup, and no partial (.part) file
    assert "could not be made" not in window.statusBar().currentMessage()

    window.unlocked.disconnect(lock_at_once)
    unlock(qtbot, window)  # the next unlock tries again
    settled(qtbot)
    assert [b.entries for b in list_backups(vault_path, PASSPHRASE)] == [60]
    window.close()


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
    assert dialog.table.item(0, 0).text().startswith(f"{dt.datetime.now():%a} ")
    assert dialog.table.item(0, 3).text() == "Made on request"
    dialog.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # counts; never restores
    qtbot.waitUntil(lambda: dialog.table.item(0, 1).text() == "3", timeout=10_000)
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
    qtbot.waitUntil(lambda: dialog.table.item(0, 1).text() == "3", timeout=10_000)
    restore_first(qtbot, dialog)
    assert dialog.aside is not None and dialog.aside.read_bytes() == damaged  # kept as it was
    dialog.close_button.click()

    unlock(qtbot, window)
    assert window.isVisible() and window.vault is not None
    assert window.vault.entries.count() == 3
    settled(qtbot)
    window.close()


def test_the_unlock_dialog_after_a_lock_offers_restore(qtbot: QtBot, window: MainWindow) -> None:
    settled(qtbot)
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
    settled(qtbot)
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
    settled(qtbot)
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


def test_backups_kept_is_in_preferences_and_applies(qtbot: QtBot, window: MainWindow) -> None:
    settled(qtbot)
    shortcut(qtbot, window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.cpd.windows[-1]
    assert isinstance(dialog, PreferencesDialog)
    dialog.show_tab("Security")
    kept = dialog.control("backups_kept")
    assert isinstance(kept, QSpinBox) and kept.value() == 14 and kept.isVisible()
    assert kept.accessibleName() == "Automatic backups kept"
    kept.setValue(2)
    dialog.buttons.accepted.emit()
    assert window.vault is not None and window.vault.settings.get("backups_kept") == 2

    # Three older backups (real copies of today's), then tomorrow's first unlock: two stay.
    today = list_backups(vault_path := window.vault_path)[0]
    for days in (3, 4, 5):
        stamp = (today.created - dt.timedelta(days=days)).strftime("%Y%m%dT%H%M%S%f")
        shutil.copy2(today.path, today.path.with_name(f"{stamp}Z-daily.sjbackup"))
    age_backups(vault_path)
    window.lock()
    unlock(qtbot, window)
    settled(qtbot)
    left = list_backups(vault_path, PASSPHRASE)
    assert len(left) == 2 and left[0].created.date() == dt.datetime.now(dt.UTC).date()


def test_other_work_stops_the_daily_backup_which_is_tried_again_after_it(
    qtbot: QtBot, vault_path: Path
) -> None:
    """One thread at a time on the vault: the check (like an export) cancels the backup."""
    big_vault(vault_path)
    window = MainWindow(vault_path)
    qtbot.addWidget(window)
    window.backups.retry.setInterval(300)
    window.start()
    running: list[bool] = []

    def check_at_once() -> None:
        task = window.backups.daily
        running.append(task is not None and task.running)
        window.menu_actions.check.trigger()

    window.unlocked.connect(check_at_once)
    unlock(qtbot, window)
    assert running == [True]
    assert window.backups.daily is None  # stopped before the check took the vault
    assert list_backups(vault_path) == []
    qtbot.waitUntil(lambda: window.backups.report is not None, timeout=20_000)
    assert (
        window.backups.report is not None and "Every check passed" in window.backups.report.text()
    )
    window.backups.report.accept()
    qtbot.waitUntil(lambda: len(list_backups(vault_path)) == 1, timeout=20_000)  # tried again
    settled(qtbot)
    assert os.listdir(backup_folder(vault_path)) == [list_backups(vault_path)[0].path.name]
    window.close()


def test_back_up_now_saves_first_and_makes_a_verified_backup(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    settled(qtbot)
    window.editor.title.setFocus()
    window.editor.title.selectAll()
    qtbot.keyClicks(window.editor.title, "Written just before the backup")
    window.menu_actions.back_up.trigger()
    settled(qtbot)
    made = list_backups(window.vault_path, PASSPHRASE)
    assert len(made) == 2 and made[0].path.name.endswith("-manual.sjbackup")
    assert "Backed up 5 entries to" in window.statusBar().currentMessage()
    restore = RestoreDialog(window.vault_path)  # what the restore dialog would list
    qtbot.addWidget(restore)
    assert restore.table.item(0, 3).text() == "Made on request"
    copy = tmp_path / "copy.sjvault"  # a backup is a whole vault: open a copy of it
    shutil.copy2(made[0].path, copy)
    with Vault.open(copy, PASSPHRASE) as v:
        assert "Written just before the backup" in [s.title for s in v.entries.page()]


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


def test_writing_right_after_unlock_stops_the_backup_first_and_it_follows(
    qtbot: QtBot, vault_path: Path
) -> None:
    """The first key press stops the daily backup before any widget sees it, so no write on
    the UI thread can meet the backup on the vault's connection; the backup comes later."""
    big_vault(vault_path)
    window = MainWindow(vault_path)
    qtbot.addWidget(window)
    window.backups.retry.setInterval(300)
    window.start()
    saved: list[bool] = []

    def write_at_once() -> None:  # the backup has just started on its thread
        assert window.backups.daily is not None
        qtbot.keyClick(window.list, Qt.Key.Key_Down)
        assert window.backups.daily is None  # stopped by the key press, before the list had it
        assert list_backups(vault_path) == []
        window.new_entry()  # what Ctrl+N does: a write on the UI thread
        qtbot.keyClicks(window.editor.title, "Typed straight after unlocking")
        saved.append(window.save_current())

    window.unlocked.connect(write_at_once)
    window.passphrase_dialog.passphrase.setText(PASSPHRASE)  # type: ignore[union-attr]
    window.passphrase_dialog.buttons.accepted.emit()  # type: ignore[union-attr]
    assert saved == [True]
    assert window.vault is not None
    titles = [s.title for s in window.vault.entries.page(limit=100)]
    assert "Typed straight after unlocking" in titles
    qtbot.waitUntil(lambda: len(list_backups(vault_path)) == 1, timeout=20_000)  # tried again
    settled(qtbot)
    assert [b.entries for b in list_backups(vault_path, PASSPHRASE)] == [61]
    window.close()


def test_quitting_closes_the_restore_dialog(qtbot: QtBot, window: MainWindow) -> None:
    settled(qtbot)
    window.menu_actions.restore_backup.trigger()
    dialog = window.backups.restore_dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    window.locking.quit_from_anywhere()  # Ctrl+Q over the dialogs
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not dialog.isVisible() and window.backups.restore_dialog is None
