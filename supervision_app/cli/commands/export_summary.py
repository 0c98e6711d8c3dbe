"""How ``cpd-summary`` looks: the ``--json`` shape (stable: add fields, never rename) and
the lines for people."""

from __future__ import annotations

from typing import Any

from supervision_app.core.cpd.model import format_hours
from supervision_app.core.cpd.wales import ScwProgress
from supervision_app.core.cpd.year import CpdYearSummary, format_day
from supervision_app.core.frameworks import FrameworkLibrary


def _framework_name(library: FrameworkLibrary, framework_id: str) -> str:
    return library.get(framework_id).name if framework_id in library else framework_id


def _item_count(library: FrameworkLibrary, framework_id: str) -> int | None:
    return len(library.get(framework_id).items) if framework_id in library else None


def summary_json(
    summary: CpdYearSummary, library: FrameworkLibrary, wales: ScwProgress | None
) -> dict[str, Any]:
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
        "social_care_wales": None
        if wales is None
        else {
            "role": wales.role,
            "start": wales.start.isoformat(),
            "end": wales.end.isoformat(),
            "hours": wales.hours,
            "target_hours": wales.target_hours,
            "remaining_hours": wales.remaining_hours,
            "days_left": wales.days_left,
        },
    }


def summary_lines(
    summary: CpdYearSummary, library: FrameworkLibrary, wales: ScwProgress | None
) -> list[str]:
    n = len(summary.records)
    lines = [
        f"Registration year {summary.year.label}",
        f"CPD records: {n}   Hours: {format_hours(summary.minutes)}   "
        f"With peer reflection: {summary.peer_records}",
        summary.deadline_text,
        "",
        "Checklist",
    ]
    for item in summary.checklist:
        detail = f" ({item.detail})" if item.detail else ""
        lines.append(f"  [{'x' if item.done else ' '}] {item.label}{detail}")
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
                f"{format_hours(r.minutes):>5} h  {r.entry.title or 'Untitled'}{peer}"
            )
    if wales is not None:
        lines += [
            "",
            f"Social Care Wales ({wales.role_label.lower()}), {wales.label}: "
            f"{format_hours(wales.minutes)} of {wales.target_hours} hours; "
            f"{wales.days_left} days left",
        ]
    return lines
