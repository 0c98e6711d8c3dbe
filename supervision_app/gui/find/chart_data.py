"""The dashboard's charts as data: titles, series and notes from :class:`DashboardFigures`.

Used by the dashboard window, the PNG files and the PDF portfolio alike.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from supervision_app.core.find.figures import DashboardFigures, YearGlance
from supervision_app.core.i18n import month_name, rendered
from supervision_app.gui.find.chart_paint import PALETTE, ChartData, Series

#: Chart keys, in the order shown (and the PNG file names).
CHART_KEYS = ("reflections", "cpd_hours", "coverage", "supervision")


#: Chart texts are looked up under the literal "Dashboard" context (declared in
#: gui/texts.py), written out at each call so that lupdate files them there.
translate = QCoreApplication.translate


def month_label(month: str) -> str:
    year, number = month.split("-")
    return f"{month_name(int(number), translate, short=True)} {year}"


def reflections_chart(figures: DashboardFigures | YearGlance) -> ChartData:
    labels = [month_label(m) for m in figures.months]
    totals = [figures.entries_total(m) for m in figures.months]
    return ChartData(
        translate("Dashboard", "Reflections per month"),
        labels,
        [
            Series(
                translate("Dashboard", "Reflections"),
                list(map(float, figures.reflections)),
                "bar",
                PALETTE[0],
            ),
            Series(
                translate("Dashboard", "All entries"), list(map(float, totals)), "bar", "#9dbbd9"
            ),
        ],
    )


def cpd_chart(figures: DashboardFigures | YearGlance) -> ChartData:
    labels = [month_label(m) for m in figures.months]
    pace = figures.cpd_pace.hours_per_month
    cpd_series = [
        Series(translate("Dashboard", "CPD hours"), list(figures.cpd_hours), "bar", PALETTE[2])
    ]
    if pace is not None:
        cpd_series.append(
            Series(
                translate("Dashboard", "Pace the rule needs"),
                [pace] * len(labels),
                "target",
                PALETTE[3],
            )
        )
    return ChartData(
        translate("Dashboard", "CPD hours per month"),
        labels,
        cpd_series,
        unit="h",
        note=str(rendered(figures.cpd_pace.basis, translate)),
    )


def dashboard_charts(
    figures: DashboardFigures, ref_label: Callable[[str], str] = str
) -> dict[str, ChartData]:
    labels = [month_label(m) for m in figures.months]
    charts: dict[str, ChartData] = {}
    charts["reflections"] = reflections_chart(figures)
    charts["cpd_hours"] = cpd_chart(figures)
    rows = sorted(
        ((ref_label(ref), values) for ref, values in figures.coverage.items()),
        key=lambda r: (-sum(r[1]), r[0]),
    )
    charts["coverage"] = ChartData(
        translate("Dashboard", "Capability coverage: linked entries per item and month"),
        labels,
        rows=rows,
    )
    sup = [
        Series(
            translate("Dashboard", "Sessions received"),
            list(map(float, figures.sessions)),
            "bar",
            PALETTE[0],
        )
    ]
    if figures.agreed_per_month is not None:
        sup.append(
            Series(
                translate("Dashboard", "Agreed frequency"),
                [figures.agreed_per_month] * len(labels),
                "target",
                PALETTE[1],
            )
        )
    if figures.nqsw_start is not None:
        sup.append(
            Series(
                translate("Dashboard", "Employer standard"),
                list(figures.standard),
                "target",
                PALETTE[3],
            )
        )
        note = translate(
            "Dashboard",
            "Employer standard (LGA standard 5): weekly for the first six weeks as a newly "
            "qualified social worker, fortnightly to six months, then at least monthly.",
        )
    else:
        note = translate(
            "Dashboard",
            "Set the day you started as a newly qualified social worker to compare with "
            "the employer standard (LGA standard 5).",
        )
    charts["supervision"] = ChartData(
        translate("Dashboard", "Supervision sessions per month"), labels, sup, note=note
    )
    return charts
