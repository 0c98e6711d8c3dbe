"""Exchange files: export signed records with a one-time passphrase (importing them is in
:mod:`.import_dialog`). The identifier check and the writing run on a worker thread behind
a progress dialog with Cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.errors import JournalError
from supervision_app.core.scan.scanner import scan_text
from supervision_app.core.supervision.markdown import format_date, session_title
from supervision_app.core.supervision.model import SessionRecord
from supervision_app.core.supervision.rules import find_identifiers
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.common.tasks import (
    Task,
    TaskControl,
    run_with_progress,
    was_cancelled,
)
from supervision_app.gui.supervision.widgets import (
    ERROR_STYLE,
    WARNING_STYLE,
    line,
    muted,
    styled_label,
)
from supervision_app.storage.supervision.exchange import (
    SUFFIX,
    ExportResult,
    export_partner_history,
    export_session,
)
from supervision_app.storage.vault import Vault

#: Dates and durations made in core come through the window's language (core/i18n.py).
translate = QCoreApplication.translate


def file_filter() -> str:
    """The file dialogs' filter for exchange files (the export and the import dialog)."""
    text = QCoreApplication.translate("ExportDialog", "Supervision exchange files (*{suffix})")
    return text.format(suffix=SUFFIX)


def path_row(edit: QWidget, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


def identifiers_in(
    records: list[SessionRecord], between: Callable[[], object] | None = None
) -> str:
    """One line per likely identifier; ``between()`` runs before each record (Cancel)."""
    lines = []
    for record in records:
        if between is not None:
            between()
        for f in find_identifiers(record, scan_text, cases_only=False, translate=translate):
            lines.append(
                f"• {format_date(record.session_date, translate)}, {f.location}: “{f.finding.text}”"
            )
    return "\n".join(lines)


class ExportDialog(QDialog):
    """Choose one record or the partner's whole history, then show the one-time passphrase."""

    exported = Signal(object)
    #: An export ended: its result, or None when nothing was written.
    export_ended = Signal(object)
    #: The passphrase was put on the clipboard (the controller clears it on lock).
    copied = Signal(str)

    def __init__(self, vault: Vault, record: SessionRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export signed records for your partner"))
        self.vault, self.record = vault, record
        self.result_: ExportResult | None = None
        #: The export running on a worker thread (gui/common/tasks.py), if any.
        self.task: Task | None = None
        partner = record.partner_name or "your partner"
        self.pages = QStackedWidget()

        choose = QWidget()
        layout = QVBoxLayout(choose)
        intro = QLabel(
            self.tr(
                "The file is encrypted with a new one-time passphrase, shown once the file "
                "is written. {partner} imports it into their own journal."
            ).format(partner=partner)
        )
        intro.setWordWrap(True)
        self.one = QRadioButton(
            self.tr("&This record: {title}").format(
                title=session_title(
                    record.session_type, partner, record.session_date, QCoreApplication.translate
                )
            )
        )
        self.history = QRadioButton(
            self.tr("&Every record signed by both you and {partner}").format(partner=partner)
        )
        self.one.setChecked(True)
        self.path = line(
            self.tr("File to write"),
            self.tr("Where to save the file ({SUFFIX})").format(SUFFIX=SUFFIX),
        )
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.clicked.connect(self._choose_path)
        self.findings = styled_label(WARNING_STYLE)
        self.findings.hide()
        self.anyway = QCheckBox(self.tr("These are not identifying details: export &anyway"))
        self.anyway.hide()
        self.error = styled_label(ERROR_STYLE)
        self.error.hide()
        for top in (intro, self.one, self.history):
            layout.addWidget(top)
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path)
        layout.addWidget(file_label)
        layout.addLayout(path_row(self.path, self.choose_button))
        for below in (self.findings, self.anyway, self.error):
            layout.addWidget(below)
        layout.addStretch(1)
        self.pages.addWidget(choose)

        done = QWidget()
        done_layout = QVBoxLayout(done)
        self.written = muted()
        self.passphrase = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(QFont().pointSizeF() * 1.8)
        font.setBold(True)
        self.passphrase.setFont(font)
        self.passphrase.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase.setAccessibleName(self.tr("One-time passphrase"))
        self.passphrase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.copy_button = QPushButton(self.tr("&Copy passphrase"))
        self.copy_button.clicked.connect(self.copy_passphrase)
        self.pass_on = styled_label(
            WARNING_STYLE,
            self.tr(
                "Give this passphrase to {partner} in person or by phone, never in the same "
                "email or message as the file. It is shown only once and opens only this file."
            ).format(partner=partner),
        )
        self.fingerprint = muted(
            self.tr(
                "The file is signed with your journal's key. If it is the first file {partner} "
                "imports from you, read them your key fingerprint by the same channel, for "
                "them to compare: {fp}"
            ).format(partner=partner, fp=vault.supervision.identity.fingerprint())
        )
        self.fingerprint.setAccessibleName(self.tr("Your key fingerprint"))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for part in (
            self.written,
            self.passphrase,
            self.copy_button,
            self.pass_on,
            self.fingerprint,
        ):
            done_layout.addWidget(part)
        done_layout.addStretch(1)
        self.pages.addWidget(done)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export"))
        self.buttons.accepted.connect(self._export_clicked)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages, 1)
        outer.addWidget(self.buttons)
        self.resize(560, 340)

    def _choose_path(self) -> None:
        name = f"supervision-{self.record.session_date.isoformat()}{SUFFIX}"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(Path.home() / name), file_filter()
        )
        if path:
            self.path.setText(path if path.endswith(SUFFIX) else path + SUFFIX)

    def _export_clicked(self) -> None:
        if self.pages.currentIndex() == 1:
            self.accept()
            return
        text = self.path.text().strip()
        if not text:
            self._fail(self.tr("Choose where to save the file first."))
            return
        self.export_to(Path(text))

    def export_to(self, path: Path) -> bool:
        """Start checking for identifiers and writing the file on a worker thread (progress
        and Cancel); then show the passphrase. ``export_ended`` carries the result, or
        None when nothing was written. False if an export is already running."""
        if self.task is not None:
            return False
        vault, record, one = self.vault, self.record, self.one.isChecked()
        anyway = self.anyway.isChecked()

        def work(control: TaskControl) -> ExportResult | str:
            if one:
                records = [record]
            else:
                sessions = vault.supervision.sessions
                ids = [s.id for s in sessions.summaries(record.partner_id) if s.is_locked]
                records = [sessions.get(i) for i in ids]
            control.check()
            found = identifiers_in(records, control.check)
            if found and not anyway:
                return found
            control.check()
            if one:
                return export_session(vault, record.id or 0, path)
            return export_partner_history(vault, record.partner_id, path)

        self.error.hide()
        self.task = run_with_progress(
            self,
            self.windowTitle(),
            self.tr("Checking and writing {name}…").format(name=path.name),
            work,
            on_done=self._written,
            on_failed=self._not_written,
            interrupt=vault.conn.interrupt,
        )
        return True

    def _written(self, result: object) -> None:
        self.task = None
        if isinstance(result, str):  # identifiers found: nothing written yet
            self.findings.setText(
                self.tr(
                    "These may identify someone; check them before the file leaves your journal:"
                )
                + "\n"
                + result
            )
            self.findings.show()
            self.anyway.show()
            self.export_ended.emit(None)
            return
        assert isinstance(result, ExportResult)
        self.result_ = result
        n = len(result.session_ids)
        self.written.setText(
            self.tr("%n record(s) written to {path}.", "", n).format(path=result.path)
        )
        self.passphrase.setText(result.passphrase)
        self.pages.setCurrentIndex(1)
        self.export_button.setText(self.tr("&Done"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.exported.emit(result)
        self.export_ended.emit(result)

    def _not_written(self, error: BaseException) -> None:
        self.task = None
        if was_cancelled(error):
            self._fail(self.tr("Cancelled: nothing was written."))
        elif isinstance(error, JournalError | OSError):
            self._fail(error_text(error))
        else:
            self._fail(self.tr("Nothing was written ({reason}).").format(reason=error_text(error)))
        self.export_ended.emit(None)

    def copy_passphrase(self) -> str:
        text = self.passphrase.text()
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None and text:
            clipboard.setText(text)
            self.copy_button.setText(self.tr("Copied ✓"))
            self.copied.emit(text)
        return text

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
