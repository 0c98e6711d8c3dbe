"""The identifier check of :class:`~.export_dialog.ExportDialog`, as work for a worker thread.

On 50,000 entries loading and scanning the records takes seconds, so it runs on a
:class:`~supervision_app.gui.common.tasks.Task`: progress per record checked, Cancel between
two records (and the vault connection's ``interrupt`` for a long query). Nothing here
touches a widget; the result goes back to the dialog on the UI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from supervision_app.core.selection import Selection
from supervision_app.export.anonymise import scan_records
from supervision_app.export.service import ExportPlan, plan_export
from supervision_app.gui.common.tasks import TaskControl
from supervision_app.gui.cpd.findings_view import FindingRow, finding_rows
from supervision_app.storage.selection import load_selection

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

#: Progress is reported every so many records (each report is a signal to the UI thread).
REPORT_EVERY = 100


@dataclass
class CheckResult:
    """What the check found: the plan to write (None when only checking), the findings."""

    plan: ExportPlan | None
    selection: Selection
    rows: list[FindingRow]
    count: int


def stepper(control: TaskControl) -> Callable[[int, int], None]:
    """A ``step(done, total)`` for the scan: Cancel between records, progress now and then."""
    label = QCoreApplication.translate("ExportDialog", "Checking {done} of {total} records…")

    def step(done: int, total: int) -> None:
        control.check()
        if done % REPORT_EVERY == 0 or done == total:
            control.progress(done, total, label.format(done=done, total=total))

    return step


def check_work(
    vault: Vault,
    selection: Selection,
    fmt: str | None,
    today: dt.date,
) -> Callable[[TaskControl], CheckResult]:
    """The check of ``selection`` for an export to ``fmt`` (None: only check, write nothing)."""

    def work(control: TaskControl) -> CheckResult:
        control.check()
        if fmt is None:
            records = load_selection(vault, selection)
            control.check()
            settings = vault.cpd_settings.load()
            found = scan_records(
                records, settings.never_export, vault.dismissals.all(), step=stepper(control)
            )
            return CheckResult(None, selection, finding_rows(found), len(records))
        plan = plan_export(vault, fmt, selection, today=today, step=stepper(control))
        rows = finding_rows(plan.findings, plan.profile, plan.profile_findings)
        return CheckResult(plan, selection, rows, len(plan.records))

    return work
