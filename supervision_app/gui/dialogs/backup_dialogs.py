"""Restore from backup: choose one of the automatic backups and put it in place of the journal.

The list shows each backup's date, size, why it was made and (once the passphrase is typed)
its number of entries. Restoring asks first, saying what happens to the current journal,
then says where the replaced journal was kept (storage/backup.py keeps it beside itself).
It runs while the journal is locked: the vault must not be open while its file is
replaced. Counting (a key derivation per salt) and restoring run on a worker thread.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.cpd.model import format_size
from supervision_app.core.errors import JournalError
from supervision_app.gui.common.dates import shown_date
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.common.tasks import (
    Cancelled,
    Task,
    TaskControl,
    finish_cancelled,
    run_with_progress,
)
from supervision_app.storage.backup import BackupInfo, list_backups, restore_backup

COL_DATE, COL_ENTRIES, COL_SIZE, COL_REASON = range(4)


def backup_date(info: BackupInfo) -> str:
    """The backup's local time, e.g. "Thu 3 Dec 2026, 09:52"."""
    local = info.created.astimezone()
    return f"{shown_date(local, weekday=True)}, {local:%H:%M}"


class RestoreDialog(QDialog):
    """Choose a backup and restore it in place of the (closed) vault."""

    #: What was done, in one sentence, after a restore.
    restored = Signal(str)

    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_path = vault_path
        self.backups: list[BackupInfo] = []
        self.task: Task | None = None
        #: The confirmation, while it is asked.
        self.question: QMessageBox | None = None
        #: Where the replaced journal was kept, after a restore.
        self.aside: Path | None = None
        self._swapping = False
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setModal(True)
        self.intro = QLabel(
            self.tr(
                "Your journal is backed up automatically, encrypted with your passphrase, on "
                "the first unlock of each day and before every passphrase change and restore. "
                "Choose a backup to put in place of the journal."
            )
        )
        self.intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Your passphrase, to count entries and restore"))
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.passphrase)
        self.count_button = QPushButton(self.tr("&Count entries"))
        self.count_button.setAccessibleName(self.tr("Count the entries in each backup"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Entries"), self.tr("Size"), self.tr("Made")]
        )
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in (COL_DATE, COL_ENTRIES, COL_SIZE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Restore status"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.close_button = QPushButton(self.tr("C&lose"))
        self.close_button.setAccessibleName(self.tr("Close"))
        for button in (self.count_button, self.restore_button, self.close_button):
            button.setAutoDefault(False)  # Enter in the passphrase counts; it never restores

        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.count_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(680, 420)

        self.count_button.clicked.connect(self.count_entries)
        self.passphrase.returnPressed.connect(self.count_entries)
        self.restore_button.clicked.connect(self.confirm_and_restore)
        self.close_button.clicked.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.fill(list_backups(vault_path))

    def set_note(self, note: str) -> None:
        """Say why the dialog opened by itself (a damaged journal) instead of the usual intro."""
        self.intro.setText(note)

    def reason(self, info: BackupInfo) -> str:
        """Why the backup was made, from its file name ("daily", "before-restore"…)."""
        slug = info.path.name.split("-", 1)[-1].removesuffix(".sjbackup")
        known = {
            "daily": self.tr("First unlock of the day"),
            "manual": self.tr("Made on request"),
            "before-restore": self.tr("Before a restore"),
            "restored": self.tr("Restored backup"),
            "before-passphrase-change": self.tr("Before a passphrase change"),
            "after-passphrase-change": self.tr("After a passphrase change"),
        }
        if slug.startswith("before-upgrade"):
            return self.tr("Before an upgrade")
        return known.get(slug, slug.replace("-", " ").capitalize())

    # -- the list --------------------------------------------------------------------------

    def fill(self, backups: list[BackupInfo]) -> None:
        chosen = self.selected()
        self.backups = backups
        self.table.setRowCount(len(backups))
        for row, info in enumerate(backups):
            entries = "" if info.entries is None else f"{info.entries:,}"
            for col, text in (
                (COL_DATE, backup_date(info)),
                (COL_ENTRIES, entries),
                (COL_SIZE, format_size(info.size, QCoreApplication.translate)),
                (COL_REASON, self.reason(info)),
            ):
                item = QTableWidgetItem(text)
                if col in (COL_ENTRIES, COL_SIZE):
                    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    item.setTextAlignment(right)
                self.table.setItem(row, col, item)
        if not backups:
            self.message.setText(self.tr("There are no backups of this journal yet."))
        paths = [b.path for b in backups]
        if backups:
            self.table.selectRow(paths.index(chosen.path) if chosen in backups else 0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.backups else []
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        idle = self.task is None
        self.restore_button.setEnabled(self.selected() is not None and idle)
        self.count_button.setEnabled(bool(self.backups) and idle)

    def count_entries(self) -> None:
        """Open each backup with the passphrase (on a worker) to show how many entries."""
        passphrase = self.passphrase.text()
        if not passphrase or self.task is not None or not self.backups:
            return

        def done(result: list[BackupInfo]) -> None:
            self.task = None
            self.fill(result)
            if result and all(b.entries is None for b in result):
                self.message.setText(self.tr("None of the backups opens with that passphrase."))
            else:
                self.message.clear()

        self.task = run_with_progress(
            self,
            self.windowTitle(),
            self.tr("Opening the backups…"),
            lambda control: list_backups(self.vault_path, passphrase),
            on_done=done,
            on_failed=self._failed,
        )
        self._update_buttons()

    # -- restoring -------------------------------------------------------------------------

    def confirm_and_restore(self) -> bool:
        """Ask, with Cancel as the default; restore (on a worker) only on Restore."""
        info = self.selected()
        passphrase = self.passphrase.text()
        if info is None or self.task is not None:
            return False
        if not passphrase:
            self.message.setText(self.tr("Type your passphrase first: the backup opens with it."))
            self.passphrase.setFocus()
            return False
        if info.entries is None:
            text = self.tr(
                "Put the backup of {date} in place of your journal? Anything written since "
                "then is not in it. Your current journal is not deleted: it is kept as a file "
                "next to it, and you will be told where."
            ).format(date=backup_date(info))
        else:
            text = self.tr(
                "Put the backup of {date} ({n} entries) in place of your journal? Anything "
                "written since then is not in it. Your current journal is not deleted: it is "
                "kept as a file next to it, and you will be told where."
            ).format(date=backup_date(info), n=f"{info.entries:,}")
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Restore this backup?"), text, parent=self
        )
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        self.question = box
        box.exec()
        self.question = None
        if box.clickedButton() is not restore:
            return False
        self.restore(info, passphrase)
        return True

    def restore(self, info: BackupInfo, passphrase: str) -> None:
        # A backup the lock before this dialog told to stop holds the vault until it has.
        finish_cancelled()

        def work(control: TaskControl) -> Path:
            control.check()
            self._swapping = True  # from here it runs to the end: old vault or new, whole
            return restore_backup(info.path, self.vault_path, passphrase)

        def done(result: Path) -> None:
            self.task = None
            self._swapping = False
            self.aside = result
            self.passphrase.clear()
            text = self.tr("Restored the backup of {date}.").format(date=backup_date(info))
            if result != self.vault_path:
                kept = self.tr("The journal it replaced was kept as {path}.").format(path=result)
                text = f"{text} {kept}"
            self.message.setText(text)
            self.restored.emit(text)
            # The list again (the restored copy joined it), keeping the counts already made.
            counted = {b.path: b.entries for b in self.backups}
            fresh = list_backups(self.vault_path)
            self.fill([replace(b, entries=counted.get(b.path)) for b in fresh])
            self.close_button.setFocus()

        self.task = run_with_progress(
            self,
            self.windowTitle(),
            self.tr("Restoring…"),
            work,
            on_done=done,
            on_failed=self._failed,
        )
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        if isinstance(error, Cancelled) and self._swapping:
            self.message.setText(
                self.tr(
                    "The restore was interrupted. The journal is either as it was or the "
                    "backup, whole; unlock it to see which."
                )
            )
        elif isinstance(error, Cancelled):
            self.message.setText(self.tr("Cancelled: nothing was changed."))
        elif isinstance(error, JournalError | OSError):
            self.message.setText(error_text(error))
        else:
            self.message.setText(
                self.tr("That did not work ({reason}).").format(reason=error_text(error))
            )
        self._swapping = False
        self._update_buttons()
