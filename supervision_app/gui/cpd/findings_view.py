"""The anonymisation check's findings, each in context, with what to do about each one.

For each finding: "Edit the record" (the main window opens it), "Redact in this export"
(``[redacted]`` in the exported copy only) or "Mark as fine" (remembered in the vault, so a
later check does not ask again). Decisions apply to every selected row.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.cpd.hcpc import HcpcProfile
from supervision_app.core.cpd.model import CpdRecord
from supervision_app.export.anonymise import FieldFinding, profile_texts, record_texts
from supervision_app.gui.common.dates import shown_date
from supervision_app.gui.theme import tone_colour
from supervision_app.storage.vault import Vault

COL_RECORD, COL_FIELD, COL_KIND, COL_CONTEXT, COL_DECISION = range(5)
HTML_ROLE = Qt.ItemDataRole.UserRole + 60
UNDECIDED, REDACT, FINE = "", "redact", "fine"
DECISION_LABELS = {
    UNDECIDED: QT_TRANSLATE_NOOP("FindingsModel", "To decide"),
    REDACT: QT_TRANSLATE_NOOP("FindingsModel", "Redact in this export"),
    FINE: QT_TRANSLATE_NOOP("FindingsModel", "Marked as fine"),
}
_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use marks, replaced by HTML after escaping
Index = QModelIndex | QPersistentModelIndex
#: Rows fitted beyond the last one on screen (a page of scrolling).
FIT_AHEAD = 10


@dataclass
class FindingRow:
    item: FieldFinding
    #: The whole text of the field the finding is in (for its context).
    text: str
    #: The entry to open for "Edit the record"; None for the HCPC profile's own text.
    entry_id: int | None
    record_label: str
    decision: str = UNDECIDED
    #: Contexts by marks: the table asks for them on every paint and size hint.
    _contexts: dict[tuple[str, str], str] = field(default_factory=dict, repr=False, compare=False)

    def context(self, marks: tuple[str, str] = ("«", "»")) -> str:
        if (known := self._contexts.get(marks)) is not None:
            return known
        try:
            text = self.item.finding.context(self.text, width=48, marks=marks)
        except ValueError:  # the record changed since the check
            text = self.item.finding.text
        self._contexts[marks] = text
        return text

    def context_html(self) -> str:
        marked = html.escape(self.context((_OPEN, _CLOSE)))
        return marked.replace(
            _OPEN,
            f'<span style="background-color:{tone_colour("mark_bg")};'
            f' color:{tone_colour("mark")}; font-weight:bold;">',
        ).replace(_CLOSE, "</span>")


def finding_rows(
    findings: Sequence[tuple[CpdRecord, Sequence[FieldFinding]]],
    profile: HcpcProfile | None = None,
    profile_findings: Sequence[FieldFinding] = (),
) -> list[FindingRow]:
    rows: list[FindingRow] = []
    for record, found in findings:
        texts = record_texts(record)
        label = f"{shown_date(record.date)} · {record.title}"
        rows.extend(FindingRow(f, texts.get(f.field, ""), record.id, label) for f in found)
    if profile is not None:
        texts = profile_texts(profile)
        rows.extend(
            FindingRow(
                f,
                texts.get(f.field, ""),
                None,
                QCoreApplication.translate("FindingsModel", "HCPC CPD profile"),
            )
            for f in profile_findings
        )
    return rows


class FindingsModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("FindingsModel", "Record"),
        QT_TRANSLATE_NOOP("FindingsModel", "Field"),
        QT_TRANSLATE_NOOP("FindingsModel", "Looks like"),
        QT_TRANSLATE_NOOP("FindingsModel", "In context"),
        QT_TRANSLATE_NOOP("FindingsModel", "Decision"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[FindingRow] = []

    def set_rows(self, rows: list[FindingRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def clear_rows(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(self.HEADERS[section])) if 0 <= section < len(self.HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return [
                row.record_label,
                QCoreApplication.translate("Locations", row.item.field_label),
                QCoreApplication.translate("Identifiers", row.item.kind_label),
                row.context(),
                self.tr(str(DECISION_LABELS[row.decision])),
            ][col]
        if role == HTML_ROLE and col == COL_CONTEXT:
            return row.context_html()
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_RECORD:
            return row.record_label
        if role == Qt.ItemDataRole.FontRole and col == COL_DECISION and row.decision:
            font = QApplication.font()
            font.setItalic(True)
            return font
        return None

    def set_decision(self, rows: Sequence[int], decision: str) -> None:
        for r in rows:
            self.rows[r].decision = decision
            cell = self.index(r, COL_DECISION)
            self.dataChanged.emit(cell, cell)


class HtmlDelegate(QStyledItemDelegate):
    """Draws ``HTML_ROLE`` (the context with the match highlighted) as rich text."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)  # type: ignore[attr-defined]
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        width = option.rect.width()  # type: ignore[attr-defined]
        doc.setTextWidth(width if width > 0 else 420)
        return doc

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(HTML_ROLE) is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        opt.text = ""  # type: ignore[attr-defined]
        style = opt.widget.style() if opt.widget else QApplication.style()  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)  # type: ignore[attr-defined]
        context = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            context.palette.setColor(
                QPalette.ColorRole.Text,
                opt.palette.color(QPalette.ColorRole.HighlightedText),  # type: ignore[attr-defined]
            )
        rect = opt.rect  # type: ignore[attr-defined]
        painter.save()
        painter.translate(rect.topLeft() + QPoint(0, 3))
        painter.setClipRect(rect.translated(-rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        if index.data(HTML_ROLE) is None:
            return super().sizeHint(option, index)
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 6)


class FindingsView(QWidget):
    """The table of findings and the buttons that decide about the selected ones."""

    edit_requested = Signal(object)  # a FindingRow
    decisions_changed = Signal()

    def __init__(self, vault: Vault, *, can_redact: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self.model = FindingsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Likely identifying details"))
        self.table.setItemDelegateForColumn(COL_CONTEXT, HtmlDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_CONTEXT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # Rows fit their text as they come on screen: fitting thousands at once (each laid
        # out as rich text) stalled the window for seconds.
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().lineSpacing() * 2 + 10
        )
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_visible_rows)
        header.sectionResized.connect(lambda *_: self._fit_timer.start())
        self.table.verticalScrollBar().valueChanged.connect(lambda _v: self._fit_timer.start())
        self.table.doubleClicked.connect(lambda _i: self.edit_current())

        self.edit_button = QPushButton(self.tr("&Edit the record"))
        self.redact_button = QPushButton(self.tr("&Redact in this export"))
        self.redact_button.setToolTip(
            self.tr("The exported copy gets [redacted] in its place; your journal is not changed")
        )
        self.fine_button = QPushButton(self.tr("&Mark as fine"))
        self.fine_button.setToolTip(
            self.tr("Remembered for this record: later checks will not ask about it again")
        )
        self.undo_button = QPushButton(self.tr("&Undo decision"))
        self.redact_all_button = QPushButton(self.tr("Redact all &remaining"))
        for button in (self.redact_button, self.redact_all_button):
            button.setVisible(can_redact)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.redact_button, self.fine_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.redact_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.edit_button.clicked.connect(self.edit_current)
        self.redact_button.clicked.connect(lambda: self.decide(REDACT))
        self.fine_button.clicked.connect(lambda: self.decide(FINE))
        self.undo_button.clicked.connect(lambda: self.decide(UNDECIDED))
        self.redact_all_button.clicked.connect(self.redact_remaining)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def load(self, rows: list[FindingRow]) -> None:
        self.model.set_rows(rows)
        widths = {COL_RECORD: 200, COL_FIELD: 140, COL_KIND: 150, COL_DECISION: 150}
        for col, width in widths.items():
            self.table.setColumnWidth(col, width)
        self._fit_timer.start()  # once shown and laid out: narrow columns give tall rows
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def fit_visible_rows(self) -> None:
        """Fit the rows on screen (and a few more) to their text."""
        view, count = self.table, self.model.rowCount()
        if count == 0:
            return
        for _ in range(3):  # a row that shrinks brings the next one on screen
            first = max(view.rowAt(0), 0)
            last = view.rowAt(max(view.viewport().height() - 1, 0))
            last = min(count - 1, (last if last >= 0 else first) + FIT_AHEAD)
            heights = [view.rowHeight(r) for r in range(first, last + 1)]
            for r in range(first, last + 1):
                view.resizeRowToContents(r)
            if heights == [view.rowHeight(r) for r in range(first, last + 1)]:
                break

    @property
    def rows(self) -> list[FindingRow]:
        return self.model.rows

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def unresolved(self) -> int:
        return sum(1 for r in self.rows if r.decision == UNDECIDED)

    def decide(self, decision: str, rows: Sequence[int] | None = None) -> None:
        """Record ``decision`` for the rows (default: the selected ones)."""
        chosen = list(rows) if rows is not None else self.selected_rows()
        for r in chosen:
            row = self.rows[r]
            if row.decision == FINE and decision != FINE:
                self._vault.dismissals.undo(*row.item.key)
            if decision == FINE and row.decision != FINE:
                self._vault.dismissals.dismiss(*row.item.key)
        self.model.set_decision(chosen, decision)
        self._update_buttons()
        self.decisions_changed.emit()

    def redact_remaining(self) -> None:
        self.decide(REDACT, [n for n, r in enumerate(self.rows) if r.decision == UNDECIDED])

    def edit_current(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.edit_requested.emit(self.rows[rows[0]])

    def _update_buttons(self) -> None:
        chosen = [self.rows[r] for r in self.selected_rows()]
        for button in (self.edit_button, self.redact_button, self.fine_button):
            button.setEnabled(bool(chosen))
        self.undo_button.setEnabled(any(r.decision for r in chosen))
        self.redact_all_button.setEnabled(self.unresolved() > 0)
