"""How ``cpd-summary`` looks: the ``--json`` shape (stable: add fields, never rename) and
the lines for people."""

from __future__ import annotations

from typing import Any

from supervision_app.core.cpd.model import format_duration
from supervision_app.core.cpd.rules import RegulatorStatus
from supervision_app.core.cpd.year import CpdYearSummary, format_day
from supervision_app.core.frameworks import FrameworkLibrary


def _framework_name(library: FrameworkLibrary, framework_id: str) -> str:
    return library.get(framework_id).name if framework_id in library else framework_id


def _item_count(library: FrameworkLibrary, framework_id: str) -> int | None:
    return len(library.get(framework_id).items) if framework_id in library else None


def summary_json(
    summary: CpdYearSummary, library: FrameworkLibrary, statuses: list[RegulatorStatus]
) -> dict[str, Any]:
    wales = next((s for s in statuses if s.regulator.id == "scw"), None)
    year = summary.year
    return {
        "year": {
            "start": year.start.isoformat(),
            "end": year.end.isoformat(),
            "label": year.label,
            "ending_year": year.ending_year,
        },
        "today": summary.today.isoformat(),
        "days_left": summary.days_left,
        "deadline": summary.deadline_text,
        "closed": summary.closed,
        "records": len(summary.records),
        "minutes": summary.minutes,
        "hours": summary.hours,
        "peer_records": summary.peer_records,
        "meets_minimum": summary.meets_minimum,
        "checklist": [
            {"label": c.label, "done": c.done, "detail": c.detail} for c in summary.checklist
        ],
        "covered": {
            framework_id: {
                "name": _framework_name(library, framework_id),
                "items": _item_count(library, framework_id),
                "refs": list(refs),
            }
            for framework_id, refs in summary.covered.items()
        },
        "gaps": [
            {
                "start": g.start.isoformat(),
                "end": g.end.isoformat(),
                "days": g.days,
                "position": g.position,
            }
            for g in summary.gaps
        ],
        "identical": [list(pair) for pair in summary.identical],
        "warnings": list(summary.warnings),
        "regulators": [status_json(s) for s in statuses],
        "incomplete": [
            {"id": r.id, "title": r.entry.title, "practice_date": r.date.isoformat()}
            for r in summary.incomplete
        ],
        "record_list": [
            {
                "id": r.id,
                "title": r.entry.title,
                "practice_date": r.date.isoformat(),
                "activity_type": r.cpd.activity_type if r.cpd else None,
                "minutes": r.minutes,
                "peer_reflection": r.has_peer_reflection,
            }
            for r in summary.records
        ],
        "social_care_wales": None if wales is None else _wales_json(wales),
    }


def _wales_json(status: RegulatorStatus) -> dict[str, Any]:
    """Kept for scripts written before regulators were data (see ``regulators``).

    ``target_hours`` is null when no hours rule is in force (from 1 April 2025).
    """
    rule = next(
        (r for r in status.regulator.rules_on(status.as_of, status.role) if r.kind == "min_hours"),
        None,
    )
    hours = next(
        (c for c in status.checks if c.label.startswith("At least") and "hours" in c.label), None
    )
    period = status.period
    return {
        "role": status.role,
        "start": period.start.isoformat() if period else None,
        "end": period.end.isoformat() if period else None,
        "hours": round(status.minutes / 60, 2) if period else None,
        "target_hours": rule.value if rule else None,
        "remaining_hours": max(0.0, round(rule.value - status.minutes / 60, 2))
        if rule and rule.value and period
        else None,
        "met": hours.done if hours else None,
        "days_left": period.days_left(status.as_of) if period else None,
    }


def status_json(status: RegulatorStatus) -> dict[str, Any]:
    period = status.period
    return {
        "id": status.regulator.id,
        "name": status.regulator.name,
        "role": status.role,
        "period": None
        if period is None
        else {"start": period.start.isoformat(), "end": period.end.isoformat()},
        "as_of": status.as_of.isoformat(),
        "meets": status.meets,
        "checks": [{"label": c.label, "done": c.done, "detail": c.detail} for c in status.checks],
        "warnings": list(status.warnings),
        "notes": [
            {
                "id": r.id,
                "kind": r.kind,
                "text": r.text,
                "unconfirmed": r.unconfirmed,
                "source": r.source,
            }
            for r in status.notes
        ],  # fmt: skip
        "needs": status.needs or None,
        "deadline": status.regulator.period.deadline,
    }


def summary_lines(
    summary: CpdYearSummary, library: FrameworkLibrary, statuses: list[RegulatorStatus]
) -> list[str]:
    n = len(summary.records)
    lines = [
        f"Registration year {summary.year.label}",
        f"CPD records: {n}   Time: {format_duration(summary.minutes)}   "
        f"With peer reflection: {summary.peer_records}",
        summary.deadline_text,
        "",
    ]
    for status in statuses:
        lines += status_lines(status)
    lines += ["", "Standards covered"]
    for framework_id, refs in summary.covered.items():
        total = _item_count(library, framework_id)
        of = f" of {total}" if total is not None else ""
        lines.append(f"  {_framework_name(library, framework_id)}: {len(refs)}{of}")
    lines += ["", "Gaps of three months or more"]
    lines += [f"  {g.label}" for g in summary.gaps] or ["  none"]
    if summary.incomplete:
        lines += ["", "CPD activities without CPD details (not counted yet)"]
        lines += [
            f"  {r.id:>6}  {format_day(r.date)}  {r.entry.title or 'Untitled'}"
            for r in summary.incomplete
        ]
    if n:
        lines += ["", "Records"]
        for r in summary.records:
            peer = "  (peer)" if r.has_peer_reflection else ""
            lines.append(
                f"  {r.id:>6}  {format_day(r.date):<11}  {r.activity_label:<24}  "
                f"{format_duration(r.minutes):>12}  {r.entry.title or 'Untitled'}{peer}"
            )
    return lines


def status_lines(status: RegulatorStatus) -> list[str]:
    reg = status.regulator
    role = f" ({status.role_label.lower()})" if status.role_label else ""
    period = f", {status.period.label}" if status.period else ""
    lines = [f"{reg.name}{role}{period}"]
    for item in status.checks:
        detail = f" ({item.detail})" if item.detail else ""
        lines.append(f"  [{'x' if item.done else ' '}] {item.label}{detail}")
    lines += [f"  ! {w}" for w in status.warnings]
    lines += [f"  - {r.text}{' (unconfirmed)' if r.unconfirmed else ''}" for r in status.notes]
    if status.needs:
        lines.append(f"  {status.needs}")
    if status.meets is None:
        lines.append(f"  {reg.name} sets no minimum the app can count.")
    else:
        lines.append("  The minimum is met." if status.meets else "  The minimum is not met yet.")
    lines.append(f"  {reg.period.deadline}")
    return lines
