"""Sign-off of a record or an addendum (each party types their name), and adding an addendum."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.errors import JournalError
from supervision_app.core.supervision.errors import NameMismatch
from supervision_app.core.supervision.markdown import format_timestamp
from supervision_app.core.supervision.model import PARTIES, Addendum, Signature
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.common.typed_text import DiscardGuard
from supervision_app.gui.supervision.signoff_panel import party_label
from supervision_app.gui.supervision.widgets import (
    ERROR_STYLE,
    WARNING_STYLE,
    TextBox,
    line,
    muted,
    styled_label,
)

#: sign(party, typed name, confirmed a different name) -> the signatures now given.
Signer = Callable[[str, str, bool], Sequence[Signature]]


class SignOffDialog(QDialog):
    """Each party types their name and signs; the time of each signature is shown.

    ``signed`` is emitted after every signature; the dialog says when both have signed.
    """

    signed = Signal()

    def __init__(
        self,
        what: str,
        partner_name: str,
        signatures: Sequence[Signature],
        sign: Signer,
        parent: QWidget | None = None,
        *,
        expected_names: dict[str, str] | None = None,
        warning: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign off {what}").format(what=what))
        self._sign = sign
        self.partner_name = partner_name
        self.signatures: list[Signature] = list(signatures)
        intro = QLabel(
            self.tr(
                "Both of you confirm {what} by typing your own name. Once you have both signed, "
                "it is read-only: any later change is a dated addendum, signed in the same way."
            ).format(what=what)
        )
        intro.setWordWrap(True)
        self.warning = styled_label(WARNING_STYLE, warning)
        self.warning.setVisible(bool(warning))
        self.names: dict[str, QLineEdit] = {}
        self.states: dict[str, QLabel] = {}
        self.buttons_by_party: dict[str, QPushButton] = {}
        #: Shown when a typed name is not the expected one: signing then needs this ticked.
        self.confirms: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.warning)
        hints = expected_names or {}
        for party in PARTIES:
            who = party_label(party, partner_name)
            box = QGroupBox(
                who if party == "owner" else self.tr("{who} (your partner)").format(who=who)
            )
            grid = QGridLayout(box)
            state = muted()
            state.setAccessibleName(self.tr("Signature of {who}").format(who=who))
            name = line(
                self.tr("Name typed by {who}").format(who=who),
                self.tr("Type your name, e.g. {hint}").format(hint=hints[party])
                if hints.get(party)
                else self.tr("Type your name"),
            )
            button = QPushButton(
                self.tr("Sign as {who}").format(who=who)
                if party == "partner"
                else self.tr("Sign as you")
            )
            button.clicked.connect(lambda _c=False, p=party: self.sign(p))
            name.returnPressed.connect(lambda p=party: self.sign(p))
            confirm = QCheckBox(self.tr("This is the right name: sign with it anyway"))
            confirm.setAccessibleName(self.tr("Confirm the name typed by {who}").format(who=who))
            confirm.hide()
            name.textEdited.connect(lambda _t, c=confirm: (c.setChecked(False), c.hide()))
            grid.addWidget(state, 0, 0, 1, 2)
            grid.addWidget(name, 1, 0)
            grid.addWidget(button, 1, 1)
            grid.addWidget(confirm, 2, 0, 1, 2)
            self.confirms[party] = confirm
            self.names[party], self.states[party] = name, state
            self.buttons_by_party[party] = button
            layout.addWidget(box)
        self.error = styled_label(ERROR_STYLE)
        self.error.hide()
        self.done_label = muted()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.error)
        layout.addWidget(self.done_label)
        layout.addWidget(self.buttons)
        self._refresh()
        self.resize(520, self.sizeHint().height())

    def signature_of(self, party: str) -> Signature | None:
        return next((s for s in self.signatures if s.party == party), None)

    @property
    def complete(self) -> bool:
        return all(self.signature_of(p) is not None for p in PARTIES)

    def sign(self, party: str) -> bool:
        """Sign as ``party``; a name other than the expected one is refused until the
        confirmation shown beside it is ticked."""
        confirm = self.confirms[party]
        confirmed = confirm.isVisible() and confirm.isChecked()
        try:
            self.signatures = list(self._sign(party, self.names[party].text(), confirmed))
        except NameMismatch as error:
            self.error.setText(error_text(error))
            self.error.show()
            confirm.show()
            return False
        except JournalError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return False
        self.error.hide()
        confirm.hide()
        self._refresh()
        self.signed.emit()
        return True

    def _refresh(self) -> None:
        for party in PARTIES:
            signature = self.signature_of(party)
            done = signature is not None
            if signature is None:
                text = self.tr("○ Not signed yet")
            else:
                how = (
                    self.tr("signed with your journal's key")
                    if signature.proof is not None and party == "owner"
                    else self.tr("a name typed here: it shows who was present, not who it was")
                )
                text = self.tr("✓ Signed as “{name}” on {when} ({how})").format(
                    name=signature.name,
                    when=format_timestamp(signature.signed_at, QCoreApplication.translate),
                    how=how,
                )
            self.states[party].setText(text)
            self.names[party].setVisible(not done)
            self.buttons_by_party[party].setVisible(not done)
        self.done_label.setText(
            self.tr("Signed by both of you: it is now read-only.") if self.complete else ""
        )
        self.done_label.setVisible(self.complete)


class AddendumDialog(QDialog):
    """The text of a dated change to a signed record, and who wrote it."""

    def __init__(
        self,
        add: Callable[[str, str], Addendum],
        author: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an addendum"))
        self._add = add
        self.addendum: Addendum | None = None
        intro = QLabel(
            self.tr(
                "An addendum is added to the signed record with today's date and time. Its text "
                "cannot be changed afterwards (add another to correct it); both of you sign it."
            )
        )
        intro.setWordWrap(True)
        self.text = TextBox(
            self.tr("Text of the addendum"),
            self.tr("What is added or corrected, and why"),
            6,
            grow=False,
        )
        self.author = line(self.tr("Written by"), self.tr("Your name or initials"))
        self.author.setText(author)
        self.error = styled_label(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add addendum"))
        self.buttons.accepted.connect(self.try_accept)
        self.discard_guard = DiscardGuard(self, lambda: bool(self.text.text().strip()))
        self.buttons.rejected.connect(self.discard_guard.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        text_label = QLabel(self.tr("A&ddendum"))
        text_label.setBuddy(self.text)
        layout.addWidget(text_label)
        layout.addWidget(self.text, 1)
        author_label = QLabel(self.tr("&Written by"))
        author_label.setBuddy(self.author)
        layout.addWidget(author_label)
        layout.addWidget(self.author)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 360)

    def draft(self) -> tuple[str, str]:
        """The text and its author, kept through a lock (gui/common/drafts.py): only these,
        never the signed record, which an addendum cannot change."""
        return self.text.text(), self.author.text()

    def restore_draft(self, draft: tuple[str, str]) -> None:
        self.text.set_text(draft[0])
        self.author.setText(draft[1])

    def try_accept(self) -> None:
        try:
            self.addendum = self._add(self.text.text(), self.author.text())
        except JournalError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.accept()
