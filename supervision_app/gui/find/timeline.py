"""The timeline: a year of entries as a calendar heatmap, or as a table of months.

Choosing a day or a month (click, Enter, or a row of the table) lists its entries in the
main window: the controller sets a date filter, shown as a chip the user can remove.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.i18n import month_name
from supervision_app.gui.common.dates import shown_date
from supervision_app.gui.find.calendar_heatmap import CalendarHeatmap
from supervision_app.storage.find.figures import day_counts, entry_years
from supervision_app.storage.vault import Vault


def month_rows(year: int, counts: dict[dt.date, int]) -> list[tuple[str, int, int, str]]:
    """(month, entries, days with entries, busiest day) for each month of ``year``."""
    rows = []
    for month in range(1, 13):
        days = {d: n for d, n in counts.items() if d.year == year and d.month == month}
        busiest = max(days.items(), key=lambda kv: (kv[1], -kv[0].day), default=None)
        rows.append(
            (
                f"{month_name(month, QCoreApplication.translate)} {year}",
                sum(days.values()),
                len(days),
                f"{shown_date(busiest[0], year=False)} ({busiest[1]})" if busiest else "",
            )
        )
    return rows


class TimelineWindow(QDialog):
    #: (first day, last day) whose entries the user wants listed.
    dates_chosen = Signal(object, object)

    def __init__(
        self,
        vault: Vault,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Timeline"))
        self.resize(980, 560)
        self.heatmap = CalendarHeatmap()
        self.heatmap.day_chosen.connect(lambda d: self.dates_chosen.emit(d, d))
        self.heatmap.month_chosen.connect(self._month)
        self.table = QTableWidget(12, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Entries"), self.tr("Days with entries"), self.tr("Busiest day")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Entries per month, as a table"))
        self.table.activated.connect(self._row_activated)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.heatmap)
        self.stack.addWidget(self.table)

        self.year = QSpinBox()
        self.year.setRange(1900, 2200)
        self.year.setAccessibleName(self.tr("Year shown"))
        today_year = today().year
        years = entry_years(vault)
        self.year.setValue(min(today_year, years[1]) if years else today_year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        self.summary = QLabel()
        self.toggle = QPushButton(self.tr("Show as &table"))
        self.toggle.clicked.connect(self.toggle_table)
        hint = QLabel(
            self.tr(
                "Click a day, or a month's name, to list its entries. Keyboard: arrows move, "
                "Enter lists the day, Ctrl+Enter the month."
            )
        )
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(self.summary, 1)
        top.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(hint)
        self.refresh()

    def refresh(self) -> None:
        year = self.year.value()
        counts = day_counts(self.vault, dt.date(year, 1, 1), dt.date(year, 12, 31))
        self.heatmap.set_year(year, counts, self.heatmap.chosen)
        total = sum(counts.values())
        self.summary.setText(
            self.tr("{n} entries on {days} days in {year}").format(
                n=total, days=len(counts), year=year
            )
        )
        rows = month_rows(year, counts)
        self.table.setVerticalHeaderLabels([r[0] for r in rows])
        for r, (_name, n, days, busiest) in enumerate(rows):
            for c, text in enumerate((str(n), str(days), busiest)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def toggle_table(self) -> None:
        table = self.stack.currentWidget() is self.heatmap
        self.stack.setCurrentWidget(self.table if table else self.heatmap)
        self.toggle.setText(self.tr("Show as &calendar") if table else self.tr("Show as &table"))
        shown = self.stack.currentWidget()
        if shown is not None:
            shown.setFocus()

    def _row_activated(self, index: QModelIndex) -> None:
        self._month(self.year.value(), index.row() + 1)

    def _month(self, year: int, month: int) -> None:
        last = calendar.monthrange(year, month)[1]
        self.dates_chosen.emit(dt.date(year, month, 1), dt.date(year, month, last))
