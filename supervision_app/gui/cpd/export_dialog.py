"""Export (or only check) chosen records: choose, review the anonymisation check, write.

1. **Choose** the format and the records (dates, kind, tag, framework item).
2. **Review**: the anonymisation check runs before anything is written; each finding is
   shown in context and gets a decision (edit the record, redact in this export, mark as
   fine). Nothing is written while a finding is undecided unless the user ticks "export the
   rest as written".
3. **Write**: choose the file; the export service writes it atomically. Just before writing
   the check runs again, so an edit made meanwhile is neither lost nor left unchecked.

The check and the write run on a worker thread behind a progress dialog with Cancel
(:mod:`.export_check`, :mod:`.export_write`): the window keeps running on 50,000 entries.
The review page is :mod:`.export_review`, the last page :mod:`.export_result`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.errors import JournalError
from supervision_app.core.frameworks import FrameworkLibrary
from supervision_app.core.selection import Selection
from supervision_app.export import registry
from supervision_app.export.registry import ExportResult
from supervision_app.export.service import ExportPlan
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.common.tasks import Task, run_with_progress, was_cancelled
from supervision_app.gui.cpd.export_check import CheckResult, check_work
from supervision_app.gui.cpd.export_decisions import RowKey, decided, suggested_name, with_extension
from supervision_app.gui.cpd.export_result import ExportDonePage
from supervision_app.gui.cpd.export_review import ExportReviewPage
from supervision_app.gui.cpd.export_write import start_writing
from supervision_app.gui.cpd.findings_view import UNDECIDED, FindingRow, FindingsView
from supervision_app.gui.cpd.selection_form import SelectionForm, format_label
from supervision_app.gui.cpd.widgets import button_row, heading, message_label, show_message
from supervision_app.storage.vault import Vault

PAGE_CHOOSE, PAGE_REVIEW, PAGE_DONE = range(3)


class ExportDialog(QDialog):
    entry_chosen = Signal(int)
    profile_requested = Signal()
    #: A check ended: True when the review page shows its findings.
    check_ended = Signal(bool)

    def __init__(
        self,
        vault: Vault,
        library: FrameworkLibrary,
        *,
        check_only: bool = False,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._today = today
        self.check_only = check_only
        self.plan: ExportPlan | None = None
        self.selection: Selection | None = None
        self.export_result: ExportResult | None = None
        #: The check or the export running on a worker thread (gui/common/tasks.py), if any.
        self.task: Task | None = None
        #: Decisions to keep after the check that is running ("Check again").
        self._keep: dict[RowKey, str] | None = None
        self.checked = 0
        self.setWindowTitle(
            self.tr("Check for identifying details") if check_only else self.tr("Export")
        )
        self.selection_form = SelectionForm(vault, library, with_format=not check_only, today=today)
        self.findings = FindingsView(vault, can_redact=not check_only)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page())
        self.review = ExportReviewPage(self.findings, check_only=check_only)
        self.review.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(PAGE_CHOOSE))
        self.review.recheck_button.clicked.connect(self.recheck)
        self.review.export_button.clicked.connect(self.choose_file_and_write)
        self.review.close_button.clicked.connect(self.accept)
        self.pages.addWidget(self.review)
        self.done_page = ExportDonePage()
        self.done_page.again.connect(lambda: self.pages.setCurrentIndex(PAGE_CHOOSE))
        self.done_page.done.connect(self.accept)
        self.pages.addWidget(self.done_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(1000, 620)

        self.findings.edit_requested.connect(self._edit)
        self.selection_form.changed.connect(lambda: show_message(self.choose_message, ""))

    # -- pages -----------------------------------------------------------------------------

    def _choose_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Choose the records to check. Each is scanned for names, NHS and National "
                "Insurance numbers, postcodes, phone numbers, email addresses, dates of birth "
                "and street addresses."
            )
            if self.check_only
            else self.tr(
                "Choose a format and the records to export. The records are checked for "
                "identifying details before anything is written."
            )
        )
        intro.setWordWrap(True)
        self.choose_message = message_label(self.tr("Problem with the choice"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.check_button = QPushButton(
            self.tr("&Check") if self.check_only else self.tr("&Check and continue")
        )
        self.check_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.check_button.clicked.connect(self.run_check)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.windowTitle(), 1.3))
        layout.addWidget(intro)
        layout.addWidget(self.selection_form)
        layout.addStretch(1)
        layout.addWidget(self.choose_message)
        layout.addLayout(button_row(self.cancel_button, self.check_button))
        return page

    # -- the check -------------------------------------------------------------------------

    def run_check(self) -> bool:
        """Start the check on a worker thread, behind a progress dialog with Cancel.

        False (and a message) when it cannot start: a bad choice, or work already running.
        When it ends the review page shows the findings, or the choice page says why not;
        ``check_ended`` tells which.
        """
        if self.task is not None:
            return False
        try:
            selection = self.selection_form.selection().validated()
        except JournalError as error:
            show_message(self.choose_message, error_text(error))
            return False
        show_message(self.choose_message, "")
        fmt = None if self.check_only else self.selection_form.format_name()
        self.task = run_with_progress(
            self,
            self.windowTitle(),
            self.tr("Checking the records for identifying details…"),
            check_work(self._vault, selection, fmt, self._today()),
            on_done=self._checked,
            on_failed=self._check_failed,
            interrupt=self._vault.conn.interrupt,
        )
        return True

    def _checked(self, result: object) -> None:
        self.task = None
        assert isinstance(result, CheckResult)
        keep, self._keep = self._keep, None
        shown = self.show_check(result)
        if shown and keep is not None:
            self.review.restore(keep)
        self.check_ended.emit(shown)

    def _check_failed(self, error: BaseException) -> None:
        self.task = None
        self._keep = None
        if was_cancelled(error):
            message = self.tr("The check was cancelled.")
        elif isinstance(error, JournalError):
            message = error_text(error)
        else:
            message = self.tr("The check failed ({reason}).").format(reason=error_text(error))
        page = self.pages.currentIndex()
        show_message(self.review.message if page == PAGE_REVIEW else self.choose_message, message)
        self.check_ended.emit(False)

    def show_check(self, result: CheckResult) -> bool:
        """Show what the check found; False (and why) when there is nothing to export."""
        self.plan, self.selection = result.plan, result.selection
        whole_vault = self.plan is not None and registry.get(self.plan.format).scope == "vault"
        if result.count == 0 and not whole_vault:
            self.pages.setCurrentIndex(PAGE_CHOOSE)
            show_message(
                self.choose_message,
                self.tr("No records match this choice; widen the dates or clear a filter."),
            )
            return False
        self.checked = result.count
        self.review.show_result(result, whole_vault=whole_vault)
        self.pages.setCurrentIndex(PAGE_REVIEW)
        return True

    def recheck(self) -> None:
        """Check again (after editing a record), keeping the decisions already made."""
        before = decided(self.findings.rows)
        if self.run_check():
            self._keep = before

    def _edit(self, row: FindingRow) -> None:
        if row.entry_id is None:
            self.profile_requested.emit()
        else:
            self.entry_chosen.emit(row.entry_id)
        show_message(
            self.review.message,
            self.tr("After editing the record, press Check again."),
            problem=False,
        )

    # -- writing ---------------------------------------------------------------------------

    def suggested_path(self) -> Path:
        fmt = self.plan.format if self.plan else "pdf"
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder) / suggested_name(fmt, self._today())

    def choose_file_and_write(self) -> None:
        if self.plan is None:
            return
        info = registry.info(self.plan.format)
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            str(self.suggested_path()),
            f"{format_label(self.plan.format)} (*.{info.extension})",
        )
        if not name:
            return
        path = with_extension(Path(name), self.plan.format)
        self.write_to(path)

    def show_written(self, result: ExportResult, redacted: int) -> None:
        self.task = None
        self.export_result = result
        self.done_page.show_result(result, redacted)
        self.pages.setCurrentIndex(PAGE_DONE)

    def show_not_written(self, message: str) -> None:
        self.task = None
        show_message(self.review.message, message)

    def show_changed(self, result: CheckResult) -> None:
        """The records changed between the check and the write: show the new findings,
        keeping the decisions made, and say so (nothing was written)."""
        self.task = None
        before = decided(self.findings.rows)
        if self.show_check(result):
            self.review.restore(before)
        show_message(
            self.review.message,
            self.tr("Your records changed since the check; look at the findings again."),
        )

    def write_to(self, path: Path) -> bool:
        """Start checking again and writing with the decisions made, on a worker thread (a
        progress dialog with Cancel); False (and a message) if it cannot start."""
        if self.plan is None or self.selection is None or self.task is not None:
            return False
        rows = self.findings.rows
        if any(r.decision == UNDECIDED for r in rows) and not self.review.allow_rest.isChecked():
            show_message(self.review.message, self.tr("Decide about every finding first."))
            return False
        show_message(self.review.message, "")
        self.task = start_writing(
            self, self._vault, self.plan.format, self.selection, rows, path, today=self._today()
        )
        return True
