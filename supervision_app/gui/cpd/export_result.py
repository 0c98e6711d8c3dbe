"""The last page of the export dialog: where the file went, and any warnings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from supervision_app.core.i18n import rendered
from supervision_app.export.registry import ExportResult
from supervision_app.gui.cpd.widgets import PROBLEM_MARK, heading


class ExportDonePage(QWidget):
    again = Signal()
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.export_result: ExportResult | None = None
        self.heading = heading(self.tr("Export written"), 1.3)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Where the export was written"))
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings.setAccessibleName(self.tr("Warnings about the export"))
        self.folder_button = QPushButton(self.tr("Open the &folder"))
        self.again_button = QPushButton(self.tr("Export &another…"))
        self.done_button = QPushButton(self.tr("Close"))
        self.done_button.setDefault(True)
        self.folder_button.clicked.connect(self.open_folder)
        self.again_button.clicked.connect(self.again)
        self.done_button.clicked.connect(self.done)
        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.warnings)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_result(self, result: ExportResult, redacted: int) -> None:
        self.export_result = result
        n = result.records
        # "{n}", not "%n": the count keeps the thousands separator the rest of the app shows.
        text = self.tr("Wrote {n} record(s) to {path}.", "", n).format(n=f"{n:,}", path=result.path)
        if redacted:
            text += " " + self.tr("Replaced {n} detail(s) with [redacted].", "", redacted).format(
                n=f"{redacted:,}"
            )
        self.text.setText(text)
        lines = [
            f"{PROBLEM_MARK} {rendered(w, QCoreApplication.translate)}" for w in result.warnings
        ]
        self.warnings.setText("\n".join([self.tr("Worth a look:"), *lines]) if lines else "")
        self.warnings.setVisible(bool(lines))

    def open_folder(self) -> None:
        if self.export_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.export_result.path.parent)))
