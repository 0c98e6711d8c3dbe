"""Session mode (F11): the record in the editor area, full screen, for use during a session.

An object the :class:`~.controller.SupervisionController` owns (its ``mode``), split out of
it to keep the controller small. It saves through the owner (the record editor is disabled
while session mode is open) and is closed and cleared by the owner's lock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from supervision_app.gui.common.errors import error_text
from supervision_app.gui.saving import SAVE_ERRORS
from supervision_app.gui.supervision.session_mode import SessionModeView

if TYPE_CHECKING:
    from supervision_app.gui.supervision.controller import SupervisionController
    from supervision_app.storage.vault import Vault

#: Texts stay under the controller's context, where they were looked up before the split.
translate = QCoreApplication.translate


class SessionModeControl:
    """Opens, saves and leaves the session mode view; ``view`` is None until first opened
    and again after a lock."""

    def __init__(
        self,
        owner: SupervisionController,
        vault: Callable[[], Vault | None],
        *,
        status: Callable[[str, int], None],
        parent: QWidget,
    ) -> None:
        self.owner = owner
        self.vault = vault
        self.status = status
        #: Session mode opens over this widget, which is activated again when it closes.
        self.parent_widget = parent
        self.view: SessionModeView | None = None

    @property
    def active(self) -> bool:
        return self.view is not None and self.view.isVisible()

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self) -> None:
        owner, vault = self.owner, self.vault()
        if vault is None or owner.current_record() is None:
            self.status(
                translate(
                    "SupervisionController",
                    "Open a supervision record first, or start one with Ctrl+Shift+S.",
                ),
                6000,
            )
            return
        if not owner.save_session():
            return
        record = owner.editor.record
        assert record is not None and record.id is not None
        if self.view is None:
            self.view = SessionModeView(owner.library, self.parent_widget)
            self.view.leave_requested.connect(self.leave)
            self.view.save_due.connect(self.save)
        due = not record.is_locked and vault.supervision.sessions.reevaluation_due(
            record.partner_id, record.id
        )
        self.view.load(record, reevaluation_due=due, read_only=owner.editor.read_only)
        owner.editor.setEnabled(False)
        self.view.showFullScreen()
        self.view.raise_()
        self.view.activateWindow()
        self.view.agenda.setFocus()

    def save(self) -> bool:
        vault, view = self.vault(), self.view
        if vault is None or view is None or view.record is None or not view.dirty:
            return True
        if not self.owner.saving.flush_pending():
            return False
        try:
            saved = vault.supervision.sessions.save(view.read(view.record))
        except SAVE_ERRORS as error:
            view.show_error(error_text(error))
            self.owner.not_saved(error)
            return False
        view.mark_saved(saved)
        if saved.id is not None:
            self.owner.refresh_row(saved.id)
        self.owner.saved_message()
        return True

    def leave(self) -> None:
        view = self.view
        if view is None or not view.isVisible():
            return
        if not self.save():
            return
        session_id = view.record.id if view.record is not None else None
        view.clear()
        view.hide()
        self.owner.editor.setEnabled(True)
        if session_id is not None and self.vault() is not None:
            self.owner.reload_session(session_id)
        self.parent_widget.activateWindow()

    def close(self) -> None:
        """On lock (after the owner has saved): clear the view, close it, forget it."""
        if self.view is not None:
            self.view.clear()
            self.view.close()
            self.view.deleteLater()
            self.view = None
