"""The dashboard's charts as data: titles, series and notes from :class:`DashboardFigures`.

Used by the dashboard window, the PNG files and the PDF portfolio alike.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from supervision_app.core.find.figures import DashboardFigures
from supervision_app.gui.find.chart_paint import PALETTE, ChartData, Series

#: Chart keys, in the order shown (and the PNG file names).
CHART_KEYS = ("reflections", "cpd_hours", "coverage", "supervision")


def tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def month_label(month: str) -> str:
    year, number = month.split("-")
    return f"{calendar.month_abbr[int(number)]} {year}"


def dashboard_charts(
    figures: DashboardFigures, ref_label: Callable[[str], str] = str
) -> dict[str, ChartData]:
    labels = [month_label(m) for m in figures.months]
    totals = [figures.entries_total(m) for m in figures.months]
    charts: dict[str, ChartData] = {}
    charts["reflections"] = ChartData(
        tr("Reflections per month"),
        labels,
        [
            Series(tr("Reflections"), list(map(float, figures.reflections)), "bar", PALETTE[0]),
            Series(tr("All entries"), list(map(float, totals)), "bar", "#9dbbd9"),
        ],
    )
    pace = figures.cpd_pace.hours_per_month
    cpd_series = [Series(tr("CPD hours"), list(figures.cpd_hours), "bar", PALETTE[2])]
    if pace is not None:
        cpd_series.append(
            Series(tr("Pace the rule needs"), [pace] * len(labels), "target", PALETTE[3])
        )
    charts["cpd_hours"] = ChartData(
        tr("CPD hours per month"), labels, cpd_series, unit="h", note=figures.cpd_pace.basis
    )
    rows = sorted(
        ((ref_label(ref), values) for ref, values in figures.coverage.items()),
        key=lambda r: (-sum(r[1]), r[0]),
    )
    charts["coverage"] = ChartData(
        tr("Capability coverage: linked entries per item and month"), labels, rows=rows
    )
    sup = [Series(tr("Sessions received"), list(map(float, figures.sessions)), "bar", PALETTE[0])]
    if figures.agreed_per_month is not None:
        sup.append(
            Series(
                tr("Agreed frequency"),
                [figures.agreed_per_month] * len(labels),
                "target",
                PALETTE[1],
            )
        )
    if figures.nqsw_start is not None:
        sup.append(Series(tr("Employer standard"), list(figures.standard), "target", PALETTE[3]))
        note = tr(
            "Employer standard (LGA standard 5): weekly for the first six weeks as a newly "
            "qualified social worker, fortnightly to six months, then at least monthly."
        )
    else:
        note = tr(
            "Set the day you started as a newly qualified social worker to compare with "
            "the employer standard (LGA standard 5)."
        )
    charts["supervision"] = ChartData(tr("Supervision sessions per month"), labels, sup, note=note)
    return charts
