"""Start a session record: with whom, when and what kind; what it will bring forward."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.supervision.model import SESSION_TYPES
from supervision_app.gui.common.dates import DateField
from supervision_app.gui.common.wipe import WIPE_ITEMS
from supervision_app.gui.supervision.widgets import (
    muted,
    select_data,
)
from supervision_app.storage.vault import Vault


class NewSessionDialog(QDialog):
    partners_requested = Signal()

    def __init__(
        self,
        vault: Vault,
        today: dt.date,
        parent: QWidget | None = None,
        *,
        reevaluate: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New supervision session"))
        self.vault = vault
        self.reevaluate = reevaluate
        self.partner = QComboBox()
        self.partner.setAccessibleName(self.tr("Partner"))
        self.partner.setProperty(WIPE_ITEMS, True)
        self.date = DateField(self.tr("Session date"))
        self.date.set_value(today)
        self.session_type = QComboBox()
        self.session_type.setAccessibleName(self.tr("Type of session"))
        for key, label in SESSION_TYPES.items():
            self.session_type.addItem(self.tr(label), key)  # declared: i18n.declared_texts
        self.info = muted()
        self.info.setAccessibleName(self.tr("What this session brings forward"))
        self.partners_button = QPushButton(self.tr("&Partners and agreements…"))
        self.partners_button.clicked.connect(self.partners_requested)
        form = QFormLayout()
        form.addRow(self.tr("&With"), self.partner)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Type"), self.session_type)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Start the record"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.partners_button)
        layout.addWidget(self.buttons)
        self.partner.currentIndexChanged.connect(lambda _i: self._update())
        self.date.dateChanged.connect(lambda _d: self._update())
        self.resize(460, self.sizeHint().height())
        self.refresh()

    def refresh(self) -> None:
        chosen = self.partner_id()
        self.partner.blockSignals(True)
        self.partner.clear()
        for p in self.vault.supervision.partners.list(active_only=True):
            self.partner.addItem(f"{p.name} ({p.role_label})", p.id)
        select_data(self.partner, chosen)
        self.partner.blockSignals(False)
        self._update()

    def partner_id(self) -> int | None:
        data = self.partner.currentData()
        return int(data) if data is not None else None

    def session_date(self) -> dt.date:
        return self.date.value()

    def session_type_key(self) -> str:
        return str(self.session_type.currentData())

    def _update(self) -> None:
        partner_id = self.partner_id()
        self.ok.setEnabled(partner_id is not None)
        if partner_id is None:
            self.info.setText(self.tr("Add your supervisor, supervisee or peer first."))
            return
        sup = self.vault.supervision
        peer = sup.partners.get(partner_id).role == "peer"
        if peer:
            select_data(self.session_type, "peer_reflection")
        n = len(sup.actions.for_review(partner_id))
        lines = [
            self.tr("%n open action(s) from earlier sessions will be reviewed.", "", n)
            if n
            else self.tr("No open actions from earlier sessions.")
        ]
        if sup.sessions.reevaluation_due(partner_id) or self.reevaluate:
            lines.append(
                self.tr("This session includes a re-evaluation of your supervisory relationship.")
            )
        else:
            left = sup.sessions.sessions_until_reevaluation(partner_id)
            lines.append(
                self.tr(
                    "The relationship is due to be re-evaluated %n session(s) after this one.",
                    "",
                    left,
                )
            )
        flagged = len(self.vault.companion.flags.open_flags(partner_id))
        if flagged:
            lines.append(
                self.tr(
                    "%n item(s) flagged to bring: Companion ▸ Prepare for supervision drafts the "
                    "agenda from them.",
                    "",
                    flagged,
                )
            )
        self.info.setText("\n".join(line for line in lines if line))
