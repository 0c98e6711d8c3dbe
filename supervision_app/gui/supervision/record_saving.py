"""Saving supervision records and peer reflections from the main window's editor area.

The controller (:mod:`.controller`) owns one :class:`RecordSaver`: it saves the record
editor and the peer reflection page, reports a failed save to the window's keeper
(gui/saving.py) and keeps unsaved changes in memory when the views must be cleared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from supervision_app.core.entries import EntrySummary
from supervision_app.core.supervision.markdown import format_timestamp
from supervision_app.core.supervision.model import SessionRecord
from supervision_app.gui import texts
from supervision_app.gui.common.dates import take_typed_dates
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.saving import SAVE_ERRORS

if TYPE_CHECKING:
    from supervision_app.gui.supervision.controller import SupervisionController
    from supervision_app.storage.vault import Vault

#: Looked up (and filed by lupdate) under the controller's context, as before the split.
translate = QCoreApplication.translate


def record_banner(record: SessionRecord, in_trash: bool) -> str:
    """The session editor's banner: in the Trash, signed by both (read-only), or by one."""
    if in_trash:
        return texts.tr(texts.IN_TRASH)
    if record.is_locked and record.locked_at is not None:
        text = QCoreApplication.translate(
            "SupervisionController",
            "Signed by both of you ({when}): this record is read-only. Add a dated addendum "
            "for any change.",
        ).format(when=format_timestamp(record.locked_at, QCoreApplication.translate))
        if record.origin == "imported":
            text += " " + QCoreApplication.translate(
                "SupervisionController", "It was imported from your partner's exchange file."
            )
        return text
    if record.signatures:
        return QCoreApplication.translate(
            "SupervisionController",
            "Signed by one of you so far: a change now withdraws that signature.",
        )
    return ""


class RecordSaver:
    """Saves what the controller's pages hold; its texts are filed under the controller's
    context, where they were before this class was split from it."""

    def __init__(self, owner: SupervisionController) -> None:
        self.owner = owner

    def stash_unsaved(self) -> None:
        """Keep what could not be saved in the window's memory (see gui/saving.py), so the
        views can be cleared without losing it."""
        keeper = self.owner.saving
        view = self.owner.session_mode
        if view is not None and view.record is not None and view.dirty:
            record = view.read(view.record)
            keeper.keep(
                ("session", record.id), record.partner_name, self._save_record(record), record
            )
            view.dirty = False
        editor, page = self.owner.built_editor, self.owner.built_peer_page
        edited = editor.current_record() if editor is not None and editor.dirty else None
        if editor is not None and edited is not None and edited.id is not None:
            keeper.keep(
                ("session", edited.id), edited.partner_name, self._save_record(edited), edited
            )
            editor.dirty = False
        reflection = page.current() if page is not None and page.dirty else None
        if page is not None and reflection is not None:
            keeper.keep(
                ("peer", reflection.id),
                reflection.peer_role,
                lambda vault: vault.supervision.peer.update(reflection),
            )
            page.dirty = False

    @staticmethod
    def _save_record(record: SessionRecord) -> Callable[[Vault], object]:
        return lambda vault: vault.supervision.sessions.save(record)

    def saved_message(self) -> None:
        self.owner.saving.succeeded()
        stamp = dt.datetime.now().strftime("%H:%M:%S")
        self.owner.status(
            translate("SupervisionController", "Saved at {time}").format(time=stamp), 0
        )

    def not_saved(self, error: BaseException) -> None:
        self.owner.saving.failed(error)
        self.owner.status(
            translate("SupervisionController", "Not saved: see the message above."), 0
        )

    def refresh_row(self, entry_id: int) -> None:
        vault = self.owner.vault()
        if vault is not None:
            self.owner.pane.model.replace_summary(
                EntrySummary.from_entry(vault.entries.get(entry_id))
            )

    def save_session(self) -> bool:
        vault, editor = self.owner.vault(), self.owner.built_editor
        if editor is None:
            return True  # never built: nothing typed
        take_typed_dates(editor)
        if vault is None or not editor.dirty:
            return True
        record, before = editor.current_record(), editor.record
        if record is None or record.id is None or before is None:
            return True
        if not self.owner.saving.flush_pending():
            return False
        try:
            saved = vault.supervision.sessions.save(record)
        except SAVE_ERRORS as error:
            editor.show_error(
                translate("SupervisionController", "Not saved: {reason}").format(
                    reason=error_text(error)
                )
            )
            self.not_saved(error)
            return False
        editor.mark_saved(saved, vault.supervision.signoff.history(record.id))
        editor.banner.setText(record_banner(saved, False))
        editor.banner.setVisible(bool(editor.banner.text()))
        self.refresh_row(record.id)
        if len(saved.signatures) < len(before.signatures):
            self.owner.status(
                translate(
                    "SupervisionController",
                    "Saved. The change withdrew the signature given earlier: sign again when "
                    "you both agree.",
                ),
                0,
            )
        else:
            self.saved_message()
        return True

    def save_peer(self) -> bool:
        vault, page = self.owner.vault(), self.owner.built_peer_page
        if vault is None or page is None or not page.dirty:
            return True
        reflection = page.current()
        if reflection is None:
            return True
        if not self.owner.saving.flush_pending():
            return False
        try:
            saved = vault.supervision.peer.update(reflection)
        except SAVE_ERRORS as error:
            page.show_error(
                translate("SupervisionController", "Not saved: {reason}").format(
                    reason=error_text(error)
                )
            )
            self.not_saved(error)
            return False
        page.mark_saved(saved)
        if saved.entry_id is not None:
            self.refresh_row(saved.entry_id)
        self.saved_message()
        return True
