"""The supervision agreement with one partner: every field, and its earlier versions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.errors import JournalError
from supervision_app.core.supervision.markdown import format_date
from supervision_app.core.supervision.people import Agreement, Partner
from supervision_app.gui.common.dates import DateField
from supervision_app.gui.common.wipe import WIPE_ITEMS
from supervision_app.gui.supervision.widgets import (
    ERROR_STYLE,
    OptionalDate,
    TextBox,
    line,
    muted,
    set_read_only,
    styled_label,
)
from supervision_app.storage.vault import Vault

#: field -> (label, placeholder) for the text parts of an agreement, in the issue's order.
TEXT_FIELDS = {
    "purpose": ("&Purpose", "What supervision is for, for both of you"),
    "format": ("&Format", "One-to-one, group, online or in person"),
    "place": ("P&lace", "Where you meet"),
    "cancellation": ("&Cancellation", "How a session is cancelled and rearranged"),
    "confidentiality": ("C&onfidentiality", "What stays between you"),
    "confidentiality_limits": (
        "Li&mits of confidentiality",
        "When something must be shared, and with whom",
    ),
    "recording": ("Who &records", "Who writes the record of each session"),
    "copies": ("Who &keeps copies", "Who keeps a copy, and where"),
    "disagreement": ("&Disagreement", "How you handle a disagreement"),
}
SHORT_FIELDS = ("format", "place", "recording", "copies")


def optional_spin(suffix: str, maximum: int, unset: str, name: str) -> QSpinBox:
    """A number that may be left unset (0 shows ``unset``)."""
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setSuffix(suffix)
    spin.setSpecialValueText(unset)
    spin.setAccessibleName(name)
    return spin


class AgreementDialog(QDialog):
    """Saving records a new version; earlier versions can be looked at, not changed."""

    saved = Signal(object)

    def __init__(
        self, vault: Vault, partner: Partner, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Supervision agreement with {name}").format(name=partner.name))
        self.vault, self.partner, self.today = vault, partner, today
        self.versions = vault.supervision.agreements.versions(partner.id or 0)
        self.version = QComboBox()
        self.version.setAccessibleName(self.tr("Version of the agreement"))
        self.version.setProperty(WIPE_ITEMS, True)
        self.version.addItem(self.tr("New version (edit below)"), None)
        for a in self.versions:
            self.version.addItem(
                self.tr("Version {version}, agreed {date}").format(
                    version=a.version, date=format_date(a.agreed_on)
                ),
                a.id,
            )
        self.agreed_on = DateField(self.tr("Date agreed"))
        self.agreed_on.set_value(today)
        self.frequency = optional_spin(
            self.tr(" days"), 366, self.tr("Not agreed"), self.tr("How often, in days")
        )
        self.length = optional_spin(
            self.tr(" min"), 1440, self.tr("Not agreed"), self.tr("Length of a session")
        )
        self.length.setSingleStep(15)
        self.review = OptionalDate(self.tr("Review by"), self.tr("Review date of the agreement"))
        self.reevaluate = optional_spin(
            self.tr(" sessions"),
            100,
            self.tr("As in your settings"),
            self.tr("Re-evaluate the relationship every"),
        )
        self.texts: dict[str, QWidget] = {}
        form = QFormLayout()
        form.addRow(self.tr("Date &agreed"), self.agreed_on)
        timing = QHBoxLayout()
        for caption, spin in (("&Every", self.frequency), ("Le&ngth", self.length)):
            buddy = QLabel(caption)
            buddy.setBuddy(spin)
            timing.addWidget(buddy)
            timing.addWidget(spin)
        timing.addStretch(1)
        form.addRow(self.tr("How often"), timing)
        for name, (caption, placeholder) in TEXT_FIELDS.items():
            plain = caption.replace("&", "")
            field: QWidget = (
                line(plain, placeholder) if name in SHORT_FIELDS else TextBox(plain, placeholder, 2)
            )
            self.texts[name] = field
            form.addRow(caption, field)
        form.addRow(self.tr("Review date"), self.review)
        form.addRow(self.tr("Re-e&valuate every"), self.reevaluate)
        self.fields = QWidget()
        self.fields.setLayout(form)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Agreement"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields)
        self.history_note = muted(
            self.tr("Saving keeps the earlier versions: each change is a new version.")
            if self.versions
            else self.tr("The first version of your agreement.")
        )
        self.error = styled_label(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        version_label = QLabel(self.tr("&Show"))
        version_label.setBuddy(self.version)
        top.addWidget(version_label)
        top.addWidget(self.version, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.history_note)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.version.currentIndexChanged.connect(self._show_version)
        if self.versions:
            self.load(self.versions[0], agreed_on=today)
        self.resize(640, 720)

    def _text(self, name: str) -> str:
        widget = self.texts[name]
        return widget.text()  # type: ignore[attr-defined, no-any-return]

    def load(self, agreement: Agreement, *, agreed_on: dt.date | None = None) -> None:
        self.agreed_on.set_value(agreed_on or agreement.agreed_on)
        self.frequency.setValue(agreement.frequency_days or 0)
        self.length.setValue(agreement.length_minutes or 0)
        self.review.set_value(agreement.review_date)
        self.reevaluate.setValue(agreement.reevaluation_every or 0)
        for name, widget in self.texts.items():
            value = getattr(agreement, name)
            if isinstance(widget, TextBox):
                widget.set_text(value)
            else:
                widget.setText(value)  # type: ignore[attr-defined]

    def _show_version(self, index: int) -> None:
        agreement_id = self.version.itemData(index)
        old = next((a for a in self.versions if a.id == agreement_id), None)
        if old is not None:
            self.load(old)
        elif self.versions:
            self.load(self.versions[0], agreed_on=self.today)
        viewing = old is not None
        set_read_only(self.fields, viewing)
        self.review.set_read_only(viewing)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not viewing)

    def value(self) -> Agreement:
        return Agreement(
            partner_id=self.partner.id or 0,
            agreed_on=self.agreed_on.value(),
            frequency_days=self.frequency.value() or None,
            length_minutes=self.length.value() or None,
            review_date=self.review.value(),
            reevaluation_every=self.reevaluate.value() or None,
            **{name: self._text(name) for name in TEXT_FIELDS},  # type: ignore[arg-type]
        )

    def try_save(self) -> Agreement | None:
        try:
            saved = self.vault.supervision.agreements.save(self.value())
        except JournalError as error:
            self.error.setText(str(error))
            self.error.show()
            return None
        self.saved.emit(saved)
        self.accept()
        return saved
