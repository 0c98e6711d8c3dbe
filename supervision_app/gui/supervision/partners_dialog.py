"""Who is who: your role and name, your supervision partners, and each partner's history."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.errors import JournalError
from supervision_app.core.i18n import format_duration
from supervision_app.core.supervision.markdown import format_date
from supervision_app.core.supervision.model import OWNER_ROLES, PARTNER_ROLES, SESSION_TYPES
from supervision_app.core.supervision.people import Agreement, Partner
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.forms.ui_partner import Ui_PartnerForm
from supervision_app.gui.saving import SAVE_ERRORS
from supervision_app.gui.supervision.trust_dialog import fingerprint_label
from supervision_app.gui.supervision.widgets import (
    ERROR_STYLE,
    line,
    muted,
    select_data,
    styled_label,
)
from supervision_app.gui.theme import set_tone
from supervision_app.storage.supervision.identity import forget_partner_key, partner_fingerprint
from supervision_app.storage.vault import Vault

#: Dates and durations made in core come through the window's language (core/i18n.py).
translate = QCoreApplication.translate

ID_ROLE = Qt.ItemDataRole.UserRole + 40


class PartnerDialog(QDialog):
    """Add or edit one partner (the form is ``ui/partner.ui``; the roles come from code)."""

    def __init__(self, partner: Partner | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PartnerForm()
        self.ui.setupUi(self)
        # The form's colours are the light ones: the theme's tone follows light and dark.
        set_tone(self.ui.name_hint, "muted")
        self.setWindowTitle(
            self.tr("Edit partner") if partner else self.tr("Add a supervision partner")
        )
        self.partner = partner
        self.name, self.role, self.notes = self.ui.name, self.ui.role, self.ui.notes
        self.buttons = self.ui.buttons
        for key, label in PARTNER_ROLES.items():
            self.role.addItem(self.tr(label), key)  # declared: i18n.declared_texts
        if partner is not None:
            self.name.setText(partner.name)
            select_data(self.role, partner.role)
            self.notes.set_text(partner.notes)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def draft(self) -> Partner:
        """What is typed, kept through a lock (gui/common/drafts.py)."""
        return self.value()

    def restore_draft(self, draft: Partner) -> None:
        self.name.setText(draft.name)
        select_data(self.role, draft.role)
        self.notes.set_text(draft.notes)

    def value(self) -> Partner:
        base = self.partner or Partner(name="", role="supervisor")
        return replace(
            base,
            name=self.name.text(),
            role=str(self.role.currentData()),
            notes=self.notes.text(),
        )


class PartnersDialog(QDialog):
    """Your role and name; partners (add, edit, deactivate); a partner's history."""

    session_chosen = Signal(int)
    agreement_requested = Signal(int)
    changed = Signal()
    #: A partner dialog opened over this one, and the partner's id (None: a new partner).
    editing = Signal(object, object)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Supervision partners and agreements"))
        self.vault = vault
        owner = vault.supervision.owner

        self.owner_role = QComboBox()
        self.owner_role.setAccessibleName(self.tr("Your role"))
        self.owner_role.addItem(self.tr("Not chosen yet"), None)
        for key, label in OWNER_ROLES.items():
            self.owner_role.addItem(self.tr(label), key)  # declared: i18n.declared_texts
        select_data(self.owner_role, owner.role())
        self.owner_name = line(
            self.tr("Your name or initials"), self.tr("As you sign records, e.g. CD")
        )
        self.owner_name.setText(owner.name())
        self.interval = QSpinBox()
        self.interval.setRange(1, 100)
        self.interval.setSuffix(self.tr(" sessions"))
        self.interval.setValue(owner.reevaluation_interval())
        self.interval.setAccessibleName(self.tr("Re-evaluate the relationship every"))
        you = QGroupBox(self.tr("You"))
        you_form = QFormLayout(you)
        you_form.addRow(self.tr("Your &role"), self.owner_role)
        you_form.addRow(self.tr("Your &name"), self.owner_name)
        you_form.addRow(self.tr("Re-e&valuate every"), self.interval)
        self.own_fingerprint = fingerprint_label(
            vault.supervision.identity.fingerprint(), self.tr("Your key fingerprint")
        )
        self.own_fingerprint.setToolTip(
            self.tr(
                "Read this to a partner, by the same channel as a one-time passphrase, when "
                "they import your first exchange file."
            )
        )
        you_form.addRow(self.tr("Your key fingerprint"), self.own_fingerprint)
        self.owner_role.currentIndexChanged.connect(self._save_owner)
        self.owner_name.editingFinished.connect(self._save_owner)
        self.interval.valueChanged.connect(self._save_owner)

        self.partners = QListWidget()
        self.partners.setAccessibleName(self.tr("Supervision partners"))
        self.show_inactive = QCheckBox(self.tr("Show partners no longer &active"))
        self.add_button = QPushButton(self.tr("A&dd…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.active_button = QPushButton(self.tr("Dea&ctivate"))
        self.agreement_button = QPushButton(self.tr("A&greement…"))
        self.agreement = muted()
        self.agreement.setAccessibleName(self.tr("Current agreement"))
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Sessions with this partner, newest first"))
        self.error = styled_label(ERROR_STYLE)
        self.error.hide()
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.active_button, self.agreement_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        people = QGroupBox(self.tr("Partners"))
        people_layout = QHBoxLayout(people)
        left = QVBoxLayout()
        left.addWidget(self.partners, 1)
        left.addWidget(self.show_inactive)
        right = QVBoxLayout()
        self.partner_key = muted()
        self.partner_key.setAccessibleName(self.tr("The partner's confirmed key"))
        self.forget_key_button = QPushButton(self.tr("&Forget this key…"))
        self.forget_key_button.setToolTip(
            self.tr("For a partner with a new or restored journal: compare their new key again")
        )
        self.forget_key_button.clicked.connect(lambda: self.forget_key())
        key_row = QHBoxLayout()
        key_row.addWidget(self.partner_key, 1)
        key_row.addWidget(self.forget_key_button)
        right.addLayout(key_row)
        right.addWidget(self.agreement)
        history_label = QLabel(self.tr("&History (double-click to open a session)"))
        history_label.setBuddy(self.history)
        right.addWidget(history_label)
        right.addWidget(self.history, 1)
        people_layout.addLayout(left, 2)
        people_layout.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(you)
        layout.addWidget(people, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(close)

        self.partners.currentRowChanged.connect(lambda _r: self._show_partner())
        self.show_inactive.toggled.connect(lambda _on: self.refresh())
        self.add_button.clicked.connect(lambda: self.edit_partner(None))
        self.edit_button.clicked.connect(lambda: self.edit_partner(self.current_id()))
        self.active_button.clicked.connect(self.toggle_active)
        self.agreement_button.clicked.connect(self._agreement_clicked)
        self.history.itemActivated.connect(self._open_session)
        self.resize(760, 560)
        self.refresh()

    # -- you -------------------------------------------------------------------------------

    def _save_owner(self, *_: object) -> None:
        owner = self.vault.supervision.owner
        role = self.owner_role.currentData()
        if role:
            owner.set_role(str(role))
        owner.set_name(self.owner_name.text())
        owner.set_reevaluation_interval(self.interval.value())

    def done(self, result: int) -> None:
        """Closing (a lock closes it too) saves the name being typed, as leaving it does;
        never once hidden (a lock may clear the fields of a dialog it already closed)."""
        with suppress(*SAVE_ERRORS):
            if self.isVisible() and self.owner_name.text() != self.vault.supervision.owner.name():
                self._save_owner()
        super().done(result)

    # -- partners --------------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        select = select if select is not None else self.current_id()
        self.partners.blockSignals(True)
        self.partners.clear()
        for p in self.vault.supervision.partners.list(
            active_only=not self.show_inactive.isChecked()
        ):
            role = self.tr(p.role_label)  # declared: i18n.declared_texts
            item = QListWidgetItem(
                self.tr("{name} ({role})").format(name=p.name, role=role)
                if p.active
                else self.tr("{name} ({role}) — no longer active").format(name=p.name, role=role),
                self.partners,
            )
            item.setData(ID_ROLE, p.id)
            if p.id == select:
                self.partners.setCurrentItem(item)
        if self.partners.currentRow() < 0 and self.partners.count():
            self.partners.setCurrentRow(0)
        self.partners.blockSignals(False)
        self._show_partner()

    def current_id(self) -> int | None:
        item = self.partners.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def _show_partner(self) -> None:
        partner_id = self.current_id()
        has = partner_id is not None
        for b in (self.edit_button, self.active_button, self.agreement_button):
            b.setEnabled(has)
        self.history.clear()
        if partner_id is None:
            self.partner_key.clear()
            self.forget_key_button.hide()
            self.agreement.setText(self.tr("Add your supervisor, supervisee or peer to start."))
            return
        sup = self.vault.supervision
        partner = sup.partners.get(partner_id)
        self.active_button.setText(
            self.tr("Dea&ctivate") if partner.active else self.tr("Rea&ctivate")
        )
        key = partner_fingerprint(self.vault.conn, partner_id)
        self.forget_key_button.setVisible(key is not None)
        self.partner_key.setText(
            self.tr("Key confirmed: {fp}").format(fp=key)
            if key
            else self.tr("No key confirmed yet: you compare it with their first exchange file.")
        )
        self.agreement.setText(self.agreement_summary(sup.agreements.current(partner_id)))
        for s in sup.sessions.summaries(partner_id):
            state = (
                self.tr("signed")
                if s.is_locked
                else self.tr("draft, signed by {n} of 2").format(n=len(s.signed_by))
            )
            kind = SESSION_TYPES.get(s.session_type)
            item = QListWidgetItem(
                self.tr("{date} — {kind}, {length} ({state})").format(
                    date=format_date(s.session_date, translate),
                    kind=self.tr(kind) if kind else "",  # declared: i18n.declared_texts
                    length=format_duration(s.minutes, translate),
                    state=state,
                ),
                self.history,
            )
            item.setData(ID_ROLE, s.id)
        if self.history.count() == 0:
            self.history.addItem(self.tr("No sessions yet."))

    def edit_partner(self, partner_id: int | None) -> PartnerDialog:
        partners = self.vault.supervision.partners
        current = partners.get(partner_id) if partner_id is not None else None
        dialog = PartnerDialog(current, self)
        dialog.accepted.connect(lambda: self.save_partner(dialog.value()))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.editing.emit(dialog, partner_id)
        dialog.open()
        return dialog

    def save_partner(self, partner: Partner) -> Partner | None:
        partners = self.vault.supervision.partners
        try:
            saved = partners.update(partner) if partner.id else partners.add(partner)
        except JournalError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return None
        self.error.hide()
        self.refresh(select=saved.id)
        self.changed.emit()
        return saved

    def toggle_active(self) -> None:
        partner_id = self.current_id()
        if partner_id is None:
            return
        partners = self.vault.supervision.partners
        partners.set_active(partner_id, not partners.get(partner_id).active)
        self.refresh(select=partner_id)
        self.changed.emit()

    def forget_key(self, *, ask: bool = True) -> bool:
        """Unpin the partner's key after a confirmation: their next file asks again."""
        partner_id = self.current_id()
        if partner_id is None:
            return False
        name = self.vault.supervision.partners.get(partner_id).name
        if ask:
            answer = QMessageBox.question(
                self,
                self.tr("Forget {name}'s key?").format(name=name),
                self.tr(
                    "Do this only if {name} has a new journal (new, or restored from a backup). "
                    "Their next exchange file will show its key's fingerprint for you to compare "
                    "with them again, by the same channel as the one-time passphrase."
                ).format(name=name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        forget_partner_key(self.vault, partner_id)
        self.refresh(select=partner_id)
        return True

    def _agreement_clicked(self) -> None:
        partner_id = self.current_id()
        if partner_id is not None:
            self.agreement_requested.emit(partner_id)

    def _open_session(self, item: QListWidgetItem) -> None:
        session_id = item.data(ID_ROLE)
        if session_id is not None:
            self.session_chosen.emit(int(session_id))

    def agreement_summary(self, agreement: Agreement | None) -> str:
        """``Agreement version 2, agreed 3 Mar 2026; every 28 days; 1 h 30 min.``"""
        if agreement is None:
            return self.tr("No supervision agreement recorded yet.")
        parts = [
            self.tr("Agreement version {version}, agreed {date}").format(
                version=agreement.version, date=format_date(agreement.agreed_on, translate)
            )
        ]
        if agreement.frequency_days:
            parts.append(self.tr("every %n day(s)", "", agreement.frequency_days))
        if agreement.length_minutes:
            parts.append(format_duration(agreement.length_minutes, translate))
        if agreement.review_date:
            parts.append(
                self.tr("review by {date}").format(
                    date=format_date(agreement.review_date, translate)
                )
            )
        return self.tr("{parts}.").format(parts="; ".join(parts))
