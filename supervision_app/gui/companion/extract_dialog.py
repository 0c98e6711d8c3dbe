"""The case-record extract of one session: decisions, rationale and actions per case.

Shown before it is copied or saved, with the anonymisation check: when likely identifiers
are found, copying and saving wait until the user chooses to redact them or keep them.
"""

from __future__ import annotations

from pathlib import Path

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
from supervision_app.export.case_extract import check_extract, redacted_extract, write_extract

_REFUSE, _REDACT, _KEEP = "refuse", "redact", "keep"


class ExtractDialog(QDialog):
    def __init__(
        self, record: SessionRecord, never_export: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.record, self.never_export = record, never_export
        self.extract: SessionExtract | None = None
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
            self.tr("⚠ The anonymisation check found {n} likely identifier(s): {items}.").format(
                n=n, items=", ".join(f"“{f.text}” ({f.label})" for f in check.findings[:5])
            )
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
        self.save_button.setEnabled(ready)

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None and self.copy_button.isEnabled():
            clipboard.setText(self.text.toPlainText())

    def save(self, path: Path | None = None) -> Path | None:
        if not self.save_button.isEnabled() or self.extract is None:
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the extract"),
                "case-extract.docx",
                self.tr("Word document (*.docx);;Plain text (*.txt)"),
            )
            if not name:
                return None
            path = Path(name)
        return write_extract(self.text.toPlainText(), path, title=self.extract.heading)
