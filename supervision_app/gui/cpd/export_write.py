"""Writing a checked export on a worker thread (gui/common/tasks.py), with progress and
Cancel, for :class:`~.export_dialog.ExportDialog`. The window keeps running meanwhile."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from supervision_app.core.errors import JournalError
from supervision_app.export.registry import ExportResult
from supervision_app.export.service import ExportPlan, write_export
from supervision_app.gui.common.tasks import Cancelled, Task, TaskControl, run_with_progress

if TYPE_CHECKING:
    from supervision_app.gui.cpd.export_dialog import ExportDialog
    from supervision_app.storage.vault import Vault


#: The texts are the export dialog's, looked up under its context.
translate = QCoreApplication.translate


def start_writing(
    dialog: ExportDialog,
    vault: Vault,
    plan: ExportPlan,
    path: Path,
    *,
    redacted: int,
    today: dt.date,
) -> Task:
    """Write ``plan`` to ``path``; the dialog shows the result or one sentence why not."""
    existed = path.exists()

    def work(control: TaskControl) -> ExportResult:
        control.check()
        return write_export(plan, path, redact=bool(redacted), today=today)

    def failed(error: BaseException) -> None:
        if isinstance(error, Cancelled):
            message = translate("ExportDialog", "The export was cancelled: nothing was written.")
        elif isinstance(error, JournalError):
            message = str(error)
        elif isinstance(error, OSError):
            message = translate(
                "ExportDialog", "The export could not be written to {path} ({reason})."
            ).format(path=path, reason=error.strerror or error)
        else:
            message = translate("ExportDialog", "The export failed ({reason}).").format(
                reason=error
            )
        dialog.show_not_written(message)

    def finished(result: object) -> None:
        assert isinstance(result, ExportResult)
        if task.control.cancelled and not existed:
            path.unlink(missing_ok=True)  # done just as Cancel was pressed: as if not written
            failed(Cancelled())
            return
        dialog.show_written(result, redacted)

    task = run_with_progress(
        dialog,
        translate("ExportDialog", "Exporting"),
        translate("ExportDialog", "Writing {name}…").format(name=path.name),
        work,
        on_done=finished,
        on_failed=failed,
        interrupt=vault.conn.interrupt,
    )
    return task
