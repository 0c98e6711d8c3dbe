"""What exchange files proposed in the owner's name, for them to accept or reject.

A record "signed" by the owner, an addendum in their name or their sign-off of an addendum
never enters the journal as theirs: it waits here. Accepting signs it with this journal's
key in the owner's name (checked against "your name"); rejecting leaves the journal as it
was.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.errors import JournalError
from supervision_app.core.i18n import rendered
from supervision_app.core.supervision.errors import NameMismatch
from supervision_app.core.supervision.proposal_texts import lines_text
from supervision_app.core.supervision.views import PROPOSAL_KINDS, Proposal
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.supervision.widgets import ERROR_STYLE, line, muted, styled_label
from supervision_app.storage.vault import Vault

_ID = Qt.ItemDataRole.UserRole


class ProposalsDialog(QDialog):
    """The pending proposals, each with what accepting it would do."""

    #: After a decision: the id of the record accepted (0 after a rejection).
    changed = Signal(int)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Awaiting your sign-off"))
        self.vault = vault
        intro = QLabel(
            self.tr(
                "Exchange files never sign anything as you. What a file said in your name "
                "waits here: read it, then sign and accept it (with your journal's key), or "
                "reject it. Nothing here is in your journal, or changes your actions, until "
                "you accept it."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Proposals awaiting your decision"))
        self.details = muted()
        self.details.setAccessibleName(self.tr("What accepting the proposal does"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name = line(self.tr("Sign as"), self.tr("Your name"))
        self.name.setText(vault.supervision.owner.name())
        name_label = QLabel(self.tr("Sign &as"))
        name_label.setBuddy(self.name)
        self.confirm_name = QCheckBox(self.tr("This &is my name: sign with it anyway"))
        self.confirm_name.hide()
        self.accept_button = QPushButton(self.tr("Sign and a&ccept"))
        self.reject_button = QPushButton(self.tr("&Reject"))
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button.clicked.connect(self.reject_current)
        self.error = styled_label(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Why it was not accepted"))
        self.error.hide()
        self.done_label = muted()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(name_label)
        row.addWidget(self.name, 1)
        row.addWidget(self.accept_button)
        row.addWidget(self.reject_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        layout.addLayout(row)
        layout.addWidget(self.confirm_name)
        layout.addWidget(self.error)
        layout.addWidget(self.done_label)
        layout.addWidget(close)
        self.list.currentRowChanged.connect(lambda _r: self._show_current())
        self.name.textEdited.connect(lambda _t: self._hide_confirm())
        self.resize(640, 460)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for p in self.vault.supervision.proposals.list():
            who = self.tr(" — from {name}").format(name=p.partner_name) if p.partner_name else ""
            item = QListWidgetItem(f"{_shown(p.summary)}{who}")
            item.setToolTip(self.tr(PROPOSAL_KINDS[p.kind]))
            item.setData(_ID, p.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def current(self) -> Proposal | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self.vault.supervision.proposals.get(int(item.data(_ID)))

    def _show_current(self) -> None:
        proposal = self.current()
        self.accept_button.setEnabled(proposal is not None)
        self.reject_button.setEnabled(proposal is not None)
        self._hide_confirm()
        if proposal is None:
            self.details.setText(self.tr("Nothing is waiting for your sign-off."))
            return
        lines = [_shown(proposal.summary) + "."]
        if proposal.claimed_name:
            lines.append(
                self.tr("The file typed your name as “{name}”; you sign with your own.").format(
                    name=proposal.claimed_name
                )
            )
        if proposal.details:
            lines.append(lines_text(proposal.details, QCoreApplication.translate))
        lines.extend(
            self.tr("If you accept: {update}.").format(update=_shown(u))
            for u in proposal.action_updates
        )
        self.details.setText("\n".join(lines))

    def _hide_confirm(self) -> None:
        self.confirm_name.setChecked(False)
        self.confirm_name.hide()
        self.error.hide()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def accept_current(self) -> bool:
        proposal = self.current()
        if proposal is None:
            return False
        confirm = self.confirm_name.isVisible() and self.confirm_name.isChecked()
        try:
            decided = self.vault.supervision.proposals.accept(
                proposal.id, self.name.text(), confirm_name=confirm
            )
        except NameMismatch as error:
            self._fail(error_text(error))
            self.confirm_name.show()
            return False
        except JournalError as error:
            self._fail(error_text(error))
            return False
        self.done_label.setText(
            self.tr("Accepted and signed: {what}.").format(what=_shown(proposal.summary))
        )
        self.refresh()
        self.changed.emit(decided.session_id or 0)
        return True

    def reject_current(self) -> bool:
        proposal = self.current()
        if proposal is None:
            return False
        try:
            self.vault.supervision.proposals.reject(proposal.id)
        except JournalError as error:
            self._fail(error_text(error))
            return False
        self.done_label.setText(
            self.tr("Rejected; nothing was added: {what}.").format(what=_shown(proposal.summary))
        )
        self.refresh()
        self.changed.emit(0)
        return True


def _shown(text: str) -> str:
    """A proposal's text (core/supervision/proposal_texts.py) in the window's language."""
    return str(rendered(text, QCoreApplication.translate))
