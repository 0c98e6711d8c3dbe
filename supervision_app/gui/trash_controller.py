"""Moving entries to the Trash, restoring them, and emptying the Trash.

Given the list pane, the vault, and the window's save, refresh and status callbacks: it
never sees the window itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from supervision_app.gui.models.entry_list import ListMode

if TYPE_CHECKING:
    from supervision_app.gui.journal.list_pane import EntryListPane
    from supervision_app.storage.vault import Vault

#: Shows a message in the status bar for a number of milliseconds.
StatusCallback = Callable[[str, int], None]


class TrashController(QObject):
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

    def empty_trash(self, *, confirm: bool = True) -> None:
        vault = self.vault()
        if vault is None:
            return
        n = vault.entries.count(trash=True)
        if n == 0:
            self.status(self.tr("The Trash is already empty."), 5000)
            return
        if confirm:
            answer = QMessageBox.question(
                self.parent_widget,
                self.tr("Empty Trash"),
                self.empty_question(n),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        vault.entries.empty_trash()
        self.pane.model.reload()
        self.pane.select_row(0)
        self.counts_changed()
