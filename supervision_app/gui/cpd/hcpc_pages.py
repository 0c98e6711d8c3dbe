"""Two pages of the HCPC profile: the evidence chosen, and the dated activities with gaps."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.cpd.hcpc import MAX_ACTIVITIES, MIN_ACTIVITIES
from supervision_app.core.cpd.model import CpdRecord
from supervision_app.core.cpd.year import Gap, record_cells
from supervision_app.gui.common.dates import shown_date
from supervision_app.gui.cpd.widgets import DONE_MARK, PROBLEM_MARK, read_only_table

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 70


def describe_record(record: CpdRecord) -> str:
    return f"{shown_date(record.date)} · {record.title} ({record.activity_label})"


class EvidencePage(QWidget):
    """CPD records with a tick for "described in my statement", in the statement's order."""

    changed = Signal()
    entry_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        intro = QLabel(
            self.tr(
                "Tick the 4 to 6 activities your personal statement describes, and put them in "
                "the order it takes them. Double-click one to open it."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("CPD records to choose as evidence"))
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Activities chosen"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.itemChanged.connect(self._ticked)
        self.list.itemActivated.connect(lambda item: self.entry_chosen.emit(item.data(ENTRY_ROLE)))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))

    def load(self, records: Sequence[CpdRecord], chosen: Sequence[int]) -> None:
        self._loading = True
        self.list.clear()
        by_id = {r.id: r for r in records}
        ordered = [by_id[i] for i in chosen if i in by_id]
        ordered += [r for r in records if r.id not in set(chosen)]
        for record in ordered:
            item = QListWidgetItem(describe_record(record), self.list)
            item.setData(ENTRY_ROLE, record.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = record.id in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self._loading = False
        self._show_count()

    def chosen_ids(self) -> list[int]:
        return [
            int(self.list.item(n).data(ENTRY_ROLE))
            for n in range(self.list.count())
            if self.list.item(n).checkState() == Qt.CheckState.Checked
        ]

    def set_chosen(self, ids: Sequence[int]) -> None:
        for n in range(self.list.count()):
            item = self.list.item(n)
            wanted = item.data(ENTRY_ROLE) in ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self._loading = True
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._loading = False
        self.changed.emit()

    def _ticked(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self._show_count()
            self.changed.emit()

    def _show_count(self) -> None:
        n = len(self.chosen_ids())
        ok = MIN_ACTIVITIES <= n <= MAX_ACTIVITIES
        self.count.setText(
            self.tr("{mark} {n} chosen (the HCPC asks for {low} to {high})").format(
                mark=DONE_MARK if ok else PROBLEM_MARK, n=n, low=MIN_ACTIVITIES, high=MAX_ACTIVITIES
            )
        )


class ActivitiesPage(QWidget):
    """The dated list of CPD activities in the period, and each gap with its explanation."""

    notes_changed = Signal()
    entry_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Activity"), self.tr("Type"), self.tr("Time")]
        )
        read_only_table(self.table, self.tr("Dated list of CPD activities"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda item: self._open(item.row(), 0))
        self.gaps_box = QGroupBox(self.tr("Gaps of three months or more (explain each one)"))
        self.gaps_form = QFormLayout(self.gaps_box)
        self.no_gaps = QLabel(self.tr("No gaps of three months or more in this period."))
        self.gaps_form.addRow(self.no_gaps)
        self.gap_edits: dict[str, QLineEdit] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.gaps_box)

    def load(
        self, records: Sequence[CpdRecord], gaps: Sequence[Gap], notes: dict[str, str]
    ) -> None:
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            cells = record_cells(record, QCoreApplication.translate)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ENTRY_ROLE, record.id)
                self.table.setItem(row, col, item)
        kept = self.notes() | notes
        while self.gaps_form.rowCount() > 1:
            self.gaps_form.removeRow(1)
        self.gap_edits = {}
        for gap in gaps:
            label = gap.label_text(QCoreApplication.translate)
            edit = QLineEdit(kept.get(gap.key, ""))
            edit.setAccessibleName(self.tr("Explanation of the gap {label}").format(label=label))
            edit.setPlaceholderText(self.tr("e.g. parental leave, illness, a career break"))
            edit.textEdited.connect(lambda _t: self.notes_changed.emit())
            self.gap_edits[gap.key] = edit
            self.gaps_form.addRow(f"{PROBLEM_MARK} {label}", edit)
        self.no_gaps.setVisible(not gaps)

    def notes(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.gap_edits.items() if edit.text().strip()}

    def _open(self, row: int, _col: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.entry_chosen.emit(int(item.data(ENTRY_ROLE)))
