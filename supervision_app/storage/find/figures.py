"""The dashboard's and the timeline's figures, computed in SQL (never by loading entries).

Each query groups live entries by month (``substr(practice_date, 1, 7)``) over the period,
walking the list index on practice dates; at 50,000 entries all of them together take a few
milliseconds for a year (``benchmarks/measure_find.py``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from supervision_app.core.find.figures import DashboardFigures, OverdueAction, YearGlance
from supervision_app.core.find.filters import SearchFilters
from supervision_app.core.find.standards import (
    CpdPace,
    agreed_sessions,
    cpd_pace,
    months_between,
    standard_sessions,
)
from supervision_app.core.regulators import DEFAULT_REGULATOR, default_regulators
from supervision_app.storage.find.query import filter_sql

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

#: The vault setting holding the first day as a newly qualified social worker.
NQSW_START = "nqsw_start"
MAX_OVERDUE_LISTED = 20
_MONTH = "substr(e.practice_date, 1, 7)"


def nqsw_start(vault: Vault) -> dt.date | None:
    raw = vault.settings.get(NQSW_START)
    try:
        return dt.date.fromisoformat(str(raw)) if raw else None
    except ValueError:
        return None


def set_nqsw_start(vault: Vault, day: dt.date | None) -> None:
    vault.settings.set(NQSW_START, day.isoformat() if day else None)


def day_counts(
    vault: Vault, start: dt.date, end: dt.date, filters: SearchFilters | None = None
) -> dict[dt.date, int]:
    """Live entries per practice date between ``start`` and ``end`` (for the timeline)."""
    where, params = filter_sql(filters, "e")
    sql = (
        "SELECT e.practice_date, count(*) FROM entries e WHERE e.deleted_at IS NULL"
        " AND e.practice_date BETWEEN ? AND ?"
        + "".join(f" AND {w}" for w in where)
        + " GROUP BY e.practice_date"
    )
    rows = vault.conn.execute(sql, (start.isoformat(), end.isoformat(), *params)).fetchall()
    return {dt.date.fromisoformat(r[0]): int(r[1]) for r in rows}


def _per_month(rows: list[Any], months: list[str]) -> list[int]:
    found = {r[0]: int(r[1] or 0) for r in rows}
    return [found.get(m, 0) for m in months]


_LIVE = "e.deleted_at IS NULL AND e.practice_date BETWEEN ? AND ?"


def _entries_by_kind(vault: Vault, span: tuple[str, str]) -> dict[str, dict[str, int]]:
    by_kind: dict[str, dict[str, int]] = defaultdict(dict)
    for month, kind, n in vault.conn.execute(
        f"SELECT {_MONTH}, e.kind, count(*) FROM entries e WHERE {_LIVE} GROUP BY 1, 2", span
    ):
        by_kind[month][kind] = int(n)
    return by_kind


def _cpd_minutes(vault: Vault, span: tuple[str, str], months: list[str]) -> list[int]:
    rows = vault.conn.execute(
        f"SELECT {_MONTH}, sum(e.minutes) FROM cpd_records c JOIN entries e ON e.id = c.entry_id"
        f" WHERE {_LIVE} GROUP BY 1",
        span,
    ).fetchall()
    return _per_month(rows, months)


def _pace(vault: Vault, end: dt.date, today: dt.date) -> CpdPace:
    settings = vault.cpd_settings.load()
    regulator_id = settings.primary_regulator
    regulator = default_regulators().get(regulator_id) or default_regulators()[DEFAULT_REGULATOR]
    return cpd_pace(regulator, settings.role_for(regulator.id), min(end, today))


def year_glance(vault: Vault, start: dt.date, end: dt.date, today: dt.date) -> YearGlance:
    """Entries and CPD hours per month with the pace (two grouped queries on the date
    index): the home view's panel, the same numbers as :func:`dashboard_figures`."""
    months = months_between(start, end)
    span = (start.isoformat(), end.isoformat())
    by_kind = _entries_by_kind(vault, span)
    return YearGlance(
        months=months,
        entries_by_kind={m: dict(by_kind[m]) for m in months if m in by_kind},
        reflections=[by_kind.get(m, {}).get("reflection", 0) for m in months],
        cpd_minutes=_cpd_minutes(vault, span, months),
        cpd_pace=_pace(vault, end, today),
    )


