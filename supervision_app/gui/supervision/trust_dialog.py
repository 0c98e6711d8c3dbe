"""Confirming a partner's key: the first exchange file from them shows its fingerprint, to
compare with them by the same channel as the one-time passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from supervision_app.gui.supervision.widgets import muted


def fingerprint_label(fingerprint: str, accessible_name: str) -> QLabel:
    """A fingerprint in a large fixed-width font, selectable, one group at a time readable."""
    label = QLabel(fingerprint)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setTextInteractionFlags(
        label.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    label.setAccessibleName(accessible_name)
    return label


class FingerprintDialog(QDialog):
    """Shows the file's key fingerprint and trusts it only after an explicit confirmation."""

    def __init__(
        self,
        partner_name: str,
        fingerprint: str,
        own_fingerprint: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirm {name}'s key").format(name=partner_name))
        self.fingerprint = fingerprint
        intro = QLabel(
            self.tr(
                "This is the first exchange file from {name}. It is signed with this key:"
            ).format(name=partner_name)
        )
        intro.setWordWrap(True)
        self.key = fingerprint_label(fingerprint, self.tr("Fingerprint of the file's key"))
        how = QLabel(
            self.tr(
                "Ask {name} to read out their fingerprint (Supervision ▸ Partners, or "
                "'supervision-journal identity') by the same channel as the one-time "
                "passphrase — in person or by phone, never in the message that brought the "
                "file — and compare every group. If any group differs, the file may come "
                "from someone else: cancel, and nothing is imported. Once confirmed, later "
                "files from {name} must carry this key."
            ).format(name=partner_name)
        )
        how.setWordWrap(True)
        own = muted(
            self.tr("Yours, for {name} to compare: {fp}").format(
                name=partner_name, fp=own_fingerprint
            )
        )
        own.setAccessibleName(self.tr("Your own key fingerprint"))
        self.confirm = QCheckBox(
            self.tr("I have &compared every group with {name}: they are the same").format(
                name=partner_name
            )
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.trust_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.trust_button.setText(self.tr("&Trust this key and import"))
        self.trust_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Ca&ncel: import nothing")
        )
        self.confirm.toggled.connect(self.trust_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key)
        layout.addWidget(how)
        layout.addWidget(own)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.confirm.setFocus()
        self.resize(560, self.sizeHint().height())
