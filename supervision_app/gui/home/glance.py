"""The home view's dashboard panel: the last twelve months in two small charts.

Reflections (and all entries) per month, and CPD hours per month against the pace the
chosen regulator's rule needs: the dashboard's own first two charts (``gui/find``), drawn
small. Each chart takes focus with Tab (its description is a one-sentence summary for a
screen reader) and its "Show as table" button switches to every figure in a table; the
last button opens the full dashboard. The numbers are :class:`YearGlance`, counted in SQL.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from supervision_app.core.find.figures import YearGlance
from supervision_app.core.find.standards import CpdPace
from supervision_app.gui.find.chart_data import cpd_chart, reflections_chart
from supervision_app.gui.find.charts import ChartPanel

#: The charts' height on home: a glance, not the dashboard.
CHART_HEIGHT = 190
#: No months: the charts keep their titles (and accessible names) but show no figure.
EMPTY = YearGlance([], {}, [], [], CpdPace(None, ""))


class GlancePanel(QGroupBox):
    show_dashboard = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your last 12 months"), parent)
        self.setAccessibleName(self.tr("Your last 12 months"))
        self.glance: YearGlance | None = None
        self.reflections = ChartPanel(
            "reflections", reflections_chart(EMPTY), compact_height=CHART_HEIGHT
        )
        self.cpd = ChartPanel("cpd_hours", cpd_chart(EMPTY), compact_height=CHART_HEIGHT)
        charts = QHBoxLayout()
        charts.addWidget(self.reflections, 1)
        charts.addWidget(self.cpd, 1)
        self.dashboard_button = QPushButton(self.tr("Open the &dashboard"))
        self.dashboard_button.setAccessibleName(
            self.tr("Open the dashboard: every chart, by period")
        )
        self.dashboard_button.clicked.connect(lambda _c=False: self.show_dashboard.emit())
        layout = QVBoxLayout(self)
        layout.addLayout(charts)
        layout.addWidget(self.dashboard_button, 0, Qt.AlignmentFlag.AlignLeft)

    @property
    def panels(self) -> tuple[ChartPanel, ChartPanel]:
        return self.reflections, self.cpd

    def show_glance(self, glance: YearGlance) -> None:
        self.glance = glance
        self.reflections.set_data(reflections_chart(glance))
        self.cpd.set_data(cpd_chart(glance))

    def forget(self) -> None:
        """On lock: no figure stays painted or in a table."""
        self.show_glance(EMPTY)
        self.glance = None
