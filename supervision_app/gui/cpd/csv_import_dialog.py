"""CSV import with column mapping: the first rows of the file, and a column for each field.

The mapping starts from a guess by the columns' names; every change re-checks the whole
file, so the count (or the problem, naming the row and column) is always up to date. A CSV
this app exported is read back into the same fields (no mapping to choose). When every
numeric date could be day first or month first (``1/5/2026``), the dialog shows two of them
read both ways and the user chooses; nothing is imported until they do.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.imports import parse_day
from supervision_app.export.importers import ImportResult, InvalidImport
from supervision_app.export.importers.csv_import import (
    FIELDS,
    csv_preview,
    guess_mapping,
    read_csv,
)
from supervision_app.export.importers.csv_own import is_own_export
from supervision_app.gui.common.dates import shown_date
from supervision_app.gui.cpd.import_dialogs import ImportDialog, problem_text
from supervision_app.gui.cpd.widgets import read_only_table, show_message
from supervision_app.storage.vault import Vault

PREVIEW_ROWS = 5


def _long(day: dt.date) -> str:
    return shown_date(day, long=True)


FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("CsvImportDialog", "Title"),
    "body": QT_TRANSLATE_NOOP("CsvImportDialog", "Text"),
    "date": QT_TRANSLATE_NOOP("CsvImportDialog", "Date"),
    "tags": QT_TRANSLATE_NOOP("CsvImportDialog", "Tags"),
    "minutes": QT_TRANSLATE_NOOP("CsvImportDialog", "Minutes"),
    "hours": QT_TRANSLATE_NOOP("CsvImportDialog", "Hours"),
    "kind": QT_TRANSLATE_NOOP("CsvImportDialog", "Kind of entry"),
}


class CsvImportDialog(ImportDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__("csv", vault, parent)
        self.headers: list[str] = []
        self._mapping: dict[str, str] = {}
        self.table = QTableWidget(0, 0)
        read_only_table(self.table, self.tr("First rows of the file"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setMinimumHeight(150)
        self.combos: dict[str, QComboBox] = {}
        mapping = QGroupBox(self.tr("Take each field from the column"))
        grid = QGridLayout(mapping)
        for n, field in enumerate(FIELDS):
            combo = QComboBox()
            combo.setAccessibleName(
                self.tr("Column for {field}").format(field=self.tr(str(FIELD_LABELS[field])))
            )
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            label = QLabel(self.tr(str(FIELD_LABELS[field])))
            label.setBuddy(combo)
            grid.addWidget(label, n // 2, (n % 2) * 2)
            grid.addWidget(combo, n // 2, (n % 2) * 2 + 1)
            self.combos[field] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.mapping_box = mapping
        self.own_note = QLabel(
            self.tr(
                "This file was exported by Supervision Journal: each column goes back into "
                "the field it came from, CPD details included."
            )
        )
        self.own_note.setWordWrap(True)
        self.own_note.setVisible(False)
        self.own_export = False
        self.date_order: str | None = None
        self.order_box = QGroupBox(self.tr("The dates could be day first or month first"))
        self.order_box.setAccessibleName(self.tr("Order of the dates"))
        self.day_first = QRadioButton()
        self.month_first = QRadioButton()
        self.day_first.setAccessibleName(self.tr("Dates are day first"))
        self.month_first.setAccessibleName(self.tr("Dates are month first"))
        self.order_group = QButtonGroup(self)
        order_layout = QVBoxLayout(self.order_box)
        for button in (self.day_first, self.month_first):
            self.order_group.addButton(button)
            order_layout.addWidget(button)
        self.day_first.toggled.connect(lambda on: self._order_toggled(on, "dmy"))
        self.month_first.toggled.connect(lambda on: self._order_toggled(on, "mdy"))
        self.order_box.setVisible(False)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.own_note)
        self.body.addWidget(mapping)
        self.body.addWidget(self.order_box)
        self._filling = False
        self.resize(820, 600)

    # -- the file and its columns ----------------------------------------------------------

    def choose(self, path: Path) -> None:
        self.headers = []
        self.own_export = False
        self.date_order = None
        self.order_box.setVisible(False)
        self.order_group.setExclusive(False)
        self.day_first.setChecked(False)
        self.month_first.setChecked(False)
        self.order_group.setExclusive(True)
        self._fill_table([], [])
        self._fill_combos({})
        if path.is_file():
            try:
                headers, rows = csv_preview(path, rows=PREVIEW_ROWS)
            except InvalidImport as error:
                self.path.setText(str(path))
                self.ready = False
                self.import_button.setEnabled(False)
                self.preview.clear()
                show_message(self.message, problem_text(error))
                return
            except OSError:
                headers, rows = [], []  # the check below names the problem
            self.headers = headers
            self.own_export = is_own_export(headers)
            self._fill_table(headers, rows)
            self._fill_combos({} if self.own_export else guess_mapping(headers))
        self.own_note.setVisible(self.own_export)
        self.mapping_box.setVisible(not self.own_export)
        super().choose(path)

    def problem(self, error: InvalidImport) -> None:
        """Ambiguous dates: show two of them read both ways, for the user to choose."""
        if not error.date_examples or self.date_order is not None:
            return
        read_as = self.tr("{example} is {date}")
        day_first, month_first = (
            "; ".join(
                read_as.format(example=e, date=_long(parse_day(e, order)))
                for e in error.date_examples
            )
            for order in ("dmy", "mdy")
        )
        self.day_first.setText(
            self.tr("Day first, as in the UK: {examples}").format(examples=day_first)
        )
        self.month_first.setText(
            self.tr("Month first, as in the US: {examples}").format(examples=month_first)
        )
        self.order_box.setVisible(True)

    def _order_toggled(self, on: bool, order: str) -> None:
        if on:
            self.choose_date_order(order)

    def choose_date_order(self, order: str) -> None:
        self.date_order = order
        self.ready = False
        self.import_button.setEnabled(False)
        show_message(self.message, "")
        self.check()

    def _fill_table(self, headers: list[str], rows: list[list[str]]) -> None:
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells[: len(headers)]):
                item = QTableWidgetItem(text.replace("\n", " ⏎ "))
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        for c in range(len(headers)):
            self.table.setColumnWidth(c, 160)

    def _fill_combos(self, guess: dict[str, str]) -> None:
        self._filling = True
        for field, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not imported)"), None)
            for header in self.headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(combo.findData(guess.get(field)), 0))
        self._filling = False

    def mapping(self) -> dict[str, str]:
        return {
            field: str(combo.currentData())
            for field, combo in self.combos.items()
            if combo.currentData() is not None
        }

    def set_column(self, field: str, header: str | None) -> None:
        combo = self.combos[field]
        combo.setCurrentIndex(max(combo.findData(header), 0))

    def _mapping_changed(self) -> None:
        if self._filling or not self.headers:
            return
        self.ready = False
        self.import_button.setEnabled(False)
        self.preview.clear()
        show_message(self.message, "")
        self.check()

    # -- checking and writing --------------------------------------------------------------

    def check(self) -> None:
        self._mapping = self.mapping()  # read the widgets here, not on the worker thread
        super().check()

    def dry_run(self, path: Path) -> ImportResult:
        from supervision_app.storage.bulk import local_today, write_entries

        mapping = None if self.own_export else self._mapping
        self.read = read_csv(path, mapping, local_today(self._vault), date_order=self.date_order)
        return write_entries(self._vault, self.read, dry_run=True)
