"""The dialogs the supervision controller opens: new session, partners and agreements,
sign-off and addenda, exchange, peer reflection, the actions view and reminders.

Owned by :class:`~.controller.SupervisionController`: every dialog is kept in its ``dialogs``
so that locking closes and clears it; what is typed in one is kept (gui/common/drafts.py).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from supervision_app.core.supervision.model import ActionReview
from supervision_app.core.supervision.rules import find_identifiers
from supervision_app.gui.saving import SAVE_ERRORS, warn_not_added
from supervision_app.gui.supervision.actions_view import ActionsView
from supervision_app.gui.supervision.agreement_dialog import AgreementDialog
from supervision_app.gui.supervision.exchange_dialogs import ExportDialog
from supervision_app.gui.supervision.import_dialog import ImportDialog
from supervision_app.gui.supervision.new_session_dialog import NewSessionDialog
from supervision_app.gui.supervision.partners_dialog import PartnerDialog, PartnersDialog
from supervision_app.gui.supervision.peer_dialog import PeerReflectionDialog
from supervision_app.gui.supervision.proposals_dialog import ProposalsDialog
from supervision_app.gui.supervision.reminders import ReminderButton
from supervision_app.gui.supervision.session_form import identifier_warning
from supervision_app.gui.supervision.signoff_dialog import AddendumDialog, SignOffDialog

if TYPE_CHECKING:
    from collections.abc import Callable

    from supervision_app.core.supervision.model import SessionRecord
    from supervision_app.gui.supervision.controller import SupervisionController
    from supervision_app.storage.supervision.exchange_import import ImportResult
    from supervision_app.storage.vault import Vault


#: Texts stay under the controller's context, where they were looked up while this was its
#: mixin (a plain object has no ``self.tr``).
translate = QCoreApplication.translate


class SupervisionFlows:
    """Owned by :class:`~.controller.SupervisionController` (its ``flows``): opens the
    dialogs, keeping each in the owner's ``dialogs`` so that locking closes it. Given the
    window-side services it uses, never the window."""

    def __init__(
        self,
        owner: SupervisionController,
        vault: Callable[[], Vault | None],
        *,
        save_current: Callable[[], bool],
        show_new_entry: Callable[[int], None],
        open_entry: Callable[[int], None],
        status: Callable[[str, int], None],
        add_status_widget: Callable[[QWidget], None],
        parent: QWidget,
    ) -> None:
        self.owner = owner
        self.vault = vault
        self.save_current = save_current
        self.show_new_entry = show_new_entry
        self.open_entry = open_entry
        self.status = status
        self.add_status_widget = add_status_widget
        #: Dialogs open over this widget.
        self.parent = parent

    # -- bookkeeping -----------------------------------------------------------------------

    def _track(self, dialog: QDialog) -> QDialog:
        self.owner.dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.owner.dialogs:
            self.owner.dialogs.remove(dialog)
        dialog.deleteLater()

    def _status(self, text: str, timeout: int = 6000) -> None:
        self.status(text, timeout)

    # -- new sessions ----------------------------------------------------------------------

    def new_session(self, *, reevaluate: bool = False) -> NewSessionDialog | None:
        vault = self.vault()
        if vault is None:
            return None
        dialog = NewSessionDialog(vault, self.owner.today(), self.parent, reevaluate=reevaluate)
        self._track(dialog)
        dialog.accepted.connect(
            lambda: self.start_session(
                dialog.partner_id(),
                dialog.session_date(),
                dialog.session_type_key(),
                reevaluate=reevaluate,
            )
        )

        def partners() -> None:
            shown = self.show_partners()
            if shown is not None:
                shown.changed.connect(dialog.refresh)

        dialog.partners_requested.connect(partners)
        dialog.open()
        return dialog

    def start_session(
        self, partner_id: int | None, session_date: object, session_type: str, *, reevaluate: bool
    ) -> SessionRecord | None:
        """Create the record (with the open actions to review) and open it."""
        vault = self.vault()
        if vault is None or partner_id is None:
            return None
        self.save_current()
        self.owner.flush()
        sup = vault.supervision
        draft = sup.sessions.draft(partner_id, session_date)  # type: ignore[arg-type]
        draft = replace(
            draft, session_type=session_type, reevaluation=draft.reevaluation or reevaluate
        )
        try:
            record = sup.sessions.create(draft)
        except SAVE_ERRORS as error:
            warn_not_added(self.parent, error)
            return None
        assert record.id is not None
        self.show_new_entry(record.id)
        self.refresh_reminders()
        return record

    def reevaluate(self) -> None:
        """Open the re-evaluation part of the record shown, or start a session with it."""
        record = self.owner.current_record()
        if record is not None and not self.owner.editor.read_only:
            self.owner.editor.show_reevaluation()
            return
        self.new_session(reevaluate=True)

    def partner_changed(self, partner_id: int) -> None:
        vault, record = self.vault(), self.owner.editor.record
        if vault is None or record is None:
            return
        sup = vault.supervision
        actions = sup.actions.for_review(partner_id, record.id)
        reviews = [ActionReview(a.id, "carried", action=a) for a in actions if a.id is not None]
        self.owner.editor.set_reviews(reviews, self.owner.today())

    # -- people ----------------------------------------------------------------------------

    def show_partners(self) -> PartnersDialog | None:
        vault = self.vault()
        if vault is None:
            return None
        dialog = PartnersDialog(vault, self.parent)
        self._track(dialog)
        keep = self.owner.drafts.watch
        dialog.editing.connect(lambda d, pid: keep(d, lambda: self._edit_partner(pid)))
        dialog.session_chosen.connect(self.open_entry)
        dialog.agreement_requested.connect(self.show_agreement)
        dialog.changed.connect(self.refresh_reminders)
        dialog.open()
        return dialog

    def _edit_partner(self, partner_id: int | None) -> PartnerDialog | None:
        """The partner dialog again, over the partners (a draft kept through a lock)."""
        partners = self.show_partners()
        return partners.edit_partner(partner_id) if partners is not None else None

    def show_agreement(self, partner_id: int) -> AgreementDialog | None:
        vault = self.vault()
        if vault is None:
            return None
        partner = vault.supervision.partners.get(partner_id)
        dialog = AgreementDialog(vault, partner, self.owner.today(), self.parent)
        self._track(dialog)
        self.owner.drafts.watch(dialog, lambda: self.show_agreement(partner_id))

        def saved() -> None:
            self.refresh_reminders()
            for d in self.owner.dialogs:
                if isinstance(d, PartnersDialog):
                    d.refresh(select=partner_id)

        dialog.saved.connect(lambda _a: saved())
        dialog.open()
        return dialog

    # -- sign-off and addenda --------------------------------------------------------------

    def sign_current(self) -> SignOffDialog | None:
        vault, record = self.vault(), self.owner.current_record()
        if vault is None or record is None or record.id is None or record.is_locked:
            return None
        if not self.owner.save_session():
            return None
        record = self.owner.editor.record
        assert record is not None and record.id is not None
        session_id = record.id
        sup = vault.supervision
        findings = find_identifiers(
            record, self.owner.editor.scan, cases_only=False, translate=QCoreApplication.translate
        )

        def sign(party: str, name: str, confirm: bool) -> tuple[object, ...]:
            return sup.signoff.sign(session_id, party, name, confirm_name=confirm).signatures

        dialog = SignOffDialog(
            translate("SupervisionController", "this record"),
            record.partner_name,
            record.signatures,
            sign,  # type: ignore[arg-type]
            self.parent,
            expected_names={"owner": sup.owner.name(), "partner": record.partner_name},
            warning=identifier_warning(findings) if findings else "",
        )
        self._track(dialog)
        dialog.signed.connect(lambda: self.owner.reload_session(session_id))
        dialog.open()
        return dialog

    def add_addendum(self) -> AddendumDialog | None:
        vault, record = self.vault(), self.owner.current_record()
        if vault is None or record is None or record.id is None or not record.is_locked:
            return None
        session_id = record.id
        sup = vault.supervision
        dialog = AddendumDialog(
            lambda text, author: sup.signoff.add_addendum(session_id, text, author),
            sup.owner.name(),
            self.parent,
        )
        self._track(dialog)
        self.owner.drafts.watch(dialog, lambda: self.addendum_to(session_id))

        def added() -> None:
            self.owner.reload_session(session_id)
            if dialog.addendum is not None and dialog.addendum.id is not None:
                self.sign_addendum(dialog.addendum.id)

        dialog.accepted.connect(added)
        dialog.open()
        return dialog

    def addendum_to(self, session_id: int) -> AddendumDialog | None:
        """The addendum dialog for ``session_id``, shown first (a draft kept through a lock)."""
        self.show_new_entry(session_id)
        return self.add_addendum()

    def sign_addendum(self, addendum_id: int) -> SignOffDialog | None:
        vault, record = self.vault(), self.owner.current_record()
        if vault is None or record is None:
            return None
        sup = vault.supervision
        addendum = sup.signoff.get_addendum(addendum_id)
        number = 1 + [a.id for a in sup.sessions.get(addendum.session_id).addenda].index(
            addendum_id
        )

        def sign(party: str, name: str, confirm: bool) -> tuple[object, ...]:
            return sup.signoff.sign_addendum(
                addendum_id, party, name, confirm_name=confirm
            ).signatures

        dialog = SignOffDialog(
            translate("SupervisionController", "addendum {number}").format(number=number),
            record.partner_name,
            addendum.signatures,
            sign,  # type: ignore[arg-type]
            self.parent,
            expected_names={"owner": sup.owner.name(), "partner": record.partner_name},
        )
        self._track(dialog)
        dialog.signed.connect(lambda: self.owner.reload_session(addendum.session_id))
        dialog.open()
        return dialog

    # -- exchange --------------------------------------------------------------------------

    def export_signed(self) -> ExportDialog | None:
        vault, record = self.vault(), self.owner.current_record()
        if vault is None:
            return None
        if record is None or not record.is_locked:
            self._status(
                translate(
                    "SupervisionController",
                    "Open a record signed by both of you first: you can export it, or every "
                    "signed record with that partner.",
                )
            )
            return None
        dialog = ExportDialog(vault, record, self.parent)
        self._track(dialog)
        dialog.copied.connect(lambda text: setattr(self.owner, "copied_passphrase", text))
        dialog.exported.connect(
            lambda result: self._status(
                translate("SupervisionController", "Exported to {path}.").format(path=result.path),
                8000,
            )
        )
        dialog.open()
        return dialog

    def import_records(self) -> ImportDialog | None:
        vault = self.vault()
        if vault is None:
            return None
        dialog = ImportDialog(vault, self.parent)
        self._track(dialog)
        dialog.imported.connect(self._after_import)
        dialog.open()
        return dialog

    def show_proposals(self) -> ProposalsDialog | None:
        """What exchange files proposed in the owner's name, to accept or reject."""
        vault = self.vault()
        if vault is None:
            return None
        dialog = ProposalsDialog(vault, self.parent)
        self._track(dialog)

        def changed(session_id: int) -> None:
            if session_id:
                self.show_new_entry(session_id)
            elif (record := self.owner.current_record()) is not None and record.id is not None:
                self.owner.reload_session(record.id)
            self.refresh_reminders()

        dialog.changed.connect(changed)
        dialog.open()
        return dialog

    def _after_import(self, result: ImportResult) -> None:
        self._status(result.summary(translate), 8000)
        if result.proposals_added:
            self.show_proposals()
        if result.sessions_added:
            self.show_new_entry(result.sessions_added[-1])
        elif (record := self.owner.current_record()) is not None and record.id is not None:
            self.owner.reload_session(record.id)
        self.refresh_reminders()

    # -- peer reflection -------------------------------------------------------------------

    def new_peer_reflection(self) -> PeerReflectionDialog | None:
        vault = self.vault()
        if vault is None:
            return None
        sup = vault.supervision
        dialog = PeerReflectionDialog(
            sup.peer.add, sup.partners.list(), self.owner.today(), self.parent
        )
        self._track(dialog)
        self.owner.drafts.watch(dialog, self.new_peer_reflection)

        def saved() -> None:
            if dialog.saved is not None and dialog.saved.entry_id is not None:
                self.save_current()
                self.show_new_entry(dialog.saved.entry_id)

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    # -- actions and reminders -------------------------------------------------------------

    def show_actions(self) -> ActionsView | None:
        vault = self.vault()
        if vault is None:
            return None
        self.owner.flush()
        if self.owner.actions_view is None:
            self.owner.actions_view = ActionsView(vault, lambda: self.owner.today(), self.parent)
            self.owner.actions_view.session_chosen.connect(self.open_entry)
        else:
            self.owner.actions_view.refresh()
        self.owner.actions_view.show()
        self.owner.actions_view.raise_()
        self.owner.actions_view.activateWindow()
        return self.owner.actions_view

    def refresh_reminders(self) -> None:
        vault = self.vault()
        if vault is None:
            return
        if self.owner.reminder_button is None:
            self.owner.reminder_button = ReminderButton()
            self.add_status_widget(self.owner.reminder_button)
            self.owner.reminder_button.clicked.connect(self.show_actions)
        reminders = vault.supervision.reminders(self.owner.today())
        self.owner.reminder_button.set_reminders(reminders)
        if reminders:
            self.owner.reminder_button.setToolTip(
                self.owner.reminder_button.summary() + ":\n" + self.owner.reminder_button.toolTip()
            )
