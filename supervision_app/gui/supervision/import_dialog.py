"""Importing an exchange file: check it with its one-time passphrase, see what it holds and
whether it is signed, confirm a new partner's key, then import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
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
from supervision_app.gui.common.wipe import WIPE_ITEMS
from supervision_app.gui.supervision.exchange_dialogs import FILE_FILTER, path_row
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

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a supervision record"))
        self.vault = vault
        self.contents: ExchangeContents | None = None
        self.result_: ImportResult | None = None
        #: The fingerprint confirmation, while it is open.
        self.fingerprint_dialog: FingerprintDialog | None = None
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
            self, self.tr("Import"), str(Path.home()), FILE_FILTER
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
        """Verify the file with the passphrase and show what it holds (nothing is written)."""
        self._forget_preview()
        self.error.hide()
        try:
            contents = read_exchange_file(Path(self.path.text().strip()), self.code.text())
        except (JournalError, OSError) as error:
            self._fail(str(error))
            return False
        self.contents = contents
        role = PARTNER_ROLES.get(str(contents.relationship.get("exporter_role")), "partner")
        n = len(contents.records)
        self.preview_label.setText(
            self.tr(
                "From {exported_by} (your {role}): {n} signed record{s}. "
                "Nothing has been imported yet."
            ).format(
                exported_by=contents.exported_by,
                role=role.lower(),
                n=n,
                s="s" if n != 1 else "",
            )
        )
        self.preview_label.setText(self.preview_label.text() + "\n" + self._key_text(contents))
        for record in contents.records:
            addenda = f" · {len(record.addenda)} addenda" if record.addenda else ""
            self.preview.addItem(
                session_title(record.session_type, contents.exported_by, record.session_date)
                + addenda
            )
        self.partner.addItem(self.tr("Match them, or add them as a new partner"), None)
        for p in self.vault.supervision.partners.list():
            self.partner.addItem(f"{p.name} ({p.role_label})", p.id)
        self.import_button.setEnabled(True)
        return True

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

    def ask_to_trust(self, error: ExchangeKeyNotConfirmed) -> bool:
        """Show the file's key fingerprint; True only if the user confirms it."""
        dialog = FingerprintDialog(
            error.name, error.fingerprint, self.vault.supervision.identity.fingerprint(), self
        )
        self.fingerprint_dialog = dialog
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self.fingerprint_dialog = None
            dialog.deleteLater()

    def _import_clicked(self) -> None:
        if self.result_ is not None:
            self.accept()
            return
        self.import_now()

    def import_now(self) -> ImportResult | None:
        if self.contents is None and not self.check():
            return None
        assert self.contents is not None
        partner_id = self.partner.currentData()
        trust: str | None = None
        while True:
            try:
                result = import_contents(
                    self.vault, self.contents, partner_id=partner_id, trust_fingerprint=trust
                )
                break
            except ExchangeKeyNotConfirmed as error:
                if trust is not None or not self.ask_to_trust(error):
                    self._fail(
                        self.tr(
                            "The key was not confirmed, so nothing was imported. Compare the "
                            "fingerprint with {name}, then import again."
                        ).format(name=error.name)
                    )
                    return None
                trust = error.fingerprint
            except JournalError as error:
                self._fail(str(error))
                return None
        self.result_ = result
        self.done_label.setText(result.summary())
        self.import_button.setText(self.tr("&Done"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.imported.emit(result)
        return result

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.import_button.setEnabled(False)
