"""The review page of the export dialog: what the check found, and what is still to decide.

The findings and their decisions (:class:`~.findings_view.FindingsView`) are the dialog's,
which writes with them; this page says what was checked and what was found, keeps the
status line and the Export button in step with the decisions, and offers the way on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout, QWidget

from supervision_app.gui.cpd.export_check import CheckResult
from supervision_app.gui.cpd.export_decisions import RowKey, row_key
from supervision_app.gui.cpd.findings_view import REDACT, FindingsView
from supervision_app.gui.cpd.selection_form import format_label
from supervision_app.gui.cpd.widgets import (
    button_row,
    heading,
    message_label,
    show_message,
    wrapped_label,
)


class ExportReviewPage(QWidget):
    """Findings to decide about (redact, mark as fine, edit the record) before writing;
    ``check_only``: the same review with nothing to write."""

    def __init__(
        self, findings: FindingsView, *, check_only: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.findings = findings
        self.check_only = check_only
        self.heading = heading("", 1.3)
        self.scope = wrapped_label(self.tr("What is being checked"))
        self.intro = wrapped_label()
        self.status = wrapped_label(self.tr("Findings still to decide"))
        self.allow_rest = QCheckBox(self.tr("I have checked them: export the rest &as written"))
        self.message = message_label(self.tr("Export problem"))
        self.back_button = QPushButton(self.tr("&Back"))
        self.recheck_button = QPushButton(self.tr("Check a&gain"))
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.export_button.setVisible(not check_only)
        self.allow_rest.setVisible(not check_only)
        self.close_button.setVisible(check_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.scope)
        layout.addWidget(self.intro)
        layout.addWidget(findings, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.allow_rest)
        layout.addWidget(self.message)
        layout.addLayout(
            button_row(
                self.export_button,
                self.close_button,
                left=(self.back_button, self.recheck_button),
            )
        )
        findings.decisions_changed.connect(self.update_status)
        self.allow_rest.toggled.connect(lambda _c: self.update_status())

    def show_result(self, result: CheckResult, *, whole_vault: bool) -> None:
        """Show what a check found (``whole_vault``: a backup, which is not checked), with
        every decision still to make."""
        self.allow_rest.setChecked(False)
        show_message(self.message, "")
        self.findings.load(result.rows)
        self._describe(result, whole_vault)
        self.update_status()

    def restore(self, before: dict[RowKey, str]) -> None:
        """Redact again what was to be redacted before a new check."""
        for n, row in enumerate(self.findings.rows):
            if before.get(row_key(row.item)) == REDACT:
                self.findings.model.set_decision([n], REDACT)
        self.update_status()

    def _describe(self, result: CheckResult, whole_vault: bool) -> None:
        rows, count = result.rows, result.count
        records = self.tr("{count} record(s)", "", count).format(count=f"{count:,}")
        scope = result.selection.describe(QCoreApplication.translate)
        if result.plan is not None:
            scope = f"{format_label(result.plan.format)}: {scope}"
        self.scope.setText(scope[:1].upper() + scope[1:])
        if whole_vault:
            self.heading.setText(self.tr("A full backup of your journal"))
            self.intro.setText(
                self.tr(
                    "A backup holds everything, so it is not checked for identifying details. "
                    "Keep it as safe as the journal itself."
                )
            )
        elif not rows:
            self.heading.setText(self.tr("No identifying details found"))
            self.intro.setText(
                self.tr(
                    "The check found nothing that looks like an identifier in {records}."
                ).format(records=records)
                + " "
                + self.tr(
                    "It is a heuristic: a first name on its own is only found if it is "
                    "on your never-export list (Tools ▸ Preferences)."
                )
            )
        else:
            found = len({r.item.source for r in rows})
            self.heading.setText(
                self.tr("{details} in {m} of {records}").format(
                    details=self.tr("{count} likely identifying detail(s)", "", len(rows)).format(
                        count=f"{len(rows):,}"
                    ),
                    m=f"{found:,}",
                    records=records,
                )
            )
            self.intro.setText(
                self.tr(
                    "Decide about each one: edit the record, redact it in this export only "
                    "(your journal is not changed), or mark it as fine."
                )
            )
        self.findings.setVisible(bool(rows))

    def update_status(self) -> None:
        """Say how many findings are still to decide; Export only when none is, or the
        user ticked "export the rest as written"."""
        left = self.findings.unresolved()
        redacted = sum(1 for r in self.findings.rows if r.decision == REDACT)
        if left:
            self.status.setText(
                self.tr(
                    "{n} still to decide: redact, mark as fine or edit the record, or tick the "
                    "box below to export them as written."
                ).format(n=left)
                if not self.check_only
                else self.tr("{n} still to decide.").format(n=left)
            )
        elif self.findings.rows:
            self.status.setText(
                self.tr("Every finding has a decision; {n} will be redacted.").format(n=redacted)
                if not self.check_only
                else self.tr("Every finding has a decision.")
            )
        else:
            self.status.clear()
        self.allow_rest.setEnabled(left > 0)
        self.export_button.setEnabled(left == 0 or self.allow_rest.isChecked())
