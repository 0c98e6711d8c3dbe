"""Every keyboard shortcut of a window, read from its actions and shortcuts (never typed).

The list is generated each time it is shown: the menus' actions (with the menu they are in),
actions added to widgets (Delete in the list, zoom in session mode) and QShortcut objects
(Ctrl+Enter in a guided reflection), so a new shortcut appears without anyone editing a list.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supervision_app.gui.common.keys import enter_opens_row


@dataclass(frozen=True)
class ShortcutRow:
    keys: str  # as shown to the user (native text)
    command: str
    where: str


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _keys(seqs: list[QKeySequence]) -> str:
    return ", ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in seqs if not s.isEmpty()
    )


def _walk(menu: QMenu, where: str, seen: set[int], rows: list[ShortcutRow]) -> None:
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            _walk(sub, f"{where} ▸ {_plain(action.text())}", seen, rows)
        elif action.shortcuts() and id(action) not in seen:
            seen.add(id(action))
            rows.append(ShortcutRow(_keys(action.shortcuts()), _plain(action.text()), where))


def shortcut_rows(window: QWidget) -> list[ShortcutRow]:
    """Menus first (in menu-bar order), then the other actions and shortcuts of the window
    and of the windows it owns (session mode)."""
    rows: list[ShortcutRow] = []
    seen: set[int] = set()
    if isinstance(window, QMainWindow):
        for top in window.menuBar().actions():
            menu = top.menu()
            if isinstance(menu, QMenu):
                _walk(menu, _plain(top.text()), seen, rows)
    for action in window.findChildren(QAction):
        if action.shortcuts() and id(action) not in seen and action.text():
            seen.add(id(action))
            owner = action.parent()
            where = owner.windowTitle() if isinstance(owner, QWidget) and owner.isWindow() else ""
            rows.append(ShortcutRow(_keys(action.shortcuts()), _plain(action.text()), where))
    for short in window.findChildren(QShortcut):
        parent = short.parent()
        name = short.whatsThis() or short.objectName()
        if short.key().isEmpty() or not name:
            continue
        where = ""
        if isinstance(parent, QWidget):
            where = parent.windowTitle() if parent.isWindow() else parent.accessibleName()
        rows.append(ShortcutRow(_keys([short.key()]), name, where))
    return _merged(rows)


def _merged(rows: list[ShortcutRow]) -> list[ShortcutRow]:
    """One row per command and place (Ctrl+Return and Ctrl+Enter both move on)."""
    out: dict[tuple[str, str], ShortcutRow] = {}
    for row in rows:
        key = (row.command, row.where)
        if key in out:
            out[key] = ShortcutRow(f"{out[key].keys}, {row.keys}", row.command, row.where)
        else:
            out[key] = row
    return list(out.values())


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard shortcuts: a searchable table of every shortcut."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = shortcut_rows(window)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter, e.g. zoom or Ctrl+P"))
        self.filter.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter.setClearButtonEnabled(True)
        self.table = QTableWidget(len(self.rows), 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does"), self.tr("Where")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        enter_opens_row(self.table)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        for r, row in enumerate(self.rows):
            for c, text in enumerate((row.keys, row.command, row.where)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.filter.textChanged.connect(self._filter)
        self.resize(720, 640)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for r, row in enumerate(self.rows):
            hay = f"{row.keys} {row.command} {row.where}".casefold()
            self.table.setRowHidden(r, bool(needle) and needle not in hay)
