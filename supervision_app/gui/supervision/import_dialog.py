"""Importing an exchange file: check it with its one-time passphrase, see what it holds and
whether it is signed, confirm a new partner's key, then import.

Reading and verifying the file (key derivation, every page's HMAC, the signature) and the
import itself (one transaction) run on a worker thread behind a progress dialog with Cancel;
a cancelled import is rolled back, so nothing of it is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.errors import JournalError
from supervision_app.core.supervision.errors import ExchangeKeyNotConfirmed
from supervision_app.core.supervision.markdown import session_title
from supervision_app.core.supervision.model import PARTNER_ROLES
from supervision_app.core.supervision.rules import normalise_one_time_passphrase
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.common.tasks import (
    Cancelled,
    Task,
    TaskControl,
    run_with_progress,
    was_cancelled,
)
from supervision_app.gui.common.wipe import WIPE_ITEMS
from supervision_app.gui.supervision.exchange_dialogs import file_filter, path_row
from supervision_app.gui.supervision.trust_dialog import FingerprintDialog
from supervision_app.gui.supervision.widgets import (
    ERROR_STYLE,
    line,
    muted,
    styled_label,
)
from supervision_app.storage.supervision.exchange import (
    SUFFIX,
    ExchangeContents,
    read_exchange_file,
)
from supervision_app.storage.supervision.exchange_import import ImportResult, import_contents
from supervision_app.storage.supervision.identity import partner_fingerprint
from supervision_app.storage.vault import Vault


class ImportDialog(QDialog):
    """Choose a file, type its one-time passphrase, see what it holds, then import."""

    imported = Signal(object)
    #: A check ended: True when it shows what the file holds.
    checked = Signal(bool)
    #: An import ended (``import_now``): its result, or None (nothing was imported).
    ended = Signal(object)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a supervision record"))
        self.vault = vault
        self.contents: ExchangeContents | None = None
        self.result_: ImportResult | None = None
        #: The fingerprint confirmation, while it is open.
        self.fingerprint_dialog: FingerprintDialog | None = None
        #: The check or import running on a worker thread (gui/common/tasks.py), if any.
        self.task: Task | None = None
        self._importing = False
        self._import_after_check = False
        self._trust: str | None = None
        self.path = line(
            self.tr("Exchange file"),
            self.tr("The file your partner gave you ({SUFFIX})").format(SUFFIX=SUFFIX),
        )
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.clicked.connect(self._choose_path)
        self.code = line(self.tr("One-time passphrase"), self.tr("XXXX-XXXX-XXXX-XXXX-XXXX"))
        self.check_button = QPushButton(self.tr("&Check the file"))
        self.check_button.clicked.connect(self.check)
        self.preview_label = muted()
        self.preview = QListWidget()
        self.preview.setAccessibleName(self.tr("Records in the file"))
        self.partner = QComboBox()
        self.partner.setAccessibleName(self.tr("Whose records these are"))
        self.partner.setProperty(WIPE_ITEMS, True)
        self.error = styled_label(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Why nothing was imported"))
        self.error.hide()
        self.done_label = muted()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self._import_clicked)
        self.buttons.rejected.connect(self.reject)
        self.path.textEdited.connect(self._forget_preview)
        self.code.textEdited.connect(self._forget_preview)
        self.code.returnPressed.connect(self.check)

        layout = QVBoxLayout(self)
        for text, widget in (("&File", self.path), ("One-time &passphrase", self.code)):
            label = QLabel(text)
            label.setBuddy(widget)
            layout.addWidget(label)
            if widget is self.path:
                layout.addLayout(path_row(self.path, self.choose_button))
            else:
                layout.addLayout(path_row(self.code, self.check_button))
        layout.addWidget(self.error)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 1)
        partner_label = QLabel(self.tr("&Add them to"))
        partner_label.setBuddy(self.partner)
        row = QHBoxLayout()
        row.addWidget(partner_label)
        row.addWidget(self.partner, 1)
        layout.addLayout(row)
        layout.addWidget(self.done_label)
        layout.addWidget(self.buttons)
        self.resize(580, 440)

    def _choose_path(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import"), str(Path.home()), file_filter()
        )
        if path:
            self.path.setText(path)
            self._forget_preview()

    def _forget_preview(self, *_: object) -> None:
        self.contents = None
        self.preview.clear()
        self.preview_label.clear()
        self.partner.clear()
        self.import_button.setEnabled(False)

    def check(self) -> bool:
        """Start verifying the file with its passphrase on a worker thread (nothing is
        written); ``checked`` says how it ended. False (and why) if it cannot start."""
        if self.task is not None:
            return False
        self._forget_preview()
        self.error.hide()
        path = Path(self.path.text().strip())
        try:
            code = normalise_one_time_passphrase(self.code.text(), QCoreApplication.translate)
        except JournalError as error:
            self._fail(error_text(error))
            self._end_import(None)
            return False

        def work(control: TaskControl) -> ExchangeContents:
            control.check()
            return read_exchange_file(path, code)

        self.task = run_with_progress(
            self,
            self.windowTitle(),
            self.tr("Checking {name}…").format(name=path.name),
            work,
            on_done=self._checked,
            on_failed=lambda error: self._failed(error, checking=True),
        )
        return True

    def _checked(self, contents: object) -> None:
        task, self.task = self.task, None
        if task is not None and task.control.cancelled:
            self._failed(Cancelled(), checking=True)
            return
        assert isinstance(contents, ExchangeContents)
        self.show_contents(contents)
        self.checked.emit(True)
        if self._import_after_check:
            self._import_after_check = False
            self._start_import()

    def show_contents(self, contents: ExchangeContents) -> None:
        """What the verified file holds and who signed it (nothing has been imported)."""
        self.contents = contents
        label = PARTNER_ROLES.get(str(contents.relationship.get("exporter_role")))
        role = self.tr(label).lower() if label else self.tr("partner")
        n = len(contents.records)
        self.preview_label.setText(
            self.tr(
                "From {exported_by} (your {role}): %n signed record(s). "
                "Nothing has been imported yet.",
                "",
                n,
            ).format(exported_by=contents.exported_by, role=role)
        )
        self.preview_label.setText(self.preview_label.text() + "\n" + self._key_text(contents))
        for record in contents.records:
            addenda = (
                " · " + self.tr("%n addendum(s)", "", len(record.addenda)) if record.addenda else ""
            )
            self.preview.addItem(
                session_title(
                    record.session_type,
                    contents.exported_by,
                    record.session_date,
                    QCoreApplication.translate,
                )
                + addenda
            )
        self.partner.addItem(self.tr("Match them, or add them as a new partner"), None)
        for p in self.vault.supervision.partners.list():
            self.partner.addItem(f"{p.name} ({p.role_label})", p.id)
        self.import_button.setEnabled(True)

    def _key_text(self, contents: ExchangeContents) -> str:
        """Whether the file is signed, and by a key already confirmed."""
        if contents.signer_fingerprint is None:
            return self.tr(
                "Not signed: written by an older version of the app, so it will be imported "
                "as unverified."
            )
        for p in self.vault.supervision.partners.list():
            if p.id is not None and partner_fingerprint(self.vault.conn, p.id) == (
                contents.signer_fingerprint
            ):
                return self.tr("Signed with the key you confirmed for {name}.").format(name=p.name)
        return self.tr(
            "Signed with a key you have not confirmed yet: you will be asked to compare its "
            "fingerprint with your partner."
        )

    def _ask_to_trust(self, error: ExchangeKeyNotConfirmed) -> None:
        """Show the file's key fingerprint; import only if the user confirms it."""
        dialog = FingerprintDialog(
            error.name, error.fingerprint, self.vault.supervision.identity.fingerprint(), self
        )
        self.fingerprint_dialog = dialog

        def answered(code: int) -> None:
            self.fingerprint_dialog = None
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted and self.contents is not None:
                self._start_import(trust=error.fingerprint)
                return
            self._not_trusted(error.name)

        dialog.finished.connect(answered)
        dialog.open()

    def _not_trusted(self, name: str) -> None:
        self._fail(
            self.tr(
                "The key was not confirmed, so nothing was imported. Compare the "
                "fingerprint with {name}, then import again."
            ).format(name=name)
        )
        self._end_import(None)

    def _import_clicked(self) -> None:
        if self.result_ is not None:
            self.accept()
            return
        self.import_now()

    def import_now(self) -> bool:
        """Start importing on a worker thread (checking the file first if that is not done);
        ``ended`` carries the result, or None. False if it cannot start."""
        if self.task is not None or self.result_ is not None:
            return False
        self._importing = True
        if self.contents is None:
            self._import_after_check = True
            return self.check()
        self._start_import()
        return True

    def _start_import(self, trust: str | None = None) -> None:
        assert self.contents is not None
        contents, partner_id = self.contents, self.partner.currentData()
        self._trust = trust
        label = self.tr("Importing {done} of {total}…")

        def work(control: TaskControl) -> ImportResult:
            def step(done: int, total: int) -> None:
                control.check()
                control.progress(done, total, label.format(done=done, total=total))

            control.check()
            return import_contents(
                self.vault, contents, partner_id=partner_id, trust_fingerprint=trust, step=step
            )

        self.import_button.setEnabled(False)
        self.task = run_with_progress(
            self,
            self.windowTitle(),
            self.tr("Importing the records…"),
            work,
            on_done=self._imported,
            on_failed=self._failed,
            interrupt=self.vault.conn.interrupt,
        )

    def _imported(self, result: object) -> None:
        # Done even if Cancel came too late: it is committed, and the summary says what.
        self.task = None
        assert isinstance(result, ImportResult)
        self.result_ = result
        self.done_label.setText(result.summary(QCoreApplication.translate))
        self.import_button.setText(self.tr("&Done"))
        self.import_button.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.imported.emit(result)
        self._end_import(result)

    def _failed(self, error: BaseException, *, checking: bool = False) -> None:
        self.task = None
        if isinstance(error, ExchangeKeyNotConfirmed) and not checking:
            if self._trust is None:
                self._ask_to_trust(error)
            else:
                self._not_trusted(error.name)
            return
        if was_cancelled(error):
            self.error.setText(self.tr("Cancelled: nothing was imported."))
            self.error.show()
            self.import_button.setEnabled(self.contents is not None)
        elif isinstance(error, JournalError | OSError):
            self._fail(error_text(error))
        else:
            self._fail(self.tr("Nothing was imported ({reason}).").format(reason=error_text(error)))
        if checking:
            self.checked.emit(False)
        self._end_import(None)

    def _end_import(self, result: ImportResult | None) -> None:
        """An import (or the check it started with) ended: tell whoever waits."""
        self._import_after_check = False
        if self._importing:
            self._importing = False
            self.ended.emit(result)

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.import_button.setEnabled(False)
