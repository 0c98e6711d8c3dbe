"""Moving entries to the Trash, restoring them, and emptying the Trash."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from supervision_app.gui import texts
from supervision_app.gui.models.entry_list import ListMode

if TYPE_CHECKING:
    from supervision_app.gui.main_window import MainWindow


class TrashController:
    def __init__(self, window: MainWindow) -> None:
        self.w = window

    def trash_current(self) -> None:
        summary = self.w._current_summary()
        if self.w.vault is None or summary is None or self.w.model.mode is ListMode.TRASH:
            return
        self.w.save_current()
        row = self.w.list.currentIndex().row()
        self.w.vault.entries.trash(summary.id)
        self.w.model.remove_entry(summary.id)
        self.w._select_row(row)
        self.w._refresh_counts()
        self.w.statusBar().showMessage(
            self.w.tr("Moved “{title}” to the Trash.").format(title=summary.display_title), 5000
        )

    def restore_current(self) -> None:
        summary = self.w._current_summary()
        if self.w.vault is None or summary is None or self.w.model.mode is not ListMode.TRASH:
            return
        row = self.w.list.currentIndex().row()
        self.w.vault.entries.restore(summary.id)
        self.w.model.remove_entry(summary.id)
        self.w._select_row(row)
        self.w._refresh_counts()
        self.w.statusBar().showMessage(
            self.w.tr("Restored “{title}”.").format(title=summary.display_title), 5000
        )

    def empty_question(self, n: int) -> str:
        if n == 1:
            return texts.tr(texts.EMPTY_TRASH_CONFIRM_ONE)
        return texts.tr(texts.EMPTY_TRASH_CONFIRM).format(n=f"{n:,}")

    def empty_trash(self, *, confirm: bool = True) -> None:
        if self.w.vault is None:
            return
        n = self.w.vault.entries.count(trash=True)
        if n == 0:
            self.w.statusBar().showMessage(self.w.tr("The Trash is already empty."), 5000)
            return
        if confirm:
            answer = QMessageBox.question(
                self.w,
                self.w.tr("Empty Trash"),
                self.empty_question(n),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.w.vault.entries.empty_trash()
        self.w.model.reload()
        self.w._select_row(0)
        self.w._refresh_counts()
