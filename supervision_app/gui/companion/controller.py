"""The reflective companion in the window: its menu, the editor's context menu, its dialogs.

Given the list pane, the entry editor, a vault provider and the window's callbacks (save,
show a new entry, status, the session record in view), never the window. The window connects
its ``locked``/``unlocked`` signals to :meth:`on_lock`/:meth:`on_unlocked`, so the lock wipes
and closes every companion dialog without the lock controller knowing about them, and the
session editor's ``changed`` to :meth:`note_edit`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMenuBar, QPushButton, QWidget

from supervision_app.core.companion.depth import assess
from supervision_app.gui.common.wipe import wipe
from supervision_app.gui.companion.depth_dialog import DepthDialog, RulesDialog
from supervision_app.gui.companion.extract_dialog import ExtractDialog
from supervision_app.gui.companion.prep_dialog import PrepDialog
from supervision_app.gui.companion.wellbeing_dialogs import (
    CheckInDialog,
    SupportDialog,
    WellbeingDialog,
)
from supervision_app.storage.reflection import library_with_templates

if TYPE_CHECKING:
    from supervision_app.core.supervision.model import SessionRecord
    from supervision_app.gui.common.drafts import DraftKeeper
    from supervision_app.gui.editor import EntryEditor
    from supervision_app.gui.journal.list_pane import EntryListPane
    from supervision_app.storage.vault import Vault

#: How long the offer of a check-in stays in the status bar.
OFFER_SECONDS = 90


class CompanionController(QObject):
    def __init__(
        self,
        pane: EntryListPane,
        editor: EntryEditor,
        vault: Callable[[], Vault | None],
        *,
        save_current: Callable[[], bool],
        show_new_entry: Callable[[int], None],
        status: Callable[[str, int], None],
        add_status_widget: Callable[[QWidget], None],
        current_session: Callable[[], SessionRecord | None],
        flush_session: Callable[[], object],
        sessions_changed: Callable[[], None],
        drafts: DraftKeeper,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        #: Keeps what is typed in its dialogs through a lock (gui/common/drafts.py).
        self.drafts = drafts
        self.vault = vault
        self.save_current = save_current
        self.show_new_entry = show_new_entry
        self.status = status
        #: The session record open in the editor area (None for a plain entry).
        self.current_session = current_session
        self.flush_session = flush_session
        #: Called after a session record is started (the reminders count it).
        self.sessions_changed = sessions_changed
        #: Dialogs open over this widget.
        self.parent_widget = parent
        #: Today's date; tests replace it.
        self.today: Callable[[], dt.date] = dt.date.today
        self.dialogs: list[QDialog] = []
        self.menu_actions: list[QAction] = []
        body = editor.body
        body.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        body.customContextMenuRequested.connect(self._body_menu)
        # After writing: a quiet offer in the status bar, never a question that blocks.
        self._edited: int | None = None
        self.offer_entry: int | None = None
        self.offer = QPushButton(self.tr("How did that feel? Check in…"))
        self.offer.setAccessibleName(self.tr("Offer of a wellbeing check-in"))
        self.offer.clicked.connect(self._accept_offer)
        self.offer.hide()
        add_status_widget(self.offer)
        self._offer_timer = QTimer(self)
        self._offer_timer.setSingleShot(True)
        self._offer_timer.setInterval(OFFER_SECONDS * 1000)
        self._offer_timer.timeout.connect(self.hide_offer)
        editor.changed.connect(self.note_edit)
        pane.list.selectionModel().currentChanged.connect(self._after_move)

    # -- lifecycle -------------------------------------------------------------------------

    def on_unlocked(self) -> None:
        for action in self.menu_actions:
            action.setEnabled(True)

    def on_lock(self) -> None:
        self._edited = None
        self.hide_offer()
        for dialog in list(self.dialogs):
            wipe(dialog)
            dialog.reject()
            dialog.deleteLater()
        self.dialogs.clear()
        for action in self.menu_actions:
            action.setEnabled(False)

    def _track(self, dialog: QDialog) -> QDialog:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
            dialog.deleteLater()

    # -- the entry in view -------------------------------------------------------------------

    def current_entry_id(self) -> int | None:
        """The entry in the editor area: a plain entry, or a session record."""
        record = self.current_session()
        if record is not None:
            return record.id
        entry = self.editor.entry
        return entry.id if entry is not None else None

    def _status(self, text: str) -> None:
        self.status(text, 5000)

    # -- depth -------------------------------------------------------------------------------

    def show_depth(self) -> DepthDialog | None:
        vault, entry_id = self.vault(), self.current_entry_id()
        if vault is None or entry_id is None:
            self._status(self.tr("Open an entry to see prompts for it."))
            return None
        self.save_current()
        entry = vault.entries.get(entry_id)
        guided = vault.guided.get(entry_id)
        template = None
        if guided is not None:
            library = library_with_templates(vault, QCoreApplication.translate)
            template = library.get(guided.template_id) if guided.template_id in library else None
        report = assess(entry.body, template=template, guided=guided if template else None)
        dialog = DepthDialog(entry.display_title, report, self.parent_widget)
        self._track(dialog)
        dialog.open()
        return dialog

    def show_rules(self) -> None:
        dialog = RulesDialog(self.parent_widget)
        self._track(dialog)
        dialog.open()

    # -- flags -------------------------------------------------------------------------------

    def flag_current(self, partner_id: int | None = None) -> None:
        """Bring the entry (or the selected passage) to the next session with
        ``partner_id`` (with whoever is next when None)."""
        vault, entry_id = self.vault(), self.current_entry_id()
        if vault is None or entry_id is None:
            self._status(self.tr("Open an entry to flag it for supervision."))
            return
        self.save_current()
        passage = ""
        if self.current_session() is None:
            passage = self.editor.body.textCursor().selectedText().replace("\u2029", "\n")
        vault.companion.flags.add(entry_id, partner_id=partner_id, passage=passage)
        self._status(
            self.tr("The selected passage will be on your next supervision agenda.")
            if passage
            else self.tr("This entry will be on your next supervision agenda.")
        )

    def bring_menu(self, title: str, parent: QWidget | None = None) -> QMenu:
        """A submenu: with whoever is next, or with one partner (filled when it opens)."""
        menu = QMenu(title, parent)
        menu.aboutToShow.connect(lambda m=menu: self._fill_bring(m))
        return menu

    def _fill_bring(self, menu: QMenu) -> None:
        menu.clear()
        vault = self.vault()
        if vault is None:
            return
        anyone = menu.addAction(self.tr("At my next session, with anyone"))
        anyone.triggered.connect(lambda _checked=False: self.flag_current(None))
        for p in vault.supervision.partners.list(active_only=True):
            role = self.tr(p.role_label)  # declared: i18n.declared_texts
            label = self.tr("With {name} ({role})").format(name=p.name, role=role)
            item = menu.addAction(label)
            item.setData(p.id)
            item.triggered.connect(lambda _checked=False, a=item: self.flag_current(a.data()))

    def unflag_current(self) -> None:
        vault, entry_id = self.vault(), self.current_entry_id()
        if vault is None or entry_id is None:
            return
        n = vault.companion.flags.remove_entry(entry_id)
        self._status(self.tr("Removed %n flag(s) from this entry.", "", n))

    def _body_menu(self, pos: QPoint) -> None:
        body = self.editor.body
        menu = body.createStandardContextMenu(pos)
        if self.vault() is not None and self.current_entry_id() is not None:
            menu.addSeparator()
            selected = body.textCursor().hasSelection()
            bring = self.bring_menu(
                self.tr("Bring this passage to supervision")
                if selected
                else self.tr("Bring this entry to supervision"),
                menu,
            )
            menu.addMenu(bring)
            menu.addAction(self.tr("Depth of reflection…"), self.show_depth)
        menu.exec(body.mapToGlobal(pos))
        menu.deleteLater()

    # -- preparing a session -------------------------------------------------------------------

    def prepare(self) -> PrepDialog | None:
        vault = self.vault()
        if vault is None:
            return None
        self.save_current()
        dialog = PrepDialog(vault, self.today(), self.parent_widget)
        self._track(dialog)
        self.drafts.watch(dialog, self.prepare)
        dialog.accepted.connect(lambda: self.start_prepared(dialog))
        dialog.open()
        return dialog

    def start_prepared(self, dialog: PrepDialog) -> int | None:
        """Start the session record with the edited agenda; the drafted flags are brought."""
        vault, partner_id = self.vault(), dialog.partner_id()
        if vault is None or partner_id is None:
            return None
        sessions = vault.supervision.sessions
        draft = sessions.draft(partner_id, dialog.session_date())
        record = sessions.create(replace(draft, agenda=dialog.agenda_items()))
        assert record.id is not None
        if dialog.drafted is not None:
            vault.companion.flags.mark_brought(dialog.drafted.flag_ids, record.id)
        self.show_new_entry(record.id)
        self.sessions_changed()
        return record.id

    # -- the case-record extract -------------------------------------------------------------

    def show_extract(self) -> ExtractDialog | None:
        vault = self.vault()
        record = self.current_session()
        if vault is None or record is None or record.id is None:
            self._status(self.tr("Open a supervision session record first."))
            return None
        self.flush_session()
        from supervision_app.storage.cpd.settings import CpdSettingsStore

        never = tuple(CpdSettingsStore(vault).load().never_export)
        dialog = ExtractDialog(vault.supervision.sessions.get(record.id), never, self.parent_widget)
        self._track(dialog)
        dialog.open()
        return dialog

    # -- wellbeing -----------------------------------------------------------------------------

    def check_in(self) -> CheckInDialog | None:
        return self.check_in_for(self.current_entry_id())

    def check_in_for(self, entry_id: int | None) -> CheckInDialog | None:
        """The check-in after ``entry_id`` (None: not after one)."""
        vault = self.vault()
        if vault is None:
            return None
        dialog = CheckInDialog(vault, entry_id, self.parent_widget)
        self._track(dialog)
        self.drafts.watch(dialog, lambda: self.check_in_for(entry_id))
        dialog.open()
        return dialog

    def show_wellbeing(self) -> WellbeingDialog | None:
        vault = self.vault()
        if vault is None:
            return None
        dialog = WellbeingDialog(vault, self.parent_widget)
        self._track(dialog)
        dialog.open()
        return dialog

    def edit_support(self) -> SupportDialog | None:
        vault = self.vault()
        if vault is None:
            return None
        dialog = SupportDialog(vault, self.parent_widget)
        self._track(dialog)
        self.drafts.watch(dialog, self.edit_support)
        dialog.open()
        return dialog

    # -- the offer after writing ---------------------------------------------------------------

    def note_edit(self) -> None:
        """Something was typed in the entry or session in view."""
        entry_id = self.current_entry_id()
        if entry_id is not None:
            self._edited = entry_id

    def _after_move(self, *_: object) -> None:
        """The user moved on from an entry or session they wrote in: offer a check-in."""
        vault, edited = self.vault(), self._edited
        if vault is None or edited is None or edited == self.current_entry_id():
            return
        self._edited = None
        if vault.companion.wellbeing.offer_checkin():
            self.offer_entry = edited
            self.offer.show()
            self._offer_timer.start()

    def hide_offer(self) -> None:
        self.offer_entry = None
        self.offer.hide()
        self._offer_timer.stop()

    def _accept_offer(self) -> None:
        entry_id = self.offer_entry
        self.hide_offer()
        self.check_in_for(entry_id)

    # -- menu ----------------------------------------------------------------------------------

    def build_menu(self, menubar: QMenuBar, help_menu: QMenu) -> QMenu:
        """The Companion menu (before Help) and Help ▸ How the reflection prompts work."""
        w = self.parent_widget

        def action(text: str, slot: Callable[[], object], shortcut: str | None = None) -> QAction:
            a = QAction(text, w)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(lambda _checked=False: slot())
            a.setEnabled(self.vault() is not None)
            self.menu_actions.append(a)
            return a

        self.depth_action = action(
            self.tr("&Depth of reflection…"), self.show_depth, "Ctrl+Shift+D"
        )
        self.flag_action = action(self.tr("&Bring to supervision"), self.flag_current)
        self.flag_action.setMenu(self.bring_menu(self.tr("&Bring to supervision"), w))
        self.unflag_action = action(
            self.tr("&Remove from the supervision agenda"), self.unflag_current
        )
        self.prep_action = action(self.tr("&Prepare for supervision…"), self.prepare)
        self.extract_action = action(self.tr("Case-record e&xtract…"), self.show_extract)
        self.check_in_action = action(self.tr("Wellbeing &check-in…"), self.check_in)
        self.wellbeing_action = action(self.tr("My &wellbeing"), self.show_wellbeing)
        self.support_action = action(self.tr("My &support…"), self.edit_support)
        # No Alt letter: every letter of "Companion" is taken by a label or button that
        # shares the window (tests/gui/test_keyboard.py); Alt, then the arrows, reach it.
        menu = QMenu(self.tr("Companion"), menubar)
        for a in (
            self.depth_action,
            None,
            self.flag_action,
            self.unflag_action,
            self.prep_action,
            self.extract_action,
            None,
            self.check_in_action,
            self.wellbeing_action,
            self.support_action,
        ):
            menu.addSeparator() if a is None else menu.addAction(a)
        menubar.insertMenu(help_menu.menuAction(), menu)
        rules = QAction(self.tr("How the &reflection prompts work"), w)
        rules.triggered.connect(lambda _checked=False: self.show_rules())
        first = help_menu.actions()
        if first:
            help_menu.insertAction(first[0], rules)
        else:
            help_menu.addAction(rules)
        return menu
