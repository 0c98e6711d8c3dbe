"""Capability coverage: entries per framework item, what has been neglected, and confidence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.coverage import (
    CoverageRow,
    confidence_with_aliases,
    counts_with_aliases,
    coverage,
    months_ago,
)
from supervision_app.core.frameworks import FrameworkLibrary
from supervision_app.gui.common.combos import fit_long_items
from supervision_app.gui.common.dates import shown_date
from supervision_app.gui.common.keys import enter_opens_row
from supervision_app.gui.theme import paint_item
from supervision_app.storage.vault import Vault

COL_ITEM, COL_ENTRIES, COL_LAST, COL_CONFIDENCE, COL_TREND = range(5)
HISTORY_ROLE = Qt.ItemDataRole.UserRole + 30
REF_ROLE = Qt.ItemDataRole.UserRole + 31
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 32


class SparklineDelegate(QStyledItemDelegate):
    """Draws confidence ratings (1-5) over time as a small line."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: object) -> None:  # type: ignore[override]
        super().paint(painter, option, index)  # type: ignore[arg-type]
        history: list[int] = index.data(HISTORY_ROLE) or []  # type: ignore[attr-defined]
        if not history:
            return
        rect: QRect = option.rect.adjusted(6, 5, -6, -5)  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette  # type: ignore[attr-defined]
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        n = len(history)
        step = rect.width() / max(n - 1, 1)
        points = [
            QPointF(
                rect.left() + i * step if n > 1 else rect.center().x(),
                rect.bottom() - (r - 1) / 4 * rect.height(),
            )
            for i, r in enumerate(history)
        ]
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Link), 2))
        for a, b in zip(points, points[1:], strict=False):
            painter.drawLine(a, b)
        painter.setBrush(palette.color(QPalette.ColorRole.Link))
        for p in points:
            painter.drawEllipse(p, 2.5, 2.5)
        painter.restore()


