"""The daily backup after unlock: off the UI thread on a connection of its own, once a day,
alongside what the user does (typing, saving, other work); a lock stops it and leaves
nothing, and the next unlock tries again. Back up now, and the backups-kept preference. Real
vaults and real backup files throughout."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from supervision_app.core.entries import Entry
from supervision_app.gui.common import tasks
from supervision_app.gui.dialogs.backup_dialogs import RestoreDialog
from supervision_app.gui.dialogs.vault_dialogs import UnlockDialog
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.preferences.dialog import PreferencesDialog
from supervision_app.storage.backup import backup_folder, list_backups
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import copy_of_vault, fill_vault, shortcut, unlock
from tests.gui.test_backup_gui import cell, settled

pytestmark = [pytest.mark.gui, pytest.mark.daily_backup]


def age_backups(vault_path: Path, days: int = 1) -> None:
    """Rename every backup as if made ``days`` earlier (the name holds the time)."""
    for info in list_backups(vault_path):
        stamp = (info.created - dt.timedelta(days=days)).strftime("%Y%m%dT%H%M%S%f")
        info.path.rename(info.path.with_name(stamp + "Z" + info.path.name.split("Z", 1)[1]))


def big_vault(path: Path, n: int = 60) -> None:
    """About 6 MB: its backup takes long enough (a quarter of a second) to be interrupted.
    A copy of one made once per process (0.4 CPU s to fill, 5 ms to copy)."""

    def make(template: Path) -> None:
        words = " ".join(f"word{i}" for i in range(6000))
        with Vault.create(template, PASSPHRASE) as v:
            for i in range(n):
                v.entries.add(Entry(title=f"Long reflection {i}", body=f"{i} {words}"))

    copy_of_vault(path, f"big-{n}", make)


def test_unlock_makes_the_daily_backup_off_the_ui_thread_once_a_day(
    qtbot: QtBot, vault_path: Path
) -> None:
    fill_vault(vault_path)
    # Not open_window: it goes on to show the list, whose save would (rightly) stop the
    # backup first when the backup is slower than the switch (a cold start in CI).
    window = MainWindow(vault_path)
    qtbot.addWidget(window)
    window.start()
    unlock(qtbot, window)
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
    assert window.is_locked
    # The lock does not wait for the backup (tests/gui/test_lock_during_backup.py): the
    # backup stops by itself, soon after.
    settled(qtbot)
    assert window.backups.daily is None and not tasks.any_running()
    folder = backup_folder(vault_path)
    left = sorted(os.listdir(folder)) if folder.exists() else []
    assert left == []  # no backup, and no partial (.part) file
    assert "could not be made" not in window.statusBar().currentMessage()

    window.unlocked.disconnect(lock_at_once)
    unlock(qtbot, window)  # the next unlock tries again
    settled(qtbot)
    assert [b.entries for b in list_backups(vault_path, PASSPHRASE)] == [60]
    window.close()


def test_other_work_runs_alongside_the_daily_backup(qtbot: QtBot, vault_path: Path) -> None:
    """The backup has a connection of its own: the check (like an export) does not stop it."""
    big_vault(vault_path)
    window = MainWindow(vault_path)
    qtbot.addWidget(window)
    window.start()
    running: list[bool] = []

    def check_at_once() -> None:
        task = window.backups.daily
        running.append(task is not None and task.running)
        window.menu_actions.check.trigger()
        running.append(task is not None and task.running)  # still running

    window.unlocked.connect(check_at_once)
    unlock(qtbot, window)
    assert running == [True, True]
    qtbot.waitUntil(lambda: window.backups.report is not None, timeout=20_000)
    assert (
        window.backups.report is not None and "Every check passed" in window.backups.report.text()
    )
    window.backups.report.accept()
    settled(qtbot)
    assert [b.entries for b in list_backups(vault_path, PASSPHRASE)] == [60]
    assert os.listdir(backup_folder(vault_path)) == [list_backups(vault_path)[0].path.name]
    window.close()


def test_writing_right_after_unlock_goes_ahead_while_the_backup_runs(
    qtbot: QtBot, vault_path: Path
) -> None:
    """A key press and a save on the UI thread neither stop nor wait for the daily backup,
    and the write is kept: the backup never touches the window's connection."""
    big_vault(vault_path)
    window = MainWindow(vault_path)
    qtbot.addWidget(window)
    window.start()
    saved: list[bool] = []

    def write_at_once() -> None:  # the backup has just started on its thread
        task = window.backups.daily
        assert task is not None and task.running
        qtbot.keyClick(window.list, Qt.Key.Key_Down)
        window.new_entry()  # what Ctrl+N does: a write on the UI thread
        qtbot.keyClicks(window.editor.title, "Typed straight after unlocking")
        saved.append(window.save_current())
        assert window.backups.daily is task and task.running  # neither stopped it

    window.unlocked.connect(write_at_once)
    window.passphrase_dialog.passphrase.setText(PASSPHRASE)  # type: ignore[union-attr]
    window.passphrase_dialog.buttons.accepted.emit()  # type: ignore[union-attr]
    assert saved == [True]
    settled(qtbot)
    assert window.vault is not None
    titles = [s.title for s in window.vault.entries.page(limit=100)]
    assert "Typed straight after unlocking" in titles
    # One backup, made once: a snapshot from before or after the save.
    assert [b.entries for b in list_backups(vault_path, PASSPHRASE)] in ([60], [61])
    window.lock()  # and the write is in the file
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert "Typed straight after unlocking" in [s.title for s in v.entries.page(limit=100)]
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
    assert cell(restore, 0, 3) == "Made on request"
    copy = tmp_path / "copy.sjvault"  # a backup is a whole vault: open a copy of it
    shutil.copy2(made[0].path, copy)
    with Vault.open(copy, PASSPHRASE) as v:
        assert "Written just before the backup" in [s.title for s in v.entries.page()]


