"""The supervision agreement with one partner: every field, and its earlier versions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from supervision_app.core.errors import JournalError
from supervision_app.core.supervision.markdown import format_date
from supervision_app.core.supervision.people import Agreement, Partner
from supervision_app.gui.common.dates import DateField
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.common.typed_text import DiscardGuard
from supervision_app.gui.common.wipe import WIPE_ITEMS
from supervision_app.gui.forms.ui_agreement import Ui_AgreementForm
from supervision_app.gui.supervision.widgets import (
    OptionalDate,
    TextBox,
    set_read_only,
)
from supervision_app.gui.theme import set_tone
from supervision_app.storage.vault import Vault

#: Dates and durations made in core come through the window's language (core/i18n.py).
translate = QCoreApplication.translate

#: The text parts of an agreement, in the issue's order; their labels, placeholders and
#: accessible names are in ``ui/agreement.ui`` (widgets named after the fields).
TEXT_FIELDS = (
    "purpose",
    "format",
    "place",
    "cancellation",
    "confidentiality",
    "confidentiality_limits",
    "recording",
    "copies",
    "disagreement",
)


class AgreementDialog(QDialog):
    """Saving records a new version; earlier versions can be looked at, not changed.

    The form is ``ui/agreement.ui``; the dates (our own date fields) and the versions list
    are added in code.
    """

    saved = Signal(object)

    def __init__(
        self, vault: Vault, partner: Partner, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_AgreementForm()
        ui.setupUi(self)
        # The form's colours are the light ones: the theme's tones follow light and dark.
        set_tone(ui.history_note, "muted")
        set_tone(ui.error, "error")
        self.setWindowTitle(self.tr("Supervision agreement with {name}").format(name=partner.name))
        self.vault, self.partner, self.today = vault, partner, today
        self.versions = vault.supervision.agreements.versions(partner.id or 0)
        self.version = ui.version
        self.version.setProperty(WIPE_ITEMS, True)
        self.version.addItem(self.tr("New version (edit below)"), None)
        for a in self.versions:
            self.version.addItem(
                self.tr("Version {version}, agreed {date}").format(
                    version=a.version, date=format_date(a.agreed_on, translate)
                ),
                a.id,
            )
        self.agreed_on = DateField(self.tr("Date agreed"))
        self.agreed_on.set_value(today)
        ui.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agreed_on)
        ui.agreed_on_label.setBuddy(self.agreed_on)
        self.review = OptionalDate(self.tr("Review by"), self.tr("Review date of the agreement"))
        review_row, _role = ui.form.getWidgetPosition(ui.review_label)
        ui.form.setWidget(review_row, QFormLayout.ItemRole.FieldRole, self.review)
        self.frequency, self.length, self.reevaluate = ui.frequency, ui.length, ui.reevaluate
        self.texts: dict[str, QWidget] = {name: getattr(ui, name) for name in TEXT_FIELDS}
        self.fields = ui.fields
        QWidget.setTabOrder(self.version, self.agreed_on)
        QWidget.setTabOrder(self.agreed_on, self.frequency)
        QWidget.setTabOrder(self.texts[TEXT_FIELDS[-1]], self.review)
        QWidget.setTabOrder(self.review, self.reevaluate)
        self.history_note = ui.history_note
        self.history_note.setText(
            self.tr("Saving keeps the earlier versions: each change is a new version.")
            if self.versions
            else self.tr("The first version of your agreement.")
        )
        self.error = ui.error
        self.error.hide()
        self.buttons = ui.buttons
        self.buttons.accepted.connect(self.try_save)
        self.discard_guard = DiscardGuard(self, self.written)
        self.buttons.rejected.connect(self.discard_guard.cancel)
        self.version.currentIndexChanged.connect(self._show_version)
        self._as_loaded = self._texts()
        if self.versions:
            self.load(self.versions[0], agreed_on=today)

    def _texts(self) -> list[str]:
        return [self._text(name) for name in TEXT_FIELDS]

    def written(self) -> bool:
        """Whether its texts were changed since the version shown was loaded."""
        return self._texts() != self._as_loaded

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
        self._as_loaded = self._texts()

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

    def draft(self) -> Agreement | None:
        """The new version being written, kept through a lock (gui/common/drafts.py); None
        while an earlier version is shown (it cannot be changed)."""
        return self.value() if self.version.currentData() is None else None

    def restore_draft(self, draft: Agreement | None) -> None:
        if draft is not None:
            self.version.setCurrentIndex(0)
            self.load(draft)

    def try_save(self) -> Agreement | None:
        try:
            saved = self.vault.supervision.agreements.save(self.value())
        except JournalError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return None
        self.saved.emit(saved)
        self.accept()
        return saved
