"""Supervision in the main window: the record editor in the editor area, session mode,
saving, and one lock that closes every supervision window and clears its widgets.

Given the list pane, the entry editor and its area, a vault provider and the window's
callbacks (save, show or open an entry, status), never the window itself.

The dialogs it opens are in :mod:`.flows` (its ``flows``: the menu, the editor and tests open
them there), session mode in :mod:`.session_mode_control`, saving in :mod:`.record_saving`.
Like the reflection controller, it is created by the main window and told when the vault is
unlocked and locked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QSplitter, QStackedWidget, QWidget

from supervision_app.core.entries import Entry, EntrySummary
from supervision_app.core.frameworks import FrameworkLibrary, default_library
from supervision_app.core.scan.scanner import scan_text
from supervision_app.core.supervision.model import SessionRecord
from supervision_app.gui import texts
from supervision_app.gui.common.wipe import wipe
from supervision_app.gui.help.field_help import apply_field_help
from supervision_app.gui.supervision.actions_view import ActionsView
from supervision_app.gui.supervision.flows import SupervisionFlows
from supervision_app.gui.supervision.menu import build_supervision_actions
from supervision_app.gui.supervision.peer_dialog import PeerReflectionPage
from supervision_app.gui.supervision.record_saving import RecordSaver, record_banner
from supervision_app.gui.supervision.reminders import ReminderButton
from supervision_app.gui.supervision.session_editor import SessionContext, SessionEditor
from supervision_app.gui.supervision.session_mode_control import SessionModeControl
from supervision_app.storage.supervision.peer import ENTRY_TAG as PEER_TAG

if TYPE_CHECKING:
    from supervision_app.gui.common.drafts import DraftKeeper
    from supervision_app.gui.editor import EntryEditor
    from supervision_app.gui.journal.list_pane import EntryListPane
    from supervision_app.gui.saving import SaveKeeper
    from supervision_app.gui.supervision.session_mode import SessionModeView
    from supervision_app.storage.vault import Vault

_Page = TypeVar("_Page", bound=QWidget)


class SupervisionController(QObject):
    """The record editor and the peer reflection page are built the first time a record
    or a reflection is shown (see :attr:`editor`): the record editor alone was about 40 %
    of the main window's construction, paid at every start even by those who never open
    a supervision record."""

    #: Something was typed in the record editor (the companion notes which entry).
    record_edited = Signal()

    def __init__(
        self,
        pane: EntryListPane,
        entry_editor: EntryEditor,
        editor_area: QSplitter,
        vault: Callable[[], Vault | None],
        *,
        save_current: Callable[[], bool],
        show_new_entry: Callable[[int], None],
        open_entry: Callable[[int], None],
        status: Callable[[str, int], None],
        add_status_widget: Callable[[QWidget], None],
        trash_controls_changed: Callable[[], None],
        saving: SaveKeeper,
        drafts: DraftKeeper,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.pane = pane
        #: Where failed saves are reported and unsaved changes wait (gui/saving.py).
        self.saving = saving
        #: The journal's entry editor, which the record editor replaces in ``editor_area``.
        self.entry_editor = entry_editor
        self.editor_area = editor_area
        self.vault = vault
        self.status = status
        self.trash_controls_changed = trash_controls_changed
        #: Today's date; tests replace it.
        self.today: Callable[[], dt.date] = dt.date.today
        self.library: FrameworkLibrary = default_library()
        self.dialogs: list[QDialog] = []
        #: Keeps what is typed in its dialogs through a lock (gui/common/drafts.py).
        self.drafts = drafts
        self.stack: QStackedWidget | None = None
        self.actions_view: ActionsView | None = None
        self.reminder_button: ReminderButton | None = None
        self.copied_passphrase = ""
        self._editor: SessionEditor | None = None
        self._peer_page: PeerReflectionPage | None = None
        #: The dialogs this controller opens (an object it owns, not a mixin).
        self.flows = SupervisionFlows(
            self,
            vault,
            save_current=save_current,
            show_new_entry=show_new_entry,
            open_entry=open_entry,
            status=status,
            add_status_widget=add_status_widget,
            parent=parent,
        )
        #: Saving the record editor and the peer reflection page (an object it owns too).
        self.saver = RecordSaver(self)
        #: Session mode, full screen over ``parent`` (an object this controller owns).
        self.mode = SessionModeControl(self, vault, status=status, parent=parent)
        #: Its menu's actions (the window's menu builder places them); off while locked.
        self.menu_actions = build_supervision_actions(self, parent, enabled=vault() is not None)
        pane.list.selectionModel().currentChanged.connect(self._after_current_changed)
        pane.model.modelReset.connect(self.show_plain)

    # -- the two pages, built when first needed ---------------------------------------------

    @property
    def editor(self) -> SessionEditor:
        """The record editor (built on first use, then kept until the window closes)."""
        if self._editor is None:
            editor = SessionEditor(self.library)
            editor.save_due.connect(self.save_session)
            editor.changed.connect(lambda: self.status(self.tr("Editing…"), 0))
            editor.changed.connect(self.record_edited)
            editor.session_mode_requested.connect(self.toggle_session_mode)
            editor.export_requested.connect(self.flows.export_signed)
            editor.partner_changed.connect(self.flows.partner_changed)
            editor.signoff.sign_requested.connect(self.flows.sign_current)
            editor.signoff.addendum_requested.connect(self.flows.add_addendum)
            editor.signoff.sign_addendum_requested.connect(self.flows.sign_addendum)
            self._editor = self._add_page(editor)
        return self._editor

    @property
    def peer_page(self) -> PeerReflectionPage:
        """The peer reflection page (built on first use, like :attr:`editor`)."""
        if self._peer_page is None:
            page = PeerReflectionPage()
            page.save_due.connect(self.save_peer)
            self._peer_page = self._add_page(page)
        return self._peer_page

    @property
    def built_editor(self) -> SessionEditor | None:
        """The record editor if it was built (None: nothing was ever typed in it)."""
        return self._editor

    @property
    def built_peer_page(self) -> PeerReflectionPage | None:
        return self._peer_page

    def _add_page(self, page: _Page) -> _Page:
        """A new page: in the editor area (once it exists) and with its fields' help, as
        the window gave every field it had at the unlock."""
        if self.stack is not None:
            self.stack.addWidget(page)
        apply_field_help(page)
        return page

    # -- lifecycle -------------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self._ensure_stack()
        for action in self.menu_actions.all():
            action.setEnabled(True)
        self.flows.refresh_reminders()

    def on_lock(self) -> None:
        """Save, then close every supervision window and clear every widget."""
        self.flush()
        self.mode.close()
        if self.actions_view is not None:
            wipe(self.actions_view)
            self.actions_view.close()
            self.actions_view.deleteLater()
            self.actions_view = None
        for dialog in list(self.dialogs):
            wipe(dialog)
            dialog.reject()
            dialog.deleteLater()
        self.dialogs.clear()
        if self._editor is not None:
            self._editor.setEnabled(True)
        self.show_plain()
        if self.reminder_button is not None:
            self.reminder_button.clear()
        clipboard = QGuiApplication.clipboard()
        if self.copied_passphrase and clipboard is not None:
            if clipboard.text() == self.copied_passphrase:
                clipboard.clear()
        self.copied_passphrase = ""
        for action in self.menu_actions.all():
            action.setEnabled(False)

    def flush(self) -> bool:
        """Save whatever is being edited (record, session mode, peer reflection)."""
        ok = self.mode.save()
        ok = self.save_session() and ok
        return self.save_peer() and ok

    def stash_unsaved(self) -> None:
        """Keep what could not be saved in the window's memory (see gui/saving.py)."""
        self.saver.stash_unsaved()

    # -- the editor area -------------------------------------------------------------------

    def _ensure_stack(self) -> QStackedWidget:
        if self.stack is None:
            splitter = self.editor_area
            self.stack = QStackedWidget()
            splitter.replaceWidget(splitter.indexOf(self.entry_editor), self.stack)
            for page in (self.entry_editor, self._editor, self._peer_page):
                if page is not None:
                    self.stack.addWidget(page)
            self.stack.setCurrentWidget(self.entry_editor)
        return self.stack

    def shows_entry(self, entry: Entry) -> bool:
        """Show a session record or a peer reflection in its own editor (True), or leave
        the entry to the plain editor (False)."""
        vault = self.vault()
        if self.mode.active:
            self.mode.leave()
        self.flush()
        if vault is None or entry.id is None:
            return False
        sup = vault.supervision
        if entry.kind == "supervision":
            record = sup.sessions.for_entry(entry.id)
            if record is not None:
                self.show_session(record, in_trash=entry.deleted_at is not None)
                return True
        elif entry.kind == "reflection" and PEER_TAG in entry.tags:
            reflection = sup.peer.for_entry(entry.id)
            if reflection is not None:
                self.entry_editor.show_entry(None)
                if self._editor is not None:
                    self._editor.clear()
                banner = texts.tr(texts.IN_TRASH) if entry.deleted_at is not None else ""
                self.peer_page.load(reflection, sup.partners.list(), banner=banner)
                self._show_page(self.peer_page)
                return True
        self.show_plain()
        return False

    def show_session(self, record: SessionRecord, *, in_trash: bool = False) -> None:
        vault = self.vault()
        if vault is None or record.id is None:
            return
        sup, session_id = vault.supervision, record.id
        unsaved = self.saving.pending_data(("session", session_id))
        if isinstance(unsaved, SessionRecord):
            record = unsaved  # its change is not saved yet: show that, not the stored one
        self.entry_editor.show_entry(None)
        if self._peer_page is not None:
            self._peer_page.clear()
        self.editor.scan = partial(scan_text, never_export=self._never_export())
        due = not record.is_locked and sup.sessions.reevaluation_due(record.partner_id, session_id)
        context = SessionContext(
            partners=sup.partners.list(),
            history=sup.signoff.history(session_id),
            banner=record_banner(record, in_trash),
            editable=not in_trash,
            reevaluation_due=due,
            reevaluation_interval=sup.sessions.reevaluation_interval(record.partner_id),
            today=self.today(),
        )
        self.editor.load(record, context)
        self.editor.dirty = unsaved is not None
        self._show_page(self.editor)

    def reload_session(self, session_id: int) -> None:
        vault = self.vault()
        if vault is None:
            return
        entry = vault.entries.get(session_id)
        self.show_session(
            vault.supervision.sessions.get(session_id), in_trash=bool(entry.deleted_at)
        )
        self.pane.model.replace_summary(EntrySummary.from_entry(entry))

    def _show_page(self, page: object) -> None:
        stack = self._ensure_stack()
        stack.setCurrentWidget(page)  # type: ignore[arg-type]
        self.trash_controls_changed()

    def show_plain(self) -> None:
        """Back to the plain editor (the list shows no record any more)."""
        if not self.flush():
            self.stash_unsaved()
        for page in (self._editor, self._peer_page):
            if page is not None:
                page.clear()
        if self.stack is not None:
            self.stack.setCurrentWidget(self.entry_editor)

    def current_record(self) -> SessionRecord | None:
        """The record in the editor area, if one is shown."""
        editor = self._editor
        if editor is None or self.stack is None or self.stack.currentWidget() is not editor:
            return None
        return editor.record

    def _after_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.show_plain()

    def _never_export(self) -> tuple[str, ...]:
        vault = self.vault()
        words = vault.settings.get("never_export", []) if vault is not None else []
        return tuple(w for w in words if isinstance(w, str)) if isinstance(words, list) else ()

    # -- saving ----------------------------------------------------------------------------

    def saved_message(self) -> None:
        self.saver.saved_message()

    def not_saved(self, error: BaseException) -> None:
        self.saver.not_saved(error)

    def refresh_row(self, entry_id: int) -> None:
        self.saver.refresh_row(entry_id)

    def save_session(self) -> bool:
        """Save the record editor's change (True if there was none or it was saved)."""
        return self.saver.save_session()

    def save_peer(self) -> bool:
        return self.saver.save_peer()

    # -- session mode (``mode``; the menu, the editor and tests use these) ---------------

    @property
    def session_mode(self) -> SessionModeView | None:
        return self.mode.view

    @property
    def in_session_mode(self) -> bool:
        return self.mode.active

    def toggle_session_mode(self) -> None:
        self.mode.toggle()
