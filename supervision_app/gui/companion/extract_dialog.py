"""The case-record extract of one session: decisions, rationale and actions per case.

Shown before it is copied or saved, with the anonymisation check: when likely identifiers
are found, copying and saving wait until the user chooses to redact them or keep them. The
file is made and written on a worker thread (gui/common/save_task.py: progress, Cancel, an
atomic write, one sentence when it cannot be saved).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.companion.extract import SessionExtract, extract_cases
from supervision_app.core.supervision.model import SessionRecord
from supervision_app.export.case_extract import check_extract, extract_bytes, redacted_extract
from supervision_app.gui.common.save_task import save_files
from supervision_app.gui.common.tasks import Task
from supervision_app.gui.cpd.widgets import message_label, show_message

_REFUSE, _REDACT, _KEEP = "refuse", "redact", "keep"


class ExtractDialog(QDialog):
    #: A save has ended: True if the file was saved (``message`` says where, or why not).
    save_ended = Signal(bool)

    def __init__(
        self, record: SessionRecord, never_export: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.record, self.never_export = record, never_export
        self.extract: SessionExtract | None = None
        #: The file being saved on a worker thread (gui/common/save_task.py), if any.
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Case-record extract"))
        self.case = QComboBox()
        self.case.setAccessibleName(self.tr("Case"))
        self.case.addItem(self.tr("All cases"), None)
        for c in extract_cases(record).cases:
            self.case.addItem(c.case_ref, c.case_ref)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Extract text"))
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setAccessibleName(self.tr("Anonymisation check"))
        self.message = message_label(self.tr("Save message"))
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("What to do with likely identifiers"))
        self.choice.addItem(self.tr("Choose…"), _REFUSE)
        self.choice.addItem(self.tr("Replace each with [redacted]"), _REDACT)
        self.choice.addItem(self.tr("Keep them (I have checked)"), _KEEP)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.save_button = QPushButton(self.tr("&Save…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(lambda: self.save())
        intro = QLabel(
            self.tr(
                "Only the decisions, their rationale and the actions, for the person's own case"
                " record. Your reflection, discussion notes and wellbeing stay in your journal."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("C&ase"), self.case)
        form.addRow(self.tr("&Identifiers"), self.choice)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.findings)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.case.currentIndexChanged.connect(lambda _i: self.refresh())
        self.choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.resize(680, 520)
        self.refresh()

    def refresh(self) -> None:
        data = self.case.currentData()
        self.extract = extract_cases(self.record, None if data is None else str(data))
        check = check_extract(self.extract, self.never_export)
        choice = self.choice.currentData()
        n = len(check.findings)
        self.choice.setEnabled(bool(n))
        self.findings.setText(
            self.tr(
                "⚠ The anonymisation check found %n likely identifier(s): {items}.", "", n
            ).format(items=", ".join(f"“{f.text}” ({f.label})" for f in check.findings[:5]))
            if n
            else self.tr("The anonymisation check found nothing.")
        )
        text = check.text
        if n and choice == _REDACT:
            text = redacted_extract(self.extract, self.never_export)
        self.text.setPlainText(
            text if self.extract.cases else self.tr("This session has no decisions or actions.")
        )
        ready = bool(self.extract.cases) and (not n or choice != _REFUSE)
        self.copy_button.setEnabled(ready)
        self.save_button.setEnabled(ready and self.task is None)

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None and self.copy_button.isEnabled():
            clipboard.setText(self.text.toPlainText())

    def save(self, path: Path | None = None) -> bool:
        """Ask where (unless ``path`` is given), then start writing the extract there on a
        worker thread; ``save_ended`` says whether it was saved. False if it did not start
        (nothing to save yet, a save running, or no file chosen)."""
        if not self.save_button.isEnabled() or self.extract is None or self.task is not None:
            return False
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the extract"),
                "case-extract.docx",
                self.tr("Word document (*.docx);;Plain text (*.txt)"),
            )
            if not name:
                return False
            path = Path(name)
        text, title = self.text.toPlainText(), self.extract.heading
        target = path
        show_message(self.message, "")
        self.save_button.setEnabled(False)
        self.task = save_files(
            self,
            self.tr("Save the extract"),
            [(target, lambda: extract_bytes(text, target, title=title))],
            on_saved=lambda _paths: self._saved(
                self.tr("Saved the extract to {path}.").format(path=target), saved=True
            ),
            on_failed=lambda failed: self._saved(failed.message(), saved=False),
        )
        return True

    def _saved(self, text: str, *, saved: bool) -> None:
        self.task = None
        self.save_button.setEnabled(self.copy_button.isEnabled())  # ready as before
        show_message(self.message, text, problem=not saved)
        self.save_ended.emit(saved)
