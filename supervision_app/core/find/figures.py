"""The dashboard's figures for a period, month by month (built by ``storage/find/figures``).

Plain values, so the app's charts and tables, the command line's ``stats`` and the PDF all
show the same numbers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from supervision_app.core.cpd.year import add_months
from supervision_app.core.find.standards import CpdPace


def last_twelve_months(today: dt.date) -> tuple[dt.date, dt.date]:
    """The first day of the month eleven months ago to the last day of this month."""
    end = add_months(today.replace(day=1), 1) - dt.timedelta(days=1)
    return add_months(today.replace(day=1), -11), end


@dataclass(frozen=True)
class OverdueAction:
    text: str
    due_date: dt.date
    partner: str


@dataclass(frozen=True)
class DashboardFigures:
    start: dt.date
    end: dt.date
    today: dt.date
    #: Every month of the period as ``YYYY-MM``; each list below has one value per month.
    months: list[str]
    #: month -> kind -> live entries with a practice date in that month.
    entries_by_kind: dict[str, dict[str, int]]
    reflections: list[int]
    cpd_minutes: list[int]
    cpd_pace: CpdPace
    #: framework item ref -> linked entries per month (items with at least one link).
    coverage: dict[str, list[int]]
    #: Supervision received: sessions with partners whose role is supervisor.
    sessions: list[int]
    agreed_per_month: float | None
    #: Sessions the employer standard asks for, per month (None without ``nqsw_start``).
    standard: list[float | None]
    nqsw_start: dt.date | None
    open_actions: int
    overdue_actions: int
    overdue: list[OverdueAction] = field(default_factory=list)

    @property
    def cpd_hours(self) -> list[float]:
        return [round(m / 60, 2) for m in self.cpd_minutes]

    def entries_total(self, month: str) -> int:
        return sum(self.entries_by_kind.get(month, {}).values())


@dataclass(frozen=True)
class YearGlance:
    """The home view's two small charts: entries and CPD hours per month, with the pace.

    Counted by the same queries as :class:`DashboardFigures` (``storage/find/figures``), so
    the two always agree; the rest of the dashboard is left out to keep home quick.
    """

    months: list[str]
    entries_by_kind: dict[str, dict[str, int]]
    reflections: list[int]
    cpd_minutes: list[int]
    cpd_pace: CpdPace

    @property
    def cpd_hours(self) -> list[float]:
        return [round(m / 60, 2) for m in self.cpd_minutes]

    def entries_total(self, month: str) -> int:
        return sum(self.entries_by_kind.get(month, {}).values())
