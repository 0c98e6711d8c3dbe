"""The dashboard: the practitioner's year as charts, each with its table and a PNG button.

Figures come from ``storage/find/figures.py`` (SQL aggregates: a few milliseconds at
50,000 entries), so building them on the UI thread never stalls the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.find.figures import DashboardFigures, last_twelve_months
from supervision_app.gui.common.dates import read_typed, shown_date
from supervision_app.gui.common.save_task import save_files
from supervision_app.gui.common.tasks import Task
from supervision_app.gui.find.chart_data import CHART_KEYS, dashboard_charts
from supervision_app.gui.find.charts import ChartPanel, chart_png
from supervision_app.storage.find.figures import (
    dashboard_figures,
    entry_years,
    set_nqsw_start,
)
from supervision_app.storage.vault import Vault

LAST_12 = "last12"


class DashboardWindow(QDialog):
    #: Saving every chart has ended: the paths written, and why it stopped ("" if it did not).
    pngs_ended = Signal(list, str)

    def __init__(
        self,
        vault: Vault,
        ref_label: Callable[[str], str] = str,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.ref_label = ref_label
        self.today = today
        #: Charts being saved on a worker thread (gui/common/save_task.py), if any.
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Dashboard"))
        self.resize(980, 820)
        self.figures: DashboardFigures | None = None

        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period shown"))
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period)
        self.stage = QLineEdit()
        self.stage.setPlaceholderText(self.tr("e.g. 1/2/2026"))
        self.stage.setAccessibleName(
            self.tr("First day as a newly qualified social worker (for the employer standard)")
        )
        self.stage.setMaximumWidth(110)
        stage_label = QLabel(self.tr("&Newly qualified from:"))
        stage_label.setBuddy(self.stage)
        self.stage_button = QPushButton(self.tr("Set"))
        self.stage_button.setAccessibleName(self.tr("Set the newly qualified start date"))
        self.stage_button.clicked.connect(self.save_stage)
        self.stage.returnPressed.connect(self.save_stage)
        self.save_all = QPushButton(self.tr("&Save all as PNG…"))
        self.save_all.clicked.connect(self.save_all_png)
        self.message = QLabel()
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addSpacing(12)
        top.addWidget(stage_label)
        top.addWidget(self.stage)
        top.addWidget(self.stage_button)
        top.addStretch(1)
        top.addWidget(self.save_all)

        self.actions_label = QLabel()
        self.actions_label.setWordWrap(True)
        self.overdue = QListWidget()
        self.overdue.setAccessibleName(self.tr("Overdue supervision actions"))
        self.overdue.setMaximumHeight(120)

        self.panels: dict[str, ChartPanel] = {}
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        self._fill_periods()
        self.refresh()

    def _fill_periods(self) -> None:
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItem(self.tr("Last 12 months"), LAST_12)
        years = entry_years(self.vault)
        if years is not None:
            for year in range(years[1], years[0] - 1, -1):
                self.period.addItem(str(year), year)
        self.period.blockSignals(False)

    def span(self) -> tuple[dt.date, dt.date]:
        choice = self.period.currentData()
        if isinstance(choice, int):
            return dt.date(choice, 1, 1), dt.date(choice, 12, 31)
        return last_twelve_months(self.today())

    def refresh(self) -> None:
        start, end = self.span()
        figures = dashboard_figures(self.vault, start, end, self.today())
        self.figures = figures
        stage = figures.nqsw_start
        if not self.stage.hasFocus():
            self.stage.setText(stage.isoformat() if stage else "")
        charts = dashboard_charts(figures, self.ref_label)
        for key in CHART_KEYS:
            if key in self.panels:
                self.panels[key].set_data(charts[key])
            else:
                panel = ChartPanel(key, charts[key])
                panel.save_ended.connect(lambda text, _saved: self.message.setText(text))
                self.panels[key] = panel
                self.body_layout.addWidget(panel)
        if self.body_layout.indexOf(self.actions_label) < 0:
            heading = QLabel(self.tr("<b>Supervision actions</b>"))
            self.body_layout.addWidget(heading)
            self.body_layout.addWidget(self.actions_label)
            self.body_layout.addWidget(self.overdue)
            self.body_layout.addStretch(1)
        self.actions_label.setText(
            self.tr("{open} open, of which {late} overdue (today {today}).").format(
                open=figures.open_actions,
                late=figures.overdue_actions,
                today=shown_date(figures.today),
            )
        )
        self.overdue.clear()
        for action in figures.overdue:
            self.overdue.addItem(
                self.tr("Due {due} — {text} (with {partner})").format(
                    due=shown_date(action.due_date), text=action.text, partner=action.partner
                )
            )
        self.overdue.setVisible(bool(figures.overdue))

    def save_stage(self) -> None:
        text = self.stage.text().strip()
        day = read_typed(text, self.today()) if text else None
        if text and day is None:
            self.message.setText(
                self.tr("'{text}' is not a date: write it as 1/2/2026 or 1 Feb 2026.").format(
                    text=text
                )
            )
            return
        set_nqsw_start(self.vault, day)
        self.message.setText(
            self.tr("The employer standard now counts from {day}.").format(day=shown_date(day))
            if day
            else self.tr("No newly qualified start date: the employer standard is not shown.")
        )
        self.refresh()

    def save_all_png(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save every chart as PNG in"))
        if folder:
            self.write_pngs(Path(folder))

    def write_pngs(self, folder: Path) -> bool:
        """Start drawing every chart and saving it in ``folder`` (``dashboard-KEY.png``) on
        a worker thread, with progress and Cancel; ``pngs_ended`` gives the paths written.
        False if a save is already running."""
        if self.task is not None:
            return False
        files = [
            (folder / f"dashboard-{key}.png", partial(chart_png, panel.chart.data))
            for key, panel in self.panels.items()
        ]
        self.save_all.setEnabled(False)
        self.task = save_files(
            self,
            self.tr("Save every chart as PNG"),
            files,
            on_saved=lambda paths: self._pngs_saved(paths, ""),
            on_failed=lambda failed: self._pngs_saved(failed.written, failed.message()),
        )
        return True

    def _pngs_saved(self, paths: list[Path], problem: str) -> None:
        self.task = None
        self.save_all.setEnabled(True)
        folder = paths[0].parent if paths else ""
        saved = self.tr("Saved %n chart(s) in {folder}.", "", len(paths)).format(folder=folder)
        self.message.setText(f"{saved} {problem}" if paths and problem else problem or saved)
        self.pngs_ended.emit(paths, problem)