class CoverageView(QDialog):
    """Non-modal window; asks the main window to show an item's entries in its list."""

    entry_chosen = Signal(int)
    item_chosen = Signal(str)

    def __init__(
        self,
        vault: Vault,
        library: FrameworkLibrary,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Capability coverage"))
        self._vault = vault
        self._library = library
        self._today = today
        self.rows: list[CoverageRow] = []

        self.framework = QComboBox()
        self.framework.setAccessibleName(self.tr("Framework"))
        for fw in library.by_kind("framework"):
            self.framework.addItem(fw.name, fw.id)
        self.framework.setCurrentIndex(max(self.framework.findData("loneliness-capabilities"), 0))
        fit_long_items(self.framework)
        self.months = QSpinBox()
        self.months.setRange(1, 60)
        self.months.setValue(6)
        self.months.setSuffix(self.tr(" months"))
        self.months.setAccessibleName(self.tr("Period"))
        self.summary = QLabel()

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Capability"),
                self.tr("Entries"),
                self.tr("Last reflected"),
                self.tr("Confidence"),
                self.tr("Confidence over time"),
            ]
        )
        self.table.setAccessibleName(self.tr("Coverage of framework items"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        for col in (COL_ENTRIES, COL_LAST, COL_CONFIDENCE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(COL_TREND, 150)
        self.table.setItemDelegateForColumn(COL_TREND, SparklineDelegate(self.table))
        self.table.currentCellChanged.connect(lambda *_: self._show_item_entries())

        self.entries = QListWidget()
        self.entries.setAccessibleName(self.tr("Entries linked to the chosen item"))
        self.entries.itemActivated.connect(self._open_entry)
        enter_opens_row(self.table)
        enter_opens_row(self.entries)
        self.rating = QSpinBox()
        self.rating.setRange(1, 5)
        self.rating.setValue(3)
        self.rating.setAccessibleName(self.tr("Confidence rating from 1 to 5"))
        self.rate_button = QPushButton(self.tr("&Record my confidence"))
        self.rate_button.clicked.connect(self._record_rating)
        self.show_in_list = QPushButton(self.tr("&Show these entries in the journal"))
        self.show_in_list.clicked.connect(self._emit_item)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Framework:")))
        top.itemAt(0).widget().setBuddy(self.framework)  # type: ignore[union-attr]
        top.addWidget(self.framework, 1)
        top.addWidget(QLabel(self.tr("Not reflected on in the last")))
        top.addWidget(self.months)
        rate_row = QHBoxLayout()
        rate_row.addWidget(QLabel(self.tr("Today my confidence in this is (1 low – 5 high):")))
        rate_row.addWidget(self.rating)
        rate_row.addWidget(self.rate_button)
        rate_row.addStretch(1)
        rate_row.addWidget(self.show_in_list)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addLayout(rate_row)
        layout.addWidget(self.entries, 2)
        self.framework.currentIndexChanged.connect(lambda *_: self.refresh())
        self.months.valueChanged.connect(lambda *_: self.refresh())
        self.resize(900, 640)
        self.refresh()

    # -- filling ---------------------------------------------------------------------------

    def refresh(self) -> None:
        fw = self._library.get(str(self.framework.currentData()))
        today = self._today()
        start = months_ago(today, self.months.value())
        self.rows = coverage(
            fw,
            counts_with_aliases(
                self._library, fw.id, self._vault.links.counts, self._vault.links.count_entries
            ),
            today=today,
            period_start=start,
            confidence=confidence_with_aliases(
                self._library, fw.id, self._vault.confidence.latest(fw.id)
            ),
        )
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            marker = "⚠ " if row.neglected else ""
            cells = [
                f"{marker}{row.item.label}",
                str(row.entries),
                shown_date(row.last) if row.last else self.tr("never"),
                str(row.confidence) if row.confidence else "–",
                "",
            ]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(REF_ROLE, row.item.ref)
                if row.neglected:
                    paint_item(cell, "attention")
                    cell.setToolTip(
                        self.tr("Not reflected on since {date}").format(date=shown_date(start))
                    )
                if c == COL_TREND:
                    cell.setData(
                        HISTORY_ROLE, [v for _, v in self._vault.confidence.history(row.item.ref)]
                    )
                if c in (COL_ENTRIES, COL_CONFIDENCE):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, cell)
        neglected = sum(r.neglected for r in self.rows)
        self.summary.setText(
            self.tr("{n} of {total} not reflected on since {date} (marked ⚠).").format(
                n=neglected, total=len(self.rows), date=shown_date(start)
            )
        )
        if self.rows and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self._show_item_entries()

    def current_ref(self) -> str | None:
        row = self.table.currentRow()
        return self.rows[row].item.ref if 0 <= row < len(self.rows) else None

    def _show_item_entries(self) -> None:
        self.entries.clear()
        ref = self.current_ref()
        if ref is None:
            return
        for s in self._vault.links.entries_for(ref, also=self._library.aliases_to(ref)):
            item = QListWidgetItem(
                f"{shown_date(s.practice_date)} — {s.display_title}", self.entries
            )
            item.setData(ENTRY_ROLE, s.id)
        if self.entries.count() == 0:
            QListWidgetItem(self.tr("No entries linked yet."), self.entries).setFlags(
                Qt.ItemFlag.NoItemFlags
            )

    def _open_entry(self, item: QListWidgetItem) -> None:
        entry_id = item.data(ENTRY_ROLE)
        if entry_id is not None:
            self.entry_chosen.emit(int(entry_id))

    def _emit_item(self) -> None:
        ref = self.current_ref()
        if ref:
            self.item_chosen.emit(ref)

    def _record_rating(self) -> None:
        ref = self.current_ref()
        if ref is None:
            return
        row = self.table.currentRow()
        self._vault.confidence.record(ref, self.rating.value(), self._today())
        self.refresh()
        self.table.selectRow(row)