def dashboard_figures(
    vault: Vault, start: dt.date, end: dt.date, today: dt.date
) -> DashboardFigures:
    conn = vault.conn
    glance = year_glance(vault, start, end, today)
    months = glance.months
    span = (start.isoformat(), end.isoformat())
    live = _LIVE

    index = {m: i for i, m in enumerate(months)}
    coverage: dict[str, list[int]] = {}
    for ref, month, n in conn.execute(
        # Entries of the period first (date index), then their links by key.
        f"SELECT l.ref, {_MONTH}, count(*) FROM entry_links l JOIN entries e"
        f" ON e.id = l.entry_id WHERE {live} GROUP BY 1, 2 ORDER BY 1",
        span,
    ):
        coverage.setdefault(ref, [0] * len(months))[index[month]] = int(n)

    session_rows = conn.execute(
        "SELECT substr(s.session_date, 1, 7), count(*) FROM supervision_sessions s"
        " JOIN entries e ON e.id = s.entry_id JOIN supervision_partners p ON p.id = s.partner_id"
        " WHERE e.deleted_at IS NULL AND p.role = 'supervisor'"
        " AND s.session_date BETWEEN ? AND ? GROUP BY 1",
        span,
    ).fetchall()
    frequencies = [
        int(r[0])
        for r in conn.execute(
            "SELECT a.frequency_days FROM supervision_agreements a"
            " JOIN supervision_partners p ON p.id = a.partner_id"
            " WHERE p.active = 1 AND p.role = 'supervisor' AND a.frequency_days IS NOT NULL"
            " AND a.version = (SELECT max(b.version) FROM supervision_agreements b"
            "                  WHERE b.partner_id = a.partner_id)"
        )
    ]
    live_action = (
        "a.status = 'open' AND (a.session_id IS NULL OR EXISTS (SELECT 1 FROM entries e"
        " WHERE e.id = a.session_id AND e.deleted_at IS NULL))"
    )
    open_n, overdue_n = conn.execute(
        "SELECT count(*), coalesce(sum(a.due_date IS NOT NULL AND a.due_date < ?), 0)"
        f" FROM supervision_actions a WHERE {live_action}",
        (today.isoformat(),),
    ).fetchone()
    overdue = [
        OverdueAction(r[0], dt.date.fromisoformat(r[1]), r[2])
        for r in conn.execute(
            "SELECT a.text, a.due_date, p.name FROM supervision_actions a"
            " JOIN supervision_partners p ON p.id = a.partner_id"
            f" WHERE {live_action} AND a.due_date < ? ORDER BY a.due_date, a.id LIMIT ?",
            (today.isoformat(), MAX_OVERDUE_LISTED),
        )
    ]
    stage = nqsw_start(vault)
    return DashboardFigures(
        start=start,
        end=end,
        today=today,
        months=months,
        entries_by_kind=glance.entries_by_kind,
        reflections=glance.reflections,
        cpd_minutes=glance.cpd_minutes,
        cpd_pace=glance.cpd_pace,
        coverage=coverage,
        sessions=_per_month(session_rows, months),
        agreed_per_month=agreed_sessions(frequencies),
        standard=[standard_sessions(m, stage) for m in months],
        nqsw_start=stage,
        open_actions=int(open_n),
        overdue_actions=int(overdue_n),
        overdue=overdue,
    )


def linked_refs(vault: Vault) -> list[tuple[str, int]]:
    """Framework items with live linked entries, and how many (for the filter choices)."""
    rows = vault.conn.execute(
        "SELECT l.ref, count(*) FROM entry_links l"
        " JOIN entries e INDEXED BY entries_live_dates ON e.id = l.entry_id"
        " WHERE e.deleted_at IS NULL GROUP BY l.ref ORDER BY l.ref"
    ).fetchall()
    return [(r[0], int(r[1])) for r in rows]


def entry_years(vault: Vault) -> tuple[int, int] | None:
    """The first and last calendar years with live entries."""
    row = vault.conn.execute(
        "SELECT min(practice_date), max(practice_date) FROM entries WHERE deleted_at IS NULL"
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return int(row[0][:4]), int(row[1][:4])