def test_backups_kept_is_in_preferences_and_applies(qtbot: QtBot, window: MainWindow) -> None:
    settled(qtbot)
    if not list_backups(window.vault_path):
        # The fixture's switch to the list saved, which stops a slow daily backup (it is
        # retried a minute later); make today's now rather than wait.
        window.backups.start_daily_backup()
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


def test_changing_the_passphrase_stops_the_daily_backup_first(
    qtbot: QtBot, vault_path: Path
) -> None:
    """Re-encrypting every page while a backup reads with the old key on its own connection
    would race it: the backup stops first, and the newest backup opens with the new one."""
    from supervision_app.gui.dialogs.vault_dialogs import ChangePassphraseDialog
    from supervision_app.storage.backup import verify_backup

    new = "another passphrase entirely"
    big_vault(vault_path)
    window = MainWindow(vault_path)
    qtbot.addWidget(window)
    window.start()
    seen: list[bool] = []

    def change_at_once() -> None:  # the backup has just started on its thread
        task = window.backups.daily
        seen.append(task is not None and task.running)
        window.locking.change_passphrase()
        (dialog,) = [w for w in window.findChildren(ChangePassphraseDialog) if w.isVisible()]
        dialog.old.setText(PASSPHRASE)
        dialog.new.setText(new)
        dialog.repeat.setText(new)
        dialog.buttons.accepted.emit()
        seen.append(window.backups.daily is None and task is not None and not task.running)
        dialogs.append(dialog)

    dialogs: list[ChangePassphraseDialog] = []
    window.unlocked.connect(change_at_once)
    unlock(qtbot, window)
    assert seen == [True, True]
    qtbot.waitUntil(lambda: not dialogs[0].isVisible(), timeout=30_000)  # on a worker
    assert "Passphrase changed." in window.statusBar().currentMessage()
    newest = list_backups(vault_path)[0]
    assert newest.path.name.endswith("-after-passphrase-change.sjbackup")
    verify_backup(newest.path, new)
    assert not any(b.path.name.endswith("-daily.sjbackup") for b in list_backups(vault_path))
    window.lock()
    with Vault.open(vault_path, new) as v:
        assert v.entries.count() == 60
    window.close()
