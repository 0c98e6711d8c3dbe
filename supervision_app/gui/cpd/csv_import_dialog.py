"""CSV import with column mapping: the first rows of the file, and a column for each field.

The mapping starts from a guess by the columns' names; every change re-checks the whole
file, so the count (or the problem, naming the row and column) is always up to date.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from supervision_app.export.importers import ImportResult, InvalidImport
from supervision_app.export.importers.csv_import import (
    FIELDS,
    csv_preview,
    guess_mapping,
    read_csv,
)
from supervision_app.gui.cpd.import_dialogs import ImportDialog, problem_text
from supervision_app.gui.cpd.widgets import read_only_table, show_message
from supervision_app.storage.vault import Vault

PREVIEW_ROWS = 5
FIELD_LABELS = {
    "title": "Title",
    "body": "Text",
    "date": "Date",
    "tags": "Tags",
    "minutes": "Minutes",
    "hours": "Hours",
    "kind": "Kind of entry",
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
            combo.setAccessibleName(self.tr("Column for {field}").format(field=FIELD_LABELS[field]))
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            label = QLabel(self.tr(FIELD_LABELS[field]))
            label.setBuddy(combo)
            grid.addWidget(label, n // 2, (n % 2) * 2)
            grid.addWidget(combo, n // 2, (n % 2) * 2 + 1)
            self.combos[field] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(mapping)
        self._filling = False
        self.resize(820, 600)

    # -- the file and its columns ----------------------------------------------------------

    def choose(self, path: Path) -> None:
        self.headers = []
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
            self._fill_table(headers, rows)
            self._fill_combos(guess_mapping(headers))
        super().choose(path)

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

        self.read = read_csv(path, self._mapping, local_today(self._vault))
        return write_entries(self._vault, self.read, dry_run=True)
