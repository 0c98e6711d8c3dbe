"""Backups in the app: the daily backup after unlock, Restore from backup, and Check.

Storage does the work (storage/backup.py, storage/damage.py); this runs it off the UI thread
(gui/common/tasks.py). Backups and the check work on connections of their own
(``Vault.private_connection``), never on the one the window uses, so the UI thread never
waits for them and none of their transactions can take in (and roll back) what the window
writes. The daily backup runs in the background after unlock while the user reads, writes
and saves; locking or quitting cancels it, which leaves no file behind, and the next unlock
tries again. Restoring
replaces the vault's file, so it happens while the journal is locked: from the unlock dialog,
from File ▸ Restore from backup (which locks first), or by itself when opening reports the
vault damaged.

Like the other narrow controllers it never sees the window: it gets a vault provider, the
vault's path, the lock and save functions, the lock screen and a status callback.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from supervision_app.gui.common.errors import error_text
from supervision_app.gui.common.tasks import Cancelled, Task, TaskControl, run_with_progress
from supervision_app.gui.dialogs.backup_dialogs import RestoreDialog
from supervision_app.gui.dialogs.vault_dialogs import UnlockDialog

if TYPE_CHECKING:
    from supervision_app.storage.backup import BackupInfo
    from supervision_app.storage.damage import CheckReport
    from supervision_app.storage.vault import Vault

#: After the daily backup was cancelled, it is tried again this much later (if unlocked).
RETRY_MS = 60_000

#: Shows a message in the status bar for a number of milliseconds (0: until replaced).
StatusCallback = Callable[[str, int], None]


class BackupController(QObject):
    def __init__(
        self,
        vault: Callable[[], Vault | None],
        vault_path: Callable[[], Path],
        *,
        lock: Callable[[], None],
        save_all: Callable[[], bool],
        lock_screen: Callable[[], QWidget | None],
        status: StatusCallback,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.vault_path = vault_path
        self.lock = lock
        self.save_all = save_all
        self.lock_screen = lock_screen
        self.status = status
        self.parent_widget = parent
        self.restore_dialog: RestoreDialog | None = None
        #: The daily backup while it runs, and the last one asked for (File ▸ Back up now).
        self.daily: Task | None = None
        self.manual: Task | None = None
        #: The check's report, while it is shown.
        self.report: QMessageBox | None = None
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self.start_daily_backup)

    # -- the daily backup ------------------------------------------------------------------

    def start_daily_backup(self) -> Task | None:
        """The first unlock of the day backs the vault up, on a worker thread."""
        from supervision_app.storage.backup import backup_due_today, backups_kept, make_backup

        vault = self.vault()
        if vault is None or self.daily is not None or not backup_due_today(vault):
            return None
        keep = backups_kept(vault)

        def work(control: TaskControl) -> BackupInfo:
            return make_backup(
                vault, reason="daily", keep=keep, cancelled=lambda: control.cancelled
            )

        def done(_info: object) -> None:
            self.daily = None
            self.status(self.tr("Today's backup is made."), 5000)

        def failed(error: BaseException) -> None:
            self.daily = None
            if _cancelled(error):
                # Locked or quit meanwhile: the retry then finds no vault, and the next
                # unlock tries again.
                self.retry.start()
                return
            self.status(
                self.tr("Today's backup could not be made: {reason}").format(
                    reason=error_text(error)
                ),
                0,
            )

        # No interrupt: the backup's connection is its own; it looks at Cancel as it goes.
        task = Task(work, self, saves_wait=False)
        task.finished.connect(done)
        task.failed.connect(failed)
        self.daily = task
        task.start()
        return task

    def back_up_now(self) -> None:
        """File ▸ Back up now: a backup on request (saved first), behind a progress dialog."""
        from supervision_app.storage.backup import backups_kept, make_backup

        vault = self.vault()
        if vault is None:
            return
        self.save_all()
        keep = backups_kept(vault)
        title = self.tr("Back up now")

        def work(control: TaskControl) -> BackupInfo:
            return make_backup(
                vault, reason="manual", keep=keep, cancelled=lambda: control.cancelled
            )

        def done(info: BackupInfo) -> None:
            self.status(
                self.tr("Backed up {n} entries to {path}.").format(
                    n=f"{info.entries:,}", path=info.path
                ),
                0,
            )

        def failed(error: BaseException) -> None:
            if _cancelled(error):
                self.status(self.tr("The backup was cancelled; nothing was kept."), 5000)
                return
            self.status(
                self.tr("The backup could not be made: {reason}").format(reason=error_text(error)),
                0,
            )

        self.manual = run_with_progress(
            self.parent_widget,
            title,
            self.tr("Making an encrypted copy of the journal and checking it…"),
            work,
            on_done=done,
            on_failed=failed,
            saves_wait=False,  # a connection of its own (the save above was for the copy)
        )

    # -- restore ---------------------------------------------------------------------------

    def show_restore(self, note: str = "") -> RestoreDialog:
        """The restore dialog over the lock screen (locking first if the journal is open)."""
        if self.vault() is not None:
            self.lock()
        if self.restore_dialog is not None:
            self.restore_dialog.raise_()
            self.restore_dialog.activateWindow()
            return self.restore_dialog
        dialog = RestoreDialog(self.vault_path(), self.lock_screen() or self.parent_widget)
        if note:
            dialog.set_note(note)
        screen = self.lock_screen()
        if isinstance(screen, UnlockDialog) and screen.passphrase.text():
            # Typed already (a damaged journal was just reported): count without asking again.
            dialog.passphrase.setText(screen.passphrase.text())
            screen.passphrase.clear()
        dialog.restored.connect(self._after_restore)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.restore_dialog = dialog
        dialog.open()
        dialog.count_entries()
        return dialog

    def close_restore(self) -> None:
        """Quitting: the restore dialog goes too (a restore under way finishes first)."""
        if self.restore_dialog is not None:
            if self.restore_dialog.task is not None:
                self.restore_dialog.task.wait()
            self.restore_dialog.reject()

    def _after_restore(self, text: str) -> None:
        self.status(text, 0)
        screen = self.lock_screen()
        if isinstance(screen, UnlockDialog):
            screen.after_restore(text)

    def _forget(self, dialog: RestoreDialog) -> None:
        if self.restore_dialog is dialog:
            self.restore_dialog = None
        dialog.passphrase.clear()
        dialog.deleteLater()

    # -- check -----------------------------------------------------------------------------

    def check(self) -> None:
        """Run every integrity check on the open vault (on a worker) and show the report."""
        from supervision_app.storage.damage import check_vault

        vault = self.vault()
        if vault is None:
            return
        self.save_all()
        title = self.tr("Check the journal")

        def show(text: str, ok: bool) -> None:
            icon = QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning
            box = QMessageBox(icon, title, text, parent=self.parent_widget)
            box.setAccessibleName(title)
            self.report = box
            box.finished.connect(lambda _result: self._forget_report(box))
            box.open()

        def done(report: CheckReport) -> None:
            show(self.report_text(report), report.ok)

        def failed(error: BaseException) -> None:
            if isinstance(error, Cancelled):
                self.status(self.tr("The check was cancelled."), 5000)
                return
            show(
                self.tr("The check could not finish: {reason}").format(reason=error_text(error)),
                False,
            )

        run_with_progress(
            self.parent_widget,
            title,
            self.tr("Checking every page of the journal…"),
            lambda control: check_vault(vault, cancelled=lambda: control.cancelled),
            on_done=done,
            on_failed=failed,
            saves_wait=False,  # a connection of its own; its write-locked part is on a copy
        )

    def _forget_report(self, box: QMessageBox) -> None:
        if self.report is box:
            self.report = None
        box.deleteLater()

    def report_text(self, report: CheckReport) -> str:
        if report.ok:
            return self.tr(
                "Every check passed: each page of the journal, its structure, the search "
                "index and the links between records."
            )
        problems = "\n".join(f"• {p}" for p in report.problems)
        return self.tr(
            "The check found problems:\n{problems}\n\nRestore a backup (File ▸ Restore from "
            "backup), or keep working and make a copy of the journal's file first."
        ).format(problems=problems)


def _cancelled(error: BaseException) -> bool:
    """The task was cancelled (by the user, a lock or quitting), not failed."""
    from supervision_app.storage.snapshot import BackupCancelled  # loaded by the backup

    return isinstance(error, Cancelled | BackupCancelled)
