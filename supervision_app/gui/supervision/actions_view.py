"""Open actions across all sessions and partners, overdue first, each leading to its session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.errors import JournalError
from supervision_app.core.supervision.markdown import format_date
from supervision_app.core.supervision.views import OpenAction
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.common.wipe import WIPE_ITEMS
from supervision_app.gui.supervision.widgets import ERROR_STYLE, muted, styled_label
from supervision_app.gui.theme import paint_item
from supervision_app.storage.vault import Vault

#: Dates and durations made in core come through the window's language (core/i18n.py).
translate = QCoreApplication.translate

COL_STATUS, COL_ACTION, COL_OWNER, COL_DUE, COL_PARTNER, COL_SESSION = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("ActionsView", "Status"),
    QT_TRANSLATE_NOOP("ActionsView", "Action"),
    QT_TRANSLATE_NOOP("ActionsView", "Owner"),
    QT_TRANSLATE_NOOP("ActionsView", "Due"),
    QT_TRANSLATE_NOOP("ActionsView", "Partner"),
    QT_TRANSLATE_NOOP("ActionsView", "Agreed at"),
)
ACTION_ROLE = Qt.ItemDataRole.UserRole + 50
SESSION_ROLE = Qt.ItemDataRole.UserRole + 51


class ActionsView(QDialog):
    """Non-modal window; ``session_chosen`` asks the main window to open a session."""

    session_chosen = Signal(int)

    def __init__(
        self, vault: Vault, today: Callable[[], dt.date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open supervision actions"))
        self.vault, self.today = vault, today
        self.rows: list[OpenAction] = []
        self.reminders = QListWidget()
        self.reminders.setAccessibleName(self.tr("Reminders"))
        self.reminders.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.reminders.setWordWrap(True)
        self.reminders_box = QGroupBox(self.tr("Reminders"))
        QVBoxLayout(self.reminders_box).addWidget(self.reminders)
        self.partner = QComboBox()
        self.partner.setAccessibleName(self.tr("Show actions with"))
        self.partner.setProperty(WIPE_ITEMS, True)
        self.summary = muted()
        self.summary.setWordWrap(False)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(str(h)) for h in HEADERS])
        self.table.setAccessibleName(self.tr("Open actions, overdue first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_ACTION, QHeaderView.ResizeMode.Stretch)
        for col in (COL_STATUS, COL_OWNER, COL_DUE, COL_PARTNER, COL_SESSION):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.open_button = QPushButton(self.tr("&Open session"))
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.drop_button = QPushButton(self.tr("Mark d&ropped"))
        self.close_button = QPushButton(self.tr("Close"))
        self.error = styled_label(ERROR_STYLE)
        self.error.hide()
        filter_row = QHBoxLayout()
        label = QLabel(self.tr("&Show actions with"))
        label.setBuddy(self.partner)
        filter_row.addWidget(label)
        filter_row.addWidget(self.partner)
        filter_row.addStretch(1)
        filter_row.addWidget(self.summary)
        buttons = QHBoxLayout()
        for b in (self.open_button, self.done_button, self.drop_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminders_box)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.table.itemActivated.connect(lambda _item: self.open_current())
        self.table.currentCellChanged.connect(lambda *_a: self._update_buttons())
        self.partner.currentIndexChanged.connect(lambda _i: self.refresh())
        self.open_button.clicked.connect(self.open_current)
        self.done_button.clicked.connect(lambda: self.set_status("done"))
        self.drop_button.clicked.connect(lambda: self.set_status("dropped"))
        self.close_button.clicked.connect(self.close)
        self._fill_partners()
        self.resize(920, 520)
        self.refresh()

    def _fill_partners(self) -> None:
        self.partner.blockSignals(True)
        self.partner.clear()
        self.partner.addItem(self.tr("All partners"), None)
        for p in self.vault.supervision.partners.list():
            role = self.tr(p.role_label)  # declared: i18n.declared_texts
            self.partner.addItem(self.tr("{name} ({role})").format(name=p.name, role=role), p.id)
        self.partner.blockSignals(False)

    def refresh(self) -> None:
        today = self.today()
        sup = self.vault.supervision
        reminders = sup.reminders(today)
        self.reminders.clear()
        for reminder in reminders:
            self.reminders.addItem("⚠ " + reminder.message)
        self.reminders.setCurrentRow(-1)
        self.reminders_box.setVisible(bool(reminders))
        rows = min(max(len(reminders), 1), 4)
        self.reminders.setFixedHeight(
            rows * self.reminders.sizeHintForRow(0) + 2 * self.reminders.frameWidth() + 4
            if reminders
            else 0
        )
        partner_id = self.partner.currentData()
        self.rows = sup.actions.open_actions(today, partner_id=partner_id)
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, row in enumerate(self.rows):
            action = row.action
            values = (
                self.status_text(row),
                action.text,
                action.owner,
                format_date(action.due_date, translate) if action.due_date else "",
                row.partner_name,
                (
                    format_date(row.session_date, translate)
                    if row.session_date
                    else self.tr("an earlier session")
                ),
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ACTION_ROLE, action.id)
                item.setData(SESSION_ROLE, row.session_id)
                if row.overdue:
                    paint_item(item, "alert")
                    if col == COL_STATUS:
                        item.setFont(bold)
                self.table.setItem(r, col, item)
        overdue = sum(1 for row in self.rows if row.overdue)
        n = len(self.rows)
        self.summary.setText(
            self.tr("%n open action(s), {overdue} overdue", "", n).format(overdue=overdue)
        )
        if self.rows:
            self.table.setCurrentCell(0, COL_ACTION)
        self._update_buttons()

    def status_text(self, row: OpenAction) -> str:
        """The text marker (colour is never the only sign)."""
        if row.overdue:
            return self.tr("⚠ Overdue by %n day(s)", "", row.days_overdue)
        if row.action.due_date is None:
            return self.tr("Open, no due date")
        return self.tr("Open")

    def current(self) -> OpenAction | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _update_buttons(self) -> None:
        current = self.current()
        self.open_button.setEnabled(current is not None and current.session_id is not None)
        self.done_button.setEnabled(current is not None)
        self.drop_button.setEnabled(current is not None)

    def open_current(self) -> None:
        current = self.current()
        if current is not None and current.session_id is not None:
            self.session_chosen.emit(current.session_id)

    def set_status(self, status: str) -> None:
        current = self.current()
        if current is None or current.action.id is None:
            return
        try:
            self.vault.supervision.actions.set_status(current.action.id, status, on=self.today())
        except JournalError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.error.hide()
        self.refresh()
