"""The foot of a session record: who has signed, the addenda, and the record's history."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.i18n import rendered
from supervision_app.core.supervision.markdown import format_timestamp
from supervision_app.core.supervision.model import PARTIES, Addendum, SessionRecord, Signature
from supervision_app.core.supervision.views import HistoryEvent
from supervision_app.gui.common.wipe import discard
from supervision_app.gui.supervision.widgets import heading, muted


def party_label(party: str, partner_name: str) -> str:
    """Who signs, as the sign-off panel and dialog name them."""
    if party == "owner":
        return QCoreApplication.translate("SignOffPanel", "You")
    return partner_name or QCoreApplication.translate("SignOffPanel", "Your partner")


def signature_lines(
    signatures: Sequence[Signature], partner_name: str, parties: Sequence[str] = PARTIES
) -> str:
    """``You: signed as “AB” on 3 Mar 2026 14:05 UTC`` or ``…: not signed yet``, per party."""
    lines = []
    for party in parties:
        signature = next((s for s in signatures if s.party == party), None)
        who = party_label(party, partner_name)
        if signature is None:
            text = QCoreApplication.translate("SignOffPanel", "○ {who}: not signed yet")
            lines.append(text.format(who=who))
        else:
            text = QCoreApplication.translate(
                "SignOffPanel", "✓ {who}: signed as “{name}” on {when}"
            )
            when = format_timestamp(signature.signed_at, QCoreApplication.translate)
            lines.append(text.format(who=who, name=signature.name, when=when))
    return "\n".join(lines)


class AddendumBox(QWidget):
    sign_requested = Signal(int)

    def __init__(self, number: int, addendum: Addendum, partner_name: str) -> None:
        super().__init__()
        self.addendum_id = addendum.id or 0
        title = heading(
            self.tr("Addendum {number} — {when}, by {author}").format(
                number=number,
                when=format_timestamp(addendum.created_at, QCoreApplication.translate),
                author=addendum.author,
            ),
            1.0,
        )
        text = QLabel(addendum.text)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        state = muted(signature_lines(addendum.signatures, partner_name))
        self.sign_button = QPushButton(self.tr("Sign addendum {number}…").format(number=number))
        self.sign_button.setAccessibleName(self.tr("Sign addendum {number}").format(number=number))
        self.sign_button.setVisible(not addendum.is_locked)
        self.sign_button.clicked.connect(lambda: self.sign_requested.emit(self.addendum_id))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(title)
        layout.addWidget(text)
        row = QHBoxLayout()
        row.addWidget(state, 1)
        row.addWidget(self.sign_button)
        layout.addLayout(row)


class SignOffPanel(QWidget):
    """Signatures with buttons to sign, add and sign addenda; the history below."""

    sign_requested = Signal()
    addendum_requested = Signal()
    sign_addendum_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Sign-off"))
        self.sign_button = QPushButton(self.tr("Si&gn off…"))
        self.sign_button.setToolTip(self.tr("Both of you confirm the record by typing your names"))
        self.addendum_button = QPushButton(self.tr("Add &addendum…"))
        self.addendum_button.setToolTip(self.tr("Add a dated change to the signed record"))
        self.sign_button.clicked.connect(self.sign_requested)
        self.addendum_button.clicked.connect(self.addendum_requested)
        self.addenda_layout = QVBoxLayout()
        self.addenda_layout.setContentsMargins(0, 0, 0, 0)
        self.addenda: list[AddendumBox] = []
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("History of the record"))
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setMaximumHeight(130)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.sign_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.addendum_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addLayout(self.addenda_layout)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history)

    def load(
        self, record: SessionRecord, history: Sequence[HistoryEvent], *, editable: bool
    ) -> None:
        self.clear()
        partner = record.partner_name
        self.status.setText(signature_lines(record.signatures, partner))
        self.sign_button.setVisible(not record.is_locked)
        self.sign_button.setEnabled(editable)
        self.addendum_button.setVisible(record.is_locked)
        self.addendum_button.setEnabled(editable)
        for number, addendum in enumerate(record.addenda, 1):
            box = AddendumBox(number, addendum, partner)
            box.sign_button.setEnabled(editable)
            box.sign_requested.connect(self.sign_addendum_requested)
            self.addenda.append(box)
            self.addenda_layout.addWidget(box)
        for event in history:
            self.history.addItem(
                f"{format_timestamp(event.at, QCoreApplication.translate)} — "
                f"{rendered(event.text, QCoreApplication.translate)}"
            )

    def clear(self) -> None:
        for box in self.addenda:
            discard(box)
        self.addenda = []
        self.status.clear()
        self.history.clear()
