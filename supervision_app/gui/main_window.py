"""The main window: entry list on the left, editor on the right, one explicit locked state."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
)

from supervision_app import APP_NAME
from supervision_app.gui.backups import BackupController
from supervision_app.gui.common.drafts import DraftKeeper
from supervision_app.gui.common.keys import enter_presses_focused_button
from supervision_app.gui.companion.controller import CompanionController
from supervision_app.gui.cpd import CpdController
from supervision_app.gui.dialogs.upgrade_progress import VaultUnlocker
from supervision_app.gui.editor import EntryEditor
from supervision_app.gui.find.controller import FindController
from supervision_app.gui.help.field_help import apply_field_help
from supervision_app.gui.home.controller import HomeController
from supervision_app.gui.idle import InactivityTimer
from supervision_app.gui.journal.entry_saving import EntrySaving
from supervision_app.gui.journal.list_pane import EntryListPane
from supervision_app.gui.journal.navigator import EntryNavigator
from supervision_app.gui.lock_controller import LockController
from supervision_app.gui.menus import build_menus
from supervision_app.gui.preferences.live import LiveSettings
from supervision_app.gui.preferences.store import PreferencesStore
from supervision_app.gui.reflection_controller import ReflectionController
from supervision_app.gui.saving import SaveKeeper, SaveWarningBar
from supervision_app.gui.search_controller import SearchController
from supervision_app.gui.supervision import SupervisionController
from supervision_app.gui.trash_controller import TrashController
from supervision_app.gui.unsaved import close_vault_for_quit
from supervision_app.gui.wheel_guard import install_wheel_guard
from supervision_app.gui.writing import WritingController
from supervision_app.storage.vault import Vault

VaultOpener = Callable[[Path, str], Vault]


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        vault_path: Path,
        *,
        open_vault: VaultUnlocker = Vault.open,
        create_vault: VaultOpener = Vault.create,
        idle_minutes: float | None = None,
    ) -> None:
        super().__init__()
        self.vault_path = vault_path
        self.locking = LockController(self, open_vault, create_vault)
        self.vault: Vault | None = None
        self.passphrase_dialog: QDialog | None = None  # unlock dialog or first-run welcome
        self.quit_question: QMessageBox | None = None
        self.setWindowTitle(APP_NAME)
        self.backups = BackupController(
            lambda: self.vault,
            lambda: self.vault_path,
            lock=self.lock,
            save_all=self.save_all,
            lock_screen=lambda: self.passphrase_dialog,
            status=self.show_status,
            parent=self,
        )

        self.pane = EntryListPane()
        # The pane's parts under their old names: tests, menus and the lock use them.
        self.model = self.pane.model
        self.list = self.pane.list
        self.search = self.pane.search
        self.view_choice = self.pane.view_choice
        self.count_label = self.pane.count_label
        self.filter_label = self.pane.filter_label
        self.clear_filter_button = self.pane.clear_filter_button
        self.restore_button = self.pane.restore_button
        self.empty_trash_button = self.pane.empty_trash_button
        self.searching = SearchController(
            self.pane,
            lambda: self.vault,
            save_current=self.save_current,
            list_changed=self.after_list_change,
            parent=self,
        )

        self.editor = EntryEditor()
        self.pane.nothing_selected.connect(lambda: self.editor.show_entry(None))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.pane)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 880])
        self.save_bar = SaveWarningBar()
        self.saving = SaveKeeper(self.save_bar, self.save_all, lambda: self.vault, self)
        #: What was typed in dialogs, kept through a lock (gui/common/drafts.py).
        self.drafts = DraftKeeper()
        self.reflection = ReflectionController(
            self.editor,
            lambda: self.vault,
            save_current=self.save_current,
            status=self.show_status,
            drafts=self.drafts,
            parent=self,
        )
        self.reflection.entry_created.connect(self.show_new_entry)
        self.reflection.entry_chosen.connect(self.open_entry)
        self.reflection.framework_item_chosen.connect(self.show_linked)
        self.cpd = CpdController(
            self.editor,
            lambda: self.vault,
            library=lambda: self.reflection.library,
            preferences=lambda: self.preferences,
            save_current=self.save_current,
            status=self.show_status,
            saving=self.saving,
            drafts=self.drafts,
            parent=self,
        )
        self.cpd.entry_chosen.connect(self.open_entry)
        self.cpd.imported.connect(self.clear_filter)
        self.supervision = SupervisionController(
            self.pane,
            self.editor,
            self.splitter,
            lambda: self.vault,
            save_current=self.save_current,
            show_new_entry=self.show_new_entry,
            open_entry=self.open_entry,
            status=self.show_status,
            add_status_widget=self.statusBar().addPermanentWidget,
            trash_controls_changed=self.update_trash_controls,
            saving=self.saving,
            drafts=self.drafts,
            parent=self,
        )
        self.companion = CompanionController(
            self.pane,
            self.editor,
            lambda: self.vault,
            save_current=self.save_current,
            show_new_entry=self.show_new_entry,
            status=self.show_status,
            add_status_widget=self.statusBar().addPermanentWidget,
            current_session=self.supervision.current_record,
            flush_session=self.supervision.flush,
            sessions_changed=self.supervision.flows.refresh_reminders,
            drafts=self.drafts,
            parent=self,
        )
        self.supervision.record_edited.connect(self.companion.note_edit)
        self.locked.connect(self.companion.on_lock)
        self.unlocked.connect(self.companion.on_unlocked)
        self.trash = TrashController(
            self.pane,
            lambda: self.vault,
            save_current=self.save_current,
            counts_changed=lambda: self.navigator.refresh_counts(),
            status=self.show_status,
            parent=self,
        )
        self.pane.restore_requested.connect(self.trash.restore_current)
        self.pane.empty_trash_requested.connect(self.trash.empty_trash)
        self.home = HomeController(
            self.pane,
            self.splitter,
            self.editor,
            lambda: self.vault,
            save_current=self.save_current,
            parent=self,
        )
        # Home and the journal in one stack, under the warning shown when saving fails.
        self.setCentralWidget(self.save_bar.above(self.home.stack))
        home = self.home.view
        home.new_reflection.connect(self.new_entry)
        home.guided_reflection.connect(self.reflection.new_guided)
        home.new_session.connect(self.supervision.flows.new_session)
        home.show_actions.connect(self.supervision.flows.show_actions)
        home.show_cpd_year.connect(self.cpd.show_year)
        home.open_entry.connect(self.open_entry)
        self.home.entry_created.connect(self.show_new_entry)
        self.writing = WritingController(
            self.editor,
            lambda: self.vault,
            language=lambda: str(self.preferences.get("spell_language")),
            current_record=self.supervision.current_record,
            flush_record=self.supervision.flush,
            record_library=lambda: self.supervision.library,
            current_summary=self.pane.current_summary,
            save_current=self.save_current,
            status=self.show_status,
            parent=self,
        )
        self.unlocked.connect(self.writing.on_unlocked)
        # The CPD and supervision views exist by the first unlock: they get their tooltips.
        self.unlocked.connect(lambda: apply_field_help(self))
        self.locked.connect(self.writing.on_lock)
        self.editor.link_requested.connect(self.reflection.link_current)
        self.entry_saving = EntrySaving(
            self.editor,
            self.model,
            lambda: self.vault,
            self.saving,
            forms=self,
            after_save=self.reflection.after_save,
            save_cpd=self.cpd.save,
            flush_records=self.supervision.flush,
            status=self.show_status,
            parent=self,
        )
        self.autosaver = self.entry_saving.autosaver
        self.navigator = EntryNavigator(
            self.pane,
            self.editor,
            lambda: self.vault,
            library=lambda: self.reflection.library,
            save_current=self.save_current,
            save_all=self.save_all,
            show_list=self.home.show_list,
            shows_record=self.supervision.shows_entry,
            current_record=self.supervision.current_record,
            extras=self.reflection.extras,
            unsaved=self.saving.pending_data,
            show_cpd=self.cpd.show_entry,
            bring_to_front=self._bring_to_front,
            parent=self,
        )
        self.editor.save_due.connect(self.autosave)
        self.editor.changed.connect(lambda: self.statusBar().showMessage(self.tr("Editing…")))

        #: A fixed delay (tests); otherwise the "lock_delay_minutes" preference (LiveSettings).
        self.idle = (
            InactivityTimer(parent=self)
            if idle_minutes is None
            else InactivityTimer(idle_minutes, self)
        )
        self.idle.inactive.connect(self.lock)
        self.preferences = PreferencesStore(lambda: self.vault, self)
        self.live = LiveSettings(
            self.preferences,
            editor=self.editor,
            writing=self.writing,
            idle=self.idle,
            desktop_locked=self.locking.desktop.lock_requested,
            lock=self.lock,
            idle_fixed=idle_minutes is not None,
            parent=self,
        )

        self.menu_actions = build_menus(self)
        self.navigator.set_trash_actions(self.menu_actions.trash, self.menu_actions.restore)
        self.finding = FindController(
            self.pane,
            self.editor,
            lambda: self.vault,
            library=lambda: self.reflection.library,
            run_search=self.searching.run,
            show_list=self.home.show_list,
            status=self.show_status,
            parent=self,
        )
        menus = self.menu_actions.menus  # File, Edit, View, ...
        self.finding.add_to_menus(menus[1], menus[2], self.menu_actions.preview)
        home.show_dashboard.connect(self.finding.show_dashboard)
        self.locked.connect(self.finding.on_lock)
        self.unlocked.connect(self.finding.on_unlocked)
        self._restore_geometry()
        self.locking.set_locked_ui(True)
        # Every widget polished, then the application-wide filters installed: the thousands
        # of events of building and polishing pass no Python filter (see gui/wheel_guard.py).
        self.ensurePolished()
        self.wheel_guard = install_wheel_guard(self)
        self.locking.listen_anywhere()

    # -- locking ---------------------------------------------------------------------------

    def start(self) -> None:
        """Show the window and ask for the passphrase (or a new one on first run)."""
        self.show()
        self.locking.ask_passphrase()

    @property
    def is_locked(self) -> bool:
        return self.vault is None

    def lock(self) -> None:
        """Save, clear every view and the clipboard, close the database, ask again."""
        self.locking.lock()

    # -- entries: saving (gui/journal/entry_saving.py) and moving about the list
    # (gui/journal/navigator.py); the menus, tests and controllers call them here.

    def autosave(self) -> bool:
        return self.entry_saving.autosave()

    def save_current(self) -> bool:
        return self.entry_saving.save_current()

    def save_all(self) -> bool:
        return self.entry_saving.save_all()

    def new_entry(self) -> None:
        self.navigator.new_entry()

    def show_new_entry(self, entry_id: int) -> None:
        self.navigator.show_new_entry(entry_id)

    def open_entry(self, entry_id: int) -> None:
        self.navigator.open_entry(entry_id)

    def show_linked(self, ref: str) -> None:
        self.navigator.show_linked(ref)

    def clear_filter(self) -> None:
        self.navigator.clear_filter()

    def after_list_change(self) -> None:
        self.navigator.after_list_change()

    def update_trash_controls(self) -> None:
        self.navigator.update_trash_controls()

    def _bring_to_front(self) -> None:
        self.raise_()
        self.activateWindow()

    def trash_current(self) -> None:
        self.trash.trash_current()

    def restore_current(self) -> None:
        self.trash.restore_current()

    def empty_trash(self, *, confirm: bool = True) -> bool:
        return self.trash.empty_trash(confirm=confirm)  # on a worker: ``trash.emptied``

    def focus_search(self) -> None:
        self.home.show_list()
        self.searching.focus()

    def toggle_preview(self) -> None:
        self.editor.set_preview_visible(self.menu_actions.preview.isChecked())

    def show_status(self, text: str, timeout: int = 0) -> None:
        """The status callback handed to controllers (they do not get the window)."""
        self.statusBar().showMessage(text, timeout)

    # -- passphrase, about, closing --------------------------------------------------------

    def about(self) -> None:
        from supervision_app.gui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self.vault_path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog = dialog
        dialog.open()

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not enter_presses_focused_button(self, event):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Quitting closes the vault without locking: everything being edited is saved first,
        # and changes that cannot be saved are not thrown away without asking.
        if not close_vault_for_quit(self):
            event.ignore()
            return
        event.accept()
        # Closed: its application-wide filters go, before its thousands of widgets are
        # destroyed (each destruction event would pass them).
        if (app := QApplication.instance()) is not None:
            app.removeEventFilter(self.wheel_guard)
        self.locking.stop_listening()
        self.backups.close_restore()  # a window of its own over the lock screen
        if self.passphrase_dialog is not None:
            self.passphrase_dialog.reject()
