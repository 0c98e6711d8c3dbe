"""``stats``: the dashboard's figures on standard output (text, or JSON with ``--json``)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from supervision_app.cli.common import UsageError, add_command, open_vault, print_json
from supervision_app.cli.filters import add_date_options

if TYPE_CHECKING:
    from supervision_app.core.find.figures import DashboardFigures


def _period(args: argparse.Namespace, today: dt.date) -> tuple[dt.date, dt.date]:
    from supervision_app.core.cpd.year import add_months

    first = today.replace(day=1)
    end = args.date_to or add_months(first, 1) - dt.timedelta(days=1)
    start = args.date_from or add_months(end.replace(day=1), -11)
    if start > end:
        raise UsageError(
            f"The start date {start.isoformat()} is after the end date {end.isoformat()}."
        )
    return start, end


def stats_json(f: DashboardFigures, labels: dict[str, str]) -> dict[str, Any]:
    """The ``stats --json`` object (docs/cli.md)."""
    return {
        "from": f.start.isoformat(),
        "to": f.end.isoformat(),
        "today": f.today.isoformat(),
        "months": [
            {
                "month": m,
                "entries": f.entries_total(m),
                "by_kind": f.entries_by_kind.get(m, {}),
                "reflections": f.reflections[i],
                "cpd_minutes": f.cpd_minutes[i],
                "cpd_hours": f.cpd_hours[i],
                "sessions": f.sessions[i],
                "standard_sessions": f.standard[i],
            }
            for i, m in enumerate(f.months)
        ],
        "cpd": {
            "pace_hours_per_month": f.cpd_pace.hours_per_month,
            "basis": f.cpd_pace.basis,
        },
        "coverage": [
            {
                "ref": ref,
                "label": labels.get(ref, ref),
                "total": sum(values),
                "per_month": dict(zip(f.months, values, strict=True)),
            }
            for ref, values in sorted(f.coverage.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
        ],
        "supervision": {
            "agreed_per_month": f.agreed_per_month,
            "nqsw_start": f.nqsw_start.isoformat() if f.nqsw_start else None,
        },
        "actions": {
            "open": f.open_actions,
            "overdue": f.overdue_actions,
            "overdue_items": [
                {"text": a.text, "due_date": a.due_date.isoformat(), "partner": a.partner}
                for a in f.overdue
            ],
        },
    }


def _labels(vault: Any, refs: list[str]) -> dict[str, str]:
    from supervision_app.storage.reflection import library_with_templates

    library = library_with_templates(vault)
    labels = {}
    for ref in refs:
        try:
            fw, item = library.item(ref)
            labels[ref] = f"{item.label} ({fw.name})"
        except (KeyError, ValueError):
            labels[ref] = ref
    return labels


def _num(value: float | None) -> str:
    if value is None:
        return "-"
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _print_text(f: DashboardFigures, labels: dict[str, str]) -> None:
    print(f"Figures from {f.start.isoformat()} to {f.end.isoformat()}")
    print()
    print("month    entries  reflections  CPD hours  sessions  standard")
    for i, m in enumerate(f.months):
        print(
            f"{m}  {f.entries_total(m):>7}  {f.reflections[i]:>11}  {_num(f.cpd_hours[i]):>9}"
            f"  {f.sessions[i]:>8}  {_num(f.standard[i]):>8}"
        )
    print()
    pace = f.cpd_pace.hours_per_month
    if pace is None:
        print(f"CPD pace: no hours to keep up. {f.cpd_pace.basis}")
    else:
        print(f"CPD pace: {_num(pace)} hours a month. {f.cpd_pace.basis}")
    agreed = f.agreed_per_month
    print(f"Supervision agreed: {_num(agreed)} sessions a month.")
    if f.nqsw_start is None:
        print("Employer standard: not shown (no newly qualified start date set in the app).")
    print()
    print("Capability coverage (linked entries):")
    if not f.coverage:
        print("  none in this period")
    for ref, values in sorted(f.coverage.items(), key=lambda kv: (-sum(kv[1]), kv[0])):
        print(f"  {sum(values):>4}  {labels.get(ref, ref)}")
    print()
    print(f"Actions: {f.open_actions} open, {f.overdue_actions} overdue")
    for a in f.overdue:
        print(f"  due {a.due_date.isoformat()}  {a.text} (with {a.partner})")


def _stats(args: argparse.Namespace) -> int:
    from supervision_app.storage.find.figures import dashboard_figures

    today = dt.date.today()
    start, end = _period(args, today)
    with open_vault(args) as vault:
        figures = dashboard_figures(vault, start, end, today)
        labels = _labels(vault, list(figures.coverage))
    if args.json:
        print_json(stats_json(figures, labels))
    else:
        _print_text(figures, labels)
    return 0


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    stats = add_command(
        subparsers,
        "stats",
        summary="print the dashboard's figures, month by month",
        description=(
            "Print the dashboard's figures for a period (default: the last 12 months): entries\n"
            "and reflections per month, CPD hours per month against the pace your regulator's\n"
            "rule needs, capability coverage per framework item, supervision sessions per\n"
            "month against the agreed frequency and the employer standard, and open and\n"
            "overdue actions."
        ),
        epilog=(
            "examples:\n"
            "  supervision-journal stats\n"
            "  supervision-journal stats --from 2026-01-01 --to 2026-12-31 --json"
        ),
        handler=_stats,
    )
    add_date_options(stats)
    stats.add_argument(
        "--json", action="store_true", help="print the figures as JSON (shape in docs/cli.md)"
    )
