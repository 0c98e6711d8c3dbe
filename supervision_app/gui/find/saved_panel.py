"""Saved searches in the sidebar: choose one to run it, save the current one, rename one
(F2, or the list's context menu) or delete one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supervision_app.storage.find.saved import SavedSearch

SAVED_ROLE = Qt.ItemDataRole.UserRole + 40


class SavedSearchesPanel(QWidget):
    chosen = Signal(object)  # SavedSearch
    save_requested = Signal()
    delete_requested = Signal(object)  # SavedSearch
    rename_requested = Signal(object)  # SavedSearch

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Saved searches"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Saved searches"))
        self.list.setMaximumHeight(110)
        self.heading.setBuddy(self.list)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.save_button = QPushButton(self.tr("Save search…"))
        self.save_button.setAccessibleName(self.tr("Save the current search"))
        self.save_button.clicked.connect(self.save_requested)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected saved search"))
        self.delete_button.clicked.connect(self._delete)
        # Rename and Delete on the list's context menu (Shift+F10 or the menu key too);
        # F2 renames the selected search, as in a file manager.
        self.rename_action = QAction(self.tr("&Rename…"), self.list)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.rename_action.triggered.connect(self._rename)
        self.delete_action = QAction(self.tr("&Delete"), self.list)
        self.delete_action.triggered.connect(self._delete)
        self.list.addActions([self.rename_action, self.delete_action])
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_searches(self, searches: list[SavedSearch]) -> None:
        self.list.clear()
        for s in searches:
            item = QListWidgetItem(s.name)
            item.setData(SAVED_ROLE, s)
            item.setToolTip(s.query or self.tr("(filters only)"))
            self.list.addItem(item)
        self.list.setVisible(bool(searches))
        self.delete_button.setEnabled(bool(searches))
        self.rename_action.setEnabled(bool(searches))
        self.delete_action.setEnabled(bool(searches))

    def _activated(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(SAVED_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # F2 reaches the list as a key press when no shortcut took it (offscreen, or while
        # the window is not active); either way it renames.
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F2
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self._rename()
            return True
        return super().eventFilter(watched, event)

    def select(self, saved_id: int) -> None:
        """Make the saved search ``saved_id`` the current row (after a rename)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(SAVED_ROLE).id == saved_id:
                self.list.setCurrentRow(row)
                return

    def _rename(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.rename_requested.emit(item.data(SAVED_ROLE))

    def _delete(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.delete_requested.emit(item.data(SAVED_ROLE))
