"""Moving entries to the Trash, restoring them, and emptying the Trash.

Given the list pane, the vault, and the window's save, refresh and status callbacks: it
never sees the window itself. Emptying runs on a worker thread behind a progress dialog with
Cancel (gui/common/tasks.py): deleting 10,000 entries and their index took about 2 CPU
seconds on the UI thread. It is one transaction, so Cancel deletes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from supervision_app.gui.common.errors import error_text
from supervision_app.gui.common.tasks import (
    Task,
    TaskControl,
    run_with_progress,
    was_cancelled,
)
from supervision_app.gui.models.entry_list import ListMode

if TYPE_CHECKING:
    from supervision_app.gui.journal.list_pane import EntryListPane
    from supervision_app.storage.vault import Vault

#: Shows a message in the status bar for a number of milliseconds.
StatusCallback = Callable[[str, int], None]


class TrashController(QObject):
    #: Emptying the Trash has ended: how many entries were deleted (0 if cancelled or failed:
    #: the status bar says why).
    emptied = Signal(int)

    def __init__(
        self,
        pane: EntryListPane,
        vault: Callable[[], Vault | None],
        *,
        save_current: Callable[[], bool],
        counts_changed: Callable[[], None],
        status: StatusCallback,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.pane = pane
        self.vault = vault
        self.save_current = save_current
        self.counts_changed = counts_changed
        self.status = status
        self.parent_widget = parent
        #: Emptying the Trash on a worker thread, if it is running.
        self.task: Task | None = None

    def trash_current(self) -> None:
        vault, summary = self.vault(), self.pane.current_summary()
        if vault is None or summary is None or self.pane.mode is ListMode.TRASH:
            return
        self.save_current()
        row = self.pane.current_row()
        vault.entries.trash(summary.id)
        self.pane.model.remove_entry(summary.id)
        self.pane.select_row(row)
        self.counts_changed()
        self.status(
            self.tr("Moved “{title}” to the Trash.").format(title=summary.display_title), 5000
        )

    def restore_current(self) -> None:
        vault, summary = self.vault(), self.pane.current_summary()
        if vault is None or summary is None or self.pane.mode is not ListMode.TRASH:
            return
        row = self.pane.current_row()
        vault.entries.restore(summary.id)
        self.pane.model.remove_entry(summary.id)
        self.pane.select_row(row)
        self.counts_changed()
        self.status(self.tr("Restored “{title}”.").format(title=summary.display_title), 5000)

    def empty_question(self, n: int) -> str:
        # English says "the entry" for one (supervision_journal_en.ts holds both forms).
        text = self.tr(
            "Permanently delete {count} entry(s) in the Trash? This cannot be undone.", "", n
        )
        return text.format(count=f"{n:,}")

    def empty_trash(self, *, confirm: bool = True) -> bool:
        """Ask (unless ``confirm`` is False), then start deleting every entry in the Trash on
        a worker thread; ``emptied`` says how many. False if it did not start."""
        vault = self.vault()
        if vault is None or self.task is not None:
            return False
        n = vault.entries.count(trash=True)
        if n == 0:
            self.status(self.tr("The Trash is already empty."), 5000)
            return False
        if confirm:
            answer = QMessageBox.question(
                self.parent_widget,
                self.tr("Empty Trash"),
                self.empty_question(n),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes or self.vault() is not vault:
                return False  # not confirmed, or locked while asking

        def work(control: TaskControl) -> int:
            control.check()
            deleted = vault.entries.empty_trash()
            control.check()  # a Cancel too late to stop it: deleted, and said so below
            return deleted

        self.task = run_with_progress(
            self.parent_widget,
            self.tr("Empty Trash"),
            self.tr("Deleting the entries in the Trash…"),
            work,
            on_done=self._emptied,
            on_failed=self._not_emptied,
            interrupt=vault.conn.interrupt,
        )
        return True

    def _emptied(self, deleted: object) -> None:
        self.task = None
        assert isinstance(deleted, int)
        self._refresh()
        self.emptied.emit(deleted)

    def _not_emptied(self, error: BaseException) -> None:
        self.task = None
        if was_cancelled(error):
            text = self.tr("Cancelled: the Trash was not emptied.")
        else:
            text = self.tr("The Trash was not emptied: {reason}").format(reason=error_text(error))
        if self.vault() is not None:  # not locked meanwhile
            self._refresh()
            self.status(text, 0)
        self.emptied.emit(0)

    def _refresh(self) -> None:
        if self.vault() is None:
            return
        self.pane.model.reload()
        self.pane.select_row(0)
        self.counts_changed()
