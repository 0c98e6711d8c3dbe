"""The user's decisions about findings, applied to a fresh export plan (no widgets here)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from supervision_app.export import registry
from supervision_app.export.anonymise import FieldFinding
from supervision_app.export.service import ExportPlan
from supervision_app.gui.cpd.findings_view import FINE, REDACT, FindingRow

#: Suggested file names, by format: "<stem>-<date>.<extension>".
FILE_STEMS = {
    "pdf": "cpd-portfolio",
    "docx": "cpd-portfolio",
    "md": "cpd-portfolio",
    "html": "cpd-portfolio",
    "xlsx": "cpd-records",
    "csv": "cpd-records",
    "swe": "social-work-england-cpd",
    "hcpc": "hcpc-cpd-profile",
    "jsonl": "supervision-journal-backup",
}

RowKey = tuple[str, str, object]


def row_key(item: FieldFinding) -> RowKey:
    """A finding's identity across checks: record, field and the match (with its place)."""
    return (item.source, item.field, item.finding)


def suggested_name(fmt: str, today: dt.date) -> str:
    return f"{FILE_STEMS.get(fmt, 'export')}-{today.isoformat()}.{registry.info(fmt).extension}"


def with_extension(path: Path, fmt: str) -> Path:
    return path if path.suffix else path.with_suffix(f".{registry.info(fmt).extension}")


def decided(rows: Sequence[FindingRow]) -> dict[RowKey, str]:
    return {row_key(r.item): r.decision for r in rows if r.decision}


def apply_decisions(fresh: ExportPlan, rows: Sequence[FindingRow]) -> tuple[ExportPlan, int] | None:
    """``fresh`` keeping only the findings to redact, and how many; None when the findings
    of ``fresh`` are not the ones the user decided about (a record changed meanwhile).

    Findings marked as fine are no longer in ``fresh`` (the check skips them); undecided ones
    the user chose to export as written are simply left out, so they are written as they are.
    """
    wanted = {row_key(r.item) for r in rows if r.decision != FINE}
    if {row_key(f) for f in fresh.all_findings()} != wanted:
        return None
    redact = {row_key(r.item) for r in rows if r.decision == REDACT}
    plan = replace(
        fresh,
        findings=[
            (record, chosen)
            for record, found in fresh.findings
            if (chosen := [f for f in found if row_key(f) in redact])
        ],
        profile_findings=[f for f in fresh.profile_findings if row_key(f) in redact],
    )
    return plan, len(redact)
