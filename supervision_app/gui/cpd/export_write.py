"""Writing a checked export on a worker thread (gui/common/tasks.py), with progress and
Cancel, for :class:`~.export_dialog.ExportDialog`. The window keeps running meanwhile.

Just before writing, the records are checked again on the same thread: if the findings are
no longer the ones the user decided about (a record was edited meanwhile), nothing is
written and the dialog shows the new findings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from supervision_app.core.errors import JournalError
from supervision_app.core.selection import Selection
from supervision_app.export.registry import ExportResult
from supervision_app.export.service import plan_export, write_export
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.common.tasks import (
    Cancelled,
    Task,
    TaskControl,
    run_with_progress,
    was_cancelled,
)
from supervision_app.gui.cpd.export_check import CheckResult, stepper
from supervision_app.gui.cpd.export_decisions import apply_decisions
from supervision_app.gui.cpd.findings_view import FindingRow, finding_rows

if TYPE_CHECKING:
    from supervision_app.gui.cpd.export_dialog import ExportDialog
    from supervision_app.storage.vault import Vault


#: The texts are the export dialog's, looked up under its context.
translate = QCoreApplication.translate


@dataclass
class Written:
    result: ExportResult
    redacted: int


def start_writing(
    dialog: ExportDialog,
    vault: Vault,
    fmt: str,
    selection: Selection,
    rows: Sequence[FindingRow],
    path: Path,
    *,
    today: dt.date,
) -> Task:
    """Check ``selection`` again, then write it to ``path`` with the decisions of ``rows``;
    the dialog shows the result, the new findings if the records changed since the check
    (nothing written), or one sentence why not."""
    existed = path.exists()
    rows = [replace(r) for r in rows]  # the decisions as they are now

    def work(control: TaskControl) -> Written | CheckResult:
        control.check()
        fresh = plan_export(vault, fmt, selection, today=today, step=stepper(control))
        applied = apply_decisions(fresh, rows)
        if applied is None:  # a record changed since the check: show its findings again
            found = finding_rows(fresh.findings, fresh.profile, fresh.profile_findings)
            return CheckResult(fresh, selection, found, len(fresh.records))
        plan, redacted = applied
        control.check()
        control.progress(0, 0, translate("ExportDialog", "Writing {name}…").format(name=path.name))
        return Written(write_export(plan, path, redact=bool(redacted), today=today), redacted)

    def failed(error: BaseException) -> None:
        if was_cancelled(error):
            message = translate("ExportDialog", "The export was cancelled: nothing was written.")
        elif isinstance(error, JournalError):
            message = error_text(error)
        elif isinstance(error, OSError):
            message = translate(
                "ExportDialog", "The export could not be written to {path} ({reason})."
            ).format(path=path, reason=error.strerror or error)
        else:
            message = translate("ExportDialog", "The export failed ({reason}).").format(
                reason=error_text(error)
            )
        dialog.show_not_written(message)

    def finished(result: object) -> None:
        if isinstance(result, CheckResult):
            dialog.show_changed(result)
            return
        assert isinstance(result, Written)
        if task.control.cancelled and not existed:
            path.unlink(missing_ok=True)  # done just as Cancel was pressed: as if not written
            failed(Cancelled())
            return
        dialog.show_written(result.result, result.redacted)

    task = run_with_progress(
        dialog,
        translate("ExportDialog", "Exporting"),
        translate("ExportDialog", "Checking the records again before writing…"),
        work,
        on_done=finished,
        on_failed=failed,
        interrupt=vault.conn.interrupt,
    )
    return task
